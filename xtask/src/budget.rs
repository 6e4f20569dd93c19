//! The byte budget: what a visitor downloads, against the limits the project
//! set itself. `cargo xtask build` and `cargo xtask budget` fail over it;
//! `cargo xtask test` only reports it, so that a change over budget still
//! runs every test and shows its figures, and CI fails on the budget as a
//! step of its own.

use std::fs;
use std::path::Path;

use crate::Result;

/// Most gzip bytes `embed.js` (and the popup it loads) may weigh (3.5 KiB;
/// see BENCHMARKS.md).
pub const EMBED_BUDGET: u64 = 3_584;
/// Most gzip bytes of everything a visitor downloads before the first
/// question, in any one language (GNU `gzip -9`; see BENCHMARKS.md).
pub const FIRST_LOAD_BUDGET: u64 = 120_000;

/// Host-page scripts held to [`EMBED_BUDGET`].
const EMBED_FILES: [&str; 2] = ["embed.js", "embed-popup.js"];

/// One file of `dist/`: its name (`words/` for the words files), raw and
/// gzip -9 bytes.
pub type Size = (String, u64, u64);

/// What one language's visitors download before the first question.
pub struct FirstLoad {
    pub tag: String,
    /// Gzip bytes of the language's words file.
    pub words: u64,
    /// Gzip bytes of the shell every language shares, plus the words.
    pub total: u64,
}

/// The shared shell (every top-level file but those for host pages) plus
/// each language's words file.
pub fn first_loads(sizes: &[Size]) -> Result<Vec<FirstLoad>> {
    let shell: u64 = sizes
        .iter()
        .filter(|(name, ..)| !name.starts_with("words/") && !crate::HOST_FILES.contains(&name.as_str()))
        .map(|s| s.2)
        .sum();
    let mut loads: Vec<FirstLoad> = sizes
        .iter()
        .filter_map(|(name, _, gz)| {
            let file = name.strip_prefix("words/")?;
            let tag = file.rsplit_once('-')?.0;
            Some(FirstLoad { tag: tag.to_owned(), words: *gz, total: shell + gz })
        })
        .collect();
    if loads.is_empty() {
        return Err("dist/words/ holds no words: the pre_build hook (`cargo xtask words`) did not run".into());
    }
    loads.sort_by_key(|l| (l.tag != "en-GB", l.tag.clone()));
    Ok(loads)
}

/// Prints every file's size and each language's first load.
pub fn report(sizes: &[Size]) -> Result<Vec<FirstLoad>> {
    let total = sizes.iter().fold((0, 0), |(r, g), (_, raw, gz)| (r + raw, g + gz));
    println!("\n{:<44} {:>10} {:>10}", "asset", "raw B", "gzip B");
    for (name, raw, gz) in sizes {
        println!("{name:<44} {raw:>10} {gz:>10}");
    }
    println!("{:<44} {:>10} {:>10}", "total (every file, all languages)", total.0, total.1);
    let loads = first_loads(sizes)?;
    println!("\n{:<10} {:>12} {:>16}", "language", "words gzip B", "first load gzip B");
    for load in &loads {
        println!("{:<10} {:>12} {:>16}", load.tag, load.words, load.total);
    }
    println!(
        "(first load: the page, boot.js, glue, wasm, stylesheet, icon and one language's words; budget {FIRST_LOAD_BUDGET})"
    );
    Ok(loads)
}

/// Each way the build is over budget, one sentence each; empty within it.
pub fn over_budget(sizes: &[Size], loads: &[FirstLoad]) -> Vec<String> {
    let embeds = sizes.iter().filter(|(name, ..)| EMBED_FILES.contains(&name.as_str()));
    let embeds = embeds
        .filter(|(.., gz)| *gz > EMBED_BUDGET)
        .map(|(name, _, gz)| format!("{name} is {gz} bytes gzip, over its budget of {EMBED_BUDGET}"));
    let loads = loads.iter().filter(|load| load.total > FIRST_LOAD_BUDGET).map(|load| {
        format!("the first load in {} is {} bytes gzip, over its budget of {FIRST_LOAD_BUDGET}", load.tag, load.total)
    });
    embeds.chain(loads).collect()
}

/// Fails, naming every excess, if the build is over budget.
pub fn enforce(sizes: &[Size], loads: &[FirstLoad]) -> Result {
    let over = over_budget(sizes, loads);
    if over.is_empty() {
        println!("within budget: first load {FIRST_LOAD_BUDGET} B gzip per language, embed.js {EMBED_BUDGET} B");
        Ok(())
    } else {
        Err(format!("over budget:\n  {}", over.join("\n  ")))
    }
}

/// Says, without failing, whether the build is over budget (`cargo xtask
/// test`, whose tests should all run and report even then).
pub fn warn(sizes: &[Size], loads: &[FirstLoad]) {
    let over = over_budget(sizes, loads);
    if over.is_empty() {
        println!("within budget");
    } else {
        println!("OVER BUDGET (the tests go on; `cargo xtask budget` fails):\n  {}", over.join("\n  "));
    }
}

/// `cargo xtask budget`: checks `dist/` as it is, building it first if it
/// is missing or older than any source of the build.
pub fn command() -> Result {
    let dist = crate::root().join("dist");
    let sizes = if dist_is_current(&crate::root()) {
        crate::step("checking the budget of dist/ (built after every source; `cargo xtask build` rebuilds)");
        crate::dist_sizes(&dist)?
    } else {
        crate::release_build()?
    };
    let loads = report(&sizes)?;
    enforce(&sizes, &loads)
}

/// Marks `dist/` as the release build's, which `trunk serve` (a debug build
/// into the same folder, neither minified nor renamed) would not be.
const RELEASE_MARK: &str = "target/dist-is-release";

/// Records that the release build just wrote `dist/` under `root`.
pub fn mark_release(root: &Path) -> Result {
    let mark = root.join(RELEASE_MARK);
    fs::write(&mark, "").map_err(|e| format!("cannot write {}: {e}", mark.display()))
}

/// Whether `dist/` under `root` is the release build's, and its
/// `index.html` newer than everything the build reads, the post-build
/// steps in `xtask/` included.
fn dist_is_current(root: &Path) -> bool {
    let modified = |path: &Path| fs::metadata(path).and_then(|m| m.modified()).ok();
    let (Some(built), Some(marked)) = (modified(&root.join("dist/index.html")), modified(&root.join(RELEASE_MARK)))
    else {
        return false;
    };
    let sources = [
        "src",
        "questions",
        "bank/src",
        "index.html",
        "Trunk.toml",
        "Cargo.toml",
        "Cargo.lock",
        "build.rs",
        "examples/contract.rs",
        "xtask/src",
        "xtask/page-minify/src",
    ];
    built <= marked && sources.iter().all(|source| newest(&root.join(source)).is_none_or(|changed| changed <= built))
}

/// The latest modification time of `path` or anything under it.
fn newest(path: &Path) -> Option<std::time::SystemTime> {
    let meta = fs::metadata(path).ok()?;
    let own = meta.modified().ok();
    if !meta.is_dir() {
        return own;
    }
    let children = fs::read_dir(path).ok()?.flatten().filter_map(|entry| newest(&entry.path()));
    children.chain(own).max()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sizes(wasm: u64, embed: u64) -> Vec<Size> {
        [
            ("index.html", 600),
            ("rolefit-0123456789abcdef_bg.wasm", wasm),
            ("embed.js", embed),
            ("embed-popup.js", 1_100),
            ("embed.d.ts", 90_000),
            ("words/en-GB-0123456789abcdef.txt", 3_000),
            ("words/fr-FR-0123456789abcdef.txt", 3_700),
        ]
        .into_iter()
        .map(|(name, gz)| (name.to_owned(), gz * 2, gz))
        .collect()
    }

    fn verdict(wasm: u64, embed: u64) -> Vec<String> {
        let sizes = sizes(wasm, embed);
        over_budget(&sizes, &first_loads(&sizes).unwrap())
    }

    #[test]
    fn a_build_at_its_limits_is_within_budget() {
        let largest = FIRST_LOAD_BUDGET - 600 - 3_700;
        assert_eq!(verdict(largest, EMBED_BUDGET), Vec::<String>::new());
    }

    #[test]
    fn one_byte_over_for_one_language_fails_for_that_language_only() {
        let over = verdict(FIRST_LOAD_BUDGET - 600 - 3_700 + 1, EMBED_BUDGET);
        assert_eq!(
            over,
            [format!("the first load in fr-FR is 120001 bytes gzip, over its budget of {FIRST_LOAD_BUDGET}")]
        );
    }

    #[test]
    fn embed_js_over_its_own_budget_fails_and_host_files_stay_out_of_the_first_load() {
        let over = verdict(50_000, EMBED_BUDGET + 1);
        assert_eq!(over, [format!("embed.js is 3585 bytes gzip, over its budget of {EMBED_BUDGET}")]);
    }

    /// A folder with `dist/index.html` and `src/lib.rs`, the source older.
    fn built_tree(name: &str) -> std::path::PathBuf {
        let root = std::env::temp_dir().join(format!("rolefit-budget-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&root);
        for dir in ["dist", "src", "target"] {
            fs::create_dir_all(root.join(dir)).unwrap();
        }
        fs::write(root.join("src/lib.rs"), "").unwrap();
        let source = fs::File::options().write(true).open(root.join("src/lib.rs")).unwrap();
        source.set_modified(std::time::SystemTime::now() - std::time::Duration::from_secs(60)).unwrap();
        fs::write(root.join("dist/index.html"), "").unwrap();
        root
    }

    #[test]
    fn only_the_release_builds_own_dist_is_checked_as_it_is() {
        let root = built_tree("mark");
        assert!(!dist_is_current(&root), "a dist/ the release build did not mark (trunk serve's) is rebuilt");
        mark_release(&root).unwrap();
        assert!(dist_is_current(&root));
        // `trunk serve` writes dist/ again after the release build.
        fs::write(root.join("dist/index.html"), "debug").unwrap();
        let later = std::time::SystemTime::now() + std::time::Duration::from_secs(5);
        fs::File::options().write(true).open(root.join("dist/index.html")).unwrap().set_modified(later).unwrap();
        assert!(!dist_is_current(&root));
        fs::remove_dir_all(&root).unwrap();
    }

    #[test]
    fn a_change_to_a_post_build_step_rebuilds() {
        let root = built_tree("xtask");
        mark_release(&root).unwrap();
        fs::create_dir_all(root.join("xtask/src")).unwrap();
        let later = std::time::SystemTime::now() + std::time::Duration::from_secs(5);
        let names = root.join("xtask/src/names.rs");
        fs::write(&names, "").unwrap();
        fs::File::options().write(true).open(&names).unwrap().set_modified(later).unwrap();
        assert!(!dist_is_current(&root));
        fs::remove_dir_all(&root).unwrap();
    }

    #[test]
    fn every_excess_is_named() {
        assert_eq!(verdict(FIRST_LOAD_BUDGET, EMBED_BUDGET + 1).len(), 3);
    }
}
