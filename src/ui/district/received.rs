//! What was received, file by file: each school's periods, the file kept for each, the days it
//! was sent and read; one period or one school removed, with a copy kept first to undo it.

use leptos::prelude::*;

use crate::browser::{self};
use crate::domain::period::Period;
use crate::i18n::{format_date, period_name, RollUpText};
use crate::ui::node::{el, text_el, Node};
use crate::ui::widgets::tr;

use super::tables::{cell, data_table, wide};
use super::{Ctx, Removal};

#[component]
pub(super) fn ReceivedCard() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let remove_period = move |school: String, period: Period, file: String| {
        let lang = ctx.lang.get_untracked();
        let k = period_name(lang, period);
        let asked =
            RollUpText::RemovePeriodConfirm.with(lang, &[("k", &k), ("s", &school), ("f", &file)]);
        if browser::confirm(&asked) {
            let what = format!("{school}, {k}");
            ctx.remove(what, move |d| d.remove(&school, Some(period)));
        }
    };
    let remove_school = move |school: String, periods: usize| {
        let lang = ctx.lang.get_untracked();
        let n = periods.to_string();
        let asked = RollUpText::RemoveSchoolConfirm.with(lang, &[("s", &school), ("n", &n)]);
        if browser::confirm(&asked) {
            ctx.remove(school.clone(), move |d| d.remove(&school, None));
        }
    };
    let table = move || {
        let lang = ctx.lang.get();
        let rows: Vec<Node> = ctx.data.with(|d| {
            d.schools()
                .into_iter()
                .flat_map(|school| {
                    let mut sent = school.sent.clone();
                    sent.sort_by_key(|s| s.period);
                    let periods = sent.len();
                    sent.into_iter().enumerate().map(move |(n, s)| {
                        let k = period_name(lang, s.period);
                        let (name, period, file) = (school.name.clone(), s.period, s.file.clone());
                        let label =
                            RollUpText::RemovePeriodLabel.with(lang, &[("k", &k), ("s", &name)]);
                        let one = view! {
                            <button class="danger" aria-label=label
                                on:click=move |_| remove_period(name.clone(), period, file.clone())>
                                {RollUpText::RemovePeriod.get(lang)}
                            </button>
                        };
                        let mut actions = vec![Node::View(one.into_any())];
                        if n == 0 && periods > 1 {
                            let name = school.name.clone();
                            let label = RollUpText::RemoveSchoolLabel.with(lang, &[("s", &name)]);
                            let all = view! {
                                <button class="danger" aria-label=label
                                    on:click=move |_| remove_school(name.clone(), periods)>
                                    {RollUpText::RemoveSchool.get(lang)}
                                </button>
                            };
                            actions.push(Node::View(all.into_any()));
                        }
                        el(
                            "tr",
                            vec![
                                text_el("th", school.name.clone()).attr("scope", "row"),
                                cell(k),
                                cell(s.file.clone()),
                                cell(format_date(lang, s.sent_on)),
                                cell(s.read_on.map(|d| format_date(lang, d)).unwrap_or_default()),
                                el("td", actions).class("actions"),
                            ],
                        )
                        .attr("data-school", school.name.clone())
                        .attr("data-period", period_name(lang, s.period))
                    })
                })
                .collect()
        });
        if rows.is_empty() {
            return text_el("p", RollUpText::ReceivedNone.get(lang))
                .class("muted")
                .render();
        }
        data_table(
            "district-received",
            lang,
            &[
                RollUpText::ColSchool,
                RollUpText::ColPeriod,
                RollUpText::ColFileKept,
                RollUpText::ColSentOn,
                RollUpText::ColReadOn,
                RollUpText::ColRemove,
            ],
            rows,
        )
    };
    let outcome = move || {
        let lang = ctx.lang.get();
        ctx.page.with(|p| {
            let text = match p.removal.as_ref()? {
                Removal::Done(what, n) => {
                    RollUpText::Removed.with(lang, &[("n", &n.to_string()), ("w", what)])
                }
                Removal::Undone => RollUpText::Undone.get(lang).to_string(),
                Removal::UndoFailed => RollUpText::UndoFailed.get(lang).to_string(),
                Removal::NotKept(e) => RollUpText::CopyNotKept
                    .with(lang, &[("e", &crate::ui::state::save_error_text(lang, e))]),
            };
            let undo = matches!(p.removal, Some(Removal::Done(..))).then(|| {
                view! {
                    <button id="district-undo" on:click=move |_| ctx.undo_removal()>
                        {tr(RollUpText::Undo)}
                    </button>
                }
            });
            Some(view! { <p id="district-removal">{text} " " {undo}</p> })
        })
    };
    view! {
        <section class="card no-print" aria-labelledby="received-title">
            <h2 id="received-title">{tr(RollUpText::ReceivedTitle)}</h2>
            <p class="muted">{tr(RollUpText::ReceivedHelp)}</p>
            <div role="status">{outcome}</div>
            {wide("received-title", table)}
        </section>
    }
}
