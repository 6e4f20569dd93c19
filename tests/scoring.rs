//! Scoring properties, on the shipped bank and on generated balanced banks.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use rolefit::core::bank::CONTENT;
use rolefit::core::bank::model::{AnswerOption, Bank, Dimension, Item, Kind};
mod common;

use common::answers_toward_in;
use rolefit::core::scoring::{
    Answer, BOTH_FIT_BELOW, MAX_CHANGES, Role, SLIGHT_WITHIN, Strength, Verdict, assess, mirror_option, opposite_pairs,
    score, step_toward, strongest_option, what_would_change,
};

fn mirror(bank: &Bank, answers: &[Answer]) -> Vec<Answer> {
    answers
        .iter()
        .enumerate()
        .map(|(i, a)| a.map(|o| mirror_option(bank, i, o).expect("balanced bank: every option has a mirror")))
        .collect()
}

/// Any answer (or none) for each item of `bank`.
fn answers_for(bank: &'static Bank, answered: bool) -> impl Strategy<Value = Vec<Answer>> {
    bank.items
        .iter()
        .map(|item| {
            let n = item.options.len() as u8;
            if answered { (0..n).prop_map(Some).boxed() } else { proptest::option::of(0..n).boxed() }
        })
        .collect::<Vec<_>>()
}

/// Small balanced banks: every choice option comes with its mirror, so the
/// mirroring property applies to them as it does to the shipped bank.
fn banks() -> impl Strategy<Value = &'static Bank> {
    // Every answer splits 4 points, as the bank's rules require.
    let choice = prop::collection::vec(0u8..=4, 1..=3).prop_map(|owners| {
        let mut options = Vec::new();
        for (owner, manager) in owners.into_iter().map(|o| (o, 4 - o)) {
            options.push(AnswerOption { owner, manager });
            options.push(AnswerOption { owner: manager, manager: owner });
        }
        (Kind::Choice, options)
    });
    let scale = any::<bool>().prop_map(|toward_owner| {
        let options = (0..=4)
            .map(|k| if toward_owner { (k, 4 - k) } else { (4 - k, k) })
            .map(|(owner, manager)| AnswerOption { owner, manager })
            .collect();
        (Kind::Scale, options)
    });
    let item = (0u8..3, prop_oneof![choice, scale]);
    prop::collection::vec(item, 1..12).prop_map(|items| {
        let dimensions = ["a", "b", "c"].map(|id| Dimension { id });
        let items: Vec<Item> = items
            .into_iter()
            .map(|(dimension, (kind, options))| Item { id: "x", dimension, kind, options: options.leak() })
            .collect();
        &*Box::leak(Box::new(Bank { dimensions: Vec::from(dimensions).leak(), items: items.leak() }))
    })
}

fn bank_and_answers() -> impl Strategy<Value = (&'static Bank, Vec<Answer>)> {
    banks().prop_flat_map(|bank| (Just(bank), answers_for(bank, false)))
}

#[test]
fn all_owner_answers_give_owner_fit_100() {
    let outcome = score(&CONTENT.bank, &answers_toward_in(&CONTENT.bank, Role::Owner));
    assert_eq!((outcome.owner_fit, outcome.manager_fit), (100, 0));
    assert_eq!((outcome.verdict, outcome.strength), (Verdict::Owner, Strength::Strong));
    assert!(outcome.dimensions.iter().all(|d| d.owner == 100 && d.position() == 0));
    assert_eq!(outcome.owner_drivers.len(), 3);
    assert!(outcome.manager_drivers.is_empty());
}

#[test]
fn all_manager_answers_give_manager_fit_100() {
    let outcome = score(&CONTENT.bank, &answers_toward_in(&CONTENT.bank, Role::Manager));
    assert_eq!((outcome.owner_fit, outcome.manager_fit), (0, 100));
    assert_eq!((outcome.verdict, outcome.strength), (Verdict::Manager, Strength::Strong));
    assert!(outcome.dimensions.iter().all(|d| d.manager == 100 && d.position() == 100));
}

#[test]
fn the_middle_of_every_scale_and_split_choices_is_a_tie() {
    let bank = &CONTENT.bank;
    let answers: Vec<Answer> = bank
        .items
        .iter()
        .enumerate()
        .map(|(i, item)| match item.kind {
            Kind::Scale => Some(2),
            Kind::Choice => strongest_option(bank, i, if i % 2 == 0 { Role::Owner } else { Role::Manager }),
        })
        .collect();
    let outcome = score(bank, &answers);
    assert_eq!(outcome.verdict, Verdict::Both);
    assert_eq!(outcome.strength, Strength::Tie);
}

#[test]
fn nothing_answered_is_an_even_tie() {
    let outcome = score(&CONTENT.bank, &[]);
    assert_eq!((outcome.owner_fit, outcome.manager_fit, outcome.verdict), (50, 50, Verdict::Both));
    assert!(outcome.dimensions.iter().all(|d| d.items == 0));
}

#[test]
fn every_option_of_the_shipped_bank_has_a_mirror() {
    for (i, item) in CONTENT.bank.items.iter().enumerate() {
        for o in 0..item.options.len() as u8 {
            assert!(mirror_option(&CONTENT.bank, i, o).is_some(), "item {} option {o}", item.id);
        }
    }
}

#[test]
fn drivers_are_the_strongest_pulls_in_question_order() {
    let bank = &CONTENT.bank;
    let mut answers = answers_toward_in(bank, Role::Owner);
    // Three answers point to manager; equal pulls keep question order.
    for (i, option) in [(3, Role::Manager), (7, Role::Manager), (11, Role::Manager)] {
        answers[i] = strongest_option(bank, i, option);
    }
    let outcome = score(bank, &answers);
    let items: Vec<usize> = outcome.manager_drivers.iter().map(|d| d.item).collect();
    assert_eq!(items, [3, 7, 11]);
    let owner_items: Vec<usize> = outcome.owner_drivers.iter().map(|d| d.item).collect();
    assert_eq!(owner_items, [0, 1, 2]);
}

fn answers_where(pick: impl Fn(usize, &rolefit::core::bank::Item) -> u8) -> Vec<Answer> {
    CONTENT.bank.items.iter().enumerate().map(|(i, item)| Some(pick(i, item))).collect()
}

#[test]
fn acquiescent_first_option_and_middle_answerers_are_flagged_as_ties() {
    let bank = &CONTENT.bank;
    let agree_all = answers_where(|_, item| match item.kind {
        Kind::Scale => 4,
        Kind::Choice => 0,
    });
    let first = answers_where(|_, _| 0);
    let middle = answers_where(|_, item| (item.options.len() / 2) as u8);
    for (who, answers) in [("agrees with everything", agree_all), ("always first", first), ("always middle", middle)] {
        let o = score(bank, &answers);
        assert!(o.low_consistency, "{who}: consistency {:?}", o.consistency);
        assert_eq!(o.verdict, Verdict::Both, "{who}");
    }
}

#[test]
fn consistent_answerers_are_consistent_and_certain() {
    for role in [Role::Owner, Role::Manager] {
        let o = score(&CONTENT.bank, &answers_toward_in(&CONTENT.bank, role));
        assert_eq!((o.consistency, o.low_consistency, o.uncertainty), (Some(100), false, BOTH_FIT_BELOW));
    }
}

#[test]
fn there_are_opposite_pairs_in_every_dimension() {
    let pairs = rolefit::core::scoring::opposite_pairs(&CONTENT.bank);
    for d in 0..CONTENT.bank.dimensions.len() {
        let in_dim = pairs.iter().filter(|(a, _)| usize::from(CONTENT.bank.items[*a].dimension) == d).count();
        assert!(in_dim >= 2, "dimension {d} has {in_dim} pairs");
    }
}

#[test]
fn fewer_answers_mean_more_uncertainty() {
    let bank = &CONTENT.bank;
    let mixed: Vec<Answer> = (0..bank.items.len())
        .map(|i| strongest_option(bank, i, if i % 3 == 0 { Role::Manager } else { Role::Owner }))
        .collect();
    let mut half = mixed.clone();
    for a in half.iter_mut().skip(9) {
        *a = None;
    }
    assert!(rolefit::core::scoring::uncertainty(bank, &half) > rolefit::core::scoring::uncertainty(bank, &mixed));
}

#[test]
fn what_would_change_a_slight_lean_is_small_and_a_strong_fit_is_robust() {
    let bank = &CONTENT.bank;
    let strong = answers_toward_in(bank, Role::Owner);
    assert_eq!(what_would_change(bank, &strong), None, "18 of 18 toward owner is robust");
    assert_eq!(assess(bank, &strong).0.strength, Strength::Strong);
    // Toward owner everywhere, then one step toward manager at a time for as
    // long as the verdict stays owner: a lean that one more step would undo.
    let mut lean = strong.clone();
    'steps: for i in (0..bank.items.len()).cycle().take(4 * bank.items.len()) {
        let mut next = lean.clone();
        next[i] = lean[i].and_then(|from| step_toward(bank, i, from, Role::Manager)).or(lean[i]);
        if score(bank, &next).verdict != Verdict::Owner {
            break 'steps;
        }
        lean = next;
    }
    let before = score(bank, &lean);
    assert_eq!(before.verdict, Verdict::Owner, "{before:?}");
    let (changes, after) = what_would_change(bank, &lean).expect("a lean can change");
    assert!(!changes.is_empty() && changes.len() <= MAX_CHANGES);
    assert_ne!(after, before.verdict);
    let mut changed = lean.clone();
    for c in &changes {
        assert_eq!(lean[c.item], Some(c.from));
        assert_eq!(step_toward(bank, c.item, c.from, Role::Manager), Some(c.to), "one step, never a reversal");
        changed[c.item] = Some(c.to);
    }
    assert_eq!(score(bank, &changed).verdict, after, "the reported moves really change it");
    assert_eq!(changes.len(), 1, "one more step was all it took");
    assert_eq!(assess(bank, &lean).0.strength, Strength::Slight, "and the label says so, whatever the margin");
    // And no smaller set would: dropping the last move keeps the verdict.
    for c in &changes[..changes.len() - 1] {
        lean[c.item] = Some(c.to);
    }
    assert_eq!(score(bank, &lean).verdict, before.verdict);
}

#[test]
fn a_step_is_one_point_on_the_scale_and_the_next_choice_in_pull_order() {
    let bank = &CONTENT.bank;
    for (i, item) in bank.items.iter().enumerate() {
        let pull =
            |o: u8| i32::from(item.options[usize::from(o)].owner) - i32::from(item.options[usize::from(o)].manager);
        for from in 0..item.options.len() as u8 {
            let to_owner = step_toward(bank, i, from, Role::Owner);
            let to_manager = step_toward(bank, i, from, Role::Manager);
            if let Some(to) = to_owner {
                assert!(pull(to) > pull(from));
                // Nothing lies between `from` and `to`.
                assert!((0..item.options.len() as u8).all(|o| !(pull(o) > pull(from) && pull(o) < pull(to))));
            } else {
                assert_eq!(pull(from), 4, "only the furthest owner answer has no step toward owner");
            }
            if item.kind == Kind::Scale {
                let expected = if pull(item.options.len() as u8 - 1) > 0 {
                    [from.checked_add(1), from.checked_sub(1)]
                } else {
                    [from.checked_sub(1), from.checked_add(1)]
                };
                let valid = |o: Option<u8>| o.filter(|&o| usize::from(o) < item.options.len());
                assert_eq!([to_owner, to_manager], expected.map(valid), "{}: scale steps are neighbours", item.id);
            }
        }
    }
}

#[test]
fn a_step_that_breaks_consistency_counts_as_a_change_too() {
    // Strong owner answers, except that five of the six statement pairs have
    // their manager-worded half answered "neither": consistency rests on one
    // pair. Two steps from "neither" to "agree" make two pairs contradict, so
    // the verdict becomes a tie although the margin hardly moves. The search
    // must find that, and the label must not say "strong".
    let bank = &CONTENT.bank;
    let mut answers = answers_toward_in(bank, Role::Owner);
    for (_, manager_worded) in opposite_pairs(bank).into_iter().skip(1) {
        answers[manager_worded] = Some(2);
    }
    let before = score(bank, &answers);
    assert_eq!((before.verdict, before.consistency), (Verdict::Owner, Some(100)), "{before:?}");
    let (outcome, flip) = assess(bank, &answers);
    let (moves, after) = flip.expect("two steps break the consistency");
    assert!(moves.len() <= SLIGHT_WITHIN, "{moves:?}");
    assert_eq!(after, Verdict::Both);
    assert_eq!(outcome.strength, Strength::Slight);
}

/// Every set of exactly `size` one-step moves on different answers, written
/// independently of the widget's search.
fn step_sets(bank: &Bank, answers: &[Answer], size: usize) -> Vec<Vec<(usize, u8)>> {
    let steps: Vec<(usize, u8)> = answers
        .iter()
        .enumerate()
        .filter_map(|(i, a)| Some((i, (*a)?)))
        .flat_map(|(i, from)| [Role::Owner, Role::Manager].map(|r| step_toward(bank, i, from, r).map(|to| (i, to))))
        .flatten()
        .collect();
    let mut sets: Vec<Vec<(usize, u8)>> = vec![Vec::new()];
    for _ in 0..size {
        sets = sets
            .into_iter()
            .flat_map(|set| {
                let last = set.last().map(|&s| steps.iter().position(|&t| t == s).unwrap() + 1).unwrap_or(0);
                steps[last..]
                    .iter()
                    .filter(|(i, _)| set.iter().all(|(j, _)| j != i))
                    .map(|&s| [set.clone(), vec![s]].concat())
                    .collect::<Vec<_>>()
            })
            .collect();
    }
    sets
}

/// Answers a person with a clear leaning might give: all toward one role,
/// then a few random single steps in either direction.
fn leaning_answers() -> impl Strategy<Value = Vec<Answer>> {
    (any::<bool>(), prop::collection::vec((0..CONTENT.bank.items.len(), any::<bool>()), 0..14)).prop_map(
        |(owner, moves)| {
            let bank = &CONTENT.bank;
            let mut answers = answers_toward_in(bank, if owner { Role::Owner } else { Role::Manager });
            for (item, toward_owner) in moves {
                let role = if toward_owner { Role::Owner } else { Role::Manager };
                if let Some(to) = answers[item].and_then(|from| step_toward(bank, item, from, role)) {
                    answers[item] = Some(to);
                }
            }
            answers
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::with_cases(60) })]

    #[test]
    fn what_would_change_is_the_smallest_set_of_steps(answers in leaning_answers()) {
        let bank = &CONTENT.bank;
        let verdict = score(bank, &answers).verdict;
        let flips = |size: usize| step_sets(bank, &answers, size).into_iter().any(|set| {
            let mut changed = answers.clone();
            for (i, to) in set {
                changed[i] = Some(to);
            }
            score(bank, &changed).verdict != verdict
        });
        match what_would_change(bank, &answers) {
            Some((moves, _)) => {
                for smaller in 1..moves.len() {
                    prop_assert!(!flips(smaller), "{} steps were reported, {smaller} would do", moves.len());
                }
            }
            None => {
                for size in 1..=MAX_CHANGES {
                    prop_assert!(!flips(size), "no change reported, but {size} steps change it");
                }
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::with_cases(2000) })]

    #[test]
    fn mirroring_every_answer_mirrors_the_result(answers in answers_for(&CONTENT.bank, false)) {
        let bank = &CONTENT.bank;
        let (a, b) = (score(bank, &answers), score(bank, &mirror(bank, &answers)));
        prop_assert_eq!((a.owner_fit, a.manager_fit), (b.manager_fit, b.owner_fit));
        prop_assert_eq!(a.strength, b.strength);
        prop_assert_eq!((a.uncertainty, a.consistency), (b.uncertainty, b.consistency));
        let swapped = match a.verdict { Verdict::Owner => Verdict::Manager, Verdict::Manager => Verdict::Owner, Verdict::Both => Verdict::Both };
        prop_assert_eq!(b.verdict, swapped);
        for (x, y) in a.dimensions.iter().zip(&b.dimensions) {
            prop_assert_eq!((x.owner, x.manager, x.items), (y.manager, y.owner, y.items));
        }
        let items = |d: &[rolefit::core::scoring::Driver]| d.iter().map(|d| (d.item, d.pull)).collect::<Vec<_>>();
        prop_assert_eq!(items(&a.owner_drivers), items(&b.manager_drivers));
    }

    #[test]
    fn mirroring_holds_on_generated_balanced_banks((bank, answers) in bank_and_answers()) {
        let (a, b) = (score(bank, &answers), score(bank, &mirror(bank, &answers)));
        prop_assert_eq!((a.owner_fit, a.manager_fit), (b.manager_fit, b.owner_fit));
        prop_assert_eq!(a.strength, b.strength);
    }

    #[test]
    fn moving_one_answer_toward_owner_never_lowers_owner_fit(
        answers in answers_for(&CONTENT.bank, false),
        item in 0..CONTENT.bank.items.len(),
        to in 0u8..5,
    ) {
        let bank = &CONTENT.bank;
        let options = bank.items[item].options;
        let to = to % options.len() as u8;
        if let Some(from) = answers[item] {
            let (old, new) = (options[usize::from(from)], options[usize::from(to)]);
            if new.owner >= old.owner {
                let mut changed = answers.clone();
                changed[item] = Some(to);
                prop_assert!(score(bank, &changed).owner_fit >= score(bank, &answers).owner_fit);
            }
            if new.owner >= old.owner && new.manager <= old.manager {
                let mut changed = answers.clone();
                changed[item] = Some(to);
                prop_assert!(score(bank, &changed).manager_fit <= score(bank, &answers).manager_fit);
            }
        }
    }

    #[test]
    fn owner_fit_is_monotone_on_generated_banks((bank, answers) in bank_and_answers(), item in 0usize..12, to in 0u8..6) {
        let item = item % bank.items.len();
        let options = bank.items[item].options;
        let to = to % options.len() as u8;
        if let Some(from) = answers[item]
            && options[usize::from(to)].owner >= options[usize::from(from)].owner
        {
            let mut changed = answers.clone();
            changed[item] = Some(to);
            prop_assert!(score(bank, &changed).owner_fit >= score(bank, &answers).owner_fit);
        }
    }

    #[test]
    fn verdict_follows_the_documented_thresholds(answers in answers_for(&CONTENT.bank, true)) {
        let o = score(&CONTENT.bank, &answers);
        prop_assert!(o.owner_fit <= 100 && o.manager_fit <= 100);
        let margin = o.owner_fit.abs_diff(o.manager_fit);
        prop_assert!(o.uncertainty >= BOTH_FIT_BELOW);
        prop_assert_eq!(o.verdict == Verdict::Both, o.low_consistency || margin < o.uncertainty);
        // ARCHITECTURE.md's table, with its numbers.
        let u = o.uncertainty;
        let strength = if o.low_consistency || margin < u {
            Strength::Tie
        } else if margin < u + 15 {
            Strength::Slight
        } else if margin < u + 40 {
            Strength::Clear
        } else {
            Strength::Strong
        };
        prop_assert_eq!(o.strength, strength, "margin {} with uncertainty {}", margin, u);
        if o.verdict == Verdict::Owner { prop_assert!(o.owner_fit > o.manager_fit); }
        if o.verdict == Verdict::Manager { prop_assert!(o.manager_fit > o.owner_fit); }
        prop_assert_eq!(score(&CONTENT.bank, &answers), o, "deterministic");
    }

    #[test]
    fn fits_always_add_up_to_100((bank, answers) in bank_and_answers()) {
        let o = score(bank, &answers);
        prop_assert_eq!(u32::from(o.owner_fit) + u32::from(o.manager_fit), 100);
        // And each is the exact share of the points, rounded.
        let (mut owner, mut all) = (0.0, 0.0);
        for (item, answer) in bank.items.iter().zip(&answers) {
            if let Some(option) = answer.and_then(|a| item.options.get(usize::from(a))) {
                owner += f64::from(option.owner);
                all += f64::from(option.owner + option.manager);
            }
        }
        let exact = if all == 0.0 { 50.0 } else { 100.0 * owner / all };
        prop_assert!((f64::from(o.owner_fit) - exact).abs() <= 0.5, "{} for {exact}", o.owner_fit);
        for d in &o.dimensions {
            prop_assert_eq!(u32::from(d.owner) + u32::from(d.manager), 100);
        }
    }

    #[test]
    fn strength_and_what_would_change_agree(answers in prop_oneof![answers_for(&CONTENT.bank, true), leaning_answers()]) {
        let bank = &CONTENT.bank;
        let (outcome, flip) = assess(bank, &answers);
        let mut margin_only = score(bank, &answers);
        prop_assert!(outcome.strength <= margin_only.strength, "assess only ever softens the margin's word");
        margin_only.strength = outcome.strength;
        prop_assert_eq!(&margin_only, &outcome, "and changes nothing else");
        match &flip {
            Some((moves, verdict)) => {
                prop_assert!(!moves.is_empty() && moves.len() <= MAX_CHANGES);
                prop_assert_ne!(*verdict, outcome.verdict);
                prop_assert!(outcome.strength != Strength::Strong, "a verdict small moves change is never strong");
                if moves.len() <= SLIGHT_WITHIN {
                    prop_assert!(outcome.strength <= Strength::Slight, "{} moves but {:?}", moves.len(), outcome.strength);
                }
                let mut changed = answers.clone();
                for m in moves {
                    changed[m.item] = Some(m.to);
                }
                prop_assert_eq!(score(bank, &changed).verdict, *verdict);
            }
            None => prop_assert_eq!(outcome.strength, score(bank, &answers).strength),
        }
    }
}
