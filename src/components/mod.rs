//! The browser shell: function components that render the core's state and
//! dispatch [`crate::quiz::Action`]s. No scoring or flow logic lives here.

mod app;
mod cta;
mod dimension_bar;
mod drivers;
mod intro;
mod language;
mod link_error;
mod profile;
mod question;
mod result;
mod share_panel;
mod stale_result;
mod verdict;
mod what_would_change;

pub use app::App;
pub use cta::calls_to_action;
pub use dimension_bar::{DimensionBarProps, dimension_bar};
pub use drivers::driver_list;
pub use intro::{IntroProps, intro};
pub use language::language_switch;
pub use link_error::{LinkErrorViewProps, link_error_view};
pub use profile::profile_card;
pub use question::{QuestionView, QuestionViewProps};
pub use result::{ResultView, ResultViewProps};
pub use share_panel::{SharePanel, SharePanelProps};
pub use stale_result::{StaleResultViewProps, stale_result_view};
pub use verdict::{VerdictSummaryProps, verdict_summary};
pub use what_would_change::what_would_change;

/// The id of each screen's main heading, which receives focus on every step.
pub const HEADING_ID: &str = "rf-heading";

/// What [`App`] provides to every component below it: the language it
/// speaks and the page's options. One context, not two: each provider type
/// costs the wasm its own copy of yew's component machinery.
#[derive(Clone, Debug)]
pub struct Shell {
    /// The current language's words.
    pub words: &'static crate::bank::Locale,
    /// The page's options, read once.
    pub options: std::rc::Rc<crate::options::Options>,
}

impl PartialEq for Shell {
    fn eq(&self, other: &Self) -> bool {
        self.words.tag == other.words.tag && std::rc::Rc::ptr_eq(&self.options, &other.options)
    }
}

/// The current language's words; the default language outside [`App`]
/// (as in component tests).
#[yew::hook]
pub fn use_words() -> &'static crate::bank::Locale {
    yew::use_context::<Shell>().map_or_else(crate::bank::default_locale, |shell| shell.words)
}

/// The page's options; `None` outside [`App`].
#[yew::hook]
pub fn use_options() -> Option<std::rc::Rc<crate::options::Options>> {
    yew::use_context::<Shell>().map(|shell| shell.options)
}
