//! The texts of the district page's first view (its header, notices and the box that receives
//! files), a table of their own: the school's binary never carries them. The roll-up's are in
//! `rollup_texts.rs`, loaded with its piece.

use super::{fill, Lang};

texts! {
    /// A text of the district's page (`district.html`), which only its own app carries.
    D;
    Office => "Tổng hợp của {o}", "Roll-up of {o}";
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
    ReceiveTitle => "Nhận tệp của các trường", "Receive the schools' files";
    ReceivePick => "Chọn các tệp dữ liệu (có thể chọn nhiều tệp), hoặc thả vào đây", "Choose the data files (several at once), or drop them here";
    ReadingMissing => "Không tải được phần đọc tệp của trang (mất kết nối hoặc máy chủ lỗi). Chưa tệp nào được nhận và số liệu đã lưu vẫn còn nguyên: hãy chọn lại các tệp khi có mạng.", "The page's file reader could not be loaded (no connection, or a server error). No file was taken and the saved data is untouched: choose the files again once online.";
    ReceiveHelp => "Mỗi tệp được kiểm tra riêng: tệp lỗi được nêu tên và lý do, các tệp khác vẫn được nhận. Một trường gửi cùng một kỳ hai lần thì giữ tệp mới hơn. Ở cấp trên (Sở GDĐT), nhận tại đây cả tệp JSON tổng hợp của các đơn vị: mỗi đơn vị được cộng như một trường, từ tử số và mẫu số của các trường của đơn vị.", "Each file is checked on its own: a faulty file is named with the reason, and the others are still taken. A school sending a period twice keeps its newer file. At the level above (the province's department), the offices' roll-up JSON files are received here too: each office is added up like a school, from its schools' numerators and denominators.";
}
