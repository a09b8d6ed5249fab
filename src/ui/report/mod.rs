//! The report of a period, as the district expects it, ready to print on A4: its number and
//! parts IV and V written by the school, finishing it (which freezes its content), the period's
//! data file and an email to the district. With the calendar of reports.

mod chosen_charts;
pub(crate) mod paper;

use chosen_charts::{charts, download_docx, ChartChoice};
use paper::report_nodes;

use leptos::prelude::*;

use crate::browser;
use crate::domain::activity::with_activities;
use crate::domain::period::Period;
use crate::domain::progress::Status;
use crate::domain::report::{FinishedReport, Report, ReportState, SavedReport, Signer};
use crate::export::{report, share};
use crate::i18n::{days_left, format_date, period_name, Lang, ReportPageText, Text, ViewText, T};
use crate::ui::route::Route;
use crate::ui::state::AppState;
use crate::ui::widgets::{badge_class, local_when, redrawn, tr, PeriodSelect};

#[component]
pub fn ReportPage(period: Option<Period>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let period = period.unwrap_or_else(|| {
        state.doc.with_untracked(|d| {
            Period::next_due(&d.plan, state.today)
                .map(|(p, _)| p)
                .unwrap_or_else(|| Period::current(&d.plan, state.today))
        })
    });
    let saved = Memo::new(move |_| state.doc.with(|d| d.report(period)));
    // Built once per change of the data, for the boxes, the sheet and the share link.
    let shown = Memo::new(move |_| shown_report(state, period));

    let frozen = move || saved.with(|s| s.frozen().is_some());
    let edit = move |change: fn(&mut SavedReport, String), text: String| {
        state.change(|d| {
            let mut r = d.report(period);
            change(&mut r, text);
            d.set_report(r);
        })
    };
    let finish = move |_| {
        // Safari keeps the focus in a box when a button is tapped: what was just typed is
        // stored first.
        browser::blur_active();
        let built = live_report(state, period);
        let finished_at = browser::now_iso();
        state.change(move |d| {
            let mut r = d.report(period);
            r.versions.push(FinishedReport::new(finished_at, &built));
            r.reopened = false;
            d.set_report(r);
        });
        browser::focus("reopen-report");
    };
    let reopen = move |_| {
        // It appears where "finish" was just tapped: a double tap must not undo the finish.
        if !browser::confirm(ReportPageText::ConfirmNewVersion.get(state.lang.get_untracked())) {
            return;
        }
        state.change(|d| {
            let mut r = d.report(period);
            r.reopened = true;
            d.set_report(r);
        });
        browser::focus("finish-report");
    };
    let download_failed = RwSignal::new(false);
    let download = move |_| {
        let (name, text) = state.doc.with_untracked(|d| {
            (
                d.file_name(&period.to_string(), "json"),
                d.for_period(period).to_json(),
            )
        });
        download_failed.set(browser::download(&name, "application/json", &text).is_err());
    };
    let send_title = move || {
        let lang = state.lang.get();
        state.doc.with(|d| {
            ReportPageText::SendTitle.with(lang, &[("r", d.addressing.recipient(&d.plan))])
        })
    };
    let send_help = move || {
        let lang = state.lang.get();
        state.doc.with(|d| {
            ReportPageText::SendSteps.with(
                lang,
                &[
                    ("f", &d.file_name(&period.to_string(), "json")),
                    ("e", d.addressing.email(&d.plan)),
                ],
            )
        })
    };
    let mail = move || {
        state.doc.with(|d| {
            let subject = format!(
                "Báo cáo {} - {}",
                period_name(Lang::Vi, period).to_lowercase(),
                d.plan.document.issuer
            );
            let body = ReportPageText::MailBody.with(
                Lang::Vi,
                &[
                    ("r", d.addressing.recipient(&d.plan)),
                    ("f", &d.file_name(&period.to_string(), "json")),
                ],
            );
            browser::mailto(d.addressing.email(&d.plan), &subject, &body)
        })
    };
    let word_state = RwSignal::new(None::<WordState>);
    let word = move |_| {
        browser::blur_active();
        word_state.set(Some(WordState::Making));
        let report = shown.get_untracked();
        leptos::task::spawn_local(async move {
            word_state.set(match download_docx(state, period, report).await {
                Ok(0) => None,
                Ok(n) => Some(WordState::ChartsMissing(n)),
                Err(()) => Some(WordState::Failed),
            });
        });
    };
    // The link made, or `Err` when the report is too long for one.
    let share_link = RwSignal::new(None::<Result<String, ()>>);
    // Whether the link made went to the clipboard, once known.
    let share_copied = RwSignal::new(None::<bool>);
    let share = move |_| {
        let data = shown.with_untracked(share::encode);
        if data.len() > share::MAX_LINK {
            share_link.set(Some(Err(())));
            return;
        }
        let link = format!("{}{}", browser::page_address(), Route::Shared(data).href());
        share_link.set(Some(Ok(link.clone())));
        share_copied.set(None);
        browser::focus("share-link");
        leptos::task::spawn_local(async move {
            // Shown in the box either way, for copying by hand if the clipboard refuses.
            share_copied.set(Some(browser::copy_text(&link).await));
        });
    };
    let status = move || {
        let lang = state.lang.get();
        saved.with(|s| match s.frozen() {
            // Kept as it is stored; the sheet shows the report as the data stand.
            Some(v) if v.report().is_none() => {
                ReportPageText::ReportUnreadable.with(lang, &[("n", &s.versions.len().to_string())])
            }
            Some(v) => ReportPageText::ReportFinished.with(
                lang,
                &[
                    ("d", &local_when(lang, &v.finished_at)),
                    ("n", &s.versions.len().to_string()),
                ],
            ),
            None => ReportPageText::ReportLive.get(lang).to_string(),
        })
    };
    // Typed once: the signer is this report's and the one offered for the next.
    let sign = move |change: fn(&mut Signer, String), text: String| {
        state.change(|d| {
            let mut signer = d.signer(period);
            change(&mut signer, text.trim().to_string());
            let mut r = d.report(period);
            r.signer = Some(signer.clone());
            d.set_report(r);
            d.addressing.signer = signer;
        })
    };
    let text_of = move |read: fn(&Report) -> String| {
        // What the boxes show: the school's own text, or the draft it starts from.
        move || shown.with(read)
    };
    view! {
        <section class="card no-print" aria-labelledby="report-title">
            <h1 id="report-title">{tr(ReportPageText::ReportTitle)}</h1>
            <PeriodSelect id="report-period" periods=state.periods() current=period
                on_pick=Callback::new(|p| browser::navigate(&Route::Report(Some(p)).href()))/>
            <p id="report-status" class="muted" role="status">{status}</p>
            // Right under the status they change and above the texts, whose height changes when
            // the report is finished: "make a new version" appears exactly where "finish" was.
            <div class="actions">
                <button id="finish-report" hidden=frozen on:click=finish>{tr(ReportPageText::FinishReport)}</button>
                <button id="reopen-report" hidden=move || !frozen() on:click=reopen>{tr(ReportPageText::NewReportVersion)}</button>
                <button id="share-report" on:click=share>{tr(ReportPageText::ShareReport)}</button>
            </div>
            <ReportText id="report-number" label=ReportPageText::ReportNumber rows=0 frozen=Signal::derive(frozen)
                value=Signal::derive(move || saved.with(|s| s.number.clone()))
                on_change=Callback::new(move |t| edit(|r, t| r.number = t, t))/>
            <ReportText id="report-limitations" label=ViewText::ReportLimitations rows=5 frozen=Signal::derive(frozen)
                value=Signal::derive(text_of(|r| r.limitations.clone()))
                on_change=Callback::new(move |t| edit(|r, t| r.limitations = Some(t), t))/>
            <ReportText id="report-next-steps" label=ViewText::ReportNextSteps rows=5 frozen=Signal::derive(frozen)
                value=Signal::derive(text_of(|r| r.next_steps.clone()))
                on_change=Callback::new(move |t| edit(|r, t| r.next_steps = Some(t), t))/>
            <div class="form-grid">
                <ReportText id="report-signer-title" label=ReportPageText::SignerTitle rows=2 frozen=Signal::derive(frozen)
                    value=Signal::derive(text_of(|r| r.signer.clone()))
                    on_change=Callback::new(move |t| sign(|s, t| s.title = t, t))/>
                <ReportText id="report-signer-name" label=ReportPageText::SignerName rows=0 frozen=Signal::derive(frozen)
                    value=Signal::derive(text_of(|r| r.signer_name.clone()))
                    on_change=Callback::new(move |t| sign(|s, t| s.name = t, t))/>
            </div>
            <ChartChoice period=period shown=shown frozen=Signal::derive(frozen)/>
            // The one way to send: the three files and the e-mail, in order, to whom.
            <div class="send-steps" role="group" aria-labelledby="send-title">
                <h2 id="send-title">{send_title}</h2>
                <p class="muted" id="send-help">{send_help}</p>
                <ol class="actions">
                    <li>
                        <button id="print-report" on:click=move |_| browser::print()>{tr(ReportPageText::PrintReport)}</button>
                        " "
                        <button id="download-docx" on:click=word disabled=move || word_state.get() == Some(WordState::Making)>{tr(ReportPageText::DownloadDocx)}</button>
                    </li>
                    <li><button id="export-period" on:click=download>{tr(ReportPageText::ExportPeriod)}</button></li>
                    <li><a class="button" id="mail-report" href=mail>{tr(ReportPageText::MailReport)}</a></li>
                </ol>
                <p class="error" role="status">{move || download_failed.get().then(tr(T::ExportFailed))}</p>
                <p class="status-line" id="docx-status" role="status">
                    {move || {
                        let lang = state.lang.get();
                        word_state.get().map(|w| match w {
                            WordState::Making => view! { <span>{ReportPageText::DocxMaking.get(lang)}</span> }.into_any(),
                            WordState::Failed => view! { <span class="error">{ReportPageText::DocxFailed.get(lang)}</span> }.into_any(),
                            WordState::ChartsMissing(n) => {
                                let text = ReportPageText::DocxChartsMissing.with(lang, &[("n", &n.to_string())]);
                                view! { <span class="error">{text}</span> }.into_any()
                            }
                        })
                    }}
                </p>
            </div>
            <div class="text-field" hidden=move || !share_link.with(|l| matches!(l, Some(Ok(_))))>
                <label class="field-label" for="share-link">{tr(ReportPageText::ShareLink)}</label>
                <input id="share-link" readonly
                    prop:value=move || share_link.with(|l| l.clone().and_then(Result::ok).unwrap_or_default())/>
            </div>
            <p class="status-line" id="share-status" role="status">
                {move || share_link.with(|l| matches!(l, Some(Err(())))).then(|| view! { <span class="error">{tr(ReportPageText::ShareTooLong)}</span> })}
                {move || share_copied.get().map(|done| if done { tr(T::LinkCopied)() } else { tr(ReportPageText::ShareCopyByHand)() })}
            </p>
            <p class="muted">{tr(ReportPageText::PrintHelp)}</p>
        </section>
        <ReportCalendar/>
        {redrawn(move || shown.with(|r| report_nodes(r, charts(state, period, r.charts.as_deref())).render()))}
    }
}

/// A text written into a report, a school's or an office's: a box to type in, saved when it is
/// left; once the report is finished (`frozen`), the text itself (a new version is the one way
/// to change it), so that nothing looks editable that is not.
#[component]
pub(crate) fn ReportText(
    id: &'static str,
    label: impl Text + Send + Sync + 'static,
    /// Lines of the box; 0 for a one-line box.
    rows: u32,
    #[prop(optional)] frozen: Signal<bool>,
    value: Signal<String>,
    on_change: Callback<String>,
) -> impl IntoView {
    move || {
        if frozen.get() {
            let text = value.get();
            let empty = text.trim().is_empty();
            view! {
                <div class="text-field finished-text">
                    <span class="field-label">{tr(label)}</span>
                    <p id=format!("{id}-text") class:muted=empty>
                        {if empty { tr(ReportPageText::NothingWritten)().to_string() } else { text }}
                    </p>
                </div>
            }
            .into_any()
        } else if rows == 0 {
            view! {
                <div class="text-field">
                    <label class="field-label" for=id>{tr(label)}</label>
                    <input id=id prop:value=value on:change=move |ev| on_change.run(event_target_value(&ev))/>
                </div>
            }
            .into_any()
        } else {
            view! {
                <div class="text-field">
                    <label class="field-label" for=id>{tr(label)}</label>
                    <textarea id=id rows=rows prop:value=value
                        on:change=move |ev| on_change.run(event_target_value(&ev))></textarea>
                </div>
            }
            .into_any()
        }
    }
}

/// The report as the data stand now.
fn live_report(state: AppState, period: Period) -> Report {
    state.doc.with_untracked(|d| {
        state.progress.with_untracked(|p| {
            let figures = with_activities(&d.plan, &d.figures, &d.activities);
            report::build(d, &figures, p, period, state.today)
        })
    })
}

/// The finished version if there is one, otherwise the report as the data stand (tracked).
fn shown_report(state: AppState, period: Period) -> Report {
    state.doc.track();
    let frozen = state
        .doc
        .with_untracked(|d| d.report(period).frozen().and_then(FinishedReport::report));
    frozen.unwrap_or_else(|| live_report(state, period))
}

/// Where the report's Word file stands, once asked for.
#[derive(Clone, Copy, PartialEq)]
enum WordState {
    Making,
    Failed,
    /// Made, without the charts the browser could not draw.
    ChartsMissing(usize),
}

/// A report that came inside a link, read-only. Nothing here reads or writes the user's own
/// data.
#[component]
pub fn SharedReport(data: String) -> impl IntoView {
    // Chat apps sometimes percent-encode a link's "$" and "+".
    let data = browser::decode_uri_component(&data);
    let report = share::decode(&data);
    let broken = report.is_none();
    view! {
        <section class="card no-print" aria-labelledby="shared-title">
            <h1 id="shared-title">{tr(ReportPageText::SharedTitle)}</h1>
            <p class=if broken { "error" } else { "muted" } role="status">
                {if broken { tr(ReportPageText::SharedBroken) } else { tr(ReportPageText::SharedHelp) }}
            </p>
            <button id="print-report" hidden=broken on:click=move |_| browser::print()>{tr(ReportPageText::PrintReport)}</button>
        </section>
        {report.map(|r| report_nodes(&r, Vec::new()).render())}
    }
}

/// The reports due so far and the next one: finished, overdue or days left.
#[component]
fn ReportCalendar() -> impl IntoView {
    let state = expect_context::<AppState>();
    let items = move || {
        let lang = state.lang.get();
        state.doc.with(|d| {
            let next = Period::next_due(&d.plan, state.today).map(|(p, _)| p);
            Period::all(&d.plan)
                .into_iter()
                .filter_map(|p| Some((p, p.due_date(&d.plan.reporting)?)))
                .filter(|(p, due)| *due < state.today || Some(*p) == next)
                .rev()
                // The coming report and the last two years'.
                .take(5)
                .map(|(p, due)| {
                    let state_now = d.report_state(p, state.today);
                    let (class, word) = match state_now {
                        Some(ReportState::Finished) => (badge_class(Status::Met), ReportPageText::CalendarFinished.get(lang).to_string()),
                        Some(ReportState::SentOutside) => (badge_class(Status::Met), ReportPageText::CalendarSentOutside.get(lang).to_string()),
                        Some(ReportState::BeforeUse) => (badge_class(Status::NoData), ReportPageText::CalendarBeforeUse.get(lang).to_string()),
                        Some(ReportState::Overdue) => (badge_class(Status::OffTrack), ReportPageText::CalendarOverdue.get(lang).to_string()),
                        Some(ReportState::Due(_)) | None => (badge_class(Status::OnTrack), days_left(lang, state.today, due)),
                    };
                    // A past report not done in the app can be marked as sent another way.
                    let mark = match state_now {
                        Some(ReportState::BeforeUse | ReportState::Overdue) => Some(true),
                        Some(ReportState::SentOutside) => Some(false),
                        _ => None,
                    };
                    let button = mark.map(|sent| {
                        let (text, label) = if sent {
                            (ReportPageText::MarkSentOutside, ReportPageText::MarkSentOutsideLabel)
                        } else {
                            (ReportPageText::UnmarkSentOutside, ReportPageText::UnmarkSentOutsideLabel)
                        };
                        let label = label.with(lang, &[("p", &period_name(lang, p))]);
                        let toggle = move |_| {
                            state.change(|d| {
                                let mut r = d.report(p);
                                r.sent_outside = sent;
                                d.set_report(r);
                            })
                        };
                        view! {
                            " " <button type="button" class="sent-outside" aria-label=label on:click=toggle>
                                {text.get(lang)}
                            </button>
                        }
                    });
                    view! {
                        <li data-period=p.to_string()>
                            <a href=Route::Report(Some(p)).href()>{period_name(lang, p)}</a>
                            " · " {ReportPageText::DueOn.with(lang, &[("d", &format_date(lang, due))])}
                            " · " <span class=class>{word}</span>
                            {button}
                        </li>
                    }
                })
                .collect_view()
                .into_any()
        })
    };
    view! {
        <section class="card no-print" aria-labelledby="calendar-title">
            <h2 id="calendar-title">{move || {
                let lang = state.lang.get();
                state.doc.with(|d| ReportPageText::ReportCalendar.with(lang, &[("r", d.addressing.recipient(&d.plan))]))
            }}</h2>
            <ul class="plain calendar" id="report-calendar">{redrawn(items)}</ul>
        </section>
    }
}
