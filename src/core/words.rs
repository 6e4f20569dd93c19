//! Reading one language's words file (format: `rolefit_bank::words`) into
//! the [`Locale`] the components speak. Pure: the shell fetches the text.

use rolefit_bank::model::{Bank, DimensionText, ItemText, Kind, Locale, Profile, Profiles, Ui};
use rolefit_bank::words::{FORMAT, line_count};

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

/// The most bytes a words file may have: room for every translation to
/// grow (`tests/locales.rs` keeps each file under a quarter of it), while
/// anything far larger, which cannot be this build's, is refused before it
/// is read.
pub const MAX_LEN: usize = 64 * 1024;

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
