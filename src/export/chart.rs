//! Charts drawn as SVG with plotters' SVG backend: an indicator's values against the path to
//! the targets, the milestones marked, and a line per sex where the indicator has them; and the
//! schools of a district compared on one indicator.
//!
//! Only the backend's drawing primitives are used, with the coordinates mapped here: plotters'
//! chart builder (mesh, label layout, legend) alone would cost about 20 KiB of the gzip budget.
//! The SVG is shown through an `<img>` data URI, so no markup is ever injected into the page;
//! only numbers and the app's own texts are drawn, and the table beside the chart carries the
//! same data for screen readers.

use plotters::backend::SVGBackend;
use plotters::style::{Color, RGBColor, ShapeStyle};
use plotters_backend::text_anchor::{HPos, Pos, VPos};
use plotters_backend::{BackendColor, BackendCoord, BackendTextStyle, DrawingBackend, FontFamily};

use crate::domain::period::PeriodKind;
use crate::domain::plan::{FieldGroup, Indicator, Measure, Part};
use crate::domain::progress::{expected_at, IndicatorProgress, Value};
use crate::i18n::{format_number, sex_label, Lang, RollUpText, ViewText};

const WIDTH: u32 = 720;
const HEIGHT: u32 = 380;
/// The plot area inside the margins: left, top, right, bottom.
const PLOT: (i32, i32, i32, i32) = (70, 16, 704, 326);
const INK: RGBColor = RGBColor(55, 65, 81);
const GRID: RGBColor = RGBColor(229, 231, 235);
const VALUE: RGBColor = RGBColor(29, 78, 216);
const PATH: RGBColor = RGBColor(75, 85, 99);
const FEMALE: RGBColor = RGBColor(162, 28, 175);
const MALE: RGBColor = RGBColor(15, 118, 110);
const MILESTONE: RGBColor = RGBColor(180, 83, 9);

/// A marker shape per series, so the lines differ by more than colour.
#[derive(Clone, Copy)]
enum Marker {
    Circle,
    Square,
    Diamond,
}

/// The chart as an SVG document, or `None` if it could not be drawn.
pub fn indicator_svg(
    lang: Lang,
    indicator: &Indicator,
    group: FieldGroup,
    progress: &IndicatorProgress,
    years: (i32, i32),
) -> Option<String> {
    let mut svg = String::new();
    {
        let mut backend = SVGBackend::with_string(&mut svg, (WIDTH, HEIGHT));
        let chart = Chart::new(indicator, progress, years);
        chart
            .draw(lang, indicator, group, progress, &mut backend)
            .ok()?;
        backend.present().ok()?;
    }
    Some(svg)
}

/// Maps plan time (years) and values to pixels.
struct Chart {
    x0: f64,
    x1: f64,
    /// The value axis: from `low` to `top`, a grid line every `step`.
    low: f64,
    top: f64,
    step: f64,
    is_ratio: bool,
}

type Drawn = Result<(), Box<dyn std::error::Error>>;

/// The largest value an axis shows: far above any figure (at most 1,000,000) a school types,
/// so that a number from a damaged file cannot make the grid loop run for ever.
const AXIS_LIMIT: f64 = 1e7;

/// A value axis that fits the values shown, with about five grid steps of 1, 2 or 5 times a
/// power of ten: targets of 97% and 99% stay apart rather than both near the top of 0-100%.
/// It starts at zero when the values are closer to zero than to each other.
fn fit_axis(values: impl Iterator<Item = f64>, is_ratio: bool) -> (f64, f64, f64) {
    let ceiling = if is_ratio { 100.0 } else { AXIS_LIMIT };
    let (lo, hi) = values
        .filter(|v| v.is_finite())
        .map(|v| v.max(0.0).min(ceiling))
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
            (lo.min(v), hi.max(v))
        });
    let (lo, hi) = if lo > hi { (0.0, 1.0) } else { (lo, hi) };
    let span = (hi - lo).max(if is_ratio { 2.0 } else { 1.0 });
    let step = nice_step(span * 1.2 / 5.0);
    let low = if lo < span / 2.0 {
        0.0
    } else {
        ((lo - span * 0.1) / step).floor() * step
    };
    let top = ((hi + span * 0.1) / step).ceil() * step;
    (low.max(0.0), top.min(ceiling).max(low + step), step)
}

impl Chart {
    fn new(
        indicator: &Indicator,
        progress: &IndicatorProgress,
        (first, last): (i32, i32),
    ) -> Chart {
        let is_ratio = matches!(indicator.measure, Measure::Ratio { .. });
        let shown = progress
            .periods
            .iter()
            .flat_map(|r| {
                let v = r.value;
                [
                    v.map(|v| v.total),
                    v.and_then(|v| v.female),
                    v.and_then(|v| v.male),
                    r.expected,
                ]
            })
            .flatten()
            .chain(indicator.milestones.iter().map(|m| m.value))
            .chain(indicator.baseline.map(|b| b.value));
        let (low, top, step) = fit_axis(shown, is_ratio);
        Chart {
            x0: first as f64 - 0.7,
            x1: last as f64 + 0.3,
            low,
            top,
            step,
            is_ratio,
        }
    }

    fn at(&self, (t, v): (f64, f64)) -> BackendCoord {
        let (left, top, right, bottom) = PLOT;
        let x = left as f64 + (t - self.x0) / (self.x1 - self.x0) * (right - left) as f64;
        // max and min rather than clamp, which panics if the bounds ever came out reversed.
        let share = (v.max(self.low).min(self.top) - self.low) / (self.top - self.low);
        let y = bottom as f64 - share * (bottom - top) as f64;
        (x.round() as i32, y.round() as i32)
    }

    fn value_label(&self, lang: Lang, v: f64) -> String {
        if self.is_ratio {
            format!("{}%", format_number(lang, v, 1))
        } else {
            format_number(lang, v, 0)
        }
    }

    fn draw(
        &self,
        lang: Lang,
        indicator: &Indicator,
        group: FieldGroup,
        progress: &IndicatorProgress,
        b: &mut SVGBackend,
    ) -> Drawn {
        let (left, top, right, bottom) = PLOT;
        b.draw_rect(
            (0, 0),
            (WIDTH as i32, HEIGHT as i32),
            &RGBColor(255, 255, 255).filled(),
            true,
        )?;
        // Value grid and labels.
        let mut v = self.low;
        while v <= self.top + 1e-9 {
            let (_, y) = self.at((self.x0, v));
            b.draw_line((left, y), (right, y), &GRID.stroke_width(1))?;
            let label = self.value_label(lang, v);
            b.draw_text(&label, &Label::new(17, INK, HPos::Right), (left - 8, y))?;
            v += self.step;
        }
        // Year labels.
        let (first, last) = ((self.x0 + 0.7) as i32, (self.x1 - 0.3) as i32);
        for year in first..=last {
            let (x, _) = self.at((year as f64, self.low));
            b.draw_line((x, bottom), (x, bottom + 5), &INK.stroke_width(1))?;
            b.draw_text(&year.to_string(), &Label::top(17, INK), (x, bottom + 8))?;
        }
        b.draw_line((left, bottom), (right, bottom), &INK.stroke_width(1))?;
        b.draw_line((left, top), (left, bottom), &INK.stroke_width(1))?;

        // The target path, dashed, wherever the plan and the baseline set one, every half year
        // (the view's plan years are the checked ones, so this is a bounded number of steps).
        let points: Vec<BackendCoord> = (0..=(last - first).max(0) * 2)
            .map(|n| first as f64 + n as f64 / 2.0)
            .filter_map(|t| expected_at(indicator, Part::Total, t).map(|e| self.at((t, e))))
            .collect();
        dashed(b, &points, &PATH.stroke_width(2))?;
        for m in &indicator.milestones {
            let (x, y) = self.at((m.year as f64, m.value));
            b.fill_polygon(
                vec![(x, y - 9), (x - 8, y + 5), (x + 8, y + 5)],
                &MILESTONE.filled(),
            )?;
            let label = format!("{}: {}", m.year, self.value_label(lang, m.value));
            b.draw_text(
                &label,
                &Label::new(14, MILESTONE, HPos::Right),
                (x - 10, y - 12),
            )?;
        }

        // A yearly target's 6-month values count half a year: the path is a whole year's, so
        // only whole years are drawn against it (the table lists both).
        let series = |pick: fn(&Value) -> Option<f64>| -> Vec<BackendCoord> {
            progress
                .periods
                .iter()
                .filter(|r| !indicator.yearly || r.period.kind == PeriodKind::Annual)
                .filter_map(|r| {
                    r.value
                        .and_then(|v| pick(&v))
                        .map(|x| self.at((r.period.position(), x)))
                })
                .collect()
        };
        let mut legend: Vec<(String, RGBColor, Option<Marker>)> =
            vec![(ViewText::TargetPath.get(lang).to_string(), PATH, None)];
        let mut lines = vec![(
            series(|v| Some(v.total)),
            VALUE,
            Marker::Circle,
            ViewText::Value.get(lang),
        )];
        if indicator.by_sex {
            lines.push((
                series(|v| v.female),
                FEMALE,
                Marker::Diamond,
                sex_label(lang, group, Part::Female),
            ));
            lines.push((
                series(|v| v.male),
                MALE,
                Marker::Square,
                sex_label(lang, group, Part::Male),
            ));
        }
        for (points, color, marker, name) in lines {
            if points.is_empty() {
                continue;
            }
            b.draw_path(points.clone(), &color.stroke_width(3))?;
            for p in points {
                mark(b, p, marker, color)?;
            }
            legend.push((name.to_string(), color, Some(marker)));
        }

        // Legend, bottom right inside the plot.
        let height = legend.len() as i32 * 24 + 8;
        let (lx, ly) = (right - 210, bottom - height - 8);
        b.draw_rect(
            (lx, ly),
            (right - 8, bottom - 8),
            &RGBColor(255, 255, 255).mix(0.9).filled(),
            true,
        )?;
        b.draw_rect(
            (lx, ly),
            (right - 8, bottom - 8),
            &PATH.stroke_width(1),
            false,
        )?;
        for (i, (name, color, marker)) in legend.into_iter().enumerate() {
            let y = ly + 16 + i as i32 * 24;
            match marker {
                None => dashed(b, &[(lx + 8, y), (lx + 32, y)], &color.stroke_width(2))?,
                Some(m) => {
                    b.draw_line((lx + 8, y), (lx + 32, y), &color.stroke_width(3))?;
                    mark(b, (lx + 20, y), m, color)?;
                }
            }
            b.draw_text(&name, &Label::new(16, INK, HPos::Left), (lx + 40, y))?;
        }
        Ok(())
    }
}

/// Schools compared on one indicator in one period: a bar per school with a value, highest
/// first, with the district's value and the target as vertical lines.
pub fn schools_svg(
    lang: Lang,
    indicator: &Indicator,
    schools: &[(String, f64)],
    district: Option<f64>,
    target: Option<f64>,
) -> Option<String> {
    const ROW: i32 = 26;
    const LEFT: i32 = 280;
    const RIGHT: i32 = 700;
    const TOP: i32 = 56;
    let is_ratio = matches!(indicator.measure, Measure::Ratio { .. });
    let highest = schools
        .iter()
        .map(|(_, v)| *v)
        .chain(district)
        .chain(target)
        .fold(1.0_f64, f64::max)
        .min(AXIS_LIMIT);
    let (top, step) = if is_ratio {
        (100.0, 20.0)
    } else {
        let step = nice_step(highest * 1.1 / 5.0);
        ((highest * 1.1 / step).ceil() * step, step)
    };
    let scale = Chart {
        x0: 0.0,
        x1: 1.0,
        low: 0.0,
        top,
        step,
        is_ratio,
    };
    let x_of = |v: f64| LEFT + (v.max(0.0).min(top) / top * (RIGHT - LEFT) as f64).round() as i32;
    let order = crate::domain::order_by_key(schools.iter().map(|(_, v)| -(v * 1000.0) as i64));
    let height = TOP + ROW * schools.len().max(1) as i32 + 16;
    let mut svg = String::new();
    {
        let mut b = SVGBackend::with_string(&mut svg, (WIDTH, height as u32));
        let drawn: Drawn = (|| {
            let b = &mut b;
            b.draw_rect(
                (0, 0),
                (WIDTH as i32, height),
                &RGBColor(255, 255, 255).filled(),
                true,
            )?;
            let bottom = height - 16;
            let mut v = 0.0;
            while v <= top + 1e-9 {
                let x = x_of(v);
                b.draw_line((x, TOP - 6), (x, bottom), &GRID.stroke_width(1))?;
                b.draw_text(
                    &scale.value_label(lang, v),
                    &Label::top(14, INK),
                    (x, TOP - 24),
                )?;
                v += step;
            }
            for (row, &n) in order.iter().enumerate() {
                let (name, value) = &schools[n];
                let y = TOP + row as i32 * ROW;
                let short: String = name.chars().take(34).collect();
                b.draw_text(
                    &short,
                    &Label::new(14, INK, HPos::Right),
                    (LEFT - 8, y + ROW / 2),
                )?;
                b.draw_rect(
                    (LEFT, y + 4),
                    (x_of(*value), y + ROW - 4),
                    &VALUE.filled(),
                    true,
                )?;
            }
            let lines = [
                (district, PATH, RollUpText::WholeDistrictShort),
                (target, MILESTONE, RollUpText::TargetShort),
            ];
            for (i, (value, color, name)) in lines.into_iter().enumerate() {
                let Some(value) = value else { continue };
                let x = x_of(value);
                dashed(b, &[(x, TOP - 6), (x, bottom)], &color.stroke_width(3))?;
                let label = format!("{}: {}", name.get(lang), scale.value_label(lang, value));
                let at = (LEFT + i as i32 * 220, 12);
                b.draw_line(at, (at.0 + 24, at.1), &color.stroke_width(3))?;
                b.draw_text(&label, &Label::new(14, INK, HPos::Left), (at.0 + 30, at.1))?;
            }
            Ok(())
        })();
        drawn.ok()?;
        b.present().ok()?;
    }
    Some(svg)
}

fn mark(b: &mut SVGBackend, (x, y): BackendCoord, marker: Marker, color: RGBColor) -> Drawn {
    let style = color.filled();
    match marker {
        Marker::Circle => b.draw_circle((x, y), 5, &style, true)?,
        Marker::Square => b.draw_rect((x - 5, y - 5), (x + 5, y + 5), &style, true)?,
        Marker::Diamond => {
            b.fill_polygon(vec![(x, y - 7), (x + 7, y), (x, y + 7), (x - 7, y)], &style)?
        }
    }
    Ok(())
}

/// A polyline drawn as 8-pixel dashes with 6-pixel gaps.
fn dashed(b: &mut SVGBackend, points: &[BackendCoord], style: &ShapeStyle) -> Drawn {
    let (dash, gap): (f64, f64) = (8.0, 6.0);
    let mut on = true;
    let mut left = dash;
    for w in points.windows(2) {
        let (a, z) = (
            (w[0].0 as f64, w[0].1 as f64),
            (w[1].0 as f64, w[1].1 as f64),
        );
        let length = ((z.0 - a.0).powi(2) + (z.1 - a.1).powi(2)).sqrt();
        let mut done = 0.0;
        while done < length {
            let run = left.min(length - done);
            let at = |d: f64| {
                let k = d / length;
                (
                    (a.0 + (z.0 - a.0) * k).round() as i32,
                    (a.1 + (z.1 - a.1) * k).round() as i32,
                )
            };
            if on {
                b.draw_line(at(done), at(done + run), style)?;
            }
            done += run;
            left -= run;
            if left <= 1e-9 {
                on = !on;
                left = if on { dash } else { gap };
            }
        }
    }
    Ok(())
}

/// 1, 2 or 5 times a power of ten: grid steps a reader can add up. (A loop rather than
/// `log10` and `powf`, which would bring their code into the app for this alone.)
fn nice_step(rough: f64) -> f64 {
    // NaN and infinity become the limit too, so the loop below always ends.
    let rough = if rough <= AXIS_LIMIT {
        rough
    } else {
        AXIS_LIMIT
    };
    let mut power = 1.0;
    while power * 10.0 <= rough {
        power *= 10.0;
    }
    [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * power)
        .find(|s| *s >= rough)
        .unwrap_or(10.0 * power)
}

/// The text style the SVG backend needs: a family, a size, a colour and an anchor.
struct Label {
    size: f64,
    color: RGBColor,
    anchor: Pos,
}

impl Label {
    fn new(size: u32, color: RGBColor, h: HPos) -> Label {
        Label {
            size: size as f64,
            color,
            anchor: Pos::new(h, VPos::Center),
        }
    }

    fn top(size: u32, color: RGBColor) -> Label {
        Label {
            size: size as f64,
            color,
            anchor: Pos::new(HPos::Center, VPos::Top),
        }
    }
}

impl BackendTextStyle for Label {
    type FontError = std::fmt::Error;

    fn color(&self) -> BackendColor {
        self.color.to_backend_color()
    }

    fn size(&self) -> f64 {
        self.size
    }

    fn anchor(&self) -> Pos {
        self.anchor
    }

    fn family(&self) -> FontFamily<'_> {
        FontFamily::SansSerif
    }

    /// Only asked for rotated text, which this chart never draws.
    fn layout_box(&self, text: &str) -> Result<((i32, i32), (i32, i32)), Self::FontError> {
        let width = (text.chars().count() as f64 * self.size * 0.55) as i32;
        Ok(((0, 0), (width, self.size as i32)))
    }

    fn draw<E, DrawFunc: FnMut(i32, i32, BackendColor) -> Result<(), E>>(
        &self,
        _text: &str,
        _pos: BackendCoord,
        _draw: DrawFunc,
    ) -> Result<Result<(), E>, std::fmt::Error> {
        // The SVG backend writes <text> elements itself and never rasterises glyphs.
        Ok(Ok(()))
    }
}

/// An SVG document as a `data:` URI for an `<img>`.
pub fn data_uri(svg: &str) -> String {
    data_uri_of("image/svg+xml", svg)
}

/// A text as a `data:` URI of a type, percent-encoded: an image's source, or a link's file.
pub fn data_uri_of(mime: &str, text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2 + 32);
    out.push_str("data:");
    out.push_str(mime);
    out.push_str(";charset=utf-8,");
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z'
            | b'a'..=b'z'
            | b'0'..=b'9'
            | b'-'
            | b'_'
            | b'.'
            | b'~'
            | b' '
            | b'/'
            | b'='
            | b':'
            | b','
            | b';'
            | b'('
            | b')' => out.push(byte as char),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::defaults::hoa_mai;
    use crate::domain::figures::{Figures, PeriodFigures, Tally};
    use crate::domain::period::Period;
    use crate::domain::progress::compute;

    #[test]
    fn draws_values_path_and_milestones() {
        let plan = hoa_mai();
        let mut f = PeriodFigures::default();
        f.0.insert(
            "creche_population".into(),
            Tally {
                total: Some(100),
                female: Some(50),
            },
        );
        f.0.insert(
            "creche_enrolled".into(),
            Tally {
                total: Some(60),
                female: Some(32),
            },
        );
        let figures: Figures = [(Period::annual(2023), f.clone()), (Period::annual(2024), f)]
            .into_iter()
            .collect();
        let progress = compute(&plan, &figures);
        let ind = plan.indicator("2a-nt").unwrap();
        let svg = indicator_svg(
            Lang::Vi,
            ind,
            FieldGroup::Children,
            progress.indicator("2a-nt").unwrap(),
            (2021, 2030),
        )
        .unwrap();
        assert!(svg.starts_with("<svg"));
        assert!(svg.contains("2025: 65%"));
        assert!(svg.contains("2030: 75%"));
        assert!(svg.contains("Lộ trình chỉ tiêu"));
        assert!(svg.contains("Trẻ gái") && svg.contains("Trẻ trai"));
        assert_eq!(
            svg.matches("<circle").count(),
            2 + 1,
            "two values and the legend's marker"
        );
    }

    #[test]
    fn counts_get_a_readable_scale() {
        assert_eq!(nice_step(77.0), 100.0);
        assert_eq!(nice_step(13.0), 20.0);
        assert_eq!(nice_step(0.3), 1.0);
    }

    #[test]
    fn data_uri_escapes_markup() {
        let uri = data_uri("<svg a=\"1\">#&%</svg>");
        assert_eq!(
            uri,
            "data:image/svg+xml;charset=utf-8,%3Csvg a=%221%22%3E%23%26%25%3C/svg%3E"
        );
    }
}
