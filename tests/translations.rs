//! A translation made from an older en-GB wording is found and named by key
//! (`rolefit_bank::translations`), and the shipped bank has none: this test
//! is what makes `cargo xtask test` fail on a stale translation.
#![cfg(not(target_arch = "wasm32"))]

use rolefit_bank::load::Files;
use rolefit_bank::translations::{Reason, Stale, Which, check, record};

fn shipped() -> Files {
    Files::read(std::path::Path::new(".")).unwrap()
}

/// The shipped files with one en-GB string reworded in memory.
fn with_english(file: usize, from: &str, to: &str) -> Files {
    let mut files = shipped();
    let english = &mut files.locales[0].1[file];
    assert!(english.contains(from), "fixture: {from:?} is not in the English file");
    *english = english.replace(from, to);
    files
}

const YEARS_AHEAD: &str = "I enjoy planning for where a product will be several years from now.";

/// Every translation's tag, in the order `check` reports them.
fn translations() -> Vec<String> {
    shipped().records.keys().cloned().collect()
}

fn keys(stale: &[Stale]) -> Vec<(String, Option<String>)> {
    stale.iter().map(|s| (s.tag.clone(), s.key.clone())).collect()
}

#[test]
fn every_shipped_translation_follows_the_current_english() {
    let stale = check(&shipped());
    let listed: Vec<String> = stale.iter().map(ToString::to_string).collect();
    assert!(stale.is_empty(), "stale translations:\n  {}", listed.join("\n  "));
    let files = shipped();
    assert_eq!(files.records.len(), files.locales.len() - 1, "every translation has its record");
}

#[test]
fn rewording_an_english_item_flags_that_key_in_every_translation() {
    let files = with_english(0, YEARS_AHEAD, "I like planning where a product will be in a few years.");
    let stale = check(&files);
    let key = Some("item.focus-years-ahead.text".to_owned());
    assert_eq!(
        keys(&stale),
        translations().into_iter().map(|tag| (tag, key.clone())).collect::<Vec<_>>(),
        "only the reworded key, once per translation"
    );
    assert!(stale.iter().all(|s| s.reason == Reason::SourceChanged));
    assert_eq!(
        stale[0].to_string(),
        "questions/de-DE/items.toml: item.focus-years-ahead.text: the en-GB wording has changed since this was \
         translated; update it, then run `cargo xtask translated de-DE item.focus-years-ahead.text`"
    );
}

#[test]
fn an_interface_string_or_a_profile_list_is_named_in_its_own_file() {
    let files = with_english(2, "start = \"Start\"", "start = \"Begin\"");
    let stale = check(&files);
    assert_eq!(stale.len(), translations().len(), "{stale:?}");
    assert_eq!((stale[0].file, stale[0].key.as_deref()), ("questions/de-DE/ui.toml", Some("start")));

    let profiles = &shipped().locales[0].1[1];
    let first_skill = profiles.split("skills = [").nth(1).unwrap().split('"').nth(1).unwrap().to_owned();
    let stale = check(&with_english(1, &format!("\"{first_skill}\""), "\"Something else\""));
    assert_eq!((stale[0].file, stale[0].key.as_deref()), ("questions/de-DE/profiles.toml", Some("owner.skills")));
}

#[test]
fn a_change_to_the_translation_alone_or_to_the_comments_is_not_stale() {
    let mut files = shipped();
    files.locales[1].1[0] = files.locales[1].1[0].replace("Fokus", "Schwerpunkt");
    files.locales[0].1[0] = format!("# a new comment\n{}", files.locales[0].1[0]);
    assert_eq!(check(&files), Vec::new());
}

#[test]
fn recording_a_key_clears_it_for_that_language_only() {
    let mut files = with_english(0, YEARS_AHEAD, "I like planning where a product will be in a few years.");
    let key = ["item.focus-years-ahead.text".to_owned()];
    let text = record(&files, "de-DE", &Which::Keys(&key)).unwrap();
    files.records.insert("de-DE".into(), text);
    let stale = check(&files);
    let others = translations().into_iter().filter(|tag| tag != "de-DE").map(|tag| (tag, Some(key[0].clone())));
    assert_eq!(keys(&stale), others.collect::<Vec<_>>());
}

#[test]
fn recording_everything_again_changes_nothing_in_the_shipped_records() {
    let files = shipped();
    for tag in translations() {
        assert_eq!(record(&files, &tag, &Which::All).unwrap(), files.records[&tag], "{tag}");
    }
}

#[test]
fn a_missing_record_or_entry_and_a_broken_record_are_each_reported() {
    let mut files = shipped();
    files.records.remove("es-ES");
    let dropped = files.records["fr-FR"].lines().filter(|l| !l.starts_with("start =")).collect::<Vec<_>>();
    files.records.insert("fr-FR".into(), dropped.join("\n"));
    files.records.insert("de-DE".into(), "[bank\n".into());
    let stale = check(&files);
    let reasons: Vec<_> = stale.iter().map(|s| (s.tag.as_str(), s.key.as_deref(), &s.reason)).collect();
    assert!(matches!(reasons[0], ("de-DE", None, Reason::BadRecord(_))), "{reasons:?}");
    assert_eq!(reasons[1..], [("es-ES", None, &Reason::NoRecord), ("fr-FR", Some("start"), &Reason::NotRecorded)]);
    assert!(stale[1].to_string().contains("run `cargo xtask translated es-ES --all`"), "{}", stale[1]);
    assert!(stale[2].to_string().contains("no record of the en-GB wording"), "{}", stale[2]);
}

#[test]
fn recording_refuses_unknown_keys_and_languages_and_drops_keys_english_no_longer_has() {
    let files = shipped();
    let unknown = ["item.nope.text".to_owned()];
    assert_eq!(
        record(&files, "de-DE", &Which::Keys(&unknown)).unwrap_err(),
        "the en-GB words have no key `item.nope.text`"
    );
    assert!(record(&files, "en-GB", &Which::All).unwrap_err().contains("source language"));
    assert!(record(&files, "sv-SE", &Which::All).unwrap_err().contains("no language `sv-SE`"));

    let mut files = shipped();
    let old = files.records["de-DE"].replace("[ui]\n", "[ui]\n\"retired_key\" = \"0000000000000000\"\n");
    files.records.insert("de-DE".into(), old);
    let text = record(&files, "de-DE", &Which::Keys(&[])).unwrap();
    assert!(!text.contains("retired_key"));
    assert_eq!(text, shipped().records["de-DE"]);
}
