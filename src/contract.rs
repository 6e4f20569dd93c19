//! What everything outside the Rust code must agree with it on: the
//! languages, the option names, the host messages and the share-link format,
//! written out from the core itself so that nothing copies them by hand.
//!
//! Native only (never in the wasm). `examples/contract.rs` prints it: the
//! end-to-end tests read it as `e2e/generated/contract.json`, and Trunk's
//! post-build hook (`cargo xtask post-build`) fills it into `embed.js` and the
//! page's language table, and writes the configurator's part as
//! `dist/configurator/contract.js`.

use base64ct::{Base64UrlUnpadded, Encoding as _};
use serde_json::{Value, json};

use crate::core::bank::{CONTENT, LANGUAGES, words};
use crate::core::events::{self, HostEvent};
use crate::core::options::{self, names, warning};
use crate::core::scoring::{Answer, BOTH_FIT_BELOW, score};
use crate::core::share::{self, LinkError, Shared};

/// The options a host page sets: every one but those `embed.js` sets itself.
pub fn host_options() -> Vec<&'static str> {
    names::ALL.into_iter().filter(|&name| name != names::ORIGIN && name != names::SLOT).collect()
}

/// One of each host message, with a made-up result.
fn every_event() -> Vec<HostEvent> {
    let answers = vec![Some(0); CONTENT.bank.items.len()];
    vec![
        HostEvent::Ready,
        HostEvent::Start,
        HostEvent::Resume,
        HostEvent::Progress { current: 1, total: CONTENT.bank.items.len() },
        HostEvent::Complete(score(&CONTENT.bank, &answers)),
        HostEvent::Error { code: "bad-link" },
        HostEvent::Resize { height: 1 },
    ]
}

/// The events `embed.js` passes on to the host page as DOM events: all but
/// `resize`, which sizes the frame.
pub fn forwarded_events() -> Vec<&'static str> {
    every_event().iter().map(HostEvent::name).filter(|&name| name != "resize").collect()
}

/// The part host pages and the configurator need.
pub fn host_part() -> Value {
    let languages: Vec<Value> =
        LANGUAGES.iter().map(|l| json!({ "tag": l.tag, "name": l.name, "file": l.file })).collect();
    let events: Vec<Value> = every_event()
        .iter()
        .map(|event| {
            let fields: Vec<&str> = event.detail(&CONTENT.bank).iter().map(|(name, _)| *name).collect();
            json!({ "name": event.name(), "detail": fields })
        })
        .collect();
    json!({
        "languages": languages,
        // The page's table for boot.js, which requests the first screen's
        // words early: each language's tag and words file, the default
        // first, and how long the request may take.
        "words": {
            "languages": LANGUAGES.iter().map(|l| [l.tag, l.file]).collect::<Vec<_>>(),
            "timeout": words::TIMEOUT_MS,
        },
        "options": {
            "all": names::ALL,
            "host": host_options(),
            "siteOnly": names::SITE_ONLY,
            "maxLength": options::MAX_LEN,
        },
        "warnings": {
            "ignoring": warning::IGNORING,
            "lang": warning::LANG,
            "theme": warning::THEME,
            "accent": warning::ACCENT,
            "intro": warning::INTRO,
            "shareBase": warning::SHARE_BASE,
            "origin": warning::ORIGIN,
            "slot": warning::SLOT,
            "labelEmpty": warning::LABEL_EMPTY,
            "labelTooLong": warning::LABEL_TOO_LONG,
            "url": warning::URL,
            "needs": warning::NEEDS,
            "adjusted": warning::ADJUSTED,
            "onLight": warning::ON_LIGHT,
            "onDark": warning::ON_DARK,
        },
        "events": {
            "prefix": events::PREFIX,
            "measure": events::MEASURE,
            "all": events,
            "forwarded": forwarded_events(),
        },
    })
}

/// A link fixture: its code and what the widget's decoder makes of it.
pub struct Fixture {
    /// What it is, as the tests name it.
    pub name: &'static str,
    /// The code, as it follows `#r=`.
    pub code: String,
    /// The decoder's verdict, which [`link_fixtures`] has checked.
    pub expected: Result<Shared, LinkError>,
}

/// A real link's code (the current questions, every answer given), and one
/// link of each kind the widget must tell apart, each made from it the way
/// such a link comes about and checked against the real decoder.
///
/// # Panics
///
/// If the decoder reads a fixture otherwise than it names: the fixture or the
/// codec is wrong, and no test should run with it.
pub fn link_fixtures() -> (String, Vec<Fixture>) {
    let (bank, fingerprint) = (&CONTENT.bank, CONTENT.fingerprint);
    // A mixed answerer, so the fits are neither 0 nor 100.
    let answers: Vec<Answer> = (0..bank.items.len()).map(|i| Some(u8::from(i % 3 == 0))).collect();
    let good = share::encode(bank, fingerprint, &answers).expect("every answer is given");
    let bytes = Base64UrlUnpadded::decode_vec(&good).expect("a code the codec made");
    let body = &bytes[..bytes.len() - 2];
    let n = body[5];
    let answers_at = share::header_len(share::VERSION).expect("the current version has a header");
    let with = |edit: &dyn Fn(&mut Vec<u8>)| {
        let mut copy = body.to_vec();
        edit(&mut copy);
        share::seal(&copy)
    };
    let edited = {
        let mut chars: Vec<char> = good.chars().collect();
        chars[10] = if chars[10] == 'A' { 'B' } else { 'A' };
        chars.into_iter().collect::<String>()
    };
    // Another bank's link in the first format: another fingerprint, a manager
    // result of 20 to 80, and the answers of a longer bank.
    let mut other = vec![1, body[1] ^ 0xff, body[2], body[3], body[4], 20, 20, 80, 0x12, 0x34];
    other.extend([0; 8]);
    let stale = share::Recorded { owner_fit: 20, manager_fit: 80, uncertainty: BOTH_FIT_BELOW, low_consistency: false };
    let items = bank.items.len();
    let fixtures = vec![
        ("good", good.clone(), Ok(Shared::Exact(answers.clone()))),
        ("other questions", share::seal(&other), Ok(Shared::Stale(stale))),
        ("truncated", good[..good.len() - 5].to_owned(), Err(LinkError::Truncated)),
        ("edited character", edited, Err(LinkError::Checksum)),
        ("random text", "ThisIsJustSomeRandomText42".to_owned(), Err(LinkError::NotBase64)),
        ("very long", "A".repeat(400), Err(LinkError::TooLong)),
        ("not base64", "%%%not*base64!!".to_owned(), Err(LinkError::NotBase64)),
        ("unknown version", with(&|b| b[0] = 7), Err(LinkError::UnknownVersion(7))),
        ("version 0", with(&|b| b[0] = 0), Err(LinkError::Inconsistent)),
        ("trailing data", with(&|b| b.push(0)), Err(LinkError::TrailingData)),
        (
            "wrong number of answers",
            with(&|b| {
                b[5] = n - 2;
                b.pop();
            }),
            Err(LinkError::WrongAnswerCount { expected: items, found: items - 2 }),
        ),
        ("out-of-range answer", with(&|b| b[answers_at] |= 0xf0), Err(LinkError::AnswerOutOfRange { item: 0 })),
        ("fits that do not add up", with(&|b| b[6] = b[6].wrapping_add(5) % 101), Err(LinkError::Inconsistent)),
    ];
    let fixtures = fixtures
        .into_iter()
        .map(|(name, code, expected)| {
            let found = share::decode(bank, fingerprint, &code);
            assert_eq!(found, expected, "link fixture {name:?} ({code})");
            Fixture { name, code, expected }
        })
        .collect();
    (good, fixtures)
}

/// The share-link part: the format's constants, a good link, another
/// bank's link and every kind of bad link, each with the decoder's reading.
fn links_part() -> Value {
    let (good, fixtures) = link_fixtures();
    let mut stale = Value::Null;
    let mut bad = serde_json::Map::new();
    for fixture in fixtures {
        match fixture.expected {
            Ok(Shared::Exact(_)) => {}
            Ok(Shared::Stale(r)) => {
                stale = json!({ "code": fixture.code, "ownerFit": r.owner_fit, "managerFit": r.manager_fit });
            }
            Err(error) => {
                bad.insert(fixture.name.to_owned(), json!({ "code": fixture.code, "error": format!("{error:?}") }));
            }
        }
    }
    json!({
        "param": share::PARAM,
        "version": share::VERSION,
        "maxCodeLength": share::MAX_CODE_LEN,
        "good": good,
        "stale": stale,
        "bad": bad,
    })
}

/// The whole contract, as pretty JSON.
pub fn json() -> String {
    let mut contract = host_part();
    contract["links"] = links_part();
    serde_json::to_string_pretty(&contract).expect("JSON values always serialise")
}

/// The configurator's part, as a script that defines `window.rolefitContract`.
pub fn configurator_script() -> String {
    let json = serde_json::to_string(&host_part()).expect("JSON values always serialise");
    ["// Generated by `cargo xtask post-build` from the widget's own code (src/contract.rs).\nwindow.rolefitContract = ", &json, ";\n"]
        .concat()
}

/// A host file (`embed.js`, `index.html`) with the contract filled in: every
/// `/*contract:<key>*/null` becomes the value under `<key>` (`options.host`,
/// `events.prefix`, `words`, …). Fails on an unknown key, or if a
/// placeholder is left.
pub fn fill(source: &str) -> Result<String, String> {
    const OPEN: &str = "/*contract:";
    const CLOSE: &str = "*/null";
    let part = host_part();
    let mut out = String::with_capacity(source.len());
    let mut rest = source;
    while let Some(at) = rest.find(OPEN) {
        out.push_str(&rest[..at]);
        let after = &rest[at + OPEN.len()..];
        let end = after.find(CLOSE).ok_or("a contract placeholder without its `*/null`")?;
        let key = &after[..end];
        let value = key
            .split('.')
            .try_fold(&part, |value, step| value.get(step))
            .ok_or_else(|| format!("the contract has no `{key}`"))?;
        out.push_str(&serde_json::to_string(value).expect("JSON values always serialise"));
        rest = &after[end + CLOSE.len()..];
    }
    out.push_str(rest);
    Ok(out)
}
