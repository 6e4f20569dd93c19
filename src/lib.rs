//! rolefit: product owner or product manager? A self-assessment widget.
//!
//! The pure core ([`bank`], [`scoring`], [`quiz`], [`text`]) has no web
//! imports and is tested natively; [`components`] and [`storage`] are the thin
//! browser shell. See `ARCHITECTURE.md`.

// Lets generated code in `bank` name this crate the same way `build.rs` does.
extern crate self as rolefit;

pub mod bank;
pub mod browser;
pub mod calibrate;
pub mod color;
pub mod components;
pub mod crash;
pub mod events;
pub mod host;
pub mod options;
pub mod page;
pub mod quiz;
pub mod random;
pub mod scoring;
pub mod share;
pub mod storage;
pub mod text;
pub mod words;

pub use components::App;
