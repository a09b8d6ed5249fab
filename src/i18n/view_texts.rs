//! The texts several views show, or the files they write (the CSV's heads), and no part of the
//! first view: a table of their own, so that they load with the pieces that show them.

use super::{fill, Lang};

texts! {
    /// A text several views show.
    ViewText;
    Targets => "Chỉ tiêu", "Targets";
    Status => "Tình trạng", "Status";
    Value => "Giá trị", "Value";
    TargetPath => "Lộ trình chỉ tiêu", "Target path";
    ValuesByPeriod => "Kết quả theo kỳ", "Values by period";
    Save => "Lưu", "Save";
    Remove => "Xóa", "Remove";
    ReportLimitations => "IV. Hạn chế và nguyên nhân", "IV. Limitations and causes";
    ReportNextSteps => "V. Phương hướng, nhiệm vụ kỳ tới và đề xuất", "V. Next steps and proposals";
    ImportReading => "Đang đọc tệp…", "Reading the file…";
    Cancel => "Hủy", "Cancel";
    ImportNotSaved => "Tệp “{f}” chưa được nhập: không lưu được dữ liệu (xem thông báo ở đầu trang). Dữ liệu đang lưu không thay đổi.", "The file “{f}” was not imported: the data could not be saved (see the message at the top). The saved data has not changed.";
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
    IndicatorCode => "Ký hiệu", "Code";
    TargetValue => "Chỉ tiêu", "Target";
}
