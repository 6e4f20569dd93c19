//! Which screen the page shows, worked out once per render from the state.
//! The render, what the host page hears and where focus goes all follow it,
//! so a new screen is one arm here and one in each `match` on it.

use std::mem::{self, Discriminant};
use std::rc::Rc;

use crate::core::bank::CONTENT;
use crate::core::events::HostEvent;
use crate::core::quiz::{Quiz, Screen};
use crate::core::scoring::{Answer, score};
use crate::core::share::{LinkError, Recorded, Shared};

/// A screen of the widget, with what it shows that the quiz does not hold.
#[derive(Debug, Clone, PartialEq)]
pub enum Route {
    /// What the quiz is, how long it takes.
    Intro,
    /// The question at this index.
    Question(usize),
    /// The person's own result.
    Result,
    /// The person's own result, kept from questions that have changed
    /// since: what it recorded, until they retake.
    Kept(Recorded),
    /// Someone's result opened from a link, with its answers.
    Shared(Rc<[Answer]>),
    /// Someone's result opened from a link made with other questions: what
    /// it recorded.
    SharedStale(Recorded),
    /// A result link that cannot be shown.
    BadLink(LinkError),
}

impl Route {
    /// The screen for the page's state: a link in the address comes first,
    /// then a kept stale result, then wherever the quiz is.
    pub fn of(link: Option<&Result<Shared, LinkError>>, kept: Option<Recorded>, screen: Screen) -> Route {
        match (link, kept, screen) {
            (Some(Ok(Shared::Exact(answers))), ..) => Route::Shared(Rc::from(answers.as_slice())),
            (Some(Ok(Shared::Stale(recorded))), ..) => Route::SharedStale(*recorded),
            (Some(Err(error)), ..) => Route::BadLink(*error),
            (None, Some(recorded), _) => Route::Kept(recorded),
            (None, None, Screen::Intro) => Route::Intro,
            (None, None, Screen::Question(n)) => Route::Question(n),
            (None, None, Screen::Result) => Route::Result,
        }
    }

    /// Which screen this is, apart from what it shows: the effects that
    /// follow the screen (the host's reports, focus) key on it. Another link
    /// opened on a shared result (of these questions or others) or on a
    /// broken-link screen stays on the same screen, so it neither moves focus nor sends a second `bad-link`; the
    /// next question is a new screen.
    pub fn screen(&self) -> (Discriminant<Route>, Option<usize>) {
        match self {
            Route::Question(n) => (mem::discriminant(self), Some(*n)),
            // A link made with other questions is still a shared result.
            Route::SharedStale(_) => (mem::discriminant(&Route::Shared(Rc::new([]))), None),
            _ => (mem::discriminant(self), None),
        }
    }

    /// Whether the screen shows the page's `h1` itself; every other screen
    /// gets a visually hidden one, so each page has exactly one.
    pub fn has_own_h1(&self) -> bool {
        matches!(self, Route::Intro | Route::BadLink(_))
    }

    /// What the host page hears on arriving here from `before` (`None` on
    /// the first render): start, resume and progress, complete, broken
    /// links. Never the answers themselves.
    ///
    /// Only the last question's Next completes a run: a result restored on
    /// load, come back to from a link, or loaded from another tab (which
    /// `completed_elsewhere` says, as that tab reported it) was completed
    /// before.
    pub fn host_events(&self, before: Option<&Route>, quiz: &Quiz, completed_elsewhere: bool) -> Vec<HostEvent> {
        let from_question = matches!(before, Some(Route::Question(_)));
        match *self {
            Route::Question(n) => {
                // Entering the questions: a run with answers is resumed, not
                // started, so that "start" counts real starts.
                let entering =
                    (!from_question).then(|| if quiz.answered() == 0 { HostEvent::Start } else { HostEvent::Resume });
                let progress = HostEvent::Progress { current: n + 1, total: quiz.answers().len() };
                entering.into_iter().chain([progress]).collect()
            }
            Route::Result if from_question && !completed_elsewhere => {
                vec![HostEvent::Complete(score(&CONTENT.bank, quiz.answers()))]
            }
            Route::BadLink(_) => vec![HostEvent::Error { code: "bad-link" }],
            Route::Intro | Route::Result | Route::Kept(_) | Route::Shared(_) | Route::SharedStale(_) => Vec::new(),
        }
    }
}
