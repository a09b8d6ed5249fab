//! The report on paper, a school's or an office's: built as a tree of nodes and drawn by one
//! renderer (ui::node).

use crate::domain::report::{Report, NO_INDICATORS, RESULT_HEADS};
use crate::ui::node::{el, text_el, Node};

/// The report on paper: always in Vietnamese. Built as data and drawn by one renderer.
pub(crate) fn report_nodes(r: &Report, charts: Vec<Node>) -> Node {
    let cell = |tag, text: &String| text_el(tag, text.clone());
    let mut rows = Vec::new();
    for o in &r.objectives {
        rows.push(
            el(
                "tr",
                vec![text_el("th", o.title.clone())
                    .attr("colspan", "6")
                    .attr("scope", "colgroup")],
            )
            .class("objective-row"),
        );
        if o.rows.is_empty() {
            rows.push(el(
                "tr",
                vec![text_el("td", NO_INDICATORS).attr("colspan", "6")],
            ));
        }
        for row in &o.rows {
            rows.push(
                el(
                    "tr",
                    vec![
                        text_el("td", format!("{} {}", row.code, row.name)),
                        cell("td", &row.target_2025),
                        cell("td", &row.target_2030),
                        cell("td", &row.value),
                        cell("td", &row.change),
                        cell("td", &row.status),
                    ],
                )
                .attr("data-code", row.code.clone()),
            );
            if !row.note.is_empty() {
                rows.push(
                    el(
                        "tr",
                        vec![text_el("td", format!("Ghi chú: {}", row.note)).attr("colspan", "6")],
                    )
                    .class("row-note"),
                );
            }
        }
    }
    let head = RESULT_HEADS
        .into_iter()
        .map(|h| text_el("th", h).attr("scope", "col"))
        .collect();
    let paragraphs = |text: &str| {
        text.lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| text_el("p", l))
            .collect::<Vec<_>>()
    };
    let mut body = vec![
        el(
            "header",
            vec![
                el(
                    "div",
                    vec![
                        text_el("p", r.issuer_parent.clone()),
                        text_el("p", r.issuer.clone()).class("strong issuer"),
                        text_el("p", r.number.clone()).class("number"),
                    ],
                )
                .class("issuer-block"),
                el(
                    "div",
                    vec![
                        text_el("p", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").class("strong national"),
                        el(
                            "p",
                            vec![text_el("span", "Độc lập - Tự do - Hạnh phúc").class("ruled")],
                        )
                        .class("strong motto"),
                        text_el("p", r.place_date.clone()).class("place-date"),
                    ],
                )
                .class("motto-block"),
            ],
        )
        .class("report-head"),
        el(
            "h2",
            vec![
                Node::Text("BÁO CÁO".into()),
                el("br", vec![]),
                text_el("span", r.subject.clone()).class("report-subject"),
            ],
        )
        .class("report-title"),
    ];
    if !r.addressee.is_empty() {
        body.push(text_el("p", format!("Kính gửi: {}.", r.addressee)).class("addressee"));
    }
    body.push(text_el("h3", "I. TÌNH HÌNH CHUNG"));
    body.extend(r.situation.iter().map(|l| text_el("p", l.clone())));
    body.push(text_el(
        "h3",
        "II. KẾT QUẢ THỰC HIỆN CÁC MỤC TIÊU, CHỈ TIÊU",
    ));
    body.push(
        el(
            "table",
            vec![el("thead", vec![el("tr", head)]), el("tbody", rows)],
        )
        .class("report-table"),
    );
    body.push(el("div", charts).class("report-charts"));
    body.push(text_el("h3", r.tasks_title()));
    for g in &r.task_groups {
        body.push(text_el("h4", g.title.clone()));
        // Reports finished before part III said idle groups once list them one by one.
        let items = if g.activities.is_empty() {
            vec![text_el("li", "Chưa ghi nhận hoạt động trong kỳ.")]
        } else {
            g.activities
                .iter()
                .map(|a| text_el("li", a.clone()))
                .collect()
        };
        body.push(el("ul", items));
    }
    if let Some(text) = r.part_three_note() {
        body.push(text_el("p", text).class("idle-groups"));
    }
    body.push(text_el("h3", "IV. HẠN CHẾ VÀ NGUYÊN NHÂN"));
    body.extend(paragraphs(&r.limitations));
    body.push(text_el("h3", "V. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI VÀ ĐỀ XUẤT"));
    body.extend(paragraphs(&r.next_steps));
    let mut recipients = vec![text_el("p", "Nơi nhận:").class("strong-italic")];
    recipients.extend(r.recipients.iter().map(|l| text_el("p", l.clone())));
    let mut signature: Vec<Node> = r
        .signer
        .lines()
        .map(|l| text_el("p", l.trim().to_string()).class("strong"))
        .collect();
    // The space for the signature and the stamp, then the name, or the form's words for it.
    signature.push(el("div", vec![]).class("signature-space"));
    signature.push(if r.signer_name.is_empty() {
        text_el("p", "(Ký, ghi rõ họ tên và đóng dấu)").class("muted-print")
    } else {
        text_el("p", r.signer_name.clone()).class("strong signer-name")
    });
    body.push(
        el(
            "footer",
            vec![
                el("div", recipients).class("recipients"),
                el("div", signature).class("signature"),
            ],
        )
        .class("report-foot"),
    );
    el("article", body)
        .class("report")
        .attr("id", "report")
        .attr("lang", "vi")
}
