//! The browser shell: function components that render the core's state and
//! dispatch [`crate::quiz::Action`]s. No scoring or flow logic lives here.

mod app;
mod dimension_bar;
mod drivers;
mod intro;
mod profile;
mod question;
mod result;

pub use app::App;
pub use dimension_bar::{DimensionBar, DimensionBarProps};
pub use drivers::{DriverList, DriverListProps};
pub use intro::{Intro, IntroProps};
pub use profile::{ProfileCard, ProfileCardProps};
pub use question::{QuestionView, QuestionViewProps};
pub use result::{ResultView, ResultViewProps};

/// The id of each screen's main heading, which receives focus on every step.
pub const HEADING_ID: &str = "rf-heading";
