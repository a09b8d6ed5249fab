//! The office's files: CSV, JSON, the workbook, the Word summary and print.

use leptos::prelude::*;

use leptos::task::spawn_local;

use crate::browser::{self};
use crate::domain::district::RollUp;
use crate::domain::plan::iso_date;
use crate::export::district as export;
use crate::i18n::{RollUpText, T};
use crate::ui::piece::{download_word, download_workbook};
use crate::ui::widgets::tr;

use super::{office_name, print_heading, Ctx};

#[component]
pub(super) fn ExportCard() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let roll = expect_context::<Memo<RollUp>>();
    let failed = RwSignal::new(false);
    // The Word file on its way: its button waits.
    let making = RwSignal::new(false);
    let name =
        move |extension: &str| format!("bdg-tong-hop-{}.{extension}", iso_date::to_text(ctx.today));
    let csv = move |_| {
        let lang = ctx.lang.get_untracked();
        let text = roll.with_untracked(|r| export::csv(r, lang));
        failed.set(browser::download(&name("csv"), "text/csv;charset=utf-8", &text).is_err());
    };
    // The workbook's code is a piece of its own, fetched the first time one is asked for.
    let workbook = move |_| {
        let lang = ctx.lang.get_untracked();
        let rows = roll.with_untracked(|r| export::rows(r, lang));
        failed.set(false);
        let sheet = RollUpText::XlsxSheet.get(lang).to_string();
        spawn_local(async move {
            failed.set(!download_workbook(name("xlsx"), sheet, rows, export::xlsx_columns()).await);
        });
    };
    // The printed summary as a Word file, from the Word writer's piece.
    let word = move |_| {
        let lang = ctx.lang.get_untracked();
        let period = ctx.period.get_untracked();
        let heading = untrack(|| print_heading(ctx));
        let file = roll.with_untracked(|r| {
            ctx.data.with_untracked(|d| {
                ctx.base.with_untracked(|plan| {
                    export::summary_file(r, d, plan, lang, period, ctx.today, &heading)
                })
            })
        });
        failed.set(false);
        making.set(true);
        spawn_local(async move {
            failed.set(!download_word(name("docx"), file).await);
            making.set(false);
        });
    };
    let json = move |_| {
        let office = untrack(|| office_name(ctx));
        let level = ctx.level.get_untracked();
        let text = roll.with_untracked(|roll| {
            ctx.data.with_untracked(|data| {
                ctx.base.with_untracked(|base| {
                    let from = export::OfficeSources {
                        roll,
                        data,
                        base,
                        level,
                        office: &office,
                    };
                    export::json(&from, &browser::now_iso())
                })
            })
        });
        failed.set(browser::download(&name("json"), "application/json", &text).is_err());
    };
    let clear = move |_| {
        let lang = ctx.lang.get_untracked();
        if browser::confirm(RollUpText::ClearConfirm.get(lang)) {
            ctx.remove(RollUpText::EverySchool.get(lang).to_string(), |next| {
                std::mem::take(&mut next.submissions).len()
            });
        }
    };
    view! {
        <section class="card no-print" aria-labelledby="export-title">
            <h2 id="export-title">{tr(RollUpText::ExportTitle)}</h2>
            <div class="actions">
                <button id="district-xlsx" on:click=workbook>{tr(RollUpText::ExportXlsx)}</button>
                <button id="district-csv" on:click=csv>{tr(RollUpText::ExportCsv)}</button>
                <button id="district-json" on:click=json>{tr(RollUpText::ExportJson)}</button>
                <button id="district-print" on:click=|_| browser::print()>{tr(RollUpText::Print)}</button>
                <button id="district-docx" on:click=word disabled=making>{tr(RollUpText::ExportDocx)}</button>
            </div>
            <p class="muted">{tr(RollUpText::ExportHelp)}</p>
            <p class="error" role="status">{move || failed.get().then(tr(T::ExportFailed))}</p>
            <p><button id="district-clear" class="danger" on:click=clear>{tr(RollUpText::Clear)}</button></p>
        </section>
    }
}
