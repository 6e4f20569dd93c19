//! What the Rust test suites share: answers that point one way, and each
//! language's words as the widget reads them. Each suite uses some of it.
#![allow(dead_code)]

use rolefit::core::bank::{Bank, CONTENT, Locale, words};
use rolefit::core::scoring::{Answer, Role, strongest_option};

/// For every item of `bank`, the option that points most toward `role`.
pub fn answers_toward_in(bank: &Bank, role: Role) -> Vec<Answer> {
    (0..bank.items.len()).map(|i| strongest_option(bank, i, role)).collect()
}

/// For every item of the shipped bank, the option that points most toward `role`.
pub fn answers_toward(role: Role) -> Vec<Answer> {
    answers_toward_in(&CONTENT.bank, role)
}

/// The words file the build wrote for `tag`, as the widget fetches it.
#[cfg(not(target_arch = "wasm32"))]
pub fn words_file(tag: &str) -> &'static str {
    let path = format!("{}/words/{tag}.txt", env!("OUT_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}")).leak()
}

/// A language's words as the widget reads them: its file, decoded.
#[cfg(not(target_arch = "wasm32"))]
pub fn locale(tag: &'static str) -> Locale {
    words::decode(&CONTENT.bank, tag, words_file(tag).to_owned()).unwrap_or_else(|e| panic!("{tag}: {e:?}"))
}

/// The English words, read from the file the build wrote (compiled in, as a
/// browser test cannot read files).
pub fn english() -> &'static Locale {
    thread_local! {
        static EN: &'static Locale = Box::leak(Box::new(
            words::decode(&CONTENT.bank, "en-GB", include_str!(concat!(env!("OUT_DIR"), "/words/en-GB.txt")).to_owned())
                .unwrap(),
        ));
    }
    EN.with(|en| *en)
}
