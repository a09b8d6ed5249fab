//! The office's plan template for its schools: its plan with its own targets, as a file that a
//! school takes in its plan editor (`domain::template`).

use leptos::prelude::*;

use crate::browser;
use crate::domain::template::Template;
use crate::i18n::{D, T};
use crate::ui::widgets::tr;

use super::{office_name, Ctx};

#[component]
pub(super) fn TemplateCard() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let failed = RwSignal::new(false);
    let save = move |_| {
        let office = untrack(|| office_name(ctx));
        let plan = ctx
            .data
            .with_untracked(|d| ctx.base.with_value(|base| d.plan(base)));
        let template = Template::new(office, ctx.today, plan);
        let saved = browser::download(
            &template.file_name(),
            "application/json",
            &template.to_json(),
        );
        failed.set(saved.is_err());
    };
    view! {
        <section class="card no-print" aria-labelledby="template-title">
            <h2 id="template-title">{tr(D::TemplateTitle)}</h2>
            <p class="muted">{tr(D::TemplateHelp)}</p>
            <button id="district-template" on:click=save>{tr(D::TemplateSave)}</button>
            <p class="error" role="status">{move || failed.get().then(tr(T::ExportFailed))}</p>
        </section>
    }
}
