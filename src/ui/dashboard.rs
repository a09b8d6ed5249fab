//! The dashboard: the plan's header, the next deadline and key days, where every objective
//! and indicator stands, and what needs attention.

use leptos::prelude::*;

use super::node::{el, text_el, Node};
use super::route::Route;
use super::state::AppState;
use super::widgets::{redrawn, status_badge, status_bar, tr};
use crate::domain::period::{upcoming_key_days, Period};
use crate::domain::plan::{FieldGroup, Indicator, Objective, Part, Plan};
use crate::domain::progress::{IndicatorProgress, Progress, Status};
use crate::i18n::{
    days_left, format_date, format_gap, format_value, period_name, period_short, place_and_date,
    sex_label, target_for_column, Lang, T,
};

#[component]
pub fn Dashboard() -> impl IntoView {
    let state = expect_context::<AppState>();
    // The objective cards, most of the page, are drawn in a task of their own after the rest:
    // starting the app is then two shorter tasks rather than one that keeps the page from
    // answering longer (what Lighthouse's Total Blocking Time measures).
    let later = RwSignal::new(false);
    set_timeout(move || later.set(true), std::time::Duration::ZERO);
    let objectives = move || {
        if !later.get() {
            return ().into_any();
        }
        let lang = state.lang.get();
        state.doc.with(|d| {
            state.progress.with(|p| {
                el(
                    "div",
                    d.plan
                        .objectives
                        .iter()
                        .map(|o| objective_card(lang, &d.plan, o, p))
                        .collect(),
                )
                .render()
            })
        })
    };
    view! {
        <PlanHeader/>
        <div class="grid-2">
            <DeadlineCard/>
            <KeyDaysCard/>
        </div>
        <Summary/>
        <section class="objectives" aria-labelledby="objectives-title">
            <h2 id="objectives-title">{tr(T::Objectives)}</h2>
            {redrawn(objectives)}
        </section>
    }
}

#[component]
fn PlanHeader() -> impl IntoView {
    let state = expect_context::<AppState>();
    let header = move || {
        let lang = state.lang.get();
        state.doc.with(|doc| {
            let d = &doc.plan.document;
            el(
                "div",
                vec![
                    el(
                        "div",
                        vec![
                            text_el("p", d.issuer_parent.clone()),
                            text_el("p", d.issuer.clone()).class("strong"),
                            text_el("p", format!("{}: {}", T::PlanNumber.get(lang), d.number)),
                        ],
                    )
                    .class("issuer"),
                    text_el("p", place_and_date(&d.place, d.date)).class("place-date"),
                    el(
                        "h1",
                        vec![
                            text_el("span", d.title.clone()).class("doc-title"),
                            text_el("span", d.subject.clone()).class("doc-subject"),
                        ],
                    )
                    .attr("id", "plan-title"),
                    el(
                        "details",
                        vec![
                            text_el("summary", T::GeneralObjectives.get(lang)),
                            text_el("p", d.basis.clone()).class("basis"),
                            el(
                                "ul",
                                d.general_objectives
                                    .iter()
                                    .map(|g| text_el("li", g.clone()))
                                    .collect(),
                            ),
                        ],
                    ),
                ],
            )
            .render()
        })
    };
    view! { <section class="card plan-header" aria-labelledby="plan-title">{redrawn(header)}</section> }
}

#[component]
fn DeadlineCard() -> impl IntoView {
    let state = expect_context::<AppState>();
    let content = move || {
        let lang = state.lang.get();
        state.doc.with(|d| {
            match Period::next_due(&d.plan, state.today) {
                Some((period, due)) => el(
                    "div",
                    vec![
                        text_el("p", period_name(lang, period)).class("deadline-period"),
                        el(
                            "p",
                            vec![
                                text_el("strong", format_date(lang, due)),
                                Node::Text(" · ".into()),
                                text_el("span", days_left(lang, state.today, due))
                                    .class("days-left"),
                            ],
                        )
                        .class("deadline-date"),
                        el(
                            "p",
                            vec![
                                Node::Text(format!(
                                    "{} {}: ",
                                    T::SendTo.get(lang),
                                    d.addressing.recipient(&d.plan)
                                )),
                                text_el("span", d.addressing.email(&d.plan)).class("email"),
                            ],
                        )
                        .class("muted"),
                        el(
                            "p",
                            vec![text_el("a", T::SendReportLink.get(lang))
                                .class("button")
                                .attr("id", "send-report-link")
                                .attr("href", Route::Report(Some(period)).href())],
                        ),
                    ],
                ),
                None => text_el("p", T::NoDeadlineLeft.get(lang)),
            }
            .render()
        })
    };
    view! {
        <section class="card deadline" aria-labelledby="deadline-title">
            <h2 id="deadline-title">{tr(T::NextDeadline)}</h2>
            {redrawn(content)}
            <super::widgets::ExportButton/>
        </section>
    }
}

#[component]
fn KeyDaysCard() -> impl IntoView {
    let state = expect_context::<AppState>();
    let items = move || {
        let lang = state.lang.get();
        state.doc.with(|d| {
            let items = upcoming_key_days(&d.plan, state.today)
                .into_iter()
                .map(|(day, start, end)| {
                    let when = match end {
                        Some(end) => {
                            format!("{} – {}", format_date(lang, start), format_date(lang, end))
                        }
                        None => format_date(lang, start),
                    };
                    let soon = if start <= state.today {
                        T::KeyDayRunning.get(lang).to_string()
                    } else {
                        T::InDays.with(
                            lang,
                            &[("n", &(start - state.today).num_days().to_string())],
                        )
                    };
                    el(
                        "li",
                        vec![
                            text_el("span", day.name.clone()).class("key-day-name"),
                            text_el("span", format!("{when} · {soon}")).class("muted"),
                        ],
                    )
                })
                .collect();
            el("ul", items).class("plain").render()
        })
    };
    view! {
        <section class="card key-days" aria-labelledby="key-days-title">
            <h2 id="key-days-title">{tr(T::KeyDays)}</h2>
            {redrawn(items)}
        </section>
    }
}

#[component]
fn Summary() -> impl IntoView {
    let state = expect_context::<AppState>();
    let counts = move || state.progress.with(|p| p.counts);
    let attention = move || {
        let lang = state.lang.get();
        let list: Vec<(Indicator, FieldGroup, IndicatorProgress)> = state.progress.with(|p| {
            state.doc.with(|d| {
                p.to_act_on()
                    .into_iter()
                    .filter_map(|ip| {
                        let ind = d.plan.indicator(&ip.id)?;
                        Some((ind.clone(), d.plan.group_of(ind), ip.clone()))
                    })
                    .collect()
            })
        });
        if list.is_empty() {
            return text_el("p", T::NothingNeedsAttention.get(lang))
                .class("muted")
                .render();
        }
        let items = list
            .into_iter()
            .map(|(ind, group, ip)| {
                el(
                    "li",
                    vec![
                        text_el("a", format!("{} – {}", ind.code, ind.name))
                            .attr("href", Route::Indicator(ind.id.clone()).href()),
                        Node::Text(" ".into()),
                        status_badge(lang, ip.status),
                        Node::Text(" ".into()),
                        text_el("span", latest_text(lang, group, &ind, &ip)).class("muted"),
                    ],
                )
            })
            .collect();
        el("ul", items).class("plain attention-list").render()
    };
    view! {
        <div class="grid-2">
            <section class="card" aria-labelledby="summary-title">
                <h2 id="summary-title">{tr(T::StatusSummary)}</h2>
                {redrawn(move || el("div", status_bar(state.lang.get(), counts())).render())}
                <p class="muted">
                    {redrawn(move || {
                        let c = counts();
                        T::OnCourseOf.with(state.lang.get(), &[("a", &c.on_course().to_string()), ("b", &c.with_data().to_string())]).into_any()
                    })}
                </p>
            </section>
            <section class="card" aria-labelledby="attention-title">
                <h2 id="attention-title">{tr(T::NeedsAttention)}</h2>
                {redrawn(attention)}
            </section>
        </div>
    }
}

/// One objective with its indicators, drawn whole from data: the dashboard has no inputs, so
/// it is simply redrawn when the data or the language change.
fn objective_card(lang: Lang, plan: &Plan, objective: &Objective, progress: &Progress) -> Node {
    let heading_id = format!("objective-{}", objective.id);
    let mut children = vec![text_el(
        "h3",
        format!(
            "{} {}: {}",
            T::Objective.get(lang),
            objective.number,
            objective.title
        ),
    )
    .attr("id", heading_id.clone())];
    if objective.indicators.is_empty() {
        children.push(text_el("p", T::NoIndicators.get(lang)).class("muted"));
    } else {
        let (status, counts) = progress
            .objective(&objective.id)
            .map(|r| (r.status, r.counts))
            .unwrap_or((Status::NoData, Default::default()));
        children.push(
            el(
                "div",
                [status_badge(lang, status), Node::Text(" ".into())]
                    .into_iter()
                    .chain(status_bar(lang, counts))
                    .collect(),
            )
            .class("objective-status"),
        );
        let rows = objective
            .indicators
            .iter()
            .map(|ind| indicator_row(lang, plan, ind, progress.indicator(&ind.id)))
            .collect();
        children.push(el("ul", rows).class("plain indicator-list"));
    }
    el("article", children)
        .class("card objective")
        .attr("aria-labelledby", heading_id)
}

fn indicator_row(
    lang: Lang,
    plan: &Plan,
    ind: &Indicator,
    progress: Option<&IndicatorProgress>,
) -> Node {
    let status = progress.map(|p| p.status).unwrap_or(Status::NoData);
    let latest = progress
        .map(|p| latest_text(lang, plan.group_of(ind), ind, p))
        .unwrap_or_default();
    let fact = |label: T, class: &'static str, value: String| {
        el(
            "div",
            vec![
                text_el("dt", label.get(lang)),
                text_el("dd", value).class(class),
            ],
        )
    };
    let mut children = vec![
        el(
            "div",
            vec![
                el(
                    "a",
                    vec![
                        text_el("span", ind.code.clone()).class("code"),
                        Node::Text(" ".into()),
                        text_el("span", ind.name.clone()).class("name"),
                    ],
                )
                .class("indicator-link")
                .attr("href", Route::Indicator(ind.id.clone()).href()),
                status_badge(lang, status),
            ],
        )
        .class("indicator-head"),
        el(
            "dl",
            vec![
                fact(
                    T::Target2025,
                    "target-2025",
                    target_for_column(lang, ind, 2025),
                ),
                fact(
                    T::Target2030,
                    "target-2030",
                    target_for_column(lang, ind, 2030),
                ),
                fact(T::LatestValue, "latest", latest),
            ],
        )
        .class("indicator-facts"),
    ];
    if let Some(reason) = &ind.not_applicable {
        children.push(
            text_el(
                "p",
                format!("{}: {reason}", T::NotApplicableReason.get(lang)),
            )
            .class("muted na-reason"),
        );
    }
    let mut wording = vec![
        text_el("summary", T::Wording.get(lang)),
        text_el("p", ind.wording.clone()),
    ];
    if !ind.note.is_empty() {
        wording.push(
            text_el("p", format!("{}: {}", T::AppReading.get(lang), ind.note)).class("reading"),
        );
    }
    children.push(el("details", wording).class("wording"));
    el("li", children)
        .class("indicator-row")
        .attr("data-indicator", ind.id.clone())
}

/// "48,3% (Năm 2025) · Nữ 50% · Nam 46,7%", or "—" without data.
pub fn latest_text(
    lang: Lang,
    group: FieldGroup,
    indicator: &Indicator,
    progress: &IndicatorProgress,
) -> String {
    let Some(row) = progress.latest() else {
        return "—".to_string();
    };
    let Some(v) = row.value else {
        return "—".to_string();
    };
    let mut text = format!(
        "{} ({})",
        format_value(lang, indicator, v.total),
        period_short(lang, row.period)
    );
    let (f, m) = sex_words(lang, group);
    if let (Some(fv), Some(mv)) = (v.female, v.male) {
        // The gap between the sexes is what the plan is about: said as a gap, not as a status.
        text.push_str(&format!(
            " · {f} {} · {m} {} · {}",
            format_value(lang, indicator, fv),
            format_value(lang, indicator, mv),
            T::Gap.with(
                lang,
                &[("d", &format_gap(lang, indicator, (fv - mv).abs()))]
            )
        ));
    }
    text
}

/// "Trẻ gái"/"Trẻ trai" for children's indicators, "Nữ"/"Nam" otherwise.
pub fn sex_words(lang: Lang, group: FieldGroup) -> (&'static str, &'static str) {
    (
        sex_label(lang, group, Part::Female),
        sex_label(lang, group, Part::Male),
    )
}
