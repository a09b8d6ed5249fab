//! The action plan as data: the document's header, its objectives and indicators with their
//! targets, the task groups and their actions, who does what, key days and the reporting rule.
//!
//! A plan is never code: the embedded Hoa Mai plan (`crate::defaults`) is one value of
//! [`Plan`], and the plan editor changes the school's own copy.

use chrono::NaiveDate;
use serde::Serialize;

use super::json::{Fault, FromJson, Reader};

/// The years a plan may cover: far wider than any action plan, and narrow enough that every
/// list of periods, chart axis and calendar made from them stays small.
pub const PLAN_YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;

/// The most characters a document keeps in one text: far more than a report's part IV needs,
/// few enough that a page lays it out at once.
pub const MAX_TEXT_CHARS: usize = 20_000;

/// The whole plan of one school.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Plan {
    pub document: PlanDocument,
    /// First and last year the plan covers (2021 and 2030 for the national programme).
    pub start_year: i32,
    pub end_year: i32,
    /// The figures a school records each period; indicators compute from them.
    pub fields: Vec<FieldDef>,
    pub objectives: Vec<Objective>,
    pub task_groups: Vec<TaskGroup>,
    pub responsibilities: Vec<Responsibility>,
    pub key_days: Vec<KeyDay>,
    pub reporting: ReportingRule,
}

from_object!(Plan {
    document,
    start_year,
    end_year,
    fields,
    objectives,
    task_groups,
    responsibilities,
    key_days,
    reporting
});

/// The header of the plan document, as printed on its first page.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct PlanDocument {
    /// The governing body above the school, e.g. "UBND QUẬN ĐỐNG ĐA".
    pub issuer_parent: String,
    /// The school, e.g. "TRƯỜNG MẦM NON HOA MAI".
    pub issuer: String,
    /// The school's short name used in document numbers, e.g. "MNHM".
    pub issuer_code: String,
    pub number: String,
    #[serde(serialize_with = "iso_date::serialize")]
    pub date: NaiveDate,
    pub place: String,
    pub title: String,
    pub subject: String,
    /// The document the plan implements ("Thực hiện Kế hoạch số 22/KH-PGDĐT ...").
    pub basis: String,
    pub general_objectives: Vec<String>,
}

from_object!(PlanDocument {
    issuer_parent,
    issuer,
    issuer_code,
    number,
    date as iso_date::Iso,
    place,
    title,
    subject,
    basis,
    general_objectives,
});

/// Who a figure counts: the label of its "women" part depends on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldGroup {
    Staff,
    Children,
    Communication,
}

keyed!(json FieldGroup {
    Staff => "staff",
    Children => "children",
    Communication => "communication",
});

/// Who an activity reached, as counted in the figure it feeds (`FieldDef::from_activities`):
/// part of the plan, which says which figures the activity log fills.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reach {
    Parents,
    Staff,
    Children,
    /// Everyone who took part, women and men.
    Participants,
}

keyed!(json Reach {
    Parents => "parents",
    Staff => "staff",
    Children => "children",
    Participants => "participants",
});

/// One figure the school records each period, e.g. "total staff, of whom women".
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FieldDef {
    pub id: String,
    pub label: String,
    pub group: FieldGroup,
    /// Recorded as a total and the number of women or girls in it.
    pub by_sex: bool,
    /// Summed from the logged activities in a period when no total is typed for it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from_activities: Option<Reach>,
}

from_object!(FieldDef {
    id,
    label,
    group,
    by_sex,
    from_activities: default
});

/// Which part of a sex-disaggregated figure a term takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Total,
    Female,
    Male,
}

keyed!(json Part { Total => "total", Female => "female", Male => "male" });

/// Where one number of an indicator comes from.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Term {
    /// A recorded figure (or its women's or men's part).
    Field {
        #[serde(rename = "id")]
        field: String,
        part: Part,
    },
    /// The number of quarters the period spans: 2 for a 6-month review, 4 for a year.
    QuartersInPeriod,
}

impl Term {
    pub fn field(field: &str, part: Part) -> Self {
        Term::Field {
            field: field.to_string(),
            part,
        }
    }

    /// The field this term reads, if any.
    pub fn field_id(&self) -> Option<&str> {
        match self {
            Term::Field { field, .. } => Some(field),
            Term::QuartersInPeriod => None,
        }
    }
}

/// What an indicator measures.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Measure {
    /// A percentage, numerator over denominator.
    Ratio { numerator: Term, denominator: Term },
    /// A number of people (or things), e.g. "350 phụ huynh".
    Count { term: Term, unit: String },
}

impl Measure {
    /// The terms it is computed from.
    pub fn terms(&self) -> Vec<&Term> {
        match self {
            Measure::Ratio {
                numerator,
                denominator,
            } => vec![numerator, denominator],
            Measure::Count { term, .. } => vec![term],
        }
    }
}

// Terms and measures are read as serde writes them: `"quarters_in_period"`,
// `{"field": {"id": "staff", "part": "female"}}`, `{"ratio": {"numerator": …, "denominator": …}}`,
// `{"count": {"term": …, "unit": "phụ huynh"}}`; each variant's data is read as a struct.
struct FieldTerm {
    id: String,
    part: Part,
}

from_object!(FieldTerm { id, part });

struct Ratio {
    numerator: Term,
    denominator: Term,
}

from_object!(Ratio {
    numerator,
    denominator
});

struct Count {
    term: Term,
    unit: String,
}

from_object!(Count { term, unit });

impl FromJson for Term {
    fn read(json: &mut Reader<'_>) -> Result<Term, Fault> {
        json.variant(
            &|name| (name == "quarters_in_period").then_some(Term::QuartersInPeriod),
            &mut |json, name| match name {
                "field" => {
                    let FieldTerm { id, part } = FieldTerm::read(json)?;
                    Ok(Term::Field { field: id, part })
                }
                _ => Err(json.wrong_here()),
            },
        )
    }
}

impl FromJson for Measure {
    fn read(json: &mut Reader<'_>) -> Result<Measure, Fault> {
        json.variant(&|_| None, &mut |json, name| match name {
            "ratio" => {
                let Ratio {
                    numerator,
                    denominator,
                } = Ratio::read(json)?;
                Ok(Measure::Ratio {
                    numerator,
                    denominator,
                })
            }
            "count" => {
                let Count { term, unit } = Count::read(json)?;
                Ok(Measure::Count { term, unit })
            }
            _ => Err(json.wrong_here()),
        })
    }
}

/// How a target is to be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sense {
    /// "đạt (ít nhất)": reach at least the target by its year, on a straight path.
    AtLeast,
    /// "trên": strictly more than the target.
    Above,
    /// "duy trì": the target holds every period, from the plan's start.
    Maintain,
}

keyed!(json Sense { AtLeast => "at_least", Above => "above", Maintain => "maintain" });

/// A target value for a year: "65% vào năm 2025".
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Milestone {
    pub year: i32,
    pub value: f64,
}

from_object!(Milestone { year, value });

/// Where the school stood before its first milestone, as it states it (the plan's starting
/// figures): the start of the path to the targets.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Baseline {
    pub year: i32,
    pub value: f64,
    /// The women's (girls') and men's (boys') own starting values, where the school states them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub female: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub male: Option<f64>,
}

from_object!(Baseline {
    year,
    value,
    female: default,
    male: default
});

impl Baseline {
    /// The starting value of one part: a sex without its own takes the indicator's.
    pub fn of(&self, part: Part) -> f64 {
        match part {
            Part::Total => self.value,
            Part::Female => self.female.unwrap_or(self.value),
            Part::Male => self.male.unwrap_or(self.value),
        }
    }
}

/// A numeric indicator ("Chỉ tiêu") of an objective.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Indicator {
    pub id: String,
    /// The plan's own label, e.g. "2.a" or "3.d (thạc sĩ)".
    pub code: String,
    /// A short name for tables and charts.
    pub name: String,
    /// The plan's exact wording.
    pub wording: String,
    pub measure: Measure,
    /// Girls and boys (or women and men) are followed apart as well as together.
    pub by_sex: bool,
    pub sense: Sense,
    /// Targets by year; after the last one its value holds ("từ năm 2025 trở đi").
    pub milestones: Vec<Milestone>,
    /// Where the path to the first milestone starts, as the school states it. Never taken from
    /// the school's own first figure (see `docs/progress.md`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub baseline: Option<Baseline>,
    /// The target is what one whole year must reach ("350 phụ huynh" reached in the year): a
    /// 6-month review, which counts January to June, is judged on half of it.
    #[serde(skip_serializing_if = "is_false")]
    pub yearly: bool,
    /// The school's reason when the indicator cannot apply to it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub not_applicable: Option<String>,
    /// Remarks from the plan, e.g. why a figure is what it is.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub note: String,
}

from_object!(Indicator {
    id,
    code,
    name,
    wording,
    measure,
    by_sex,
    sense,
    milestones,
    baseline: default,
    yearly: default,
    not_applicable: default,
    note: default
});

fn is_false(b: &bool) -> bool {
    !*b
}

impl Indicator {
    /// The milestones in year order (the user may have typed them in any order).
    pub fn milestones_by_year(&self) -> Vec<Milestone> {
        super::order_by_key(self.milestones.iter().map(|m| i64::from(m.year)))
            .into_iter()
            .map(|i| self.milestones[i])
            .collect()
    }

    pub fn is_applicable(&self) -> bool {
        self.not_applicable.is_none()
    }

    /// The years a baseline can be stated for: from the plan's start to the year before the
    /// first milestone (after it, the milestones set the path). Empty when there is none.
    pub fn baseline_years(&self, plan: &Plan) -> std::ops::RangeInclusive<i32> {
        let first = self.milestones.iter().map(|m| m.year).min();
        let last = first.map_or(plan.end_year, |y| y.saturating_sub(1).min(plan.end_year));
        plan.start_year..=last
    }

    /// Whether a stated baseline can change how this indicator is judged: it has milestones, is
    /// not maintained from the start, and leaves a year before its first milestone.
    pub fn takes_baseline(&self, plan: &Plan) -> bool {
        !self.milestones.is_empty()
            && self.sense != Sense::Maintain
            && !self.baseline_years(plan).is_empty()
    }

    /// Reads a baseline typed on the indicator page: a year among [`Indicator::baseline_years`],
    /// the value and, optionally, each sex's own value. A refusal names the box at fault.
    pub fn parse_baseline(
        &self,
        plan: &Plan,
        year: &str,
        [value, female, male]: [&str; 3],
    ) -> Result<Baseline, (BaselineBox, PlanError)> {
        let is_ratio = matches!(self.measure, Measure::Ratio { .. });
        let year: i32 = year
            .trim()
            .parse()
            .map_err(|_| (BaselineBox::Year, PlanError::NotANumber))?;
        if !self.baseline_years(plan).contains(&year) {
            return Err((BaselineBox::Year, PlanError::YearOutsidePlan));
        }
        let optional = |text: &str, at| match text.trim() {
            "" => Ok(None),
            t => parse_target(t, is_ratio).map(Some).map_err(|e| (at, e)),
        };
        Ok(Baseline {
            year,
            value: parse_target(value, is_ratio).map_err(|e| (BaselineBox::Value, e))?,
            female: optional(female, BaselineBox::Female)?,
            male: optional(male, BaselineBox::Male)?,
        })
    }
}

/// The boxes of the baseline form, to say which one a refusal is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BaselineBox {
    Year,
    Value,
    Female,
    Male,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Objective {
    pub id: String,
    pub number: u32,
    pub title: String,
    pub indicators: Vec<Indicator>,
}

from_object!(Objective {
    id,
    number,
    title,
    indicators
});

/// A group of tasks and solutions (II.1-8) with the actions the plan lists under it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TaskGroup {
    pub id: String,
    pub number: u32,
    pub title: String,
    pub actions: Vec<Action>,
}

from_object!(TaskGroup {
    id,
    number,
    title,
    actions
});

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Action {
    pub id: String,
    pub text: String,
}

from_object!(Action { id, text });

/// Part III of the plan: what one party (the school, the unions...) is responsible for.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Responsibility {
    pub party: String,
    pub duties: Vec<String>,
}

from_object!(Responsibility { party, duties });

/// A day or span of days each year that the plan asks to mark.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct KeyDay {
    pub id: String,
    pub name: String,
    /// (month, day) of the first day.
    pub start: (u32, u32),
    /// (month, day) of the last day, for a span such as the action month.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<(u32, u32)>,
    /// The plan's action the day's activities carry out (its id, "II.3.2"), and the indicators
    /// they work toward: an activity logged from the day's template starts with them.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub action: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub indicators: Vec<String>,
}

from_object!(KeyDay {
    id,
    name,
    start,
    end: default,
    action: default,
    indicators: default
});

/// When and to whom the school reports.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ReportingRule {
    pub recipient: String,
    pub email: String,
    /// (month, day) by which the 6-month review is sent.
    pub half_year_due: (u32, u32),
    /// (month, day) by which the annual review is sent.
    pub annual_due: (u32, u32),
    /// The rule in the plan's words.
    pub text: String,
}

from_object!(ReportingRule {
    recipient,
    email,
    half_year_due,
    annual_due,
    text
});

/// Why an edit to the plan is refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlanError {
    Empty,
    NotANumber,
    OutOfRange,
    YearOutsidePlan,
    BadDate,
    NotAnEmail,
}

/// Reads a target typed by the user: "9,1" or "9.1"; a percentage is at most 100.
pub fn parse_target(text: &str, is_ratio: bool) -> Result<f64, PlanError> {
    let text = text.trim().trim_end_matches('%').trim();
    if text.is_empty() {
        return Err(PlanError::Empty);
    }
    let value: f64 = text
        .replace(',', ".")
        .parse()
        .map_err(|_| PlanError::NotANumber)?;
    check_target(value, is_ratio)
}

/// A target or baseline value the engine can work with: finite, from 0 to 1,000,000, and a
/// percentage at most 100.
pub fn check_target(value: f64, is_ratio: bool) -> Result<f64, PlanError> {
    if !value.is_finite() || value < 0.0 || (is_ratio && value > 100.0) || value > 1e6 {
        return Err(PlanError::OutOfRange);
    }
    Ok(value)
}

/// Reads a milestone year, which must fall within the plan.
pub fn parse_year(text: &str, plan: &Plan) -> Result<i32, PlanError> {
    let year: i32 = text.trim().parse().map_err(|_| PlanError::NotANumber)?;
    if (plan.start_year..=plan.end_year).contains(&year) {
        Ok(year)
    } else {
        Err(PlanError::YearOutsidePlan)
    }
}

/// Reads a date typed as YYYY-MM-DD (what a date input gives).
pub fn parse_date(text: &str) -> Result<NaiveDate, PlanError> {
    let mut parts = text.trim().splitn(3, '-');
    let mut number = || parts.next().and_then(|p| p.parse::<u32>().ok());
    match (number(), number(), number()) {
        // A year past i32 is refused, not wrapped into a date that would not read back.
        (Some(y), Some(m), Some(d)) => i32::try_from(y)
            .ok()
            .and_then(|y| NaiveDate::from_ymd_opt(y, m, d))
            .ok_or(PlanError::BadDate),
        _ => Err(PlanError::BadDate),
    }
}

/// Dates in files as "YYYY-MM-DD", read and written here rather than through chrono's format
/// strings, which would cost the app more bytes than all its other date code.
pub mod iso_date {
    use chrono::{Datelike, NaiveDate};
    use serde::Serializer;

    use crate::domain::json::{Fault, FromJson, Reader};

    pub fn serialize<S: Serializer>(date: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&to_text(*date))
    }

    pub fn to_text(date: NaiveDate) -> String {
        format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
    }

    /// An optional date, written as [`serialize`] writes a date, or `null`.
    pub mod option {
        use chrono::NaiveDate;
        use serde::Serializer;

        pub fn serialize<S: Serializer>(date: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
            match date {
                Some(date) => super::serialize(date, s),
                None => s.serialize_none(),
            }
        }
    }

    /// A date read as "YYYY-MM-DD", for `from_object!`'s `date as Iso`.
    pub struct Iso(pub NaiveDate);

    impl FromJson for Iso {
        fn read(json: &mut Reader<'_>) -> Result<Iso, Fault> {
            json.text_as(|text| super::parse_date(text).ok().map(Iso))
        }
    }

    /// An optional date, `null` or as [`Iso`], for `from_object!`'s `day as OptionIso`.
    pub struct OptionIso(pub Option<NaiveDate>);

    impl FromJson for OptionIso {
        fn read(json: &mut Reader<'_>) -> Result<OptionIso, Fault> {
            Ok(OptionIso(Option::<Iso>::read(json)?.map(|date| date.0)))
        }
    }
}

/// Text that must not be empty.
/// An e-mail address typed by the user: one "@" between a name and a domain with a dot, and
/// nothing a `mailto:` link would misread (spaces, "?", "&", "#", ",", "<", ">", quotes).
pub fn parse_email(text: &str) -> Result<String, PlanError> {
    let text = text.trim();
    let plain = !text
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || "?&#,;<>\"'%/\\".contains(c));
    match text.split_once('@') {
        Some((name, domain))
            if plain
                && !name.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.') =>
        {
            Ok(text.to_string())
        }
        _ => Err(PlanError::NotAnEmail),
    }
}

pub fn required(text: &str) -> Result<String, PlanError> {
    let text = text.trim();
    if text.is_empty() {
        Err(PlanError::Empty)
    } else {
        Ok(text.to_string())
    }
}

impl Plan {
    /// Adds a blank indicator to an objective and returns its id.
    pub fn add_indicator(&mut self, objective_id: &str, name: &str) -> Option<String> {
        let id = self.unused_id("new");
        let objective = self.objectives.iter_mut().find(|o| o.id == objective_id)?;
        let code = format!("{}.{}", objective.number, objective.indicators.len() + 1);
        let staff = self
            .fields
            .first()
            .map(|f| f.id.clone())
            .unwrap_or_default();
        objective.indicators.push(Indicator {
            id: id.clone(),
            code,
            name: name.to_string(),
            wording: name.to_string(),
            measure: Measure::Ratio {
                numerator: Term::field(&staff, Part::Female),
                denominator: Term::field(&staff, Part::Total),
            },
            by_sex: false,
            sense: Sense::AtLeast,
            milestones: vec![
                Milestone {
                    year: 2025,
                    value: 50.0,
                },
                Milestone {
                    year: 2030,
                    value: 50.0,
                },
            ],
            baseline: None,
            yearly: false,
            not_applicable: None,
            note: String::new(),
        });
        Some(id)
    }

    pub fn remove_indicator(&mut self, id: &str) {
        for o in &mut self.objectives {
            o.indicators.retain(|i| i.id != id);
        }
    }

    /// Adds an action to a task group and returns its id.
    pub fn add_action(&mut self, group_id: &str, text: &str) -> Option<String> {
        let group = self.task_groups.iter_mut().find(|g| g.id == group_id)?;
        let mut n = group.actions.len() + 1;
        while group
            .actions
            .iter()
            .any(|a| a.id == format!("{}.{n}", group.id))
        {
            n += 1;
        }
        let id = format!("{}.{n}", group.id);
        group.actions.push(Action {
            id: id.clone(),
            text: text.to_string(),
        });
        Some(id)
    }

    pub fn remove_action(&mut self, action_id: &str) {
        for g in &mut self.task_groups {
            g.actions.retain(|a| a.id != action_id);
        }
    }

    fn unused_id(&self, prefix: &str) -> String {
        (1..)
            .map(|n| format!("{prefix}-{n}"))
            .find(|id| self.indicator(id).is_none())
            .unwrap_or_default()
    }

    /// `year` brought within the plan's years. Not `clamp`, which panics on reversed years:
    /// nothing built from a plan may stop the app.
    pub fn year_within(&self, year: i32) -> i32 {
        year.max(self.start_year).min(self.end_year)
    }

    pub fn indicators(&self) -> impl Iterator<Item = &Indicator> {
        self.objectives.iter().flat_map(|o| o.indicators.iter())
    }

    pub fn indicator(&self, id: &str) -> Option<&Indicator> {
        self.indicators().find(|i| i.id == id)
    }

    pub fn indicator_mut(&mut self, id: &str) -> Option<&mut Indicator> {
        self.objectives
            .iter_mut()
            .flat_map(|o| o.indicators.iter_mut())
            .find(|i| i.id == id)
    }

    pub fn action(&self, id: &str) -> Option<&Action> {
        self.task_groups
            .iter()
            .flat_map(|g| g.actions.iter())
            .find(|a| a.id == id)
    }

    pub fn action_mut(&mut self, id: &str) -> Option<&mut Action> {
        self.task_groups
            .iter_mut()
            .flat_map(|g| g.actions.iter_mut())
            .find(|a| a.id == id)
    }

    pub fn task_group(&self, id: &str) -> Option<&TaskGroup> {
        self.task_groups.iter().find(|g| g.id == id)
    }

    pub fn field(&self, id: &str) -> Option<&FieldDef> {
        self.fields.iter().find(|f| f.id == id)
    }

    /// Who an indicator counts (staff or children), from the figure its value is taken from.
    pub fn group_of(&self, indicator: &Indicator) -> FieldGroup {
        let term = match &indicator.measure {
            Measure::Ratio { numerator, .. } => numerator,
            Measure::Count { term, .. } => term,
        };
        term.field_id()
            .and_then(|f| self.field(f))
            .map(|f| f.group)
            .unwrap_or(FieldGroup::Staff)
    }

    pub fn objective_of(&self, indicator_id: &str) -> Option<&Objective> {
        self.objectives
            .iter()
            .find(|o| o.indicators.iter().any(|i| i.id == indicator_id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The name the data files give each choice (docs/data-format.md), written and read
    /// through the `keyed!` tables: pinned here, so that a changed key cannot go unnoticed.
    #[test]
    fn every_choice_is_written_and_read_by_its_name_in_the_files() {
        fn check<E>(named: &[(E, &str)])
        where
            E: Copy + PartialEq + std::fmt::Debug + Serialize + FromJson,
        {
            for &(choice, name) in named {
                let json = format!("\"{name}\"");
                assert_eq!(serde_json::to_string(&choice).unwrap(), json);
                assert_eq!(crate::domain::json::read::<E>(&json), Ok(choice));
            }
            assert!(crate::domain::json::read::<E>("\"no such key\"").is_err());
        }
        check(&[
            (Part::Total, "total"),
            (Part::Female, "female"),
            (Part::Male, "male"),
        ]);
        check(&[
            (Sense::AtLeast, "at_least"),
            (Sense::Above, "above"),
            (Sense::Maintain, "maintain"),
        ]);
        check(&[
            (FieldGroup::Staff, "staff"),
            (FieldGroup::Children, "children"),
            (FieldGroup::Communication, "communication"),
        ]);
        check(&[
            (Reach::Parents, "parents"),
            (Reach::Staff, "staff"),
            (Reach::Children, "children"),
            (Reach::Participants, "participants"),
        ]);
        use crate::domain::activity::ActivityKind;
        check(&[
            (ActivityKind::Training, "training"),
            (ActivityKind::Communication, "communication"),
            (ActivityKind::Meeting, "meeting"),
            (ActivityKind::Contest, "contest"),
            (ActivityKind::Other, "other"),
        ]);
    }

    #[test]
    fn an_email_is_one_plain_address() {
        assert_eq!(
            parse_email(" vanmieu@hanoi.gov.vn "),
            Ok("vanmieu@hanoi.gov.vn".into())
        );
        for bad in [
            "",
            "vanmieu",
            "a@b",
            "a@@b.vn",
            "@b.vn",
            "a b@c.vn",
            "a@b.vn?cc=x",
            "a@.vn",
            "a@b.vn,c@d.vn",
        ] {
            assert_eq!(parse_email(bad), Err(PlanError::NotAnEmail), "{bad}");
        }
    }
    use crate::defaults::hoa_mai;

    #[test]
    fn targets_are_read_with_a_decimal_comma() {
        assert_eq!(parse_target("9,1", true), Ok(9.1));
        assert_eq!(parse_target(" 65 % ", true), Ok(65.0));
        assert_eq!(parse_target("350", false), Ok(350.0));
        assert_eq!(parse_target("101", true), Err(PlanError::OutOfRange));
        assert_eq!(parse_target("-1", false), Err(PlanError::OutOfRange));
        assert_eq!(parse_target("abc", true), Err(PlanError::NotANumber));
        assert_eq!(parse_target("", true), Err(PlanError::Empty));
    }

    #[test]
    fn dates_are_read_from_date_inputs() {
        assert_eq!(
            parse_date("2022-03-28"),
            Ok(NaiveDate::from_ymd_opt(2022, 3, 28).unwrap())
        );
        assert_eq!(parse_date("2022-02-30"), Err(PlanError::BadDate));
        assert_eq!(parse_date("28/03/2022"), Err(PlanError::BadDate));
        assert_eq!(parse_date(""), Err(PlanError::BadDate));
        // 4294967295 would wrap to the year -1, written back as a text no reader takes.
        assert_eq!(parse_date("4294967295-01-01"), Err(PlanError::BadDate));
    }

    #[test]
    fn years_stay_within_the_plan() {
        let plan = hoa_mai();
        assert_eq!(parse_year("2027", &plan), Ok(2027));
        assert_eq!(parse_year("2031", &plan), Err(PlanError::YearOutsidePlan));
        assert_eq!(parse_year("x", &plan), Err(PlanError::NotANumber));
    }

    #[test]
    fn a_year_is_brought_within_the_plan_even_when_its_years_are_reversed() {
        let mut plan = hoa_mai();
        assert_eq!(plan.year_within(2035), 2030);
        assert_eq!(plan.year_within(2019), 2021);
        (plan.start_year, plan.end_year) = (2030, 2021);
        // No panic, as `clamp` would; the checks refuse such a plan before any view sees it.
        let _ = plan.year_within(2026);
    }

    #[test]
    fn a_baseline_is_stated_before_the_first_milestone() {
        let plan = hoa_mai();
        let creche = plan.indicator("2a-nt").unwrap();
        assert_eq!(creche.baseline_years(&plan), 2021..=2024);
        let staff = plan.indicator("4a-cb").unwrap();
        assert_eq!(staff.baseline_years(&plan), 2021..=2029);
        let b = creche
            .parse_baseline(&plan, "2021", ["40,5", "38", ""])
            .unwrap();
        assert_eq!(
            (b.year, b.value, b.female, b.male),
            (2021, 40.5, Some(38.0), None)
        );
        assert_eq!(
            creche.parse_baseline(&plan, "2025", ["40", "", ""]),
            Err((BaselineBox::Year, PlanError::YearOutsidePlan))
        );
        assert_eq!(
            creche.parse_baseline(&plan, "2021", ["", "", ""]),
            Err((BaselineBox::Value, PlanError::Empty))
        );
        assert_eq!(
            creche.parse_baseline(&plan, "2021", ["40", "", "120"]),
            Err((BaselineBox::Male, PlanError::OutOfRange))
        );
    }

    #[test]
    fn indicators_and_actions_are_added_and_removed() {
        let mut plan = hoa_mai();
        let before = plan.indicators().count();
        let id = plan.add_indicator("mt1", "Mới").unwrap();
        assert_eq!(plan.indicators().count(), before + 1);
        assert_eq!(plan.indicator(&id).unwrap().code, "1.1");
        let second = plan.add_indicator("mt1", "Mới").unwrap();
        assert_ne!(id, second);
        plan.remove_indicator(&id);
        assert!(plan.indicator(&id).is_none());
        assert!(plan.add_indicator("nope", "x").is_none());

        let action = plan.add_action("II.4", "Mua loa").unwrap();
        assert_eq!(action, "II.4.1");
        plan.remove_action(&action);
        assert!(plan.task_groups[3].actions.is_empty());
    }
}
