//! The texts only the plan editor shows, a table of their own: they load with its piece, not
//! before the app's first view.

use super::{fill, Lang};

texts! {
    /// A text of the plan editor.
    PlanText;
    PlanEditor => "Chỉnh sửa kế hoạch", "Edit the plan";
    PlanEditorHelp => "Kế hoạch là dữ liệu của nhà trường: sửa thông tin văn bản, chỉ tiêu, mục tiêu, nhiệm vụ. Kế hoạch mẫu của Trường MN Hoa Mai luôn có thể dùng lại.", "The plan is the school's data: edit the document details, indicators, targets and tasks. Hoa Mai's plan is always there as a template.";
    DocumentDetails => "Thông tin văn bản", "Document details";
    AddressingTitle => "Cơ quan cấp trên và nơi nhận báo cáo hiện nay", "Today's governing body and report recipient";
    AddressingHelp => "Kế hoạch được giữ nguyên như khi ban hành. Từ ngày 1/7/2025 chính quyền địa phương chỉ còn hai cấp (tỉnh và xã/phường, không còn cấp huyện), nên cơ quan cấp trên và nơi nhận báo cáo có thể khác với kế hoạch. Báo cáo, thư gửi và lịch báo cáo dùng các ô dưới đây; để trống ô nào thì dùng như kế hoạch.", "The plan stays as it was issued. Since 1 July 2025 local government has two levels (province and commune/ward, no more districts), so the body above the school and the office that receives its reports may differ from the plan. The reports, the e-mail and the report calendar use the boxes below; an empty box means as in the plan.";
    Sense => "Cách đánh giá chỉ tiêu", "Kind of target";
    MeasureKind => "Loại chỉ tiêu", "Kind of value";
    RemoveMilestone => "Xóa mốc năm {y}", "Remove the {y} target";
    ConfirmRemoveAction => "Xóa nội dung {a}?", "Remove action {a}?";
    SenseAtLeast => "Đạt ít nhất", "At least";
    SenseAbove => "Trên", "Above";
    SenseMaintain => "Duy trì", "Maintain";
    AddMilestone => "Thêm mốc chỉ tiêu", "Add a target year";
    AddIndicator => "Thêm chỉ tiêu", "Add an indicator";
    RemoveIndicator => "Xóa chỉ tiêu", "Remove the indicator";
    ConfirmRemoveIndicator => "Xóa chỉ tiêu {c}? Số liệu đã nhập vẫn được giữ.", "Remove indicator {c}? Figures already entered are kept.";
    Numerator => "Tử số", "Numerator";
    Denominator => "Mẫu số", "Denominator";
    QuartersInPeriod => "Số quý trong kỳ", "Quarters in the period";
    MeasureRatio => "Tỷ lệ (%)", "Percentage";
    MeasureCount => "Số lượng", "Count";
    BySex => "Theo dõi riêng nữ và nam", "Follow women and men separately";
    TaskGroups => "Nhiệm vụ và giải pháp", "Tasks and solutions";
    AddAction => "Thêm nội dung", "Add an action";
    NewAction => "Nội dung mới", "New action";
    NewIndicator => "Chỉ tiêu mới", "New indicator";
    ResetToTemplate => "Dùng lại kế hoạch mẫu Trường MN Hoa Mai", "Start again from Hoa Mai's plan";
    StartFromTemplate => "Bắt đầu từ mẫu của cấp trên: chọn tệp mẫu kế hoạch", "Start from the office's template: choose the plan template file";
    TemplateHelp => "Cơ quan quản lý (phường, xã hoặc sở) có thể gửi tệp mẫu kế hoạch gồm các chỉ tiêu, mục tiêu và nhiệm vụ của mình. Khi lấy mẫu, phần đầu văn bản, nơi nhận báo cáo, số liệu, hoạt động và báo cáo của trường được giữ nguyên; một bản sao được lưu trước ở trang Dữ liệu.", "The office above (ward, commune or department) may send a plan template with its indicators, targets and tasks. Taking it keeps the school's document details, report recipient, figures, activities and reports; a copy is kept first on the Data page.";
    TemplateConfirm => "Lấy mẫu kế hoạch của {o} (lập ngày {d}, {n} chỉ tiêu)? Chỉ tiêu, mục tiêu và nhiệm vụ của kế hoạch được thay bằng của mẫu; số liệu, hoạt động và báo cáo của trường được giữ nguyên.", "Take the plan template of {o} (made on {d}, {n} indicators)? The plan's indicators, targets and tasks are replaced by the template's; the school's figures, activities and reports are kept.";
    TemplateTaken => "Đã lấy mẫu kế hoạch của {o}: {n} chỉ tiêu. Số liệu, hoạt động và báo cáo của trường được giữ nguyên; bản sao trước khi lấy mẫu ở trang Dữ liệu.", "The plan template of {o} is taken: {n} indicators. The school's figures, activities and reports are kept; the copy from before is on the Data page.";
    TemplateKeptFields => "Các số liệu trường đã nhập mà mẫu không có được giữ lại: {f}.", "Figures the school entered that the template does not ask for are kept: {f}.";
    TemplateDroppedStatements => "Mốc xuất phát hoặc lý do không áp dụng mà trường đã ghi cho các chỉ tiêu sau không giữ được, vì mẫu không có hoặc tính từ số liệu khác: {c}.", "The baseline or not-applicable reason the school gave for these indicators could not be kept, as the template lacks them or computes them from other figures: {c}.";
    TemplateRefused => "Không lấy được mẫu từ tệp “{f}”: {e} Kế hoạch đang lưu không thay đổi.", "No template was taken from “{f}”: {e} The saved plan has not changed.";
    ConfirmReset => "Thay kế hoạch hiện tại bằng kế hoạch mẫu? Số liệu đã nhập vẫn được giữ.", "Replace the current plan with the template? Figures already entered are kept.";
    IndicatorName => "Tên ngắn", "Short name";
    Unit => "Đơn vị", "Unit";
    Year => "Năm", "Year";
    IssuerParent => "Cơ quan chủ quản (theo kế hoạch)", "Governing body (as in the plan)";
    Issuer => "Tên trường", "School";
    IssuerCode => "Tên viết tắt (dùng trong số văn bản)", "Short name (used in document numbers)";
    DocNumber => "Số kế hoạch", "Plan number";
    DocPlace => "Địa danh", "Place";
    DocSubject => "Trích yếu", "Subject";
    Recipient => "Nơi nhận báo cáo (theo kế hoạch)", "Report recipient (as in the plan)";
    RecipientEmail => "Email nhận báo cáo (theo kế hoạch)", "Report recipient's email (as in the plan)";
    DocDate => "Ngày ban hành", "Date issued";
    GoverningBodyNow => "Cơ quan cấp trên (dòng trên tên trường trong báo cáo)", "Governing body (the line above the school's name in the report)";
    RecipientNow => "Nơi nhận báo cáo", "Report recipient";
    RecipientEmailNow => "Email nhận báo cáo", "Report recipient's email";
    ActionText => "Nội dung", "Action";
}
