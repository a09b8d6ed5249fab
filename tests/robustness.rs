//! Outside data never stops the app: valid documents are mutated at random (numbers pushed to
//! the ends of their range, texts made huge, values of the wrong kind) and every path that
//! takes in a file or stored data (the checks, progress, charts, the report, the district's
//! roll-up) must neither panic nor take long. The app is built with `panic = "abort"`, so a
//! panic there would be a dead page.

use std::time::{Duration, Instant};

use bdg_tracker::domain::activity::{with_activities, Activity};
use bdg_tracker::domain::district::{read_office_file, roll_up, submissions_of, District};
use bdg_tracker::domain::document::Document;
use bdg_tracker::domain::figures::PeriodFigures;
use bdg_tracker::domain::import::read_document;
use bdg_tracker::domain::period::Period;
use bdg_tracker::domain::plan::{Baseline, Part};
use bdg_tracker::domain::progress;
use bdg_tracker::export::chart::indicator_svg;
use bdg_tracker::export::district::{json, OfficeSources};
use bdg_tracker::export::{office_report, report};
use bdg_tracker::i18n::Lang;
use chrono::NaiveDate;
use proptest::prelude::*;
use serde_json::Value;

/// A document with something in every part: figures of two periods, an activity, a baseline.
fn sample() -> Value {
    let mut doc = bdg_tracker::defaults::document();
    for (period, enrolled) in [(Period::annual(2025), 60), (Period::half(2026), 70)] {
        let mut f = PeriodFigures::default();
        for (field, total, female) in [
            ("staff", 40, Some(38)),
            ("creche_population", 100, Some(50)),
            ("creche_enrolled", enrolled, Some(30)),
            ("parents_reached", 170, None),
        ] {
            f = f
                .with(field, Part::Total, Some(total))
                .with(field, Part::Female, female);
        }
        doc.set_period_figures(period, f);
    }
    let mut a = Activity::on(NaiveDate::from_ymd_opt(2026, 3, 8).unwrap());
    a.title = "Tọa đàm 8/3".into();
    a.task_group = "II.3".into();
    a.parents = 120;
    doc.activities.push(a);
    doc.plan.indicator_mut("2a-nt").unwrap().baseline = Some(Baseline {
        year: 2021,
        value: 40.0,
        female: Some(38.0),
        male: None,
    });
    serde_json::to_value(doc).unwrap()
}

/// An office's roll-up file of the sample school, as the level above receives it.
fn office_sample() -> Value {
    let doc: Document = bdg_tracker::domain::json::read(&sample().to_string()).unwrap();
    let day = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    let mut office = District::default();
    office.receive(submissions_of(&doc, "a.json", day, &|_| Some(day)));
    serde_json::from_str(&roll_up_file(&office, &doc.plan)).unwrap()
}

fn roll_up_file(data: &District, base: &bdg_tracker::domain::plan::Plan) -> String {
    let roll = roll_up(data, base, None);
    let from = OfficeSources {
        roll: &roll,
        data,
        base,
        level: None,
        office: "Phòng A",
    };
    office_report::build(
        &from,
        Period::half(2026),
        NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
    );
    json(&from, "2026-06-08T00:00:00Z")
}

/// Mutates `value` at up to three of its leaves.
fn mutated(mut value: Value, picks: Vec<(prop::sample::Index, Value)>) -> String {
    let mut paths = Vec::new();
    leaves(&value, &mut Vec::new(), &mut paths);
    for (index, new) in picks {
        let path = index.get(&paths).clone();
        *at(&mut value, &path) = new;
    }
    value.to_string()
}

/// Every number and string in a JSON value, as paths of keys and indices.
fn leaves(value: &Value, path: &mut Vec<Value>, out: &mut Vec<Vec<Value>>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                path.push(Value::from(k.as_str()));
                leaves(v, path, out);
                path.pop();
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                path.push(Value::from(i));
                leaves(v, path, out);
                path.pop();
            }
        }
        _ => out.push(path.clone()),
    }
}

fn at<'a>(value: &'a mut Value, path: &[Value]) -> &'a mut Value {
    path.iter().fold(value, |v, key| match key {
        Value::String(k) => &mut v[k.as_str()],
        Value::Number(n) => &mut v[n.as_u64().unwrap_or(0) as usize],
        _ => v,
    })
}

/// What a mutated leaf becomes: the extremes a crafted file would use.
fn replacement() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::from(i64::MIN)),
        Just(Value::from(i64::MAX)),
        Just(Value::from(i32::MIN)),
        Just(Value::from(i32::MAX)),
        Just(Value::from(u64::MAX)),
        Just(Value::from(1.7e308)),
        Just(Value::from(-1.7e308)),
        Just(Value::from(-1)),
        Just(Value::from(0)),
        Just(Value::from(1999)),
        Just(Value::from(2100)),
        Just(Value::from(5e-324)),
        Just(Value::from("x".repeat(200_000))),
        Just(Value::from("")),
        Just(Value::from("2030-Y")),
        Just(Value::Null),
        Just(Value::from(true)),
        (-3000i64..3000).prop_map(Value::from),
        (0.0f64..1e7).prop_map(Value::from),
    ]
}

/// A damage to a text: cut there (`None`), or one byte replaced by one of JSON's own.
fn damage() -> impl Strategy<Value = Option<u8>> {
    prop_oneof![
        Just(None),
        prop::sample::select(b"{}[]\",:\\0123456789-e.ntf \n".to_vec()).prop_map(Some),
    ]
}

/// Everything the app does with a document it has read.
fn use_everywhere(doc: &Document) {
    let figures = with_activities(&doc.plan, &doc.figures, &doc.activities);
    let progress = progress::compute(&doc.plan, &figures);
    let years = (doc.plan.start_year, doc.plan.end_year);
    for ind in doc.plan.indicators() {
        if let Some(p) = progress.indicator(&ind.id) {
            indicator_svg(Lang::Vi, ind, doc.plan.group_of(ind), p, years);
        }
    }
    let day = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    for period in [
        Period::half(2026),
        Period::annual(2026),
        Period::annual(1999),
    ] {
        report::build(doc, &figures, &progress, period, day);
        doc.report_state(period, day);
    }
    let mut district = District::default();
    district.receive(submissions_of(doc, "a.json", day, &|_| Some(day)));
    roll_up(&district, &doc.plan, None);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn a_mutated_document_is_refused_or_handled_quickly(
        picks in prop::collection::vec((any::<prop::sample::Index>(), replacement()), 1..4)
    ) {
        let text = mutated(sample(), picks);
        let started = Instant::now();
        if let Ok(doc) = read_document(&text, &bdg_tracker::defaults::hoa_mai) {
            use_everywhere(&doc);
        }
        let took = started.elapsed();
        prop_assert!(took < Duration::from_secs(2), "took {took:?}");
    }

    #[test]
    fn a_damaged_text_is_refused_or_read_never_a_panic(
        edits in prop::collection::vec((any::<prop::sample::Index>(), damage()), 1..4)
    ) {
        let mut text = serde_json::to_string_pretty(&sample()).unwrap().into_bytes();
        for (index, edit) in edits {
            let at = index.index(text.len());
            match edit {
                None => text.truncate(at),
                Some(byte) => text[at] = byte,
            }
        }
        // The edits may split a character: the browser hands such a file over as replaced.
        let text = String::from_utf8_lossy(&text);
        if let Ok(doc) = read_document(&text, &bdg_tracker::defaults::hoa_mai) {
            use_everywhere(&doc);
        }
    }

    #[test]
    fn a_mutated_office_file_is_refused_or_rolled_up_quickly(
        picks in prop::collection::vec((any::<prop::sample::Index>(), replacement()), 1..4)
    ) {
        let text = mutated(office_sample(), picks);
        let started = Instant::now();
        let plan = bdg_tracker::defaults::hoa_mai();
        if let Ok(file) = read_office_file(&text) {
            let day = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
            let mut province = District::default();
            file.fault_against(&plan);
            province.receive(file.submissions("a.json", day, &|_| Some(day), &plan));
            roll_up_file(&province, &plan);
        }
        let took = started.elapsed();
        prop_assert!(took < Duration::from_secs(2), "took {took:?}");
    }
}
