//! Theo dõi Kế hoạch hành động vì sự tiến bộ phụ nữ và bình đẳng giới 2021-2030: a
//! client-only app for a school's gender equality action plan.
//!
//! Data flows one way: input -> domain update -> saved document -> progress engine -> views.
//! `domain` is plain Rust (tested natively), `export` makes the files people open elsewhere,
//! `browser` is the only web-sys code, `ui` holds the views.

pub mod browser;
pub mod defaults;
pub mod domain;
pub mod export;
pub mod i18n;
pub mod ui;

pub use ui::App;
