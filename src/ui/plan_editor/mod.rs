//! Editing the plan, so that any school can follow its own: document details, indicators and
//! their targets, task groups and actions. Each box is saved on its own when it is valid.

mod indicators;

use indicators::IndicatorsEditor;

use leptos::prelude::*;

use crate::browser;
use crate::defaults::hoa_mai;
use crate::domain::document::LoadError;
use crate::domain::plan::{iso_date, parse_date, parse_email, required, Plan, PlanError};
use crate::domain::report::Addressing;
use crate::domain::snapshot::Reason;
use crate::domain::template::{self, Adopted};
use crate::i18n::{format_date, load_error, plan_error, PlanText, ViewText, Words};
use crate::ui::state::{AppState, Replace};
use crate::ui::widgets::{error_id, labelled, read_first_file, tr, DropZone};

#[component]
pub fn PlanEditor() -> impl IntoView {
    let state = expect_context::<AppState>();
    let reset = move |_| {
        if browser::confirm(PlanText::ConfirmReset.get(state.lang.get_untracked())) {
            state.change(|d| d.plan = hoa_mai());
        }
    };
    view! {
        <section class="card">
            <h1>{tr(PlanText::PlanEditor)}</h1>
            <p class="muted">{tr(PlanText::PlanEditorHelp)}</p>
            <p><button on:click=reset>{tr(PlanText::ResetToTemplate)}</button></p>
            <TemplateImport/>
        </section>
        <DocumentForm/>
        <AddressingForm/>
        <IndicatorsEditor/>
        <TaskGroupsEditor/>
    }
}

/// What became of the last template file chosen.
#[derive(Clone)]
enum Taking {
    Reading,
    Taken(Adopted),
    Refused(String, LoadError),
    NotSaved(String),
}

/// "Start from the office's template": the plan the office above sent as a template file takes
/// the place of the school's, keeping what is the school's own ([`crate::domain::template::Template::adopt`]), after a
/// confirmation and with a snapshot of the document first.
#[component]
fn TemplateImport() -> impl IntoView {
    let state = expect_context::<AppState>();
    let taking = RwSignal::new(None::<Taking>);
    let take = move |files: Vec<browser::File>| {
        let started = read_first_file(files, template::read_template, move |name, read| {
            let template = match read {
                Ok(template) => template,
                Err(e) => return taking.set(Some(Taking::Refused(name, e))),
            };
            let lang = state.lang.get_untracked();
            let question = PlanText::TemplateConfirm.with(
                lang,
                &[
                    ("o", &template.office),
                    ("d", &format_date(lang, template.made_on)),
                    ("n", &template.plan.indicators().count().to_string()),
                ],
            );
            if !browser::confirm(&question) {
                return taking.set(None);
            }
            let outcome = match state
                .replace_document(Reason::BeforeImport, |current| template.adopt(current))
            {
                Ok(adopted) => Some(Taking::Taken(adopted)),
                Err(Replace::Refused(e)) => Some(Taking::Refused(name, e)),
                Err(Replace::NotSaved) => Some(Taking::NotSaved(name)),
                Err(Replace::Stopped) => None,
            };
            taking.set(outcome);
        });
        if started {
            taking.set(Some(Taking::Reading));
        }
    };
    let message = move || {
        let lang = state.lang.get();
        match taking.get()? {
            Taking::Reading => Some(ViewText::ImportReading.get(lang).to_string()),
            Taking::Taken(adopted) => {
                let mut text = PlanText::TemplateTaken.with(
                    lang,
                    &[
                        ("o", &adopted.office),
                        ("n", &adopted.indicators.to_string()),
                    ],
                );
                if !adopted.dropped_statements.is_empty() {
                    text.push(' ');
                    text.push_str(
                        &PlanText::TemplateDroppedStatements
                            .with(lang, &[("c", &adopted.dropped_statements.join(", "))]),
                    );
                }
                if !adopted.kept_fields.is_empty() {
                    text.push(' ');
                    text.push_str(
                        &PlanText::TemplateKeptFields
                            .with(lang, &[("f", &adopted.kept_fields.join(", "))]),
                    );
                }
                Some(text)
            }
            Taking::Refused(name, e) => Some(
                PlanText::TemplateRefused.with(lang, &[("f", &name), ("e", &load_error(lang, &e))]),
            ),
            Taking::NotSaved(name) => Some(ViewText::ImportNotSaved.with(lang, &[("f", &name)])),
        }
    };
    let refused = move || {
        matches!(
            taking.get(),
            Some(Taking::Refused(..) | Taking::NotSaved(_))
        )
    };
    view! {
        <DropZone id="template-file" label=Signal::derive(tr(PlanText::StartFromTemplate))
            on_files=Callback::new(take)/>
        <p class="muted">{tr(PlanText::TemplateHelp)}</p>
        <p id="template-message" role="alert" class=move || if refused() { "error" } else { "done" }>
            {message}
        </p>
    }
}

/// A labelled text box that saves through `save` on change and keeps the user's text, with the
/// reason, while it is refused.
#[component]
fn TextField(
    id: String,
    #[prop(into)] label: Words,
    #[prop(into)] value: Signal<String>,
    save: Callback<String, Result<(), PlanError>>,
    #[prop(optional)] multiline: bool,
    #[prop(optional)] input_type: Option<&'static str>,
    /// Words after the label that tell this box from its neighbours, e.g. an action's number.
    #[prop(optional)]
    suffix: String,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let draft = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<PlanError>);
    let on_change = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        match save.run(text.clone()) {
            Ok(()) => {
                draft.set(None);
                error.set(None);
            }
            Err(e) => {
                draft.set(Some(text));
                error.set(Some(e));
            }
        }
    };
    let shown = move || draft.get().unwrap_or_else(|| value.get());
    let error_id = error_id(&id);
    let invalid = move || error.get().is_some().then_some("true");
    let control = if multiline {
        view! {
            <textarea id=id.clone() rows="3" prop:value=shown aria-invalid=invalid
                aria-describedby=error_id.clone() on:change=on_change></textarea>
        }
        .into_any()
    } else {
        view! {
            <input id=id.clone() type=input_type.unwrap_or("text") prop:value=shown aria-invalid=invalid
                aria-describedby=error_id.clone() on:change=on_change/>
        }
        .into_any()
    };
    let error = move || error.get().map(|e| plan_error(&e).get(state.lang.get()));
    labelled(id, view! { {tr(label)} " " {suffix} }, control, error)
}

/// A callback that validates with `parse` then writes the result into the plan.
fn plan_saver<V: 'static>(
    parse: impl Fn(&str, &Plan) -> Result<V, PlanError> + Send + Sync + 'static,
    write: impl Fn(&mut Plan, V) + Send + Sync + 'static,
) -> Callback<String, Result<(), PlanError>> {
    let state = expect_context::<AppState>();
    Callback::new(move |text: String| {
        let value = state.doc.with_untracked(|d| parse(&text, &d.plan))?;
        state.change(|d| write(&mut d.plan, value));
        Ok(())
    })
}

/// The ids of a list in the plan. Lists are redrawn only when these change, not on every
/// edit inside an item, so the box being edited keeps its focus.
fn ids(read: impl Fn(&Plan) -> Vec<String> + Send + Sync + 'static) -> Memo<Vec<String>> {
    let state = expect_context::<AppState>();
    Memo::new(move |_| state.doc.with(|d| read(&d.plan)))
}

fn plan_text(read: impl Fn(&Plan) -> String + Send + Sync + 'static) -> Signal<String> {
    let state = expect_context::<AppState>();
    Signal::derive(move || state.doc.with(|d| read(&d.plan)))
}

#[component]
fn DocumentForm() -> impl IntoView {
    // One row per text of the document: a table of plain functions rather than a closure pair
    // per box keeps the generated code to one copy.
    type Read = fn(&Plan) -> &String;
    type Write = fn(&mut Plan) -> &mut String;
    const TEXTS: [(&str, PlanText, Read, Write); 8] = [
        (
            "doc-issuer-parent",
            PlanText::IssuerParent,
            |p| &p.document.issuer_parent,
            |p| &mut p.document.issuer_parent,
        ),
        (
            "doc-issuer",
            PlanText::Issuer,
            |p| &p.document.issuer,
            |p| &mut p.document.issuer,
        ),
        (
            "doc-issuer-code",
            PlanText::IssuerCode,
            |p| &p.document.issuer_code,
            |p| &mut p.document.issuer_code,
        ),
        (
            "doc-number",
            PlanText::DocNumber,
            |p| &p.document.number,
            |p| &mut p.document.number,
        ),
        (
            "doc-place",
            PlanText::DocPlace,
            |p| &p.document.place,
            |p| &mut p.document.place,
        ),
        (
            "doc-subject",
            PlanText::DocSubject,
            |p| &p.document.subject,
            |p| &mut p.document.subject,
        ),
        (
            "doc-recipient",
            PlanText::Recipient,
            |p| &p.reporting.recipient,
            |p| &mut p.reporting.recipient,
        ),
        (
            "doc-email",
            PlanText::RecipientEmail,
            |p| &p.reporting.email,
            |p| &mut p.reporting.email,
        ),
    ];
    let texts = TEXTS
        .into_iter()
        .map(|(id, label, read, write)| {
            view! {
                <TextField
                    id=id.to_string()
                    label=label
                    value=plan_text(move |p| read(p).clone())
                    save=plan_saver(|t, _| required(t), move |p, v| *write(p) = v)
                />
            }
        })
        .collect_view();
    view! {
        <section class="card" aria-labelledby="doc-details-title">
            <h2 id="doc-details-title">{tr(PlanText::DocumentDetails)}</h2>
            <div class="form-grid">
                {texts}
                <TextField
                    id="doc-date".to_string()
                    label=PlanText::DocDate
                    input_type="date"
                    value=plan_text(|p| iso_date::to_text(p.document.date))
                    save=plan_saver(|t, _| parse_date(t), |p, v| p.document.date = v)
                />
            </div>
        </section>
    }
}

/// Who the reports are from and to today, beside the plan that stays as issued. Each box shows
/// what the reports use; emptied, it goes back to the plan's.
#[component]
fn AddressingForm() -> impl IntoView {
    type Read = fn(&Addressing, &Plan) -> String;
    type Write = fn(&mut Addressing) -> &mut String;
    const TEXTS: [(&str, PlanText, Read, Write); 3] = [
        (
            "addr-governing-body",
            PlanText::GoverningBodyNow,
            |a, p| a.governing_body(p).to_string(),
            |a| &mut a.governing_body,
        ),
        (
            "addr-recipient",
            PlanText::RecipientNow,
            |a, p| a.recipient(p).to_string(),
            |a| &mut a.recipient,
        ),
        (
            "addr-email",
            PlanText::RecipientEmailNow,
            |a, p| a.email(p).to_string(),
            |a| &mut a.email,
        ),
    ];
    let state = expect_context::<AppState>();
    let texts = TEXTS
        .into_iter()
        .map(|(id, label, read, write)| {
            let save = Callback::new(move |text: String| {
                // Empty goes back to the plan's; an e-mail must be one the link can carry.
                let text = match text.trim() {
                    "" => String::new(),
                    t if id == "addr-email" => parse_email(t)?,
                    t => t.to_string(),
                };
                state.change(|d| *write(&mut d.addressing) = text);
                Ok(())
            });
            view! {
                <TextField
                    id=id.to_string()
                    label=label
                    value=Signal::derive(move || state.doc.with(|d| read(&d.addressing, &d.plan)))
                    save=save
                />
            }
        })
        .collect_view();
    view! {
        <section class="card" aria-labelledby="addressing-title">
            <h2 id="addressing-title">{tr(PlanText::AddressingTitle)}</h2>
            <p class="muted" id="addressing-help">{tr(PlanText::AddressingHelp)}</p>
            <div class="form-grid">{texts}</div>
        </section>
    }
}

#[component]
fn TaskGroupsEditor() -> impl IntoView {
    let groups = ids(|p| p.task_groups.iter().map(|g| g.id.clone()).collect());
    view! {
        <section class="card" aria-labelledby="task-groups-title">
            <h2 id="task-groups-title">{tr(PlanText::TaskGroups)}</h2>
            {move || groups.get().into_iter().map(|id| view! { <TaskGroupEditor id=id/> }).collect_view()}
        </section>
    }
}

#[component]
fn TaskGroupEditor(id: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let gid = StoredValue::new(id);
    let title = plan_text(move |p| {
        p.task_group(&gid.get_value())
            .map(|g| format!("{}. {}", g.number, g.title))
            .unwrap_or_default()
    });
    let actions = ids(move |p| {
        p.task_group(&gid.get_value())
            .map(|g| g.actions.iter().map(|a| a.id.clone()).collect())
            .unwrap_or_default()
    });
    let add = move |_| {
        let text = PlanText::NewAction.get(state.lang.get_untracked());
        state.change(|d| {
            d.plan.add_action(&gid.get_value(), text);
        })
    };
    view! {
        <details class="task-group-editor">
            <summary>{title}</summary>
            {move || actions.get().into_iter().map(|id| view! { <ActionEditor id=id/> }).collect_view()}
            <button on:click=add>{tr(PlanText::AddAction)}</button>
        </details>
    }
}

#[component]
fn ActionEditor(id: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let aid = StoredValue::new(id.clone());
    let find = move |p: &Plan| {
        p.action(&aid.get_value())
            .map(|a| a.text.clone())
            .unwrap_or_default()
    };
    let remove = move |_| {
        let question = PlanText::ConfirmRemoveAction
            .with(state.lang.get_untracked(), &[("a", &aid.get_value())]);
        if browser::confirm(&question) {
            state.change(|d| d.plan.remove_action(&aid.get_value()));
        }
    };
    view! {
        <div class="action-editor">
            <TextField id=format!("action-{id}") label=PlanText::ActionText suffix=id.clone() multiline=true
                value=plan_text(find)
                save=plan_saver(|t, _| required(t), move |p, v| {
                    if let Some(a) = p.action_mut(&aid.get_value()) {
                        a.text = v;
                    }
                })/>
            <button class="danger" on:click=remove>{tr(ViewText::Remove)} " " {id.clone()}</button>
        </div>
    }
}
