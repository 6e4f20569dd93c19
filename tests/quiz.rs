//! The quiz state machine and its saved-progress code.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use rolefit::core::bank::CONTENT;
use rolefit::core::quiz::{Action, Quiz, Screen};

const FP: u64 = CONTENT.fingerprint;

fn fresh() -> Quiz {
    Quiz::new(&CONTENT.bank)
}

fn step(quiz: &Quiz, action: Action) -> Quiz {
    quiz.apply(action).unwrap_or_else(|| panic!("{action:?} should apply on {:?}", quiz.screen()))
}

fn total() -> usize {
    CONTENT.bank.items.len()
}

#[test]
fn start_answer_next_through_to_the_result() {
    let mut quiz = step(&fresh(), Action::Start);
    for n in 0..total() {
        assert_eq!(quiz.screen(), Screen::Question(n));
        assert_eq!(quiz.apply(Action::Next), None, "Next waits for an answer");
        quiz = step(&quiz, Action::Choose(1));
        quiz = step(&quiz, Action::Next);
    }
    assert_eq!(quiz.screen(), Screen::Result);
    assert_eq!(quiz.answered(), total());
}

#[test]
fn actions_that_do_not_apply_change_nothing() {
    let intro = fresh();
    for action in [Action::Choose(0), Action::Next, Action::Back] {
        assert_eq!(intro.apply(action), None, "{action:?} on the intro");
    }
    let q = step(&intro, Action::Start);
    assert_eq!(q.apply(Action::Start), None);
    assert_eq!(q.apply(Action::Choose(200)), None, "an option that does not exist");
    let chosen = step(&q, Action::Choose(0));
    assert_eq!(chosen.apply(Action::Choose(0)), None, "the same answer again");
    assert_eq!(fresh().apply(Action::Retake).map(|q| q.screen()), Some(Screen::Question(0)));
}

#[test]
fn back_keeps_answers_and_returns_to_the_intro_from_the_first_question() {
    let q = step(&step(&step(&fresh(), Action::Start), Action::Choose(2)), Action::Next);
    let back = step(&q, Action::Back);
    assert_eq!((back.screen(), back.current_answer()), (Screen::Question(0), Some(2)));
    let changed = step(&back, Action::Choose(3));
    assert_eq!(changed.current_answer(), Some(3));
    let intro = step(&changed, Action::Back);
    assert_eq!(intro.screen(), Screen::Intro);
    // Start again continues at the first unanswered question.
    assert_eq!(step(&intro, Action::Start).screen(), Screen::Question(1));
}

#[test]
fn without_the_intro_the_first_question_is_where_back_stops() {
    let quiz = fresh().without_intro();
    assert_eq!(quiz.screen(), Screen::Question(0), "it opens on the first question");
    assert!(!quiz.can_go_back());
    assert_eq!(quiz.apply(Action::Back), None, "no intro to go back to");
    let second = step(&step(&quiz, Action::Choose(1)), Action::Next);
    assert!(second.can_go_back());
    let first = step(&second, Action::Back);
    assert_eq!(first.apply(Action::Back), None);
    // A retake keeps the page's choice; so does a run resumed mid-quiz.
    assert_eq!(step(&second, Action::Retake).apply(Action::Back), None);
    let resumed = Quiz::restore(&CONTENT.bank, FP, &first.saved_code(FP).unwrap(), 5).unwrap().without_intro();
    assert_eq!((resumed.screen(), resumed.apply(Action::Back)), (Screen::Question(0), None));
    // With the intro, Back from the first question goes there.
    assert!(step(&fresh(), Action::Start).can_go_back());
    assert!(!fresh().can_go_back());
}

#[test]
fn retake_forgets_everything() {
    let mut quiz = step(&fresh(), Action::Start);
    for _ in 0..total() {
        quiz = step(&step(&quiz, Action::Choose(0)), Action::Next);
    }
    let again = step(&quiz, Action::Retake);
    assert_eq!((again.screen(), again.answered()), (Screen::Question(0), 0));
}

#[test]
fn progress_is_kept_mid_quiz_and_dropped_on_the_result() {
    let fresh = fresh();
    assert_eq!(fresh.progress_code(FP), None, "nothing answered yet");
    let q = step(&step(&step(&fresh, Action::Start), Action::Choose(1)), Action::Next);
    let code = q.progress_code(FP).expect("mid-quiz progress is kept");
    assert_eq!(code, format!("2.{FP:x}.0.1.1{}", "-".repeat(total() - 1)));
    assert_eq!(Quiz::resume(&CONTENT.bank, FP, &code), Some(q));
    let mut done = step(&fresh, Action::Start);
    for _ in 0..total() {
        done = step(&step(&done, Action::Choose(0)), Action::Next);
    }
    assert_eq!(done.progress_code(FP), None);
}

#[test]
fn a_finished_run_is_kept_as_its_result_link_until_a_retake() {
    let mut done = step(&fresh(), Action::Start);
    for n in 0..total() {
        done = step(&step(&done, Action::Choose(u8::from(n % 2 == 0))), Action::Next);
    }
    let saved = done.saved_code(FP).expect("a result is kept");
    let link = rolefit::core::share::encode(&CONTENT.bank, FP, done.answers()).unwrap();
    assert_eq!(saved, format!("r={link}"), "what a result link's fragment holds, nothing more");
    let restored = Quiz::restore(&CONTENT.bank, FP, &saved, 5).expect("it comes back");
    assert_eq!((restored.screen(), restored.answers()), (Screen::Result, done.answers()));
    // Mid-quiz it is the progress code; after a retake, nothing.
    let q = step(&step(&fresh(), Action::Start), Action::Choose(1));
    assert_eq!(q.saved_code(FP), q.progress_code(FP));
    assert_eq!(Quiz::restore(&CONTENT.bank, FP, &q.saved_code(FP).unwrap(), 5), Some(q));
    assert_eq!(step(&restored, Action::Retake).saved_code(FP), None);
    // A damaged or foreign result code gives a fresh start, not a wrong result.
    for bad in ["r=", "r=AAAA", &format!("r={}", &link[1..]), &saved.replace("r=", "r=x")] {
        assert_eq!(Quiz::restore(&CONTENT.bank, FP, bad, 5), None, "{bad}");
    }
    assert_eq!(Quiz::restore(&CONTENT.bank, FP ^ 1, &saved, 5), None, "made with other questions");
}

#[test]
fn resume_refuses_anything_it_cannot_vouch_for() {
    let ok = format!("2.{FP:x}.abc.1.10{}", "-".repeat(total() - 2));
    assert!(Quiz::resume(&CONTENT.bank, FP, &ok).is_some());
    let cases = [
        ("other questions", format!("2.{:x}.abc.1.10{}", FP ^ 1, "-".repeat(total() - 2))),
        ("other format", format!("1.{FP:x}.1.10{}", "-".repeat(total() - 2))),
        ("too few answers", format!("2.{FP:x}.abc.1.10")),
        ("bad seed", format!("2.{FP:x}.xyz.1.10{}", "-".repeat(total() - 2))),
        ("option out of range", format!("2.{FP:x}.abc.1.19{}", "-".repeat(total() - 2))),
        ("step past the first open question", format!("2.{FP:x}.abc.5.10{}", "-".repeat(total() - 2))),
        ("nothing answered", format!("2.{FP:x}.abc.0.{}", "-".repeat(total()))),
        ("extra part", format!("{ok}.x")),
        ("empty", String::new()),
    ];
    for (why, code) in cases {
        assert_eq!(Quiz::resume(&CONTENT.bank, FP, &code), None, "{why}: {code}");
    }
}

/// Drives the machine with arbitrary actions, so that every reachable state
/// is covered, not just the tidy paths above.
fn reachable() -> impl Strategy<Value = Quiz> {
    let action = prop_oneof![
        Just(Action::Start),
        (0u8..6).prop_map(Action::Choose),
        Just(Action::Next),
        Just(Action::Next),
        Just(Action::Back),
        Just(Action::Retake),
    ];
    prop::collection::vec(action, 0..120)
        .prop_map(|actions| actions.into_iter().fold(fresh(), |q, a| q.apply(a).unwrap_or(q)))
}

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::with_cases(2000) })]

    #[test]
    fn every_reachable_mid_quiz_state_survives_a_reload(quiz in reachable()) {
        match quiz.progress_code(FP) {
            Some(code) => {
                let resumed = Quiz::resume(&CONTENT.bank, FP, &code).expect("own codes resume");
                prop_assert_eq!(resumed.answers(), quiz.answers());
                let expected = match quiz.screen() { Screen::Intro => Screen::Question(0), s => s };
                prop_assert_eq!(resumed.screen(), expected);
            }
            None => prop_assert!(quiz.screen() == Screen::Result || quiz.answered() == 0),
        }
    }

    #[test]
    fn no_state_has_an_unanswered_question_behind_it(quiz in reachable()) {
        if let Screen::Question(n) = quiz.screen() {
            prop_assert!(quiz.answers()[..n].iter().all(Option::is_some));
        }
    }

    #[test]
    fn resume_never_panics_on_any_text(code in "\\PC{0,80}") {
        prop_assert_eq!(Quiz::resume(&CONTENT.bank, FP, &code), None, "{}", code);
    }

    /// What resumes is a run this flow can reach, and it keeps itself: its
    /// own code brings back the same quiz.
    #[test]
    fn resume_never_panics_on_near_miss_codes_v2(step in "[0-9]{1,25}", answers in "[0-9\\-]{0,30}") {
        if let Some(quiz) = Quiz::resume(&CONTENT.bank, FP, &format!("2.{FP:x}.0.{step}.{answers}")) {
            let Screen::Question(n) = quiz.screen() else { panic!("resumed off a question: {quiz:?}") };
            prop_assert!(quiz.answered() > 0 && quiz.answers()[..n].iter().all(Option::is_some));
            let code = quiz.progress_code(FP).expect("a resumed run has progress to keep");
            prop_assert_eq!(Quiz::resume(&CONTENT.bank, FP, &code), Some(quiz));
        }
    }
}

#[test]
fn choice_options_are_shuffled_by_the_seed_and_scales_never() {
    let bank = &CONTENT.bank;
    let quiz = Quiz::with_seed(bank, 7);
    for (i, item) in bank.items.iter().enumerate() {
        let mut order = quiz.option_order(i);
        assert_eq!(order, quiz.option_order(i), "deterministic");
        if item.kind == rolefit::core::bank::Kind::Scale {
            assert_eq!(order, (0..5).collect::<Vec<u8>>());
        }
        order.sort_unstable();
        assert_eq!(order, (0..item.options.len() as u8).collect::<Vec<u8>>(), "a permutation");
    }
}

#[test]
fn over_many_people_each_role_comes_first_equally_often() {
    // With the shuffle, the option that points most to owner is shown first
    // as often as the one that points most to manager.
    let bank = &CONTENT.bank;
    let (mut owner_first, mut manager_first) = (0u32, 0u32);
    for seed in 0..4000 {
        let quiz = Quiz::with_seed(bank, seed);
        for (i, item) in bank.items.iter().enumerate() {
            if item.kind != rolefit::core::bank::Kind::Choice {
                continue;
            }
            let first = &item.options[usize::from(quiz.option_order(i)[0])];
            match first.owner.cmp(&first.manager) {
                std::cmp::Ordering::Greater => owner_first += 1,
                std::cmp::Ordering::Less => manager_first += 1,
                std::cmp::Ordering::Equal => {}
            }
        }
    }
    let total = f64::from(owner_first + manager_first);
    let share = f64::from(owner_first) / total;
    assert!((share - 0.5).abs() < 0.02, "owner-leaning option first in {:.1}% of screens", share * 100.0);
}

#[test]
fn a_reload_keeps_the_option_order_and_a_retake_changes_it() {
    let quiz = Quiz::with_seed(&CONTENT.bank, 0xdead_beef);
    let q = step(&step(&quiz, Action::Start), Action::Choose(1));
    let resumed = Quiz::resume(&CONTENT.bank, FP, &q.progress_code(FP).unwrap()).unwrap();
    assert_eq!(resumed.seed(), 0xdead_beef);
    assert_eq!(resumed.option_order(0), q.option_order(0));
    let again = step(&q, Action::Retake);
    assert_ne!(again.seed(), q.seed());
}

#[test]
fn a_restored_result_retakes_in_an_order_of_its_own() {
    // A result code keeps no option order: each restore takes the fresh seed
    // the page hands it, so people who reload a result do not all retake in
    // one order.
    let mut done = step(&Quiz::with_seed(&CONTENT.bank, 3), Action::Start);
    for _ in 0..total() {
        done = step(&step(&done, Action::Choose(0)), Action::Next);
    }
    let saved = done.saved_code(FP).unwrap();
    let retakes: Vec<Quiz> =
        (1..=20).map(|seed| step(&Quiz::restore(&CONTENT.bank, FP, &saved, seed).unwrap(), Action::Retake)).collect();
    let orders: std::collections::HashSet<Vec<Vec<u8>>> =
        retakes.iter().map(|q| (0..total()).map(|i| q.option_order(i)).collect()).collect();
    assert_eq!(orders.len(), retakes.len(), "every restore's retake has an order of its own");
    // Mid-quiz, the order shown before the reload is kept, whatever the seed given.
    let q = step(&step(&Quiz::with_seed(&CONTENT.bank, 9), Action::Start), Action::Choose(1));
    assert_eq!(Quiz::restore(&CONTENT.bank, FP, &q.saved_code(FP).unwrap(), 1234).unwrap().seed(), 9);
}

// What is kept between visits, and how two tabs or two widgets share it.

mod kept {
    use super::*;
    use rolefit::core::saved::{self, Kept, Stored, Tab};
    use rolefit::core::share::Recorded;

    /// The option order a restored result would retake in.
    const SEED: u32 = 11;

    /// A result from an earlier bank (all owner), kept by an earlier visit.
    const OLD_RESULT: &str = "r=AhPkfDcSZAAKABQABCQDQDQBBKN3";

    fn answered(n: usize) -> Quiz {
        let mut quiz = step(&fresh(), Action::Start);
        for _ in 0..n {
            quiz = step(&step(&quiz, Action::Choose(0)), Action::Next);
        }
        quiz
    }

    fn code(quiz: &Quiz) -> Option<String> {
        quiz.saved_code(FP)
    }

    fn open(stored: &Stored, tab: Option<&Tab>) -> saved::Opened {
        saved::open(&CONTENT.bank, FP, stored, tab, SEED)
    }

    /// One tab: it saves every change and remembers what it showed.
    struct Browser {
        stored: Stored,
    }

    impl Browser {
        fn show(&mut self, tab: &mut Tab, quiz: &Quiz) {
            let (stored, next) = saved::save(tab, code(quiz).as_deref(), &self.stored);
            (self.stored, *tab) = (stored, next);
        }
    }

    #[test]
    fn each_widget_slot_has_its_own_keys_and_the_default_keeps_the_old_one() {
        let default = saved::keys(None);
        assert_eq!(default.progress, "rolefit:progress");
        let (a, b) = (saved::keys(Some("jobs")), saved::keys(Some("1")));
        let all = [&default.progress, &default.result, &a.progress, &a.result, &b.progress, &b.result];
        for (i, key) in all.iter().enumerate() {
            assert!(!all[i + 1..].contains(key), "{key} is shared");
        }
        assert_ne!(default.tab, a.tab);
    }

    #[test]
    fn a_finished_tab_reloads_to_its_result_and_offers_the_other_tabs_newer_progress() {
        let mut browser = Browser { stored: Stored::default() };
        let mut a = Tab::default();
        let midway = answered(3);
        browser.show(&mut a, &midway);
        // Tab B opens mid-quiz; A goes on to the end.
        let opened = open(&browser.stored, None);
        assert_eq!(opened.kept, Some(Kept::Run(midway.clone())));
        let mut b = opened.tab;
        let mut done = midway.clone();
        for _ in 3..total() {
            done = step(&step(&done, Action::Choose(1)), Action::Next);
            browser.show(&mut a, &done);
        }
        assert_eq!(done.screen(), Screen::Result);
        // B answers one more question.
        let b_quiz = step(&step(&midway, Action::Choose(2)), Action::Next);
        browser.show(&mut b, &b_quiz);
        assert_eq!(browser.stored.result, code(&done), "B's answer leaves A's result alone");

        let reloaded = open(&browser.stored, Some(&Tab::decode(&a.encode()).unwrap()));
        assert_eq!(
            reloaded.kept,
            Some(Kept::Run(Quiz::restore(&CONTENT.bank, FP, &code(&done).unwrap(), SEED).unwrap()))
        );
        assert_eq!(reloaded.newer, Some(b_quiz.clone()), "B's newer progress is offered, not shown");
        // B, reloaded, shows its own run; A's finish is what is new to it.
        let b_again = open(&browser.stored, Some(&b));
        assert_eq!(b_again.kept, Some(Kept::Run(b_quiz)));
        assert_eq!(b_again.newer.map(|q| q.screen()), Some(Screen::Result));
    }

    #[test]
    fn nothing_new_means_no_offer() {
        let mut browser = Browser { stored: Stored::default() };
        let mut a = Tab::default();
        browser.show(&mut a, &answered(4));
        let reloaded = open(&browser.stored, Some(&a));
        assert_eq!((reloaded.kept, reloaded.newer), (Some(Kept::Run(answered(4))), None));
        assert_eq!(reloaded.tab, a);
    }

    #[test]
    fn finishing_keeps_another_tabs_progress_and_a_retake_drops_only_the_result_it_shows() {
        let mut browser = Browser { stored: Stored::default() };
        let (mut a, mut b) = (Tab::default(), Tab::default());
        browser.show(&mut a, &answered(2));
        let b_quiz = answered(5);
        browser.show(&mut b, &b_quiz);
        let done = answered(total());
        browser.show(&mut a, &done);
        assert_eq!(browser.stored.progress, code(&b_quiz), "B's answers are B's to drop");
        assert_eq!(browser.stored.result, code(&done));

        // A third tab opens on B's unfinished run; B finishes with other answers.
        let mut b_done = b_quiz.clone();
        while b_done.screen() != Screen::Result {
            b_done = step(&step(&b_done, Action::Choose(1)), Action::Next);
        }
        browser.show(&mut b, &b_done);
        assert_eq!(browser.stored.progress, None);
        // B retakes: its result goes, and A's reload still shows its own.
        let retaken = step(&b_done, Action::Retake);
        browser.show(&mut b, &retaken);
        assert_eq!(browser.stored, Stored::default());
        let reloaded = open(&browser.stored, Some(&a));
        assert_eq!(reloaded.kept.map(|k| matches!(k, Kept::Run(q) if q.screen() == Screen::Result)), Some(true));
        assert_eq!(reloaded.newer, None, "a removed record offers nothing");
    }

    #[test]
    fn a_new_tab_opens_the_latest_run_else_the_result() {
        let (run, done) = (answered(3), answered(total()));
        let both = Stored { progress: code(&run), result: code(&done) };
        assert_eq!(open(&both, None).kept, Some(Kept::Run(run)));
        let result = Stored { progress: Some("garbage".into()), result: code(&done) };
        let opened = open(&result, None);
        assert_eq!(opened.kept.map(|k| matches!(k, Kept::Run(q) if q.screen() == Screen::Result)), Some(true));
        assert_eq!(opened.tab.own, code(&done));
        assert_eq!(open(&Stored::default(), None).kept, None);
    }

    #[test]
    fn keeping_ones_own_run_writes_it_back_over_the_other_tabs() {
        let (mine, theirs) = (answered(2), answered(6));
        let stored = Stored { progress: code(&theirs), result: None };
        let tab = Tab { own: code(&mine), seen: Stored::default() };
        assert_eq!(saved::newer(&CONTENT.bank, FP, &tab, &stored, SEED), Some(theirs.clone()));
        let (kept, tab) = saved::keep(&tab, &stored);
        assert_eq!(kept.progress, code(&mine));
        assert_eq!(saved::newer(&CONTENT.bank, FP, &tab, &kept, SEED), None, "asked once, not on every reload");
        // Loading theirs instead: nothing more to offer, and nothing written
        // until the tab moves on.
        let tab = saved::adopt(&Tab { own: code(&theirs), seen: Stored::default() }, &stored);
        assert_eq!(saved::newer(&CONTENT.bank, FP, &tab, &stored, SEED), None);
        assert_eq!(saved::save(&tab, code(&theirs).as_deref(), &stored).0, stored);
    }

    #[test]
    fn a_result_kept_by_an_earlier_version_in_the_progress_record_still_counts() {
        let done = code(&answered(total())).unwrap();
        let stored = Stored::read(Some(done.clone()), None);
        assert_eq!(stored, Stored { progress: None, result: Some(done) });
        let progress = code(&answered(1));
        assert_eq!(Stored::read(progress.clone(), None).progress, progress);
    }

    #[test]
    fn a_result_kept_from_older_questions_opens_as_what_it_recorded() {
        let stale = Kept::read(&CONTENT.bank, FP, OLD_RESULT, SEED);
        let recorded = Recorded { owner_fit: 100, manager_fit: 0, uncertainty: 10, low_consistency: false };
        assert_eq!(stale, Some(Kept::Stale(recorded)));
        let opened = open(&Stored { progress: None, result: Some(OLD_RESULT.into()) }, None);
        assert_eq!(opened.kept, Some(Kept::Stale(recorded)));
        // Until the person retakes it.
        let (gone, _) = saved::save(&opened.tab, None, &opened.tab.seen);
        assert_eq!(gone, Stored::default());
        // A stale record from another tab is not offered as newer.
        let tab = Tab { own: code(&answered(2)), seen: Stored::default() };
        assert_eq!(saved::newer(&CONTENT.bank, FP, &tab, &opened.tab.seen, SEED), None);
        for bad in ["r=", "r=AhPkfDcSZAAKABQABCQDQDQBBKN4", "nonsense"] {
            assert_eq!(Kept::read(&CONTENT.bank, FP, bad, SEED), None, "{bad}");
        }
    }

    #[test]
    fn a_tabs_memory_survives_its_session_storage_and_refuses_anything_else() {
        let tab = Tab { own: code(&answered(3)), seen: Stored { progress: code(&answered(3)), result: None } };
        assert_eq!(Tab::decode(&tab.encode()), Some(tab));
        assert_eq!(Tab::decode(&Tab::default().encode()), Some(Tab::default()));
        for bad in ["", "one line", "a\nb", "a\nb\nc\nd"] {
            assert_eq!(Tab::decode(bad), None, "{bad:?}");
        }
    }
}
