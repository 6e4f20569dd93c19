//! The question bank: its model, the bank baked in from `questions/`, and the
//! languages the widget speaks.
//!
//! Validation happens at build time (`load.rs`, compiled into `build.rs`), so
//! the widget can trust [`CONTENT`]: every item has a known dimension, weights
//! in range, every dimension is balanced between the two roles. The words are
//! not baked in: each language's are a separate asset ([`words`]), checked
//! at build time too, so a visitor downloads only their own.

pub use rolefit_bank::{model, words};

pub use model::{
    AnswerOption, Bank, Content, Dimension, DimensionText, Item, ItemText, Kind, Language, Locale, Profile, Profiles,
    Ui,
};

include!(concat!(env!("OUT_DIR"), "/content.rs"));

/// The default language: the first one (`en-GB`).
pub fn default_language() -> &'static Language {
    &LANGUAGES[0]
}

/// The language for a BCP 47 tag: the same tag (any case), else the first
/// language with the same primary subtag, so "de", "de-AT" and "de-de" all
/// find German.
pub fn find_language(tag: &str) -> Option<&'static Language> {
    let tag = crate::core::text::trim(tag);
    let primary = |t: &str| t.split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
    LANGUAGES
        .iter()
        .find(|l| l.tag.eq_ignore_ascii_case(tag))
        .or_else(|| LANGUAGES.iter().find(|l| !tag.is_empty() && primary(l.tag) == primary(tag)))
}

/// The first of a reader's preferred languages (as in `navigator.languages`)
/// that the widget speaks, else the default.
pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> &'static Language {
    preferred.into_iter().find_map(find_language).unwrap_or_else(default_language)
}

/// Every language the widget speaks among a reader's preferred ones, in
/// their order and each once, then the default: the order to try them in
/// when a language's words cannot be loaded. The first is [`negotiate`]'s.
pub fn preference<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Vec<&'static Language> {
    let mut languages: Vec<&'static Language> = Vec::new();
    for language in preferred.into_iter().filter_map(find_language).chain([default_language()]) {
        if !languages.iter().any(|known| known.tag == language.tag) {
            languages.push(language);
        }
    }
    languages
}

/// The index of `item` in `bank`, which is also its index in every
/// language's [`Locale::items`].
pub fn item_index(bank: &Bank, item: &Item) -> Option<usize> {
    bank.items.iter().position(|i| i.id == item.id)
}
