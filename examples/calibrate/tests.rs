//! The calibration that `cargo xtask calibrate` prints, asserted with a fixed
//! seed so that a change to the bank or the scoring cannot quietly skew it.
//! `cargo test` runs these (`test = true` for this example in `Cargo.toml`).
use rolefit::core::bank::CONTENT;
use rolefit::core::quiz::Quiz;
use rolefit::core::scoring::{Strength, Verdict, score};

use rolefit::core::bank::model::{AnswerOption, Bank, Dimension, Item, Kind};

use crate::simulate::{Persona, Rng, WEAK_ITEM_BELOW, item_total_correlations, random_answerers, report, spreads};

#[test]
fn random_answerers_split_evenly_between_the_roles() {
    let shares = random_answerers(&CONTENT.bank, 100_000, &mut Rng::new(2026));
    assert!((shares.owner - shares.manager).abs() < 1.0, "{shares:?}");
    assert!(
        shares.both > shares.owner && shares.both > shares.manager,
        "random answers mostly read as a tie: {shares:?}"
    );
    assert!((shares.owner + shares.both + shares.manager - 100.0).abs() < 1e-9);
}

#[test]
fn consistent_people_get_strong_verdicts_of_at_least_90() {
    for seed in [0, 1, 0xfeed] {
        let quiz = Quiz::with_seed(&CONTENT.bank, seed);
        for (persona, verdict) in
            [(Persona::ConsistentOwner, Verdict::Owner), (Persona::ConsistentManager, Verdict::Manager)]
        {
            let o = score(&CONTENT.bank, &persona.answers(&quiz));
            assert_eq!((o.verdict, o.strength), (verdict, Strength::Strong), "{}", persona.name());
            assert!(o.owner_fit.max(o.manager_fit) >= 90);
        }
    }
}

#[test]
fn careless_patterns_read_as_a_tie_flagged_as_low_consistency() {
    for seed in [0, 1, 2, 3, 0xfeed] {
        let quiz = Quiz::with_seed(&CONTENT.bank, seed);
        for persona in [Persona::AgreesWithEverything, Persona::AlwaysFirst, Persona::AlwaysMiddle] {
            let o = score(&CONTENT.bank, &persona.answers(&quiz));
            assert_eq!(o.verdict, Verdict::Both, "{} (seed {seed})", persona.name());
            assert!(o.low_consistency, "{} (seed {seed}): {:?}", persona.name(), o.consistency);
        }
    }
}

#[test]
fn every_item_agrees_with_the_rest_of_the_bank() {
    let fits = item_total_correlations(&CONTENT.bank, 3_000, &mut Rng::new(7));
    assert_eq!(fits.len(), CONTENT.bank.items.len());
    let weak: Vec<_> = fits.iter().filter(|f| f.correlation < WEAK_ITEM_BELOW).collect();
    assert!(weak.is_empty(), "weak items: {weak:?}");
}

#[test]
fn the_report_prints_every_section() {
    let text = report(&CONTENT.bank, 2_000, 1).to_string();
    for needle in [
        "2000 random answerers",
        "consistent owner",
        "always the middle option",
        "item-total correlation",
        "weak items",
        "answer spread",
        "one-sided items",
    ] {
        assert!(text.contains(needle), "{needle} missing from\n{text}");
    }
}

#[test]
fn every_item_spreads_across_both_roles() {
    let found = spreads(&CONTENT.bank, 4_000, &mut Rng::new(11));
    assert_eq!(found.len(), CONTENT.bank.items.len());
    let flagged: Vec<_> = found.iter().filter(|s| s.flagged()).collect();
    assert!(flagged.is_empty(), "one-sided items: {flagged:?}");
}

#[test]
fn an_item_everyone_answers_the_same_way_is_flagged() {
    // Options that all lean owner, which the build would refuse (no mirrors):
    // the check must still see it, for a bank written before that rule.
    let lopsided: &'static [AnswerOption] = vec![
        AnswerOption { owner: 4, manager: 0 },
        AnswerOption { owner: 3, manager: 1 },
        AnswerOption { owner: 3, manager: 1 },
    ]
    .leak();
    let mut items: Vec<Item> = CONTENT.bank.items.to_vec();
    items[0] = Item { id: "lopsided", dimension: 0, kind: Kind::Choice, options: lopsided };
    let bank: &'static Bank = Box::leak(Box::new(Bank {
        dimensions: vec![Dimension { id: "focus" }, Dimension { id: "skills" }, Dimension { id: "metrics" }].leak(),
        items: items.leak(),
    }));
    let found = spreads(bank, 2_000, &mut Rng::new(3));
    let first = &found[0];
    assert!(first.flagged() && first.same_side > 99.0, "{first:?}");
    assert!(found[1..].iter().all(|s| !s.flagged()));
}
