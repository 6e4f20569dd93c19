//! The browser shell: function components that render the core's state and
//! dispatch [`crate::quiz::Action`]s. No scoring or flow logic lives here.

mod app;
mod cta;
mod dimension_bar;
mod drivers;
mod intro;
mod link_error;
mod profile;
mod question;
mod result;
mod share_panel;
mod stale_result;
mod verdict;
mod what_would_change;

pub use app::App;
pub use cta::{CallsToAction, CallsToActionProps};
pub use dimension_bar::{DimensionBar, DimensionBarProps};
pub use drivers::{DriverList, DriverListProps};
pub use intro::{Intro, IntroProps};
pub use link_error::{LinkErrorView, LinkErrorViewProps};
pub use profile::{ProfileCard, ProfileCardProps};
pub use question::{QuestionView, QuestionViewProps};
pub use result::{ResultView, ResultViewProps};
pub use share_panel::{SharePanel, SharePanelProps};
pub use stale_result::{StaleResultView, StaleResultViewProps};
pub use verdict::{VerdictSummary, VerdictSummaryProps};
pub use what_would_change::{WhatWouldChange, WhatWouldChangeProps};

/// The id of each screen's main heading, which receives focus on every step.
pub const HEADING_ID: &str = "rf-heading";
