//! The shell's state, one reducer per concern: the quiz (the core's state
//! machine, adapted to yew) and the language its words are in. Reducers stay
//! pure; what follows from a change happens in the hooks (`shell::hooks`).

use std::rc::Rc;

use yew::prelude::*;

use crate::core::bank::{CONTENT, Language, Locale};
use crate::core::quiz::{Action, Quiz};
use crate::core::saved::Kept;

/// What moves the quiz: the person's action, or another tab's run that the
/// person chose to load.
pub enum Move {
    /// Something the person did.
    Act(Action),
    /// Replace the run with this one.
    Load(Quiz),
}

impl From<Action> for Move {
    fn from(action: Action) -> Self {
        Move::Act(action)
    }
}

impl Reducible for Quiz {
    type Action = Move;

    fn reduce(self: Rc<Self>, step: Move) -> Rc<Self> {
        match step {
            // Returning the same Rc tells yew nothing changed: no re-render.
            Move::Act(action) => self.apply(action).map_or(self, Rc::new),
            Move::Load(quiz) => Rc::new(quiz),
        }
    }
}

/// A seed for the order of a new run's choice options. Any will do.
pub fn fresh_seed() -> u32 {
    (js_sys::Math::random() * f64::from(u32::MAX)) as u32
}

/// The run this tab starts on: the one it kept, else a new one; past the
/// intro at once when the page has none.
pub fn initial_quiz(show_intro: bool, kept: Option<&Kept>) -> Quiz {
    let quiz = match kept {
        Some(Kept::Run(quiz)) => quiz.clone(),
        _ => Quiz::with_seed(&CONTENT.bank, fresh_seed()),
    };
    with_intro(show_intro, quiz)
}

/// `quiz` as this page shows it: a page without the intro never goes back
/// to it, whatever the run was made on.
pub fn with_intro(show_intro: bool, quiz: Quiz) -> Quiz {
    if show_intro { quiz } else { quiz.without_intro() }
}

/// The words on screen, and any switch to another language.
#[derive(Debug, Clone, Copy)]
pub struct Speech {
    /// The words in use.
    pub locale: &'static Locale,
    /// Where a switch to another language stands.
    pub switch: LanguageSwitch,
}

/// A change to the [`Speech`].
pub enum SpeechAction {
    /// The person picked a language whose words are here.
    Picked(&'static Locale),
    /// The person picked a language whose words are on their way.
    Switching(&'static Language),
    /// A language's words arrived; they replace the current ones if that is
    /// still the language the person last picked.
    Loaded(&'static Locale),
    /// A language's words could not be fetched.
    SwitchFailed(&'static Language),
}

impl Reducible for Speech {
    type Action = SpeechAction;

    fn reduce(self: Rc<Self>, action: SpeechAction) -> Rc<Self> {
        let switch = match action {
            SpeechAction::Picked(locale) => return Rc::new(Speech { locale, switch: LanguageSwitch::Idle }),
            SpeechAction::Switching(language) => LanguageSwitch::Loading(language),
            // An earlier pick that arrives after a later one is dropped.
            SpeechAction::Loaded(locale) if self.switch.pending().is_some_and(|l| l.tag == locale.tag) => {
                return Rc::new(Speech { locale, switch: LanguageSwitch::Idle });
            }
            SpeechAction::SwitchFailed(language) if self.switch.pending() == Some(language) => {
                LanguageSwitch::Failed(language)
            }
            // The same Rc: nothing re-renders.
            SpeechAction::Loaded(_) | SpeechAction::SwitchFailed(_) => return self,
        };
        Rc::new(Speech { switch, ..*self })
    }
}

/// Where a switch to another language stands. Its words download only when
/// the person picks it; meanwhile, and if that fails, the current language
/// stays.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LanguageSwitch {
    /// No switch under way.
    Idle,
    /// The words of this language are on their way.
    Loading(&'static Language),
    /// The words of this language could not be fetched.
    Failed(&'static Language),
    /// The page started in another language, as the words of this one, the
    /// person's first choice, could not be loaded.
    FellBack(&'static Language),
}

impl LanguageSwitch {
    /// The language being loaded, if any.
    pub fn pending(self) -> Option<&'static Language> {
        match self {
            LanguageSwitch::Loading(language) => Some(language),
            LanguageSwitch::Idle | LanguageSwitch::Failed(_) | LanguageSwitch::FellBack(_) => None,
        }
    }
}
