//! Reads the TOML under `questions/`, checks it and turns it into the model.
//!
//! Compiled into `build.rs` (an invalid bank fails the build) and into native
//! tests and tools; never into the widget, so no TOML parser ships in the wasm.
//! It reaches the model through `super::model`, which both hosts provide.

use super::model::{AnswerOption, Bank, Content, Dimension, Item, Kind, MAX_WEIGHT, Profile, Profiles, Ui};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// Where each source lives, relative to the crate root.
pub const BANK_FILE: &str = "questions/bank.toml";
/// See [`BANK_FILE`].
pub const PROFILES_FILE: &str = "questions/profiles.toml";
/// See [`BANK_FILE`].
pub const UI_FILE: &str = "questions/ui.toml";

/// Bumped whenever the scoring rules change, so that the fingerprint changes too.
pub const SCORING_VERSION: u32 = 2;

/// The text of the three source files.
pub struct Sources<'a> {
    /// `questions/bank.toml`.
    pub bank: &'a str,
    /// `questions/profiles.toml`.
    pub profiles: &'a str,
    /// `questions/ui.toml`.
    pub ui: &'a str,
}

/// One thing wrong with the sources, located as precisely as possible.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file, such as `questions/bank.toml`.
    pub file: &'static str,
    /// The item (or dimension, or key) it concerns, if any.
    pub at: Option<String>,
    /// What is wrong, in words.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.at {
            Some(at) => write!(f, "{}: {}: {}", self.file, at, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SrcBank {
    #[serde(default)]
    dimension: Vec<SrcDimension>,
    #[serde(default)]
    item: Vec<SrcItem>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SrcDimension {
    id: String,
    name: String,
    about: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SrcItem {
    id: String,
    dimension: String,
    kind: String,
    text: String,
    leans: Option<String>,
    #[serde(default)]
    option: Vec<SrcOption>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SrcOption {
    text: String,
    owner: Option<i64>,
    manager: Option<i64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SrcProfiles {
    owner: SrcProfile,
    manager: SrcProfile,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SrcProfile {
    name: String,
    summary: String,
    focus: String,
    starts: String,
    skills: Vec<String>,
    metrics: Vec<String>,
}

/// Collects problems for one file.
struct Report<'p> {
    file: &'static str,
    problems: &'p mut Vec<Problem>,
}

impl Report<'_> {
    fn at(&mut self, at: impl fmt::Display, message: impl Into<String>) {
        self.problems.push(Problem { file: self.file, at: Some(at.to_string()), message: message.into() });
    }

    fn file(&mut self, message: impl Into<String>) {
        self.problems.push(Problem { file: self.file, at: None, message: message.into() });
    }

    fn text(&mut self, at: impl fmt::Display, what: &str, text: &str) -> &'static str {
        if text.trim().is_empty() {
            self.at(at, format!("{what} is empty"));
        }
        leak(text.trim().to_owned())
    }
}

fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

fn parse<T: for<'de> Deserialize<'de>>(file: &'static str, text: &str, problems: &mut Vec<Problem>) -> Option<T> {
    match toml::from_str(text) {
        Ok(value) => Some(value),
        Err(error) => {
            let message = error.to_string().trim().replace('\n', "\n    ");
            problems.push(Problem { file, at: None, message: format!("cannot read it:\n    {message}") });
            None
        }
    }
}

/// Reads, checks and converts all sources. Every problem found is returned,
/// not just the first, so that one build shows everything to fix.
pub fn load(sources: &Sources<'_>) -> Result<Content, Vec<Problem>> {
    let mut problems = Vec::new();
    let ui = parse::<BTreeMap<String, toml::Value>>(UI_FILE, sources.ui, &mut problems)
        .and_then(|table| load_ui(&table, &mut problems));
    let bank = ui.as_ref().and_then(|ui| {
        parse::<SrcBank>(BANK_FILE, sources.bank, &mut problems).map(|src| load_bank(src, ui, &mut problems))
    });
    let profiles = parse::<SrcProfiles>(PROFILES_FILE, sources.profiles, &mut problems).map(|src| {
        let mut report = Report { file: PROFILES_FILE, problems: &mut problems };
        Profiles {
            owner: load_profile("owner", &src.owner, &mut report),
            manager: load_profile("manager", &src.manager, &mut report),
        }
    });
    match (bank, profiles, ui) {
        (Some(bank), Some(profiles), Some(ui)) if problems.is_empty() => {
            Ok(Content { fingerprint: fingerprint(&bank), bank, profiles, ui })
        }
        _ => Err(problems),
    }
}

fn load_ui(table: &BTreeMap<String, toml::Value>, problems: &mut Vec<Problem>) -> Option<Ui> {
    let mut report = Report { file: UI_FILE, problems };
    for (key, value) in table {
        if !Ui::KEYS.contains(&key.as_str()) {
            report.at(format!("key `{key}`"), "is not a string the widget uses (misspelt?)");
        } else if !value.is_str() {
            report.at(format!("key `{key}`"), "must be text in quotes");
        }
    }
    let ui = Ui::from_lookup(|key| {
        let text = table.get(key)?.as_str()?;
        Some(report.text(format_args!("key `{key}`"), "the text", text))
    });
    match ui {
        Ok(ui) => Some(ui),
        Err(missing) => {
            for key in missing {
                if !table.contains_key(key) {
                    report.at(format!("key `{key}`"), "is missing");
                }
            }
            None
        }
    }
}

fn load_profile(role: &str, src: &SrcProfile, report: &mut Report<'_>) -> Profile {
    let at = format!("[{role}]");
    let mut list = |what: &str, entries: &[String]| -> &'static [&'static str] {
        if entries.is_empty() {
            report.at(&at, format!("`{what}` has no entries"));
        }
        let texts: Vec<_> = entries.iter().map(|e| report.text(&at, &format!("an entry of `{what}`"), e)).collect();
        texts.leak()
    };
    let skills = list("skills", &src.skills);
    let metrics = list("metrics", &src.metrics);
    Profile {
        name: report.text(&at, "`name`", &src.name),
        summary: report.text(&at, "`summary`", &src.summary),
        focus: report.text(&at, "`focus`", &src.focus),
        starts: report.text(&at, "`starts`", &src.starts),
        skills,
        metrics,
    }
}

fn load_bank(src: SrcBank, ui: &Ui, problems: &mut Vec<Problem>) -> Bank {
    let mut report = Report { file: BANK_FILE, problems };
    if src.dimension.is_empty() {
        report.file("defines no [[dimension]]");
    }
    let mut dimension_ids = BTreeSet::new();
    let dimensions: Vec<Dimension> = src
        .dimension
        .iter()
        .map(|d| {
            let at = format!("dimension `{}`", d.id);
            if !dimension_ids.insert(d.id.as_str()) {
                report.at(&at, "is defined twice");
            }
            Dimension {
                id: report.text(&at, "`id`", &d.id),
                name: report.text(&at, "`name`", &d.name),
                about: report.text(&at, "`about`", &d.about),
            }
        })
        .collect();

    let mut item_ids = BTreeSet::new();
    let mut items = Vec::with_capacity(src.item.len());
    // Dimensions holding an item with its own problems skip the balance check,
    // which would only repeat the item's problem in other words.
    let mut unsound = BTreeSet::new();
    for s in &src.item {
        let problems_before = report.problems.len();
        let at = format!("item `{}`", s.id);
        if s.id.trim().is_empty() {
            report.file("an item has an empty `id`");
        } else if !item_ids.insert(s.id.as_str()) {
            report.at(&at, "duplicate id: another item already uses it");
        }
        let text = report.text(&at, "`text`", &s.text);
        let dimension = dimensions.iter().position(|d| d.id == s.dimension);
        if dimension.is_none() {
            let known: Vec<_> = dimensions.iter().map(|d| d.id).collect();
            report.at(&at, format!("unknown dimension `{}` (known: {})", s.dimension, known.join(", ")));
        }
        let (kind, options) = match s.kind.as_str() {
            "choice" => (Kind::Choice, choice_options(&at, s, &mut report)),
            "scale" => (Kind::Scale, scale_options(&at, s, ui, &mut report)),
            other => {
                report.at(&at, format!("unknown kind `{other}`: use \"choice\" or \"scale\""));
                (Kind::Choice, Vec::new())
            }
        };
        if let Some(dimension) = dimension {
            if report.problems.len() > problems_before {
                unsound.insert(dimension);
            }
            items.push(Item {
                id: leak(s.id.clone()),
                dimension: dimension as u8,
                kind,
                text,
                options: options.leak(),
            });
        }
    }

    for (index, d) in dimensions.iter().enumerate() {
        let in_dimension: Vec<&Item> = items.iter().filter(|i| usize::from(i.dimension) == index).collect();
        let at = format!("dimension `{}`", d.id);
        if in_dimension.len() < 5 {
            report.at(&at, format!("has {} items; every dimension needs at least 5", in_dimension.len()));
        }
        let reach = |points: fn(&AnswerOption) -> u8| -> u32 {
            in_dimension.iter().map(|i| i.options.iter().map(points).max().map_or(0, u32::from)).sum()
        };
        let (owner, manager) = (reach(|o| o.owner), reach(|o| o.manager));
        if owner != manager && !unsound.contains(&index) {
            let favoured = if owner > manager { "product owner" } else { "product manager" };
            report.at(
                &at,
                format!(
                    "favours {favoured} by construction: the most owner points anyone can reach here are {owner}, \
                     the most manager points {manager}; they must be equal"
                ),
            );
        }
    }
    Bank { dimensions: dimensions.leak(), items: items.leak() }
}

fn choice_options(at: &str, s: &SrcItem, report: &mut Report<'_>) -> Vec<AnswerOption> {
    if s.leans.is_some() {
        report.at(at, "`leans` only applies to scale items; choice items give weights per option");
    }
    if s.option.len() < 2 {
        report.at(at, format!("has {} options; a choice item needs at least 2", s.option.len()));
    }
    s.option
        .iter()
        .enumerate()
        .map(|(n, o)| {
            let at = format!("{at}, option {}", n + 1);
            let mut weight = |role: &str, value: Option<i64>| match value {
                None => {
                    report.at(&at, format!("missing weight `{role}`"));
                    0
                }
                Some(w) if !(0..=i64::from(MAX_WEIGHT)).contains(&w) => {
                    report.at(&at, format!("weight `{role}` = {w} is out of range 0 to {MAX_WEIGHT}"));
                    0
                }
                Some(w) => w as u8,
            };
            let (owner, manager) = (weight("owner", o.owner), weight("manager", o.manager));
            AnswerOption { text: report.text(&at, "`text`", &o.text), owner, manager }
        })
        .collect()
}

fn scale_options(at: &str, s: &SrcItem, ui: &Ui, report: &mut Report<'_>) -> Vec<AnswerOption> {
    if !s.option.is_empty() {
        report.at(at, "scale items take no [[item.option]]; set `leans` instead");
    }
    let labels =
        [ui.scale_strongly_disagree, ui.scale_disagree, ui.scale_neutral, ui.scale_agree, ui.scale_strongly_agree];
    let toward_owner = match s.leans.as_deref() {
        Some("owner") => true,
        Some("manager") => false,
        Some(other) => {
            report.at(at, format!("`leans` = \"{other}\" is not a role: use \"owner\" or \"manager\""));
            true
        }
        None => {
            report.at(at, "missing `leans`: which role agreeing points to, \"owner\" or \"manager\"");
            true
        }
    };
    labels
        .iter()
        .zip(0..)
        .map(|(&text, agree)| {
            let (toward, away) = (agree, MAX_WEIGHT - agree);
            let (owner, manager) = if toward_owner { (toward, away) } else { (away, toward) };
            AnswerOption { text, owner, manager }
        })
        .collect()
}

/// FNV-1a over everything that affects scoring, so that saved progress and
/// shared links can tell whether they were made with the same questions.
fn fingerprint(bank: &Bank) -> u64 {
    let mut canon = format!("scoring {SCORING_VERSION}\n");
    for d in bank.dimensions {
        canon += &format!("dimension {}\n", d.id);
    }
    for i in bank.items {
        canon += &format!("item {} {} {:?}", i.id, i.dimension, i.kind);
        for o in i.options {
            canon += &format!(" {}:{}", o.owner, o.manager);
        }
        canon.push('\n');
    }
    canon.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}
