//! The texts only the figures page shows, a table of their own: they load with its piece, not
//! before the app's first view.

use super::{fill, Lang};

texts! {
    /// A text of the figures page.
    FigureText;
    Indicator => "Chỉ tiêu", "Indicator";
    NeedsBaseline => "Cần mốc xuất phát để đánh giá tiến độ", "Baselines needed to judge the pace";
    NeedsBaselineHelp => "Các chỉ tiêu sau có số liệu nhưng chưa đánh giá được tiến độ. Mở từng chỉ tiêu để nhập mốc xuất phát.", "These indicators have figures but their pace cannot be judged yet. Open each to enter its baseline.";
    EnterFigures => "Nhập số liệu kỳ báo cáo", "Enter the period's figures";
    FiguresHelp => "Nhập số nguyên không âm. Mỗi ô được lưu ngay khi nhập đúng; ô để trống nghĩa là chưa có số liệu.", "Type whole numbers. Each box is saved as soon as it is valid; an empty box means no figure yet.";
    GroupStaff => "Đội ngũ cán bộ, giáo viên, nhân viên", "Staff";
    GroupChildren => "Trẻ em", "Children";
    GroupCommunication => "Thông tin, truyền thông", "Information and communication";
    ClearPeriod => "Xóa số liệu kỳ này", "Clear this period's figures";
    ConfirmClear => "Xóa toàn bộ số liệu của {p}?", "Clear all figures of {p}?";
}
