//! An invalid bank must fail the build with a message naming the file, the
//! item and the problem. These tests run the same loader `build.rs` runs,
//! on small fixture banks.
#![cfg(not(target_arch = "wasm32"))]

use load::{LocaleSources, Sources, load};
use rolefit_bank::load;

const UI: &str = include_str!("../questions/en-GB/ui.toml");
const PROFILES: &str = include_str!("../questions/en-GB/profiles.toml");

/// One dimension with `count` scale items, leaning owner and manager in
/// turn (balanced when `count` is even), then `extra` appended.
fn bank_of(count: usize, extra: &str) -> String {
    let mut toml = String::from("[[dimension]]\nid = \"focus\"\n");
    for (n, leans) in ["owner", "manager"].iter().cycle().take(count).enumerate() {
        toml += &format!("\n[[item]]\nid = \"s{n}\"\ndimension = \"focus\"\nkind = \"scale\"\nleans = \"{leans}\"\n");
    }
    toml + extra
}

fn bank(extra: &str) -> String {
    bank_of(6, extra)
}

/// Words for every dimension, item and option of a structure file, as a
/// complete language would supply them.
fn items_for(bank: &str) -> String {
    let value: toml::Table = toml::from_str(bank).unwrap_or_default();
    let list = |key: &str| value.get(key).and_then(|v| v.as_array()).cloned().unwrap_or_default();
    let mut items = String::new();
    for d in list("dimension") {
        items += &format!("[dimension.{}]\nname = \"Name\"\nabout = \"About.\"\n\n", d["id"].as_str().unwrap_or("x"));
    }
    for item in list("item") {
        items += &format!("[item.{}]\ntext = \"Question?\"\n", item["id"].as_str().unwrap_or("x"));
        for option in item.get("option").and_then(|o| o.as_array()).into_iter().flatten() {
            if let Some(id) = option.get("id").and_then(|id| id.as_str()) {
                items += &format!("option.{id} = \"Answer\"\n");
            }
        }
        items += "\n";
    }
    items
}

/// The problems with a bank worded by English and German files.
fn problems_in(bank: &str, en_items: &str, de_items: &str, de_ui: &str, de_profiles: &str) -> Vec<String> {
    let locales = [
        LocaleSources { tag: "en-GB", items: en_items, profiles: PROFILES, ui: UI },
        LocaleSources { tag: "de-DE", items: de_items, profiles: de_profiles, ui: de_ui },
    ];
    match load(&Sources { bank, locales: &locales }) {
        Ok(_) => Vec::new(),
        Err(problems) => problems.iter().map(ToString::to_string).collect(),
    }
}

/// The problems with a bank whose languages word it completely.
fn problems(bank: &str) -> Vec<String> {
    let items = items_for(bank);
    problems_in(bank, &items, &items, UI, PROFILES)
}

/// The problems when German has these words for [`bank`]`(CHOICE)`.
fn german_problems(de_items: &str) -> Vec<String> {
    let bank = bank(CHOICE);
    problems_in(&bank, &items_for(&bank), de_items, UI, PROFILES)
}

const CHOICE: &str = r#"
[[item]]
id = "c1"
dimension = "focus"
kind = "choice"
  [[item.option]]
  id = "own"
  owner = 4
  manager = 0
  [[item.option]]
  id = "mgr"
  owner = 0
  manager = 4
"#;

#[test]
fn the_fixture_bank_is_valid() {
    assert_eq!(problems(&bank(CHOICE)), Vec::<String>::new());
}

#[test]
fn the_shipped_bank_is_valid_and_is_what_the_widget_embeds() {
    let files = load::Files::read(std::path::Path::new(".")).unwrap();
    let tags: Vec<&str> = files.locales.iter().map(|(tag, _)| tag.as_str()).collect();
    assert!(tags.len() >= 2 && tags[0] == "en-GB", "English first, German too: {tags:?}");
    let loaded = files.load().unwrap_or_else(|p| panic!("{p:#?}"));
    assert_eq!(loaded.content, rolefit::core::bank::CONTENT);
    assert!(loaded.content.bank.items.len() >= 15);
    assert_eq!(loaded.locales.iter().map(|l| l.tag).collect::<Vec<_>>(), tags);
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
    let bank = bank(CHOICE);
    let items = items_for(&bank);
    let empty = items.replace("[item.c1]\ntext = \"Question?\"", "[item.c1]\ntext = \"  \"");
    assert_eq!(
        problems_in(&bank, &empty, &items, UI, PROFILES),
        ["questions/en-GB/items.toml: item `c1`: `text` is empty"]
    );
    let bad_option = items.replace("option.own = \"Answer\"", "option.own = \"\"");
    assert_eq!(
        problems_in(&bank, &items, &bad_option, UI, PROFILES),
        ["questions/de-DE/items.toml: item `c1`, option `own`: text is empty"]
    );
}

#[test]
fn a_language_lacking_words_names_the_language_and_the_key() {
    let items = items_for(&bank(CHOICE));
    let no_item =
        items.replace("[item.c1]\ntext = \"Question?\"\noption.own = \"Answer\"\noption.mgr = \"Answer\"\n", "");
    assert_eq!(german_problems(&no_item), ["questions/de-DE/items.toml: item `c1`: has no words: add its `text`"]);
    let no_option = items.replace("option.mgr = \"Answer\"\n", "");
    assert_eq!(german_problems(&no_option), ["questions/de-DE/items.toml: item `c1`, option `mgr`: missing text"]);
    let no_text = items.replace("[item.s3]\ntext = \"Question?\"\n", "[item.s3]\n");
    assert_eq!(german_problems(&no_text), ["questions/de-DE/items.toml: item `s3`: missing `text`"]);
    let no_dimension = items.replace("name = \"Name\"\n", "");
    assert_eq!(german_problems(&no_dimension), ["questions/de-DE/items.toml: dimension `focus`: missing `name`"]);
    let missing = UI.replace("retake = ", "# retake = ");
    let bank = bank(CHOICE);
    assert_eq!(
        problems_in(&bank, &items, &items, &missing, PROFILES),
        ["questions/de-DE/ui.toml: key `retake`: is missing"]
    );
}

#[test]
fn a_language_with_extra_words_or_unknown_items_names_the_language_and_the_key() {
    let items = items_for(&bank(CHOICE));
    let unknown_item = format!("{items}[item.c9]\ntext = \"Who asks this?\"\n");
    assert_eq!(
        german_problems(&unknown_item),
        ["questions/de-DE/items.toml: item `c9`: refers to an unknown item (not in questions/bank.toml)"]
    );
    let unknown_option = items.replace("option.mgr = \"Answer\"\n", "option.mgr = \"Answer\"\noption.ceo = \"Boss\"\n");
    assert_eq!(
        german_problems(&unknown_option),
        [
            "questions/de-DE/items.toml: item `c1`, option `ceo`: refers to an unknown option (not in questions/bank.toml)"
        ]
    );
    let unknown_dimension = format!("{items}[dimension.vibes]\nname = \"Vibes\"\nabout = \"?\"\n");
    assert_eq!(
        german_problems(&unknown_dimension),
        ["questions/de-DE/items.toml: dimension `vibes`: refers to an unknown dimension (not in questions/bank.toml)"]
    );
    let scale_option =
        items.replace("[item.s0]\ntext = \"Question?\"\n", "[item.s0]\ntext = \"Question?\"\noption.a = \"A\"\n");
    assert_eq!(
        german_problems(&scale_option),
        [
            "questions/de-DE/items.toml: item `s0`: is a scale item: its points are worded once, by the `scale_…` keys in ui.toml"
        ]
    );
    let weights = items.replace("option.own = \"Answer\"", "option.own = \"Answer\"\nowner = 4");
    let found = german_problems(&weights);
    assert_eq!(found.len(), 1);
    assert!(
        found[0].starts_with("questions/de-DE/items.toml: cannot read it:") && found[0].contains("owner"),
        "{found:?}"
    );
    let bank = bank(CHOICE);
    let extra = format!("{UI}\nretakke = \"Nochmal\"\n");
    assert_eq!(
        problems_in(&bank, &items, &items, &extra, PROFILES),
        ["questions/de-DE/ui.toml: key `retakke`: is not a string the widget uses (misspelt?)"]
    );
}

#[test]
fn the_default_language_must_be_there() {
    let bank = bank(CHOICE);
    let items = items_for(&bank);
    let locales = [LocaleSources { tag: "de-DE", items: &items, profiles: PROFILES, ui: UI }];
    let found: Vec<String> =
        load(&Sources { bank: &bank, locales: &locales }).unwrap_err().iter().map(ToString::to_string).collect();
    assert_eq!(found, ["questions: the default language `en-GB` must be there (as `questions/en-GB/`)"]);
}

#[test]
fn too_few_items_in_a_dimension() {
    assert_eq!(
        problems(&bank_of(4, "")),
        ["questions/bank.toml: dimension `focus`: has 4 items; every dimension needs at least 5"]
    );
}

#[test]
fn an_answer_must_split_four_points_between_the_roles() {
    let bad = CHOICE.replacen("manager = 4", "manager = 3", 1);
    assert_eq!(
        problems(&bank(&bad)),
        ["questions/bank.toml: item `c1`, option 2: weights owner = 0 and manager = 3 add up to 3; every answer \
          splits 4 points between the two roles (for example 3 and 1)"]
    );
}

#[test]
fn a_choice_option_needs_its_mirror_so_both_roles_are_equally_offered() {
    let lopsided = CHOICE.replacen("owner = 0\n  manager = 4", "owner = 1\n  manager = 3", 1);
    assert_eq!(
        problems(&bank(&lopsided)),
        [
            "questions/bank.toml: item `c1`, option `own`: 1 option(s) with owner 4, manager 0 but 0 with owner 0, \
             manager 4: a choice item's options must lean to both roles in equal measure",
            "questions/bank.toml: item `c1`, option `mgr`: 1 option(s) with owner 1, manager 3 but 0 with owner 3, \
             manager 1: a choice item's options must lean to both roles in equal measure",
        ]
    );
    // Mirrors are counted: two owner options need two manager ones.
    let doubled = CHOICE.replacen(
        "  [[item.option]]\n  id = \"mgr\"",
        "  [[item.option]]\n  id = \"own2\"\n  owner = 4\n  manager = 0\n  [[item.option]]\n  id = \"mgr\"",
        1,
    );
    assert_eq!(
        problems(&bank(&doubled)),
        ["questions/bank.toml: item `c1`, option `own`: 2 option(s) with owner 4, manager 0 but 1 with owner 0, \
          manager 4: a choice item's options must lean to both roles in equal measure"]
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
    assert!(found[0].contains("line 40"), "{}", found[0]);
}

#[test]
fn every_problem_is_reported_at_once() {
    let bad = CHOICE.replacen("  owner = 4\n", "", 1).replace("dimension = \"focus\"", "dimension = \"vibes\"");
    assert_eq!(problems(&bank(&bad)).len(), 2);
}

#[test]
fn profiles_need_every_field() {
    let bad = PROFILES.replacen("name = \"Product owner\"", "name = \"\"", 1);
    let bank = bank("");
    let items = items_for(&bank);
    assert_eq!(
        problems_in(&bank, &items, &items, UI, &bad),
        ["questions/de-DE/profiles.toml: [owner]: `name` is empty"]
    );
}

#[test]
fn statements_must_pair_up_in_each_dimension() {
    assert_eq!(
        problems(&bank_of(5, "")),
        ["questions/bank.toml: dimension `focus`: has 3 statement(s) that lean owner and 2 that lean manager; give \
          each statement a partner leaning the other way, so that agreeing with everything reads as a tie"]
    );
}
