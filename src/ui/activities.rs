//! The activity log: add an activity (from a key day's template or blank), edit or delete it,
//! and filter the log by period and task group.

use chrono::Datelike;
use leptos::prelude::*;

use super::state::AppState;
use super::widgets::{error_id, labelled, redrawn, select_options, tr};
use crate::browser;
use crate::domain::activity::{self, Activity, ActivityError, ActivityForm, ActivityKind, FormBox};
use crate::domain::period::Period;
use crate::i18n::{activity_error, format_date, period_name, ActivityText, Lang, ViewText};

/// What the page shows besides the document, in one signal.
#[derive(Default)]
struct Page {
    /// The activity being added or edited, with the box in fault and why.
    form: Option<(ActivityForm, Option<(FormBox, ActivityError)>)>,
    /// The period shown ("" for all) and the task group ("" for all).
    period: String,
    group: String,
}

/// Shows the form with `form` in it.
fn open(page: RwSignal<Page>, form: ActivityForm) {
    page.update(|p| p.form = Some((form, None)));
    browser::focus("act-start");
}

/// Changes the form on screen.
fn edit(page: RwSignal<Page>, change: impl FnOnce(&mut ActivityForm)) {
    page.update(|p| {
        if let Some((form, _)) = p.form.as_mut() {
            change(form);
        }
    })
}

/// Saves the form's activity, or shows the box in fault.
fn save(state: AppState, page: RwSignal<Page>) {
    let Some(form) = page.with_untracked(|p| p.form.as_ref().map(|(f, _)| f.clone())) else {
        return;
    };
    match state.doc.with_untracked(|d| form.to_activity(&d.plan)) {
        Ok(mut activity) => {
            state.change(move |d| {
                if activity.id.is_empty() {
                    activity.id = activity::unused_id(&d.activities);
                }
                match d.activities.iter_mut().find(|a| a.id == activity.id) {
                    Some(old) => *old = activity,
                    None => d.activities.push(activity),
                }
            });
            page.update(|p| p.form = None);
        }
        Err(fault) => page.update(|p| {
            if let Some((_, error)) = p.form.as_mut() {
                *error = Some(fault);
            }
        }),
    }
}

#[component]
pub fn ActivitiesPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let page = RwSignal::new(Page::default());
    let year = state
        .doc
        .with_untracked(|d| d.plan.year_within(state.today.year()));
    let templates = move || {
        let lang = state.lang.get();
        state.doc.with(|d| {
            d.plan
                .key_days
                .iter()
                .filter_map(|k| {
                    Activity::for_key_day(&d.plan, k, year).map(|a| (k.name.clone(), a))
                })
                .map(|(name, a)| {
                    let form = ActivityForm::of(&a);
                    view! {
                        <button class="template" on:click=move |_| open(page, form.clone())>
                            {ActivityText::TemplateFor.with(lang, &[("d", &name)])}
                        </button>
                    }
                })
                .collect_view()
                .into_any()
        })
    };
    view! {
        <h1>{tr(ActivityText::ActivitiesTitle)}</h1>
        <section class="card">
            <p class="muted">{tr(ActivityText::ActivitiesHelp)}</p>
            <div class="actions">
                <button id="add-activity" on:click=move |_| open(page, ActivityForm::of(&Activity::on(state.today)))>
                    {tr(ActivityText::AddActivity)}
                </button>
                {redrawn(templates)}
            </div>
        </section>
        <ActivityFormCard page=page/>
        <ActivityLog page=page/>
    }
}

#[component]
fn ActivityFormCard(page: RwSignal<Page>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let with_form = move |f: &dyn Fn(&ActivityForm) -> String| {
        page.with(|p| p.form.as_ref().map(|(form, _)| f(form)).unwrap_or_default())
    };
    // One row per typed box: a table rather than a view per box keeps one copy of the code.
    const BOXES: [(FormBox, &str, ActivityText, &str); 9] = [
        (FormBox::Start, "act-start", ActivityText::ActStart, "date"),
        (FormBox::End, "act-end", ActivityText::ActEnd, "date"),
        (FormBox::Title, "act-title", ActivityText::ActTitle, "text"),
        (
            FormBox::Women,
            "act-women",
            ActivityText::ActWomen,
            "numeric",
        ),
        (FormBox::Men, "act-men", ActivityText::ActMen, "numeric"),
        (
            FormBox::Parents,
            "act-parents",
            ActivityText::ActParents,
            "numeric",
        ),
        (
            FormBox::Staff,
            "act-staff",
            ActivityText::ActStaff,
            "numeric",
        ),
        (
            FormBox::Children,
            "act-children",
            ActivityText::ActChildren,
            "numeric",
        ),
        (
            FormBox::Evidence,
            "act-evidence",
            ActivityText::ActEvidence,
            "text",
        ),
    ];
    let boxes = BOXES
        .into_iter()
        .map(|(b, id, label, kind)| {
            let error = move || {
                let lang = state.lang.get();
                page.with(|p| match &p.form {
                    Some((_, Some((at, e)))) if *at == b => activity_error(lang, e),
                    _ => String::new(),
                })
            };
            let (input_type, mode) = match kind {
                "numeric" => ("text", "numeric"),
                other => (other, "text"),
            };
            let control = view! {
                <input id=id type=input_type inputmode=mode
                    prop:value=move || with_form(&|f| f.texts[b as usize].clone())
                    aria-describedby=error_id(id)
                    on:input=move |ev| edit(page, |f| f.texts[b as usize] = event_target_value(&ev))/>
            };
            labelled(id.to_string(), tr(label), control, error)
        })
        .collect_view();
    let kinds = move || {
        let lang = state.lang.get();
        let current = with_form(&|f| f.kind.key().to_string());
        let items = KINDS
            .iter()
            .map(|(kind, text)| (kind.key().to_string(), text.get(lang).to_string()))
            .collect();
        select_options(None, items, &current)
    };
    let groups = move || {
        let lang = state.lang.get();
        let current = with_form(&|f| f.task_group.clone());
        select_options(
            Some(ActivityText::NoneChosen.get(lang)),
            task_groups(state),
            &current,
        )
    };
    let actions = move || {
        let lang = state.lang.get();
        let (group, current) = page.with(|p| {
            p.form
                .as_ref()
                .map(|(f, _)| (f.task_group.clone(), f.action.clone()))
                .unwrap_or_default()
        });
        let items = state.doc.with(|d| {
            d.plan
                .task_group(&group)
                .map(|g| {
                    g.actions
                        .iter()
                        .map(|a| (a.id.clone(), format!("{} {}", a.id, a.text)))
                        .collect()
                })
                .unwrap_or_default()
        });
        select_options(Some(ActivityText::NoneChosen.get(lang)), items, &current)
    };
    let indicators = move || {
        let chosen = page.with(|p| {
            p.form
                .as_ref()
                .map(|(f, _)| f.indicators.clone())
                .unwrap_or_default()
        });
        state.doc.with(|d| {
            d.plan
                .indicators()
                .map(|i| {
                    let id = i.id.clone();
                    let checked = chosen.contains(&id);
                    let label = format!("{} {}", i.code, i.name);
                    view! {
                        <label class="check">
                            <input type="checkbox" prop:checked=checked on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                edit(page, |f| {
                                    f.indicators.retain(|x| *x != id);
                                    if on {
                                        f.indicators.push(id.clone());
                                    }
                                })
                            }/>
                            " " {label}
                        </label>
                    }
                })
                .collect_view()
                .into_any()
        })
    };
    let heading = move || {
        let new = with_form(&|f| f.id.clone()).is_empty();
        if new {
            ActivityText::NewActivity
        } else {
            ActivityText::EditActivity
        }
        .get(state.lang.get())
    };
    view! {
        <section class="card activity-form" id="activity-form" aria-labelledby="activity-form-title"
            hidden=move || page.with(|p| p.form.is_none())>
            <h2 id="activity-form-title">{heading}</h2>
            <form on:submit=move |ev: leptos::ev::SubmitEvent| {
                ev.prevent_default();
                save(state, page)
            }>
                {boxes}
                <div class="text-field">
                    <label class="field-label" for="act-kind">{tr(ActivityText::ActKind)}</label>
                    <select id="act-kind" on:change=move |ev| {
                        let kind = ActivityKind::from_key(&event_target_value(&ev));
                        edit(page, |f| f.kind = kind.unwrap_or(ActivityKind::Other))
                    }>{redrawn(kinds)}</select>
                </div>
                <div class="text-field">
                    <label class="field-label" for="act-group">{tr(ActivityText::ActTaskGroup)}</label>
                    <select id="act-group" on:change=move |ev| edit(page, |f| {
                        f.task_group = event_target_value(&ev);
                        f.action.clear();
                    })>{redrawn(groups)}</select>
                </div>
                <div class="text-field">
                    <label class="field-label" for="act-action">{tr(ActivityText::ActAction)}</label>
                    <select id="act-action"
                        on:change=move |ev| edit(page, |f| f.action = event_target_value(&ev))>{redrawn(actions)}</select>
                </div>
                <fieldset>
                    <legend>{tr(ActivityText::ActIndicators)}</legend>
                    {redrawn(indicators)}
                </fieldset>
                <div class="actions">
                    <button type="submit" id="save-activity">{tr(ViewText::Save)}</button>
                    <button type="button" on:click=move |_| page.update(|p| p.form = None)>{tr(ViewText::Cancel)}</button>
                </div>
            </form>
        </section>
    }
}

const KINDS: [(ActivityKind, ActivityText); 5] = [
    (ActivityKind::Training, ActivityText::KindTraining),
    (ActivityKind::Communication, ActivityText::KindCommunication),
    (ActivityKind::Meeting, ActivityText::KindMeeting),
    (ActivityKind::Contest, ActivityText::KindContest),
    (ActivityKind::Other, ActivityText::KindOther),
];

fn kind_text(kind: ActivityKind) -> ActivityText {
    KINDS
        .iter()
        .find(|(k, _)| *k == kind)
        .map_or(ActivityText::KindOther, |(_, t)| *t)
}

/// The plan's task groups as (id, "II.4. Title") pairs.
fn task_groups(state: AppState) -> Vec<(String, String)> {
    state.doc.with(|d| {
        d.plan
            .task_groups
            .iter()
            .map(|g| (g.id.clone(), format!("{}. {}", g.id, g.title)))
            .collect()
    })
}

#[component]
fn ActivityLog(page: RwSignal<Page>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let periods = move || {
        let lang = state.lang.get();
        let current = page.with(|p| p.period.clone());
        let items = state.doc.with(|d| {
            Period::all(&d.plan)
                .into_iter()
                .rev()
                .map(|p| (p.to_string(), period_name(lang, p)))
                .collect()
        });
        select_options(Some(ActivityText::FilterAll.get(lang)), items, &current)
    };
    let groups = move || {
        let lang = state.lang.get();
        let current = page.with(|p| p.group.clone());
        select_options(
            Some(ActivityText::FilterAll.get(lang)),
            task_groups(state),
            &current,
        )
    };
    let list = move || {
        let lang = state.lang.get();
        let (period, group) = page.with(|p| (p.period.parse::<Period>().ok(), p.group.clone()));
        state.doc.with(|d| {
            let shown: Vec<&Activity> = activity::newest_first(&d.activities)
                .into_iter()
                .filter(|a| period.is_none_or(|p| a.is_in(p)))
                .filter(|a| group.is_empty() || a.task_group == group)
                .collect();
            let count =
                ActivityText::ActivitiesCount.with(lang, &[("n", &shown.len().to_string())]);
            let items = shown
                .into_iter()
                .map(|a| activity_item(lang, a, state, page))
                .collect_view();
            view! {
                <p id="activities-count">{count}</p>
                <ul class="plain activity-list" id="activity-list">{items}</ul>
            }
            .into_any()
        })
    };
    view! {
        <section class="card" aria-labelledby="log-title">
            <h2 id="log-title">{tr(ActivityText::ActivityLog)}</h2>
            <div class="filters">
                <label class="field-label" for="filter-period">{tr(ActivityText::FilterPeriod)}</label>
                <select id="filter-period"
                    on:change=move |ev| page.update(|p| p.period = event_target_value(&ev))>{redrawn(periods)}</select>
                <label class="field-label" for="filter-group">{tr(ActivityText::ActTaskGroup)}</label>
                <select id="filter-group"
                    on:change=move |ev| page.update(|p| p.group = event_target_value(&ev))>{redrawn(groups)}</select>
            </div>
            {redrawn(list)}
        </section>
    }
}

fn activity_item(lang: Lang, a: &Activity, state: AppState, page: RwSignal<Page>) -> impl IntoView {
    let form = ActivityForm::of(a);
    let (id, title) = (a.id.clone(), a.title.clone());
    let remove = move |_| {
        let question = ActivityText::ConfirmRemoveActivity.with(lang, &[("t", &title)]);
        if browser::confirm(&question) {
            let id = id.clone();
            state.change(move |d| d.activities.retain(|a| a.id != id));
        }
    };
    let when = if a.end == a.start {
        format_date(lang, a.start)
    } else {
        format!(
            "{} – {}",
            format_date(lang, a.start),
            format_date(lang, a.end)
        )
    };
    let mut about = kind_text(a.kind).get(lang).to_string();
    if !a.task_group.is_empty() {
        about.push_str(" · ");
        about.push_str(&a.task_group);
    }
    let reach = ActivityText::ActReach.with(
        lang,
        &[
            ("w", &a.women.to_string()),
            ("m", &a.men.to_string()),
            ("p", &a.parents.to_string()),
            ("s", &a.staff.to_string()),
            ("c", &a.children.to_string()),
        ],
    );
    view! {
        <li data-activity=a.id.clone()>
            <p><strong>{when}</strong>" · "{a.title.clone()}</p>
            <p class="muted">{about}" · "{reach}</p>
            <p class="muted">{a.evidence.clone()}</p>
            <div class="actions">
                <button aria-label=format!("{}: {}", ActivityText::Edit.get(lang), a.title)
                    on:click=move |_| open(page, form.clone())>{ActivityText::Edit.get(lang)}</button>
                <button aria-label=format!("{}: {}", ViewText::Remove.get(lang), a.title)
                    on:click=remove>
                    {ViewText::Remove.get(lang)}
                </button>
            </div>
        </li>
    }
}
