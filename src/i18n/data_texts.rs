//! The texts only the data page shows, a table of their own: they load with its piece, not
//! before the app's first view.

use super::{fill, Lang};

texts! {
    /// A text of the data page.
    DataText;
    DataTitle => "Dữ liệu: sao lưu, nhập và khôi phục", "Data: back up, import and restore";
    BackupTitle => "Sao lưu và bảng tính", "Backup and spreadsheets";
    ExportCsv => "Tải bảng giá trị chỉ tiêu (CSV)", "Download indicator values (CSV)";
    ExportXlsx => "Tải bảng tính Excel (.xlsx)", "Download the Excel workbook (.xlsx)";
    XlsxSheet => "Chỉ tiêu", "Indicators";
    ExportCsvHelp => "Giá trị của từng chỉ tiêu theo từng kỳ. Tệp Excel mở đúng số liệu với mọi cài đặt vùng; tệp CSV (dấu chấm thập phân, dấu phẩy phân cách) dành cho các phần mềm khác.", "Each indicator's value in each period. The Excel file opens with the numbers right whatever the regional settings; the CSV (decimal point, comma-separated) is for other tools.";
    ImportTitle => "Nhập tệp dữ liệu", "Import a data file";
    ImportPick => "Chọn tệp dữ liệu (.json) hoặc kéo thả tệp vào đây", "Choose a data file (.json) or drop it here";
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
    RestoreNotSaved => "Chưa khôi phục được: không lưu được dữ liệu (xem thông báo ở đầu trang).", "Not restored: the data could not be saved (see the message at the top).";
    Replaced => "Đã thay toàn bộ dữ liệu bằng tệp “{f}”.", "All data was replaced with the file “{f}”.";
    MergedInfo => "Đã gộp tệp “{f}”: cập nhật {n} số liệu trong {r} kỳ, thêm {a} kỳ; thêm {h} hoạt động, sửa số người của {u} hoạt động; thêm {b} báo cáo.", "Merged the file “{f}”: {n} {n:figure|figures} updated in {r} {r:period|periods}, {a} {a:period|periods} added; {h} {h:activity|activities} added, the numbers of people of {u} corrected; {b} {b:report|reports} added.";
    MergedReportsKept => "Giữ {k} báo cáo của nhà trường: báo cáo cùng kỳ trong tệp không được lấy.", "{k} of the school's {k:report|reports} kept: the file's reports of the same periods were not taken.";
    MergedSkipped => "Bỏ qua số liệu không có trong kế hoạch: {s}.", "Figures the plan does not have were left out: {s}.";
    SnapshotsTitle => "Bản sao lưu trên máy", "Copies kept on this device";
    SnapshotsHelp => "Một bản mỗi ngày có sử dụng (7 ngày gần nhất) và một bản trước mỗi lần nhập tệp hay khôi phục (5 lần gần nhất).", "One for each day of use (the last 7) and one before each import or restore (the last 5).";
    NoSnapshots => "Chưa có bản sao nào.", "No copy yet.";
    SnapshotDaily => "Đầu ngày", "Start of the day";
    SnapshotBeforeImport => "Trước khi nhập tệp", "Before an import";
    SnapshotBeforeRestore => "Trước khi khôi phục", "Before a restore";
    SnapshotBeforeUpgrade => "Trước khi nâng cấp định dạng dữ liệu", "Before the data format was upgraded";
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
}
