//! Which source wording each translation was made from, so that a change to
//! the source ([`DEFAULT_LOCALE`]) cannot leave a translation silently behind.
//!
//! Every language other than the source keeps a record beside its words,
//! `questions/<tag>/translated-from.toml`: for each string, a hash of the
//! source wording it was translated from. This is what gettext's "fuzzy"
//! flag does for `.po` files. The build warns about every string whose
//! source wording has changed since (or that has no record), naming the file
//! and the key; the shipped bank must have none (`tests/bank_validation.rs`).
//!
//! Once a translation has been checked against the new source wording,
//! `cargo xtask translated <tag> <key>…` records that wording ([`record`]).

use std::collections::BTreeMap;
use std::fmt;

use crate::load::{DEFAULT_LOCALE, Files, ITEMS_FILE, PROFILES_FILE, UI_FILE, locale_file};

/// Inside a translation's folder: the record of what it was translated from.
pub const RECORD_FILE: &str = "translated-from.toml";

/// The record's tables, one per words file, in the order of
/// [`Files::locales`]' three texts.
const TABLES: [(&str, &str); 3] = [("items", ITEMS_FILE), ("profiles", PROFILES_FILE), ("ui", UI_FILE)];

const HEADER: &str = "\
# Which en-GB wording each string of this language was translated from: a hash
# of that wording, per key (gettext's \"fuzzy\" flag, done by the build). When
# the en-GB wording changes, the build warns and `cargo xtask test` fails,
# naming the key. Update the translation, then record it with
#     cargo xtask translated <tag> <key>...
# Written by that command; there is no need to edit it by hand.
";

/// Why a translated string needs a look.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// The source wording has changed since this string was translated.
    SourceChanged,
    /// The record does not say which source wording this string came from.
    NotRecorded,
    /// The language has no record at all.
    NoRecord,
    /// The record cannot be read; the message says why.
    BadRecord(String),
}

/// One translated string (or a whole language) that may no longer say what
/// the source says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stale {
    /// The language, such as `de-DE`.
    pub tag: String,
    /// The file, such as `questions/de-DE/items.toml`.
    pub file: &'static str,
    /// The string's key, such as `item.focus-details.text`; `None` when the
    /// whole language is concerned.
    pub key: Option<String>,
    /// What is wrong.
    pub reason: Reason,
}

impl fmt::Display for Stale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let tag = &self.tag;
        match (&self.key, &self.reason) {
            (Some(key), Reason::SourceChanged) => write!(
                f,
                "{}: {key}: the {DEFAULT_LOCALE} wording has changed since this was translated; \
                 update it, then run `cargo xtask translated {tag} {key}`",
                self.file
            ),
            (Some(key), _) => write!(
                f,
                "{}: {key}: no record of the {DEFAULT_LOCALE} wording this was translated from; \
                 check it, then run `cargo xtask translated {tag} {key}`",
                self.file
            ),
            (None, Reason::BadRecord(why)) => write!(f, "{}: cannot read it: {why}", self.file),
            (None, _) => write!(
                f,
                "{}: missing, so nothing says which {DEFAULT_LOCALE} wording {tag} was translated from; \
                 once every string is translated, run `cargo xtask translated {tag} --all`",
                self.file
            ),
        }
    }
}

/// Every string of one language's three words files, by table and key: a
/// TOML table's keys joined by dots (`item.focus-details.text`), a list's
/// entries joined by line breaks. A file that is not valid TOML gives no
/// strings: the loader reports it.
fn strings(texts: &[String; 3]) -> BTreeMap<(&'static str, String), String> {
    fn flatten(prefix: &str, value: &toml::Value, table: &'static str, out: &mut BTreeMap<(&str, String), String>) {
        match value {
            toml::Value::Table(entries) => {
                for (key, value) in entries {
                    let key = if prefix.is_empty() { key.clone() } else { format!("{prefix}.{key}") };
                    flatten(&key, value, table, out);
                }
            }
            toml::Value::Array(values) => {
                let text: Vec<String> =
                    values.iter().map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_owned)).collect();
                out.insert((table, prefix.to_owned()), text.join("\n"));
            }
            toml::Value::String(text) => {
                out.insert((table, prefix.to_owned()), text.clone());
            }
            other => {
                out.insert((table, prefix.to_owned()), other.to_string());
            }
        }
    }
    let mut out = BTreeMap::new();
    for ((table, _), text) in TABLES.iter().zip(texts) {
        if let Ok(value) = text.parse::<toml::Table>() {
            flatten("", &toml::Value::Table(value), table, &mut out);
        }
    }
    out
}

/// The hash recorded for a source wording: FNV-1a, 64 bits, in hexadecimal.
pub fn hash(text: &str) -> String {
    format!("{:016x}", crate::words::fnv1a(text.as_bytes()))
}

/// A language's record: table → key → hash.
type Record = BTreeMap<String, BTreeMap<String, String>>;

fn read_record(text: &str) -> Result<Record, String> {
    toml::from_str(text).map_err(|e| e.to_string().trim().replace('\n', " "))
}

/// Every translated string whose source wording has changed since it was
/// translated or is not recorded, language by language, file by file.
pub fn check(files: &Files) -> Vec<Stale> {
    let Some((_, source)) = files.locales.iter().find(|(tag, _)| tag == DEFAULT_LOCALE) else {
        return Vec::new(); // the loader reports a missing source language
    };
    let source = strings(source);
    let mut stale = Vec::new();
    for (tag, texts) in files.locales.iter().filter(|(tag, _)| tag != DEFAULT_LOCALE) {
        let record_file = locale_file(tag, RECORD_FILE);
        let language = |reason| Stale { tag: tag.clone(), file: record_file, key: None, reason };
        let record = match files.records.get(tag).map(|text| read_record(text)) {
            None => {
                stale.push(language(Reason::NoRecord));
                continue;
            }
            Some(Err(why)) => {
                stale.push(language(Reason::BadRecord(why)));
                continue;
            }
            Some(Ok(record)) => record,
        };
        // Only strings the translation has: a missing one is the loader's
        // problem, not a stale one.
        for (table, key) in strings(texts).into_keys() {
            let Some(wording) = source.get(&(table, key.clone())) else { continue };
            let recorded = record.get(table).and_then(|t| t.get(&key));
            let reason = match recorded {
                None => Reason::NotRecorded,
                Some(recorded) if *recorded != hash(wording) => Reason::SourceChanged,
                Some(_) => continue,
            };
            let file = TABLES.iter().find(|(t, _)| *t == table).map_or(UI_FILE, |(_, f)| f);
            stale.push(Stale { tag: tag.clone(), file: locale_file(tag, file), key: Some(key), reason });
        }
    }
    stale
}

/// Which strings to record as translated from the current source wording.
pub enum Which<'a> {
    /// Every string of the language (a new or fully revised translation).
    All,
    /// These keys, as the build's warnings name them.
    Keys(&'a [String]),
}

/// The record of `tag` after marking `which` strings as translated from the
/// current source wording: the new text of its `translated-from.toml`.
/// Entries for keys the source no longer has are dropped.
pub fn record(files: &Files, tag: &str, which: &Which<'_>) -> Result<String, String> {
    if tag == DEFAULT_LOCALE {
        return Err(format!("{DEFAULT_LOCALE} is the source language; it is not translated from anything"));
    }
    let source = files.locales.iter().find(|(t, _)| t == DEFAULT_LOCALE).ok_or("the source language is missing")?;
    let source = strings(&source.1);
    if !files.locales.iter().any(|(t, _)| t == tag) {
        return Err(format!("there is no language `{tag}` under questions/"));
    }
    let mut record = match files.records.get(tag) {
        Some(text) => {
            read_record(text).map_err(|why| format!("{}: cannot read it: {why}", locale_file(tag, RECORD_FILE)))?
        }
        None => Record::new(),
    };
    for (table, keys) in &mut record {
        keys.retain(|key, _| source.contains_key(&(table_name(table), key.clone())));
    }
    let mut mark = |table: &'static str, key: &str, wording: &str| {
        record.entry(table.to_owned()).or_default().insert(key.to_owned(), hash(wording));
    };
    match which {
        Which::All => {
            for ((table, key), wording) in &source {
                mark(table, key, wording);
            }
        }
        Which::Keys(keys) => {
            for key in *keys {
                let found: Vec<_> = source.iter().filter(|((_, k), _)| k == key).collect();
                match found.as_slice() {
                    [((table, key), wording)] => mark(table, key, wording),
                    [] => return Err(format!("the {DEFAULT_LOCALE} words have no key `{key}`")),
                    _ => return Err(format!("`{key}` is a key of more than one file")),
                }
            }
        }
    }
    record.retain(|_, keys| !keys.is_empty());
    let body = toml::to_string(&record).map_err(|e| e.to_string())?;
    let text = [HEADER, "\n", &body].concat();
    Ok(text)
}

/// The table name as the `'static` the strings map uses; unknown tables
/// (which hold nothing the source has) map to an empty name.
fn table_name(table: &str) -> &'static str {
    TABLES.iter().find(|(t, _)| *t == table).map_or("", |(t, _)| t)
}
