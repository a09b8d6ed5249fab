//! The office's own report to the level above, for the period on screen: how it is headed and
//! signed (set once), its number and parts IV and V (kept per period), the report on paper as
//! it prints, its print and its Word file.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::{self};
use crate::domain::district::{OfficeReport, ReportHead, RollUp};
use crate::domain::plan::iso_date;
use crate::domain::report::Report;
use crate::export::district::OfficeSources;
use crate::export::docx;
use crate::export::office_report;
use crate::i18n::{period_name, RollUpText, ViewText, T};
use crate::ui::piece::download_word;
use crate::ui::report::paper::report_nodes;
use crate::ui::report::ReportText;
use crate::ui::widgets::{redrawn, tr};

use super::{office_name, Ctx};

/// What the page's root is marked with while the report prints (`style/print.css`).
const PRINT_MARK: &str = "office-report";

#[component]
pub(super) fn OfficeReportCard() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let roll = expect_context::<Memo<RollUp>>();
    let report = Memo::new(move |_| {
        let office = office_name(ctx);
        let level = ctx.level.get();
        let period = ctx.period.get();
        roll.with(|roll| {
            ctx.data.with(|data| {
                ctx.base.with(|base| {
                    let from = OfficeSources {
                        roll,
                        data,
                        base,
                        level,
                        office: &office,
                    };
                    office_report::build(&from, period, ctx.today)
                })
            })
        })
    });
    let failed = RwSignal::new(false);
    let making = RwSignal::new(false);
    // What the office typed is kept on top of what is stored now (`Ctx::commit`).
    let head = move |change: fn(&mut ReportHead, String)| {
        Callback::new(move |text: String| ctx.commit(|d| change(&mut d.head, text)))
    };
    let typed = move |change: fn(&mut OfficeReport, String)| {
        Callback::new(move |text: String| {
            let period = ctx.period.get_untracked();
            ctx.commit(|d| {
                let mut report = d.report(period);
                change(&mut report, text);
                d.set_report(report);
            })
        })
    };
    let head_text = move |of: fn(&ReportHead) -> &String| {
        Signal::derive(move || ctx.data.with(|d| of(&d.head).clone()))
    };
    let report_text =
        move |of: fn(&Report) -> &String| Signal::derive(move || report.with(|r| of(r).clone()));
    let redraft = move |_| {
        let lang = ctx.lang.get_untracked();
        if browser::confirm(RollUpText::RedraftConfirm.get(lang)) {
            let period = ctx.period.get_untracked();
            ctx.commit(|d| {
                let mut report = d.report(period);
                report.limitations = None;
                report.next_steps = None;
                d.set_report(report);
            });
        }
    };
    let word = move |_| {
        let file = report.with_untracked(|r| docx::report_file(r, Vec::new()));
        let name = format!("bdg-bao-cao-don-vi-{}.docx", iso_date::to_text(ctx.today));
        failed.set(false);
        making.set(true);
        spawn_local(async move {
            failed.set(!download_word(name, file).await);
            making.set(false);
        });
    };
    let help = move || {
        let lang = ctx.lang.get();
        RollUpText::ReportHelp.with(lang, &[("k", &period_name(lang, ctx.period.get()))])
    };
    view! {
        <section class="card office-report" id="office-report-card" aria-labelledby="office-report-title">
            <h2 id="office-report-title" class="no-print">{tr(RollUpText::ReportTitle)}</h2>
            <div class="no-print">
                <p class="muted">{help}</p>
                <div class="form-grid">
                    <ReportText id="office-report-parent" label=RollUpText::HeadParent rows=0
                        value=head_text(|h| &h.parent) on_change=head(|h, t| h.parent = t)/>
                    <ReportText id="office-report-place" label=RollUpText::HeadPlace rows=0
                        value=head_text(|h| &h.place) on_change=head(|h, t| h.place = t)/>
                </div>
                <ReportText id="office-report-recipient" label=RollUpText::HeadRecipient rows=0
                    value=head_text(|h| &h.recipient) on_change=head(|h, t| h.recipient = t)/>
                <ReportText id="office-report-number" label=RollUpText::ReportNumber rows=0
                    value=Signal::derive(move || {
                        let period = ctx.period.get();
                        ctx.data.with(|d| d.report(period).number)
                    })
                    on_change=typed(|r, t| r.number = t)/>
                <ReportText id="office-report-limitations" label=ViewText::ReportLimitations rows=6
                    value=report_text(|r| &r.limitations)
                    on_change=typed(|r, t| r.limitations = Some(t))/>
                <ReportText id="office-report-next-steps" label=ViewText::ReportNextSteps rows=6
                    value=report_text(|r| &r.next_steps)
                    on_change=typed(|r, t| r.next_steps = Some(t))/>
                <div class="form-grid">
                    <ReportText id="office-report-signer-title" label=RollUpText::SignerTitle rows=2
                        value=head_text(|h| &h.signer.title)
                        on_change=head(|h, t| h.signer.title = t)/>
                    <ReportText id="office-report-signer-name" label=RollUpText::SignerName rows=0
                        value=head_text(|h| &h.signer.name)
                        on_change=head(|h, t| h.signer.name = t)/>
                </div>
                <div class="actions">
                    <button id="office-report-print" on:click=|_| browser::print_marked(PRINT_MARK)>
                        {tr(RollUpText::ReportPrint)}
                    </button>
                    <button id="office-report-docx" on:click=word disabled=making>{tr(RollUpText::ReportDocx)}</button>
                    <button id="office-report-redraft" on:click=redraft>{tr(RollUpText::Redraft)}</button>
                </div>
                <p class="error" role="status">{move || failed.get().then(tr(T::ExportFailed))}</p>
            </div>
            {redrawn(move || report.with(|r| report_nodes(r, Vec::new()).render()))}
        </section>
    }
}
