//! Every language words the one bank; none can score differently.
#![cfg(not(target_arch = "wasm32"))]

mod model {
    pub use rolefit::bank::model::*;
}

#[allow(dead_code)]
#[path = "../src/bank/load.rs"]
mod load;

use proptest::prelude::*;
use rolefit::bank::{CONTENT, Kind, default_locale, find_locale, negotiate};
use rolefit::scoring::score;
use rolefit::share;

#[test]
fn english_and_german_are_baked_in_with_english_first() {
    let tags: Vec<_> = CONTENT.locales.iter().map(|l| l.tag).collect();
    assert_eq!(tags, ["en-GB", "de-DE"]);
    assert_eq!(default_locale().tag, "en-GB");
}

#[test]
fn every_language_words_every_item_and_option_of_the_one_bank() {
    for locale in CONTENT.locales {
        assert_eq!(locale.dimensions.len(), CONTENT.bank.dimensions.len(), "{}", locale.tag);
        assert_eq!(locale.items.len(), CONTENT.bank.items.len(), "{}", locale.tag);
        for (item, words) in CONTENT.bank.items.iter().zip(locale.items) {
            assert_eq!(words.options.len(), item.options.len(), "{} {}", locale.tag, item.id);
            assert!(words.options.iter().all(|o| !o.is_empty()), "{} {}", locale.tag, item.id);
            if item.kind == Kind::Scale {
                let ui = &locale.ui;
                let scale = [
                    ui.scale_strongly_disagree,
                    ui.scale_disagree,
                    ui.scale_neutral,
                    ui.scale_agree,
                    ui.scale_strongly_agree,
                ];
                assert_eq!(words.options, scale, "{} {}", locale.tag, item.id);
            }
        }
    }
}

#[test]
fn the_languages_differ_in_words() {
    let (en, de) = (&CONTENT.locales[0], &CONTENT.locales[1]);
    let same: Vec<_> = en.items.iter().zip(de.items).filter(|(e, d)| e.text == d.text).map(|(e, _)| e.text).collect();
    assert!(same.is_empty(), "untranslated items in de-DE: {same:?}");
    assert_ne!(en.ui.next, de.ui.next);
}

#[test]
fn a_reader_gets_the_first_of_their_languages_that_the_widget_speaks() {
    assert_eq!(negotiate(["fr-FR", "de-CH", "en-US"]).tag, "de-DE");
    assert_eq!(negotiate(["en-US", "de-DE"]).tag, "en-GB");
    assert_eq!(negotiate(["fr-FR", "ja"]).tag, "en-GB", "nothing matches: the default");
    assert_eq!(negotiate([]).tag, "en-GB");
    assert_eq!(find_locale("").map(|l| l.tag), None);
    assert_eq!(find_locale("d").map(|l| l.tag), None);
}

/// Loads the bank with one language's files standing in as the only one.
fn loaded_with(tag: &str) -> rolefit::bank::Content {
    let read = |file: &str| std::fs::read_to_string(format!("questions/{tag}/{file}")).unwrap();
    let (words, profiles, ui) = (read("bank.toml"), read("profiles.toml"), read("ui.toml"));
    let locales = [load::LocaleSources { tag: "en-GB", words: &words, profiles: &profiles, ui: &ui }];
    let bank = std::fs::read_to_string("questions/bank.toml").unwrap();
    load::load(&load::Sources { bank: &bank, locales: &locales }).unwrap_or_else(|p| panic!("{tag}: {p:#?}"))
}

/// Every language loaded on its own, once.
static LOADED: std::sync::LazyLock<Vec<rolefit::bank::Content>> =
    std::sync::LazyLock::new(|| CONTENT.locales.iter().map(|l| loaded_with(l.tag)).collect());

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    /// Each language, loaded on its own, yields the very bank and fingerprint
    /// the widget scores with: words cannot reach the weights. So the same
    /// answers give the identical result, and the identical share link,
    /// whichever language the person answered in.
    #[test]
    fn the_same_answers_give_the_identical_result_in_every_language(
        picks in proptest::collection::vec(0u8..4, 18),
    ) {
        let bank = &CONTENT.bank;
        let answers: Vec<Option<u8>> =
            bank.items.iter().zip(picks.iter().cycle()).map(|(item, &p)| Some(p % item.options.len() as u8)).collect();
        for content in LOADED.iter() {
            prop_assert_eq!(content.fingerprint, CONTENT.fingerprint);
            prop_assert_eq!(score(&content.bank, &answers), score(bank, &answers));
            prop_assert_eq!(
                share::encode(&content.bank, content.fingerprint, &answers),
                share::encode(bank, CONTENT.fingerprint, &answers)
            );
        }
    }
}

#[test]
fn a_link_made_on_a_page_with_a_language_option_leaves_the_language_to_its_reader() {
    assert_eq!(share::without_param("https://x.example/quiz?lang=de-DE", "lang"), "https://x.example/quiz");
    assert_eq!(share::without_param("https://x.example/?a=1&lang=de&b=2", "lang"), "https://x.example/?a=1&b=2");
    assert_eq!(share::without_param("https://x.example/?language=de#r=x", "lang"), "https://x.example/?language=de");
    assert_eq!(share::without_param("https://x.example/", "lang"), "https://x.example/");
}
