//! The texts only the activity log shows, a table of their own: they load with its piece, not
//! before the app's first view.

use super::{fill, Lang};

texts! {
    /// A text of the activity log.
    ActivityText;
    Edit => "Sửa", "Edit";
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
}
