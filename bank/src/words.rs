//! One language's words as a small text asset, `words/<tag>-<hash>.txt`, so
//! that a visitor downloads the words of their own language only.
//!
//! The build writes one file per language ([`encode`]); the widget fetches
//! the one it needs and reads it back (`rolefit::core::words::decode`, in the
//! widget's crate so that it shares the widget's code for strings and vectors;
//! `tests/locales.rs` checks each against the other). The format is one string
//! per line, in the order the bank defines: dimensions, items, profiles, then
//! every interface string in [`Ui::KEYS`] order. A profile's lists sit on
//! one line each, their entries separated by tabs. The build refuses text
//! with a line break, tab or other control character, so no escaping is
//! needed, and reading it takes a line split rather than a parser.
//!
//! The file's first line names the format and the language, and the number
//! of lines must match the bank exactly: a file from another build (say, a
//! stale copy on a CDN) is rejected instead of wording the wrong questions.

use crate::model::{Bank, Kind, Locale, Ui};

/// The first line of every words file, before the language tag.
pub const FORMAT: &str = "rolefit-words 1";
/// The folder of the words files, relative to the widget's page.
pub const DIR: &str = "words";

/// One language's words, one string per line (see the module docs).
pub fn encode(bank: &Bank, locale: &Locale) -> String {
    let mut lines: Vec<String> = vec![[FORMAT, " ", locale.tag].concat()];
    for d in locale.dimensions {
        lines.extend([d.name, d.about].map(str::to_owned));
    }
    for (item, text) in bank.items.iter().zip(locale.items) {
        lines.push(text.text.to_owned());
        // Scale items are worded by the five scale labels in `ui`.
        if item.kind == Kind::Choice {
            lines.extend(text.options.iter().map(|o| (*o).to_owned()));
        }
    }
    for p in [&locale.profiles.owner, &locale.profiles.manager] {
        lines.extend([p.name, p.summary, p.focus, p.starts].map(str::to_owned));
        lines.extend([p.skills, p.metrics].map(|list| list.join("\t")));
    }
    lines.extend(locale.ui.to_array().map(str::to_owned));
    lines.join("\n") + "\n"
}

/// How many lines a words file for `bank` has, its header included.
pub fn line_count(bank: &Bank) -> usize {
    let items: usize = bank.items.iter().map(|i| 1 + if i.kind == Kind::Choice { i.options.len() } else { 0 }).sum();
    // Header; name and about per dimension; six lines per profile; the UI.
    1 + 2 * bank.dimensions.len() + items + 2 * 6 + Ui::LEN
}

/// The file name of a language's words, `<tag>-<hash>.txt`: the hash of the
/// content (FNV-1a, 64 bits) changes whenever the words do, so the file can
/// be cached for ever.
pub fn file_name(tag: &str, encoded: &str) -> String {
    format!("{tag}-{:016x}.txt", fnv1a(encoded.as_bytes()))
}

/// FNV-1a, 64 bits: a small, stable hash for names and records (not for
/// security).
pub fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3))
}
