//! The share-link codec: round trips, every class of bad link, and links
//! from released banks that must keep opening.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use rolefit::core::bank::CONTENT;
mod common;

use common::answers_toward;
use rolefit::core::scoring::{Answer, Role, score, strongest_option};
use rolefit::core::share::{LinkError, Recorded, Shared, code_in_fragment, decode, encode, link, seal};

const FP: u64 = CONTENT.fingerprint;

fn complete_answers() -> impl Strategy<Value = Vec<Answer>> {
    CONTENT.bank.items.iter().map(|item| (0..item.options.len() as u8).prop_map(Some)).collect::<Vec<_>>()
}

fn decode_now(code: &str) -> Result<Shared, LinkError> {
    decode(&CONTENT.bank, FP, code)
}

/// The header of a link for the current bank, before answers and checksum.
fn header(version: u8, fingerprint: u64, n: u8, fits: (u8, u8)) -> Vec<u8> {
    let folded = ((fingerprint >> 32) ^ fingerprint) as u32;
    let mut bytes = vec![version];
    bytes.extend_from_slice(&folded.to_be_bytes());
    bytes.extend_from_slice(&[n, fits.0, fits.1]);
    bytes
}

/// Links made by released versions of the bank. Never delete an entry: when
/// the bank or scoring changes, add links made by the new version below the
/// old ones. Each must keep opening: exactly while its fingerprint matches,
/// and as the recorded fits once the questions have changed.
const RELEASED: &[(&str, &str, u8, u8)] = &[
    ("bank 1: all owner", "AderF18SZAAUAAQkA0A0AQR_KQ", 100, 0),
    ("bank 1: all manager", "AderF18SAGQAQ0AQQgQAQkCYjg", 0, 100),
    ("bank 1: owner and manager in turn", "AderF18SMjIQAwAgAkQwAgCthg", 50, 50),
    // Bank 2: scoring version 2 (uncertainty and consistency), link format 2.
    ("bank 2: all owner", "AhPkfDcSZAAKABQABCQDQDQBBKN3", 100, 0),
    ("bank 2: all manager", "AhPkfDcSAGQKAABDQBBCBABCQGe-", 0, 100),
    ("bank 2: owner and manager in turn", "AhPkfDcSMjIYARADACACRDACAGcw", 50, 50),
    // Bank 3: the items rewritten to one claim each; fits are shares that add up to 100.
    ("bank 3: all owner", "AvQX0I0SZAAKABQBBCQDQDQBBLFI", 100, 0),
    ("bank 3: all manager", "AvQX0I0SAGQKAABAQBBCBABCQGoG", 0, 100),
    ("bank 3: owner and manager in turn", "AvQX0I0SMjIYARAAACACRDACAHNQ", 50, 50),
];

#[test]
fn released_links_keep_opening_honestly() {
    // The newest bank's links must open exactly, not just honestly.
    let newest = RELEASED.iter().rev().take(3);
    for (what, code, ..) in newest {
        assert!(matches!(decode_now(code), Ok(Shared::Exact(_))), "{what} should be exact while its bank is current");
    }
    for (what, code, owner_fit, manager_fit) in RELEASED {
        match decode_now(code) {
            Ok(Shared::Exact(answers)) => {
                let outcome = score(&CONTENT.bank, &answers);
                assert_eq!((outcome.owner_fit, outcome.manager_fit), (*owner_fit, *manager_fit), "{what}");
            }
            Ok(Shared::Stale(r)) => assert_eq!((r.owner_fit, r.manager_fit), (*owner_fit, *manager_fit), "{what}"),
            Err(e) => panic!("{what}: {code} no longer opens: {e:?}"),
        }
    }
}

/// The length of the current bank's codes, from the layout in ARCHITECTURE.md
/// ("Share links"): 11 bytes of header, 4 bits per answer, a 2-byte checksum,
/// in unpadded base64url (4 characters per 3 bytes).
fn expected_code_len() -> usize {
    let bytes = 1 + 4 + 1 + 4 + CONTENT.bank.items.len().div_ceil(2) + 2;
    (bytes * 4).div_ceil(3)
}

/// The links the current bank makes are short, plain base64url after `#r=`,
/// read back to the answers they were made from, and are recorded in
/// `RELEASED` (on a failure, the message says what to add there).
#[test]
fn the_current_bank_makes_short_links() {
    let mixed: Vec<Answer> = (0..CONTENT.bank.items.len())
        .map(|i| strongest_option(&CONTENT.bank, i, if i % 2 == 0 { Role::Owner } else { Role::Manager }))
        .collect();
    let cases = [
        ("all owner", answers_toward(Role::Owner)),
        ("all manager", answers_toward(Role::Manager)),
        ("owner and manager in turn", mixed),
    ];
    assert_eq!(expected_code_len(), 28, "ARCHITECTURE.md says the default bank makes 28-character codes");
    for (what, answers) in cases {
        let code = encode(&CONTENT.bank, FP, &answers).unwrap();
        let url = link("https://jobs.example/careers?team=pm#apply", &code);
        let (base, fragment) = url.split_once('#').unwrap();
        assert_eq!(base, "https://jobs.example/careers?team=pm", "{what}: the page's own fragment is replaced");
        assert_eq!(fragment, format!("r={code}"), "{what}");
        assert_eq!(code.len(), expected_code_len(), "{what}: {code}");
        assert!(code.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'), "{what}: {code}");
        assert_eq!(code_in_fragment(fragment), Some(code.as_str()), "{what}");
        assert_eq!(decode_now(&code), Ok(Shared::Exact(answers.clone())), "{what}");
        let outcome = score(&CONTENT.bank, &answers);
        let fits = (outcome.owner_fit, outcome.manager_fit);
        assert!(
            RELEASED.iter().any(|(_, released, owner, manager)| *released == code && (*owner, *manager) == fits),
            "{what}: add (\"bank N: {what}\", \"{code}\", {}, {}) to RELEASED",
            fits.0,
            fits.1
        );
    }
}

#[test]
fn unfinished_quizzes_cannot_be_shared() {
    let mut answers = answers_toward(Role::Owner);
    answers[4] = None;
    assert_eq!(encode(&CONTENT.bank, FP, &answers), None);
}

#[test]
fn a_link_from_other_questions_shows_only_the_recorded_fits() {
    let code = seal(&[header(1, FP ^ 0xdead_beef, 12, (70, 30)), vec![0; 6]].concat());
    // A version 1 link was judged without uncertainty or consistency.
    let recorded = Recorded { owner_fit: 70, manager_fit: 30, uncertainty: 10, low_consistency: false };
    assert_eq!(decode_now(&code), Ok(Shared::Stale(recorded)));
}

#[test]
fn a_link_from_other_questions_must_still_add_up() {
    // Shown on their own, its recorded numbers are all there is to check.
    let other = FP ^ 0xdead_beef;
    let v2 = |fits: (u8, u8), uncertainty: u8, flags: u8| {
        seal(&[header(2, other, 12, fits), vec![uncertainty, flags], vec![0; 6]].concat())
    };
    for (what, code) in [
        ("both roles 100", v2((100, 100), 10, 0)),
        ("both roles 0", v2((0, 0), 10, 0)),
        ("fits adding up to 99", v2((49, 50), 10, 0)),
        ("fits adding up to 102", v2((51, 51), 10, 0)),
        ("an uncertainty below the least there is", v2((70, 30), 9, 0)),
        ("an uncertainty above 100", v2((70, 30), 101, 0)),
        ("an unknown flag", v2((70, 30), 10, 2)),
        ("version 1, both roles 100", seal(&[header(1, other, 12, (100, 100)), vec![0; 6]].concat())),
    ] {
        assert_eq!(decode_now(&code), Err(LinkError::Inconsistent), "{what}");
    }
    // The first banks rounded each fit on its own: 12.5 and 87.5 became 13 and 88.
    let recorded = Recorded { owner_fit: 13, manager_fit: 88, uncertainty: 24, low_consistency: true };
    assert_eq!(decode_now(&v2((13, 88), 24, 1)), Ok(Shared::Stale(recorded)));
}

#[test]
fn version_0_is_damaged_not_newer() {
    let n = CONTENT.bank.items.len() as u8;
    let answers = vec![0u8; usize::from(n).div_ceil(2)];
    for fingerprint in [FP, FP ^ 1] {
        let code = seal(&[header(0, fingerprint, n, (50, 50)), vec![10, 0], answers.clone()].concat());
        assert_eq!(decode_now(&code), Err(LinkError::Inconsistent));
    }
}

#[test]
fn every_bad_link_class_gets_its_typed_error() {
    let n = CONTENT.bank.items.len() as u8;
    let good = encode(&CONTENT.bank, FP, &answers_toward(Role::Owner)).unwrap();
    let answers = vec![0u8; usize::from(n).div_ceil(2)];
    let cases: Vec<(&str, String, LinkError)> = vec![
        ("empty", String::new(), LinkError::Empty),
        ("very long", "A".repeat(201), LinkError::TooLong),
        ("not base64", "not a link!".into(), LinkError::NotBase64),
        ("truncated", good[..good.len() - 4].into(), LinkError::Truncated),
        ("extra characters", format!("{good}AAAA"), LinkError::TrailingData),
        ("edited character", edit(&good, 12), LinkError::Checksum),
        (
            "unknown version",
            seal(&[header(9, FP, n, (50, 50)), answers.clone()].concat()),
            LinkError::UnknownVersion(9),
        ),
        (
            "wrong number of answers",
            seal(&[header(1, FP, n - 2, (50, 50)), vec![0; usize::from(n - 2).div_ceil(2)]].concat()),
            LinkError::WrongAnswerCount { expected: usize::from(n), found: usize::from(n - 2) },
        ),
        (
            "out-of-range answer",
            seal(&[header(1, FP, n, (50, 50)), vec![0x90], answers[1..].to_vec()].concat()),
            LinkError::AnswerOutOfRange { item: 0 },
        ),
        ("fits above 100", seal(&[header(1, FP, n, (150, 0)), answers.clone()].concat()), LinkError::Inconsistent),
        (
            "fits the answers do not give",
            seal(&[header(1, FP, n, (100, 0)), answers].concat()),
            LinkError::Inconsistent,
        ),
    ];
    for (what, code, error) in cases {
        assert_eq!(decode_now(&code), Err(error), "{what}: {code}");
    }
}

#[test]
fn random_text_is_damaged_not_a_newer_version() {
    for text in ["HelloWorldThisIsNotALink", "AAAAAAAAAAAAAAAAAAAAAAAA", "r0lef1t-r0lef1t_r0lef1t"] {
        let error = decode_now(text).unwrap_err();
        assert!(!matches!(error, LinkError::UnknownVersion(_)), "{text}: {error:?}");
    }
}

fn edit(code: &str, at: usize) -> String {
    let mut chars: Vec<char> = code.chars().collect();
    chars[at] = if chars[at] == 'A' { 'B' } else { 'A' };
    chars.into_iter().collect()
}

#[test]
fn no_single_character_edit_or_truncation_goes_unnoticed() {
    let good = encode(&CONTENT.bank, FP, &answers_toward(Role::Manager)).unwrap();
    let alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    for at in 0..good.len() {
        for c in alphabet.chars().filter(|&c| Some(c) != good.chars().nth(at)) {
            let mut edited: Vec<char> = good.chars().collect();
            edited[at] = c;
            let edited: String = edited.into_iter().collect();
            assert!(decode_now(&edited).is_err(), "{edited}");
        }
    }
    for len in 0..good.len() {
        assert!(decode_now(&good[..len]).is_err(), "{}", &good[..len]);
    }
}

#[test]
fn fragments_and_links() {
    assert_eq!(code_in_fragment("#r=AbC"), Some("AbC"));
    assert_eq!(code_in_fragment("#utm=x&r=AbC&y"), Some("AbC"));
    assert_eq!(code_in_fragment("#r="), Some(""));
    assert_eq!(code_in_fragment("#results"), None);
    // As chat apps pass them on: an encoded "=", a capital name.
    assert_eq!(code_in_fragment("#r%3DAbC"), Some("AbC"));
    assert_eq!(code_in_fragment("#utm=x&r%3dAbC"), Some("AbC"));
    assert_eq!(code_in_fragment("#R=AbC"), Some("AbC"));
    assert_eq!(code_in_fragment("#R%3D"), Some(""));
    assert_eq!(code_in_fragment("#r%3"), None);
    assert_eq!(code_in_fragment("#rr=AbC"), None);
    assert_eq!(code_in_fragment(""), None);
    assert_eq!(link("https://example.com/careers?team=x#top", "AbC"), "https://example.com/careers?team=x#r=AbC");
}

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::with_cases(10_000) })]

    #[test]
    fn encode_then_decode_is_the_identity(answers in complete_answers()) {
        let code = encode(&CONTENT.bank, FP, &answers).expect("complete answers encode");
        prop_assert_eq!(code.len(), expected_code_len(), "every complete run makes a code of one length");
        prop_assert_eq!(decode_now(&code), Ok(Shared::Exact(answers)));
    }

    #[test]
    fn any_text_decodes_to_a_result_or_a_typed_error(code in "\\PC{0,250}") {
        let _ = decode_now(&code);
    }

    #[test]
    fn a_checked_link_from_other_questions_shows_only_numbers_that_add_up(
        version in 0u8..4,
        n in any::<u8>(),
        fits in (any::<u8>(), any::<u8>()),
        judged in (any::<u8>(), any::<u8>()),
    ) {
        let other = FP ^ 0x0102_0304;
        let extra = if version == 1 { vec![] } else { vec![judged.0, judged.1] };
        let code = seal(&[header(version, other, n, fits), extra, vec![0; usize::from(n).div_ceil(2)]].concat());
        match decode_now(&code) {
            Ok(Shared::Stale(r)) => {
                prop_assert!((100..=101).contains(&(u16::from(r.owner_fit) + u16::from(r.manager_fit))), "{r:?}");
                prop_assert!((10..=100).contains(&r.uncertainty), "{r:?}");
                prop_assert!(version == 1 || version == 2);
            }
            Ok(Shared::Exact(_)) => prop_assert!(false, "another bank's link scored exactly"),
            Err(LinkError::UnknownVersion(v)) => prop_assert!(v > 2 && v == version),
            Err(_) => {}
        }
    }

    #[test]
    fn any_base64url_text_decodes_to_a_result_or_a_typed_error(code in "[A-Za-z0-9_-]{0,80}") {
        if let Ok(Shared::Exact(answers)) = decode_now(&code) {
            prop_assert_eq!(answers.len(), CONTENT.bank.items.len());
        }
    }
}
