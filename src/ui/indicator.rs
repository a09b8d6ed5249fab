//! One indicator: its wording and targets, where it stands, its chart and its values by period,
//! and the school's "not applicable" mark.

use leptos::prelude::*;

use super::dashboard::{latest_text, sex_words};
use super::route::Route;
use super::state::AppState;
use super::widgets::{error_id, labelled, tr, StatusBadge};
use crate::domain::plan::{BaselineBox, FieldGroup, Indicator, Part, PlanError, Sense};
use crate::domain::progress::{IndicatorProgress, Status};
use crate::export::chart::{data_uri, indicator_svg};
use crate::i18n::{
    format_value, period_short, plain_number, plan_error, sex_label, standing_text, status_icon,
    status_name, target_text, IndicatorText, Lang, ViewText, Words, T,
};

#[component]
pub fn IndicatorPage(id: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = StoredValue::new(id);
    let found = move || {
        state.doc.with(|d| {
            let ind = d.plan.indicator(&id.get_value())?.clone();
            let group = d.plan.group_of(&ind);
            let objective = d
                .plan
                .objective_of(&ind.id)
                .map(|o| (o.number, o.title.clone()));
            let takes_baseline = ind.takes_baseline(&d.plan);
            Some((
                ind,
                group,
                objective,
                (d.plan.start_year, d.plan.end_year),
                takes_baseline,
            ))
        })
    };
    // The page is drawn whole for a language and for the data, so either redraws it; the
    // "not applicable" form below is drawn once, so a switch never loses what is typed in it.
    let page = move || {
        let lang = state.lang.get();
        let found = found().and_then(|(ind, group, objective, years, takes_baseline)| {
            let progress = state.progress.with(|p| p.indicator(&ind.id).cloned())?;
            Some((ind, group, objective, years, takes_baseline, progress))
        });
        match found {
            None => super::NotFound().into_any(),
            Some((ind, group, objective, years, takes_baseline, progress)) => view! {
                <IndicatorView lang=lang ind=ind group=group objective=objective years=years
                    takes_baseline=takes_baseline progress=progress/>
            }
            .into_any(),
        }
    };
    let forms = state
        .doc
        .with_untracked(|d| d.plan.indicator(&id.get_value()).cloned())
        .map(|ind| {
            view! {
                <BaselineForm ind=ind.clone()/>
                <NotApplicableForm ind=ind/>
            }
        });
    view! { {page} {forms} }
}

#[component]
fn IndicatorView(
    lang: Lang,
    ind: Indicator,
    group: FieldGroup,
    objective: Option<(u32, String)>,
    years: (i32, i32),
    /// Whether a stated baseline would let the pace be judged (the form below asks for it).
    takes_baseline: bool,
    progress: IndicatorProgress,
) -> impl IntoView {
    let status = progress.status;
    let targets = ind
        .milestones
        .iter()
        .map(|m| view! { <li><strong>{m.year}</strong> ": " {target_text(lang, &ind, *m)}</li> })
        .collect_view();
    let forecast = match progress.forecast {
        Some(f) => IndicatorText::ForecastText.with(
            lang,
            &[
                ("y", &f.year.to_string()),
                ("v", &format_value(lang, &ind, f.value)),
                ("t", &format_value(lang, &ind, f.target)),
                (
                    "r",
                    if f.meets {
                        IndicatorText::WillMeet
                    } else {
                        IndicatorText::WillMiss
                    }
                    .get(lang),
                ),
            ],
        ),
        None => IndicatorText::ForecastNone.get(lang).to_string(),
    };
    let chart = indicator_svg(lang, &ind, group, &progress, years).map(|svg| {
        let alt = chart_alt(lang, &ind, &progress);
        view! { <img class="chart" src=data_uri(&svg) alt=alt width="720" height="380"/> }
    });
    let (f_word, m_word) = sex_words(lang, group);
    let rows = progress
        .periods
        .iter()
        .filter_map(|r| r.value.map(|v| (r, v)))
        .map(|(r, v)| {
            let parts = match (v.numerator, v.denominator) {
                (Some(n), Some(d)) => format!(" ({n}/{d})"),
                _ => String::new(),
            };
            let sex = ind.by_sex.then(|| {
                let part = |x: Option<f64>| x.map(|x| format_value(lang, &ind, x)).unwrap_or_default();
                view! { <td class="sex">{f_word} " " {part(v.female)} " · " {m_word} " " {part(v.male)}</td> }
            });
            view! {
                <tr data-period=r.period.to_string()>
                    <th scope="row">{period_short(lang, r.period)}</th>
                    <td class="num value">{format_value(lang, &ind, v.total)}{parts}</td>
                    {sex}
                    <td class="num">{r.expected.map(|e| format_value(lang, &ind, e)).unwrap_or_default()}</td>
                    <td class="num">{r.target.map(|t| format_value(lang, &ind, t)).unwrap_or_default()}</td>
                    <td><StatusBadge status=r.status/></td>
                </tr>
            }
        })
        .collect_view();
    let latest = latest_text(lang, group, &ind, &progress);
    let standing = progress
        .latest()
        .map(|row| standing_text(lang, &ind, group, row).join(" "))
        .filter(|t| !t.is_empty())
        .map(|t| view! { <p class="standing" id="standing">{t}</p> });
    let ask = (takes_baseline
        && progress
            .periods
            .iter()
            .any(|r| r.status == Status::PaceUnknown))
    .then(|| {
        view! {
            <p class="reminder" id="baseline-ask">{IndicatorText::BaselineAsk.get(lang)}</p>
        }
    });
    view! {
        <p><a href=Route::Dashboard.href()>"← " {T::BackToDashboard.get(lang)}</a></p>
        <section class="card indicator-page" aria-labelledby="indicator-title">
            {objective.map(|(n, title)| view! { <p class="muted">{T::Objective.get(lang)} " " {n} ": " {title}</p> })}
            <h1 id="indicator-title"><span class="code">{ind.code.clone()}</span> " " {ind.name.clone()}</h1>
            <div class="indicator-status">
                <StatusBadge status=status/>
                <span class="latest">{latest}</span>
            </div>
            {standing}
            {ask}
            <h2>{T::Wording.get(lang)}</h2>
            <blockquote class="wording">{ind.wording.clone()}</blockquote>
            {(!ind.note.is_empty()).then(|| view! {
                <p class="reading" id="app-reading"><strong>{T::AppReading.get(lang)} ": "</strong>{ind.note.clone()}</p>
            })}
            <h2>{ViewText::Targets.get(lang)}</h2>
            <ul class="targets">{targets}</ul>
            <p class="forecast"><strong>{IndicatorText::Forecast.get(lang)}</strong> ": " {forecast}</p>
            <p><a class="button" href=Route::Figures(None).href()>{IndicatorText::OpenFigures.get(lang)}</a></p>
        </section>
        <section class="card" aria-labelledby="chart-title">
            <h2 id="chart-title">{IndicatorText::ChartTitle.get(lang)}</h2>
            {chart}
        </section>
        <section class="card" aria-labelledby="values-title">
            <h2 id="values-title">{ViewText::ValuesByPeriod.get(lang)}</h2>
            <table class="results">
                <thead>
                    <tr>
                        <th scope="col">{T::Period.get(lang)}</th>
                        <th scope="col" class="num">{ViewText::Value.get(lang)}</th>
                        {ind.by_sex.then(|| view! { <th scope="col">{f_word} " / " {m_word}</th> })}
                        <th scope="col" class="num">{IndicatorText::Expected.get(lang)}</th>
                        <th scope="col" class="num">{ViewText::TargetValue.get(lang)}</th>
                        <th scope="col">{ViewText::Status.get(lang)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
}

/// A text for the chart image: what it shows, period by period.
fn chart_alt(lang: Lang, ind: &Indicator, progress: &IndicatorProgress) -> String {
    let points: Vec<String> = progress
        .periods
        .iter()
        .filter_map(|r| {
            r.value.map(|v| {
                format!(
                    "{}: {} ({} {})",
                    period_short(lang, r.period),
                    format_value(lang, ind, v.total),
                    status_icon(r.status),
                    status_name(lang, r.status)
                )
            })
        })
        .collect();
    let mut alt = format!(
        "{}: {} {}",
        IndicatorText::ChartTitle.get(lang),
        ind.code,
        ind.name
    );
    if !points.is_empty() {
        alt.push_str(". ");
        alt.push_str(&points.join("; "));
    }
    alt
}

/// The baseline the school states: where the path to the first milestone starts. Drawn once,
/// so that what is typed survives a change of language or data.
#[component]
fn BaselineForm(ind: Indicator) -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = StoredValue::new(ind.id.clone());
    let (years, first_target) = state.doc.with_untracked(|d| {
        let first = ind.milestones.iter().map(|m| m.year).min();
        (ind.baseline_years(&d.plan), first)
    });
    // A baseline only starts a path: none is needed where the milestones set it all along.
    let why_not = match first_target {
        None => Some(Words::from(T::BaselineNoTargets)),
        Some(_) if ind.sense == Sense::Maintain => {
            Some(IndicatorText::BaselineNotForMaintain.into())
        }
        Some(_) if years.is_empty() => Some(IndicatorText::BaselineNotNeeded.into()),
        // The same rule as `Indicator::takes_baseline`, each case with its own words.
        Some(_) => None,
    };
    let (Some(first_target), None) = (first_target, why_not) else {
        return view! {
            <section class="card" aria-labelledby="baseline-title">
                <h2 id="baseline-title">{tr(IndicatorText::Baseline)}</h2>
                <p class="muted">{why_not.map(tr)}</p>
            </section>
        }
        .into_any();
    };
    let stated = ind.baseline;
    // Written with a decimal comma, as the user types it (the box reads either).
    let text = |x: Option<f64>| {
        x.map(|x| plain_number(x, 2).replace('.', ","))
            .unwrap_or_default()
    };
    let year = RwSignal::new(stated.map(|b| b.year).unwrap_or(*years.start()).to_string());
    let value = RwSignal::new(text(stated.map(|b| b.value)));
    let female = RwSignal::new(text(stated.and_then(|b| b.female)));
    let male = RwSignal::new(text(stated.and_then(|b| b.male)));
    let error = RwSignal::new(None::<(BaselineBox, PlanError)>);
    let saved = RwSignal::new(false);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        saved.set(false);
        let parsed = state.doc.with_untracked(|d| {
            let ind = d.plan.indicator(&id.get_value())?;
            Some(ind.parse_baseline(
                &d.plan,
                &year.get_untracked(),
                [
                    &value.get_untracked(),
                    &female.get_untracked(),
                    &male.get_untracked(),
                ],
            ))
        });
        match parsed {
            Some(Ok(b)) => {
                error.set(None);
                state.change(|d| {
                    if let Some(i) = d.plan.indicator_mut(&id.get_value()) {
                        i.baseline = Some(b);
                    }
                });
                saved.set(true);
            }
            Some(Err(e)) => error.set(Some(e)),
            None => {}
        }
    };
    let remove = move |_| {
        state.change(|d| {
            if let Some(i) = d.plan.indicator_mut(&id.get_value()) {
                i.baseline = None;
            }
        });
        value.set(String::new());
        female.set(String::new());
        male.set(String::new());
        error.set(None);
        saved.set(false);
    };
    let message = move |at: BaselineBox| {
        move || {
            error
                .get()
                .filter(|(b, _)| *b == at)
                .map(|(_, e)| plan_error(&e).get(state.lang.get()))
        }
    };
    let invalid =
        move |at: BaselineBox| move || error.get().is_some_and(|(b, _)| b == at).then_some("true");
    let group = state.doc.with_untracked(|d| d.plan.group_of(&ind));
    let sex_box =
        move |part: Part, signal: RwSignal<String>, at: BaselineBox, key: &'static str| {
            let label = move || {
                let lang = state.lang.get();
                IndicatorText::BaselineSex.with(lang, &[("s", sex_label(lang, group, part))])
            };
            let input_id = format!("baseline-{key}");
            let control = view! {
                <input id=input_id.clone() type="text" inputmode="decimal" autocomplete="off"
                    prop:value=signal aria-invalid=invalid(at) aria-describedby=error_id(&input_id)
                    on:input=move |ev| signal.set(event_target_value(&ev))/>
            };
            labelled(input_id, label, control, message(at))
        };
    let options = years
        .map(|y| view! { <option value=y.to_string() selected=move || year.get() == y.to_string()>{y}</option> })
        .collect_view();
    let stated_text = move || {
        let lang = state.lang.get();
        state.doc.with(|d| {
            let ind = d.plan.indicator(&id.get_value())?.clone();
            let b = ind.baseline?;
            let mut text = format!(
                "{}: {} ({})",
                IndicatorText::Baseline.get(lang),
                format_value(lang, &ind, b.value),
                b.year
            );
            for (part, x) in [(Part::Female, b.female), (Part::Male, b.male)] {
                if let Some(x) = x {
                    text.push_str(&format!(
                        " · {} {}",
                        sex_label(lang, group, part),
                        format_value(lang, &ind, x)
                    ));
                }
            }
            Some(text)
        })
    };
    view! {
        <section class="card" aria-labelledby="baseline-title">
            <h2 id="baseline-title">{tr(IndicatorText::Baseline)}</h2>
            <p class="muted">{move || IndicatorText::BaselineHelp.with(state.lang.get(), &[("y", &first_target.to_string())])}</p>
            <p id="baseline-stated">{move || stated_text().unwrap_or_else(|| IndicatorText::BaselineNone.get(state.lang.get()).to_string())}</p>
            <form on:submit=save class="baseline-form">
                <div class="field">
                    <label class="field-label" for="baseline-year">{tr(IndicatorText::BaselineYear)}</label>
                    <select id="baseline-year" aria-invalid=invalid(BaselineBox::Year)
                        on:change=move |ev| year.set(event_target_value(&ev))>{options}</select>
                    <p class="error" role="status">{message(BaselineBox::Year)}</p>
                </div>
                {labelled("baseline-value".into(), tr(IndicatorText::BaselineValue), view! {
                    <input id="baseline-value" type="text" inputmode="decimal" autocomplete="off"
                        prop:value=value aria-invalid=invalid(BaselineBox::Value)
                        aria-describedby=error_id("baseline-value")
                        on:input=move |ev| value.set(event_target_value(&ev))/>
                }, message(BaselineBox::Value))}
                {ind.by_sex.then(|| view! {
                    {sex_box(Part::Female, female, BaselineBox::Female, "female")}
                    {sex_box(Part::Male, male, BaselineBox::Male, "male")}
                })}
                <p class="actions">
                    <button type="submit" id="baseline-save">{tr(IndicatorText::BaselineSave)}</button>
                    " "
                    <button type="button" id="baseline-remove" on:click=remove
                        disabled=move || state.doc.with(|d| d.plan.indicator(&id.get_value()).is_none_or(|i| i.baseline.is_none()))>
                        {tr(IndicatorText::BaselineRemove)}
                    </button>
                </p>
                <p role="status" id="baseline-saved">{move || saved.get().then(tr(IndicatorText::BaselineSaved))}</p>
            </form>
        </section>
    }
    .into_any()
}

#[component]
fn NotApplicableForm(ind: Indicator) -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = StoredValue::new(ind.id.clone());
    let checked = RwSignal::new(ind.not_applicable.is_some());
    let reason = RwSignal::new(ind.not_applicable.clone().unwrap_or_default());
    let error = RwSignal::new(false);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = reason.get_untracked().trim().to_string();
        if checked.get_untracked() && text.is_empty() {
            error.set(true);
            return;
        }
        error.set(false);
        let mark = checked.get_untracked().then_some(text);
        state.change(|d| {
            if let Some(i) = d.plan.indicator_mut(&id.get_value()) {
                i.not_applicable = mark;
            }
        });
    };
    view! {
        <section class="card" aria-labelledby="na-title">
            <h2 id="na-title">{tr(T::StatusNotApplicable)}</h2>
            <p class="muted">{tr(IndicatorText::NotApplicableHelp)}</p>
            <form on:submit=save>
                <label class="check">
                    <input type="checkbox" id="na-check" prop:checked=checked
                        on:change=move |ev| checked.set(event_target_checked(&ev))/>
                    " " {tr(IndicatorText::NotApplicableMark)}
                </label>
                <label class="field-label" for="na-reason">{tr(T::NotApplicableReason)}</label>
                <textarea id="na-reason" rows="2" prop:value=reason
                    aria-invalid=move || error.get().then_some("true")
                    aria-describedby="na-error"
                    on:input=move |ev| reason.set(event_target_value(&ev))></textarea>
                <p class="error" id="na-error" role="status">
                    {move || error.get().then(tr(IndicatorText::ReasonRequired))}
                </p>
                <button type="submit">{tr(ViewText::Save)}</button>
            </form>
        </section>
    }
}
