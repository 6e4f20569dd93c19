//! The question bank: its model and the content baked in from `questions/`.
//!
//! Validation happens at build time (`load.rs`, compiled into `build.rs`), so
//! the widget can trust [`CONTENT`]: every item has a known dimension, weights
//! in range, every dimension is balanced between the two roles, and every
//! language words every dimension, item and option of the one bank.

pub mod model;

pub use model::{
    AnswerOption, Bank, Content, Dimension, DimensionText, Item, ItemText, Kind, Locale, Profile, Profiles, Ui,
};

include!(concat!(env!("OUT_DIR"), "/content.rs"));

/// The default language: the first one baked in (`en-GB`).
pub fn default_locale() -> &'static Locale {
    &CONTENT.locales[0]
}

/// The language for a BCP 47 tag: the same tag (any case), else the first
/// language with the same primary subtag, so "de", "de-AT" and "de-de" all
/// find German.
pub fn find_locale(tag: &str) -> Option<&'static Locale> {
    let tag = tag.trim();
    let primary = |t: &str| t.split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
    CONTENT
        .locales
        .iter()
        .find(|l| l.tag.eq_ignore_ascii_case(tag))
        .or_else(|| CONTENT.locales.iter().find(|l| !tag.is_empty() && primary(l.tag) == primary(tag)))
}

/// The first of a reader's preferred languages (as in `navigator.languages`)
/// that the widget speaks, else the default.
pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> &'static Locale {
    preferred.into_iter().find_map(find_locale).unwrap_or_else(default_locale)
}

/// The index of `item` in the bank, which is also its index in every
/// language's [`Locale::items`].
pub fn item_index(item: &Item) -> Option<usize> {
    CONTENT.bank.items.iter().position(|i| i.id == item.id)
}
