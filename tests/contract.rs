//! The contract that JavaScript and the end-to-end tests are generated from
//! (`src/contract.rs`): its link fixtures are what the codec says they are.
#![cfg(not(target_arch = "wasm32"))]

use rolefit::contract::{self, link_fixtures};
use rolefit::core::bank::CONTENT;
use rolefit::core::share::{self, LinkError, Shared};

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
