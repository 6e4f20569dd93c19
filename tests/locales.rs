//! Every language words the one bank; none can score differently.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{locale as decoded, words_file};
use proptest::prelude::*;
use rolefit::core::bank::{CONTENT, Kind, LANGUAGES, default_language, find_language, negotiate, preference};
use rolefit::core::share;
use rolefit_bank::load;
use rolefit_bank::words::{self, WordsError, encode, file_name, words_hash};

/// Every language, in the order the switch lists them.
fn tags() -> impl Iterator<Item = &'static str> {
    LANGUAGES.iter().map(|l| l.tag)
}

#[test]
fn every_folder_of_questions_is_a_language_english_first_each_in_its_own_name() {
    let mut folders: Vec<String> = std::fs::read_dir("questions")
        .unwrap()
        .map(|entry| entry.unwrap())
        .filter(|entry| entry.file_type().unwrap().is_dir())
        .map(|entry| entry.file_name().into_string().unwrap())
        .collect();
    folders.sort_by_key(|tag| (tag != "en-GB", tag.clone()));
    assert_eq!(tags().collect::<Vec<_>>(), folders, "the default first, then by tag");
    assert_eq!(default_language().tag, "en-GB");
    for language in LANGUAGES {
        assert_eq!(language.name, decoded(language.tag).ui.language_name, "{}: named in its own words", language.tag);
    }
    let names: Vec<_> = LANGUAGES.iter().map(|l| l.name).collect();
    assert!(names.iter().enumerate().all(|(i, name)| !names[..i].contains(name)), "each name once: {names:?}");
}

#[test]
fn each_words_file_reads_back_exactly_as_the_build_checked_it() {
    let files = load::Files::read(std::path::Path::new(".")).unwrap();
    let loaded = files.load().unwrap_or_else(|p| panic!("{p:#?}"));
    let hash = words_hash(LANGUAGES.iter().map(|language| words_file(language.tag)));
    for (language, checked) in LANGUAGES.iter().zip(&loaded.locales) {
        let text = words_file(language.tag);
        assert_eq!(decoded(language.tag), *checked, "{}", language.tag);
        assert_eq!(encode(&CONTENT.bank, checked), text, "{}: the build wrote what it checked", language.tag);
        let name = file_name(language.tag, hash);
        assert_eq!(language.file, format!("words/{name}"), "the name the widget fetches hashes every words file");
    }
}

#[test]
fn a_words_file_from_another_language_or_build_is_refused() {
    let decode = |tag, text: &str| words::decode(&CONTENT.bank, tag, text.to_owned());
    let en = words_file("en-GB");
    assert_eq!(decode("de-DE", en), Err(WordsError::Header));
    assert_eq!(decode("en-GB", "<!doctype html><p>not found"), Err(WordsError::Header));
    assert_eq!(decode("en-GB", ""), Err(WordsError::Header));
    let cut = &en[..en.len() / 2];
    assert_eq!(decode("en-GB", cut), Err(WordsError::Length));
    assert_eq!(decode("en-GB", &format!("{en}one line too many\n")), Err(WordsError::Length));
    // Without its final line break it is still the same file.
    assert!(decode("en-GB", en.trim_end_matches('\n')).is_ok());
}

#[test]
fn a_words_file_far_larger_than_any_real_one_is_refused_unread() {
    for tag in tags() {
        let len = words_file(tag).len();
        assert!(len <= words::MAX_LEN / 4, "{tag}: {len} B; raise words::MAX_LEN to four times the largest file");
    }
    // Padded to just over the limit with what looks like its own lines.
    let en = words_file("en-GB");
    let padded = format!("{en}{}", "x\n".repeat((words::MAX_LEN - en.len()) / 2 + 1));
    assert!(padded.len() > words::MAX_LEN);
    assert_eq!(words::decode(&CONTENT.bank, "en-GB", padded), Err(WordsError::TooLarge));
}

#[test]
fn every_language_words_every_item_and_option_of_the_one_bank() {
    for tag in tags() {
        let locale = decoded(tag);
        assert_eq!(locale.dimensions.len(), CONTENT.bank.dimensions.len(), "{tag}");
        assert_eq!(locale.items.len(), CONTENT.bank.items.len(), "{tag}");
        for (item, item_text) in CONTENT.bank.items.iter().zip(locale.items) {
            assert_eq!(item_text.options.len(), item.options.len(), "{tag} {}", item.id);
            assert!(item_text.options.iter().all(|o| !o.is_empty()), "{tag} {}", item.id);
            if item.kind == Kind::Scale {
                let ui = &locale.ui;
                let scale = [
                    ui.scale_strongly_disagree,
                    ui.scale_disagree,
                    ui.scale_neutral,
                    ui.scale_agree,
                    ui.scale_strongly_agree,
                ];
                assert_eq!(item_text.options, scale, "{tag} {}", item.id);
            }
        }
    }
}

#[test]
fn the_languages_differ_in_words() {
    let tags: Vec<_> = tags().collect();
    for (i, a) in tags.iter().enumerate() {
        for b in &tags[i + 1..] {
            let (a, b) = (decoded(a), decoded(b));
            let same: Vec<_> =
                a.items.iter().zip(b.items).filter(|(x, y)| x.text == y.text).map(|(x, _)| x.text).collect();
            assert!(same.is_empty(), "items worded alike in {} and {}: {same:?}", a.tag, b.tag);
            assert_ne!(a.ui.next, b.ui.next, "{} and {}", a.tag, b.tag);
        }
    }
}

#[test]
fn a_reader_gets_the_first_of_their_languages_that_the_widget_speaks() {
    assert_eq!(negotiate(["ja", "fr-CA", "en-US"]).tag, "fr-FR");
    assert_eq!(negotiate(["es-MX", "de-DE"]).tag, "es-ES");
    assert_eq!(negotiate(["sv-SE", "de-CH", "en-US"]).tag, "de-DE");
    assert_eq!(negotiate(["en-US", "de-DE"]).tag, "en-GB");
    assert_eq!(negotiate(["zh-CN", "ja"]).tag, "en-GB", "nothing matches: the default");
    assert_eq!(negotiate([]).tag, "en-GB");
    assert_eq!(find_language("").map(|l| l.tag), None);
    assert_eq!(find_language("d").map(|l| l.tag), None);
}

#[test]
fn when_a_language_cannot_load_the_next_one_the_reader_accepts_is_tried() {
    let tags = |preferred: &[&str]| preference(preferred.iter().copied()).iter().map(|l| l.tag).collect::<Vec<_>>();
    // A stored pick, a `lang` option and the browser's languages, in that order.
    assert_eq!(tags(&["fr-FR", "de", "en-US", "de-AT", "es"]), ["fr-FR", "de-DE", "en-GB", "es-ES"]);
    assert_eq!(tags(&["fr", "ja", "fr-CA"]), ["fr-FR", "en-GB"], "each once, the default last");
    assert_eq!(tags(&["<img src=x>", "", "sv-SE"]), ["en-GB"]);
    assert_eq!(tags(&[]), ["en-GB"]);
    for preferred in [&["ja", "fr-CA", "en-US"][..], &["es-MX", "de-DE"], &["zh-CN"], &[]] {
        assert_eq!(preference(preferred.iter().copied())[0].tag, negotiate(preferred.iter().copied()).tag);
    }
}

/// Loads the bank with one language's files standing in as the only one.
fn loaded_with(tag: &str) -> rolefit::core::bank::Content {
    let read = |file: &str| std::fs::read_to_string(format!("questions/{tag}/{file}")).unwrap();
    let (items, profiles, ui) = (read("items.toml"), read("profiles.toml"), read("ui.toml"));
    let locales = [load::LocaleSources { tag: "en-GB", items: &items, profiles: &profiles, ui: &ui }];
    let bank = std::fs::read_to_string("questions/bank.toml").unwrap();
    load::load(&load::Sources { bank: &bank, locales: &locales }).unwrap_or_else(|p| panic!("{tag}: {p:#?}")).content
}

/// Each language, loaded on its own, yields the very bank and fingerprint the
/// widget scores with: its files supply text only, so the same answers give
/// the identical result, and the identical share link, in every language.
#[test]
fn no_language_can_change_the_bank() {
    for language in LANGUAGES {
        assert_eq!(loaded_with(language.tag), CONTENT, "{}", language.tag);
    }
}

/// The rule of ARCHITECTURE.md ("Words cannot score"), stated apart from
/// `find_language`: a preferred tag, trimmed, picks the language whose tag's
/// primary subtag (before `-` or `_`) is its own, in any case; the widget
/// speaks one language per primary subtag, so an exact tag needs no rule of
/// its own.
fn expected(preferred: &str) -> Option<&'static str> {
    let tag = preferred.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}').to_lowercase();
    let primary = tag.split(['-', '_']).next().unwrap_or_default();
    // Every language the widget speaks, found by its first subtag.
    LANGUAGES.iter().map(|l| l.tag).find(|known| known.split('-').next().unwrap().to_lowercase() == primary)
}

/// Tags a browser or a page may give: the widget's own, other regions and
/// scripts of its languages, near misses, other languages and junk, in any
/// case and with white space around.
fn preferred_tag() -> impl Strategy<Value = String> {
    // Every language the widget speaks, by its tag and by its first subtag.
    let own = LANGUAGES.iter().flat_map(|l| [l.tag, l.tag.split('-').next().unwrap()]);
    let known = prop::sample::select(
        own.chain([
            "en-US",
            "de-AT",
            "de_CH",
            "es-419",
            "fr-CA",
            "en-Latn-GB",
            "de-DE-1996",
            "ja",
            "pt-PT",
            "nl-BE",
            "sv-SE",
            "zh-Hant-TW",
            "eng",
            "english",
            "deu",
            "e",
            "d",
            "-de",
            "de-",
            "x-en",
            "i-klingon",
            "",
            "*",
            "<img src=x>",
        ])
        .collect::<Vec<_>>(),
    );
    let cased = (known, any::<u32>()).prop_map(|(tag, mask)| {
        tag.chars()
            .enumerate()
            .map(|(i, c)| if mask >> (i % 32) & 1 == 1 { c.to_ascii_uppercase() } else { c })
            .collect()
    });
    let padded = (cased, prop::sample::select(vec!["", " ", "\t", "\u{feff}", "\u{a0}"]))
        .prop_map(|(tag, pad): (String, &str)| format!("{pad}{tag}{pad}"));
    prop_oneof![4 => padded, 1 => "\\PC{0,12}"]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    /// Negotiation and the fallback order follow the rule above: the first
    /// preferred tag it matches decides; the order to try is every match,
    /// each once, in the reader's order, then English if not already there.
    #[test]
    fn negotiation_follows_the_documented_rule(preferred in prop::collection::vec(preferred_tag(), 0..6)) {
        let tags = || preferred.iter().map(String::as_str);
        let first = tags().find_map(expected).unwrap_or("en-GB");
        prop_assert_eq!(negotiate(tags()).tag, first);
        for tag in tags() {
            prop_assert_eq!(find_language(tag).map(|l| l.tag), expected(tag), "{:?}", tag);
        }
        let mut order: Vec<&str> = Vec::new();
        for tag in tags().filter_map(expected).chain(["en-GB"]) {
            if !order.contains(&tag) {
                order.push(tag);
            }
        }
        let found: Vec<&str> = preference(tags()).iter().map(|l| l.tag).collect();
        prop_assert_eq!(&found, &order);
        prop_assert_eq!(found[0], first);
    }
}

#[test]
fn a_link_made_on_a_page_with_a_language_option_leaves_the_language_to_its_reader() {
    assert_eq!(share::without_params("https://x.example/quiz?lang=de-DE", &["lang"]), "https://x.example/quiz");
    assert_eq!(share::without_params("https://x.example/?a=1&lang=de&b=2", &["lang"]), "https://x.example/?a=1&b=2");
    assert_eq!(
        share::without_params("https://x.example/?language=de#r=x", &["lang"]),
        "https://x.example/?language=de"
    );
    assert_eq!(share::without_params("https://x.example/", &["lang"]), "https://x.example/");
}

/// Every string of a language, wherever the widget shows it.
fn every_string(locale: &rolefit_bank::model::Locale) -> Vec<&'static str> {
    let dimensions = locale.dimensions.iter().flat_map(|d| [d.name, d.about]);
    let items = locale.items.iter().flat_map(|i| std::iter::once(i.text).chain(i.options.iter().copied()));
    let profiles = [&locale.profiles.owner, &locale.profiles.manager].into_iter().flat_map(|p| {
        [p.name, p.summary, p.focus, p.starts]
            .into_iter()
            .chain(p.skills.iter().copied())
            .chain(p.metrics.iter().copied())
    });
    dimensions.chain(items).chain(profiles).chain(locale.ui.to_array()).collect()
}

#[test]
fn french_puts_a_no_break_space_before_its_high_punctuation() {
    // French typography: a no-break space (or its narrow form) before : ; ! ?
    // so the mark never starts a line on its own.
    let french = decoded("fr-FR");
    let wrong: Vec<_> = every_string(&french)
        .into_iter()
        .filter(|text| {
            let chars: Vec<char> = text.chars().collect();
            chars
                .windows(2)
                .any(|pair| matches!(pair[1], ':' | ';' | '!' | '?') && !matches!(pair[0], '\u{a0}' | '\u{202f}'))
        })
        .collect();
    assert!(wrong.is_empty(), "fr-FR strings without a no-break space before : ; ! or ?: {wrong:#?}");
}
