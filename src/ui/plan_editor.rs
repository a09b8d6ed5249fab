//! Editing the plan, so that any school can follow its own: document details, indicators and
//! their targets, task groups and actions. Each box is saved on its own when it is valid.

use leptos::prelude::*;

use super::state::AppState;
use super::widgets::tr;
use crate::browser;
use crate::defaults::hoa_mai;
use crate::domain::plan::{
    iso_date, parse_date, parse_email, parse_target, parse_year, required, Indicator, Measure,
    Milestone, Part, Plan, PlanError, Sense, Term,
};
use crate::domain::report::Addressing;
use crate::i18n::{format_number, plan_error, T};

#[component]
pub fn PlanEditor() -> impl IntoView {
    let state = expect_context::<AppState>();
    let reset = move |_| {
        if browser::confirm(T::ConfirmReset.get(state.lang.get_untracked())) {
            state.change(|d| d.plan = hoa_mai());
        }
    };
    view! {
        <section class="card">
            <h1>{tr(T::PlanEditor)}</h1>
            <p class="muted">{tr(T::PlanEditorHelp)}</p>
            <button on:click=reset>{tr(T::ResetToTemplate)}</button>
        </section>
        <DocumentForm/>
        <AddressingForm/>
        <IndicatorsEditor/>
        <TaskGroupsEditor/>
    }
}

/// A labelled text box that saves through `save` on change and keeps the user's text, with the
/// reason, while it is refused.
#[component]
fn TextField(
    id: String,
    label: T,
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
    let error_id = format!("{id}-error");
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
    view! {
        <div class="text-field">
            <label class="field-label" for=id>{tr(label)} " " {suffix}</label>
            {control}
            <p class="error" id=error_id role="status">{move || error.get().map(|e| plan_error(&e).get(state.lang.get()))}</p>
        </div>
    }
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
    const TEXTS: [(&str, T, Read, Write); 8] = [
        (
            "doc-issuer-parent",
            T::IssuerParent,
            |p| &p.document.issuer_parent,
            |p| &mut p.document.issuer_parent,
        ),
        (
            "doc-issuer",
            T::Issuer,
            |p| &p.document.issuer,
            |p| &mut p.document.issuer,
        ),
        (
            "doc-issuer-code",
            T::IssuerCode,
            |p| &p.document.issuer_code,
            |p| &mut p.document.issuer_code,
        ),
        (
            "doc-number",
            T::DocNumber,
            |p| &p.document.number,
            |p| &mut p.document.number,
        ),
        (
            "doc-place",
            T::DocPlace,
            |p| &p.document.place,
            |p| &mut p.document.place,
        ),
        (
            "doc-subject",
            T::DocSubject,
            |p| &p.document.subject,
            |p| &mut p.document.subject,
        ),
        (
            "doc-recipient",
            T::Recipient,
            |p| &p.reporting.recipient,
            |p| &mut p.reporting.recipient,
        ),
        (
            "doc-email",
            T::RecipientEmail,
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
            <h2 id="doc-details-title">{tr(T::DocumentDetails)}</h2>
            <div class="form-grid">
                {texts}
                <TextField
                    id="doc-date".to_string()
                    label=T::DocDate
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
    const TEXTS: [(&str, T, Read, Write); 3] = [
        (
            "addr-governing-body",
            T::GoverningBodyNow,
            |a, p| a.governing_body(p).to_string(),
            |a| &mut a.governing_body,
        ),
        (
            "addr-recipient",
            T::RecipientNow,
            |a, p| a.recipient(p).to_string(),
            |a| &mut a.recipient,
        ),
        (
            "addr-email",
            T::RecipientEmailNow,
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
            <h2 id="addressing-title">{tr(T::AddressingTitle)}</h2>
            <p class="muted" id="addressing-help">{tr(T::AddressingHelp)}</p>
            <div class="form-grid">{texts}</div>
        </section>
    }
}

#[component]
fn IndicatorsEditor() -> impl IntoView {
    // Each objective's id and number in one key ("o1|1"): the list redraws when either changes,
    // and through the one `ids` memo every list of the editor shares.
    let objectives = ids(|p| {
        p.objectives
            .iter()
            .map(|o| format!("{}|{}", o.id, o.number))
            .collect()
    });
    view! {
        <section class="card" aria-labelledby="indicators-editor-title">
            <h2 id="indicators-editor-title">{tr(T::Objectives)}</h2>
            {move || objectives.get().into_iter().map(|key| {
                let (id, number) = key.split_once('|').unwrap_or_default();
                view! { <ObjectiveEditor id=id.to_string() number=number.to_string()/> }
            }).collect_view()}
        </section>
    }
}

#[component]
fn ObjectiveEditor(id: String, number: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let oid = StoredValue::new(id);
    let indicators = ids(move |p| {
        p.objectives
            .iter()
            .find(|o| o.id == oid.get_value())
            .map(|o| o.indicators.iter().map(|i| i.id.clone()).collect())
            .unwrap_or_default()
    });
    let add = move |_| {
        let name = T::NewIndicator.get(state.lang.get_untracked());
        state.change(|d| {
            d.plan.add_indicator(&oid.get_value(), name);
        });
    };
    view! {
        <h3>{tr(T::Objective)} " " {number.clone()}</h3>
        {move || indicators.get().into_iter().map(|id| view! { <IndicatorEditor id=id/> }).collect_view()}
        <button on:click=add>{tr(T::AddIndicator)} " (" {tr(T::Objective)} " " {number} ")"</button>
    }
}

#[component]
fn IndicatorEditor(id: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let iid = StoredValue::new(id.clone());
    let read = move |f: fn(&Indicator) -> String| {
        plan_text(move |p| p.indicator(&iid.get_value()).map(f).unwrap_or_default())
    };
    let write = move |f: fn(&mut Indicator, String)| {
        plan_saver(
            |t, _| required(t),
            move |p, v| {
                if let Some(i) = p.indicator_mut(&iid.get_value()) {
                    f(i, v)
                }
            },
        )
    };
    let summary = read(|i| format!("{} – {}", i.code, i.name));
    let sense = move || {
        state.doc.with(|d| {
            d.plan
                .indicator(&iid.get_value())
                .map(|i| i.sense)
                .unwrap_or(Sense::AtLeast)
        })
    };
    let set_sense = move |ev: leptos::ev::Event| {
        let sense = Sense::from_key(&event_target_value(&ev)).unwrap_or(Sense::AtLeast);
        state.change(|d| {
            if let Some(i) = d.plan.indicator_mut(&iid.get_value()) {
                i.sense = sense;
            }
        });
    };
    let remove = move |_| {
        let code = state.doc.with_untracked(|d| {
            d.plan
                .indicator(&iid.get_value())
                .map(|i| i.code.clone())
                .unwrap_or_default()
        });
        let lang = state.lang.get_untracked();
        if browser::confirm(&T::ConfirmRemoveIndicator.with(lang, &[("c", &code)])) {
            state.change(|d| d.plan.remove_indicator(&iid.get_value()));
        }
    };
    let p = format!("ind-{id}");
    view! {
        <details class="indicator-editor" data-indicator=id.clone()>
            <summary>{summary}</summary>
            <div class="form-grid">
                <TextField id=format!("{p}-code") label=T::IndicatorCode value=read(|i| i.code.clone())
                    save=write(|i, v| i.code = v)/>
                <TextField id=format!("{p}-name") label=T::IndicatorName value=read(|i| i.name.clone())
                    save=write(|i, v| i.name = v)/>
            </div>
            <TextField id=format!("{p}-wording") label=T::Wording multiline=true
                value=read(|i| i.wording.clone()) save=write(|i, v| i.wording = v)/>
            <MeasureEditor id=id.clone()/>
            <label class="field-label" for=format!("{p}-sense")>{tr(T::Sense)}</label>
            <select id=format!("{p}-sense") on:change=set_sense>
                <option value=Sense::AtLeast.key() selected=move || sense() == Sense::AtLeast>{tr(T::SenseAtLeast)}</option>
                <option value=Sense::Above.key() selected=move || sense() == Sense::Above>{tr(T::SenseAbove)}</option>
                <option value=Sense::Maintain.key() selected=move || sense() == Sense::Maintain>{tr(T::SenseMaintain)}</option>
            </select>
            <MilestonesEditor id=id.clone()/>
            <p><button class="danger" on:click=remove>{tr(T::RemoveIndicator)}</button></p>
        </details>
    }
}

/// What the indicator is computed from: a ratio of two figures, or a count.
#[component]
fn MeasureEditor(id: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let iid = StoredValue::new(id.clone());
    let measure = move || {
        state.doc.with(|d| {
            d.plan
                .indicator(&iid.get_value())
                .map(|i| (i.measure.clone(), i.by_sex))
        })
    };
    let update = move |edit: Box<dyn FnOnce(&mut Indicator)>| {
        state.change(|d| {
            if let Some(i) = d.plan.indicator_mut(&iid.get_value()) {
                edit(i)
            }
        })
    };
    let set_kind = move |ev: leptos::ev::Event| {
        let kind = event_target_value(&ev);
        update(Box::new(move |i| {
            let first = match &i.measure {
                Measure::Ratio { numerator, .. } => numerator.clone(),
                Measure::Count { term, .. } => term.clone(),
            };
            i.measure = if kind == "count" {
                Measure::Count {
                    term: first,
                    unit: String::new(),
                }
            } else {
                Measure::Ratio {
                    denominator: first.clone(),
                    numerator: first,
                }
            };
        }));
    };
    // A memo, so that saving any other box does not rebuild (and reset) the boxes below.
    let is_count = Memo::new(move |_| matches!(measure(), Some((Measure::Count { .. }, _))));
    let p = format!("ind-{id}");
    let unit_field = move || {
        is_count.get().then(|| {
            view! {
                <TextField id=format!("ind-{}-unit", iid.get_value()) label=T::Unit
                    value=plan_text(move |p| match p.indicator(&iid.get_value()).map(|i| &i.measure) {
                        Some(Measure::Count { unit, .. }) => unit.clone(),
                        _ => String::new(),
                    })
                    save=plan_saver(|t, _| Ok(t.trim().to_string()), move |p, v| {
                        if let Some(Measure::Count { unit, .. }) = p.indicator_mut(&iid.get_value()).map(|i| &mut i.measure) {
                            *unit = v;
                        }
                    })/>
            }
        })
    };
    view! {
        <div class="form-grid">
            <div>
                <label class="field-label" for=format!("{p}-kind")>{tr(T::MeasureKind)}</label>
                <select id=format!("{p}-kind") on:change=set_kind>
                    <option value="ratio" selected=move || !is_count.get()>{tr(T::MeasureRatio)}</option>
                    <option value="count" selected=move || is_count.get()>{tr(T::MeasureCount)}</option>
                </select>
            </div>
            <label class="check">
                <input type="checkbox" prop:checked=move || measure().map(|m| m.1).unwrap_or(false)
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        update(Box::new(move |i| i.by_sex = on));
                    }/>
                " " {tr(T::BySex)}
            </label>
        </div>
        <div class="form-grid">
            <TermEditor id=id.clone() which=0/>
            {move || (!is_count.get()).then(|| view! { <TermEditor id=iid.get_value() which=1/> })}
            {unit_field}
        </div>
    }
}

/// Picks the figure, whole or its women's or men's part, for a numerator (`which` 0), a
/// denominator (1) or a count (0). One list holds every choice: "Nữ – <figure>" and so on.
#[component]
fn TermEditor(id: String, which: usize) -> impl IntoView {
    let state = expect_context::<AppState>();
    let iid = StoredValue::new(id.clone());
    let on_change = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        let next = match value.split_once(':') {
            Some((field, part)) => Term::field(field, Part::from_key(part).unwrap_or(Part::Total)),
            None => Term::QuartersInPeriod,
        };
        state.change(|d| {
            if let Some(i) = d.plan.indicator_mut(&iid.get_value()) {
                match (&mut i.measure, which) {
                    (Measure::Ratio { numerator, .. }, 0) => *numerator = next,
                    (Measure::Ratio { denominator, .. }, _) => *denominator = next,
                    (Measure::Count { term, .. }, _) => *term = next,
                }
            }
        })
    };
    let p = format!("ind-{id}-term{which}");
    let content = move || {
        let lang = state.lang.get();
        state.doc.with(|d| {
            let Some(ind) = d.plan.indicator(&iid.get_value()) else {
                return ().into_any();
            };
            let (term, label) = match (&ind.measure, which) {
                (Measure::Ratio { numerator, .. }, 0) => (numerator, T::Numerator),
                (Measure::Ratio { denominator, .. }, _) => (denominator, T::Denominator),
                (Measure::Count { term, .. }, _) => (term, T::MeasureCount),
            };
            let chosen = match term {
                Term::Field { field, part } => format!("{field}:{}", part.key()),
                Term::QuartersInPeriod => "quarters".to_string(),
            };
            let mut options = vec![(
                "quarters".to_string(),
                T::QuartersInPeriod.get(lang).to_string(),
            )];
            for f in &d.plan.fields {
                options.push((format!("{}:total", f.id), f.label.clone()));
                if f.by_sex {
                    for (part, word) in [(Part::Female, T::Female), (Part::Male, T::Male)] {
                        let key = format!("{}:{}", f.id, part.key());
                        options.push((key, format!("{} – {}", word.get(lang), f.label)));
                    }
                }
            }
            let options = options
                .into_iter()
                .map(|(key, text)| {
                    let selected = key == chosen;
                    view! { <option value=key selected=selected>{text}</option> }
                })
                .collect_view();
            view! {
                <label class="field-label" for=format!("{p}-field")>{label.get(lang)}</label>
                <select id=format!("{p}-field") on:change=on_change>{options}</select>
            }
            .into_any()
        })
    };
    view! { <div class="term-editor">{content}</div> }
}

#[component]
fn MilestonesEditor(id: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let iid = StoredValue::new(id.clone());
    // A memo, so that saving a box redraws the rows only when one is added or removed, and a
    // refused entry keeps its text and message.
    let count = Memo::new(move |_| {
        state.doc.with(|d| {
            d.plan
                .indicator(&iid.get_value())
                .map(|i| i.milestones.len())
                .unwrap_or(0)
        })
    });
    let milestone = move |p: &Plan, n: usize| {
        p.indicator(&iid.get_value())
            .and_then(|i| i.milestones.get(n).copied())
    };
    let is_ratio = move |p: &Plan| {
        matches!(
            p.indicator(&iid.get_value()).map(|i| &i.measure),
            Some(Measure::Ratio { .. })
        )
    };
    let write = move |n: usize, edit: fn(&mut Milestone, f64)| {
        move |p: &mut Plan, v: f64| {
            if let Some(m) = p
                .indicator_mut(&iid.get_value())
                .and_then(|i| i.milestones.get_mut(n))
            {
                edit(m, v)
            }
        }
    };
    let add = move |_| {
        state.change(|d| {
            let end = d.plan.end_year;
            if let Some(i) = d.plan.indicator_mut(&iid.get_value()) {
                let value = i.milestones.last().map(|m| m.value).unwrap_or(0.0);
                i.milestones.push(Milestone { year: end, value });
            }
        })
    };
    let rows = move || {
        (0..count.get())
            .map(|n| {
                let prefix = format!("ind-{}-m{n}", iid.get_value());
                let remove = move |_| {
                    state.change(|d| {
                        if let Some(i) = d.plan.indicator_mut(&iid.get_value()) {
                            if n < i.milestones.len() {
                                i.milestones.remove(n);
                            }
                        }
                    })
                };
                view! {
                    <div class="milestone-row">
                        <TextField id=format!("{prefix}-year") label=T::Year input_type="number"
                            value=plan_text(move |p| milestone(p, n).map(|m| m.year.to_string()).unwrap_or_default())
                            save=plan_saver(|t, p| parse_year(t, p).map(f64::from), write(n, |m, v| m.year = v as i32))/>
                        <TextField id=format!("{prefix}-value") label=T::TargetValue
                            value=plan_text(move |p| {
                                let lang = state.lang.get();
                                milestone(p, n).map(|m| format_number(lang, m.value, 2)).unwrap_or_default()
                            })
                            save=plan_saver(move |t, p| parse_target(t, is_ratio(p)), write(n, |m, v| m.value = v))/>
                        <button class="danger" on:click=remove>
                            {move || {
                                let year = state.doc.with(|d| milestone(&d.plan, n).map(|m| m.year.to_string()));
                                T::RemoveMilestone.with(state.lang.get(), &[("y", &year.unwrap_or_default())])
                            }}
                        </button>
                    </div>
                }
            })
            .collect_view()
    };
    view! {
        <fieldset class="milestones">
            <legend>{tr(T::Targets)}</legend>
            {rows}
            <button on:click=add>{tr(T::AddMilestone)}</button>
        </fieldset>
    }
}

#[component]
fn TaskGroupsEditor() -> impl IntoView {
    let groups = ids(|p| p.task_groups.iter().map(|g| g.id.clone()).collect());
    view! {
        <section class="card" aria-labelledby="task-groups-title">
            <h2 id="task-groups-title">{tr(T::TaskGroups)}</h2>
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
        let text = T::NewAction.get(state.lang.get_untracked());
        state.change(|d| {
            d.plan.add_action(&gid.get_value(), text);
        })
    };
    view! {
        <details class="task-group-editor">
            <summary>{title}</summary>
            {move || actions.get().into_iter().map(|id| view! { <ActionEditor id=id/> }).collect_view()}
            <button on:click=add>{tr(T::AddAction)}</button>
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
        let question =
            T::ConfirmRemoveAction.with(state.lang.get_untracked(), &[("a", &aid.get_value())]);
        if browser::confirm(&question) {
            state.change(|d| d.plan.remove_action(&aid.get_value()));
        }
    };
    view! {
        <div class="action-editor">
            <TextField id=format!("action-{id}") label=T::ActionText suffix=id.clone() multiline=true
                value=plan_text(find)
                save=plan_saver(|t, _| required(t), move |p, v| {
                    if let Some(a) = p.action_mut(&aid.get_value()) {
                        a.text = v;
                    }
                })/>
            <button class="danger" on:click=remove>{tr(T::Remove)} " " {id.clone()}</button>
        </div>
    }
}
