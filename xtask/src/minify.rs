//! Minifies `embed.js` and `embed-popup.js` in release builds: the end of Trunk's
//! `host-files` post-build hook (`contract.rs`). Trunk copies the file as it is
//! (`rel="copy-file"`, so its name stays stable for host pages), and the
//! source keeps its comments for whoever reads it; host pages get it
//! minified with the same minifier Trunk uses for the widget's own scripts.

use std::env;
use std::fs;
use std::path::Path;

use crate::Result;

/// The minifying part of the hook: a no-op outside release builds.
pub fn hook() -> Result {
    if env::var("TRUNK_PROFILE").as_deref() != Ok("release") {
        return Ok(());
    }
    let staging = env::var_os("TRUNK_STAGING_DIR")
        .ok_or("host-files is Trunk's post_build hook; run it through `trunk build --release`")?;
    for name in ["embed.js", "embed-popup.js"] {
        let path = Path::new(&staging).join(name);
        let source = fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let minified = minify(&source)?;
        fs::write(&path, &minified).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        println!("host-files: minified {name} {} -> {} bytes", source.len(), minified.len());
    }
    Ok(())
}

/// `source` minified as a classic script, its leading `/*! … */` licence
/// comment kept.
fn minify(source: &[u8]) -> Result<Vec<u8>> {
    let text = std::str::from_utf8(source).map_err(|e| format!("embed.js is not UTF-8: {e}"))?;
    let (banner, body) = match text.find("*/") {
        Some(end) if text.starts_with("/*!") => (&text[..end + 2], &text[end + 2..]),
        _ => ("", text),
    };
    let mut result = banner.as_bytes().to_vec();
    result.push(b'\n');
    result.extend(minify_script(body.as_bytes()).map_err(|e| format!("cannot minify embed.js: {e}"))?);
    Ok(result)
}

/// A classic script, minified: the same minifier and mode Trunk uses, but
/// the same output for the same input on every run (see `names.rs`).
pub fn minify_script(source: &[u8]) -> Result<Vec<u8>> {
    let session = minify_js::Session::new();
    let mut out = Vec::new();
    minify_js::minify(&session, minify_js::TopLevelMode::Global, source, &mut out).map_err(|e| format!("{e:?}"))?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::minify;

    #[test]
    fn the_banner_stays_and_the_rest_shrinks() {
        let source = include_bytes!("../../src/embed.js");
        let out = String::from_utf8(minify(source).unwrap()).unwrap();
        assert!(out.starts_with("/*! rolefit embed v1"));
        assert!(out.len() < source.len() * 2 / 3, "{} of {}", out.len(), source.len());
        assert!(out.contains("data-rolefit-popup"), "strings survive");
    }
}
