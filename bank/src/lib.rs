//! rolefit's question bank, shared by the widget, its build script, its
//! tools and its tests:
//!
//! - [`model`]: the data types, plain `'static` data;
//! - `load` (feature `load`): reads `questions/`, checks every rule and
//!   names the file and key of each problem; never in the widget, so no TOML
//!   parser ships in the wasm;
//! - `translations` (feature `load`): which source wording each
//!   translation was made from, and which translations are now stale;
//! - [`words`]: one language's words as a text asset, written by the build
//!   and read by the widget.

pub mod model;
pub mod words;

#[cfg(feature = "load")]
pub mod load;
#[cfg(feature = "load")]
pub mod translations;
