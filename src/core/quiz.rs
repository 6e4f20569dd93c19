//! The quiz flow as one state machine: a [`Quiz`] value and the [`Action`]s
//! that move it. Pure: saving progress and moving focus happen in the shell's
//! effects, driven by the state this produces.

use crate::core::bank::Bank;
use crate::core::random::mix;
use crate::core::scoring::Answer;
use crate::core::share::{self, Shared};
use crate::core::text::parse_hex;

/// Which screen the person is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// The introduction with the Start button.
    Intro,
    /// Question `n` (0-based).
    Question(usize),
    /// The explained result.
    Result,
}

/// Something the person did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Leave the intro for the first unanswered question.
    Start,
    /// Pick option `n` of the current question.
    Choose(u8),
    /// Go on to the next question, or to the result after the last one.
    Next,
    /// Go back one question, or to the intro from the first (if the page
    /// has one).
    Back,
    /// Forget every answer and begin again at the first question.
    Retake,
}

/// The whole state of one run through the quiz.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quiz {
    bank: &'static Bank,
    screen: Screen,
    answers: Vec<Answer>,
    /// Decides the order of choice options, so that no role's option always
    /// comes first; kept with saved progress so a reload shows the same screens.
    seed: u32,
    /// Whether the page shows the intro screen: without it, the first
    /// question is where the quiz begins and Back stops.
    intro: bool,
}

impl Quiz {
    /// A fresh quiz on the intro screen, with option order seed 0.
    pub fn new(bank: &'static Bank) -> Self {
        Self::with_seed(bank, 0)
    }

    /// A fresh quiz on the intro screen whose choice options are shuffled by `seed`.
    pub fn with_seed(bank: &'static Bank, seed: u32) -> Self {
        Quiz { bank, screen: Screen::Intro, answers: vec![None; bank.items.len()], seed, intro: true }
    }

    /// This quiz on a page without the intro screen: it leaves the intro
    /// for the first unanswered question, and Back stops at the first question.
    pub fn without_intro(self) -> Self {
        let quiz = Quiz { intro: false, ..self };
        quiz.apply(Action::Start).unwrap_or(quiz)
    }

    /// Whether [`Action::Back`] applies: on any question but the first of a
    /// quiz without the intro.
    pub fn can_go_back(&self) -> bool {
        matches!(self.screen, Screen::Question(n) if n > 0 || self.intro)
    }

    /// The seed of the option order.
    pub fn seed(&self) -> u32 {
        self.seed
    }

    /// The order in which item `item`'s options are shown, as option indices.
    /// Scale items keep their natural order (a scale is never shuffled);
    /// choice items are shuffled by the seed (Fisher-Yates).
    pub fn option_order(&self, item: usize) -> Vec<u8> {
        let Some(it) = self.bank.items.get(item) else {
            return Vec::new();
        };
        let mut order: Vec<u8> = (0..it.options.len() as u8).collect();
        if it.kind == crate::core::bank::Kind::Choice {
            let mut state = mix((u64::from(self.seed) << 32) | item as u64);
            for i in (1..order.len()).rev() {
                state = mix(state);
                order.swap(i, (state % (i as u64 + 1)) as usize);
            }
        }
        order
    }

    /// The bank being asked.
    pub fn bank(&self) -> &'static Bank {
        self.bank
    }

    /// The current screen.
    pub fn screen(&self) -> Screen {
        self.screen
    }

    /// One entry per item.
    pub fn answers(&self) -> &[Answer] {
        &self.answers
    }

    /// How many items have an answer.
    pub fn answered(&self) -> usize {
        self.answers.iter().filter(|a| a.is_some()).count()
    }

    /// The answer to the current question, if on one and it is answered.
    pub fn current_answer(&self) -> Option<u8> {
        match self.screen {
            Screen::Question(n) => self.answers[n],
            _ => None,
        }
    }

    /// Applies `action`. Returns `None` when it changes nothing (an action that
    /// does not apply on this screen, or an option that does not exist), so the
    /// caller can skip a re-render.
    pub fn apply(&self, action: Action) -> Option<Quiz> {
        let last = self.answers.len().checked_sub(1)?;
        let screen = match (self.screen, action) {
            (Screen::Intro, Action::Start) => {
                Screen::Question(self.answers.iter().position(Option::is_none).unwrap_or(last))
            }
            (Screen::Question(n), Action::Choose(option)) => {
                let valid = usize::from(option) < self.bank.items[n].options.len();
                if !valid || self.answers[n] == Some(option) {
                    return None;
                }
                let mut next = self.clone();
                next.answers[n] = Some(option);
                return Some(next);
            }
            (Screen::Question(n), Action::Next) if self.answers[n].is_some() => {
                if n < last {
                    Screen::Question(n + 1)
                } else {
                    Screen::Result
                }
            }
            (Screen::Question(0), Action::Back) if self.intro => Screen::Intro,
            (Screen::Question(0), Action::Back) => return None,
            (Screen::Question(n), Action::Back) => Screen::Question(n - 1),
            (Screen::Result | Screen::Question(_) | Screen::Intro, Action::Retake) => {
                // A new option order for the new attempt.
                let seed = mix(u64::from(self.seed)) as u32;
                let fresh = Quiz { screen: Screen::Question(0), intro: self.intro, ..Quiz::with_seed(self.bank, seed) };
                return (fresh != *self).then_some(fresh);
            }
            _ => return None,
        };
        Some(Quiz { screen, ..self.clone() })
    }

    /// The text to keep so that a reload can resume, or `None` when there is
    /// nothing worth keeping (no answers yet, or the quiz is finished).
    ///
    /// Format: `2.<fingerprint hex>.<seed hex>.<question>.<answers>`, one
    /// character per item: the option digit, or `-` when unanswered.
    pub fn progress_code(&self, fingerprint: u64) -> Option<String> {
        let step = match self.screen {
            Screen::Result => return None,
            Screen::Intro => 0,
            Screen::Question(n) => n,
        };
        if self.answered() == 0 {
            return None;
        }
        let answers: String =
            self.answers.iter().map(|a| a.and_then(|o| char::from_digit(u32::from(o), 10)).unwrap_or('-')).collect();
        Some(format!("2.{fingerprint:x}.{:x}.{step}.{answers}", self.seed))
    }

    /// What to keep so that a reload, Back or a return to the page comes back
    /// to the same place: mid-quiz the progress code, on the result its
    /// result link's fragment (`r=<code>`), kept until the person retakes.
    pub fn saved_code(&self, fingerprint: u64) -> Option<String> {
        match self.screen {
            Screen::Result => {
                share::encode(self.bank, fingerprint, &self.answers).map(|code| [share::PARAM, "=", &code].concat())
            }
            _ => self.progress_code(fingerprint),
        }
    }

    /// Rebuilds a quiz from [`Quiz::saved_code`] output: a finished run on
    /// its result, or one in progress on its question. A result keeps no
    /// option order, so a restored one takes `seed` (a fresh one, from the
    /// caller) for its retake; progress keeps the order it was shown in.
    pub fn restore(bank: &'static Bank, fingerprint: u64, code: &str, seed: u32) -> Option<Quiz> {
        match share::code_in_fragment(code) {
            Some(code) => match share::decode(bank, fingerprint, code) {
                Ok(Shared::Exact(answers)) => {
                    Some(Quiz { screen: Screen::Result, answers, ..Quiz::with_seed(bank, seed) })
                }
                _ => None,
            },
            None => Self::resume(bank, fingerprint, code),
        }
    }

    /// Rebuilds a quiz from [`Quiz::progress_code`] output, on the question it
    /// was left at. Anything unexpected (another format, other questions, an
    /// impossible answer or step) gives `None`: start afresh.
    pub fn resume(bank: &'static Bank, fingerprint: u64, code: &str) -> Option<Quiz> {
        let mut parts = code.trim().split('.');
        let (version, print, seed) = (parts.next()?, parts.next()?, parts.next()?);
        let (step, answers) = (parts.next()?, parts.next()?);
        if version != "2" || parts.next().is_some() || parse_hex(print)? != fingerprint {
            return None;
        }
        let seed = u32::try_from(parse_hex(seed)?).ok()?;
        let answers: Vec<Answer> = answers
            .chars()
            .map(|c| match c {
                '-' => Some(None),
                c => c.to_digit(10).and_then(|d| u8::try_from(d).ok()).map(Some),
            })
            .collect::<Option<_>>()?;
        if answers.len() != bank.items.len() {
            return None;
        }
        for (item, answer) in bank.items.iter().zip(&answers) {
            if answer.is_some_and(|o| usize::from(o) >= item.options.len()) {
                return None;
            }
        }
        let step: usize = step.parse().ok()?;
        // A step past the first unanswered question cannot come from this flow.
        let first_open = answers.iter().position(Option::is_none).unwrap_or(answers.len() - 1);
        if step > first_open || answers.iter().all(Option::is_none) {
            return None;
        }
        Some(Quiz { screen: Screen::Question(step), answers, ..Quiz::with_seed(bank, seed) })
    }
}
