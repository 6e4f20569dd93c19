//! What the widget shows: a component where a part owns state or work worth
//! keeping between renders ([`App`], [`ResultView`], [`SharePanel`]), a plain
//! render function for every stateless part. No scoring or flow logic lives
//! here.

mod app;
mod cta;
mod dimension_bar;
mod drivers;
mod intro;
mod language;
mod link_error;
mod other_tab;
mod profile;
mod question;
mod result;
mod share_panel;
mod stale_result;
mod verdict;
mod what_would_change;

pub use app::{App, AppProps};
pub use cta::calls_to_action;
pub use dimension_bar::{DimensionBarProps, dimension_bar};
pub use drivers::driver_list;
pub use intro::{IntroProps, intro};
pub use language::language_switch;
pub use link_error::{LinkErrorViewProps, link_error_view};
pub use other_tab::other_tab_notice;
pub use profile::{profile_card, profiles};
pub use question::{QuestionViewProps, question_view};
pub use result::{ResultView, ResultViewProps};
pub use share_panel::{SharePanel, SharePanelProps, ShareStatus};
pub use stale_result::{StaleResultViewProps, stale_result_view};
pub use verdict::{VerdictSummaryProps, verdict_summary};
pub use what_would_change::what_would_change;

/// The id of each screen's main heading, which receives focus on every step.
pub const HEADING_ID: &str = "rf-heading";
