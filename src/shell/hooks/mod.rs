//! One hook per concern the widget has beyond rendering: each owns its
//! effect (and its state, where it has one), so `App` only calls them.

mod focus;
mod host;
mod language;
mod link;
mod saved;

pub use focus::use_heading_focus;
pub use host::{HostReports, use_host_connection, use_host_reports};
pub use language::{use_language, use_language_memory};
pub use link::use_fragment_link;
pub use saved::{SavedProgress, use_kept_stale, use_other_tab_offer, use_save_progress, use_saved_progress};
