//! Word files, for the officials who edit, sign and file reports in Word: a school's report
//! (the page the print stylesheet makes, Nghị định 30/2020, Phụ lục I) and the office's
//! summary. Each page describes its file as a [`WordFile`] of blocks; [`write`] turns one into
//! a .docx on A4 with the administrative margins, in Times New Roman 13 pt. Only `write` uses
//! the docx crate, and it is a piece of its own (`ui::piece::docx_file`), fetched only when a
//! Word file is asked for.

use docx_rs::{
    AlignmentType, BreakType, Docx, Header, LineSpacing, PageMargin, PageNum, PageOrientationType,
    Paragraph, Pic, Run, RunFonts, Table, TableBorders, TableCell, TableRow, WidthType,
};

use crate::domain::report::{Report, NO_INDICATORS, RESULT_HEADS};

pub const MIME: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/// A document as the blocks it is made of, in order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WordFile {
    /// On landscape pages (a table of many columns).
    pub landscape: bool,
    pub blocks: Vec<Block>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    Para(Para),
    /// Columns side by side without borders (ND30's header and signature blocks): each its
    /// share of the text's width in per cent, and its paragraphs.
    Columns(Vec<(u32, Vec<Para>)>),
    /// A table with borders: each column's share of the width in per cent, then the rows (the
    /// first is the header; docx-rs 0.4 cannot mark it to repeat on each page); a row never
    /// splits across pages.
    Table {
        widths: Vec<u32>,
        rows: Vec<Vec<Cell>>,
    },
    Picture(ChartImage),
}

/// A paragraph: its lines (joined by line breaks), and how it is set.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Para {
    pub text: String,
    pub centred: bool,
    /// Justified, as running text is; otherwise left-aligned.
    pub justified: bool,
    pub bold: bool,
    pub italic: bool,
    pub underline: bool,
    /// In points; 0 is the document's 13 pt (a table cell's 11 pt).
    pub size: u32,
    /// Space before, in points.
    pub before: u32,
    /// Kept on the page of the next paragraph (a heading).
    pub keep_next: bool,
}

impl Para {
    pub fn new(text: impl Into<String>) -> Para {
        Para {
            text: text.into(),
            ..Para::default()
        }
    }

    /// Running text: justified.
    pub fn text(text: impl Into<String>) -> Para {
        Para {
            justified: true,
            ..Para::new(text)
        }
    }

    /// A heading: bold, with space before, kept with what follows.
    pub fn heading(text: impl Into<String>) -> Para {
        Para {
            bold: true,
            before: 9,
            keep_next: true,
            ..Para::new(text)
        }
    }

    pub fn centred(self) -> Para {
        Para {
            centred: true,
            ..self
        }
    }

    pub fn bold(self) -> Para {
        Para { bold: true, ..self }
    }

    pub fn italic(self) -> Para {
        Para {
            italic: true,
            ..self
        }
    }

    pub fn underline(self) -> Para {
        Para {
            underline: true,
            ..self
        }
    }

    pub fn size(self, points: u32) -> Para {
        Para {
            size: points,
            ..self
        }
    }

    pub fn keep_with_next(self) -> Para {
        Para {
            keep_next: true,
            ..self
        }
    }

    pub fn before(self, points: u32) -> Para {
        Para {
            before: points,
            ..self
        }
    }
}

/// A table cell: its text, bold or not, and how many columns it spans.
#[derive(Clone, Debug, PartialEq)]
pub struct Cell {
    pub text: String,
    pub bold: bool,
    pub span: usize,
}

impl Cell {
    pub fn new(text: impl Into<String>) -> Cell {
        Cell {
            text: text.into(),
            bold: false,
            span: 1,
        }
    }

    pub fn bold(text: impl Into<String>) -> Cell {
        Cell {
            bold: true,
            ..Cell::new(text)
        }
    }

    pub fn spanning(self, columns: usize) -> Cell {
        Cell {
            span: columns.max(1),
            ..self
        }
    }
}

/// A chart already drawn as a PNG by the browser, with its size in pixels and its caption.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartImage {
    pub caption: String,
    pub png: Vec<u8>,
    pub width: u32,
    pub height: u32,
}

/// A report as a Word file, a school's or an office's: the same parts as on paper, `charts`
/// after part II.
pub fn report_file(report: &Report, charts: Vec<ChartImage>) -> WordFile {
    let mut blocks = vec![
        Block::Columns(vec![
            (
                40,
                vec![
                    Para::new(&report.issuer_parent).centred().size(12),
                    Para::new(&report.issuer).centred().bold().size(12),
                    // The short rule under the school's name.
                    Para::new("――――――").centred().size(8),
                    Para::new(&report.number).centred(),
                ],
            ),
            (
                60,
                vec![
                    Para::new("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                        .centred()
                        .bold()
                        .size(12),
                    Para::new("Độc lập - Tự do - Hạnh phúc")
                        .centred()
                        .bold()
                        .underline(),
                    Para::new(&report.place_date).centred().italic().before(8),
                ],
            ),
        ]),
        Block::Para(Para::new("BÁO CÁO").centred().bold().size(14).before(12)),
        Block::Para(Para::new(&report.subject).centred().bold()),
    ];
    if !report.addressee.is_empty() {
        blocks.push(Block::Para(
            Para::new(format!("Kính gửi: {}.", report.addressee))
                .centred()
                .before(6),
        ));
    }
    blocks.push(Block::Para(Para::heading("I. TÌNH HÌNH CHUNG")));
    blocks.extend(report.situation.iter().map(|l| Block::Para(Para::text(l))));
    blocks.push(Block::Para(Para::heading(
        "II. KẾT QUẢ THỰC HIỆN CÁC MỤC TIÊU, CHỈ TIÊU",
    )));
    blocks.push(results(report));
    blocks.extend(charts.into_iter().map(Block::Picture));
    blocks.push(Block::Para(Para::heading(report.tasks_title())));
    for group in &report.task_groups {
        blocks.push(Block::Para(Para::new(&group.title).bold().keep_with_next()));
        if group.activities.is_empty() {
            blocks.push(Block::Para(Para::text(
                "- Chưa ghi nhận hoạt động trong kỳ.",
            )));
        }
        for activity in &group.activities {
            blocks.push(Block::Para(Para::text(format!("- {activity}"))));
        }
    }
    if let Some(idle) = report.part_three_note() {
        blocks.push(Block::Para(Para::text(idle)));
    }
    for (title, body) in [
        ("IV. HẠN CHẾ VÀ NGUYÊN NHÂN", &report.limitations),
        (
            "V. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI VÀ ĐỀ XUẤT",
            &report.next_steps,
        ),
    ] {
        blocks.push(Block::Para(Para::heading(title)));
        blocks.extend(
            body.lines()
                .filter(|l| !l.trim().is_empty())
                .map(|l| Block::Para(Para::text(l))),
        );
    }
    let mut recipients = vec![Para::new("Nơi nhận:").bold().italic().size(12).before(12)];
    recipients.extend(report.recipients.iter().map(|l| Para::new(l).size(11)));
    let title: Vec<&str> = report.signer.lines().map(str::trim).collect();
    let mut signature = vec![Para::new(title.join("\n")).centred().bold().before(12)];
    // Room for the signature and the stamp.
    signature.extend((0..4).map(|_| Para::new("")));
    signature.push(if report.signer_name.is_empty() {
        Para::new("(Ký, ghi rõ họ tên và đóng dấu)")
            .centred()
            .italic()
    } else {
        Para::new(&report.signer_name).centred().bold()
    });
    blocks.push(Block::Columns(vec![(50, recipients), (50, signature)]));
    WordFile {
        landscape: false,
        blocks,
    }
}

/// Part II: every objective with its indicators, their targets, value, change and status.
fn results(report: &Report) -> Block {
    const SPAN: usize = RESULT_HEADS.len();
    let mut rows = vec![RESULT_HEADS
        .iter()
        .map(|h| Cell::bold(*h))
        .collect::<Vec<_>>()];
    for objective in &report.objectives {
        rows.push(vec![Cell::bold(&objective.title).spanning(SPAN)]);
        if objective.rows.is_empty() {
            rows.push(vec![Cell::new(NO_INDICATORS).spanning(SPAN)]);
        }
        for row in &objective.rows {
            rows.push(vec![
                Cell::new(format!("{} {}", row.code, row.name)),
                Cell::new(&row.target_2025),
                Cell::new(&row.target_2030),
                Cell::new(&row.value),
                Cell::new(&row.change),
                Cell::new(&row.status),
            ]);
            if !row.note.is_empty() {
                rows.push(vec![
                    Cell::new(format!("Ghi chú: {}", row.note)).spanning(SPAN)
                ]);
            }
        }
    }
    Block::Table {
        widths: vec![31, 14, 14, 13, 13, 15],
        rows,
    }
}

/// A4 in twentieths of a point, and ND30's margins: 20 mm top and bottom, 30 mm left, 15 mm
/// right (1 mm = 56.7 twips).
const A4: (u32, u32) = (11_906, 16_838);
const MARGINS: (i32, i32, i32, i32) = (1_134, 850, 1_134, 1_701);
/// The text's width on a portrait page; a landscape page's is the height less the same margins.
const fn text_width(landscape: bool) -> u32 {
    let page = if landscape { A4.1 } else { A4.0 };
    page - (MARGINS.1 + MARGINS.3) as u32
}
/// Cell text is 11 pt.
const CELL_POINTS: usize = 11;
/// A picture across 150 mm (of the 165 mm of text), in EMU (36,000 to the millimetre).
const PICTURE_WIDTH_EMU: u64 = 150 * 36_000;

/// The .docx of `file`.
pub fn write(file: &WordFile) -> Result<Vec<u8>, String> {
    let (width, height) = if file.landscape { (A4.1, A4.0) } else { A4 };
    let text_width = text_width(file.landscape);
    let mut doc = Docx::new()
        .page_size(width, height)
        .page_margin(
            PageMargin::new()
                .top(MARGINS.0)
                .right(MARGINS.1)
                .bottom(MARGINS.2)
                .left(MARGINS.3)
                .header(567),
        )
        .default_fonts(
            RunFonts::new()
                .ascii("Times New Roman")
                .hi_ansi("Times New Roman")
                .cs("Times New Roman")
                .east_asia("Times New Roman"),
        )
        .default_size(26)
        // The page number centred at the top from page 2 on; none on page 1.
        .header(
            Header::new().add_paragraph(
                Paragraph::new()
                    .align(AlignmentType::Center)
                    .add_page_num(PageNum::new()),
            ),
        )
        // (Setting a first page's header also marks the first page as different.)
        .first_header(Header::new());
    if file.landscape {
        doc = doc.page_orient(PageOrientationType::Landscape);
    }
    for block in &file.blocks {
        doc = match block {
            Block::Para(p) => doc.add_paragraph(paragraph(p, None)),
            Block::Columns(columns) => doc.add_table(layout(columns, text_width)),
            Block::Table { widths, rows } => doc.add_table(table(widths, rows, text_width)),
            Block::Picture(chart) => {
                let height =
                    PICTURE_WIDTH_EMU * u64::from(chart.height) / u64::from(chart.width.max(1));
                let pic = Pic::new_with_dimensions(chart.png.clone(), chart.width, chart.height)
                    .size(
                        PICTURE_WIDTH_EMU as u32,
                        height.min(u64::from(u32::MAX)) as u32,
                    );
                doc.add_paragraph(
                    Paragraph::new()
                        .align(AlignmentType::Center)
                        .keep_next(true)
                        .add_run(Run::new().add_image(pic)),
                )
                .add_paragraph(paragraph(
                    &Para::new(&chart.caption).centred().italic().size(11),
                    None,
                ))
            }
        };
    }
    let mut out = std::io::Cursor::new(Vec::new());
    doc.build().pack(&mut out).map_err(|e| e.to_string())?;
    Ok(out.into_inner())
}

/// A paragraph as Word sets it; `cell_size` in half-points for text in a table.
fn paragraph(p: &Para, cell_size: Option<usize>) -> Paragraph {
    let align = if p.centred {
        AlignmentType::Center
    } else if p.justified {
        AlignmentType::Both
    } else {
        AlignmentType::Left
    };
    let mut paragraph = Paragraph::new()
        .align(align)
        .keep_next(p.keep_next)
        .line_spacing(LineSpacing::new().before(p.before * 20).after(60));
    for (i, line) in p.text.lines().enumerate() {
        let mut run = Run::new();
        if i > 0 {
            run = run.add_break(BreakType::TextWrapping);
        }
        run = run.add_text(xml_text(line));
        if p.bold {
            run = run.bold();
        }
        if p.italic {
            run = run.italic();
        }
        if p.underline {
            run = run.underline("single");
        }
        let size = match (p.size, cell_size) {
            (0, Some(size)) => size,
            (0, None) => 0,
            (points, _) => points as usize * 2,
        };
        if size > 0 {
            run = run.size(size);
        }
        paragraph = paragraph.add_run(run);
    }
    paragraph
}

/// `text` without the characters XML 1.0 forbids (control characters a pasted text can carry):
/// Word refuses a file that has one.
fn xml_text(text: &str) -> String {
    text.chars()
        .filter(|c| {
            !matches!(c, '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}')
        })
        .collect()
}

/// Widths in per cent as twips of `text_width`.
fn grid(widths: &[u32], text_width: u32) -> Vec<usize> {
    let total = widths.iter().sum::<u32>().max(1);
    widths
        .iter()
        .map(|w| (u64::from(*w) * u64::from(text_width) / u64::from(total)) as usize)
        .collect()
}

fn layout(columns: &[(u32, Vec<Para>)], text_width: u32) -> Table {
    let widths: Vec<u32> = columns.iter().map(|(w, _)| *w).collect();
    let grid = grid(&widths, text_width);
    let cells = columns
        .iter()
        .zip(&grid)
        .map(|((_, paras), w)| {
            paras
                .iter()
                .fold(TableCell::new(), |cell, p| {
                    cell.add_paragraph(paragraph(p, None))
                })
                .width(*w, WidthType::Dxa)
        })
        .collect();
    Table::new(vec![TableRow::new(cells)])
        .set_grid(grid)
        .width(text_width as usize, WidthType::Dxa)
        .set_borders(TableBorders::with_empty())
}

fn table(widths: &[u32], rows: &[Vec<Cell>], text_width: u32) -> Table {
    let grid = grid(widths, text_width);
    let rows = rows
        .iter()
        .map(|row| {
            let cells = row
                .iter()
                .map(|c| {
                    let p = Para {
                        bold: c.bold,
                        ..Para::new(&c.text)
                    };
                    let cell = TableCell::new().add_paragraph(paragraph(&p, Some(CELL_POINTS * 2)));
                    if c.span > 1 {
                        cell.grid_span(c.span)
                    } else {
                        cell
                    }
                })
                .collect();
            TableRow::new(cells).cant_split()
        })
        .collect();
    Table::new(rows)
        .set_grid(grid)
        .width(text_width as usize, WidthType::Dxa)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::report::{ReportGroup, ReportObjective, ReportRow};

    fn sample() -> Report {
        Report {
            issuer_parent: "UBND PHƯỜNG VĂN MIẾU - QUỐC TỬ GIÁM".into(),
            issuer: "TRƯỜNG MẦM NON HOA MAI".into(),
            number: "Số: 15/BC-MNHM".into(),
            place_date: "Đống Đa, ngày 10 tháng 6 năm 2026".into(),
            subject: "Sơ kết 6 tháng đầu năm 2026 <&> thực hiện Kế hoạch".into(),
            situation: vec!["Tổng số CBGVNV: 40, trong đó nữ: 38 (95%).".into()],
            objectives: vec![
                ReportObjective {
                    title: "Mục tiêu 1: Lồng ghép giới".into(),
                    rows: vec![],
                },
                ReportObjective {
                    title: "Mục tiêu 3: Nữ lãnh đạo".into(),
                    rows: vec![ReportRow {
                        code: "3.b".into(),
                        name: "Nữ giữ vị trí chủ chốt".into(),
                        value: "75%".into(),
                        status: "Đã đạt".into(),
                        ..ReportRow::default()
                    }],
                },
            ],
            task_groups: vec![ReportGroup {
                title: "1. Truyền thông".into(),
                activities: vec!["08/03/2026: Tọa đàm 8/3".into()],
            }],
            idle_groups: vec!["Tập huấn".into()],
            limitations: "Kinh phí hạn chế.\u{1}\n\nThiếu tài liệu.".into(),
            next_steps: "Tiếp tục cập nhật.".into(),
            signer: "KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG".into(),
            signer_name: "Nguyễn Thị Lan".into(),
            addressee: "UBND phường Văn Miếu - Quốc Tử Giám".into(),
            recipients: vec!["- Như trên;".into(), "- Lưu: VT.".into()],
            ..Report::default()
        }
    }

    /// Every text of a Word file's document part, as docx-rs reads it back.
    fn texts(bytes: &[u8]) -> String {
        fn walk(v: &serde_json::Value, out: &mut Vec<String>) {
            match v {
                serde_json::Value::Object(m) => {
                    if let (Some(serde_json::Value::String(t)), Some(_)) =
                        (m.get("text"), m.get("preserveSpace"))
                    {
                        out.push(t.clone());
                    }
                    m.values().for_each(|v| walk(v, out));
                }
                serde_json::Value::Array(a) => a.iter().for_each(|v| walk(v, out)),
                _ => {}
            }
        }
        let docx = docx_rs::read_docx(bytes).expect("a Word file docx-rs reads back");
        let mut out = Vec::new();
        walk(&serde_json::to_value(&docx.document).unwrap(), &mut out);
        out.join("|")
    }

    #[test]
    fn the_word_file_holds_every_part_of_the_report() {
        let chart = ChartImage {
            caption: "Biểu đồ 3.b".into(),
            png: vec![0x89, b'P', b'N', b'G', 13, 10, 26, 10],
            width: 720,
            height: 380,
        };
        let file = report_file(&sample(), vec![chart]);
        assert!(!file.landscape);
        let bytes = write(&file).unwrap();
        assert_eq!(&bytes[..2], b"PK");
        let all = texts(&bytes);
        for part in [
            "UBND PHƯỜNG VĂN MIẾU - QUỐC TỬ GIÁM",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Đống Đa, ngày 10 tháng 6 năm 2026",
            "BÁO CÁO",
            "<&>",
            "Kinh phí hạn chế.|",
            "Kính gửi: UBND phường Văn Miếu - Quốc Tử Giám.",
            "I. TÌNH HÌNH CHUNG",
            "Mục tiêu không có chỉ tiêu định lượng",
            "3.b Nữ giữ vị trí chủ chốt",
            "75%",
            "Biểu đồ 3.b",
            "1. Truyền thông",
            "- 08/03/2026: Tọa đàm 8/3",
            "Các nhóm nhiệm vụ chưa ghi nhận hoạt động trong kỳ: Tập huấn.",
            "Thiếu tài liệu.",
            "V. PHƯƠNG HƯỚNG",
            "Nơi nhận:",
            "PHÓ HIỆU TRƯỞNG",
            "Nguyễn Thị Lan",
        ] {
            assert!(all.contains(part), "{part} missing from {all}");
        }
        assert!(!all.contains("(Ký, ghi rõ"));
    }

    #[test]
    fn a_landscape_file_of_a_wide_table() {
        let row = |n: usize| {
            (0..n)
                .map(|i| Cell::new(format!("c{i}")))
                .collect::<Vec<_>>()
        };
        let file = WordFile {
            landscape: true,
            blocks: vec![Block::Table {
                widths: vec![1; 16],
                rows: vec![row(16), row(16)],
            }],
        };
        let all = texts(&write(&file).unwrap());
        assert!(all.contains("c15"), "{all}");
        assert_eq!(grid(&[40, 60], text_width(false)), [3742, 5613]);
        assert!(text_width(true) > text_width(false));
    }
}
