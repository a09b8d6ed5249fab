//! The objectives' indicators: wording, what each measures, its targets.

use leptos::prelude::*;

use super::{ids, plan_saver, plan_text, TextField};
use crate::browser;
use crate::domain::plan::{
    parse_target, parse_year, required, Indicator, Measure, Milestone, Part, Plan, Sense, Term,
};
use crate::i18n::{format_number, PlanText, ViewText, T};
use crate::ui::state::AppState;
use crate::ui::widgets::tr;

#[component]
pub(super) fn IndicatorsEditor() -> impl IntoView {
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
        let name = PlanText::NewIndicator.get(state.lang.get_untracked());
        state.change(|d| {
            d.plan.add_indicator(&oid.get_value(), name);
        });
    };
    view! {
        <h3>{tr(T::Objective)} " " {number.clone()}</h3>
        {move || indicators.get().into_iter().map(|id| view! { <IndicatorEditor id=id/> }).collect_view()}
        <button on:click=add>{tr(PlanText::AddIndicator)} " (" {tr(T::Objective)} " " {number} ")"</button>
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
        if browser::confirm(&PlanText::ConfirmRemoveIndicator.with(lang, &[("c", &code)])) {
            state.change(|d| d.plan.remove_indicator(&iid.get_value()));
        }
    };
    let p = format!("ind-{id}");
    view! {
        <details class="indicator-editor" data-indicator=id.clone()>
            <summary>{summary}</summary>
            <div class="form-grid">
                <TextField id=format!("{p}-code") label=ViewText::IndicatorCode value=read(|i| i.code.clone())
                    save=write(|i, v| i.code = v)/>
                <TextField id=format!("{p}-name") label=PlanText::IndicatorName value=read(|i| i.name.clone())
                    save=write(|i, v| i.name = v)/>
            </div>
            <TextField id=format!("{p}-wording") label=T::Wording multiline=true
                value=read(|i| i.wording.clone()) save=write(|i, v| i.wording = v)/>
            <MeasureEditor id=id.clone()/>
            <label class="field-label" for=format!("{p}-sense")>{tr(PlanText::Sense)}</label>
            <select id=format!("{p}-sense") on:change=set_sense>
                <option value=Sense::AtLeast.key() selected=move || sense() == Sense::AtLeast>{tr(PlanText::SenseAtLeast)}</option>
                <option value=Sense::Above.key() selected=move || sense() == Sense::Above>{tr(PlanText::SenseAbove)}</option>
                <option value=Sense::Maintain.key() selected=move || sense() == Sense::Maintain>{tr(PlanText::SenseMaintain)}</option>
            </select>
            <MilestonesEditor id=id.clone()/>
            <p><button class="danger" on:click=remove>{tr(PlanText::RemoveIndicator)}</button></p>
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
                <TextField id=format!("ind-{}-unit", iid.get_value()) label=PlanText::Unit
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
                <label class="field-label" for=format!("{p}-kind")>{tr(PlanText::MeasureKind)}</label>
                <select id=format!("{p}-kind") on:change=set_kind>
                    <option value="ratio" selected=move || !is_count.get()>{tr(PlanText::MeasureRatio)}</option>
                    <option value="count" selected=move || is_count.get()>{tr(PlanText::MeasureCount)}</option>
                </select>
            </div>
            <label class="check">
                <input type="checkbox" prop:checked=move || measure().map(|m| m.1).unwrap_or(false)
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        update(Box::new(move |i| i.by_sex = on));
                    }/>
                " " {tr(PlanText::BySex)}
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
                (Measure::Ratio { numerator, .. }, 0) => (numerator, PlanText::Numerator),
                (Measure::Ratio { denominator, .. }, _) => (denominator, PlanText::Denominator),
                (Measure::Count { term, .. }, _) => (term, PlanText::MeasureCount),
            };
            let chosen = match term {
                Term::Field { field, part } => format!("{field}:{}", part.key()),
                Term::QuartersInPeriod => "quarters".to_string(),
            };
            let mut options = vec![(
                "quarters".to_string(),
                PlanText::QuartersInPeriod.get(lang).to_string(),
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
                        <TextField id=format!("{prefix}-year") label=PlanText::Year input_type="number"
                            value=plan_text(move |p| milestone(p, n).map(|m| m.year.to_string()).unwrap_or_default())
                            save=plan_saver(|t, p| parse_year(t, p).map(f64::from), write(n, |m, v| m.year = v as i32))/>
                        <TextField id=format!("{prefix}-value") label=ViewText::TargetValue
                            value=plan_text(move |p| {
                                let lang = state.lang.get();
                                milestone(p, n).map(|m| format_number(lang, m.value, 2)).unwrap_or_default()
                            })
                            save=plan_saver(move |t, p| parse_target(t, is_ratio(p)), write(n, |m, v| m.value = v))/>
                        <button class="danger" on:click=remove>
                            {move || {
                                let year = state.doc.with(|d| milestone(&d.plan, n).map(|m| m.year.to_string()));
                                PlanText::RemoveMilestone.with(state.lang.get(), &[("y", &year.unwrap_or_default())])
                            }}
                        </button>
                    </div>
                }
            })
            .collect_view()
    };
    view! {
        <fieldset class="milestones">
            <legend>{tr(ViewText::Targets)}</legend>
            {rows}
            <button on:click=add>{tr(PlanText::AddMilestone)}</button>
        </fieldset>
    }
}
