//! The texts only the indicator page shows, a table of their own: they load with its piece, not
//! before the app's first view.

use super::{fill, Lang};

texts! {
    /// A text of the indicator page.
    IndicatorText;
    Expected => "Mức kỳ vọng", "Expected";
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
    ChartTitle => "Biểu đồ kết quả so với lộ trình", "Values against the target path";
    NotApplicableMark => "Không áp dụng cho nhà trường", "Not applicable to the school";
    NotApplicableHelp => "Chỉ tiêu không áp dụng vẫn hiển thị nhưng không tính vào tổng hợp.", "An indicator that does not apply stays visible but is left out of the totals.";
    ReasonRequired => "Hãy ghi lý do.", "Give a reason.";
    OpenFigures => "Nhập số liệu", "Enter figures";
    BaselineNotForMaintain => "Chỉ tiêu duy trì được so với mục tiêu ngay từ năm đầu kế hoạch: không cần mốc xuất phát.", "A target to maintain is judged against itself from the plan's first year: no baseline is needed.";
    BaselineNotNeeded => "Chỉ tiêu có mốc ngay từ năm đầu kế hoạch: lộ trình đi theo các mốc chỉ tiêu, không cần mốc xuất phát.", "The first target falls in the plan's first year: the path follows the targets and needs no baseline.";
}
