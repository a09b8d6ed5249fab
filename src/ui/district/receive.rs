//! Receiving the schools' files: the box they are dropped in, the reading, what each brought.

use leptos::prelude::*;

use leptos::task::spawn_local;

use crate::browser::{self};
use crate::defaults::hoa_mai;
use chrono::NaiveDate;

use crate::domain::district::{read_received, District, Intake, Received};
use crate::domain::document::LoadError;
use crate::domain::import::MAX_FILE_BYTES;
use crate::domain::plan::Plan;
use crate::i18n::{load_error, period_short, RollUpText, D};
use crate::ui::node::{el, text_el, Node};
use crate::ui::piece::PieceMissing;
use crate::ui::widgets::{redrawn, tr, DropZone};

use super::Ctx;

/// Checks one received file, a school's or an office's, and sorts it into `intake`, by `plan`,
/// received on `today`. The code of the page's piece that reads files (the data file's reader
/// and every check), fetched with the first file received (`district_views!`).
pub fn sort_file(
    mut intake: Intake,
    file: String,
    text: Result<String, LoadError>,
    plan: Plan,
    today: NaiveDate,
) -> Intake {
    let read = text
        .and_then(|text| read_received(&text, &hoa_mai))
        .map(|mut received| {
            let name = match &mut received {
                Received::School(document) => &mut document.plan.document.issuer,
                Received::Office(office) => &mut office.office,
            };
            *name = browser::composed(name.trim());
            received
        });
    let day_of = |iso: &str| browser::local_time(iso).map(|t| t.date());
    intake.sort(file, read, &plan, today, &day_of);
    intake
}

/// Reads every file chosen or dropped, one after the other, each checked on its own: a
/// refused file is named with its fault and the others still count. If the code that reads
/// them cannot be fetched, none is taken and the page says so.
async fn receive(ctx: Ctx, files: Vec<browser::File>) {
    let total = files.len();
    let mut intake = Intake::default();
    let mut last_yield = browser::now_ms();
    for (n, file) in files.into_iter().enumerate() {
        let text = browser::read_text(&file, MAX_FILE_BYTES).await;
        let plan = ctx.base.get_untracked();
        intake = match (ctx.sort)(intake, file.name(), text, plan, ctx.today).await {
            Ok(intake) => intake,
            Err(PieceMissing) => return reading_missing(ctx),
        };
        // The page is redrawn and answers input every few frames, however many files.
        if browser::now_ms() - last_yield > 50.0 {
            ctx.reading.set(Some((n + 1, total)));
            browser::yield_to_page().await;
            last_yield = browser::now_ms();
        }
    }
    let Ok(intake) = (ctx.file)(ctx, intake).await else {
        return reading_missing(ctx);
    };
    ctx.page.update(|p| {
        p.received = Some(intake);
        p.read_missing = false;
    });
    ctx.reading.set(None);
}

/// The code that reads files could not be fetched: nothing of the batch was taken.
fn reading_missing(ctx: Ctx) {
    ctx.page.update(|p| {
        p.received = None;
        p.read_missing = true;
    });
    ctx.reading.set(None);
}

#[component]
pub(super) fn ReceiveCard() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let take = move |files: Vec<browser::File>| {
        // One batch at a time: the box is off while one is read.
        if files.is_empty() || ctx.reading.get_untracked().is_some() {
            return;
        }
        ctx.reading.set(Some((0, files.len())));
        spawn_local(receive(ctx, files));
    };
    let status = move || {
        let lang = ctx.lang.get();
        let reading = ctx.reading.get();
        ctx.page.with(|p| match (reading, &p.received) {
            _ if p.read_missing && reading.is_none() => D::ReadingMissing.get(lang).to_string(),
            (Some((done, total)), _) => {
                D::Reading.with(lang, &[("n", &done.to_string()), ("t", &total.to_string())])
            }
            (None, Some(r)) => D::ReadOutcome.with(
                lang,
                &[
                    ("t", &r.files.to_string()),
                    ("n", &r.taken().to_string()),
                    ("r", &r.rejected().to_string()),
                ],
            ),
            (None, None) => String::new(),
        })
    };
    view! {
        <section class="card no-print" aria-labelledby="receive-title">
            <h2 id="receive-title">{tr(D::ReceiveTitle)}</h2>
            <DropZone id="district-files" label=Signal::derive(tr(D::ReceivePick)) multiple=true
                disabled=Signal::derive(move || ctx.reading.get().is_some()) on_files=Callback::new(take)/>
            <p class="muted">{tr(D::ReceiveHelp)}</p>
            <p id="district-progress" role="status">{status}</p>
        </section>
    }
}

/// What the last batch of files brought, each refusal with its reason, and how many schools
/// the page rolls up: the first card of the roll-up's piece, since its wording of every
/// refusal is needed only once files were read.
#[component]
pub(super) fn ReceivedOutcome() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let problems = move || {
        let lang = ctx.lang.get();
        let items: Vec<Node> = ctx.page.with(|p| {
            let Some(r) = &p.received else {
                return Vec::new();
            };
            let refused = r.refused.iter().map(|(name, e)| {
                let text =
                    RollUpText::FileRefused.with(lang, &[("f", name), ("e", &load_error(lang, e))]);
                text_el("li", text).class("error")
            });
            let unnamed = r.unnamed.iter().map(|name| {
                text_el("li", RollUpText::FileUnnamed.with(lang, &[("f", name)])).class("error")
            });
            let empty = r
                .empty
                .iter()
                .map(|name| text_el("li", RollUpText::FileEmpty.with(lang, &[("f", name)])));
            let outside = r.outside.iter().map(|(name, period)| {
                let (start, end) = ctx.base.with(|plan| (plan.start_year, plan.end_year));
                let text = RollUpText::OutsidePlan.with(
                    lang,
                    &[
                        ("f", name),
                        ("k", &period_short(lang, *period)),
                        ("s", &start.to_string()),
                        ("e", &end.to_string()),
                    ],
                );
                text_el("li", text)
            });
            let repeats = r.repeats.iter().map(|rep| {
                let text = RollUpText::Repeated.with(
                    lang,
                    &[
                        ("s", &rep.school),
                        ("k", &period_short(lang, rep.period)),
                        ("f", &rep.kept),
                        ("o", &rep.dropped),
                    ],
                );
                text_el("li", text)
            });
            let contradicting = r.contradicting.iter().map(|(name, codes)| {
                let text =
                    RollUpText::Contradicting.with(lang, &[("f", name), ("c", &codes.join(", "))]);
                text_el("li", text).class("error")
            });
            let namesakes = r.namesakes.iter().map(|n| {
                let text = RollUpText::Namesake.with(
                    lang,
                    &[
                        ("f", &n.file),
                        ("s", &n.school),
                        ("p", &n.parent),
                        ("k", &period_short(lang, n.period)),
                        ("h", &n.held_parent),
                    ],
                );
                text_el("li", text).class("error")
            });
            refused
                .chain(unnamed)
                .chain(empty)
                .chain(outside)
                .chain(repeats)
                .chain(contradicting)
                .chain(namesakes)
                .collect()
        });
        el("ul", items)
            .attr("id", "district-problems")
            .attr("aria-live", "polite")
            .render()
    };
    let summary = move || {
        let lang = ctx.lang.get();
        // Every school that sent, whatever level is chosen below.
        let schools = ctx.data.with(District::senders);
        let submissions = ctx.data.with(|d| d.submissions.len());
        let text = RollUpText::Summary.with(
            lang,
            &[("s", &schools.to_string()), ("n", &submissions.to_string())],
        );
        text_el("p", text)
            .attr("id", "district-summary")
            .attr("data-schools", schools.to_string())
            .render()
    };
    view! {
        <section class="card no-print" id="district-outcome">
            {redrawn(summary)}
            {redrawn(problems)}
        </section>
    }
}
