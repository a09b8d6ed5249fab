//! The report's charts: which go in, their images on the page, and the Word file that carries them.

use leptos::prelude::*;

use crate::browser;
use crate::domain::period::Period;
use crate::domain::report::Report;
use crate::export::chart::{data_uri, indicator_svg};
use crate::export::{docx, report};
use crate::i18n::{Lang, ReportPageText};
use crate::ui::node::{el, text_el, Node};
use crate::ui::piece::download_word;
use crate::ui::state::AppState;
use crate::ui::widgets::tr;

/// The chart of each chosen indicator (every one, for reports finished before the choice) with
/// a value by the period, drawn from the values up to it: its caption and its SVG as a data URI.
fn chart_images(
    state: AppState,
    period: Period,
    chosen: Option<&[String]>,
) -> Vec<(String, String)> {
    state.doc.with(|d| {
        state.progress.with(|p| {
            d.plan
                .indicators()
                .filter(|ind| chosen.is_none_or(|c| c.contains(&ind.id)))
                .filter(|ind| report::has_chart(p, &ind.id, period))
                .filter_map(|ind| {
                    let mut progress = p.indicator(&ind.id)?.clone();
                    progress.periods.retain(|q| q.period <= period);
                    progress.latest = progress.periods.iter().rposition(|q| q.value.is_some());
                    let group = d.plan.group_of(ind);
                    let years = (d.plan.start_year, d.plan.end_year);
                    let svg = indicator_svg(Lang::Vi, ind, group, &progress, years)?;
                    Some((
                        format!("Biểu đồ {}: {}", ind.code, ind.name),
                        data_uri(&svg),
                    ))
                })
                .collect()
        })
    })
}

/// The report's charts on its sheet.
pub(super) fn charts(state: AppState, period: Period, chosen: Option<&[String]>) -> Vec<Node> {
    chart_images(state, period, chosen)
        .into_iter()
        .map(|(caption, uri)| {
            el(
                "figure",
                vec![
                    el("img", vec![])
                        .class("chart")
                        .attr("src", uri)
                        .attr("alt", caption.clone()),
                    text_el("figcaption", caption),
                ],
            )
            .class("chart-figure")
        })
        .collect()
}

/// Makes the Word file of the report as shown, its charts drawn as pictures, and hands it to
/// the user: how many charts the browser could not draw (the file is made without them), or
/// `Err` if its piece could not be fetched or the file could not be made or saved.
pub(super) async fn download_docx(
    state: AppState,
    period: Period,
    report: Report,
) -> Result<usize, ()> {
    let charts = untrack(|| chart_images(state, period, report.charts.as_deref()));
    let mut images = Vec::new();
    let mut missing = 0;
    for (caption, uri) in charts {
        match browser::svg_to_png(&uri).await {
            Some((png, width, height)) => images.push(docx::ChartImage {
                caption,
                png,
                width,
                height,
            }),
            None => missing += 1,
        }
    }
    let name = state
        .doc
        .with_untracked(|d| d.file_name(&format!("bao-cao-{period}"), "docx"));
    if download_word(name, docx::report_file(&report, images)).await {
        Ok(missing)
    } else {
        Err(())
    }
}

/// Which indicators' charts go into the report. Every chart would fill pages with flat lines:
/// the report starts with those behind or off track and those its texts name.
#[component]
pub(super) fn ChartChoice(
    period: Period,
    shown: Memo<Report>,
    frozen: Signal<bool>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let charted = Memo::new(move |_| {
        state.doc.with(|d| {
            state.progress.with(|p| {
                d.plan
                    .indicators()
                    .filter(|i| report::has_chart(p, &i.id, period))
                    .map(|i| (i.id.clone(), format!("{} {}", i.code, i.name)))
                    .collect::<Vec<_>>()
            })
        })
    });
    let chosen =
        move |id: &str| shown.with(|r| r.charts.as_ref().is_none_or(|c| c.iter().any(|x| x == id)));
    let toggle = move |id: String, on: bool| {
        // A report the committee can change always has its list (only reports finished before
        // the choice have none, and those are not changed).
        let mut list = shown
            .with_untracked(|r| r.charts.clone())
            .unwrap_or_default();
        list.retain(|x| *x != id);
        if on {
            list.push(id);
        }
        state.change(|d| {
            let mut r = d.report(period);
            r.charts = Some(list);
            d.set_report(r);
        });
    };
    let summary = move || {
        let lang = state.lang.get();
        let total = charted.with(Vec::len);
        let n = charted.with(|c| c.iter().filter(|(id, _)| chosen(id)).count());
        ReportPageText::ChartsChosen.with(lang, &[("n", &n.to_string()), ("m", &total.to_string())])
    };
    view! {
        <details class="chart-choice" id="chart-choice">
            <summary>{summary}</summary>
            <p class="muted">{tr(ReportPageText::ChartsHelp)}</p>
            <ul class="plain">
                {move || charted.get().into_iter().map(|(id, label)| {
                    let box_id = format!("chart-{id}");
                    let for_id = box_id.clone();
                    let key = id.clone();
                    view! {
                        <li><label class="check" for=for_id>
                            <input type="checkbox" id=box_id prop:checked=move || chosen(&key) disabled=frozen
                                on:change=move |ev| toggle(id.clone(), event_target_checked(&ev))/>
                            {label}
                        </label></li>
                    }
                }).collect_view()}
            </ul>
        </details>
    }
}
