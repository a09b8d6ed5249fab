//! Languages, the texts of the UI, and number and date formatting.
//!
//! Every text is declared once with its Vietnamese and English wording: a text without its
//! translation does not compile. Plan content (indicator wording, field labels) is the
//! school's own data and is shown as written.

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};
use serde::{Deserialize, Serialize};

use crate::domain::activity::ActivityError;
use crate::domain::document::{LoadError, VERSION};
use crate::domain::figures::{FigureError, MAX_FIGURE};
use crate::domain::import::MAX_FILE_BYTES;
use crate::domain::period::{Period, PeriodKind};
use crate::domain::plan::{
    FieldGroup, Indicator, Measure, Milestone, Part, PlanError, Sense, MAX_TEXT_CHARS, PLAN_YEARS,
};
use crate::domain::progress::{PeriodProgress, Status};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Vi,
    En,
}

impl Lang {
    /// The BCP 47 tag for `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "vi" => Some(Lang::Vi),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

macro_rules! texts {
    ($(#[$doc:meta])* $name:ident; $($key:ident => $vi:literal, $en:literal;)*) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum $name { $($key),* }

        impl $name {
            /// Every text, for the tests that check them all.
            #[cfg(test)]
            pub const ALL: &[$name] = &[$($name::$key),*];

            /// The text in both languages. Every text is a row of a table rather than an arm
            /// of a `match`: the same data with almost no code, and a table the binary keeps
            /// only if it uses its texts.
            pub fn pair(self) -> [&'static str; 2] {
                const TEXTS: &[[&str; 2]] = &[$([$vi, $en]),*];
                TEXTS[self as usize]
            }

            pub fn get(self, lang: Lang) -> &'static str {
                self.pair()[lang as usize]
            }

            /// The text with `{name}` placeholders filled in.
            pub fn with(self, lang: Lang, args: &[(&str, &str)]) -> String {
                fill(self.get(lang), args)
            }
        }
    };
}

/// Puts each argument's value in place of `{name}`, and where a text says `{name:one|many}`,
/// the word for that count: English plurals ("{n} {n:day|days} left"; Vietnamese has none).
fn fill(text: &str, args: &[(&str, &str)]) -> String {
    args.iter().fold(text.to_string(), |text, (name, value)| {
        let open = format!("{{{name}:");
        let mut out = String::with_capacity(text.len());
        let mut rest = text.as_str();
        while let Some(start) = rest.find(&open) {
            let Some(len) = rest[start..].find('}') else {
                break;
            };
            let forms = &rest[start + open.len()..start + len];
            let word = match forms.split_once('|') {
                Some((one, _)) if *value == "1" => one,
                Some((_, many)) => many,
                None => forms,
            };
            out.push_str(&rest[..start]);
            out.push_str(word);
            rest = &rest[start + len + 1..];
        }
        out.push_str(rest);
        out.replace(&format!("{{{name}}}"), value)
    })
}

texts! {
    /// A text of the school's app.
    T;
    AppName => "Theo dõi Kế hoạch bình đẳng giới", "Gender equality plan tracker";
    NavDashboard => "Tổng quan", "Dashboard";
    NavFigures => "Nhập số liệu", "Enter figures";
    NavPlan => "Kế hoạch", "Plan";
    NavDistrict => "Dành cho cấp trên: tổng hợp các trường", "For the office above: roll-up of schools";
    MainNav => "Điều hướng chính", "Main navigation";
    SwitchLanguage => "English", "Tiếng Việt";
    SwitchLanguageLabel => "Switch to English", "Chuyển sang tiếng Việt";
    PlanNumber => "Số", "No.";
    NextDeadline => "Hạn báo cáo tiếp theo", "Next report due";
    DaysLeft => "còn {n} ngày", "{n} {n:day|days} left";
    DueToday => "hạn chót là hôm nay", "due today";
    SendTo => "Gửi", "Send to";
    NoDeadlineLeft => "Kế hoạch đã hết các kỳ báo cáo.", "The plan has no reporting period left.";
    KeyDays => "Các ngày, sự kiện sắp tới", "Coming key days";
    KeyDayRunning => "đang diễn ra", "under way";
    InDays => "sau {n} ngày", "in {n} {n:day|days}";
    Objective => "Mục tiêu", "Objective";
    Objectives => "Mục tiêu và chỉ tiêu", "Objectives and indicators";
    GeneralObjectives => "Mục tiêu tổng quát", "General objectives";
    NoIndicators => "Mục tiêu này không có chỉ tiêu định lượng; kết quả được theo dõi qua các hoạt động.", "This objective has no numeric indicator; it is followed through activities.";
    Indicator => "Chỉ tiêu", "Indicator";
    Target2025 => "Chỉ tiêu 2025", "2025 target";
    Target2030 => "Chỉ tiêu 2030", "2030 target";
    Targets => "Chỉ tiêu", "Targets";
    LatestValue => "Kết quả mới nhất", "Latest value";
    Status => "Tình trạng", "Status";
    StatusMet => "Đã đạt", "Met";
    StatusOnTrack => "Đúng tiến độ", "On track";
    StatusPaceUnknown => "Chưa đánh giá được tiến độ", "Pace not yet judged";
    StatusBehind => "Chậm tiến độ", "Behind";
    StatusOffTrack => "Chệch hướng", "Off track";
    StatusNoData => "Chưa có số liệu", "No data";
    StatusNotApplicable => "Không áp dụng", "Not applicable";
    NeedsAttention => "Cần quan tâm", "Needs attention";
    NothingNeedsAttention => "Không có chỉ tiêu nào chậm, chệch hướng hoặc chưa đánh giá được tiến độ.", "No indicator is behind, off track or without a judged pace.";
    StatusSummary => "Tình trạng các chỉ tiêu", "Indicators by status";
    OnCourseOf => "{a}/{b} chỉ tiêu có số liệu đạt hoặc đúng tiến độ", "{a} of {b} indicators with data met or on track";
    Gap => "chênh lệch {d}", "gap {d}";
    Female => "Nữ", "Women";
    Male => "Nam", "Men";
    Girls => "Trẻ gái", "Girls";
    Boys => "Trẻ trai", "Boys";
    Total => "Tổng số", "Total";
    OfWhichFemale => "Trong đó nữ", "Of whom women";
    OfWhichGirls => "Trong đó trẻ gái", "Of whom girls";
    Period => "Kỳ báo cáo", "Reporting period";
    Value => "Giá trị", "Value";
    Expected => "Mức kỳ vọng", "Expected";
    TargetPath => "Lộ trình chỉ tiêu", "Target path";
    Forecast => "Dự báo", "Forecast";
    ForecastText => "Theo xu hướng hiện nay, năm {y} đạt khoảng {v}: {r} chỉ tiêu {t}.", "On the current trend, about {v} in {y}: the {t} target {r}.";
    ForecastNone => "Cần số liệu của ít nhất hai kỳ để dự báo.", "Forecasting needs figures from at least two periods.";
    WillMeet => "đạt", "will be met";
    WillMiss => "chưa đạt", "will be missed";
    Baseline => "Mốc xuất phát", "Baseline";
    BaselineHelp => "Mốc xuất phát là số liệu của nhà trường trước mốc chỉ tiêu đầu tiên (thường là năm 2021, năm đầu kế hoạch). Ứng dụng dựng lộ trình từ mốc này đến chỉ tiêu năm {y}; không có mốc thì chưa đánh giá được tiến độ trước năm {y}. Số liệu nhập theo kỳ không bao giờ được lấy làm mốc.", "The baseline is where the school stood before the first target year (usually 2021, the plan's first year). The app draws the path from it to the {y} target; without it the pace before {y} cannot be judged. Figures typed for a period are never taken as the baseline.";
    BaselineAsk => "Chỉ tiêu này chưa đánh giá được tiến độ: hãy nhập mốc xuất phát bên dưới.", "This indicator's pace cannot be judged yet: enter its baseline below.";
    BaselineNone => "Chưa có mốc xuất phát.", "No baseline stated.";
    BaselineYear => "Năm của mốc", "Year of the baseline";
    BaselineValue => "Giá trị (tổng số)", "Value (total)";
    BaselineSex => "{s} (để trống nếu như tổng số)", "{s} (empty: as the total)";
    BaselineSave => "Lưu mốc xuất phát", "Save the baseline";
    BaselineRemove => "Xóa mốc xuất phát", "Remove the baseline";
    BaselineSaved => "Đã lưu mốc xuất phát.", "Baseline saved.";
    BaselineNotNeeded => "Chỉ tiêu có mốc ngay từ năm đầu kế hoạch: lộ trình đi theo các mốc chỉ tiêu, không cần mốc xuất phát.", "The first target falls in the plan's first year: the path follows the targets and needs no baseline.";
    BaselineNoTargets => "Chỉ tiêu chưa có mục tiêu theo năm: thêm mục tiêu ở trang Kế hoạch để ứng dụng đánh giá được tiến độ.", "The indicator has no yearly target: add one on the Plan page for its pace to be judged.";
    BaselineNotForMaintain => "Chỉ tiêu duy trì được so với mục tiêu ngay từ năm đầu kế hoạch: không cần mốc xuất phát.", "A target to maintain is judged against itself from the plan's first year: no baseline is needed.";
    PaceUnknownText => "Chưa đủ số liệu để đánh giá tiến độ: cần mốc xuất phát.", "Not enough data to judge the pace: a baseline is needed.";
    DistanceToTarget => "Còn cách chỉ tiêu {t} năm {y}: {d}.", "{d} short of the {y} target ({t}).";
    MissedMilestone => "Chưa đạt chỉ tiêu {t} của năm {y}.", "The {y} target ({t}) was not reached.";
    BelowExpected => "Thấp hơn mức cần đạt ở kỳ này ({e}).", "Below the level expected for this period ({e}).";
    NeedsBaseline => "Cần mốc xuất phát để đánh giá tiến độ", "Baselines needed to judge the pace";
    NeedsBaselineHelp => "Các chỉ tiêu sau có số liệu nhưng chưa đánh giá được tiến độ. Mở từng chỉ tiêu để nhập mốc xuất phát.", "These indicators have figures but their pace cannot be judged yet. Open each to enter its baseline.";
    AppReading => "Cách ứng dụng hiểu chỉ tiêu", "How the app reads it";
    Wording => "Nội dung chỉ tiêu trong kế hoạch", "Wording in the plan";
    ValuesByPeriod => "Kết quả theo kỳ", "Values by period";
    ChartTitle => "Biểu đồ kết quả so với lộ trình", "Values against the target path";
    BackToDashboard => "Về trang tổng quan", "Back to the dashboard";
    NotFound => "Không tìm thấy trang này.", "This page does not exist.";
    PieceLoading => "Đang tải trang…", "Loading the page…";
    PieceMissing => "Không tải được trang này (mất kết nối hoặc máy chủ lỗi). Số liệu đã lưu vẫn còn nguyên; các trang khác vẫn dùng được.", "This page could not be loaded (no connection, or a server error). Your saved data is untouched, and the other pages still work.";
    Retry => "Thử lại", "Try again";
    NothingWritten => "(không ghi)", "(nothing written)";
    EnterFigures => "Nhập số liệu kỳ báo cáo", "Enter the period's figures";
    FiguresHelp => "Nhập số nguyên không âm. Mỗi ô được lưu ngay khi nhập đúng; ô để trống nghĩa là chưa có số liệu.", "Type whole numbers. Each box is saved as soon as it is valid; an empty box means no figure yet.";
    GroupStaff => "Đội ngũ cán bộ, giáo viên, nhân viên", "Staff";
    GroupChildren => "Trẻ em", "Children";
    GroupCommunication => "Thông tin, truyền thông", "Information and communication";
    ClearPeriod => "Xóa số liệu kỳ này", "Clear this period's figures";
    ConfirmNewVersion => "Làm phiên bản mới của báo cáo? Báo cáo sẽ lại theo số liệu hiện tại cho đến khi hoàn thành lần nữa; các phiên bản đã hoàn thành vẫn được giữ.", "Make a new version of the report? It follows the current data again until it is finished again; the finished versions are kept.";
    ConfirmClear => "Xóa toàn bộ số liệu của {p}?", "Clear all figures of {p}?";
    ErrNotANumber => "Hãy nhập một số nguyên, ví dụ 25.", "Type a whole number, for example 25.";
    ErrNegative => "Số liệu không được âm.", "A figure cannot be negative.";
    ErrNotWhole => "Hãy nhập số nguyên (không có phần thập phân).", "Type a whole number (no decimals).";
    ErrTooLarge => "Số quá lớn (tối đa {max}).", "The number is too large (at most {max}).";
    ErrFemaleAboveTotal => "Số nữ ({f}) không được lớn hơn tổng số ({t}).", "Women ({f}) cannot be more than the total ({t}).";
    ErrNumAboveDen => "Chỉ tiêu {i}: “{n}” ({a}) không được lớn hơn “{d}” ({b}).", "Indicator {i}: “{n}” ({a}) cannot be more than “{d}” ({b}).";
    ErrPeriodOutside => "Kỳ báo cáo phải nằm trong giai đoạn của kế hoạch ({s}–{e}).", "The period must be within the plan's years ({s}–{e}).";
    ErrUnknownField => "Kế hoạch không có số liệu “{f}”.", "The plan has no figure “{f}”.";
    NotApplicableMark => "Không áp dụng cho nhà trường", "Not applicable to the school";
    NotApplicableReason => "Lý do không áp dụng", "Why it does not apply";
    NotApplicableHelp => "Chỉ tiêu không áp dụng vẫn hiển thị nhưng không tính vào tổng hợp.", "An indicator that does not apply stays visible but is left out of the totals.";
    ReasonRequired => "Hãy ghi lý do.", "Give a reason.";
    Save => "Lưu", "Save";
    Edit => "Sửa", "Edit";
    Remove => "Xóa", "Remove";
    StorageLoadFailed => "Không đọc được dữ liệu đã lưu; dữ liệu cũ được giữ nguyên ở bản sao dự phòng và ứng dụng đang dùng kế hoạch mặc định.", "The saved data could not be read; it is kept untouched in a backup copy and the app uses the default plan.";
    StorageSaveFailed => "Không lưu được vào bộ nhớ trình duyệt: {e}. Thay đổi đang hiển thị nhưng chưa được lưu; đừng đóng trang này.", "Could not save to the browser's storage: {e}. Your changes are shown but not saved; do not close this page.";
    StorageFull => "bộ nhớ của trình duyệt đã đầy", "the browser's storage is full";
    StorageUnavailable => "trình duyệt không cho phép lưu (có thể đang ở chế độ duyệt riêng tư)", "the browser does not allow saving (private browsing, perhaps)";
    StorageBackupFailed => "Không đọc được dữ liệu đã lưu và cũng không sao lưu được nó; để giữ nguyên dữ liệu đó, ứng dụng sẽ không lưu gì.", "The saved data could not be read, nor copied aside; to keep it untouched, the app will save nothing.";
    StorageNewer => "Dữ liệu đã lưu do phiên bản mới hơn của ứng dụng tạo ra; ứng dụng không ghi đè lên dữ liệu đó.", "The saved data was made by a newer version of the app; this version will not overwrite it.";
    ExportJson => "Tải bản sao lưu toàn bộ dữ liệu (JSON)", "Download a backup of all the data (JSON)";
    ExportHelp => "Bản sao lưu chứa toàn bộ kế hoạch, số liệu, hoạt động và báo cáo của trường: giữ để phòng mất dữ liệu hoặc để chuyển sang máy khác. Tệp gửi cấp trên là tệp của kỳ báo cáo, ở trang Báo cáo.", "The backup holds the school's whole plan, figures, activities and reports: keep it against data loss, or to move to another device. The file to send to the office above is the period's file, on the Report page.";
    SendReportLink => "Chuẩn bị và gửi báo cáo kỳ này", "Prepare and send this period's report";
    ExportFailed => "Không tạo được tệp tải về.", "The file could not be made.";
    NavData => "Dữ liệu", "Data";
    NavActivities => "Hoạt động", "Activities";
    NavReport => "Báo cáo", "Report";
    CopyLink => "Sao chép liên kết", "Copy link";
    LinkCopied => "Đã sao chép liên kết.", "Link copied.";
    LinkNotCopied => "Không sao chép được; hãy sao chép liên kết này: {l}", "Could not copy; copy this link: {l}";
    ShareCopyByHand => "Chưa sao chép được vào bộ nhớ tạm: hãy chọn liên kết trong ô và sao chép.", "It could not be copied to the clipboard: select the link in the box and copy it.";
    ShareTooLong => "Báo cáo quá dài để gửi trong một liên kết; hãy gửi tệp PDF.", "The report is too long to send in a link; send the PDF.";
    ShareReport => "Tạo liên kết xem báo cáo (chỉ đọc)", "Make a read-only link to the report";
    ShareLink => "Liên kết chỉ đọc: báo cáo nằm ngay trong liên kết, không gửi lên máy chủ nào", "Read-only link: the report travels inside the link, sent to no server";
    SharedTitle => "Báo cáo được chia sẻ (chỉ đọc)", "Shared report (read-only)";
    SharedHelp => "Báo cáo này nằm trong liên kết bạn đã mở. Xem và in được; dữ liệu của bạn trên máy này không bị thay đổi.", "This report came inside the link you opened. You can read and print it; your own data on this device is not changed.";
    SharedBroken => "Liên kết bị hỏng hoặc không phải liên kết báo cáo của ứng dụng này.", "The link is damaged, or not a report link of this app.";
    ReportTitle => "Báo cáo định kỳ gửi cấp trên", "Periodic report to the office above";
    SignerTitle => "Chức vụ người ký (ví dụ HIỆU TRƯỞNG; hai dòng nếu ký thay: KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG)", "Signer's title (e.g. HIỆU TRƯỞNG; two lines when signing for the principal)";
    SignerName => "Họ và tên người ký (được giữ cho các báo cáo sau)", "Signer's full name (kept for the next reports)";
    ChartsChosen => "Biểu đồ đưa vào báo cáo: {n}/{m}", "Charts in the report: {n} of {m}";
    ChartsHelp => "Mặc định là các chỉ tiêu chậm tiến độ, chệch hướng và các chỉ tiêu được nêu trong phần IV, V. Chọn thêm hoặc bỏ bớt.", "By default, the indicators behind or off track and those parts IV and V name. Add or remove any.";
    ReportNumber => "Số báo cáo (ví dụ 15/BC-MNHM)", "Report number (e.g. 15/BC-MNHM)";
    ReportLimitations => "IV. Hạn chế và nguyên nhân", "IV. Limitations and causes";
    ReportNextSteps => "V. Phương hướng, nhiệm vụ kỳ tới và đề xuất", "V. Next steps and proposals";
    ReportLive => "Chưa hoàn thành: báo cáo theo số liệu hiện tại. Hai phần IV và V là bản nháp cho đến khi được sửa.", "Not finished: the report follows the current data. Parts IV and V are drafts until edited.";
    ReportFinished => "Đã hoàn thành lúc {d} (phiên bản {n}): nội dung báo cáo được giữ nguyên dù số liệu thay đổi.", "Finished on {d} (version {n}): the report's content stays as it was, whatever the data become.";
    ReportUnreadable => "Phiên bản {n} đã hoàn thành nhưng nội dung đã lưu của nó không đọc được (tệp bị sửa tay?); nội dung ấy vẫn được giữ nguyên trong dữ liệu. Báo cáo dưới đây theo số liệu hiện tại: hãy làm phiên bản mới.", "Version {n} was finished, but its stored content cannot be read (a file edited by hand?); it stays in the data as it is. The report below follows the current data: make a new version.";
    PrintReport => "In báo cáo", "Print the report";
    DownloadDocx => "Tải báo cáo (Word)", "Download the report (Word)";
    DocxMaking => "Đang tạo tệp Word…", "Making the Word file…";
    DocxFailed => "Không tạo được tệp Word (mạng chập chờn?). Hãy thử lại; báo cáo vẫn in được.", "The Word file could not be made (a weak connection?). Try again; the report can still be printed.";
    FinishReport => "Hoàn thành báo cáo", "Finish the report";
    NewReportVersion => "Làm phiên bản mới", "Make a new version";
    ExportPeriod => "Tải tệp số liệu của kỳ (JSON)", "Download the period's data file (JSON)";
    SendTitle => "Gửi báo cáo cho {r}", "Send the report to {r}";
    SendSteps => "Ba bước: in hoặc lưu báo cáo thành PDF (hay tải bản Word để chỉnh sửa, ký); tải tệp số liệu của kỳ ({f}); mở thư đã soạn sẵn gửi {e} và đính kèm hai tệp đó. Tệp của kỳ chỉ chứa số liệu, hoạt động và báo cáo của kỳ này; bản sao lưu toàn bộ dữ liệu (ở trang Dữ liệu) để nhà trường tự giữ.", "Three steps: print the report or save it as PDF (or download it for Word, to edit and sign); download the period's data file ({f}); open the prepared e-mail to {e} and attach both files. The period's file holds only this period's figures, activities and report; the backup of all the data (on the Data page) is for the school to keep.";
    MailReport => "Mở thư đã soạn sẵn", "Open the prepared e-mail";
    MailBody => "Kính gửi {r},\n\nNhà trường gửi báo cáo kèm theo email này. Vui lòng đính kèm tệp báo cáo (PDF) và tệp dữ liệu {f} đã tải về trước khi gửi.\n\nTrân trọng.", "Dear {r},\n\nThe school sends its report with this email. Attach the report (PDF) and the data file {f} you downloaded before sending.\n\nKind regards.";
    PrintHelp => "Để có tệp PDF, chọn “Lưu dưới dạng PDF” trong hộp thoại in; khổ A4 dọc.", "For a PDF, choose “Save as PDF” in the print dialog; A4 portrait.";
    ReportCalendar => "Lịch báo cáo gửi {r}", "Reports due to {r}";
    CalendarFinished => "Đã hoàn thành", "Finished";
    CalendarOverdue => "Quá hạn, chưa hoàn thành", "Overdue, not finished";
    CalendarSentOutside => "Đã gửi ngoài ứng dụng", "Sent outside the app";
    CalendarBeforeUse => "Trước khi nhà trường dùng ứng dụng", "Before the school used the app";
    MarkSentOutside => "Đánh dấu đã gửi ngoài ứng dụng", "Mark as sent outside the app";
    UnmarkSentOutside => "Bỏ đánh dấu", "Undo";
    MarkSentOutsideLabel => "Đánh dấu đã gửi ngoài ứng dụng: {p}", "Mark as sent outside the app: {p}";
    UnmarkSentOutsideLabel => "Bỏ đánh dấu: {p}", "Undo: {p}";
    DueOn => "hạn {d}", "due {d}";
    ActivitiesTitle => "Nhật ký hoạt động", "Activity log";
    ActivitiesHelp => "Ghi lại các hoạt động thực hiện kế hoạch. Số phụ huynh và CBGVNV được tiếp cận qua các hoạt động của một kỳ được cộng vào số liệu của kỳ đó, trừ khi số liệu đó đã được nhập tay.", "Record the activities that carry out the plan. The parents and staff an activity reached are added to its period's figures, unless those figures were typed in.";
    AddActivity => "Thêm hoạt động", "Add an activity";
    TemplateFor => "Mẫu: {d}", "Template: {d}";
    NewActivity => "Hoạt động mới", "New activity";
    EditActivity => "Sửa hoạt động", "Edit the activity";
    ActStart => "Ngày bắt đầu", "First day";
    ActEnd => "Ngày kết thúc", "Last day";
    ActTitle => "Tên hoạt động", "Title";
    ActKind => "Loại hoạt động", "Kind";
    ActTaskGroup => "Nhóm nhiệm vụ", "Task group";
    ActAction => "Hoạt động theo kế hoạch", "Action of the plan";
    ActWomen => "Người tham gia: nữ", "Participants: women";
    ActMen => "Người tham gia: nam", "Participants: men";
    ActParents => "Phụ huynh được tiếp cận", "Parents reached";
    ActStaff => "CBGVNV được tiếp cận", "Staff reached";
    ActChildren => "Trẻ tham gia", "Children taking part";
    ActEvidence => "Minh chứng (biên bản, ảnh, danh sách ký tên…)", "Evidence (minutes, photos, sign-in sheets…)";
    ActIndicators => "Chỉ tiêu liên quan", "Indicators it works toward";
    KindTraining => "Tập huấn", "Training";
    KindCommunication => "Truyền thông, sự kiện", "Communication, event";
    KindMeeting => "Hội nghị, cuộc họp", "Meeting";
    KindContest => "Hội thi, phong trào", "Contest, campaign";
    KindOther => "Khác", "Other";
    NoneChosen => "(không chọn)", "(none)";
    ActivityLog => "Các hoạt động đã ghi", "Logged activities";
    FilterPeriod => "Kỳ", "Period";
    FilterAll => "Tất cả", "All";
    ActivitiesCount => "{n} hoạt động", "{n} {n:activity|activities}";
    ActReach => "tham gia {w} nữ, {m} nam · phụ huynh {p} · CBGVNV {s} · trẻ {c}", "{w} women, {m} men took part · parents {p} · staff {s} · children {c}";
    ConfirmRemoveActivity => "Xóa hoạt động “{t}”?", "Remove the activity “{t}”?";
    UpdateReady => "Đã có phiên bản mới của ứng dụng. Mọi thay đổi của bạn đã được lưu.", "A new version of the app is ready. All your changes are saved.";
    UpdateNow => "Cập nhật ngay", "Update now";
    DataTitle => "Dữ liệu: sao lưu, nhập và khôi phục", "Data: back up, import and restore";
    BackupTitle => "Sao lưu và bảng tính", "Backup and spreadsheets";
    ExportCsv => "Tải bảng giá trị chỉ tiêu (CSV)", "Download indicator values (CSV)";
    ExportXlsx => "Tải bảng tính Excel (.xlsx)", "Download the Excel workbook (.xlsx)";
    XlsxSheet => "Chỉ tiêu", "Indicators";
    ExportCsvHelp => "Giá trị của từng chỉ tiêu theo từng kỳ. Tệp Excel mở đúng số liệu với mọi cài đặt vùng; tệp CSV (dấu chấm thập phân, dấu phẩy phân cách) dành cho các phần mềm khác.", "Each indicator's value in each period. The Excel file opens with the numbers right whatever the regional settings; the CSV (decimal point, comma-separated) is for other tools.";
    LastExport => "Lần tải tệp dữ liệu gần nhất trên máy này: {d}.", "Last data file download on this device: {d}.";
    NeverExported => "Chưa tải tệp dữ liệu lần nào trên máy này.", "The data file has not been downloaded on this device yet.";
    ExportReminder => "Dữ liệu chỉ nằm trong trình duyệt này: hãy tải một bản sao ngay.", "The data lives only in this browser: download a copy now.";
    ImportTitle => "Nhập tệp dữ liệu", "Import a data file";
    ImportPick => "Chọn tệp dữ liệu (.json) hoặc kéo thả tệp vào đây", "Choose a data file (.json) or drop it here";
    ImportReading => "Đang đọc tệp…", "Reading the file…";
    ImportFailed => "Không nhập được tệp “{f}”: {e} Dữ liệu đang lưu không thay đổi.", "The file “{f}” was not imported: {e} The saved data has not changed.";
    ImportHolds => "Tệp “{f}” chứa:", "The file “{f}” holds:";
    ImportSchool => "Trường", "School";
    ImportPlan => "Kế hoạch số", "Plan no.";
    ImportSavedAt => "Lưu lúc", "Saved at";
    ImportPeriods => "Các kỳ có số liệu", "Periods with figures";
    ImportCounts => "{i} chỉ tiêu, {n} số liệu, {a} hoạt động", "{i} {i:indicator|indicators}, {n} {n:figure|figures}, {a} {a:activity|activities}";
    ImportNone => "không có", "none";
    ImportChoose => "Trước khi nhập, một bản sao của dữ liệu hiện tại được giữ lại trên máy.", "Before importing, a copy of the current data is kept on this device.";
    ImportReplace => "Thay toàn bộ dữ liệu bằng tệp này", "Replace all data with this file";
    ImportMerge => "Gộp số liệu theo kỳ (giữ kế hoạch hiện tại)", "Merge figures by period (keep the current plan)";
    Cancel => "Hủy", "Cancel";
    ImportNotSaved => "Tệp “{f}” chưa được nhập: không lưu được dữ liệu (xem thông báo ở đầu trang). Dữ liệu đang lưu không thay đổi.", "The file “{f}” was not imported: the data could not be saved (see the message at the top). The saved data has not changed.";
    RestoreNotSaved => "Chưa khôi phục được: không lưu được dữ liệu (xem thông báo ở đầu trang).", "Not restored: the data could not be saved (see the message at the top).";
    Replaced => "Đã thay toàn bộ dữ liệu bằng tệp “{f}”.", "All data was replaced with the file “{f}”.";
    MergedInfo => "Đã gộp tệp “{f}”: cập nhật {n} số liệu trong {r} kỳ, thêm {a} kỳ; thêm {h} hoạt động, sửa số người của {u} hoạt động; thêm {b} báo cáo.", "Merged the file “{f}”: {n} {n:figure|figures} updated in {r} {r:period|periods}, {a} {a:period|periods} added; {h} {h:activity|activities} added, the numbers of people of {u} corrected; {b} {b:report|reports} added.";
    MergedReportsKept => "Giữ {k} báo cáo của nhà trường: báo cáo cùng kỳ trong tệp không được lấy.", "{k} of the school's {k:report|reports} kept: the file's reports of the same periods were not taken.";
    MergedSkipped => "Bỏ qua số liệu không có trong kế hoạch: {s}.", "Figures the plan does not have were left out: {s}.";
    SnapshotFailed => "Không giữ được bản sao của dữ liệu hiện tại ({e}). Vẫn tiếp tục?", "A copy of the current data could not be kept ({e}). Go on anyway?";
    SnapshotsTitle => "Bản sao lưu trên máy", "Copies kept on this device";
    SnapshotsHelp => "Một bản mỗi ngày có sử dụng (7 ngày gần nhất) và một bản trước mỗi lần nhập tệp hay khôi phục (5 lần gần nhất).", "One for each day of use (the last 7) and one before each import or restore (the last 5).";
    NoSnapshots => "Chưa có bản sao nào.", "No copy yet.";
    SnapshotDaily => "Đầu ngày", "Start of the day";
    SnapshotBeforeImport => "Trước khi nhập tệp", "Before an import";
    SnapshotBeforeRestore => "Trước khi khôi phục", "Before a restore";
    SnapshotBeforeUpgrade => "Trước khi nâng cấp định dạng dữ liệu", "Before the data format was upgraded";
    SnapshotSummary => "{s}, {p} kỳ có số liệu, lần lưu thứ {r}", "{s}, {p} {p:period|periods} with figures, save no. {r}";
    Restore => "Khôi phục", "Restore";
    KeptAsideTitle => "Dữ liệu không đọc được đã giữ lại", "Unreadable data kept aside";
    KeptAsideHelp => "Dữ liệu đã lưu mà ứng dụng không đọc được được giữ nguyên ở đây, không bao giờ bị ghi đè. Tải về để sửa hoặc gửi cho người hỗ trợ.", "Saved data the app could not read is kept here untouched and never overwritten. Download it to mend it or send it to whoever helps.";
    DownloadKeptAside => "Tải về", "Download";
    ConfirmRestore => "Khôi phục bản sao lúc {d}? Dữ liệu hiện tại được giữ lại thành một bản sao.", "Restore the copy of {d}? The current data is kept as a copy.";
    Restored => "Đã khôi phục bản sao lúc {d}.", "The copy of {d} was restored.";
    RestoreFailed => "Không khôi phục được bản sao này: {e}", "This copy could not be restored: {e}";
    DeviceTitle => "Lưu trữ trên thiết bị này", "Storage on this device";
    Persisted => "Trình duyệt đã đồng ý giữ dữ liệu lâu dài, không tự xoá khi máy thiếu chỗ.", "The browser agreed to keep the data for good, not clearing it when space runs low.";
    NotPersisted => "Trình duyệt chưa đồng ý giữ dữ liệu lâu dài: có thể xoá khi máy thiếu chỗ. Hãy tải tệp dữ liệu thường xuyên. Ở chế độ duyệt riêng tư (ẩn danh), mọi dữ liệu mất khi đóng trang: hãy tải bản sao lưu trước khi đóng.", "The browser has not agreed to keep the data for good: it may clear it when space runs low. Download the data file often. In private browsing, everything is lost when the page is closed: download the backup before closing.";
    PersistUnknown => "Trình duyệt này không cho biết có giữ dữ liệu lâu dài hay không. Ở chế độ duyệt riêng tư (ẩn danh), mọi dữ liệu mất khi đóng trang: hãy tải bản sao lưu trước khi đóng.", "This browser does not say whether it keeps the data for good. In private browsing, everything is lost when the page is closed: download the backup before closing.";
    StorageUse => "Dữ liệu của ứng dụng chiếm {u} trong bộ nhớ của trình duyệt (trình duyệt thường cho mỗi trang khoảng 5 MB).", "The app's data takes {u} of the browser's storage (browsers usually allow a site about 5 MB).";
    AppleAdvice => "Trên iPad và iPhone, Safari xoá dữ liệu của trang web sau 7 ngày không mở. Hãy thêm ứng dụng vào Màn hình chính (nút Chia sẻ, rồi “Thêm vào MH chính”) và mở từ đó: dữ liệu của ứng dụng trên Màn hình chính không bị xoá.", "On iPad and iPhone, Safari clears a website's data after 7 days without a visit. Add the app to the Home Screen (the Share button, then “Add to Home Screen”) and open it from there: a Home Screen app's data is not cleared.";
    ErrFileTooLarge => "tệp quá lớn ({s}); giới hạn là {m}.", "the file is too large ({s}); the limit is {m}.";
    ErrNotJson => "tệp không phải JSON hợp lệ (lỗi ở dòng {l}, cột {c}).", "the file is not valid JSON (error at line {l}, column {c}).";
    ErrUnreadableFile => "trình duyệt không đọc được tệp này.", "the browser could not read this file.";
    ErrWrongFormat => "đây không phải tệp dữ liệu của ứng dụng này.", "this is not a data file of this app.";
    ErrNewerVersion => "tệp do phiên bản mới hơn của ứng dụng tạo ra (định dạng phiên bản {v}; phiên bản này đọc đến {m}). Hãy tải lại trang và chọn “Cập nhật ngay” khi được hỏi.", "the file was made by a newer version of the app (format version {v}; this one reads up to {m}). Reload the page and choose “Update now” when asked.";
    ErrMissing => "thiếu trường “{p}” (dòng {l}).", "the field “{p}” is missing (line {l}).";
    ErrWrong => "trường “{p}” có kiểu hoặc giá trị sai (dòng {l}).", "the field “{p}” has a wrong type or value (line {l}).";
    ErrFigureAt => "số liệu “{p}”: {e}", "figure “{p}”: {e}";
    ErrPlanYears => "các năm của kế hoạch ({s}–{e}) không dùng được: phải nằm trong {a}–{b} và năm bắt đầu không sau năm kết thúc", "the plan's years ({s}–{e}) cannot be used: they must lie within {a}–{b}, the first not after the last";
    StorageOvertaken => "Một thẻ khác của ứng dụng đã lưu cùng lúc với thẻ này và bản lưu của thẻ đó được giữ: thay đổi cuối cùng ở thẻ này chưa được lưu. Màn hình đang hiện dữ liệu đã lưu; hãy làm lại thay đổi đó.", "Another tab of the app saved at the same moment as this one, and its save was kept: this tab's last change was not saved. The screen shows the saved data; make that change again.";
    ChangeRefused => "Thay đổi không được lưu vì dữ liệu sẽ không hợp lệ: {e}. Dữ liệu đang lưu không thay đổi.", "The change was not saved because the data would be invalid: {e}. The saved data is unchanged.";
    ErrPlanAt => "giá trị “{p}”: {e}", "value “{p}”: {e}";
    ErrTooLong => "trường “{p}” dài {n} ký tự, quá mức {m} ký tự", "field “{p}” is {n} characters long, over the limit of {m}";
    ErrActivityAt => "hoạt động “{p}”: {e}", "activity “{p}”: {e}";
    ErrActivityNoTitle => "Hãy nhập tên hoạt động.", "Give the activity a title.";
    ErrActivityTitleLong => "Tên hoạt động dài quá {m} ký tự.", "The title is longer than {m} characters.";
    ErrActivityEnd => "Ngày kết thúc không được trước ngày bắt đầu.", "The last day cannot be before the first.";
    ErrActivityOutside => "Hoạt động phải diễn ra trong thời gian của kế hoạch ({s}–{e}).", "The activity must fall within the plan's years ({s}–{e}).";
    ErrDuplicate => "mã “{i}” bị dùng hai lần (“{p}”).", "the identifier “{i}” is used twice (“{p}”).";
    CsvCode => "Mã", "Code";
    CsvIndicator => "Chỉ tiêu", "Indicator";
    CsvPeriod => "Kỳ", "Period";
    CsvPeriodName => "Tên kỳ", "Period name";
    CsvValue => "Giá trị", "Value";
    CsvUnit => "Đơn vị", "Unit";
    CsvWomen => "Nữ", "Women";
    CsvMen => "Nam", "Men";
    CsvNumerator => "Tử số", "Numerator";
    CsvDenominator => "Mẫu số", "Denominator";
    CsvTarget => "Mục tiêu của kỳ", "Target for the period";
    CsvStatus => "Tình trạng", "Status";
    Dismiss => "Đã hiểu", "Got it";
    StorageOtherTab => "Dữ liệu vừa được cập nhật từ một thẻ (tab) khác đang mở ứng dụng này.", "The data was just updated from another tab where this app is open.";
    PlanEditor => "Chỉnh sửa kế hoạch", "Edit the plan";
    PlanEditorHelp => "Kế hoạch là dữ liệu của nhà trường: sửa thông tin văn bản, chỉ tiêu, mục tiêu, nhiệm vụ. Kế hoạch mẫu của Trường MN Hoa Mai luôn có thể dùng lại.", "The plan is the school's data: edit the document details, indicators, targets and tasks. Hoa Mai's plan is always there as a template.";
    DocumentDetails => "Thông tin văn bản", "Document details";
    IssuerParent => "Cơ quan chủ quản (theo kế hoạch)", "Governing body (as in the plan)";
    Issuer => "Tên trường", "School";
    IssuerCode => "Tên viết tắt (dùng trong số văn bản)", "Short name (used in document numbers)";
    DocNumber => "Số kế hoạch", "Plan number";
    DocDate => "Ngày ban hành", "Date issued";
    DocPlace => "Địa danh", "Place";
    DocSubject => "Trích yếu", "Subject";
    RecipientEmail => "Email nhận báo cáo (theo kế hoạch)", "Report recipient's email (as in the plan)";
    Recipient => "Nơi nhận báo cáo (theo kế hoạch)", "Report recipient (as in the plan)";
    AddressingTitle => "Cơ quan cấp trên và nơi nhận báo cáo hiện nay", "Today's governing body and report recipient";
    AddressingHelp => "Kế hoạch được giữ nguyên như khi ban hành. Từ ngày 1/7/2025 chính quyền địa phương chỉ còn hai cấp (tỉnh và xã/phường, không còn cấp huyện), nên cơ quan cấp trên và nơi nhận báo cáo có thể khác với kế hoạch. Báo cáo, thư gửi và lịch báo cáo dùng các ô dưới đây; để trống ô nào thì dùng như kế hoạch.", "The plan stays as it was issued. Since 1 July 2025 local government has two levels (province and commune/ward, no more districts), so the body above the school and the office that receives its reports may differ from the plan. The reports, the e-mail and the report calendar use the boxes below; an empty box means as in the plan.";
    GoverningBodyNow => "Cơ quan cấp trên (dòng trên tên trường trong báo cáo)", "Governing body (the line above the school's name in the report)";
    RecipientNow => "Nơi nhận báo cáo", "Report recipient";
    RecipientEmailNow => "Email nhận báo cáo", "Report recipient's email";
    IndicatorCode => "Ký hiệu", "Code";
    IndicatorName => "Tên ngắn", "Short name";
    Sense => "Cách đánh giá chỉ tiêu", "Kind of target";
    MeasureKind => "Loại chỉ tiêu", "Kind of value";
    ActionText => "Nội dung", "Action";
    RemoveMilestone => "Xóa mốc năm {y}", "Remove the {y} target";
    ConfirmRemoveAction => "Xóa nội dung {a}?", "Remove action {a}?";
    SenseAtLeast => "Đạt ít nhất", "At least";
    SenseAbove => "Trên", "Above";
    SenseMaintain => "Duy trì", "Maintain";
    Year => "Năm", "Year";
    TargetValue => "Chỉ tiêu", "Target";
    AddMilestone => "Thêm mốc chỉ tiêu", "Add a target year";
    AddIndicator => "Thêm chỉ tiêu", "Add an indicator";
    RemoveIndicator => "Xóa chỉ tiêu", "Remove the indicator";
    ConfirmRemoveIndicator => "Xóa chỉ tiêu {c}? Số liệu đã nhập vẫn được giữ.", "Remove indicator {c}? Figures already entered are kept.";
    Numerator => "Tử số", "Numerator";
    Denominator => "Mẫu số", "Denominator";
    QuartersInPeriod => "Số quý trong kỳ", "Quarters in the period";
    MeasureRatio => "Tỷ lệ (%)", "Percentage";
    MeasureCount => "Số lượng", "Count";
    Unit => "Đơn vị", "Unit";
    BySex => "Theo dõi riêng nữ và nam", "Follow women and men separately";
    TaskGroups => "Nhiệm vụ và giải pháp", "Tasks and solutions";
    AddAction => "Thêm nội dung", "Add an action";
    NewAction => "Nội dung mới", "New action";
    NewIndicator => "Chỉ tiêu mới", "New indicator";
    ResetToTemplate => "Dùng lại kế hoạch mẫu Trường MN Hoa Mai", "Start again from Hoa Mai's plan";
    ConfirmReset => "Thay kế hoạch hiện tại bằng kế hoạch mẫu? Số liệu đã nhập vẫn được giữ.", "Replace the current plan with the template? Figures already entered are kept.";
    InvalidNumber => "Giá trị không hợp lệ.", "Not a valid value.";
    InvalidYear => "Năm phải trong giai đoạn của kế hoạch.", "The year must be within the plan.";
    InvalidDate => "Ngày không hợp lệ.", "Not a valid date.";
    InvalidEmail => "Địa chỉ email không hợp lệ (ví dụ: vanphong@hanoi.gov.vn).", "Not a valid e-mail address (for example: office@hanoi.gov.vn).";
    DocxChartsMissing => "Đã tạo tệp Word, nhưng trình duyệt không vẽ được {n} biểu đồ: tệp thiếu các biểu đồ ấy.", "The Word file was made, but the browser could not draw {n} {n:chart|charts}, which the file lacks.";
    Required => "Không được để trống.", "This cannot be empty.";
    OpenFigures => "Nhập số liệu", "Enter figures";
}

texts! {
    /// A text of the district's page (`district.html`), which only its own app carries.
    D;
    Office => "Tổng hợp của {o}", "Roll-up of {o}";
    OfficeLabel => "Đơn vị nhận báo cáo của các trường", "The office that receives the schools' reports";
    OfficeHelp => "Tên đơn vị như trên văn bản (ví dụ “UBND phường Văn Miếu - Quốc Tử Giám”, “Sở GDĐT Hà Nội”). Từ 1/7/2025 chính quyền địa phương có hai cấp: các trường báo cáo về UBND xã, phường hoặc Sở GDĐT. Mặc định là nơi nhận trong kế hoạch.", "The office's name as on its papers (e.g. “UBND phường Văn Miếu - Quốc Tử Giám”, “Sở GDĐT Hà Nội”). Since 1 July 2025 local government has two levels: schools report to their commune or ward, or to the province's department. By default, the recipient named in the plan.";
    ToSchoolApp => "Về trang của trường", "Back to the school's app";
    Title => "Tổng hợp kế hoạch bình đẳng giới các trường", "The schools' gender equality plans, rolled up";
    Intro => "Chọn hoặc thả vào đây tệp dữ liệu (JSON) mà các trường gửi. Số liệu tổng hợp được lưu riêng trên máy này và không bao giờ thay đổi dữ liệu của trường nào.", "Choose or drop here the data files (JSON) the schools send. The roll-up is kept apart on this device and never changes any school's data.";
    PrintHeading => "{p} — Tổng hợp kết quả thực hiện Kế hoạch bình đẳng giới: {k}. Ngày lập: {d}.", "{p} — Gender equality plan results rolled up: {k}. Made on {d}.";
    StoredUnreadable => "Số liệu tổng hợp đã lưu không đọc được; một bản đã được giữ riêng trên máy và trang bắt đầu lại từ đầu.", "The saved roll-up could not be read; it was kept aside on this device and the page starts afresh.";
    StoredUnreadableNotKept => "Số liệu tổng hợp đã lưu không đọc được và không giữ riêng được: trang sẽ không ghi đè lên nó.", "The saved roll-up could not be read or kept aside: the page will not write over it.";
    StoredNewer => "Số liệu tổng hợp trên máy do phiên bản mới hơn của ứng dụng lưu: trang sẽ không ghi đè lên nó. Hãy tải lại trang.", "The roll-up on this device was saved by a newer version of the app: the page will not write over it. Reload the page.";
    NotSaved => "Chưa lưu được số liệu tổng hợp: {e}. Số liệu đang hiện sẽ mất khi đóng trang.", "The roll-up could not be saved: {e}. What is shown will be lost when the page closes.";
    Reading => "Đang đọc tệp {n}/{t}…", "Reading file {n} of {t}…";
    ReadOutcome => "Đã đọc {t} tệp: {n} tệp có số liệu được nhận, {r} tệp không nhận được.", "Read {t} {t:file|files}: {n} with figures taken, {r} refused.";
    FileRefused => "Không nhận được tệp “{f}”: {e}", "File “{f}” was refused: {e}";
    FileUnnamed => "Không nhận được tệp “{f}”: tệp không ghi tên trường (mục “Tên trường” trong kế hoạch của trường).", "File “{f}” was refused: it does not name its school (“School” in the school's plan).";
    OutsidePlan => "Tệp “{f}”: số liệu {k} nằm ngoài giai đoạn {s}–{e} của kế hoạch nên không được tính.", "File “{f}”: the figures of {k} fall outside the plan's {s}–{e} and are left out.";
    FileEmpty => "Tệp “{f}” không có số liệu của kỳ nào.", "File “{f}” holds no figures for any period.";
    Repeated => "{s} gửi {k} hơn một lần: giữ số liệu của tệp mới hơn “{f}”, bỏ “{o}”.", "{s} sent {k} more than once: the newer file “{f}” is kept, “{o}” is left out.";
    Summary => "Đang tổng hợp {s} trường ({n} lượt gửi theo kỳ).", "Rolling up {s} {s:school|schools} ({n} period {n:submission|submissions}).";
    ReceiveTitle => "Nhận tệp của các trường", "Receive the schools' files";
    ReceivePick => "Chọn các tệp dữ liệu (có thể chọn nhiều tệp), hoặc thả vào đây", "Choose the data files (several at once), or drop them here";
    ReceiveHelp => "Mỗi tệp được kiểm tra riêng: tệp lỗi được nêu tên và lý do, các tệp khác vẫn được nhận. Một trường gửi cùng một kỳ hai lần thì giữ tệp mới hơn.", "Each file is checked on its own: a faulty file is named with the reason, and the others are still taken. A school sending a period twice keeps its newer file.";
    CompareOn => "Chỉ tiêu để so sánh các trường", "Indicator to compare the schools on";
    DistrictCaption => "Tất cả các trường — {k}", "All schools — {k}";
    DistrictTitle => "Kết quả chung của các trường", "The schools' results together";
    DistrictHelp => "Tỷ lệ tính từ tổng tử số và tổng mẫu số của các trường có số liệu (không lấy trung bình các tỷ lệ); số lượng được cộng; cột “Số trường” cho biết bao nhiêu trường có số liệu; tình trạng so với mục tiêu của đơn vị.", "Ratios come from the summed numerators and denominators of the schools with data (never an average of percentages); counts are added; the “Schools” column says how many schools have data; statuses are against the office's targets.";
    ColIndicator => "Nội dung", "Indicator";
    ColTarget2025 => "Chỉ tiêu 2025", "2025 target";
    ColTarget2030 => "Chỉ tiêu 2030", "2030 target";
    ColValue => "Giá trị", "Value";
    ColBySex => "Theo giới", "By sex";
    ColSchools => "Số trường", "Schools";
    ColStatus => "Tình trạng", "Status";
    ColSchool => "Trường", "School";
    ColSending => "Gửi báo cáo", "Sending";
    ColSentOn => "Ngày gửi", "Sent on";
    ColFile => "Tệp", "File";
    ColPeriodsSent => "Các kỳ đã gửi", "Periods sent";
    CompareTitle => "So sánh các trường: {i} ({k})", "Schools compared: {i} ({k})";
    TargetsHelp => "Mục tiêu của đơn vị cho chỉ tiêu này (để trống ô nào thì năm đó không có mục tiêu). Mặc định là mục tiêu của kế hoạch.", "The office's targets for this indicator (leave a box empty for no target that year). By default, the plan's.";
    TargetFor => "Mục tiêu của đơn vị năm {y}", "The office's target for {y}";
    TargetsReset => "Dùng lại mục tiêu của kế hoạch", "Use the plan's targets again";
    NoValues => "Chưa trường nào có số liệu của chỉ tiêu này trong kỳ.", "No school has a value for this indicator in the period yet.";
    ChartAlt => "Biểu đồ cột so sánh {n} trường theo chỉ tiêu {i}, {k}; số liệu ở bảng bên dưới.", "Bar chart comparing {n} {n:school|schools} on indicator {i}, {k}; the figures are in the table below.";
    WholeDistrictShort => "Chung", "All";
    TargetShort => "Mục tiêu", "Target";
    MatrixTitle => "Tình trạng từng chỉ tiêu theo trường", "Each indicator's status by school";
    MatrixCaption => "Tình trạng các chỉ tiêu của từng trường — {k}", "Each school's indicator statuses — {k}";
    TrackerTitle => "Tình hình gửi báo cáo", "Reports sent";
    TrackerCounts => "{k} (hạn {d}): {a} trường gửi đúng hạn, {b} gửi muộn, {c} chưa gửi (quá hạn), {e} chưa đến hạn.", "{k} (due {d}): {a} {a:school|schools} sent on time, {b} late, {c} not sent (overdue), {e} not due yet.";
    OnTime => "Đúng hạn", "On time";
    Late => "Muộn {n} ngày", "{n} {n:day|days} late";
    Missing => "Chưa gửi (quá hạn)", "Not sent (overdue)";
    NotYet => "Chưa đến hạn", "Not due yet";
    ExpectedLabel => "Các trường phải gửi", "Schools expected to send";
    ExpectedHelp => "Mỗi dòng một trường, viết như tên trường trong tệp của trường (không phân biệt chữ hoa, chữ thường). Danh sách được lưu trên máy này.", "One school per line, named as in its file (case does not matter). The list is kept on this device.";
    ExpectedSave => "Lưu danh sách", "Save the list";
    ExpectedSaved => "Đã lưu danh sách.", "The list is saved.";
    ExportTitle => "Xuất và in", "Export and print";
    ExportCsv => "Tải bảng tổng hợp (CSV)", "Download the roll-up (CSV)";
    ExportXlsx => "Tải bảng tính Excel (.xlsx)", "Download the Excel workbook (.xlsx)";
    XlsxSheet => "Tổng hợp", "Roll-up";
    ExportJson => "Tải tệp tổng hợp (JSON)", "Download the roll-up (JSON)";
    Print => "In bản tổng hợp", "Print the summary";
    ExportDocx => "Tải bản tổng hợp (Word)", "Download the summary (Word)";
    ExportHelp => "Excel, CSV: mỗi dòng một giá trị (tất cả các trường trước, rồi từng trường). In: bảng chung, so sánh các trường, tình trạng từng chỉ tiêu của từng trường và tình hình gửi báo cáo của kỳ đang chọn, trên khổ A4 ngang. Word: bảng chung, tình trạng từng trường và tình hình gửi báo cáo, để chép vào báo cáo của đơn vị.", "Excel, CSV: one value per row (all schools first, then each school). Print: the table of all schools, the schools compared, each school's indicator statuses and the reports sent for the period chosen, on landscape A4. Word: the table of all schools, each school's statuses and the reports sent, to copy into the office's own report.";
    Clear => "Xoá số liệu đã nhận của các trường", "Remove the schools' figures received";
    ClearConfirm => "Xoá toàn bộ số liệu đã nhận của các trường trên máy này? Danh sách trường và mục tiêu của đơn vị được giữ lại.", "Remove every school's figures received on this device? The list of schools and the office's targets are kept.";
    CsvSchool => "Trường", "School";
    WholeDistrict => "Tất cả các trường", "All schools";
}

/// A number with at most `decimals` decimals, trailing zeros dropped, grouped in thousands:
/// "1.234,5" and "9,1" in Vietnamese, "1,234.5" and "9.1" in English.
pub fn format_number(lang: Lang, x: f64, decimals: usize) -> String {
    let (group, point) = match lang {
        Lang::Vi => ('.', ','),
        Lang::En => (',', '.'),
    };
    let (negative, int, frac) = fixed_point(x, decimals);
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(group);
        }
        out.push(c);
    }
    if !frac.is_empty() {
        out.push(point);
        out.push_str(&frac);
    }
    out
}

/// A number written with a decimal point and no grouping, for files: "1234.5".
pub fn plain_number(x: f64, decimals: usize) -> String {
    let (negative, int, frac) = fixed_point(x, decimals);
    let sign = if negative { "-" } else { "" };
    if frac.is_empty() {
        format!("{sign}{int}")
    } else {
        format!("{sign}{int}.{frac}")
    }
}

/// The sign, whole digits and decimals (trailing zeros dropped) of `x` rounded to `decimals`
/// places, half away from zero as the progress engine judges values: 6,25 is shown as 6,3 and
/// judged as 6,3. Done in integers: Rust's float formatting would round ties to even.
fn fixed_point(x: f64, decimals: usize) -> (bool, String, String) {
    let scale = 10u64.pow(decimals as u32);
    let scaled = (x.abs() * scale as f64).round() as u64;
    let frac = format!("{:0width$}", scaled % scale, width = decimals);
    let frac = frac.trim_end_matches('0').to_string();
    let frac = if decimals == 0 { String::new() } else { frac };
    (x < 0.0 && scaled != 0, (scaled / scale).to_string(), frac)
}

pub fn format_percent(lang: Lang, x: f64) -> String {
    format!("{}%", format_number(lang, x, 1))
}

/// An indicator's value in its unit: "48,3%" or "350 phụ huynh".
pub fn format_value(lang: Lang, indicator: &Indicator, x: f64) -> String {
    match &indicator.measure {
        Measure::Ratio { .. } => format_percent(lang, x),
        Measure::Count { unit, .. } if unit.is_empty() => format_number(lang, x, 0),
        Measure::Count { unit, .. } => format!("{} {}", format_number(lang, x, 0), unit),
    }
}

const MONTHS_EN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A date in the language's style: 29/11/2026, or 29 Nov 2026. (Written out by hand: chrono's
/// format strings cost the app more bytes than the rest of its date code.)
pub fn format_date(lang: Lang, d: NaiveDate) -> String {
    match lang {
        Lang::Vi => format!("{:02}/{:02}/{}", d.day(), d.month(), d.year()),
        Lang::En => format!(
            "{} {}",
            format_day_month(lang, (d.month(), d.day())),
            d.year()
        ),
    }
}

/// A date and time of day: "29/11/2026 15:04", or "29 Nov 2026 15:04".
pub fn format_date_time(lang: Lang, t: NaiveDateTime) -> String {
    format!(
        "{} {:02}:{:02}",
        format_date(lang, t.date()),
        t.hour(),
        t.minute()
    )
}

/// A day of the year without the year: 8/3, or 8 Mar.
pub fn format_day_month(lang: Lang, (month, day): (u32, u32)) -> String {
    match lang {
        Lang::Vi => format!("{day}/{month}"),
        Lang::En => format!(
            "{day} {}",
            MONTHS_EN.get(month.wrapping_sub(1) as usize).unwrap_or(&"")
        ),
    }
}

pub fn period_name(lang: Lang, period: Period) -> String {
    match (period.kind, lang) {
        (PeriodKind::HalfYear, Lang::Vi) => format!("Sơ kết 6 tháng đầu năm {}", period.year),
        (PeriodKind::Annual, Lang::Vi) => format!("Tổng kết năm {}", period.year),
        (PeriodKind::HalfYear, Lang::En) => format!("{} six-month review", period.year),
        (PeriodKind::Annual, Lang::En) => format!("{} annual review", period.year),
    }
}

/// A short period label for table columns and chart axes: "6T/2025", "Năm 2025".
pub fn period_short(lang: Lang, period: Period) -> String {
    match (period.kind, lang) {
        (PeriodKind::HalfYear, Lang::Vi) => format!("6T/{}", period.year),
        (PeriodKind::Annual, Lang::Vi) => format!("Năm {}", period.year),
        (PeriodKind::HalfYear, Lang::En) => format!("H1 {}", period.year),
        (PeriodKind::Annual, Lang::En) => format!("Year {}", period.year),
    }
}

pub fn status_text(status: Status) -> T {
    match status {
        Status::Met => T::StatusMet,
        Status::OnTrack => T::StatusOnTrack,
        Status::PaceUnknown => T::StatusPaceUnknown,
        Status::Behind => T::StatusBehind,
        Status::OffTrack => T::StatusOffTrack,
        Status::NoData => T::StatusNoData,
        Status::NotApplicable => T::StatusNotApplicable,
    }
}

pub fn status_name(lang: Lang, status: Status) -> &'static str {
    status_text(status).get(lang)
}

/// A symbol for each status, so that status never rests on colour alone.
pub fn status_icon(status: Status) -> &'static str {
    match status {
        Status::Met => "✔",
        Status::OnTrack => "↗",
        Status::PaceUnknown => "?",
        Status::Behind => "⚠",
        Status::OffTrack => "✖",
        Status::NoData => "…",
        Status::NotApplicable => "⊘",
    }
}

/// A target the way the plan writes it: "duy trì 100%", "ít nhất 9,1% từ năm 2025 trở đi",
/// "trên 9,1%", "ít nhất 350 phụ huynh", "đạt 100%".
pub fn target_text(lang: Lang, indicator: &Indicator, milestone: Milestone) -> String {
    let value = format_value(lang, indicator, milestone.value);
    let full = matches!(indicator.measure, Measure::Ratio { .. }) && milestone.value >= 100.0;
    let only = indicator.milestones.len() == 1;
    let year = milestone.year;
    let value = match (indicator.yearly, lang) {
        (true, Lang::Vi) => format!("{value} trong năm"),
        (true, Lang::En) => format!("{value} in the year"),
        (false, _) => value,
    };
    match (lang, indicator.sense) {
        (Lang::Vi, Sense::Maintain) => format!("duy trì {value}"),
        (Lang::Vi, Sense::Above) => format!("trên {value}"),
        (Lang::Vi, Sense::AtLeast) if full => format!("đạt {value}"),
        (Lang::Vi, Sense::AtLeast) if only => format!("ít nhất {value} từ năm {year} trở đi"),
        (Lang::Vi, Sense::AtLeast) => format!("ít nhất {value}"),
        (Lang::En, Sense::Maintain) => format!("maintain {value}"),
        (Lang::En, Sense::Above) => format!("above {value}"),
        (Lang::En, Sense::AtLeast) if full => format!("reach {value}"),
        (Lang::En, Sense::AtLeast) if only => format!("at least {value} from {year} on"),
        (Lang::En, Sense::AtLeast) => format!("at least {value}"),
    }
}

/// The target for a given year as shown in the dashboard's 2025 and 2030 columns: the
/// milestone of that year, or the one that still holds from an earlier year.
pub fn target_for_column(lang: Lang, indicator: &Indicator, year: i32) -> String {
    let sorted = indicator.milestones_by_year();
    if let Some(m) = sorted.iter().find(|m| m.year == year) {
        return target_text(lang, indicator, *m);
    }
    if let Some(next) = sorted.iter().find(|m| m.year > year) {
        return match lang {
            Lang::Vi => format!("— (mốc năm {})", next.year),
            Lang::En => format!("— (target year {})", next.year),
        };
    }
    let Some(held) = sorted.last() else {
        return "—".to_string();
    };
    let text = target_text(lang, indicator, *held);
    if text.contains(&held.year.to_string()) {
        text
    } else {
        match lang {
            Lang::Vi => format!("{text} (từ năm {})", held.year),
            Lang::En => format!("{text} (from {})", held.year),
        }
    }
}

/// A difference between two values of an indicator: "15 điểm %" for a ratio, "250 phụ huynh"
/// for a count.
pub fn format_gap(lang: Lang, indicator: &Indicator, d: f64) -> String {
    match (&indicator.measure, lang) {
        (Measure::Ratio { .. }, Lang::Vi) => format!("{} điểm %", format_number(lang, d, 1)),
        (Measure::Ratio { .. }, Lang::En) => {
            format!("{} percentage points", format_number(lang, d, 1))
        }
        (Measure::Count { .. }, _) => format_value(lang, indicator, d),
    }
}

/// What a period's status rests on, in sentences: the milestone missed and the level expected
/// for one behind, or why the pace is not judged and how far the target is.
pub fn standing_text(
    lang: Lang,
    indicator: &Indicator,
    group: FieldGroup,
    row: &PeriodProgress,
) -> Vec<String> {
    let value = |x: f64| format_value(lang, indicator, x);
    let mut out = Vec::new();
    let Some(v) = row.value else {
        return out;
    };
    match row.status {
        Status::PaceUnknown if indicator.milestones.is_empty() => {
            out.push(T::BaselineNoTargets.get(lang).to_string());
        }
        Status::PaceUnknown => {
            out.push(T::PaceUnknownText.get(lang).to_string());
            let target_year = indicator
                .milestones_by_year()
                .into_iter()
                .find(|m| m.year >= row.period.year)
                .map(|m| m.year);
            if let (Some(t), Some(y)) = (row.target, target_year) {
                out.push(T::DistanceToTarget.with(
                    lang,
                    &[
                        ("t", &value(t)),
                        ("y", &y.to_string()),
                        ("d", &format_gap(lang, indicator, (t - v.total).max(0.0))),
                    ],
                ));
            }
        }
        Status::Behind | Status::OffTrack => {
            if let Some(m) = row.missed {
                out.push(
                    T::MissedMilestone
                        .with(lang, &[("t", &value(m.value)), ("y", &m.year.to_string())]),
                );
            }
            // Name the part that lags: one sex, or the whole.
            let lags = |s: Option<Status>| s.is_some_and(|s| s.needs_attention());
            let part = if lags(row.female_status) {
                Some((Part::Female, v.female, row.female_expected))
            } else if lags(row.male_status) {
                Some((Part::Male, v.male, row.male_expected))
            } else {
                None
            };
            let (prefix, expected) = match part {
                Some((part, Some(x), e)) => (
                    format!("{}: {}. ", sex_label(lang, group, part), value(x)),
                    e,
                ),
                _ => (String::new(), row.expected),
            };
            if let Some(e) = expected {
                let below = T::BelowExpected.with(lang, &[("e", &value(e))]);
                out.push(format!("{prefix}{below}"));
            }
        }
        _ => {}
    }
    out
}

/// Why a number, year or text typed into the plan or a baseline was refused.
pub fn plan_error(error: &PlanError) -> T {
    match error {
        PlanError::Empty => T::Required,
        PlanError::NotANumber | PlanError::OutOfRange => T::InvalidNumber,
        PlanError::YearOutsidePlan => T::InvalidYear,
        PlanError::BadDate => T::InvalidDate,
        PlanError::NotAnEmail => T::InvalidEmail,
    }
}

pub fn female_label(lang: Lang, group: FieldGroup) -> &'static str {
    match group {
        FieldGroup::Children => T::OfWhichGirls,
        _ => T::OfWhichFemale,
    }
    .get(lang)
}

pub fn sex_label(lang: Lang, group: FieldGroup, part: Part) -> &'static str {
    match (group, part) {
        (FieldGroup::Children, Part::Female) => T::Girls,
        (FieldGroup::Children, Part::Male) => T::Boys,
        (_, Part::Female) => T::Female,
        (_, Part::Male) => T::Male,
        (_, Part::Total) => T::Total,
    }
    .get(lang)
}

pub fn figure_error(lang: Lang, error: &FigureError) -> String {
    match error {
        FigureError::NotANumber => T::ErrNotANumber.get(lang).to_string(),
        FigureError::Negative => T::ErrNegative.get(lang).to_string(),
        FigureError::NotWhole => T::ErrNotWhole.get(lang).to_string(),
        FigureError::TooLarge => T::ErrTooLarge.with(
            lang,
            &[("max", &format_number(lang, f64::from(MAX_FIGURE), 0))],
        ),
        FigureError::FemaleAboveTotal { female, total } => T::ErrFemaleAboveTotal.with(
            lang,
            &[("f", &female.to_string()), ("t", &total.to_string())],
        ),
        FigureError::NumeratorAboveDenominator {
            indicator,
            numerator,
            denominator,
            num,
            den,
        } => T::ErrNumAboveDen.with(
            lang,
            &[
                ("i", indicator),
                ("n", numerator),
                ("a", &num.to_string()),
                ("d", denominator),
                ("b", &den.to_string()),
            ],
        ),
        FigureError::PeriodOutsidePlan { start, end } => {
            T::ErrPeriodOutside.with(lang, &[("s", &start.to_string()), ("e", &end.to_string())])
        }
        FigureError::UnknownField(f) => T::ErrUnknownField.with(lang, &[("f", f)]),
    }
}

/// Why a file was refused, as a sentence for the user.
pub fn load_error(lang: Lang, error: &LoadError) -> String {
    match error {
        LoadError::TooLarge { bytes } => T::ErrFileTooLarge.with(
            lang,
            &[
                ("s", &format_bytes(lang, *bytes as f64)),
                ("m", &format_bytes(lang, MAX_FILE_BYTES as f64)),
            ],
        ),
        LoadError::NotJson { line, column } => T::ErrNotJson.with(
            lang,
            &[("l", &line.to_string()), ("c", &column.to_string())],
        ),
        LoadError::WrongFormat => T::ErrWrongFormat.get(lang).to_string(),
        LoadError::Unreadable => T::ErrUnreadableFile.get(lang).to_string(),
        LoadError::NewerVersion(v) => {
            T::ErrNewerVersion.with(lang, &[("v", &v.to_string()), ("m", &VERSION.to_string())])
        }
        LoadError::Missing { path, line } => {
            T::ErrMissing.with(lang, &[("p", path), ("l", &line.to_string())])
        }
        LoadError::Wrong { path, line } => {
            T::ErrWrong.with(lang, &[("p", path), ("l", &line.to_string())])
        }
        LoadError::Figure { path, error } => {
            T::ErrFigureAt.with(lang, &[("p", path), ("e", &figure_error(lang, error))])
        }
        LoadError::Duplicate { path, id } => T::ErrDuplicate.with(lang, &[("i", id), ("p", path)]),
        LoadError::Activity { path, error } => {
            T::ErrActivityAt.with(lang, &[("p", path), ("e", &activity_error(lang, error))])
        }
        LoadError::PlanYears { start, end } => T::ErrPlanYears.with(
            lang,
            &[
                ("s", &start.to_string()),
                ("e", &end.to_string()),
                ("a", &PLAN_YEARS.start().to_string()),
                ("b", &PLAN_YEARS.end().to_string()),
            ],
        ),
        LoadError::Plan { path, error } => {
            T::ErrPlanAt.with(lang, &[("p", path), ("e", plan_error(error).get(lang))])
        }
        LoadError::TooLong { path, chars } => T::ErrTooLong.with(
            lang,
            &[
                ("p", path),
                ("n", &format_number(lang, *chars as f64, 0)),
                ("m", &format_number(lang, MAX_TEXT_CHARS as f64, 0)),
            ],
        ),
    }
}

pub fn activity_error(lang: Lang, error: &ActivityError) -> String {
    match error {
        ActivityError::NoTitle => T::ErrActivityNoTitle.get(lang).to_string(),
        ActivityError::TitleTooLong => T::ErrActivityTitleLong.with(
            lang,
            &[("m", &crate::domain::activity::MAX_TITLE_CHARS.to_string())],
        ),
        ActivityError::BadDate => T::InvalidDate.get(lang).to_string(),
        ActivityError::EndsBeforeStart => T::ErrActivityEnd.get(lang).to_string(),
        ActivityError::OutsidePlan { start, end } => {
            T::ErrActivityOutside.with(lang, &[("s", &start.to_string()), ("e", &end.to_string())])
        }
        ActivityError::Number(e) => figure_error(lang, e),
    }
}

/// A size in kB or MB, as people read file sizes: "12,5 MB".
pub fn format_bytes(lang: Lang, bytes: f64) -> String {
    if bytes < 1_000_000.0 {
        format!("{} kB", format_number(lang, bytes / 1000.0, 0))
    } else {
        format!("{} MB", format_number(lang, bytes / 1_000_000.0, 1))
    }
}

/// "còn 21 ngày" / "21 days left".
pub fn days_left(lang: Lang, today: NaiveDate, due: NaiveDate) -> String {
    let n = (due - today).num_days();
    if n == 0 {
        T::DueToday.get(lang).to_string()
    } else {
        T::DaysLeft.with(lang, &[("n", &n.to_string())])
    }
}

/// A document's date line as Nghị định 30/2020/NĐ-CP writes it: a leading 0 only for days
/// below 10 and for January and February. "Đống Đa, ngày 08 tháng 6 năm 2026".
pub fn place_and_date(place: &str, d: NaiveDate) -> String {
    let month = if d.month() <= 2 {
        format!("{:02}", d.month())
    } else {
        d.month().to_string()
    };
    format!(
        "{place}, ngày {:02} tháng {month} năm {}",
        d.day(),
        d.year()
    )
}

#[cfg(test)]
mod tests {
    use super::{D, T};

    /// The names of a text's placeholders: `{f}`, and `{n}` of `{n:day|days}`.
    fn placeholders(text: &str) -> std::collections::BTreeSet<&str> {
        text.split('{')
            .skip(1)
            .filter_map(|rest| rest.split(['}', ':']).next())
            .collect()
    }

    #[test]
    fn every_language_fills_the_same_placeholders() {
        let pairs = T::ALL
            .iter()
            .map(|t| (format!("{t:?}"), t.pair()))
            .chain(D::ALL.iter().map(|d| (format!("{d:?}"), d.pair())));
        for (key, [vi, en]) in pairs {
            assert_eq!(placeholders(vi), placeholders(en), "{key}: “{vi}” / “{en}”");
        }
        assert_eq!(
            placeholders("{n} {n:day|days} left in {k}")
                .into_iter()
                .collect::<Vec<_>>(),
            ["k", "n"]
        );
    }

    #[test]
    fn english_counts_take_the_right_word() {
        assert_eq!(
            T::SnapshotSummary.with(Lang::En, &[("s", "x"), ("p", "1"), ("r", "3")]),
            "x, 1 period with figures, save no. 3"
        );
        assert_eq!(
            T::SnapshotSummary.with(Lang::En, &[("s", "x"), ("p", "2"), ("r", "3")]),
            "x, 2 periods with figures, save no. 3"
        );
        assert_eq!(T::DaysLeft.with(Lang::En, &[("n", "1")]), "1 day left");
        assert_eq!(T::DaysLeft.with(Lang::Vi, &[("n", "1")]), "còn 1 ngày");
        assert_eq!(
            D::Summary.with(Lang::En, &[("s", "1"), ("n", "0")]),
            "Rolling up 1 school (0 period submissions)."
        );
        // A value that is not a count, and text with no forms, are left as they are.
        assert_eq!(fill("{a:x|y}{a}{b}", &[("a", "1")]), "x1{b}");
    }

    use super::*;
    use crate::defaults::hoa_mai;

    #[test]
    fn numbers_the_vietnamese_way() {
        assert_eq!(format_number(Lang::Vi, 9.1, 1), "9,1");
        assert_eq!(format_number(Lang::Vi, 65.0, 1), "65");
        assert_eq!(format_number(Lang::Vi, 48.333, 1), "48,3");
        assert_eq!(format_number(Lang::Vi, 1234567.0, 0), "1.234.567");
        assert_eq!(format_number(Lang::En, 1234.5, 1), "1,234.5");
        assert_eq!(format_number(Lang::Vi, -2.5, 1), "-2,5");
        assert_eq!(format_number(Lang::Vi, -0.01, 1), "0");
        assert_eq!(format_percent(Lang::Vi, 99.96), "100%");
    }

    #[test]
    fn dates_in_each_language() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
        assert_eq!(format_date(Lang::Vi, d), "29/11/2026");
        assert_eq!(format_date(Lang::En, d), "29 Nov 2026");
        assert_eq!(format_day_month(Lang::Vi, (3, 8)), "8/3");
        assert_eq!(
            place_and_date("Đống Đa", NaiveDate::from_ymd_opt(2022, 3, 28).unwrap()),
            "Đống Đa, ngày 28 tháng 3 năm 2022"
        );
        assert_eq!(
            place_and_date("Đống Đa", NaiveDate::from_ymd_opt(2026, 2, 5).unwrap()),
            "Đống Đa, ngày 05 tháng 02 năm 2026"
        );
    }

    #[test]
    fn targets_written_as_the_plan_writes_them() {
        let plan = hoa_mai();
        let at = |id: &str, year| target_for_column(Lang::Vi, plan.indicator(id).unwrap(), year);
        assert_eq!(at("2a-nt", 2025), "ít nhất 65%");
        assert_eq!(at("3d-ths", 2025), "ít nhất 9,1% từ năm 2025 trở đi");
        assert_eq!(at("3d-ths", 2030), "ít nhất 9,1% từ năm 2025 trở đi");
        assert_eq!(at("3dd", 2025), "trên 9,1%");
        assert_eq!(at("2b", 2030), "đạt 100%");
        assert_eq!(at("4c", 2030), "duy trì 100%");
        assert_eq!(at("4a-ph", 2025), "ít nhất 350 phụ huynh trong năm");
        assert_eq!(at("4a-cb", 2025), "— (mốc năm 2030)");
        assert_eq!(at("4d", 2030), "đạt 100% (từ năm 2026)");
        assert_eq!(at("4a-cb", 2030), "đạt 100%");
    }

    #[test]
    fn placeholders_are_filled() {
        assert_eq!(T::DaysLeft.with(Lang::Vi, &[("n", "21")]), "còn 21 ngày");
        let e = FigureError::FemaleAboveTotal {
            female: 41,
            total: 40,
        };
        assert_eq!(
            figure_error(Lang::Vi, &e),
            "Số nữ (41) không được lớn hơn tổng số (40)."
        );
    }
}
