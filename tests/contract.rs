//! The contract that JavaScript, the types and the end-to-end tests are
//! generated from (`src/contract.rs`): its link fixtures are what the codec
//! says they are, and what is shipped by hand agrees with it.
#![cfg(not(target_arch = "wasm32"))]

use rolefit::contract::{self, fill, forwarded_events, host_options, link_fixtures};
use rolefit::core::bank::{CONTENT, LANGUAGES};
use rolefit::core::events::PREFIX;
use rolefit::core::share::{self, LinkError, Shared};

const EMBED: &str = include_str!("../src/embed.js");
const TYPES: &str = include_str!("../src/embed.d.ts");
const README: &str = include_str!("../README.md");

fn fixture(name: &str) -> contract::Fixture {
    link_fixtures().1.into_iter().find(|f| f.name == name).unwrap_or_else(|| panic!("no fixture {name:?}"))
}

#[test]
fn every_link_fixture_is_read_by_the_codec_as_it_is_named() {
    // `link_fixtures` checks each against the decoder itself.
    let (good, fixtures) = link_fixtures();
    assert!(matches!(share::decode(&CONTENT.bank, CONTENT.fingerprint, &good), Ok(Shared::Exact(_))));
    let errors: Vec<_> = fixtures.iter().filter(|f| f.expected.is_err()).map(|f| f.name).collect();
    assert!(errors.len() >= 10, "{errors:?}");
    let names: Vec<_> = fixtures.iter().map(|f| f.name).collect();
    assert!(names.iter().enumerate().all(|(i, n)| !names[..i].contains(n)), "each fixture once: {names:?}");
}

#[test]
fn the_out_of_range_link_differs_from_a_good_one_only_in_its_first_answer() {
    use base64ct::{Base64UrlUnpadded, Encoding as _};
    let bytes = |code: &str| Base64UrlUnpadded::decode_vec(code).unwrap();
    let (good, bad) = (bytes(&link_fixtures().0), bytes(&fixture("out-of-range answer").code));
    let differ: Vec<usize> = (0..good.len() - 2).filter(|&i| good[i] != bad[i]).collect();
    // Only the first answer's byte, right after the header (ten bytes in
    // version 2): the uncertainty (byte 8) and the rest stay as they were.
    assert_eq!(differ, [10]);
    assert_eq!(bad[10] >> 4, 0xf);
    assert_eq!(fixture("out-of-range answer").expected, Err(LinkError::AnswerOutOfRange { item: 0 }));
}

#[test]
fn another_banks_link_shows_what_it_recorded() {
    let Ok(Shared::Stale(recorded)) = fixture("other questions").expected else { panic!("a stale link") };
    assert_eq!((recorded.owner_fit, recorded.manager_fit), (20, 80));
}

#[test]
fn embed_js_copies_nothing_the_contract_holds_and_gets_all_of_it_at_build_time() {
    assert!(!EMBED.contains("\"lang\", \"theme\""), "the options come from the contract");
    assert!(!EMBED.contains(PREFIX), "the prefix comes from the contract");
    assert!(!EMBED.contains("\"ready\", \"start\""), "the events come from the contract");
    let built = fill(EMBED).unwrap();
    assert!(!built.contains("/*contract:"));
    let options = format!("var OPTIONS = {};", serde_json::to_string(&host_options()).unwrap());
    assert!(built.contains(&options), "{options}");
    let events = format!("var EVENTS = {};", serde_json::to_string(&forwarded_events()).unwrap());
    assert!(built.contains(&events), "{events}");
    assert!(built.contains(&format!("var PREFIX = \"{PREFIX}\";")));
    assert_eq!(fill("x = /*contract:nope*/null;").unwrap_err(), "the contract has no `nope`");
}

#[test]
fn the_page_gets_every_language_and_its_words_file_at_build_time_the_default_first() {
    let page = include_str!("../index.html");
    let built = fill(page).unwrap();
    assert!(!built.contains("/*contract:"));
    let table = built.split("id=\"rolefit-words\">").nth(1).and_then(|rest| rest.split("</script>").next()).unwrap();
    let table: serde_json::Value = serde_json::from_str(table).unwrap();
    assert_eq!(table["timeout"], rolefit::core::bank::words::TIMEOUT_MS);
    let table: Vec<(String, String)> = serde_json::from_value(table["languages"].clone()).unwrap();
    let expected: Vec<(String, String)> =
        rolefit::core::bank::LANGUAGES.iter().map(|l| (l.tag.to_owned(), l.file.to_owned())).collect();
    assert_eq!(table, expected);
    assert_eq!(table[0].0, rolefit::core::bank::default_language().tag);
    assert!(table.iter().all(|(tag, file)| file.starts_with(&format!("words/{tag}-")) && file.ends_with(".txt")));
}

#[test]
fn embed_d_ts_types_every_option_and_event_of_the_contract() {
    for name in host_options() {
        assert!(TYPES.contains(&format!("{name}?:")) || TYPES.contains(&format!("\"{name}\"?:")), "{name}");
        let camel: String = name
            .split('-')
            .enumerate()
            .map(|(i, part)| if i == 0 { part.to_owned() } else { part[..1].to_uppercase() + &part[1..] })
            .collect();
        assert!(TYPES.contains(&format!("  {camel}?:")), "embed.d.ts lacks {camel}");
    }
    let all: serde_json::Value = serde_json::from_str(&contract::json()).unwrap();
    for event in all["events"]["all"].as_array().unwrap() {
        let name = event["name"].as_str().unwrap();
        assert!(README.contains(&format!("| `{name}` |")), "README's events table lacks `{name}`");
        if !forwarded_events().contains(&name) {
            continue;
        }
        assert!(TYPES.contains(&format!("\"rolefit:{name}\": CustomEvent")), "embed.d.ts lacks `{name}`");
        let details = TYPES.split("interface RolefitEventDetails").nth(1).unwrap();
        let typed = details.split(&format!("\n  {name}: ")).nth(1).unwrap_or_else(|| panic!("no detail type: {name}"));
        let typed = typed.split(";\n  /**").next().unwrap();
        for field in event["detail"].as_array().unwrap() {
            let field = field.as_str().unwrap();
            assert!(typed.contains(&format!("{field}:")), "embed.d.ts: {name} lacks `{field}`");
        }
    }
}

#[test]
fn the_readme_documents_every_option_a_page_may_set() {
    let table = README.split("### Options").nth(1).and_then(|rest| rest.split("\n### ").next()).unwrap();
    for name in host_options() {
        assert!(table.contains(&format!("| `{name}`")) || table.contains(&format!(", `{name}` |")), "README: {name}");
    }
}

#[test]
fn no_hand_written_file_lists_the_languages() {
    let tags: Vec<_> = LANGUAGES.iter().map(|l| l.tag).collect();
    for (file, text) in [
        ("src/embed.d.ts", TYPES),
        ("src/configurator/index.html", include_str!("../src/configurator/index.html")),
        ("src/configurator/rules.js", include_str!("../src/configurator/rules.js")),
        ("e2e/bench.mjs", include_str!("../e2e/bench.mjs")),
        ("e2e/tests/screenshots.spec.js", include_str!("../e2e/tests/screenshots.spec.js")),
    ] {
        let listed = tags.iter().filter(|tag| text.contains(*tag)).count();
        assert!(listed < tags.len(), "{file} lists the languages ({listed} of them); read them from the contract");
    }
    let configurator = contract::configurator_script();
    assert!(configurator.starts_with("// Generated"));
    for language in LANGUAGES {
        assert!(configurator.contains(&format!("\"tag\":\"{}\"", language.tag)), "{}", language.tag);
    }
}
