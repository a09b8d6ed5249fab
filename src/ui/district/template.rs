//! The plan the office rolls up by, and its template for its schools. The office starts from
//! the app's plan or takes the plan of a school's file (or of a template), kept in storage as
//! a template of its own; its own targets apply to either. The template it sends is that plan
//! with those targets, as a file a school takes in its plan editor (`domain::template`).

use leptos::prelude::*;

use crate::browser::{self, storage};
use crate::defaults::hoa_mai;
use crate::domain::document::LoadError;
use crate::domain::import;
use crate::domain::plan::Plan;
use crate::domain::template::{self, Template};
use crate::i18n::{load_error, RollUpText, T};
use crate::ui::widgets::{read_first_file, tr, DropZone};

use super::{office_name, Ctx, Problem};

/// What became of the last file chosen for the office's plan.
#[derive(Clone)]
enum Taking {
    Taken(String, usize),
    Refused(String, LoadError),
    BackToApp,
    /// Not kept in storage, so not taken (the reason is at the top of the page).
    NotSaved,
}

#[component]
pub(super) fn TemplateCard() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    // Why the template was not downloaded.
    let failed = RwSignal::new(None::<String>);
    let taking = RwSignal::new(None::<Taking>);
    let take = move |files: Vec<browser::File>| {
        let read = |text: &str| template::read_plan(text, &hoa_mai);
        read_first_file(files, read, move |name, read| {
            let (whose, plan) = match read {
                Ok(taken) => taken,
                Err(e) => return taking.set(Some(Taking::Refused(name, e))),
            };
            let indicators = plan.indicators().count();
            let lang = ctx.lang.get_untracked();
            let question = RollUpText::PlanConfirm
                .with(lang, &[("s", &whose), ("n", &indicators.to_string())]);
            if !browser::confirm(&question) {
                return taking.set(None);
            }
            let kept = Template::new(whose, ctx.today, plan);
            let outcome = if keep(ctx, Some(&kept)) {
                roll_up_by(ctx, kept.plan);
                Taking::Taken(name, indicators)
            } else {
                Taking::NotSaved
            };
            taking.set(Some(outcome));
        });
    };
    let back_to_app = move |_| {
        let outcome = if keep(ctx, None) {
            roll_up_by(ctx, hoa_mai());
            Taking::BackToApp
        } else {
            Taking::NotSaved
        };
        taking.set(Some(outcome));
    };
    let taken = move || ctx.plan_taken.with(Option::is_some);
    let current = move || {
        let lang = ctx.lang.get();
        let which = if taken() {
            RollUpText::PlanTaken
        } else {
            RollUpText::PlanOfApp
        };
        let whose = ctx.plan_taken.get().unwrap_or_default();
        ctx.base.with(|plan| {
            which.with(
                lang,
                &[
                    ("w", &whose),
                    ("s", &plan.document.issuer),
                    ("n", &plan.document.number),
                ],
            )
        })
    };
    let message = move || {
        let lang = ctx.lang.get();
        match taking.get() {
            Some(Taking::Taken(name, n)) => {
                RollUpText::PlanTakenFrom.with(lang, &[("f", &name), ("n", &n.to_string())])
            }
            Some(Taking::Refused(name, e)) => {
                RollUpText::PlanRefused.with(lang, &[("f", &name), ("e", &load_error(lang, &e))])
            }
            Some(Taking::BackToApp) => RollUpText::PlanBackToApp.get(lang).to_string(),
            Some(Taking::NotSaved) => RollUpText::PlanNotSaved.get(lang).to_string(),
            None if ctx.page.with(|p| p.plan_unreadable) => {
                RollUpText::PlanUnreadable.get(lang).to_string()
            }
            None => String::new(),
        }
    };
    let refused = move || {
        matches!(taking.get(), Some(Taking::Refused(..) | Taking::NotSaved))
            || (taking.get().is_none() && ctx.page.with(|p| p.plan_unreadable))
    };
    let save = move |_| {
        let office = untrack(|| office_name(ctx));
        let plan = ctx
            .data
            .with_untracked(|d| ctx.base.with_untracked(|base| d.plan(base)));
        let lang = ctx.lang.get_untracked();
        // Never a file the schools' import would refuse.
        if let Some(fault) = import::plan_fault(&plan) {
            return failed.set(Some(
                RollUpText::TemplateFault.with(lang, &[("e", &load_error(lang, &fault))]),
            ));
        }
        let template = Template::new(office, ctx.today, plan);
        let saved = browser::download(
            &template.file_name(),
            "application/json",
            &template.to_json(),
        );
        failed.set(
            saved
                .is_err()
                .then(|| T::ExportFailed.get(lang).to_string()),
        );
    };
    view! {
        <section class="card no-print" aria-labelledby="template-title" id="district-plan-card">
            <h2 id="template-title">{tr(RollUpText::TemplateTitle)}</h2>
            <p id="district-plan">{current}</p>
            <DropZone id="district-plan-file" label=Signal::derive(tr(RollUpText::PlanPick))
                on_files=Callback::new(take)/>
            <p id="district-plan-message" role="alert" class=move || if refused() { "error" } else { "done" }>
                {message}
            </p>
            <p hidden=move || !taken() && !ctx.page.with(|p| p.plan_unreadable)>
                <button id="district-plan-reset" on:click=back_to_app>{tr(RollUpText::PlanReset)}</button>
            </p>
            <p class="muted">{tr(RollUpText::TemplateHelp)}</p>
            <button id="district-template" on:click=save>{tr(RollUpText::TemplateSave)}</button>
            <p class="error" role="status">{move || failed.get()}</p>
        </section>
    }
}

/// Stores the plan taken (`None`: none, back to the app's); `false`, with the reason at the top
/// of the page, if it could not be.
fn keep(ctx: Ctx, taken: Option<&Template>) -> bool {
    match storage::save_district_plan(taken) {
        Ok(()) => {
            ctx.plan_taken.set(taken.map(|t| t.office.clone()));
            ctx.page.update(|p| p.plan_unreadable = false);
            true
        }
        Err(e) => {
            ctx.page.update(|p| p.problem = Some(Problem::NotSaved(e)));
            false
        }
    }
}

/// Rolls up by another plan from now on. The office's own targets were set against the plan it
/// leaves, whose milestones and years they copy: they go with it, and the new plan's hold.
/// The period and indicator chosen may not be in the new plan: the page's own choice again.
fn roll_up_by(ctx: Ctx, plan: Plan) {
    ctx.commit(|d| d.targets.clear());
    ctx.chosen_period.set(None);
    ctx.chosen_indicator.set(None);
    ctx.base.set(plan);
}
