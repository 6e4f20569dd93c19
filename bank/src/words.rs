//! One language's words as a small text asset, `words/<tag>-<hash>.txt`, so
//! that a visitor downloads the words of their own language only.
//!
//! The build writes one file per language ([`encode`]); the widget fetches
//! the one it needs and reads it back ([`decode`]). Both live here, so the
//! format is written down once, and the tests below read back what the
//! encoder writes (`tests/locales.rs` does the same for every shipped file).
//! The format is one string
//! per line, in the order the bank defines: dimensions, items, profiles, then
//! every interface string in [`Ui::KEYS`] order. A profile's lists sit on
//! one line each, their entries separated by tabs. The build refuses text
//! with a line break, tab or other control character, so no escaping is
//! needed, and reading it takes a line split rather than a parser.
//!
//! The file's first line names the format and the language, and the number
//! of lines must match the bank exactly: a file from another build (say, a
//! stale copy on a CDN) is rejected instead of wording the wrong questions.

use crate::model::{Bank, DimensionText, ItemText, Kind, Locale, Profile, Profiles, Ui};

/// The first line of every words file, before the language tag.
pub const FORMAT: &str = "rolefit-words 1";
/// The folder of the words files, relative to the widget's page.
pub const DIR: &str = "words";

/// The most bytes a words file may have: room for every translation to
/// grow (`tests/locales.rs` keeps each file under a quarter of it), while
/// anything far larger, which cannot be this build's, is refused before it
/// is read.
pub const MAX_LEN: usize = 64 * 1024;

/// How long the widget waits for a words file, body included, in
/// milliseconds, from when it starts waiting. A file is a few kilobytes; a
/// request that hangs must not keep the page blank, nor the fallback
/// waiting long. `boot.js`'s early request (given this through the page)
/// starts it when the widget takes that request, not when it was made.
pub const TIMEOUT_MS: u32 = 5_000;

/// Why a words file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WordsError {
    /// The first line is not [`FORMAT`] and the expected tag.
    Header,
    /// The file has fewer or more lines than this bank needs.
    Length,
    /// The file is larger than any words file could be ([`MAX_LEN`]).
    TooLarge,
}

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

/// Reads the words of language `tag` from `text`, a file made by [`encode`]
/// for the same bank. Once the file is accepted, it and the lists are leaked
/// and the strings borrow from it, as a page decodes each language at most
/// once and keeps it to the end; a refused file is dropped, so every failed
/// attempt frees what it fetched.
pub fn decode(bank: &Bank, tag: &'static str, text: String) -> Result<Locale, WordsError> {
    if text.len() > MAX_LEN {
        return Err(WordsError::TooLarge);
    }
    let lines = || text.strip_suffix('\n').unwrap_or(&text).split('\n');
    if lines().next().and_then(|h| h.strip_prefix(FORMAT)).and_then(|rest| rest.strip_prefix(' ')) != Some(tag) {
        return Err(WordsError::Header);
    }
    if lines().count() != line_count(bank) {
        return Err(WordsError::Length);
    }
    let text: &'static str = text.leak();
    let lines: Vec<&'static str> = text.strip_suffix('\n').unwrap_or(text).split('\n').collect();
    // The count is right, so every line asked for below is there: the
    // interface strings are the last `Ui::LEN`, the rest come in order.
    let (body, ui) = lines.split_at(lines.len() - Ui::LEN);
    let ui = Ui::from_array(ui.try_into().map_err(|_| WordsError::Length)?);
    let mut body = body.iter().skip(1).copied();
    let mut next = || body.next().unwrap_or_default();

    let dimensions: Vec<DimensionText> =
        bank.dimensions.iter().map(|_| DimensionText { name: next(), about: next() }).collect();
    // Scale items are worded by the five scale labels of the interface.
    let scale: &'static [&'static str] =
        vec![ui.scale_strongly_disagree, ui.scale_disagree, ui.scale_neutral, ui.scale_agree, ui.scale_strongly_agree]
            .leak();
    let items: &'static [ItemText] = bank
        .items
        .iter()
        .map(|item| {
            let text = next();
            let options = match item.kind {
                Kind::Choice => item.options.iter().map(|_| next()).collect::<Vec<_>>().leak(),
                Kind::Scale => scale,
            };
            ItemText { text, options }
        })
        .collect::<Vec<_>>()
        .leak();
    let mut profile = || {
        let (name, summary, focus, starts) = (next(), next(), next(), next());
        let list = |line: &'static str| -> &'static [&'static str] { line.split('\t').collect::<Vec<_>>().leak() };
        Profile { name, summary, focus, starts, skills: list(next()), metrics: list(next()) }
    };
    let profiles = Profiles { owner: profile(), manager: profile() };
    Ok(Locale { tag, dimensions: dimensions.leak(), items, profiles, ui })
}

/// How many lines a words file for `bank` has, its header included.
pub fn line_count(bank: &Bank) -> usize {
    let items: usize = bank.items.iter().map(|i| 1 + if i.kind == Kind::Choice { i.options.len() } else { 0 }).sum();
    // Header; name and about per dimension; six lines per profile; the UI.
    1 + 2 * bank.dimensions.len() + items + 2 * 6 + Ui::LEN
}

/// The file name of a language's words, `<tag>-<hash>.txt`, with the hash of
/// every language's words ([`words_hash`]). One hash for all of them, as
/// every first load names every language's file twice (the page's table for
/// `boot.js`, and the widget's own): each name then adds its tag, not a hash
/// of its own.
pub fn file_name(tag: &str, words_hash: u64) -> String {
    format!("{tag}-{words_hash:016x}.txt")
}

/// The hash of every language's words files (FNV-1a, 64 bits, over each in
/// turn): it changes whenever any words do, so the files can be cached for
/// ever.
pub fn words_hash<'a>(encoded: impl IntoIterator<Item = &'a str>) -> u64 {
    let all: Vec<&str> = encoded.into_iter().collect();
    fnv1a(all.join("\n").as_bytes())
}

/// FNV-1a, 64 bits: a small, stable hash for names and records (not for
/// security).
pub fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{AnswerOption, Dimension, Item};

    const OPTIONS: &[AnswerOption] = &[AnswerOption { owner: 4, manager: 0 }, AnswerOption { owner: 0, manager: 4 }];
    const SCALE: &[AnswerOption] = &[
        AnswerOption { owner: 0, manager: 4 },
        AnswerOption { owner: 1, manager: 3 },
        AnswerOption { owner: 2, manager: 2 },
        AnswerOption { owner: 3, manager: 1 },
        AnswerOption { owner: 4, manager: 0 },
    ];
    const BANK: Bank = Bank {
        dimensions: &[Dimension { id: "focus" }, Dimension { id: "skills" }],
        items: &[
            Item { id: "c1", dimension: 0, kind: Kind::Choice, options: OPTIONS },
            Item { id: "s1", dimension: 1, kind: Kind::Scale, options: SCALE },
            Item { id: "c2", dimension: 1, kind: Kind::Choice, options: OPTIONS },
        ],
    };

    /// A language for [`BANK`] whose every string is different, so a line
    /// read into the wrong place shows; its interface strings are their keys.
    fn locale(tag: &'static str) -> Locale {
        let ui = Ui::from_lookup(|key| Ui::KEYS.iter().copied().find(|k| *k == key)).unwrap();
        let scale = &*vec![
            ui.scale_strongly_disagree,
            ui.scale_disagree,
            ui.scale_neutral,
            ui.scale_agree,
            ui.scale_strongly_agree,
        ]
        .leak();
        let profile = |role: &'static str| Profile {
            name: role,
            summary: "Sums it up, with “quotes” and ünïcode.",
            focus: "What it does",
            starts: "When",
            skills: &["one", "two", "three"],
            metrics: &["only one"],
        };
        Locale {
            tag,
            dimensions: &[
                DimensionText { name: "Focus", about: "What you look at" },
                DimensionText { name: "Skills", about: "What you do" },
            ],
            items: vec![
                ItemText { text: "First?", options: &["mine", "theirs"] },
                ItemText { text: "A statement.", options: scale },
                ItemText { text: "Second?", options: &["this", "that"] },
            ]
            .leak(),
            profiles: Profiles { owner: profile("Owner"), manager: profile("Manager") },
            ui,
        }
    }

    #[test]
    fn what_is_encoded_decodes_to_the_same_words() {
        let locale = locale("fr-FR");
        let text = encode(&BANK, &locale);
        assert_eq!(text.lines().count(), line_count(&BANK));
        assert_eq!(text.lines().next(), Some("rolefit-words 1 fr-FR"));
        assert_eq!(decode(&BANK, "fr-FR", text), Ok(locale));
    }

    #[test]
    fn a_file_for_another_language_or_bank_is_refused() {
        let text = encode(&BANK, &locale("fr-FR"));
        assert_eq!(decode(&BANK, "de-DE", text.clone()), Err(WordsError::Header));
        assert_eq!(decode(&BANK, "fr", text.clone()), Err(WordsError::Header));
        let other = Bank { items: &BANK.items[..2], ..BANK };
        assert_eq!(decode(&other, "fr-FR", text.clone()), Err(WordsError::Length));
        let newer = text.replacen(FORMAT, "rolefit-words 2", 1);
        assert_eq!(decode(&BANK, "fr-FR", newer), Err(WordsError::Header));
        let huge = text + &"x".repeat(MAX_LEN);
        assert_eq!(decode(&BANK, "fr-FR", huge), Err(WordsError::TooLarge));
    }
}
