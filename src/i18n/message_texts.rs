//! What went wrong, in words: the texts of [`super::messages`], a table of their own. The
//! shell shows none of them (a refused change reaches it already worded), so they load with
//! the pieces that check and read data, not before the app's first view.

use super::{fill, Lang};

texts! {
    /// A text saying why an entry, a change or a file was refused.
    MessageText;
    ErrNotANumber => "Hãy nhập một số nguyên, ví dụ 25.", "Type a whole number, for example 25.";
    ErrNegative => "Số liệu không được âm.", "A figure cannot be negative.";
    ErrNotWhole => "Hãy nhập số nguyên (không có phần thập phân).", "Type a whole number (no decimals).";
    ErrTooLarge => "Số quá lớn (tối đa {max}).", "The number is too large (at most {max}).";
    ErrFemaleAboveTotal => "Số nữ ({f}) không được lớn hơn tổng số ({t}).", "Women ({f}) cannot be more than the total ({t}).";
    ErrNumAboveDen => "Chỉ tiêu {i}: “{n}” ({a}) không được lớn hơn “{d}” ({b}).", "Indicator {i}: “{n}” ({a}) cannot be more than “{d}” ({b}).";
    ErrPeriodOutside => "Kỳ báo cáo phải nằm trong giai đoạn của kế hoạch ({s}–{e}).", "The period must be within the plan's years ({s}–{e}).";
    ErrUnknownField => "Kế hoạch không có số liệu “{f}”.", "The plan has no figure “{f}”.";
    ErrFileTooLarge => "tệp quá lớn ({s}); giới hạn là {m}.", "the file is too large ({s}); the limit is {m}.";
    ErrNotJson => "tệp không phải JSON hợp lệ (lỗi ở dòng {l}, cột {c}).", "the file is not valid JSON (error at line {l}, column {c}).";
    ErrUnreadableFile => "trình duyệt không đọc được tệp này.", "the browser could not read this file.";
    ErrWrongFormat => "đây không phải tệp dữ liệu của ứng dụng này.", "this is not a data file of this app.";
    ErrNotTemplate => "đây là tệp dữ liệu của một trường, không phải tệp mẫu kế hoạch của cấp trên. Tệp dữ liệu được nhập ở trang Dữ liệu.", "this is a school's data file, not a plan template from the office above. Data files are imported on the Data page.";
    ErrIsTemplate => "đây là tệp mẫu kế hoạch của cấp trên, không có số liệu của trường. Trường lấy mẫu ở trang Kế hoạch, nút “Bắt đầu từ mẫu của cấp trên”.", "this is a plan template from the office above, with no school's figures. A school takes it on the Plan page, with “Start from the office's template”.";
    ErrOldRollUp => "tệp tổng hợp của phiên bản cũ, không có số liệu để cộng lên cấp trên: đề nghị đơn vị gửi xuất lại tệp.", "a roll-up file of an older version, without the figures the level above adds up: ask its office to export it again.";
    ErrTooManySchools => "“{p}” đếm {n} trường, quá {o}.", "“{p}” counts {n} schools, above {o}.";
    ErrNewerVersion => "tệp do phiên bản mới hơn của ứng dụng tạo ra (định dạng phiên bản {v}; phiên bản này đọc đến {m}). Hãy tải lại trang và chọn “Cập nhật ngay” khi được hỏi.", "the file was made by a newer version of the app (format version {v}; this one reads up to {m}). Reload the page and choose “Update now” when asked.";
    ErrMissing => "thiếu trường “{p}” (dòng {l}).", "the field “{p}” is missing (line {l}).";
    ErrWrong => "trường “{p}” có kiểu hoặc giá trị sai (dòng {l}).", "the field “{p}” has a wrong type or value (line {l}).";
    ErrFigureAt => "số liệu “{p}”: {e}", "figure “{p}”: {e}";
    ErrPlanYears => "các năm của kế hoạch ({s}–{e}) không dùng được: phải nằm trong {a}–{b} và năm bắt đầu không sau năm kết thúc.", "the plan's years ({s}–{e}) cannot be used: they must lie within {a}–{b}, the first not after the last.";
    ErrPlanAt => "giá trị “{p}”: {e}", "value “{p}”: {e}";
    ErrTooLong => "trường “{p}” dài {n} ký tự, quá mức {m} ký tự.", "field “{p}” is {n} characters long, over the limit of {m}.";
    ErrActivityAt => "hoạt động “{p}”: {e}", "activity “{p}”: {e}";
    ErrActivityNoTitle => "Hãy nhập tên hoạt động.", "Give the activity a title.";
    ErrActivityTitleLong => "Tên hoạt động dài quá {m} ký tự.", "The title is longer than {m} characters.";
    ErrActivityEnd => "Ngày kết thúc không được trước ngày bắt đầu.", "The last day cannot be before the first.";
    ErrActivityOutside => "Hoạt động phải diễn ra trong thời gian của kế hoạch ({s}–{e}).", "The activity must fall within the plan's years ({s}–{e}).";
    ErrDuplicate => "mã “{i}” bị dùng hai lần (“{p}”).", "the identifier “{i}” is used twice (“{p}”).";
    InvalidNumber => "Giá trị không hợp lệ.", "Not a valid value.";
    InvalidYear => "Năm phải trong giai đoạn của kế hoạch.", "The year must be within the plan.";
    InvalidDate => "Ngày không hợp lệ.", "Not a valid date.";
    InvalidEmail => "Địa chỉ email không hợp lệ (ví dụ: vanphong@hanoi.gov.vn).", "Not a valid e-mail address (for example: office@hanoi.gov.vn).";
    Required => "Không được để trống.", "This cannot be empty.";
}
