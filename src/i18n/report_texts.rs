//! The texts only the report page and the shared report shows, a table of their own: they load with its piece, not
//! before the app's first view.

use super::{fill, Lang};

texts! {
    /// A text of the report page and the shared report.
    ReportPageText;
    NothingWritten => "(không ghi)", "(nothing written)";
    ConfirmNewVersion => "Làm phiên bản mới của báo cáo? Báo cáo sẽ lại theo số liệu hiện tại cho đến khi hoàn thành lần nữa; các phiên bản đã hoàn thành vẫn được giữ.", "Make a new version of the report? It follows the current data again until it is finished again; the finished versions are kept.";
    ShareCopyByHand => "Chưa sao chép được vào bộ nhớ tạm: hãy chọn liên kết trong ô và sao chép.", "It could not be copied to the clipboard: select the link in the box and copy it.";
    ShareTooLong => "Báo cáo quá dài để gửi trong một liên kết; hãy gửi tệp PDF.", "The report is too long to send in a link; send the PDF.";
    ShareReport => "Tạo liên kết xem báo cáo (chỉ đọc)", "Make a read-only link to the report";
    ShareLink => "Liên kết chỉ đọc: báo cáo nằm ngay trong liên kết, không gửi lên máy chủ nào", "Read-only link: the report travels inside the link, sent to no server";
    SharedTitle => "Báo cáo được chia sẻ (chỉ đọc)", "Shared report (read-only)";
    SharedHelp => "Báo cáo này nằm trong liên kết bạn đã mở. Xem và in được; dữ liệu của bạn trên máy này không bị thay đổi.", "This report came inside the link you opened. You can read and print it; your own data on this device is not changed.";
    SharedBroken => "Liên kết bị hỏng hoặc không phải liên kết báo cáo của ứng dụng này.", "The link is damaged, or not a report link of this app.";
    ReportTitle => "Báo cáo định kỳ gửi cấp trên", "Periodic report to the office above";
    ChartsChosen => "Biểu đồ đưa vào báo cáo: {n}/{m}", "Charts in the report: {n} of {m}";
    ChartsHelp => "Mặc định là các chỉ tiêu chậm tiến độ, chệch hướng và các chỉ tiêu được nêu trong phần IV, V. Chọn thêm hoặc bỏ bớt.", "By default, the indicators behind or off track and those parts IV and V name. Add or remove any.";
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
    DocxChartsMissing => "Đã tạo tệp Word, nhưng trình duyệt không vẽ được {n} biểu đồ: tệp thiếu các biểu đồ ấy.", "The Word file was made, but the browser could not draw {n} {n:chart|charts}, which the file lacks.";
    ReportNumber => "Số báo cáo (ví dụ 15/BC-MNHM)", "Report number (e.g. 15/BC-MNHM)";
    SignerTitle => "Chức vụ người ký (ví dụ HIỆU TRƯỞNG; hai dòng nếu ký thay: KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG)", "Signer's title (e.g. HIỆU TRƯỞNG; two lines when signing for the principal)";
    SignerName => "Họ và tên người ký (được giữ cho các báo cáo sau)", "Signer's full name (kept for the next reports)";
}
