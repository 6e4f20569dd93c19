//! Page options and the host message contract.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use rolefit::core::bank::{CONTENT, LANGUAGES};
use rolefit::core::events::{HostEvent, PREFIX, Value};
use rolefit::core::options::{CallToAction, Sources, Theme, is_http_url, names, parse};
use rolefit::core::share;
mod common;

use common::answers_toward;
use rolefit::core::scoring::{Role, score};

fn from(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
    let pairs: Vec<(String, String)> = pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    move |name| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone())
}

#[test]
fn no_options_means_the_defaults_and_no_warnings() {
    let (options, warnings) = parse(from(&[]));
    assert_eq!((options.theme, options.intro, options.accent, options.share_base), (Theme::Auto, true, None, None));
    assert!(warnings.is_empty());
}

#[test]
fn valid_options_are_taken() {
    let (options, warnings) = parse(from(&[
        ("theme", "dark"),
        ("intro", "false"),
        ("lang", "en-GB"),
        ("accent", "#0a6e5c"),
        ("share-base", "https://careers.example.com/product?team=web"),
        ("origin", "https://careers.example.com"),
        ("slot", "team-quiz"),
        ("owner-cta-label", "Our product owner roles"),
        ("owner-cta-url", "https://careers.example.com/jobs?role=po"),
    ]));
    // Teal reads on white but not on the dark card: adjusted, and said so.
    assert_eq!(warnings, ["rolefit: option accent=\"#0a6e5c\" adjusted for contrast: #479285 on the dark theme"]);
    assert_eq!((options.theme, options.intro), (Theme::Dark, false));
    assert_eq!(options.accent.unwrap().dark, "#479285", "lightened just enough for the dark card");
    assert_eq!(options.share_base.as_deref(), Some("https://careers.example.com/product?team=web"));
    assert_eq!(options.parent_origin.as_deref(), Some("https://careers.example.com"));
    assert_eq!(options.slot.as_deref(), Some("team-quiz"));
    assert_eq!(
        options.owner_cta,
        Some(CallToAction {
            label: "Our product owner roles".into(),
            url: "https://careers.example.com/jobs?role=po".into()
        })
    );
    assert_eq!(options.manager_cta, None);
}

#[test]
fn each_invalid_option_is_dropped_with_one_warning_naming_it() {
    let cases = [
        ("theme", "neon"),
        ("intro", "maybe"),
        ("lang", "tlh"),
        ("accent", "red; background: url(x)"),
        ("share-base", "javascript:alert(1)"),
        ("origin", "https://example.com/path"),
        ("slot", ""),
        ("slot", "line\nbreak"),
        ("owner-cta-url", "data:text/html,<script>alert(1)</script>"),
        ("manager-cta-url", "JaVaScRiPt:alert(1)"),
    ];
    for (name, value) in cases {
        let label = name.replace("-url", "-label");
        let (options, warnings) = parse(from(&[(name, value), (&label, "Jobs")]));
        assert_eq!(warnings.len(), 1, "{name}: {warnings:?}");
        assert!(warnings[0].contains(&format!("option {name}=")), "{}", warnings[0]);
        assert_eq!(options.owner_cta, None);
        assert_eq!(options.manager_cta, None);
        assert_eq!(options.share_base, None);
    }
}

#[test]
fn the_language_option_finds_a_language_by_tag_or_by_its_primary_language() {
    for (given, found) in [
        ("en-GB", "en-GB"),
        ("de-DE", "de-DE"),
        ("de", "de-DE"),
        ("DE-at", "de-DE"),
        ("en-US", "en-GB"),
        ("fr-CA", "fr-FR"),
        ("es", "es-ES"),
    ] {
        let (options, warnings) = parse(from(&[("lang", given)]));
        assert_eq!(options.lang, Some(found), "{given}");
        assert!(warnings.is_empty(), "{given}: {warnings:?}");
    }
    let (options, warnings) = parse(from(&[("lang", "sv-SE")]));
    assert_eq!(options.lang, None);
    let every: Vec<_> = LANGUAGES.iter().map(|l| l.tag).collect();
    let listed = format!("rolefit: ignoring option lang=\"sv-SE\": available languages: {}", every.join(", "));
    assert_eq!(warnings, [listed]);
}

#[test]
fn a_call_to_action_needs_both_label_and_url() {
    let (options, warnings) = parse(from(&[("owner-cta-label", "Jobs")]));
    assert_eq!(options.owner_cta, None);
    assert_eq!(warnings, ["rolefit: ignoring option owner-cta-label=\"Jobs\": it needs owner-cta-url as well"]);
}

#[test]
fn a_call_to_action_label_that_cannot_be_used_is_named_as_the_problem() {
    let url = ("owner-cta-url", "https://careers.example.com/jobs");
    let long = "x".repeat(201);
    for (label, why) in [("   ", "it is empty"), (long.as_str(), "it is longer than 200 characters")] {
        let (options, warnings) = parse(from(&[("owner-cta-label", label), url]));
        assert_eq!(options.owner_cta, None);
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(warnings[0].starts_with("rolefit: ignoring option owner-cta-label="), "{}", warnings[0]);
        assert!(warnings[0].ends_with(why), "{}", warnings[0]);
    }
    // Exactly 200 characters, any script, is still a label.
    let fits = "é".repeat(200);
    let (options, warnings) = parse(from(&[("owner-cta-label", fits.as_str()), url]));
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(options.owner_cta.map(|cta| cta.label), Some(fits));
}

#[test]
fn option_values_are_trimmed_of_unicode_white_space_and_the_byte_order_mark() {
    // What a paste can bring along unseen: a byte-order mark (U+FEFF) as well
    // as any of Unicode's White_Space, NEL (U+0085) included. The
    // configurator's rules.js trims the same set.
    for space in ['\u{feff}', '\u{85}', '\u{a0}', '\u{3000}', '\t', ' '] {
        let padded = |text: &str| format!("{space}{text}{space}");
        let (label, lang, accent) = (padded("Jobs"), padded("de"), padded("#0a6e5c"));
        let (options, warnings) = parse(from(&[
            ("owner-cta-label", label.as_str()),
            ("owner-cta-url", "https://careers.example.com/jobs"),
            ("lang", lang.as_str()),
            ("accent", accent.as_str()),
            ("theme", "light"),
        ]));
        assert!(warnings.is_empty(), "{space:?}: {warnings:?}");
        assert_eq!(options.owner_cta.map(|cta| cta.label).as_deref(), Some("Jobs"), "{space:?}");
        assert_eq!((options.lang, options.accent.is_some()), (Some("de-DE"), true), "{space:?}");
        let alone = space.to_string();
        let (_, warnings) =
            parse(from(&[("owner-cta-label", alone.as_str()), ("owner-cta-url", "https://careers.example.com/jobs")]));
        assert!(warnings.len() == 1 && warnings[0].ends_with("it is empty"), "{space:?}: {warnings:?}");
    }
    // Invisible, but not white space: kept, as rules.js keeps it.
    let (options, _) = parse(from(&[("owner-cta-label", "\u{200b}Jobs"), ("owner-cta-url", "https://a.example")]));
    assert_eq!(options.owner_cta.map(|cta| cta.label).as_deref(), Some("\u{200b}Jobs"));
}

#[test]
fn an_accent_that_fails_contrast_is_adjusted_with_a_warning() {
    let (options, warnings) = parse(from(&[("accent", "#ffd700"), ("theme", "light")]));
    let accent = options.accent.unwrap();
    assert_ne!(accent.light, "#ffd700");
    assert_eq!(warnings.len(), 1);
    assert!(warnings[0].contains("adjusted for contrast"), "{}", warnings[0]);
}

#[test]
fn only_http_urls_pass() {
    for good in
        ["https://a.example", "http://a.example/x?y=1#z", "HTTPS://A.EXAMPLE/", "https://bücher.example/stellen"]
    {
        assert!(is_http_url(good), "{good}");
    }
    for bad in [
        "",
        "https://",
        "javascript:alert(1)",
        "//evil.example",
        "https://a b",
        "https://a.example/\"><img>",
        "https://a.example/'onmouseover=x",
        "https://a.example/\tx",
        "https://a.example/\u{7f}",
        "https://a.example/`x`",
        "https://a.example/\\x",
        "https:/",
        "https?://a.example",
        "ftp://x",
    ] {
        assert!(!is_http_url(bad), "{bad}");
    }
}

#[test]
fn the_complete_event_carries_the_result_but_never_the_answers() {
    let answers: Vec<_> = answers_toward(Role::Manager);
    let event = HostEvent::Complete(score(&CONTENT.bank, &answers));
    assert_eq!(format!("{PREFIX}{}", event.name()), "rolefit:v1:complete");
    let detail = event.detail(&CONTENT.bank);
    let keys: Vec<&str> = detail.iter().map(|(k, _)| *k).collect();
    assert_eq!(keys, ["verdict", "ownerFit", "managerFit", "dimensions"]);
    assert_eq!(detail[0].1, Value::Text("manager"));
    assert_eq!(detail[2].1, Value::Number(100));
    let Value::List(dimensions) = &detail[3].1 else { panic!("dimensions is a list") };
    assert_eq!(dimensions.len(), 3);
    assert_eq!(
        dimensions[0],
        vec![("id", Value::Text("focus")), ("owner", Value::Number(0)), ("manager", Value::Number(100))]
    );
}

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::with_cases(3000) })]

    #[test]
    fn any_option_values_parse_without_panicking(values in prop::collection::vec("\\PC{0,60}", 11)) {
        let names = ["lang", "theme", "accent", "intro", "owner-cta-label", "owner-cta-url",
            "manager-cta-label", "manager-cta-url", "share-base", "origin", "slot"];
        let pairs: Vec<(&str, &str)> = names.iter().copied().zip(values.iter().map(String::as_str)).collect();
        let (options, _) = parse(from(&pairs));
        for cta in [&options.owner_cta, &options.manager_cta].into_iter().flatten() {
            prop_assert!(cta.url.to_ascii_lowercase().starts_with("http"));
        }
    }
}

/// The options of a stranger's link to the widget's own page: a button of
/// theirs and a share base that would pass it on.
const STRANGERS_LINK: &[(&str, &str)] = &[
    ("owner-cta-label", "Verify your account"),
    ("owner-cta-url", "https://evil.example/login"),
    ("manager-cta-label", "Claim your prize"),
    ("manager-cta-url", "https://evil.example/prize"),
    ("share-base", "https://evil.example/"),
    ("slot", "x"),
    ("theme", "dark"),
];

#[test]
fn a_strangers_link_puts_no_button_and_no_share_base_on_the_widgets_own_page() {
    let sources = Sources { page: from(&[]), query: from(STRANGERS_LINK), framed: false };
    let (options, warnings) = sources.parse();
    assert_eq!((options.owner_cta, options.manager_cta, options.share_base), (None, None, None));
    assert_eq!(options.theme, Theme::Dark, "options that put nothing of the site's on the page still apply");
    let named: Vec<&str> = warnings.iter().filter_map(|w| w.split(' ').nth(3)).collect();
    assert_eq!(
        named,
        ["owner-cta-label", "owner-cta-url", "manager-cta-label", "manager-cta-url", "share-base", "slot"]
    );
    assert_eq!(options.slot, None, "a stranger's link cannot hide a person's run under another slot");
    assert!(warnings.iter().all(|w| w.contains("<meta name=\"rolefit:")), "{warnings:?}");
}

#[test]
fn an_embedding_page_passes_every_option_through_the_frames_address() {
    let framed = Sources { page: from(&[]), query: from(STRANGERS_LINK), framed: true }.parse();
    assert_eq!(framed, parse(from(STRANGERS_LINK)));
    assert_eq!(framed.0.share_base.as_deref(), Some("https://evil.example/"));
}

#[test]
fn the_sites_own_page_sets_its_buttons_in_meta_tags_and_they_win_over_the_address() {
    let page = from(&[
        ("owner-cta-label", "Our product owner roles"),
        ("owner-cta-url", "https://careers.example.com/jobs?role=po"),
        ("share-base", "https://careers.example.com/quiz"),
        ("theme", "light"),
    ]);
    for framed in [false, true] {
        let (options, warnings) = Sources { page: &page, query: from(STRANGERS_LINK), framed }.parse();
        let owner = options.owner_cta.expect("the page's own call to action");
        assert_eq!(
            (owner.label.as_str(), owner.url.as_str()),
            ("Our product owner roles", "https://careers.example.com/jobs?role=po")
        );
        assert_eq!(options.share_base.as_deref(), Some("https://careers.example.com/quiz"));
        assert_eq!(options.theme, Theme::Light);
        if !framed {
            // Nothing of the stranger's link reaches the page, either.
            assert_eq!(options.manager_cta, None);
            assert_eq!(warnings.len(), 3, "{warnings:?}");
        }
    }
}

#[test]
fn a_link_made_from_the_widgets_own_address_carries_none_of_its_options() {
    let url = "https://careers.example.com/rolefit/?job=42&owner-cta-label=Verify&owner%2Dcta%2Durl=https%3A%2F%2Fevil.example&share+base=x&share-base=https%3A%2F%2Fevil.example%2F&lang=de&theme=dark#r=abc";
    assert_eq!(share::without_params(url, &names::ALL), "https://careers.example.com/rolefit/?job=42&share+base=x");
    for name in names::ALL {
        let reparsed = parse(from(&[(name, "x")]));
        assert!(reparsed.0 != parse(from(&[])).0 || !reparsed.1.is_empty(), "{name} is an option the widget reads");
    }
}
