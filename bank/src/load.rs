//! Reads the TOML under `questions/`, checks it and turns it into the model.
//!
//! Used by `build.rs` (an invalid bank fails the build), `xtask` and native
//! tests; never by the widget, so no TOML parser ships in the wasm.

use crate::model::{
    AnswerOption, Bank, Content, Dimension, DimensionText, Item, ItemText, Kind, Locale, MAX_WEIGHT, Profile, Profiles,
    Ui,
};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// The structure and weights of the bank, relative to the crate root.
pub const BANK_FILE: &str = "questions/bank.toml";
/// The folder holding the bank and one sub-folder of words per language.
pub const QUESTIONS_DIR: &str = "questions";
/// The language used when no other is asked for or available.
pub const DEFAULT_LOCALE: &str = "en-GB";
/// Inside a language's folder: the words of the bank's dimensions, items and options.
pub const ITEMS_FILE: &str = "items.toml";
/// Inside a language's folder: the two role profiles.
pub const PROFILES_FILE: &str = "profiles.toml";
/// Inside a language's folder: every interface string.
pub const UI_FILE: &str = "ui.toml";

/// Bumped whenever the scoring rules change, so that the fingerprint changes too.
pub const SCORING_VERSION: u32 = 2;

/// Every source file under `questions/`, read from disk: the bank, then
/// each language folder (the default first, the rest by tag) as its tag and
/// its words, profiles and interface strings.
pub struct Files {
    /// `questions/bank.toml`.
    pub bank: String,
    /// `(tag, [items.toml, profiles.toml, ui.toml])` per language.
    pub locales: Vec<(String, [String; 3])>,
    /// Each translation's `translated-from.toml`, by tag, where there is one
    /// (see [`crate::translations`]).
    pub records: BTreeMap<String, String>,
}

impl Files {
    /// Reads every file under `root/questions/`; the error names the file.
    pub fn read(root: &std::path::Path) -> Result<Files, String> {
        let read = |file: &str| {
            let path = root.join(file);
            std::fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))
        };
        let mut tags: Vec<String> = std::fs::read_dir(root.join(QUESTIONS_DIR))
            .map_err(|e| format!("cannot read {QUESTIONS_DIR}/: {e}"))?
            .flatten()
            .filter(|entry| entry.path().is_dir())
            .filter_map(|entry| entry.file_name().into_string().ok())
            .collect();
        tags.sort_by_key(|tag| (tag != DEFAULT_LOCALE, tag.clone()));
        let mut locales = Vec::with_capacity(tags.len());
        let mut records = BTreeMap::new();
        for tag in tags {
            let [items, profiles, ui] = [ITEMS_FILE, PROFILES_FILE, UI_FILE].map(|f| read(locale_file(&tag, f)));
            let record = root.join(locale_file(&tag, crate::translations::RECORD_FILE));
            if record.exists() {
                records.insert(tag.clone(), read(locale_file(&tag, crate::translations::RECORD_FILE))?);
            }
            locales.push((tag, [items?, profiles?, ui?]));
        }
        Ok(Files { bank: read(BANK_FILE)?, locales, records })
    }

    /// Checks and converts what was read: [`load`] over these files.
    pub fn load(&self) -> Result<Loaded, Vec<Problem>> {
        let locales: Vec<LocaleSources<'_>> = self
            .locales
            .iter()
            .map(|(tag, [items, profiles, ui])| LocaleSources { tag, items, profiles, ui })
            .collect();
        load(&Sources { bank: &self.bank, locales: &locales })
    }
}

/// The text of every source file.
pub struct Sources<'a> {
    /// `questions/bank.toml`: structure and weights.
    pub bank: &'a str,
    /// One entry per language, the default ([`DEFAULT_LOCALE`]) first.
    pub locales: &'a [LocaleSources<'a>],
}

/// The three files of one language, `questions/<tag>/`.
pub struct LocaleSources<'a> {
    /// The language tag, which is also the folder name, such as `de-DE`.
    pub tag: &'a str,
    /// `items.toml`: the words of each dimension, item and option.
    pub items: &'a str,
    /// `profiles.toml`.
    pub profiles: &'a str,
    /// `ui.toml`.
    pub ui: &'a str,
}

/// Everything under `questions/`, checked: the bank, and every language's
/// words (the default first, the rest by tag).
#[derive(Debug)]
pub struct Loaded {
    /// The bank and its fingerprint.
    pub content: Content,
    /// Every language's words.
    pub locales: Vec<Locale>,
}

/// One thing wrong with the sources, located as precisely as possible.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file, such as `questions/de-DE/ui.toml`.
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
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SrcItem {
    id: String,
    dimension: String,
    kind: String,
    leans: Option<String>,
    #[serde(default)]
    option: Vec<SrcOption>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SrcOption {
    id: String,
    owner: Option<i64>,
    manager: Option<i64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SrcItems {
    #[serde(default)]
    dimension: BTreeMap<String, SrcDimensionText>,
    #[serde(default)]
    item: BTreeMap<String, SrcItemText>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SrcDimensionText {
    name: Option<String>,
    about: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SrcItemText {
    text: Option<String>,
    #[serde(default)]
    option: BTreeMap<String, String>,
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
        } else if text.contains(char::is_control) {
            // A words file keeps one string per line (see `words.rs`).
            self.at(at, format!("{what} has a line break, tab or other control character: write it on one line"));
        }
        leak(text.trim().to_owned())
    }
}

impl Report<'_> {
    fn required(&mut self, at: impl fmt::Display, what: &str, text: Option<&String>) -> &'static str {
        match text {
            Some(text) => self.text(at, what, text),
            None => {
                self.at(at, format!("missing {what}"));
                ""
            }
        }
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
pub fn load(sources: &Sources<'_>) -> Result<Loaded, Vec<Problem>> {
    let mut problems = Vec::new();
    let bank = parse::<SrcBank>(BANK_FILE, sources.bank, &mut problems).map(|src| load_bank(&src, &mut problems));
    if sources.locales.first().map(|l| l.tag) != Some(DEFAULT_LOCALE) {
        let message =
            format!("the default language `{DEFAULT_LOCALE}` must be there (as `{QUESTIONS_DIR}/{DEFAULT_LOCALE}/`)");
        problems.push(Problem { file: QUESTIONS_DIR, at: None, message });
    }
    // Words are only checked against a sound bank; against a broken one they
    // would repeat its problems in other words.
    let locales: Vec<Locale> = match &bank {
        Some((bank, option_ids)) if problems.is_empty() => {
            sources.locales.iter().filter_map(|l| load_locale(l, bank, option_ids, &mut problems)).collect()
        }
        _ => Vec::new(),
    };
    match bank {
        Some((bank, _)) if problems.is_empty() => {
            Ok(Loaded { content: Content { fingerprint: fingerprint(&bank), bank }, locales })
        }
        _ => Err(problems),
    }
}

/// The path of one of a language's files, such as `questions/de-DE/ui.toml`.
pub fn locale_file(tag: &str, file: &str) -> &'static str {
    leak(format!("{QUESTIONS_DIR}/{tag}/{file}"))
}

fn load_locale(
    src: &LocaleSources<'_>,
    bank: &Bank,
    option_ids: &[Vec<&'static str>],
    problems: &mut Vec<Problem>,
) -> Option<Locale> {
    let ui_file = locale_file(src.tag, UI_FILE);
    let ui = parse::<BTreeMap<String, toml::Value>>(ui_file, src.ui, problems)
        .and_then(|table| load_ui(ui_file, &table, problems));
    let profiles_file = locale_file(src.tag, PROFILES_FILE);
    let profiles = parse::<SrcProfiles>(profiles_file, src.profiles, problems).map(|p| {
        let mut report = Report { file: profiles_file, problems: &mut *problems };
        Profiles {
            owner: load_profile("owner", &p.owner, &mut report),
            manager: load_profile("manager", &p.manager, &mut report),
        }
    });
    let items_file = locale_file(src.tag, ITEMS_FILE);
    let texts = parse::<SrcItems>(items_file, src.items, problems);
    let (ui, profiles, texts) = (ui?, profiles?, texts?);
    let mut report = Report { file: items_file, problems };
    let (dimensions, items) = load_items(&texts, bank, option_ids, &ui, &mut report);
    Some(Locale { tag: leak(src.tag.to_owned()), dimensions, items, profiles, ui })
}

/// Matches one language's words to the bank: every dimension, item and
/// option needs its text, and nothing the bank does not have may appear.
fn load_items(
    texts: &SrcItems,
    bank: &Bank,
    option_ids: &[Vec<&'static str>],
    ui: &Ui,
    report: &mut Report<'_>,
) -> (&'static [DimensionText], &'static [ItemText]) {
    for id in texts.dimension.keys().filter(|id| !bank.dimensions.iter().any(|d| d.id == id.as_str())) {
        report.at(format!("dimension `{id}`"), "refers to an unknown dimension (not in questions/bank.toml)");
    }
    for id in texts.item.keys().filter(|id| !bank.items.iter().any(|i| i.id == id.as_str())) {
        report.at(format!("item `{id}`"), "refers to an unknown item (not in questions/bank.toml)");
    }
    let dimensions: Vec<DimensionText> = bank
        .dimensions
        .iter()
        .map(|d| {
            let at = format!("dimension `{}`", d.id);
            match texts.dimension.get(d.id) {
                Some(w) => DimensionText {
                    name: report.required(&at, "`name`", w.name.as_ref()),
                    about: report.required(&at, "`about`", w.about.as_ref()),
                },
                None => {
                    report.at(&at, "has no words: add its `name` and `about`");
                    DimensionText { name: "", about: "" }
                }
            }
        })
        .collect();
    let scale =
        [ui.scale_strongly_disagree, ui.scale_disagree, ui.scale_neutral, ui.scale_agree, ui.scale_strongly_agree];
    let items: Vec<ItemText> = bank
        .items
        .iter()
        .zip(option_ids)
        .map(|(item, ids)| {
            let at = format!("item `{}`", item.id);
            let Some(w) = texts.item.get(item.id) else {
                report.at(&at, "has no words: add its `text`");
                return ItemText { text: "", options: &[] };
            };
            let text = report.required(&at, "`text`", w.text.as_ref());
            let options: &'static [&'static str] = match item.kind {
                Kind::Scale => {
                    if !w.option.is_empty() {
                        report.at(&at, "is a scale item: its points are worded once, by the `scale_…` keys in ui.toml");
                    }
                    scale.to_vec().leak()
                }
                Kind::Choice => {
                    for id in w.option.keys().filter(|id| !ids.contains(&id.as_str())) {
                        report.at(
                            format!("{at}, option `{id}`"),
                            "refers to an unknown option (not in questions/bank.toml)",
                        );
                    }
                    let texts: Vec<_> = ids
                        .iter()
                        .map(|id| report.required(format!("{at}, option `{id}`"), "text", w.option.get(*id)))
                        .collect();
                    texts.leak()
                }
            };
            ItemText { text, options }
        })
        .collect();
    (dimensions.leak(), items.leak())
}

fn load_ui(file: &'static str, table: &BTreeMap<String, toml::Value>, problems: &mut Vec<Problem>) -> Option<Ui> {
    let mut report = Report { file, problems };
    for (key, value) in table {
        if !Ui::KEYS.contains(&key.as_str()) {
            report.at(format!("key `{key}`"), "is not a string the widget uses (misspelt?)");
        } else if !value.is_str() {
            report.at(format!("key `{key}`"), "must be text in quotes");
        }
    }
    let ui = Ui::from_lookup(|key| {
        let text = table.get(key)?.as_str()?;
        // A separator may be a space (French groups thousands with a narrow
        // no-break space), so it is kept as written.
        if key == "group_separator" && !text.is_empty() && !text.contains(['\n', '\t']) {
            return Some(leak(text.to_owned()));
        }
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

/// The checked bank, and each item's option ids (which the languages word).
fn load_bank(src: &SrcBank, problems: &mut Vec<Problem>) -> (Bank, Vec<Vec<&'static str>>) {
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
            Dimension { id: report.text(&at, "`id`", &d.id) }
        })
        .collect();

    let mut item_ids = BTreeSet::new();
    let mut items = Vec::with_capacity(src.item.len());
    let mut option_ids = Vec::with_capacity(src.item.len());
    for s in &src.item {
        let problems_before = report.problems.len();
        let at = format!("item `{}`", s.id);
        if s.id.trim().is_empty() {
            report.file("an item has an empty `id`");
        } else if !item_ids.insert(s.id.as_str()) {
            report.at(&at, "duplicate id: another item already uses it");
        }
        let dimension = dimensions.iter().position(|d| d.id == s.dimension);
        if dimension.is_none() {
            let known: Vec<_> = dimensions.iter().map(|d| d.id).collect();
            report.at(&at, format!("unknown dimension `{}` (known: {})", s.dimension, known.join(", ")));
        }
        let (kind, options, ids) = match s.kind.as_str() {
            "choice" => {
                let (options, ids) = choice_options(&at, s, &mut report);
                if report.problems.len() == problems_before {
                    check_mirrored(&at, s, &options, &mut report);
                }
                (Kind::Choice, options, ids)
            }
            "scale" => (Kind::Scale, scale_options(&at, s, &mut report), Vec::new()),
            other => {
                report.at(&at, format!("unknown kind `{other}`: use \"choice\" or \"scale\""));
                (Kind::Choice, Vec::new(), Vec::new())
            }
        };
        if let Some(dimension) = dimension {
            items.push(Item { id: leak(s.id.clone()), dimension: dimension as u8, kind, options: options.leak() });
            option_ids.push(ids);
        }
    }

    for (index, d) in dimensions.iter().enumerate() {
        let in_dimension: Vec<&Item> = items.iter().filter(|i| usize::from(i.dimension) == index).collect();
        let at = format!("dimension `{}`", d.id);
        if in_dimension.len() < 5 {
            report.at(&at, format!("has {} items; every dimension needs at least 5", in_dimension.len()));
        }
        // No balance of points to check: every scale gives 4 points to either
        // side, and every choice option has its mirror, so the most owner
        // points reachable in a dimension always equal the most manager points.
        // Statements must pair up, though: agreeing with everything has to
        // read as a tie, and the consistency check pairs them in each dimension.
        let leaning = |owner: bool| {
            in_dimension
                .iter()
                .filter(|i| {
                    i.kind == Kind::Scale
                        && i.options.last().is_some_and(|agree| (agree.owner > agree.manager) == owner)
                })
                .count()
        };
        let (owner, manager) = (leaning(true), leaning(false));
        if owner != manager {
            report.at(
                &at,
                format!(
                    "has {owner} statement(s) that lean owner and {manager} that lean manager; give each \
                     statement a partner leaning the other way, so that agreeing with everything reads as a tie"
                ),
            );
        }
    }
    (Bank { dimensions: dimensions.leak(), items: items.leak() }, option_ids)
}

fn choice_options(at: &str, s: &SrcItem, report: &mut Report<'_>) -> (Vec<AnswerOption>, Vec<&'static str>) {
    if s.leans.is_some() {
        report.at(at, "`leans` only applies to scale items; choice items give weights per option");
    }
    if s.option.len() < 2 {
        report.at(at, format!("has {} options; a choice item needs at least 2", s.option.len()));
    }
    let mut seen = BTreeSet::new();
    s.option
        .iter()
        .enumerate()
        .map(|(n, o)| {
            let at = format!("{at}, option {}", n + 1);
            let problems_before = report.problems.len();
            let id = report.text(&at, "`id`", &o.id);
            if !id.is_empty() && !seen.insert(id) {
                report.at(&at, format!("duplicate option id `{id}`"));
            }
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
            if report.problems.len() == problems_before && owner + manager != MAX_WEIGHT {
                report.at(
                    &at,
                    format!(
                        "weights owner = {owner} and manager = {manager} add up to {}; every answer splits \
                         {MAX_WEIGHT} points between the two roles (for example 3 and 1)",
                        owner + manager
                    ),
                );
            }
            (AnswerOption { owner, manager }, id)
        })
        .unzip()
}

/// Every option of a choice item needs its mirror (the same weights swapped)
/// among the others, as many times as it appears, so that the item's options
/// spread evenly across both roles and no role gets more ways to be chosen.
fn check_mirrored(at: &str, s: &SrcItem, options: &[AnswerOption], report: &mut Report<'_>) {
    let count = |owner: u8, manager: u8| options.iter().filter(|o| o.owner == owner && o.manager == manager).count();
    for (n, option) in options.iter().enumerate() {
        let (same, swapped) = (count(option.owner, option.manager), count(option.manager, option.owner));
        // One message per pair of weights and its mirror, at the first of them.
        let unordered = |o: &AnswerOption| (o.owner.min(o.manager), o.owner.max(o.manager));
        let first = options[..n].iter().all(|o| unordered(o) != unordered(option));
        if same != swapped && first {
            let id = s.option.get(n).map_or("", |o| o.id.as_str());
            report.at(
                format!("{at}, option `{id}`"),
                format!(
                    "{same} option(s) with owner {}, manager {} but {swapped} with owner {}, manager {}: a \
                     choice item's options must lean to both roles in equal measure",
                    option.owner, option.manager, option.manager, option.owner
                ),
            );
        }
    }
}

fn scale_options(at: &str, s: &SrcItem, report: &mut Report<'_>) -> Vec<AnswerOption> {
    if !s.option.is_empty() {
        report.at(at, "scale items take no [[item.option]]; set `leans` instead");
    }
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
    (0..=MAX_WEIGHT)
        .map(|agree| {
            let (toward, away) = (agree, MAX_WEIGHT - agree);
            let (owner, manager) = if toward_owner { (toward, away) } else { (away, toward) };
            AnswerOption { owner, manager }
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
