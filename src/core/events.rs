//! The messages the widget sends to the page that embeds it: the versioned
//! contract documented in the README. Pure: `host.rs` turns them into
//! `postMessage` calls.

use crate::core::bank::Bank;
use crate::core::scoring::Outcome;

/// Prefix of every message type; bump the version for any breaking change.
pub const PREFIX: &str = "rolefit:v1:";

/// The one message the widget accepts from its parent: "tell me your height again".
pub const MEASURE: &str = "rolefit:v1:measure";

/// A value in a message's `detail`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// A whole number.
    Number(u32),
    /// Text.
    Text(&'static str),
    /// A list of objects.
    List(Vec<Vec<(&'static str, Value)>>),
}

/// Something the embedding page may want to know.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HostEvent {
    /// The widget has rendered and can be used.
    Ready,
    /// The person has started a run: its first question is on screen and
    /// nothing is answered yet.
    Start,
    /// The person is back in a run that already has answers (Continue on
    /// the intro, or a reload or return that lands on a question).
    Resume,
    /// A question is on screen.
    Progress {
        /// 1-based number of the question on screen.
        current: usize,
        /// Number of questions.
        total: usize,
    },
    /// The person finished: the result, never the answers.
    Complete(Outcome),
    /// Something went wrong, such as a broken result link.
    Error {
        /// A stable code: `bad-link` or `panic`.
        code: &'static str,
    },
    /// The widget's content height changed, in CSS pixels.
    Resize {
        /// New height.
        height: u32,
    },
}

impl HostEvent {
    /// The event's name, after [`PREFIX`].
    pub fn name(&self) -> &'static str {
        match self {
            HostEvent::Ready => "ready",
            HostEvent::Start => "start",
            HostEvent::Resume => "resume",
            HostEvent::Progress { .. } => "progress",
            HostEvent::Complete(_) => "complete",
            HostEvent::Error { .. } => "error",
            HostEvent::Resize { .. } => "resize",
        }
    }

    /// The message's `detail` fields. A [`HostEvent::Complete`] outcome
    /// names its dimensions by their ids in `bank`, the bank it was scored on.
    pub fn detail(&self, bank: &Bank) -> Vec<(&'static str, Value)> {
        let n = |v: usize| Value::Number(u32::try_from(v).unwrap_or(u32::MAX));
        match self {
            HostEvent::Ready | HostEvent::Start | HostEvent::Resume => Vec::new(),
            HostEvent::Progress { current, total } => {
                vec![("current", n(*current)), ("total", n(*total))]
            }
            HostEvent::Complete(outcome) => {
                let dimensions = bank
                    .dimensions
                    .iter()
                    .zip(&outcome.dimensions)
                    .map(|(dimension, d)| {
                        let id = Value::Text(dimension.id);
                        vec![("id", id), ("owner", n(d.owner.into())), ("manager", n(d.manager.into()))]
                    })
                    .collect();
                vec![
                    ("verdict", Value::Text(outcome.verdict.id())),
                    ("ownerFit", n(outcome.owner_fit.into())),
                    ("managerFit", n(outcome.manager_fit.into())),
                    ("dimensions", Value::List(dimensions)),
                ]
            }
            HostEvent::Error { code } => vec![("code", Value::Text(code))],
            HostEvent::Resize { height } => vec![("height", Value::Number(*height))],
        }
    }
}
