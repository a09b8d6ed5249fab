//! The domain: plain Rust with no browser code, tested natively with `cargo test`.

pub mod document;
pub mod figures;
pub mod period;
pub mod plan;
pub mod progress;
