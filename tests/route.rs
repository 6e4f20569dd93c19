//! The route the shell works out once per render: which screen the state
//! shows, and what the host page hears on arriving at it.
#![cfg(not(target_arch = "wasm32"))]

use rolefit::core::bank::CONTENT;
use rolefit::core::events::HostEvent;
use rolefit::core::quiz::{Action, Quiz, Screen};
use rolefit::core::share::{LinkError, Recorded, Shared};
use rolefit::shell::route::Route;

const RECORDED: Recorded = Recorded { owner_fit: 70, manager_fit: 30, uncertainty: 12, low_consistency: false };

fn step(quiz: &Quiz, action: Action) -> Quiz {
    quiz.apply(action).unwrap_or_else(|| panic!("{action:?} should apply on {:?}", quiz.screen()))
}

/// A run past the intro with `answered` questions answered, on the next one.
fn answered(answered: usize) -> Quiz {
    let mut quiz = step(&Quiz::new(&CONTENT.bank), Action::Start);
    for _ in 0..answered {
        quiz = step(&step(&quiz, Action::Choose(0)), Action::Next);
    }
    quiz
}

fn names(events: Vec<HostEvent>) -> Vec<&'static str> {
    events.iter().map(HostEvent::name).collect()
}

#[test]
fn a_link_comes_first_then_a_kept_result_then_the_quiz() {
    let exact = Some(Ok(Shared::Exact(vec![Some(0); CONTENT.bank.items.len()])));
    assert!(matches!(Route::of(exact.as_ref(), Some(RECORDED), Screen::Intro), Route::Shared(_)));
    let stale = Some(Ok(Shared::Stale(RECORDED)));
    assert_eq!(Route::of(stale.as_ref(), None, Screen::Result), Route::SharedStale(RECORDED));
    let broken = Some(Err(LinkError::Checksum));
    assert_eq!(Route::of(broken.as_ref(), Some(RECORDED), Screen::Result), Route::BadLink(LinkError::Checksum));
    assert_eq!(Route::of(None, Some(RECORDED), Screen::Question(3)), Route::Kept(RECORDED));
    assert_eq!(Route::of(None, None, Screen::Question(3)), Route::Question(3));
}

#[test]
fn only_the_intro_and_a_broken_link_show_their_own_h1() {
    assert!(Route::Intro.has_own_h1());
    assert!(Route::BadLink(LinkError::Empty).has_own_h1());
    for route in [Route::Question(0), Route::Result, Route::Kept(RECORDED), Route::SharedStale(RECORDED)] {
        assert!(!route.has_own_h1(), "{route:?} needs the hidden h1");
    }
}

#[test]
fn entering_the_questions_starts_a_new_run_and_resumes_one_with_answers() {
    let fresh = answered(0);
    assert_eq!(names(Route::Question(0).host_events(Some(&Route::Intro), &fresh, false)), ["start", "progress"]);
    assert_eq!(names(Route::Question(0).host_events(None, &fresh, false)), ["start", "progress"]);
    let midway = answered(2);
    assert_eq!(names(Route::Question(2).host_events(Some(&Route::Intro), &midway, false)), ["resume", "progress"]);
    let events = Route::Question(2).host_events(Some(&Route::Question(1)), &midway, false);
    assert_eq!(events, [HostEvent::Progress { current: 3, total: CONTENT.bank.items.len() }], "a step on");
}

#[test]
fn only_the_last_questions_next_completes_a_run() {
    let done = answered(CONTENT.bank.items.len());
    let last = Route::Question(CONTENT.bank.items.len() - 1);
    assert_eq!(names(Route::Result.host_events(Some(&last), &done, false)), ["complete"]);
    assert!(Route::Result.host_events(Some(&last), &done, true).is_empty(), "another tab reported it");
    assert!(Route::Result.host_events(None, &done, false).is_empty(), "restored on load");
    let back_from_a_link = Route::SharedStale(RECORDED);
    assert!(Route::Result.host_events(Some(&back_from_a_link), &done, false).is_empty());
}

#[test]
fn a_broken_link_is_reported_and_a_shared_result_is_not() {
    let quiz = answered(0);
    let events = Route::BadLink(LinkError::Truncated).host_events(Some(&Route::Intro), &quiz, false);
    assert_eq!(events, [HostEvent::Error { code: "bad-link" }]);
    assert!(Route::SharedStale(RECORDED).host_events(Some(&Route::Intro), &quiz, false).is_empty());
    assert!(Route::Kept(RECORDED).host_events(None, &quiz, false).is_empty());
    assert!(Route::Intro.host_events(Some(&Route::Question(0)), &quiz, false).is_empty());
}

#[test]
fn another_link_on_a_link_screen_is_the_same_screen_and_the_next_question_is_not() {
    let own = |answer| Route::Shared(vec![Some(answer); CONTENT.bank.items.len()].into());
    assert_eq!(own(0).screen(), own(1).screen());
    assert_eq!(own(0).screen(), Route::SharedStale(RECORDED).screen());
    assert_eq!(Route::BadLink(LinkError::Checksum).screen(), Route::BadLink(LinkError::Truncated).screen());
    assert_ne!(Route::Question(2).screen(), Route::Question(3).screen());
    assert_ne!(Route::Result.screen(), Route::Kept(RECORDED).screen());
}
