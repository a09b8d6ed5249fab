//! Entering a period's figures: the staff and children profile and the results. Each box is
//! checked and saved on its own, so a mistake in one never costs the others.

use leptos::prelude::*;

use super::route::Route;
use super::state::AppState;
use super::widgets::{error_id, labelled, tr, PeriodSelect, StatusBadge};
use crate::browser;
use crate::domain::document::Document;
use crate::domain::figures::{apply_entry, FigureError};
use crate::domain::period::Period;
use crate::domain::plan::{FieldDef, FieldGroup, Part};
use crate::domain::progress::Status;
use crate::i18n::{
    female_label, figure_error, format_number, format_value, period_name, sex_label, FigureText,
    ViewText, T,
};

#[component]
pub fn FiguresPage(period: Option<Period>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let period = period.unwrap_or_else(|| {
        state
            .doc
            .with_untracked(|d| Period::current(&d.plan, state.today))
    });
    let within = state.doc.with_untracked(|d| period.is_within(&d.plan));
    let outside = move || {
        (!within).then(|| {
            state.doc.with(|d| {
                let e = FigureError::PeriodOutsidePlan {
                    start: d.plan.start_year,
                    end: d.plan.end_year,
                };
                view! { <p class="error" role="alert">{figure_error(state.lang.get(), &e)}</p> }
            })
        })
    };
    let groups = [
        (FieldGroup::Staff, FigureText::GroupStaff),
        (FieldGroup::Children, FigureText::GroupChildren),
        (FieldGroup::Communication, FigureText::GroupCommunication),
    ];
    let sections = move || {
        within.then(|| {
            groups
                .into_iter()
                .map(|(group, title)| {
                    let fields: Vec<FieldDef> = state.doc.with_untracked(|d| {
                        d.plan
                            .fields
                            .iter()
                            .filter(|f| f.group == group)
                            .cloned()
                            .collect()
                    });
                    view! {
                        <section class="card figure-group">
                            <h2>{tr(title)}</h2>
                            {fields
                                .into_iter()
                                .map(|field| view! { <FieldRow field=field period=period/> })
                                .collect_view()}
                        </section>
                    }
                })
                .collect_view()
        })
    };
    let clear = move |_| {
        let lang = state.lang.get_untracked();
        let question = FigureText::ConfirmClear.with(lang, &[("p", &period_name(lang, period))]);
        if browser::confirm(&question) {
            state.change(|d| d.set_period_figures(period, Default::default()));
        }
    };
    view! {
        <section class="card">
            <h1>{tr(FigureText::EnterFigures)}</h1>
            <PeriodSelect id="period-select" periods=state.periods() current=period
                on_pick=Callback::new(|p| browser::navigate(&Route::Figures(Some(p)).href()))/>
            <p class="muted">{tr(FigureText::FiguresHelp)}</p>
            {outside}
        </section>
        {sections}
        {move || within.then(|| view! { <PeriodResults period=period/> })}
        {move || within.then(|| view! {
            <p><button class="danger" on:click=clear>{tr(FigureText::ClearPeriod)}</button></p>
        })}
    }
}

#[component]
fn FieldRow(field: FieldDef, period: Period) -> impl IntoView {
    let state = expect_context::<AppState>();
    let legend_id = format!("legend-{}", field.id);
    let labelled_by = legend_id.clone();
    let id = field.id.clone();
    let men = move || {
        state.doc.with(|d| {
            d.period_figures(period)
                .tally(&id)
                .get(Part::Male)
                .map(|n| format_number(state.lang.get(), n as f64, 0))
        })
    };
    let group = field.group;
    view! {
        <fieldset class="figure-row" aria-labelledby=labelled_by>
            <legend id=legend_id>{field.label.clone()}</legend>
            <div class="figure-inputs">
                <FigureInput field=field.id.clone() part=Part::Total period=period group=group/>
                {field.by_sex.then(|| view! {
                    <FigureInput field=field.id.clone() part=Part::Female period=period group=group/>
                    <p class="derived">
                        <span class="derived-label">{move || sex_label(state.lang.get(), group, Part::Male)}</span>
                        <span class="derived-value">{move || men().unwrap_or_else(|| "—".into())}</span>
                    </p>
                })}
            </div>
        </fieldset>
    }
}

#[component]
fn FigureInput(field: String, part: Part, period: Period, group: FieldGroup) -> impl IntoView {
    let state = expect_context::<AppState>();
    let input_id = format!("fig-{field}-{}", part.key());
    let field = StoredValue::new(field);
    // Only this figure's saved value: other boxes' saves leave what is typed here alone.
    let saved = Memo::new(move |_| {
        state
            .doc
            .with(|d| d.period_figures(period).tally(&field.get_value()).get(part))
    });
    // What the user typed while it cannot be saved, with the reasons.
    let draft = RwSignal::new(None::<String>);
    let errors = RwSignal::new(Vec::<FigureError>::new());
    let commit = move |text: String| {
        let attempt = |d: &Document| {
            apply_entry(
                &d.plan,
                period,
                &d.period_figures(period),
                &field.get_value(),
                part,
                &text,
            )
        };
        let mut refused = state.doc.with_untracked(attempt).err();
        if refused.is_none() {
            // Applied to the document `change` hands over, which may be another tab's newer one.
            state.change(|d| match attempt(d) {
                Ok(next) => d.set_period_figures(period, next),
                Err(found) => refused = Some(found),
            });
        }
        match refused {
            None => {
                draft.set(None);
                errors.set(Vec::new());
            }
            Some(found) => {
                draft.set(Some(text));
                errors.set(found);
            }
        }
    };
    // A refused entry is tried again whenever the figures change: fixing another box (a total,
    // a denominator) can make it valid.
    Effect::new(move |_| {
        state.doc.track();
        if let Some(text) = draft.get_untracked() {
            commit(text);
        }
    });
    let on_change = move |ev: leptos::ev::Event| commit(event_target_value(&ev));
    let label = move || {
        let lang = state.lang.get();
        match part {
            Part::Female => female_label(lang, group),
            _ => T::Total.get(lang),
        }
    };
    let invalid = move || (!errors.get().is_empty()).then_some("true");
    let control = view! {
        <input
            id=input_id.clone()
            type="text"
            inputmode="numeric"
            autocomplete="off"
            aria-invalid=invalid
            aria-describedby=error_id(&input_id)
            prop:value=move || draft.get().unwrap_or_else(|| saved.get().map(|n| n.to_string()).unwrap_or_default())
            on:change=on_change
        />
    };
    let error = move || {
        let lang = state.lang.get();
        errors
            .get()
            .iter()
            .map(|e| figure_error(lang, e))
            .collect::<Vec<_>>()
            .join(" ")
    };
    view! { <div class="figure-input">{labelled(input_id, label, control, error)}</div> }
}

/// The period's indicator values and statuses, recomputed as figures are typed.
#[component]
fn PeriodResults(period: Period) -> impl IntoView {
    let state = expect_context::<AppState>();
    let rows = move || {
        let lang = state.lang.get();
        state.doc.with(|d| {
            state.progress.with(|p| {
                d.plan
                    .indicators()
                    .map(|ind| {
                        let row = p.indicator(&ind.id).and_then(|ip| ip.at(period));
                        let value = row
                            .and_then(|r| r.value)
                            .map(|v| format_value(lang, ind, v.total))
                            .unwrap_or_else(|| "—".into());
                        let status = row.map(|r| r.status).unwrap_or(Status::NoData);
                        view! {
                            <tr data-indicator=ind.id.clone()>
                                <th scope="row">
                                    <a href=Route::Indicator(ind.id.clone()).href()>{ind.code.clone()}</a>
                                </th>
                                <td>{ind.name.clone()}</td>
                                <td class="num value">{value}</td>
                                <td><StatusBadge status=status/></td>
                            </tr>
                        }
                    })
                    .collect_view()
            })
        })
    };
    // Indicators with a value whose pace cannot be judged without the school's baseline.
    let needs_baseline = move || {
        let list: Vec<(String, String, String)> = state.doc.with(|d| {
            state.progress.with(|p| {
                d.plan
                    .indicators()
                    .filter(|ind| {
                        ind.takes_baseline(&d.plan)
                            && p.indicator(&ind.id)
                                .and_then(|ip| ip.at(period))
                                .is_some_and(|r| r.status == Status::PaceUnknown)
                    })
                    .map(|ind| (ind.id.clone(), ind.code.clone(), ind.name.clone()))
                    .collect()
            })
        });
        (!list.is_empty()).then(|| {
            view! {
                <div class="reminder" id="needs-baseline">
                    <p><strong>{tr(FigureText::NeedsBaseline)}</strong></p>
                    <p>{tr(FigureText::NeedsBaselineHelp)}</p>
                    <ul>
                        {list
                            .into_iter()
                            .map(|(id, code, name)| view! {
                                <li><a href=Route::Indicator(id).href()>{code} " – " {name}</a></li>
                            })
                            .collect_view()}
                    </ul>
                </div>
            }
        })
    };
    view! {
        <section class="card" aria-labelledby="period-results-title">
            <h2 id="period-results-title">
                {tr(ViewText::ValuesByPeriod)} ": " {move || period_name(state.lang.get(), period)}
            </h2>
            <table class="results">
                <thead>
                    <tr>
                        <th scope="col">{tr(ViewText::IndicatorCode)}</th>
                        <th scope="col">{tr(FigureText::Indicator)}</th>
                        <th scope="col" class="num">{tr(ViewText::Value)}</th>
                        <th scope="col">{tr(ViewText::Status)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            {needs_baseline}
        </section>
    }
}
