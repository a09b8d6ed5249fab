//! The roll-up on screen: the period and indicator chosen, the district's table, the comparison
//! of schools and the school-by-indicator matrix.

use leptos::prelude::*;

use crate::domain::district::{Level, RollUp, SchoolProgress};
use crate::domain::period::Period;
use crate::domain::plan::{parse_target, Indicator, Measure, PlanError};
use crate::domain::progress::Progress;
use crate::export::chart::{data_uri, schools_svg};
use crate::export::district as export;
use crate::i18n::{
    period_name, period_short, status_icon, target_for_column, Lang, MessageText, RollUpText,
};
use crate::ui::node::{el, text_el, Node};
use crate::ui::widgets::{
    badge, badge_class, error_id, labelled, redrawn, select_options, status_badge, tr, PeriodSelect,
};

use super::{shown_indicator, Ctx};

/// The period and the indicator on screen.
#[component]
pub(super) fn Choices() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let roll = expect_context::<Memo<RollUp>>();
    let periods = move || ctx.base.with(Period::all);
    let indicators = move || {
        let items = roll.with(|r| {
            r.plan
                .indicators()
                .map(|i| (i.id.clone(), format!("{} — {}", i.code, i.name)))
                .collect()
        });
        let current = shown_indicator(ctx, roll).map(|i| i.id).unwrap_or_default();
        select_options(None, items, &current)
    };
    // Only the levels of the schools received, and only when there are two or more.
    let levels = move || {
        let lang = ctx.lang.get();
        let present: Vec<Level> = ctx.data.with(|d| {
            let mut present: Vec<Level> =
                d.submissions.iter().map(|s| Level::of(&s.school)).collect();
            present.sort();
            present.dedup();
            present
        });
        if present.len() < 2 {
            return ().into_any();
        }
        let items = present
            .iter()
            .map(|l| (l.key().to_string(), level_name(lang, *l).to_string()))
            .collect();
        let current = ctx.level.get().map_or("", Level::key);
        view! {
            <div>
                <label class="field-label" for="district-level">{RollUpText::LevelLabel.get(lang)}</label>
                <select id="district-level" on:change=move |ev| {
                    ctx.level.set(Level::from_key(&event_target_value(&ev)));
                }>{select_options(Some(RollUpText::LevelAll.get(lang)), items, current)}</select>
            </div>
        }
        .into_any()
    };
    view! {
        <section class="card no-print choices">
            {levels}
            <div>
                <PeriodSelect id="district-period" periods=Signal::derive(periods) current=ctx.period
                    on_pick=Callback::new(move |p| ctx.chosen_period.set(Some(p)))/>
            </div>
            <div>
                <label class="field-label" for="district-indicator">{tr(RollUpText::CompareOn)}</label>
                <select id="district-indicator" on:change=move |ev| {
                    ctx.chosen_indicator.set(Some(event_target_value(&ev)));
                    ctx.page.update(|page| page.target_error = None);
                }>{redrawn(indicators)}</select>
            </div>
        </section>
    }
}

/// A table that may be wider than the screen: it scrolls sideways, and the keyboard reaches it.
pub(super) fn wide(
    labelled_by: &'static str,
    table: impl Fn() -> AnyView + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby=labelled_by>
            {redrawn(table)}
        </div>
    }
}

pub(super) fn cell(text: impl Into<String>) -> Node {
    text_el("td", text)
}

/// A table of `rows` under one row of column headings.
pub(super) fn data_table(
    id: &'static str,
    lang: Lang,
    heads: &[RollUpText],
    rows: Vec<Node>,
) -> AnyView {
    el("table", vec![header_row(lang, heads), el("tbody", rows)])
        .attr("id", id)
        .render()
}

pub(super) fn header_row(lang: Lang, heads: &[RollUpText]) -> Node {
    el(
        "thead",
        vec![el(
            "tr",
            heads
                .iter()
                .map(|h| text_el("th", h.get(lang)).attr("scope", "col"))
                .collect(),
        )],
    )
}

/// The district's value and status of every indicator in the period.
#[component]
pub(super) fn DistrictTable() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let roll = expect_context::<Memo<RollUp>>();
    let table = move || {
        let lang = ctx.lang.get();
        let period = ctx.period.get();
        roll.with(|roll| {
            let rows = roll
                .plan
                .indicators()
                .map(|ind| {
                    let (value, sex, status) = export::value_text(
                        lang,
                        &roll.plan,
                        ind,
                        roll.district.indicator(&ind.id),
                        period,
                    );
                    let counted = roll.counted(&ind.id, period);
                    let mut name = vec![
                        text_el("span", ind.code.clone()).class("code"),
                        Node::Text(format!(" {}", ind.name)),
                    ];
                    name.extend(
                        export::departures_note(lang, roll, &ind.id, period)
                            .map(|note| text_el("span", note).class("departures")),
                    );
                    el(
                        "tr",
                        vec![
                            el("th", name).attr("scope", "row"),
                            cell(target_for_column(lang, ind, 2025)),
                            cell(target_for_column(lang, ind, 2030)),
                            el(
                                "td",
                                vec![
                                    text_el("span", value).class("value"),
                                    text_el("span", sex).class("sex"),
                                ],
                            ),
                            cell(export::counted_text(counted)).class("num"),
                            el("td", vec![status_badge(lang, status)]),
                        ],
                    )
                    .attr("data-indicator", ind.id.clone())
                })
                .collect();
            el(
                "table",
                vec![
                    text_el(
                        "caption",
                        RollUpText::DistrictCaption
                            .with(lang, &[("k", &period_name(lang, period))]),
                    ),
                    header_row(lang, &export::DISTRICT_COLUMNS),
                    el("tbody", rows),
                ],
            )
            .attr("id", "district-table")
            .attr("data-schools", roll.schools.len().to_string())
            .render()
        })
    };
    view! {
        <section class="card" aria-labelledby="district-table-title">
            <h2 id="district-table-title">{tr(RollUpText::DistrictTitle)}</h2>
            <p class="muted">{tr(RollUpText::DistrictHelp)}</p>
            {wide("district-table-title", table)}
        </section>
    }
}

/// One indicator: the district's own targets, a chart of the schools and their values.
#[component]
pub(super) fn CompareCard() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let roll = expect_context::<Memo<RollUp>>();
    let title = move || {
        let lang = ctx.lang.get();
        let name = shown_indicator(ctx, roll)
            .map(|i| format!("{} — {}", i.code, i.name))
            .unwrap_or_default();
        RollUpText::CompareTitle.with(
            lang,
            &[("i", &name), ("k", &period_short(lang, ctx.period.get()))],
        )
    };
    // The boxes are made again only when another indicator is chosen, so that saving one
    // (which changes the roll-up) keeps the focus where the user moved it.
    let shown = Memo::new(move |_| shown_indicator(ctx, roll).map(|i| i.id).unwrap_or_default());
    let targets = move || {
        let id = shown.get();
        let (years, is_ratio): (Vec<i32>, bool) = ctx.base.with(|plan| {
            plan.indicator(&id).map_or((Vec::new(), false), |own| {
                let years = own.milestones_by_year().iter().map(|m| m.year).collect();
                (years, matches!(own.measure, Measure::Ratio { .. }))
            })
        });
        years
            .into_iter()
            .map(|year| {
                let input_id = format!("district-target-{year}");
                let shown_id = id.clone();
                let value = move || {
                    roll.with(|r| {
                        r.plan
                            .indicator(&shown_id)
                            .and_then(|i| i.milestones.iter().find(|m| m.year == year))
                            .map(|m| crate::i18n::plain_number(m.value, 1))
                            .unwrap_or_default()
                    })
                };
                let message = move || {
                    let lang = ctx.lang.get();
                    ctx.page.with(|p| match &p.target_error {
                        Some((y, e)) if *y == year => Some(target_error(lang, e)),
                        _ => None,
                    })
                };
                let indicator = id.clone();
                let save = move |ev: leptos::ev::Event| {
                    let text = event_target_value(&ev);
                    let parsed = if text.trim().is_empty() {
                        Ok(None)
                    } else {
                        parse_target(&text, is_ratio).map(Some)
                    };
                    match parsed {
                        Ok(value) => {
                            ctx.page.update(|p| p.target_error = None);
                            ctx.commit(|next| {
                                ctx.base.with_untracked(|plan| {
                                    next.set_target(plan, &indicator, year, value)
                                })
                            });
                        }
                        Err(e) => ctx.page.update(|p| p.target_error = Some((year, e))),
                    }
                };
                let label = move || RollUpText::TargetFor.with(ctx.lang.get(), &[("y", &year.to_string())]);
                let control = view! {
                    <input id=input_id.clone() type="text" inputmode="decimal" prop:value=value on:change=save
                        aria-invalid=move || message().map(|_| "true")
                        aria-describedby=error_id(&input_id)/>
                };
                labelled(input_id, label, control, message)
            })
            .collect_view()
            .into_any()
    };
    let reset = move |_| {
        let id = shown.get_untracked();
        ctx.page.update(|p| p.target_error = None);
        ctx.commit(|next| next.targets.retain(|t| t.indicator != id));
    };
    let chart = move || {
        let lang = ctx.lang.get();
        let period = ctx.period.get();
        let Some(ind) = shown_indicator(ctx, roll) else {
            return ().into_any();
        };
        roll.with(|roll| {
            let value_at = |p: &Progress| {
                p.indicator(&ind.id)
                    .and_then(|r| r.at(period))
                    .and_then(|r| r.value.map(|v| v.total))
            };
            let bars: Vec<(String, f64)> = roll
                .schools
                .iter()
                .filter_map(|s| Some((s.name.clone(), value_at(&s.progress)?)))
                .collect();
            if bars.is_empty() {
                return view! { <p class="muted">{RollUpText::NoValues.get(lang)}</p> }.into_any();
            }
            // The bars are schools: the target line is a school's, and the district's own value
            // is drawn only where it is on the schools' scale (a ratio, not a sum of counts).
            let target = roll
                .schools
                .first()
                .and_then(|s| s.progress.indicator(&ind.id))
                .and_then(|r| r.at(period))
                .and_then(|r| r.target);
            let is_ratio = matches!(ind.measure, Measure::Ratio { .. });
            let district = value_at(&roll.district).filter(|_| is_ratio);
            let Some(svg) = schools_svg(lang, &ind, &bars, district, target) else {
                return ().into_any();
            };
            let alt = RollUpText::ChartAlt.with(
                lang,
                &[
                    ("i", &ind.code),
                    ("n", &bars.len().to_string()),
                    ("k", &period_short(lang, period)),
                ],
            );
            view! { <img class="chart" src=data_uri(&svg) alt=alt width="720"/> }.into_any()
        })
    };
    let schools = move || {
        let lang = ctx.lang.get();
        let period = ctx.period.get();
        let Some(ind) = shown_indicator(ctx, roll) else {
            return ().into_any();
        };
        roll.with(|roll| {
            let rows = roll
                .schools
                .iter()
                .map(|s| {
                    let (value, sex, _) = export::value_text(
                        lang,
                        &roll.plan,
                        &ind,
                        s.progress.indicator(&ind.id),
                        period,
                    );
                    el(
                        "tr",
                        vec![
                            text_el("th", s.name.clone()).attr("scope", "row"),
                            cell(value).class("num value"),
                            cell(sex),
                            el("td", vec![school_badge(lang, s, &ind.id, period)]),
                        ],
                    )
                })
                .collect();
            data_table(
                "district-schools",
                lang,
                &[
                    RollUpText::ColSchool,
                    RollUpText::ColValue,
                    RollUpText::ColBySex,
                    RollUpText::ColStatus,
                ],
                rows,
            )
        })
    };
    view! {
        <section class="card" aria-labelledby="compare-title">
            <h2 id="compare-title">{title}</h2>
            <div class="targets no-print">
                <p class="muted">{tr(RollUpText::TargetsHelp)}</p>
                <div class="fields">{redrawn(targets)}</div>
                <button id="district-target-reset" on:click=reset>{tr(RollUpText::TargetsReset)}</button>
            </div>
            {redrawn(chart)}
            {wide("compare-title", schools)}
        </section>
    }
}

/// A school's status as a badge; where its plan departs from the office's, how it does.
fn school_badge(lang: Lang, school: &SchoolProgress, indicator: &str, period: Period) -> Node {
    let (word, status) = export::school_status(lang, school, indicator, period);
    if school.departures.of(indicator, period).is_none() {
        return status_badge(lang, status);
    }
    badge(status_icon(status), word, badge_class(status)).attr("data-departure", "true")
}

pub(super) fn level_name(lang: Lang, level: Level) -> &'static str {
    match level {
        Level::Kindergarten => RollUpText::LevelKindergarten,
        Level::Primary => RollUpText::LevelPrimary,
        Level::LowerSecondary => RollUpText::LevelLowerSecondary,
        Level::Other => RollUpText::LevelOther,
    }
    .get(lang)
}

fn target_error(lang: Lang, error: &PlanError) -> &'static str {
    match error {
        PlanError::Empty => MessageText::Required,
        _ => MessageText::InvalidNumber,
    }
    .get(lang)
}

/// Every school by every indicator: the status of each, as an icon and a word.
#[component]
pub(super) fn MatrixCard() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let roll = expect_context::<Memo<RollUp>>();
    let matrix = move || {
        let lang = ctx.lang.get();
        let period = ctx.period.get();
        roll.with(|roll| {
            let indicators: Vec<&Indicator> = roll.plan.indicators().collect();
            let head = el(
                "thead",
                vec![el(
                    "tr",
                    std::iter::once(
                        text_el("th", RollUpText::ColSchool.get(lang)).attr("scope", "col"),
                    )
                    .chain(indicators.iter().map(|i| {
                        // The code is what fits; a screen reader hears the name too.
                        el(
                            "th",
                            vec![
                                text_el("span", i.code.clone()).attr("aria-hidden", "true"),
                                text_el("span", format!("{} {}", i.code, i.name))
                                    .class("visually-hidden"),
                            ],
                        )
                        .attr("scope", "col")
                        .attr("title", i.name.clone())
                    }))
                    .collect(),
                )],
            );
            let rows = roll
                .schools
                .iter()
                .map(|s| {
                    let cells = indicators
                        .iter()
                        .map(|i| el("td", vec![school_badge(lang, s, &i.id, period)]));
                    el(
                        "tr",
                        std::iter::once(text_el("th", s.name.clone()).attr("scope", "row"))
                            .chain(cells)
                            .collect(),
                    )
                })
                .collect();
            el(
                "table",
                vec![
                    text_el(
                        "caption",
                        RollUpText::MatrixCaption.with(lang, &[("k", &period_name(lang, period))]),
                    ),
                    head,
                    el("tbody", rows),
                ],
            )
            .attr("id", "district-matrix")
            .class("matrix")
            .render()
        })
    };
    view! {
        <section class="card" aria-labelledby="matrix-title">
            <h2 id="matrix-title">{tr(RollUpText::MatrixTitle)}</h2>
            {wide("matrix-title", matrix)}
        </section>
    }
}
