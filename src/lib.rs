//! rolefit: product owner or product manager? A self-assessment widget.
//!
//! Three places, as `ARCHITECTURE.md` maps them:
//! - [`core`]: the pure core (bank, scoring, quiz, share links, options,
//!   text, colours), plain Rust with no web imports, tested natively;
//! - [`shell`]: the thin browser shell (page set-up, components, storage,
//!   host messages, the panic hook), which renders the core and reports clicks;
//! - `contract` (native only, `src/contract.rs`): what JavaScript and the tests must agree with
//!   the core on, written out from it.

#[cfg(not(target_arch = "wasm32"))]
pub mod contract;
pub mod core;
pub mod shell;

pub use shell::components::App;
