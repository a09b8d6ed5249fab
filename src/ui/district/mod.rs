//! The district office's page (`district.html`): its own small app, so that a school's tablet
//! never downloads it. The district drops in every school's data file and sees the roll-up:
//! the district's value and status per indicator, every school's, a chart comparing schools,
//! and who sent which period in time. Its data has its own storage key and nothing here ever
//! writes a school's data.

mod exports;
mod receive;
mod received;
mod report;
mod tables;
mod template;
mod tracker;

use exports::ExportCard;
pub use receive::sort_file;
use receive::{ReceiveCard, ReceivedOutcome};
use received::ReceivedCard;
use report::OfficeReportCard;
use tables::{Choices, CompareCard, DistrictTable, MatrixCard};
use template::TemplateCard;
use tracker::TrackerCard;

use std::future::Future;
use std::pin::Pin;

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::browser::storage::{self, SaveError, StorageProblem};
use crate::browser::{self};
use crate::defaults::hoa_mai;
use crate::domain::district::{roll_up, District, Intake, Level, RollUp};
use crate::domain::document::LoadError;
use crate::domain::period::Period;
use crate::domain::plan::{Indicator, Plan, PlanError};
use crate::i18n::{format_date, period_name, Lang, RollUpText, D, T};
use crate::ui::piece::{PieceFuture, PieceMissing, PieceView};
use crate::ui::widgets::{notice, tr, LangSwitch};

/// What the page shows besides the district's data and the choices on screen: the outcome of
/// the last files read, and any problem with storage.
#[derive(Default)]
struct Page {
    received: Option<Intake>,
    problem: Option<Problem>,
    /// The plan the office had taken is stored but could not be read: the app's is used.
    plan_unreadable: bool,
    target_error: Option<(i32, PlanError)>,
    removal: Option<Removal>,
    /// The code that reads files could not be fetched: nothing of the last batch was taken.
    read_missing: bool,
}

/// The outcome of the last removal of received files, or of its undoing.
enum Removal {
    /// What was removed, and how many submissions: undoable from the copy kept.
    Done(String, usize),
    Undone,
    UndoFailed,
    /// The copy could not be kept, so nothing was removed.
    NotKept(SaveError),
}

enum Problem {
    Stored(StorageProblem),
    NotSaved(SaveError),
}

/// The page's state, one signal per thing that changes on its own, so that the progress of a
/// long reading redraws the progress line only.
#[derive(Clone, Copy)]
pub struct Ctx {
    lang: RwSignal<Lang>,
    data: RwSignal<District>,
    page: RwSignal<Page>,
    /// Files read so far, of how many, while a batch is being read.
    reading: RwSignal<Option<(usize, usize)>>,
    chosen_period: RwSignal<Option<Period>>,
    chosen_indicator: RwSignal<Option<String>>,
    /// The schools' level the roll-up is narrowed to, if one is chosen.
    level: RwSignal<Option<Level>>,
    /// The period on screen: the one chosen, else the latest anyone sent, else the current one.
    period: Memo<Period>,
    /// The plan the office rolls up by, before its own targets: the one it took from a file,
    /// else the app's; and whose it took, if it took one.
    base: RwSignal<Plan>,
    plan_taken: RwSignal<Option<String>>,
    today: NaiveDate,
    /// Reads one received file into what the batch brought, from the page's reading piece.
    sort: SortFile,
    /// Files what a batch brought into the page's data, from the same piece.
    file: FileReceived,
    /// Off when what is stored must not be overwritten (unreadable and not kept aside, or
    /// written by a newer app).
    can_save: bool,
}

impl Ctx {
    /// Files what a batch of files brought into the page's data and saves it: the code of the
    /// page's reading piece (`district_views!`), which brings the code that writes the data.
    pub fn file_received(self, mut intake: Intake) -> Intake {
        self.commit(|next| intake.file_into(next));
        intake
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

    /// Removes received files (`change` says how many submissions went, `what` names them),
    /// after keeping the data on screen as the copy that undoes it: without that copy,
    /// nothing is removed.
    fn remove(&self, what: String, change: impl FnOnce(&mut District) -> usize) {
        let outcome = match storage::keep_district_before_removal(&self.data.get_untracked()) {
            Err(e) => Removal::NotKept(e),
            Ok(()) => {
                let mut removed = 0;
                self.commit(|next| removed = change(next));
                Removal::Done(what, removed)
            }
        };
        self.page.update(|p| {
            p.received = None;
            p.removal = Some(outcome);
        });
    }

    /// Puts back the data as it was before the last removal.
    fn undo_removal(&self) {
        let outcome = match storage::district_before_removal() {
            Some(before) => {
                self.commit(|next| *next = before);
                Removal::Undone
            }
            None => Removal::UndoFailed,
        };
        self.page.update(|p| p.removal = Some(outcome));
    }
}

/// Reads one received file into what its batch brought ([`receive::sort_file`]), once the
/// code that reads files has arrived.
pub type SortFile = fn(
    Intake,
    String,
    Result<String, LoadError>,
    Plan,
    NaiveDate,
) -> Pin<Box<dyn Future<Output = Result<Intake, PieceMissing>>>>;

/// Files what a batch brought ([`Ctx::file_received`]), once the code that writes has arrived.
pub type FileReceived =
    fn(Ctx, Intake) -> Pin<Box<dyn Future<Output = Result<Intake, PieceMissing>>>>;

/// Defines the page's two pieces (`ui::piece`), so that it starts with the header and the
/// file input only: `open_results`, the function [`DistrictApp`] shows the roll-up with (the
/// cards after the one that receives files), and `sort_received`, its [`SortFile`] (the
/// reading of data files and their checks, fetched with the first file), with
/// `file_received`, its [`FileReceived`] (the filing of a batch, and the writing of the page's
/// data), from the same piece. A macro, so that the pieces are declared in the crate that
/// builds the page (its binary, the component tests): declared in this library they would be
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

        fn sort_received(
            intake: $crate::domain::district::Intake,
            file: String,
            text: Result<String, $crate::domain::document::LoadError>,
            plan: $crate::domain::plan::Plan,
            today: ::chrono::NaiveDate,
        ) -> ::std::pin::Pin<Box<dyn ::std::future::Future<Output = Result<$crate::domain::district::Intake, $crate::ui::piece::PieceMissing>>>> {
            $crate::piece!(district_reading: fn sort_in(intake: $crate::domain::district::Intake, file: String, text: Result<String, $crate::domain::document::LoadError>, plan: $crate::domain::plan::Plan, today: ::chrono::NaiveDate) -> $crate::domain::district::Intake {
                $crate::ui::district::sort_file(intake, file, text, plan, today)
            });
            Box::pin(sort_in(intake, file, text, plan, today))
        }

        fn file_received(
            ctx: $crate::ui::district::Ctx,
            intake: $crate::domain::district::Intake,
        ) -> ::std::pin::Pin<Box<dyn ::std::future::Future<Output = Result<$crate::domain::district::Intake, $crate::ui::piece::PieceMissing>>>> {
            $crate::piece!(district_reading: fn file_in(ctx: $crate::ui::district::Ctx, intake: $crate::domain::district::Intake) -> $crate::domain::district::Intake {
                ctx.file_received(intake)
            });
            Box::pin(file_in(ctx, intake))
        }
    };
}

#[component]
pub fn DistrictApp(
    open: fn(()) -> PieceFuture,
    sort: SortFile,
    file: FileReceived,
) -> impl IntoView {
    let lang = RwSignal::new(storage::load_lang().unwrap_or_default());
    provide_context(lang);
    Effect::new(move |_| browser::set_document_language(lang.get().code()));
    browser::keep_dropped_files_in_page();
    let (stored, problem) = storage::load_district();
    let can_save = problem.as_ref().is_none_or(StorageProblem::allows_saving);
    let data = RwSignal::new(stored);
    let (taken, plan_unreadable) = match storage::load_district_plan() {
        Ok(taken) => (taken, false),
        Err(_) => (None, true),
    };
    let page = RwSignal::new(Page {
        problem: problem.map(Problem::Stored),
        plan_unreadable,
        ..Page::default()
    });
    let plan_taken = RwSignal::new(taken.as_ref().map(|t| t.office.clone()));
    let base = RwSignal::new(taken.map_or_else(hoa_mai, |t| t.plan));
    let level = RwSignal::new(None);
    let today = browser::today();
    let chosen_period = RwSignal::new(None);
    let period = Memo::new(move |_| {
        chosen_period.get().unwrap_or_else(|| {
            base.with(|plan| {
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
        level,
        period,
        base,
        plan_taken,
        today,
        sort,
        file,
        can_save,
    };
    provide_context(ctx);
    view! {
        <header class="app-header">
            <div class="app-title">
                <span class="app-name">{tr(T::AppName)}</span>
                <span class="school-name">
                    {move || D::Office.with(lang.get(), &[("o", &office_name(ctx))])}
                </span>
            </div>
            <nav aria-label=tr(T::MainNav)>
                <a href="./">{tr(D::ToSchoolApp)}</a>
            </nav>
            <LangSwitch/>
        </header>
        <ProblemBar/>
        <main id="main" class="district" tabindex="-1">
            <h1>{tr(D::Title)}</h1>
            <p class="print-only" id="district-print-heading">{move || print_heading(ctx)}</p>
            <p class="muted no-print">{tr(D::Intro)}</p>
            <ReceiveCard/>
            <PieceView open=std::sync::Arc::new(move || open(())) missing=T::PieceMissing/>
        </main>
    }
}

/// Everything the page shows of the received data (what the last files brought first), and the
/// office's name field: the choices, the district's table, the comparison of schools, who sent
/// what, the exports and the office's own report. The roll-up they show is made here and given
/// to them as a context (a `Memo<RollUp>`), so that its code loads with this piece and not
/// before the page's first view; the office's name is here too, since with it the first view
/// would carry the code that writes the page's data (every other change is made here or by the
/// reading of files).
#[component]
pub fn Results() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let roll = Memo::new(move |_| {
        let level = ctx.level.get();
        ctx.data
            .with(|d| ctx.base.with(|plan| roll_up(d, plan, level)))
    });
    provide_context(roll);
    view! {
        <ReceivedOutcome/>
        <OfficeField/>
        <Choices/>
        <DistrictTable/>
        <CompareCard/>
        <MatrixCard/>
        <TrackerCard/>
        <ReceivedCard/>
        <ExportCard/>
        <OfficeReportCard/>
        <TemplateCard/>
    }
}

/// The indicator on screen: the one chosen, else the plan's first.
fn shown_indicator(ctx: Ctx, roll: Memo<RollUp>) -> Option<Indicator> {
    let chosen = ctx.chosen_indicator.get();
    roll.with(|r| {
        chosen
            .and_then(|id| r.plan.indicator(&id).cloned())
            .or_else(|| r.plan.indicators().next().cloned())
    })
}

/// The office's name: as it set it on this page, else the recipient the plan names.
fn office_name(ctx: Ctx) -> String {
    ctx.base.with(|plan| ctx.data.with(|d| d.office_name(plan)))
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
            <label class="field-label" for="district-office">{tr(RollUpText::OfficeLabel)}</label>
            <input id="district-office" prop:value=move || office_name(ctx) on:change=set
                aria-describedby="district-office-help"/>
            <p class="muted" id="district-office-help">{tr(RollUpText::OfficeHelp)}</p>
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
                    D::NotSaved.with(lang, &[("e", &crate::ui::state::save_error_text(lang, e))])
                }
            };
            Some(notice(text, None, move || {
                ctx.page.update(|p| p.problem = None)
            }))
        })
    }
}
