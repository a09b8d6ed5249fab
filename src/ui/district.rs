//! The district office's page (`district.html`): its own small app, so that a school's tablet
//! never downloads it. The district drops in every school's data file and sees the roll-up:
//! the district's value and status per indicator, every school's, a chart comparing schools,
//! and who sent which period in time. Its data has its own storage key and nothing here ever
//! writes a school's data.

use chrono::NaiveDate;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::node::{el, text_el, Node};
use super::piece::{download_word, download_workbook, PieceFuture, PieceView};
use super::widgets::{
    badge_class, redrawn, select_options, status_badge, words, DropZone, LangSwitch,
};
use crate::browser::storage::{self, SaveError, StorageProblem};
use crate::browser::{self};
use crate::defaults::hoa_mai;
use crate::domain::district::{self, roll_up, District, Repeat, RollUp, Sending, SendingCounts};
use crate::domain::document::LoadError;
use crate::domain::import::{self, MAX_FILE_BYTES};
use crate::domain::period::Period;
use crate::domain::plan::{iso_date, parse_target, Indicator, Measure, Plan, PlanError};
use crate::domain::progress::{Progress, Status};
use crate::export::chart::{data_uri, schools_svg};
use crate::export::district as export;
use crate::i18n::{
    format_date, load_error, period_name, period_short, target_for_column, Lang, D, T,
};

/// A district text that follows the chosen language.
fn t(text: D) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    words(text.pair())
}

/// What the page shows besides the district's data and the choices on screen: the outcome of
/// the last files read, and any problem with storage.
#[derive(Default)]
struct Page {
    received: Option<Received>,
    problem: Option<Problem>,
    target_error: Option<(i32, PlanError)>,
}

/// What the last batch of files brought.
struct Received {
    files: usize,
    refused: Vec<(String, LoadError)>,
    /// Read, but without the school's name.
    unnamed: Vec<String>,
    /// Read, but without any figures.
    empty: Vec<String>,
    /// Periods a file holds beyond the plan's years, left out.
    outside: Vec<(String, Period)>,
    repeats: Vec<Repeat>,
}

enum Problem {
    Stored(StorageProblem),
    NotSaved(SaveError),
}

/// The page's state, one signal per thing that changes on its own, so that the progress of a
/// long reading redraws the progress line only.
#[derive(Clone, Copy)]
struct Ctx {
    lang: RwSignal<Lang>,
    data: RwSignal<District>,
    page: RwSignal<Page>,
    /// Files read so far, of how many, while a batch is being read.
    reading: RwSignal<Option<(usize, usize)>>,
    chosen_period: RwSignal<Option<Period>>,
    chosen_indicator: RwSignal<Option<String>>,
    /// The period on screen: the one chosen, else the latest anyone sent, else the current one.
    period: Memo<Period>,
    roll: Memo<RollUp>,
    base: StoredValue<Plan>,
    today: NaiveDate,
    /// Off when what is stored must not be overwritten (unreadable and not kept aside, or
    /// written by a newer app).
    can_save: bool,
}

impl Ctx {
    fn indicator(&self) -> Option<Indicator> {
        let chosen = self.chosen_indicator.get();
        self.roll.with(|r| {
            chosen
                .and_then(|id| r.plan.indicator(&id).cloned())
                .or_else(|| r.plan.indicators().next().cloned())
        })
    }

    /// Applies a change on top of what is stored now (another tab of the page may have saved
    /// since), saves it and shows it. If it cannot be saved it is still shown, with a message
    /// that it will be lost when the page closes.
    fn commit(&self, change: impl FnOnce(&mut District)) {
        let (stored, problem) = storage::load_district();
        // What is stored now may since have become something not to write over (another tab
        // of a newer version of the page).
        let may_save = self.can_save && problem.as_ref().is_none_or(StorageProblem::allows_saving);
        let mut next = match problem {
            None if self.can_save => stored,
            _ => self.data.get_untracked(),
        };
        change(&mut next);
        if may_save {
            if let Err(e) = storage::save_district(&next) {
                self.page.update(|p| p.problem = Some(Problem::NotSaved(e)));
            }
        }
        self.data.set(next);
    }
}

/// Defines `open_results`, the function [`DistrictApp`] shows the roll-up with: the cards after
/// the one that receives files, a piece of their own (`ui::piece`), so that the page starts
/// with the header and the file input only. A macro, so that the piece is declared in the crate
/// that builds the page (its binary, the component tests): declared in this library it would be
/// in the school's app too.
#[macro_export]
macro_rules! district_views {
    () => {
        fn open_results(_: ()) -> $crate::ui::piece::PieceFuture {
            $crate::piece!(district_results: fn results_view() -> ::leptos::prelude::AnyView {
                $crate::ui::district::Results().into_any()
            });
            Box::pin(results_view())
        }
    };
}

#[component]
pub fn DistrictApp(open: fn(()) -> PieceFuture) -> impl IntoView {
    let lang = RwSignal::new(storage::load_lang().unwrap_or_default());
    provide_context(lang);
    Effect::new(move |_| browser::set_document_language(lang.get().code()));
    browser::keep_dropped_files_in_page();
    let (stored, problem) = storage::load_district();
    let can_save = problem.as_ref().is_none_or(StorageProblem::allows_saving);
    let data = RwSignal::new(stored);
    let page = RwSignal::new(Page {
        problem: problem.map(Problem::Stored),
        ..Page::default()
    });
    let base = StoredValue::new(hoa_mai());
    let roll = Memo::new(move |_| data.with(|d| base.with_value(|plan| roll_up(d, plan))));
    let today = browser::today();
    let chosen_period = RwSignal::new(None);
    let period = Memo::new(move |_| {
        chosen_period.get().unwrap_or_else(|| {
            base.with_value(|plan| {
                data.with(|d| d.periods().into_iter().rfind(|p| p.is_within(plan)))
                    .unwrap_or_else(|| Period::current(plan, today))
            })
        })
    });
    let ctx = Ctx {
        lang,
        data,
        page,
        reading: RwSignal::new(None),
        chosen_period,
        chosen_indicator: RwSignal::new(None),
        period,
        roll,
        base,
        today,
        can_save,
    };
    provide_context(ctx);
    view! {
        <header class="app-header">
            <div class="app-title">
                <span class="app-name">{super::widgets::tr(T::AppName)}</span>
                <span class="school-name">
                    {move || D::Office.with(lang.get(), &[("o", &office_name(ctx))])}
                </span>
            </div>
            <nav aria-label=super::widgets::tr(T::MainNav)>
                <a href="./">{t(D::ToSchoolApp)}</a>
            </nav>
            <LangSwitch/>
        </header>
        <ProblemBar/>
        <main id="main" class="district" tabindex="-1">
            <h1>{t(D::Title)}</h1>
            <p class="print-only" id="district-print-heading">{move || print_heading(ctx)}</p>
            <p class="muted no-print">{t(D::Intro)}</p>
            <OfficeField/>
            <ReceiveCard/>
            <PieceView open=open what=()/>
        </main>
    }
}

/// Everything the page shows of the received data: the choices, the district's table, the
/// comparison of schools, who sent what, and the exports.
#[component]
pub fn Results() -> impl IntoView {
    view! {
        <Choices/>
        <DistrictTable/>
        <CompareCard/>
        <MatrixCard/>
        <TrackerCard/>
        <ExportCard/>
    }
}

/// The office's name: as it set it on this page, else the recipient the plan names.
fn office_name(ctx: Ctx) -> String {
    ctx.base
        .with_value(|plan| ctx.data.with(|d| d.office_name(plan)))
}

/// The office's name, set once and kept: the page, its print and its files say it, not a
/// district's word (district-level administrations ended on 1 July 2025).
#[component]
fn OfficeField() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let set = move |ev| {
        let name = event_target_value(&ev);
        ctx.commit(move |d| d.office = name.trim().to_string());
    };
    view! {
        <div class="text-field no-print">
            <label class="field-label" for="district-office">{t(D::OfficeLabel)}</label>
            <input id="district-office" prop:value=move || office_name(ctx) on:change=set
                aria-describedby="district-office-help"/>
            <p class="muted" id="district-office-help">{t(D::OfficeHelp)}</p>
        </div>
    }
}

fn print_heading(ctx: Ctx) -> String {
    let lang = ctx.lang.get();
    let office = office_name(ctx);
    let date = format_date(lang, ctx.today);
    D::PrintHeading.with(
        lang,
        &[
            ("p", &office),
            ("k", &period_name(lang, ctx.period.get())),
            ("d", &date),
        ],
    )
}

#[component]
fn ProblemBar() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    move || {
        let lang = ctx.lang.get();
        ctx.page.with(|p| {
            let text = match p.problem.as_ref()? {
                Problem::Stored(StorageProblem::Unreadable) => {
                    D::StoredUnreadable.get(lang).to_string()
                }
                Problem::Stored(StorageProblem::UnreadableNotKept) => {
                    D::StoredUnreadableNotKept.get(lang).to_string()
                }
                Problem::Stored(StorageProblem::Newer) => D::StoredNewer.get(lang).to_string(),
                Problem::Stored(StorageProblem::Unavailable) => {
                    D::NotSaved.with(lang, &[("e", T::StorageUnavailable.get(lang))])
                }
                Problem::NotSaved(e) => {
                    D::NotSaved.with(lang, &[("e", &super::state::save_error_text(lang, e))])
                }
            };
            Some(view! {
                <div class="notice" role="alert">
                    <p>{text}</p>
                    <button on:click=move |_| ctx.page.update(|p| p.problem = None)>
                        {super::widgets::tr(T::Dismiss)}
                    </button>
                </div>
            })
        })
    }
}

/// Reads every file chosen or dropped, one after the other, each checked on its own: a
/// refused file is named with its fault and the others still count.
async fn receive(ctx: Ctx, files: Vec<browser::File>) {
    let total = files.len();
    let mut taken = Vec::new();
    let mut received = Received {
        files: total,
        refused: Vec::new(),
        unnamed: Vec::new(),
        empty: Vec::new(),
        outside: Vec::new(),
        repeats: Vec::new(),
    };
    let day_of = |iso: &str| browser::local_time(iso).map(|t| t.date());
    let mut last_yield = browser::now_ms();
    for (n, file) in files.into_iter().enumerate() {
        let name = file.name();
        let read = browser::read_text(&file, MAX_FILE_BYTES)
            .await
            .and_then(|text| import::read_document(&text, hoa_mai));
        match read {
            Ok(mut document) => {
                let issuer = browser::composed(document.plan.document.issuer.trim());
                document.plan.document.issuer = issuer;
                let submissions = district::submissions_of(&document, &name, ctx.today, &day_of);
                let (within, outside): (Vec<_>, Vec<_>) = submissions
                    .into_iter()
                    .partition(|s| ctx.base.with_value(|plan| s.period.is_within(plan)));
                received
                    .outside
                    .extend(outside.iter().map(|s| (name.clone(), s.period)));
                if document.plan.document.issuer.is_empty() {
                    received.unnamed.push(name);
                } else if within.is_empty() {
                    received.empty.push(name);
                } else {
                    taken.push(within);
                }
            }
            Err(e) => received.refused.push((name, e)),
        }
        // The page is redrawn and answers input every few frames, however many files.
        if browser::now_ms() - last_yield > 50.0 {
            ctx.reading.set(Some((n + 1, total)));
            browser::yield_to_page().await;
            last_yield = browser::now_ms();
        }
    }
    ctx.commit(|next| {
        for submissions in taken {
            received.repeats.extend(next.receive(submissions));
        }
    });
    ctx.page.update(|p| p.received = Some(received));
    ctx.reading.set(None);
}

#[component]
fn ReceiveCard() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let take = move |files: Vec<browser::File>| {
        // One batch at a time: the box is off while one is read.
        if files.is_empty() || ctx.reading.get_untracked().is_some() {
            return;
        }
        ctx.reading.set(Some((0, files.len())));
        spawn_local(receive(ctx, files));
    };
    let status = move || {
        let lang = ctx.lang.get();
        let reading = ctx.reading.get();
        ctx.page.with(|p| match (reading, &p.received) {
            (Some((done, total)), _) => {
                D::Reading.with(lang, &[("n", &done.to_string()), ("t", &total.to_string())])
            }
            (None, Some(r)) => D::ReadOutcome.with(
                lang,
                &[
                    ("t", &r.files.to_string()),
                    (
                        "n",
                        &(r.files - r.refused.len() - r.unnamed.len() - r.empty.len()).to_string(),
                    ),
                    ("r", &(r.refused.len() + r.unnamed.len()).to_string()),
                ],
            ),
            (None, None) => String::new(),
        })
    };
    let problems = move || {
        let lang = ctx.lang.get();
        let items: Vec<Node> = ctx.page.with(|p| {
            let Some(r) = &p.received else {
                return Vec::new();
            };
            let refused = r.refused.iter().map(|(name, e)| {
                let text = D::FileRefused.with(lang, &[("f", name), ("e", &load_error(lang, e))]);
                text_el("li", text).class("error")
            });
            let unnamed = r.unnamed.iter().map(|name| {
                text_el("li", D::FileUnnamed.with(lang, &[("f", name)])).class("error")
            });
            let empty = r
                .empty
                .iter()
                .map(|name| text_el("li", D::FileEmpty.with(lang, &[("f", name)])));
            let outside = r.outside.iter().map(|(name, period)| {
                let (start, end) = ctx.base.with_value(|plan| (plan.start_year, plan.end_year));
                let text = D::OutsidePlan.with(
                    lang,
                    &[
                        ("f", name),
                        ("k", &period_short(lang, *period)),
                        ("s", &start.to_string()),
                        ("e", &end.to_string()),
                    ],
                );
                text_el("li", text)
            });
            let repeats = r.repeats.iter().map(|rep| {
                let text = D::Repeated.with(
                    lang,
                    &[
                        ("s", &rep.school),
                        ("k", &period_short(lang, rep.period)),
                        ("f", &rep.kept),
                        ("o", &rep.dropped),
                    ],
                );
                text_el("li", text)
            });
            refused
                .chain(unnamed)
                .chain(empty)
                .chain(outside)
                .chain(repeats)
                .collect()
        });
        el("ul", items)
            .attr("id", "district-problems")
            .attr("aria-live", "polite")
            .render()
    };
    let summary = move || {
        let lang = ctx.lang.get();
        let schools = ctx.roll.with(|r| r.schools.len());
        let submissions = ctx.data.with(|d| d.submissions.len());
        let text = D::Summary.with(
            lang,
            &[("s", &schools.to_string()), ("n", &submissions.to_string())],
        );
        text_el("p", text)
            .attr("id", "district-summary")
            .attr("data-schools", schools.to_string())
            .render()
    };
    view! {
        <section class="card no-print" aria-labelledby="receive-title">
            <h2 id="receive-title">{t(D::ReceiveTitle)}</h2>
            <DropZone id="district-files" label=Signal::derive(t(D::ReceivePick)) multiple=true
                disabled=Signal::derive(move || ctx.reading.get().is_some()) on_files=Callback::new(take)/>
            <p class="muted">{t(D::ReceiveHelp)}</p>
            <p id="district-progress" role="status">{status}</p>
            {redrawn(problems)}
            {redrawn(summary)}
        </section>
    }
}

/// The period and the indicator on screen.
#[component]
fn Choices() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let periods = move || {
        let lang = ctx.lang.get();
        let items = ctx.base.with_value(|plan| {
            Period::all(plan)
                .into_iter()
                .map(|p| (p.to_string(), period_name(lang, p)))
                .collect()
        });
        select_options(None, items, &ctx.period.get().to_string())
    };
    let indicators = move || {
        let items = ctx.roll.with(|r| {
            r.plan
                .indicators()
                .map(|i| (i.id.clone(), format!("{} — {}", i.code, i.name)))
                .collect()
        });
        let current = ctx.indicator().map(|i| i.id).unwrap_or_default();
        select_options(None, items, &current)
    };
    view! {
        <section class="card no-print choices">
            <div>
                <label class="field-label" for="district-period">{super::widgets::tr(T::Period)}</label>
                <select id="district-period" on:change=move |ev| {
                    if let Ok(p) = event_target_value(&ev).parse::<Period>() {
                        ctx.chosen_period.set(Some(p));
                    }
                }>{redrawn(periods)}</select>
            </div>
            <div>
                <label class="field-label" for="district-indicator">{t(D::CompareOn)}</label>
                <select id="district-indicator" on:change=move |ev| {
                    ctx.chosen_indicator.set(Some(event_target_value(&ev)));
                    ctx.page.update(|page| page.target_error = None);
                }>{redrawn(indicators)}</select>
            </div>
        </section>
    }
}

/// A table that may be wider than the screen: it scrolls sideways, and the keyboard reaches it.
fn wide(
    labelled_by: &'static str,
    table: impl Fn() -> AnyView + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby=labelled_by>
            {redrawn(table)}
        </div>
    }
}

fn cell(text: impl Into<String>) -> Node {
    text_el("td", text)
}

fn header_row(lang: Lang, heads: &[D]) -> Node {
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
fn DistrictTable() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let table = move || {
        let lang = ctx.lang.get();
        let period = ctx.period.get();
        ctx.roll.with(|roll| {
            let schools = roll.schools.len();
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
                    el(
                        "tr",
                        vec![
                            el(
                                "th",
                                vec![
                                    text_el("span", ind.code.clone()).class("code"),
                                    Node::Text(format!(" {}", ind.name)),
                                ],
                            )
                            .attr("scope", "row"),
                            cell(target_for_column(lang, ind, 2025)),
                            cell(target_for_column(lang, ind, 2030)),
                            el(
                                "td",
                                vec![
                                    text_el("span", value).class("value"),
                                    text_el("span", sex).class("sex"),
                                ],
                            ),
                            cell(format!("{counted}/{schools}")).class("num"),
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
                        D::DistrictCaption.with(lang, &[("k", &period_name(lang, period))]),
                    ),
                    header_row(lang, &export::DISTRICT_COLUMNS),
                    el("tbody", rows),
                ],
            )
            .attr("id", "district-table")
            .render()
        })
    };
    view! {
        <section class="card" aria-labelledby="district-table-title">
            <h2 id="district-table-title">{t(D::DistrictTitle)}</h2>
            <p class="muted">{t(D::DistrictHelp)}</p>
            {wide("district-table-title", table)}
        </section>
    }
}

/// One indicator: the district's own targets, a chart of the schools and their values.
#[component]
fn CompareCard() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let title = move || {
        let lang = ctx.lang.get();
        let name = ctx
            .indicator()
            .map(|i| format!("{} — {}", i.code, i.name))
            .unwrap_or_default();
        D::CompareTitle.with(
            lang,
            &[("i", &name), ("k", &period_short(lang, ctx.period.get()))],
        )
    };
    // The boxes are made again only when another indicator is chosen, so that saving one
    // (which changes the roll-up) keeps the focus where the user moved it.
    let shown = Memo::new(move |_| ctx.indicator().map(|i| i.id).unwrap_or_default());
    let targets = move || {
        let id = shown.get();
        let (years, is_ratio): (Vec<i32>, bool) = ctx.base.with_value(|plan| {
            plan.indicator(&id).map_or((Vec::new(), false), |own| {
                let years = own.milestones_by_year().iter().map(|m| m.year).collect();
                (years, matches!(own.measure, Measure::Ratio { .. }))
            })
        });
        years
            .into_iter()
            .map(|year| {
                let input_id = format!("district-target-{year}");
                let error_id = format!("{input_id}-error");
                let shown_id = id.clone();
                let value = move || {
                    ctx.roll.with(|r| {
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
                                ctx.base.with_value(|plan| {
                                    next.set_target(plan, &indicator, year, value)
                                })
                            });
                        }
                        Err(e) => ctx.page.update(|p| p.target_error = Some((year, e))),
                    }
                };
                let label = move || D::TargetFor.with(ctx.lang.get(), &[("y", &year.to_string())]);
                view! {
                    <div class="field">
                        <label class="field-label" for=input_id.clone()>{label}</label>
                        <input id=input_id type="text" inputmode="decimal" prop:value=value on:change=save
                            aria-invalid=move || message().map(|_| "true")
                            aria-describedby=error_id.clone()/>
                        <p class="error" id=error_id role="alert">{message}</p>
                    </div>
                }
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
        let Some(ind) = ctx.indicator() else {
            return ().into_any();
        };
        ctx.roll.with(|roll| {
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
                return view! { <p class="muted">{D::NoValues.get(lang)}</p> }.into_any();
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
            let alt = D::ChartAlt.with(
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
        let Some(ind) = ctx.indicator() else {
            return ().into_any();
        };
        ctx.roll.with(|roll| {
            let rows = roll
                .schools
                .iter()
                .map(|s| {
                    let (value, sex, status) = export::value_text(
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
                            el("td", vec![status_badge(lang, status)]),
                        ],
                    )
                })
                .collect();
            el(
                "table",
                vec![
                    header_row(
                        lang,
                        &[D::ColSchool, D::ColValue, D::ColBySex, D::ColStatus],
                    ),
                    el("tbody", rows),
                ],
            )
            .attr("id", "district-schools")
            .render()
        })
    };
    view! {
        <section class="card" aria-labelledby="compare-title">
            <h2 id="compare-title">{title}</h2>
            <div class="targets no-print">
                <p class="muted">{t(D::TargetsHelp)}</p>
                <div class="fields">{redrawn(targets)}</div>
                <button id="district-target-reset" on:click=reset>{t(D::TargetsReset)}</button>
            </div>
            {redrawn(chart)}
            {wide("compare-title", schools)}
        </section>
    }
}

fn target_error(lang: Lang, error: &PlanError) -> &'static str {
    match error {
        PlanError::Empty => T::Required,
        _ => T::InvalidNumber,
    }
    .get(lang)
}

/// Every school by every indicator: the status of each, as an icon and a word.
#[component]
fn MatrixCard() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let matrix = move || {
        let lang = ctx.lang.get();
        let period = ctx.period.get();
        ctx.roll.with(|roll| {
            let indicators: Vec<&Indicator> = roll.plan.indicators().collect();
            let head = el(
                "thead",
                vec![el(
                    "tr",
                    std::iter::once(text_el("th", D::ColSchool.get(lang)).attr("scope", "col"))
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
                    let cells = indicators.iter().map(|i| {
                        let status = s
                            .progress
                            .indicator(&i.id)
                            .and_then(|r| r.at(period))
                            .map_or(Status::NoData, |r| r.status);
                        el("td", vec![status_badge(lang, status)])
                    });
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
                        D::MatrixCaption.with(lang, &[("k", &period_name(lang, period))]),
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
            <h2 id="matrix-title">{t(D::MatrixTitle)}</h2>
            {wide("matrix-title", matrix)}
        </section>
    }
}

/// Who sent the period's data, on time or late, and who has not yet; the expected schools.
#[component]
fn TrackerCard() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    // Each school's standing for the period on screen, worked out once per change.
    let standing = Memo::new(move |_| {
        let period = ctx.period.get();
        ctx.data.with(|d| {
            ctx.base
                .with_value(|plan| d.standings(plan, period, ctx.today))
        })
    });
    let counts = move || {
        let lang = ctx.lang.get();
        let period = ctx.period.get();
        let counts = standing.with(|rows| SendingCounts::of(rows));
        let due = ctx.base.with_value(|plan| {
            period
                .due_date(&plan.reporting)
                .map(|d| format_date(lang, d))
                .unwrap_or_default()
        });
        D::TrackerCounts.with(
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
                            D::OnTime.get(lang).to_string(),
                            badge_class(Status::Met),
                        ),
                        Sending::Late(_, days) => (
                            "⏰",
                            D::Late.with(lang, &[("n", &days.to_string())]),
                            badge_class(Status::Behind),
                        ),
                        Sending::Missing => (
                            "✖",
                            D::Missing.get(lang).to_string(),
                            badge_class(Status::OffTrack),
                        ),
                        Sending::NotYet => (
                            "…",
                            D::NotYet.get(lang).to_string(),
                            badge_class(Status::NoData),
                        ),
                    };
                    let day = match row.sending {
                        Sending::OnTime(day) | Sending::Late(day, _) => format_date(lang, day),
                        _ => String::new(),
                    };
                    let sent: Vec<String> =
                        row.sent.iter().map(|p| period_short(lang, *p)).collect();
                    let badge = el(
                        "span",
                        vec![
                            text_el("span", icon)
                                .class("status-icon")
                                .attr("aria-hidden", "true"),
                            Node::Text(format!(" {word}")),
                        ],
                    )
                    .class(class);
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
        el(
            "table",
            vec![
                header_row(
                    lang,
                    &[
                        D::ColSchool,
                        D::ColSending,
                        D::ColSentOn,
                        D::ColFile,
                        D::ColPeriodsSent,
                    ],
                ),
                el("tbody", rows),
            ],
        )
        .attr("id", "district-tracker")
        .render()
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
            <h2 id="tracker-title">{t(D::TrackerTitle)}</h2>
            <p id="tracker-counts">{counts}</p>
            {wide("tracker-title", table)}
            <div class="no-print">
                <label class="field-label" for="district-expected">{t(D::ExpectedLabel)}</label>
                <p class="muted" id="district-expected-help">{t(D::ExpectedHelp)}</p>
                <textarea id="district-expected" rows="5" aria-describedby="district-expected-help"
                    prop:value=move || expected.get()
                    on:input=move |ev| {
                        expected.set(event_target_value(&ev));
                        saved.set(false);
                    }></textarea>
                <p><button id="district-expected-save" on:click=save>{t(D::ExpectedSave)}</button></p>
                <p class="done" role="status">{move || saved.get().then(t(D::ExpectedSaved))}</p>
            </div>
        </section>
    }
}

#[component]
fn ExportCard() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let failed = RwSignal::new(false);
    // The Word file on its way: its button waits.
    let making = RwSignal::new(false);
    let name =
        move |extension: &str| format!("bdg-tong-hop-{}.{extension}", iso_date::to_text(ctx.today));
    let csv = move |_| {
        let lang = ctx.lang.get_untracked();
        let text = ctx.roll.with_untracked(|r| export::csv(r, lang));
        failed.set(browser::download(&name("csv"), "text/csv;charset=utf-8", &text).is_err());
    };
    // The workbook's code is a piece of its own, fetched the first time one is asked for.
    let workbook = move |_| {
        let lang = ctx.lang.get_untracked();
        let rows = ctx.roll.with_untracked(|r| export::rows(r, lang));
        failed.set(false);
        let sheet = D::XlsxSheet.get(lang).to_string();
        spawn_local(async move {
            failed.set(!download_workbook(name("xlsx"), sheet, rows, export::xlsx_columns()).await);
        });
    };
    // The printed summary as a Word file, from the Word writer's piece.
    let word = move |_| {
        let lang = ctx.lang.get_untracked();
        let period = ctx.period.get_untracked();
        let heading = untrack(|| print_heading(ctx));
        let file = ctx.roll.with_untracked(|r| {
            ctx.data.with_untracked(|d| {
                ctx.base.with_value(|plan| {
                    export::summary_file(r, d, plan, lang, period, ctx.today, &heading)
                })
            })
        });
        failed.set(false);
        making.set(true);
        spawn_local(async move {
            failed.set(!download_word(name("docx"), file).await);
            making.set(false);
        });
    };
    let json = move |_| {
        let parent = ctx.data.with_untracked(District::parent);
        let office = untrack(|| office_name(ctx));
        let text = ctx
            .roll
            .with_untracked(|r| export::json(r, parent, office, &browser::now_iso()));
        failed.set(browser::download(&name("json"), "application/json", &text).is_err());
    };
    let clear = move |_| {
        let lang = ctx.lang.get_untracked();
        if browser::confirm(D::ClearConfirm.get(lang)) {
            ctx.page.update(|p| p.received = None);
            ctx.commit(|next| next.submissions.clear());
        }
    };
    view! {
        <section class="card no-print" aria-labelledby="export-title">
            <h2 id="export-title">{t(D::ExportTitle)}</h2>
            <div class="actions">
                <button id="district-xlsx" on:click=workbook>{t(D::ExportXlsx)}</button>
                <button id="district-csv" on:click=csv>{t(D::ExportCsv)}</button>
                <button id="district-json" on:click=json>{t(D::ExportJson)}</button>
                <button id="district-print" on:click=|_| browser::print()>{t(D::Print)}</button>
                <button id="district-docx" on:click=word disabled=making>{t(D::ExportDocx)}</button>
            </div>
            <p class="muted">{t(D::ExportHelp)}</p>
            <p class="error" role="status">{move || failed.get().then(super::widgets::tr(T::ExportFailed))}</p>
            <p><button id="district-clear" class="danger" on:click=clear>{t(D::Clear)}</button></p>
        </section>
    }
}
