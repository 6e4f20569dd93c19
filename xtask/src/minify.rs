//! Minifies a release build: the second step of Trunk's `post_build` hook
//! (`Trunk.toml`, `cargo xtask post-build`), with the minifiers and settings Trunk itself uses,
//! on the top-level files of its staging folder: the scripts here
//! (`minify-js`, as classic scripts), the stylesheet and the page by
//! `page-minify/` (lightningcss and minify-html), a crate of its own.
//!
//! Trunk's own minification is turned off (`minify = "never"`) because its
//! `minify-js` seeds its hash maps at random: the same wasm-bindgen glue came
//! out with its declarations in another order on every build (6,458 to 6,493
//! bytes gzip). Built here without a random seed (no crate of this one turns
//! on `ahash`'s `runtime-rng`; lightningcss would, hence `page-minify/`), it
//! gives the same bytes every run, so the first load and its budget are the
//! same on every build. Trunk copies `embed.js` and `embed-popup.js` as they
//! are (`rel="copy-file"`, so their names stay stable for host pages); they
//! are minified here too, their `/*! … */` banner kept. Folders (`dist/words/`,
//! `dist/configurator/`) are left as they are.

use std::env;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::Result;

/// Minifies the top-level files of Trunk's staging folder, in place.
pub fn staged(staging: &Path) -> Result {
    let mut files: Vec<PathBuf> = fs::read_dir(staging)
        .map_err(|e| format!("cannot read {}: {e}", staging.display()))?
        .flatten()
        .filter(|entry| entry.file_type().is_ok_and(|t| t.is_file()))
        .map(|entry| entry.path())
        .collect();
    files.sort();
    let kind = |path: &Path| path.extension().and_then(|e| e.to_str()).unwrap_or("").to_owned();
    for path in files.iter().filter(|path| kind(path) == "js") {
        let source = fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let minified = script(&source).map_err(|e| format!("cannot minify {}: {e}", path.display()))?;
        fs::write(path, &minified).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        println!("minify: {name} {} -> {} bytes", source.len(), minified.len());
    }
    let pages: Vec<&PathBuf> = files.iter().filter(|path| ["css", "html"].contains(&kind(path).as_str())).collect();
    page_minify(&pages)
}

/// Runs `page-minify/` on the stylesheets and pages, in place.
fn page_minify(files: &[&PathBuf]) -> Result {
    let root = crate::root();
    let manifest = root.join("xtask/page-minify/Cargo.toml");
    let target = root.join("target/page-minify");
    let cargo = env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let status = Command::new(cargo)
        .args(["run", "--quiet", "--locked", "--manifest-path"])
        .arg(&manifest)
        .arg("--target-dir")
        .arg(&target)
        .arg("--")
        .args(files)
        .status()
        .map_err(|e| format!("could not start cargo for page-minify: {e}"))?;
    if !status.success() {
        return Err(format!("page-minify failed ({status})"));
    }
    println!("minify: {} stylesheet(s) and page(s) by page-minify", files.len());
    Ok(())
}

/// A classic script, minified, its leading `/*! … */` licence comment kept.
fn script(source: &[u8]) -> Result<Vec<u8>> {
    let text = std::str::from_utf8(source).map_err(|e| format!("not UTF-8: {e}"))?;
    let (banner, body) = match text.find("*/") {
        Some(end) if text.starts_with("/*!") => (&text[..end + 2], &text[end + 2..]),
        _ => ("", text),
    };
    let mut result = Vec::new();
    if !banner.is_empty() {
        result.extend(banner.as_bytes());
        result.push(b'\n');
    }
    let session = minify_js::Session::new();
    minify_js::minify(&session, minify_js::TopLevelMode::Global, body.as_bytes(), &mut result)
        .map_err(|e| format!("{e:?}"))?;
    Ok(result)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_banner_stays_and_the_rest_shrinks() {
        let source = include_bytes!("../../src/embed.js");
        let out = String::from_utf8(script(source).unwrap()).unwrap();
        assert!(out.starts_with("/*! rolefit embed v1"));
        assert!(out.len() < source.len() * 2 / 3, "{} of {}", out.len(), source.len());
        assert!(out.contains("data-rolefit-popup"), "strings survive");
    }

    /// `minify-js` seeds its hash maps through `ahash`: with `runtime-rng`
    /// on (as any crate built with this one may turn it on) the same script
    /// comes out in another order on every run, and the build's bytes with it.
    #[test]
    fn the_script_minifier_is_not_seeded_at_random() {
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        let manifest = concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml");
        let out = Command::new(cargo)
            .args(["tree", "--offline", "-e", "features", "--prefix", "none", "--manifest-path", manifest])
            .args(["--package", "xtask"])
            .output()
            .unwrap();
        let tree = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success() && tree.contains("minify-js"), "{}", String::from_utf8_lossy(&out.stderr));
        assert!(!tree.contains("ahash feature \"runtime-rng\""), "a dependency of xtask seeds ahash at random");
    }
}
