//! The office's plan template: the plan an office above the schools writes for them (its
//! figures, indicators with their targets, task groups, key days), sent as a file of its own
//! kind that a school takes into its plan. The school keeps what is its own: its figures,
//! activities and reports, its plan's header and reporting, and what it stated of itself
//! (its baselines, the indicators it marked not applicable). A school that starts from the
//! template measures what the office measures, so its next file rolls up exactly.
//! Described in `docs/data-format.md`.

use std::collections::HashSet;

use chrono::NaiveDate;
use serde::Serialize;

use super::document::{read_file, Document, LoadError, TEMPLATE_FORMAT};
use super::import::{self, MAX_FILE_BYTES};
use super::plan::{iso_date, Plan};

/// Identifies a template among other JSON files, and tells it from a school's data.
pub const FORMAT: &str = TEMPLATE_FORMAT;
pub const VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Template {
    pub format: String,
    pub version: u32,
    /// The office that wrote it, as it names itself.
    pub office: String,
    #[serde(serialize_with = "iso_date::serialize")]
    pub made_on: NaiveDate,
    pub plan: Plan,
}

from_object!(Template {
    format,
    version,
    office,
    made_on as iso_date::Iso,
    plan
});

/// What taking a template changed in a school's document.
#[derive(Clone, Debug, PartialEq)]
pub struct Adopted {
    pub office: String,
    pub indicators: usize,
    /// The labels of the figures the school recorded that the template does not ask for:
    /// kept in its plan with what was recorded, so that nothing typed is lost.
    pub kept_fields: Vec<String>,
    /// The codes of the school's indicators whose baseline or not-applicable mark could not be
    /// kept: the template lacks them or measures them from other figures.
    pub dropped_statements: Vec<String>,
}

impl Template {
    pub fn new(office: String, made_on: NaiveDate, plan: Plan) -> Template {
        Template {
            format: FORMAT.to_string(),
            version: VERSION,
            office,
            made_on,
            plan,
        }
    }

    pub fn to_json(&self) -> String {
        // Plain data of strings and numbers: it always serialises.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// "bdg-mau-ke-hoach-2026-12-03.json".
    pub fn file_name(&self) -> String {
        format!("bdg-mau-ke-hoach-{}.json", iso_date::to_text(self.made_on))
    }

    /// `document` with this template's plan in place of its own, keeping what is the school's
    /// (see the module's comment). Refused, with nothing changed, if the result would not pass
    /// an import's checks: figures of a period outside the template's years, say.
    pub fn adopt(&self, document: &Document) -> Result<(Document, Adopted), LoadError> {
        let own = &document.plan;
        let mut plan = self.plan.clone();
        plan.document = own.document.clone();
        plan.reporting = own.reporting.clone();
        for indicator in plan.objectives.iter_mut().flat_map(|o| &mut o.indicators) {
            // The school's own statements, never another's; and only where the template's
            // indicator measures what the school's did: a baseline of other figures would
            // start the path from the wrong place.
            let mine = own
                .indicator(&indicator.id)
                .filter(|mine| mine.measure == indicator.measure);
            indicator.baseline = mine.and_then(|m| m.baseline);
            indicator.not_applicable = mine.and_then(|m| m.not_applicable.clone());
        }
        let dropped_statements = own
            .indicators()
            .filter(|mine| mine.baseline.is_some() || mine.not_applicable.is_some())
            .filter(|mine| {
                plan.indicator(&mine.id)
                    .is_none_or(|theirs| theirs.measure != mine.measure)
            })
            .map(|mine| mine.code.clone())
            .collect();
        let recorded: HashSet<&str> = document
            .figures
            .values()
            .flat_map(|f| f.0.keys().map(String::as_str))
            .collect();
        let kept: Vec<_> = own
            .fields
            .iter()
            .filter(|f| recorded.contains(f.id.as_str()) && plan.field(&f.id).is_none())
            .cloned()
            .collect();
        let adopted = Adopted {
            office: self.office.clone(),
            indicators: plan.indicators().count(),
            kept_fields: kept.iter().map(|f| f.label.clone()).collect(),
            dropped_statements,
        };
        plan.fields.extend(kept);
        let mut next = document.clone();
        next.plan = plan;
        match import::first_problem(&next) {
            Some(problem) => Err(problem),
            None => Ok((next, adopted)),
        }
    }
}

/// Reads an office's plan template ([`Template`]) the way a data file is read: size, JSON,
/// format, version, every field, then its plan's years, targets, texts and identifiers.
pub fn read_template(text: &str) -> Result<Template, LoadError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge { bytes: text.len() });
    }
    let template: Template = read_file(text, FORMAT, VERSION)?;
    match import::text_problem(text).or_else(|| import::plan_fault(&template.plan)) {
        Some(problem) => Err(problem),
        None => Ok(template),
    }
}

/// The plan of an office's template or of a school's data file, each read with its own checks,
/// with whose it is (the template's office, the school): what an office may take to roll up by.
/// A school's statements about itself (baselines, indicators not applicable) are not the
/// office's, and are left out.
pub fn read_plan(text: &str, shipped: &dyn Fn() -> Plan) -> Result<(String, Plan), LoadError> {
    let (whose, mut plan) = match read_template(text) {
        Err(LoadError::NotTemplate) => import::read_document(text, shipped)
            .map(|d| (d.plan.document.issuer.clone(), d.plan))?,
        read => read.map(|t| (t.office, t.plan))?,
    };
    for indicator in plan.objectives.iter_mut().flat_map(|o| &mut o.indicators) {
        indicator.baseline = None;
        indicator.not_applicable = None;
    }
    Ok((whose, plan))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::defaults::hoa_mai;
    use crate::domain::figures::{PeriodFigures, Tally};
    use crate::domain::period::{Period, PeriodKind};
    use crate::domain::plan::{Measure, Milestone, Part, Term};

    fn office_plan() -> Plan {
        let mut plan = hoa_mai();
        plan.document.issuer = "PHÒNG GD&ĐT".into();
        plan.reporting.recipient = "UBND tỉnh".into();
        let first = plan.indicators().next().unwrap().id.clone();
        plan.indicator_mut(&first).unwrap().milestones = vec![Milestone {
            year: 2025,
            value: 80.0,
        }];
        plan
    }

    fn template() -> Template {
        Template::new(
            "UBND phường Văn Miếu".into(),
            NaiveDate::from_ymd_opt(2026, 12, 3).unwrap(),
            office_plan(),
        )
    }

    fn school_with_figures(fields: &[&str]) -> Document {
        let mut school = Document::new(hoa_mai());
        school.plan.document.issuer = "TRƯỜNG MẦM NON SEN HỒNG".into();
        let mut figures = PeriodFigures::default();
        for id in fields {
            figures.0.insert(
                id.to_string(),
                Tally {
                    total: Some(10),
                    female: None,
                },
            );
        }
        let period = Period {
            year: 2025,
            kind: PeriodKind::Annual,
        };
        school.figures.insert(period, figures);
        school
    }

    #[test]
    fn a_template_reads_back_as_written() {
        let t = template();
        assert_eq!(read_template(&t.to_json()), Ok(t));
    }

    #[test]
    fn a_school_takes_the_offices_indicators_and_keeps_its_own() {
        let t = template();
        let mut school = school_with_figures(&[]);
        let first = school.plan.indicators().next().unwrap().id.clone();
        school.plan.indicator_mut(&first).unwrap().not_applicable = Some("Không có".into());
        let (next, adopted) = t.adopt(&school).unwrap();
        assert_eq!(next.plan.document.issuer, "TRƯỜNG MẦM NON SEN HỒNG");
        assert_eq!(next.plan.reporting, school.plan.reporting);
        let taken = next.plan.indicator(&first).unwrap();
        assert_eq!(taken.milestones[0].value, 80.0);
        assert_eq!(taken.not_applicable.as_deref(), Some("Không có"));
        assert_eq!(adopted.indicators, t.plan.indicators().count());
        assert_eq!(next.figures, school.figures);
    }

    #[test]
    fn figures_the_template_does_not_ask_for_keep_their_field() {
        let mut t = template();
        let dropped = t.plan.fields.remove(0);
        // The template measures nothing from the field it dropped.
        for objective in &mut t.plan.objectives {
            objective
                .indicators
                .retain(|i| !format!("{:?}", i.measure).contains(&format!("\"{}\"", dropped.id)));
        }
        let school = school_with_figures(&[&dropped.id]);
        let (next, adopted) = t.adopt(&school).unwrap();
        assert_eq!(adopted.kept_fields, vec![dropped.label.clone()]);
        assert!(next.plan.field(&dropped.id).is_some());
        assert_eq!(next.figures, school.figures);
    }

    #[test]
    fn a_template_that_cannot_hold_the_schools_figures_changes_nothing() {
        let mut t = template();
        t.plan.start_year = 2026;
        for indicator in t.plan.objectives.iter_mut().flat_map(|o| &mut o.indicators) {
            indicator.milestones.retain(|m| m.year >= 2026);
            indicator.baseline = None;
        }
        let school = school_with_figures(&["staff"]);
        assert!(matches!(
            t.adopt(&school),
            Err(LoadError::Figure { path, .. }) if path == "figures.2025-Y"
        ));
    }

    #[test]
    fn statements_of_an_indicator_measured_otherwise_are_dropped_and_named() {
        let mut t = template();
        let mut school = school_with_figures(&[]);
        let first = school.plan.indicators().next().unwrap().id.clone();
        let theirs = t.plan.indicator_mut(&first).unwrap();
        theirs.measure = Measure::Count {
            term: Term::field("staff", Part::Total),
            unit: String::new(),
        };
        theirs.not_applicable = Some("Lý do của phòng".into());
        let mine = school.plan.indicator_mut(&first).unwrap();
        mine.not_applicable = Some("Không có".into());
        let code = mine.code.clone();
        let (next, adopted) = t.adopt(&school).unwrap();
        assert_eq!(next.plan.indicator(&first).unwrap().not_applicable, None);
        assert_eq!(adopted.dropped_statements, vec![code]);
    }

    #[test]
    fn a_template_and_a_data_file_are_told_apart() {
        let school = Document::new(hoa_mai()).to_json();
        assert_eq!(read_template(&school), Err(LoadError::NotTemplate));
        let text = template().to_json();
        assert_eq!(
            import::read_document(&text, &hoa_mai),
            Err(LoadError::IsTemplate)
        );
        let newer = text.replace("\"version\": 1", "\"version\": 2");
        assert_eq!(
            read_template(&newer),
            Err(LoadError::NewerVersion {
                version: 2,
                newest: VERSION
            })
        );
    }

    #[test]
    fn an_office_takes_the_plan_of_a_template_or_of_a_schools_file() {
        let t = template();
        assert_eq!(
            read_plan(&t.to_json(), &hoa_mai),
            Ok((t.office.clone(), t.plan.clone()))
        );
        let mut school = school_with_figures(&["staff"]);
        let first = school.plan.indicators().next().unwrap().id.clone();
        school.plan.indicator_mut(&first).unwrap().not_applicable = Some("Không có".into());
        let (whose, plan) = read_plan(&school.to_json(), &hoa_mai).unwrap();
        assert_eq!(whose, "TRƯỜNG MẦM NON SEN HỒNG");
        assert_eq!(plan.indicator(&first).unwrap().not_applicable, None);
        assert_eq!(
            read_plan("{\"format\": \"x\"}", &hoa_mai),
            Err(LoadError::WrongFormat)
        );
    }

    #[test]
    fn a_template_whose_plan_contradicts_itself_is_refused() {
        let mut t = template();
        let id = t.plan.fields[0].id.clone();
        t.plan.fields[1].id = id.clone();
        assert!(matches!(
            read_template(&t.to_json()),
            Err(LoadError::Duplicate { id: d, .. }) if d == id
        ));
        let text = template()
            .to_json()
            .replace("\"made_on\": \"2026-12-03\"", "\"made_on\": \"hôm nay\"");
        assert!(
            matches!(read_template(&text), Err(LoadError::Wrong { path, .. }) if path == "made_on")
        );
    }
}
