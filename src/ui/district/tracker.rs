//! Who sent which period, and when against the deadline.

use leptos::prelude::*;

use crate::browser::{self};
use crate::domain::district::{Sending, SendingCounts};
use crate::domain::progress::Status;
use crate::i18n::{format_date, period_name, period_short, RollUpText};
use crate::ui::node::{el, text_el, Node};
use crate::ui::widgets::tr;
use crate::ui::widgets::{badge, badge_class};

use super::tables::{cell, data_table, wide};
use super::Ctx;

/// Who sent the period's data, on time or late, and who has not yet; the expected schools.
#[component]
pub(super) fn TrackerCard() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    // Each school's standing for the period on screen, worked out once per change.
    let standing = Memo::new(move |_| {
        let period = ctx.period.get();
        ctx.data
            .with(|d| ctx.base.with(|plan| d.standings(plan, period, ctx.today)))
    });
    let counts = move || {
        let lang = ctx.lang.get();
        let period = ctx.period.get();
        let counts = standing.with(|rows| SendingCounts::of(rows));
        let due = ctx.base.with(|plan| {
            period
                .due_date(&plan.reporting)
                .map(|d| format_date(lang, d))
                .unwrap_or_default()
        });
        RollUpText::TrackerCounts.with(
            lang,
            &[
                ("k", &period_name(lang, period)),
                ("d", &due),
                ("a", &counts.on_time.to_string()),
                ("b", &counts.late.to_string()),
                ("c", &counts.missing.to_string()),
                ("e", &counts.not_yet.to_string()),
            ],
        )
    };
    let table = move || {
        let lang = ctx.lang.get();
        let rows: Vec<Node> = standing.with(|rows| {
            rows.iter()
                .map(|row| {
                    let (icon, word, class) = match row.sending {
                        Sending::OnTime(_) => (
                            "✔",
                            RollUpText::OnTime.get(lang).to_string(),
                            badge_class(Status::Met),
                        ),
                        Sending::Late(_, days) => (
                            "⏰",
                            RollUpText::Late.with(lang, &[("n", &days.to_string())]),
                            badge_class(Status::Behind),
                        ),
                        Sending::Missing => (
                            "✖",
                            RollUpText::Missing.get(lang).to_string(),
                            badge_class(Status::OffTrack),
                        ),
                        Sending::NotYet => (
                            "…",
                            RollUpText::NotYet.get(lang).to_string(),
                            badge_class(Status::NoData),
                        ),
                    };
                    let day = match row.sending {
                        Sending::OnTime(day) | Sending::Late(day, _) => format_date(lang, day),
                        _ => String::new(),
                    };
                    let sent: Vec<String> =
                        row.sent.iter().map(|p| period_short(lang, *p)).collect();
                    let badge = badge(icon, &word, class);
                    el(
                        "tr",
                        vec![
                            text_el("th", row.school.clone()).attr("scope", "row"),
                            el("td", vec![badge]),
                            cell(day),
                            cell(row.file.clone()),
                            cell(sent.join(", ")),
                        ],
                    )
                    .attr("data-school", row.school.clone())
                })
                .collect()
        });
        data_table(
            "district-tracker",
            lang,
            &[
                RollUpText::ColSchool,
                RollUpText::ColSending,
                RollUpText::ColSentOn,
                RollUpText::ColFile,
                RollUpText::ColPeriodsSent,
            ],
            rows,
        )
    };
    let expected = RwSignal::new(ctx.data.with_untracked(|d| d.expected.join("\n")));
    let saved = RwSignal::new(false);
    let save = move |_| {
        // Names typed on different keyboards compare alike once composed.
        let text = expected.get_untracked();
        ctx.commit(|next| next.set_expected(text.lines().map(browser::composed)));
        saved.set(true);
    };
    view! {
        <section class="card" aria-labelledby="tracker-title">
            <h2 id="tracker-title">{tr(RollUpText::TrackerTitle)}</h2>
            <p id="tracker-counts">{counts}</p>
            {wide("tracker-title", table)}
            <div class="no-print">
                <label class="field-label" for="district-expected">{tr(RollUpText::ExpectedLabel)}</label>
                <p class="muted" id="district-expected-help">{tr(RollUpText::ExpectedHelp)}</p>
                <textarea id="district-expected" rows="5" aria-describedby="district-expected-help"
                    prop:value=move || expected.get()
                    on:input=move |ev| {
                        expected.set(event_target_value(&ev));
                        saved.set(false);
                    }></textarea>
                <p><button id="district-expected-save" on:click=save>{tr(RollUpText::ExpectedSave)}</button></p>
                <p class="done" role="status">{move || saved.get().then(tr(RollUpText::ExpectedSaved))}</p>
            </div>
        </section>
    }
}
