//! The pure core: everything the widget decides, in plain Rust with no web
//! imports (only `std`, `base64ct`, `percent-encoding` and `rolefit-bank`), tested natively in
//! milliseconds.

pub mod bank;
pub mod color;
pub mod events;
pub mod options;
pub mod quiz;
pub mod random;
pub mod saved;
pub mod scoring;
pub mod share;
pub mod text;
