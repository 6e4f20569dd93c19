//! Trunk's pre-build hook (`Trunk.toml`): writes each language's words into
//! the build, as `words/<tag>-<hash>.txt`, the names the widget was built to
//! fetch (`build.rs` encodes them the same way, with the same crate).

use std::fs;
use std::path::Path;

use rolefit_bank::{load, words};

use crate::{Result, root};

/// The hook: every language's words into Trunk's staging folder.
pub fn hook(staging: &Path) -> Result {
    let dir = staging.join(words::DIR);
    fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    for language in all()? {
        fs::write(dir.join(&language.file), &language.text)
            .map_err(|e| format!("cannot write {}: {e}", language.file))?;
    }
    Ok(())
}

/// One language's words file, as the build ships it.
pub struct WordsFile {
    /// Its tag, such as `fr-FR`.
    pub tag: String,
    /// Its name for itself, which the language switch (in the wasm) shows.
    pub name: String,
    /// Its file name under `words/`.
    pub file: String,
    /// Its content.
    pub text: String,
}

/// Every language's words file, the default language first.
pub fn all() -> Result<Vec<WordsFile>> {
    let files = load::Files::read(&root())?;
    // An invalid bank is reported by the wasm build itself (build.rs), with
    // every problem; here it is enough to stop.
    let loaded =
        files.load().map_err(|problems| format!("questions/ has {} problem(s); see the build", problems.len()))?;
    let texts: Vec<String> = loaded.locales.iter().map(|locale| words::encode(&loaded.content.bank, locale)).collect();
    let hash = words::words_hash(texts.iter().map(String::as_str));
    Ok(loaded
        .locales
        .iter()
        .zip(texts)
        .map(|(locale, text)| WordsFile {
            tag: locale.tag.to_owned(),
            name: locale.ui.language_name.to_owned(),
            file: words::file_name(locale.tag, hash),
            text,
        })
        .collect())
}
