//! An invalid bank must fail the build with a message naming the file, the
//! item and the problem. These tests run the same loader `build.rs` runs,
//! on small fixture banks.
#![cfg(not(target_arch = "wasm32"))]

mod model {
    pub use rolefit::bank::model::*;
}

#[allow(dead_code)]
#[path = "../src/bank/load.rs"]
mod load;

use load::{Sources, load};

const UI: &str = include_str!("../questions/ui.toml");
const PROFILES: &str = include_str!("../questions/profiles.toml");

/// One dimension with `count` scale items (balanced by construction), then
/// `extra` appended.
fn bank_of(count: usize, extra: &str) -> String {
    let mut toml = String::from("[[dimension]]\nid = \"focus\"\nname = \"Focus\"\nabout = \"Time horizon.\"\n");
    for (n, leans) in ["owner", "manager"].iter().cycle().take(count).enumerate() {
        toml += &format!(
            "\n[[item]]\nid = \"s{n}\"\ndimension = \"focus\"\nkind = \"scale\"\nleans = \"{leans}\"\ntext = \"Statement {n}.\"\n"
        );
    }
    toml + extra
}

fn bank(extra: &str) -> String {
    bank_of(5, extra)
}

fn problems_with(bank: &str, profiles: &str, ui: &str) -> Vec<String> {
    match load(&Sources { bank, profiles, ui }) {
        Ok(_) => Vec::new(),
        Err(problems) => problems.iter().map(ToString::to_string).collect(),
    }
}

fn problems(bank: &str) -> Vec<String> {
    problems_with(bank, PROFILES, UI)
}

const CHOICE: &str = r#"
[[item]]
id = "c1"
dimension = "focus"
kind = "choice"
text = "Pick one."
  [[item.option]]
  text = "Owner thing"
  owner = 4
  manager = 0
  [[item.option]]
  text = "Manager thing"
  owner = 0
  manager = 4
"#;

#[test]
fn the_fixture_bank_is_valid() {
    assert_eq!(problems(&bank(CHOICE)), Vec::<String>::new());
}

#[test]
fn the_shipped_bank_is_valid_and_is_what_the_widget_embeds() {
    let content = load(&Sources { bank: include_str!("../questions/bank.toml"), profiles: PROFILES, ui: UI })
        .unwrap_or_else(|p| panic!("{p:#?}"));
    assert_eq!(content, rolefit::bank::CONTENT);
    assert!(content.bank.items.len() >= 15);
}

#[test]
fn unknown_dimension() {
    let bad = CHOICE.replace("dimension = \"focus\"", "dimension = \"vibes\"");
    assert_eq!(problems(&bank(&bad)), ["questions/bank.toml: item `c1`: unknown dimension `vibes` (known: focus)"]);
}

#[test]
fn missing_weight() {
    let bad = CHOICE.replacen("  owner = 4\n", "", 1);
    assert_eq!(problems(&bank(&bad)), ["questions/bank.toml: item `c1`, option 1: missing weight `owner`"]);
}

#[test]
fn out_of_range_weight() {
    let bad = CHOICE.replacen("manager = 4", "manager = 7", 1);
    assert_eq!(
        problems(&bank(&bad)),
        ["questions/bank.toml: item `c1`, option 2: weight `manager` = 7 is out of range 0 to 4"]
    );
    let negative = CHOICE.replacen("owner = 0", "owner = -1", 1);
    assert_eq!(
        problems(&bank(&negative)),
        ["questions/bank.toml: item `c1`, option 2: weight `owner` = -1 is out of range 0 to 4"]
    );
}

#[test]
fn duplicate_id() {
    let bad = CHOICE.replace("id = \"c1\"", "id = \"s2\"");
    assert_eq!(problems(&bank(&bad)), ["questions/bank.toml: item `s2`: duplicate id: another item already uses it"]);
}

#[test]
fn empty_text() {
    let bad = CHOICE.replace("text = \"Pick one.\"", "text = \"  \"");
    assert_eq!(problems(&bank(&bad)), ["questions/bank.toml: item `c1`: `text` is empty"]);
    let bad_option = CHOICE.replace("text = \"Owner thing\"", "text = \"\"");
    assert_eq!(problems(&bank(&bad_option)), ["questions/bank.toml: item `c1`, option 1: `text` is empty"]);
}

#[test]
fn too_few_items_in_a_dimension() {
    assert_eq!(
        problems(&bank_of(4, "")),
        ["questions/bank.toml: dimension `focus`: has 4 items; every dimension needs at least 5"]
    );
}

#[test]
fn a_bank_that_favours_one_role_by_construction() {
    let bad = CHOICE.replacen("manager = 4", "manager = 3", 1);
    assert_eq!(
        problems(&bank(&bad)),
        ["questions/bank.toml: dimension `focus`: favours product owner by construction: the most owner points \
          anyone can reach here are 24, the most manager points 23; they must be equal"]
    );
}

#[test]
fn unknown_kind_and_bad_leans() {
    let bad = CHOICE.replace("kind = \"choice\"", "kind = \"slider\"");
    assert_eq!(
        problems(&bank(&bad)),
        ["questions/bank.toml: item `c1`: unknown kind `slider`: use \"choice\" or \"scale\""]
    );
    let leans = bank("").replacen("leans = \"owner\"", "leans = \"ceo\"", 1);
    assert_eq!(
        problems(&leans),
        ["questions/bank.toml: item `s0`: `leans` = \"ceo\" is not a role: use \"owner\" or \"manager\""]
    );
}

#[test]
fn broken_toml_names_the_file_and_line() {
    let found = problems(&(bank("") + "\n[[item]\n"));
    assert_eq!(found.len(), 1);
    assert!(found[0].starts_with("questions/bank.toml: cannot read it:"), "{}", found[0]);
    assert!(found[0].contains("line 41"), "{}", found[0]);
}

#[test]
fn every_problem_is_reported_at_once() {
    let bad = CHOICE.replacen("  owner = 4\n", "", 1).replace("dimension = \"focus\"", "dimension = \"vibes\"");
    assert_eq!(problems(&bank(&bad)).len(), 2);
}

#[test]
fn ui_strings_missing_or_unknown() {
    let missing = UI.replace("retake = ", "# retake = ");
    assert_eq!(problems_with(&bank(""), PROFILES, &missing), ["questions/ui.toml: key `retake`: is missing"]);
    let extra = format!("{UI}\nretakke = \"Again\"\n");
    assert_eq!(
        problems_with(&bank(""), PROFILES, &extra),
        ["questions/ui.toml: key `retakke`: is not a string the widget uses (misspelt?)"]
    );
}

#[test]
fn profiles_need_every_field() {
    let bad = PROFILES.replacen("name = \"Product owner\"", "name = \"\"", 1);
    assert_eq!(problems_with(&bank(""), &bad, UI), ["questions/profiles.toml: [owner]: `name` is empty"]);
}
