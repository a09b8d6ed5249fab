//! Activities the school carries out under its plan (trainings, events of the key days,
//! meetings, contests), who they reached, and how they feed the indicators that count people
//! reached.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use super::figures::{parse_entry, FigureError, Figures, MAX_FIGURE};
use super::period::{Period, PeriodKind};
use super::plan::{iso_date, parse_date, KeyDay, Plan, Reach};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ActivityKind {
    Training,
    Communication,
    Meeting,
    Contest,
    Other,
}

keyed!(json ActivityKind {
    Training => "training",
    Communication => "communication",
    Meeting => "meeting",
    Contest => "contest",
    Other => "other",
});

impl ActivityKind {
    pub const ALL: [ActivityKind; 5] = [
        ActivityKind::Training,
        ActivityKind::Communication,
        ActivityKind::Meeting,
        ActivityKind::Contest,
        ActivityKind::Other,
    ];
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Activity {
    pub id: String,
    #[serde(serialize_with = "iso_date::serialize")]
    pub start: NaiveDate,
    /// The last day; the first day again for a one-day activity.
    #[serde(serialize_with = "iso_date::serialize")]
    pub end: NaiveDate,
    pub title: String,
    pub kind: ActivityKind,
    /// The task group (II.1-8) it belongs to, and the plan's action it carries out; empty when
    /// not said.
    pub task_group: String,
    pub action: String,
    /// Participants by sex.
    pub women: u32,
    pub men: u32,
    pub parents: u32,
    pub staff: u32,
    pub children: u32,
    /// The indicators it works toward.
    pub indicators: Vec<String>,
    /// What shows it took place: minutes, photos, sign-in sheets.
    pub evidence: String,
}

from_object!(Activity {
    id,
    start as iso_date::Iso,
    end as iso_date::Iso,
    title,
    kind,
    task_group: default,
    action: default,
    women: default,
    men: default,
    parents: default,
    staff: default,
    children: default,
    indicators: default,
    evidence: default,
});

impl Activity {
    /// A blank activity on `day`.
    pub fn on(day: NaiveDate) -> Activity {
        Activity {
            id: String::new(),
            start: day,
            end: day,
            title: String::new(),
            kind: ActivityKind::Communication,
            task_group: String::new(),
            action: String::new(),
            women: 0,
            men: 0,
            parents: 0,
            staff: 0,
            children: 0,
            indicators: Vec::new(),
            evidence: String::new(),
        }
    }

    /// An activity for a key day of `year`, named after it, with the action, task group and
    /// indicators `plan` ties to the day (those the plan does not have are left out).
    pub fn for_key_day(plan: &Plan, day: &KeyDay, year: i32) -> Option<Activity> {
        let date = |(month, d): (u32, u32)| NaiveDate::from_ymd_opt(year, month, d);
        let start = date(day.start)?;
        let mut activity = Activity::on(start);
        activity.end = day.end.and_then(date).unwrap_or(start);
        activity.title = format!("{} {year}", day.name);
        if let Some(group) = plan
            .task_groups
            .iter()
            .find(|g| g.actions.iter().any(|a| a.id == day.action))
        {
            activity.task_group = group.id.clone();
            activity.action = day.action.clone();
        }
        activity.indicators = day
            .indicators
            .iter()
            .filter(|id| plan.indicator(id).is_some())
            .cloned()
            .collect();
        Some(activity)
    }

    pub fn reached(&self, reach: Reach) -> u32 {
        match reach {
            Reach::Parents => self.parents,
            Reach::Staff => self.staff,
            Reach::Children => self.children,
            Reach::Participants => self.women.saturating_add(self.men),
        }
    }

    /// Whether it counts in a period: it started within the period's months (January to June
    /// for a 6-month review, the whole year for an annual review).
    pub fn is_in(&self, period: Period) -> bool {
        let last_month = match period.kind {
            PeriodKind::HalfYear => 6,
            PeriodKind::Annual => 12,
        };
        self.start.year() == period.year && self.start.month() <= last_month
    }

    /// Checks an activity before it is saved.
    pub fn check(&self, plan: &Plan) -> Result<(), ActivityError> {
        if self.title.trim().is_empty() {
            return Err(ActivityError::NoTitle);
        }
        if self.title.chars().count() > MAX_TITLE_CHARS {
            return Err(ActivityError::TitleTooLong);
        }
        if self.end < self.start {
            return Err(ActivityError::EndsBeforeStart);
        }
        if !(plan.start_year..=plan.end_year).contains(&self.start.year()) {
            return Err(ActivityError::OutsidePlan {
                start: plan.start_year,
                end: plan.end_year,
            });
        }
        let counts = [
            self.women,
            self.men,
            self.parents,
            self.staff,
            self.children,
        ];
        if counts.iter().any(|n| *n > MAX_FIGURE) {
            return Err(ActivityError::Number(FigureError::TooLarge));
        }
        Ok(())
    }
}

/// The longest title an activity may have: a line of a report, not a document.
pub const MAX_TITLE_CHARS: usize = 300;

/// Why an activity cannot be saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ActivityError {
    NoTitle,
    TitleTooLong,
    BadDate,
    EndsBeforeStart,
    OutsidePlan { start: i32, end: i32 },
    Number(FigureError),
}

/// Reads a number of people typed in an activity's form: empty is 0.
pub fn parse_count(text: &str) -> Result<u32, ActivityError> {
    parse_entry(text)
        .map(Option::unwrap_or_default)
        .map_err(ActivityError::Number)
}

/// The figures with every field fed by activities filled in from them: for each period, the
/// total of such a field is the sum over the activities of the period, unless a total was typed
/// for it, which stands. Periods without any activity are left as they are.
pub fn with_activities(plan: &Plan, figures: &Figures, activities: &[Activity]) -> Figures {
    let fed: Vec<(&str, Reach)> = plan
        .fields
        .iter()
        .filter_map(|f| Some((f.id.as_str(), f.from_activities?)))
        .collect();
    let mut out = figures.clone();
    if fed.is_empty() || activities.is_empty() {
        return out;
    }
    for period in Period::all(plan) {
        let of_period: Vec<&Activity> = activities.iter().filter(|a| a.is_in(period)).collect();
        if of_period.is_empty() {
            continue;
        }
        let mut period_figures = out.get(&period).cloned().unwrap_or_default();
        for (field, reach) in &fed {
            let tally = period_figures.0.entry(field.to_string()).or_default();
            if tally.total.is_none() {
                let sum = of_period
                    .iter()
                    .fold(0u32, |n, a| n.saturating_add(a.reached(*reach)));
                tally.total = Some(sum);
            }
        }
        out.insert(period, period_figures);
    }
    out
}

/// An activity as its form holds it: the typed texts, kept as typed while they are refused.
#[derive(Clone, Debug, PartialEq)]
pub struct ActivityForm {
    /// Empty for a new activity.
    pub id: String,
    /// The typed boxes, in the order of [`ActivityForm::BOXES`].
    pub texts: [String; 9],
    pub kind: ActivityKind,
    pub task_group: String,
    pub action: String,
    pub indicators: Vec<String>,
}

/// One typed box of the form, by its position in [`ActivityForm::texts`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormBox {
    Start,
    End,
    Title,
    Women,
    Men,
    Parents,
    Staff,
    Children,
    Evidence,
}

impl ActivityForm {
    pub const BOXES: [FormBox; 9] = [
        FormBox::Start,
        FormBox::End,
        FormBox::Title,
        FormBox::Women,
        FormBox::Men,
        FormBox::Parents,
        FormBox::Staff,
        FormBox::Children,
        FormBox::Evidence,
    ];

    pub fn of(a: &Activity) -> ActivityForm {
        let count = |n: u32| if n == 0 { String::new() } else { n.to_string() };
        ActivityForm {
            id: a.id.clone(),
            texts: [
                iso_date::to_text(a.start),
                iso_date::to_text(a.end),
                a.title.clone(),
                count(a.women),
                count(a.men),
                count(a.parents),
                count(a.staff),
                count(a.children),
                a.evidence.clone(),
            ],
            kind: a.kind,
            task_group: a.task_group.clone(),
            action: a.action.clone(),
            indicators: a.indicators.clone(),
        }
    }

    /// The activity the form describes, or the first box in fault and why.
    pub fn to_activity(&self, plan: &Plan) -> Result<Activity, (FormBox, ActivityError)> {
        let text = |b: FormBox| self.texts[b as usize].trim();
        let date = |b: FormBox| parse_date(text(b)).map_err(|_| (b, ActivityError::BadDate));
        let count = |b: FormBox| parse_count(text(b)).map_err(|e| (b, e));
        let start = date(FormBox::Start)?;
        let end = if text(FormBox::End).is_empty() {
            start
        } else {
            date(FormBox::End)?
        };
        let activity = Activity {
            id: self.id.clone(),
            start,
            end,
            title: text(FormBox::Title).to_string(),
            kind: self.kind,
            task_group: self.task_group.clone(),
            action: self.action.clone(),
            women: count(FormBox::Women)?,
            men: count(FormBox::Men)?,
            parents: count(FormBox::Parents)?,
            staff: count(FormBox::Staff)?,
            children: count(FormBox::Children)?,
            indicators: self.indicators.clone(),
            evidence: text(FormBox::Evidence).to_string(),
        };
        activity.check(plan).map_err(|e| {
            let at = match e {
                ActivityError::NoTitle => FormBox::Title,
                ActivityError::EndsBeforeStart => FormBox::End,
                _ => FormBox::Start,
            };
            (at, e)
        })?;
        Ok(activity)
    }
}

/// Activities newest first, by start date (most recent at the top of the log).
pub fn newest_first(activities: &[Activity]) -> Vec<&Activity> {
    super::order_by_key(
        activities
            .iter()
            .map(|a| -i64::from(a.start.num_days_from_ce())),
    )
    .into_iter()
    .map(|i| &activities[i])
    .collect()
}

/// An id no activity has yet: "hd-1", "hd-2"..., one above the highest in use.
pub fn unused_id(activities: &[Activity]) -> String {
    format!("hd-{}", highest_number(activities).saturating_add(1))
}

/// The highest N of the activities' "hd-N" ids, 0 if none.
pub fn highest_number(activities: &[Activity]) -> u64 {
    activities
        .iter()
        .filter_map(|a| a.id.strip_prefix("hd-")?.parse::<u64>().ok())
        // Far-off numbers (a hand-edited file) are not counted on from.
        .filter(|n| *n < 1 << 53)
        .max()
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::defaults::hoa_mai;
    use crate::domain::figures::{PeriodFigures, Tally};

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn reaching(start: NaiveDate, parents: u32, staff: u32) -> Activity {
        let mut a = Activity::on(start);
        a.title = "Truyền thông".into();
        a.parents = parents;
        a.staff = staff;
        a
    }

    #[test]
    fn a_key_day_template_names_the_day_and_spans_it() {
        let plan = hoa_mai();
        let month = plan.key_days.iter().find(|k| k.end.is_some()).unwrap();
        let a = Activity::for_key_day(&plan, month, 2026).unwrap();
        assert_eq!((a.start, a.end), (day(2026, 11, 15), day(2026, 12, 15)));
        assert!(a.title.starts_with("Tháng hành động"));
        assert!(a.title.ends_with(" 2026"));
        let women = &plan.key_days[0];
        let a = Activity::for_key_day(&plan, women, 2027).unwrap();
        assert_eq!((a.start, a.end), (day(2027, 3, 8), day(2027, 3, 8)));
    }

    #[test]
    fn a_key_day_template_starts_with_what_the_plan_ties_to_the_day() {
        let mut plan = hoa_mai();
        let month = plan
            .key_days
            .iter()
            .find(|k| k.end.is_some())
            .unwrap()
            .clone();
        let a = Activity::for_key_day(&plan, &month, 2026).unwrap();
        assert_eq!(
            (a.task_group.as_str(), a.action.as_str()),
            ("II.3", "II.3.2")
        );
        assert_eq!(a.indicators, ["4a-ph", "4a-cb"]);
        // Another plan's ties, unknown ones left out.
        let mut day = month.clone();
        day.action = "II.9.9".into();
        day.indicators = vec!["5".into(), "no-such".into()];
        plan.key_days.push(day.clone());
        let a = Activity::for_key_day(&plan, &day, 2026).unwrap();
        assert_eq!((a.task_group.as_str(), a.action.as_str()), ("", ""));
        assert_eq!(a.indicators, ["5"]);
    }

    #[test]
    fn activities_count_in_the_periods_they_start_in() {
        let a = reaching(day(2026, 3, 8), 0, 0);
        assert!(a.is_in(Period::half(2026)));
        assert!(a.is_in(Period::annual(2026)));
        let b = reaching(day(2026, 11, 20), 0, 0);
        assert!(!b.is_in(Period::half(2026)));
        assert!(b.is_in(Period::annual(2026)));
        assert!(!b.is_in(Period::annual(2025)));
    }

    #[test]
    fn activities_feed_the_counts_of_people_reached_unless_typed() {
        let plan = hoa_mai();
        let activities = vec![
            reaching(day(2026, 3, 8), 120, 30),
            reaching(day(2026, 6, 28), 80, 10),
            reaching(day(2026, 11, 20), 200, 35),
        ];
        let mut figures = Figures::new();
        let mut typed = PeriodFigures::default();
        typed.0.insert(
            "staff_reached".into(),
            Tally {
                total: Some(38),
                female: Some(36),
            },
        );
        figures.insert(Period::annual(2026), typed);
        let fed = with_activities(&plan, &figures, &activities);
        let h1 = &fed[&Period::half(2026)];
        assert_eq!(h1.tally("parents_reached").total, Some(200));
        assert_eq!(h1.tally("staff_reached").total, Some(40));
        let year = &fed[&Period::annual(2026)];
        assert_eq!(year.tally("parents_reached").total, Some(400));
        // The typed figure stands.
        assert_eq!(year.tally("staff_reached").total, Some(38));
        assert!(!fed.contains_key(&Period::half(2025)));
    }

    #[test]
    fn an_activity_is_checked_before_it_is_saved() {
        let plan = hoa_mai();
        let mut a = Activity::on(day(2026, 3, 8));
        assert_eq!(a.check(&plan), Err(ActivityError::NoTitle));
        a.title = "Tọa đàm 8/3".into();
        assert_eq!(a.check(&plan), Ok(()));
        a.end = day(2026, 3, 7);
        assert_eq!(a.check(&plan), Err(ActivityError::EndsBeforeStart));
        let mut b = Activity::on(day(2035, 1, 1));
        b.title = "x".into();
        assert!(matches!(
            b.check(&plan),
            Err(ActivityError::OutsidePlan { .. })
        ));
        a.end = a.start;
        a.parents = 2_000_000;
        assert_eq!(
            a.check(&plan),
            Err(ActivityError::Number(FigureError::TooLarge))
        );
        assert_eq!(parse_count(""), Ok(0));
        assert_eq!(parse_count("1.200"), Ok(1200));
        assert_eq!(
            parse_count("-2"),
            Err(ActivityError::Number(FigureError::Negative))
        );
    }

    #[test]
    fn the_form_keeps_typed_text_and_names_the_box_in_fault() {
        let plan = hoa_mai();
        let mut a = reaching(day(2026, 3, 8), 120, 30);
        a.id = "hd-4".into();
        let mut form = ActivityForm::of(&a);
        assert_eq!(form.to_activity(&plan), Ok(a.clone()));
        form.texts[FormBox::Parents as usize] = "12a".into();
        assert_eq!(
            form.to_activity(&plan),
            Err((
                FormBox::Parents,
                ActivityError::Number(FigureError::NotANumber)
            ))
        );
        form.texts[FormBox::Parents as usize] = "1.200".into();
        form.texts[FormBox::End as usize] = "".into();
        assert_eq!(form.to_activity(&plan).unwrap().end, a.start);
        form.texts[FormBox::Start as usize] = "08/03/2026".into();
        assert_eq!(
            form.to_activity(&plan),
            Err((FormBox::Start, ActivityError::BadDate))
        );
        form.texts[FormBox::Start as usize] = "2026-03-09".into();
        form.texts[FormBox::End as usize] = "2026-03-08".into();
        assert_eq!(
            form.to_activity(&plan),
            Err((FormBox::End, ActivityError::EndsBeforeStart))
        );
    }

    #[test]
    fn ids_are_new_and_the_log_is_newest_first() {
        let mut list = vec![
            reaching(day(2026, 3, 8), 0, 0),
            reaching(day(2026, 11, 20), 0, 0),
        ];
        list[0].id = "hd-1".into();
        assert_eq!(unused_id(&list), "hd-2");
        let order: Vec<NaiveDate> = newest_first(&list).iter().map(|a| a.start).collect();
        assert_eq!(order, [day(2026, 11, 20), day(2026, 3, 8)]);
    }
}
