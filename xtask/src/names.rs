//! Short names for everything the wasm and its JavaScript glue call each other
//! by: run by Trunk after a release build (the `post_build` hook in
//! `Trunk.toml`).
//!
//! wasm-bindgen names each import after the Rust item plus a 16-digit hash
//! (`__wbg_appendChild_dbf7ad2f48413560`), and each name is written twice, once
//! in the wasm and once in the glue. Random hex is what gzip compresses worst.
//! binaryen's `--minify-imports-and-exports-and-modules` renames them in the
//! wasm (to `a`, `b`, … `$a`) and prints the mapping; this module applies the
//! same mapping to the glue.

use std::collections::HashMap;
use std::env;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::Result;

/// The wasm features the build allows, as `index.html` passes them to Trunk's
/// `wasm-opt` (`data-wasm-opt-params`).
const FEATURES: [&str; 6] = [
    "--enable-bulk-memory",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-mutable-globals",
    "--enable-reference-types",
    "--enable-multivalue",
];

/// The module name binaryen gives every import when it merges them.
const MODULE: &str = "a";

/// The hook itself: a no-op outside release builds.
pub fn hook() -> Result {
    if env::var("TRUNK_PROFILE").as_deref() != Ok("release") {
        return Ok(());
    }
    let staging = env::var_os("TRUNK_STAGING_DIR")
        .ok_or("shorten-names is Trunk's post_build hook; run it through `trunk build --release`")?;
    shorten(Path::new(&staging))
}

/// Renames in the wasm and glue found in `dir` (one `*_bg.wasm` and its `.js`).
fn shorten(dir: &Path) -> Result {
    let wasm = only_wasm(dir)?;
    let name = wasm.file_name().unwrap_or_default().to_string_lossy();
    let js = dir.join(format!("{}.js", name.trim_end_matches("_bg.wasm")));
    let glue = match reproducible_glue(&js)? {
        Some(glue) => glue,
        None => fs::read_to_string(&js).map_err(|e| format!("cannot read {}: {e}", js.display()))?,
    };

    let out = Command::new("wasm-opt")
        .arg(&wasm)
        // The features the first optimisation allowed (index.html), so the
        // module validates as it is and gains nothing newer. `-Oz` runs
        // again after the renaming: with short names, binaryen finds a few
        // hundred more bytes to fold (measured in BENCHMARKS.md).
        .args(FEATURES)
        .args(["--minify-imports-and-exports-and-modules", "-Oz", "--converge", "-o"])
        .arg(&wasm)
        .output();
    let out = match out {
        Ok(out) => out,
        Err(e) => {
            // The build is still correct, only bigger; `cargo xtask build` checks the size.
            println!("shorten-names: wasm-opt is not on PATH ({e}); names stay long. `cargo xtask build` installs it.");
            return Ok(());
        }
    };
    if !out.status.success() {
        return Err(format!("wasm-opt failed: {}", String::from_utf8_lossy(&out.stderr)));
    }
    let mapping = String::from_utf8_lossy(&out.stdout);
    let renamed = rename(&glue, &parse_mapping(&mapping)?)?;
    fs::write(&js, &renamed).map_err(|e| format!("cannot write {}: {e}", js.display()))?;
    println!("shorten-names: {} names; glue {} -> {} bytes", mapping.lines().count(), glue.len(), renamed.len());
    Ok(())
}

/// The glue minified the same way on every build. Trunk minifies it with
/// `minify-js`, whose hash maps Trunk's build seeds at random: the same
/// source gave glue of 3,954 to 4,020 bytes gzip, the declarations in another
/// order each time. Minified again here from wasm-bindgen's own output (in
/// Trunk's `target/wasm-bindgen/release/`), with the same minifier and mode,
/// it is the same bytes every time, so the first load is too. `None` when
/// that output is not where Trunk 0.21 writes it: Trunk's glue is kept.
fn reproducible_glue(staged: &Path) -> Result<Option<String>> {
    let Some(stem) = staged.file_stem().and_then(|s| s.to_str()).and_then(|s| s.rsplit_once('-')).map(|(s, _)| s)
    else {
        return Ok(None);
    };
    let target = env::var_os("CARGO_TARGET_DIR").map_or_else(|| crate::root().join("target"), PathBuf::from);
    let source = target.join("wasm-bindgen").join("release").join(format!("{stem}.js"));
    let Ok(source) = fs::read(&source) else { return Ok(None) };
    let minified = crate::minify::minify_script(&source).map_err(|e| format!("cannot minify the glue: {e}"))?;
    String::from_utf8(minified).map(Some).map_err(|e| format!("the minified glue is not UTF-8: {e}"))
}

fn only_wasm(dir: &Path) -> Result<PathBuf> {
    let mut found = fs::read_dir(dir)
        .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with("_bg.wasm"));
    match (found.next(), found.next()) {
        (Some(wasm), None) => Ok(wasm),
        _ => Err(format!("expected exactly one *_bg.wasm in {}", dir.display())),
    }
}

/// Reads binaryen's `old => new` lines. Newer binaryen writes imports as
/// `module.old`; names never contain dots, so the part after the last one is
/// the name.
fn parse_mapping(text: &str) -> Result<HashMap<&str, &str>> {
    text.lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            let (old, new) = line.split_once(" => ").ok_or_else(|| format!("unexpected wasm-opt output: {line}"))?;
            Ok((old.rsplit('.').next().unwrap_or(old), new))
        })
        .collect()
}

fn is_name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '$'
}

/// Applies the mapping to every whole identifier of the glue (property names
/// and quoted keys alike), and points the import object at the one module.
/// Fails if any wasm-bindgen name is left, so a changed glue cannot pass
/// half renamed.
fn rename(glue: &str, mapping: &HashMap<&str, &str>) -> Result<String> {
    let mut out = String::with_capacity(glue.len());
    let mut rest = glue;
    while let Some(start) = rest.find(is_name_char) {
        out.push_str(&rest[..start]);
        rest = &rest[start..];
        let end = rest.find(|c| !is_name_char(c)).unwrap_or(rest.len());
        let word = &rest[..end];
        out.push_str(mapping.get(word).copied().unwrap_or(word));
        rest = &rest[end..];
    }
    out.push_str(rest);

    // The import object's key: the glue's own file name, `"./<crate>_bg.js"`.
    let key_end = out.find("_bg.js").ok_or("the glue names no import module (`./…_bg.js`)")?;
    let quote = out[..key_end].rfind(['"', '\'', '`']).ok_or("the import module is not a quoted key")?;
    let literal_end = key_end + "_bg.js".len() + 1;
    let literal = &out[quote..literal_end];
    if !literal[1..].starts_with("./") || !literal.ends_with(&literal[..1]) || out[literal_end..].contains("_bg.js") {
        return Err(format!("unexpected import module in the glue: {literal}"));
    }
    let out = format!("{}\"{MODULE}\"{}", &out[..quote], &out[literal_end..]);

    if let Some(at) = out.find("__wbg_").or_else(|| out.find("__wbindgen_")) {
        let end = out[at..].find(|c| !is_name_char(c)).map_or(out.len(), |e| at + e);
        return Err(format!("`{}` is in the glue but wasm-opt did not rename it", &out[at..end]));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_second_pass_allows_exactly_the_features_of_the_first() {
        let page = include_str!("../../index.html");
        let params = page.split("data-wasm-opt-params=\"").nth(1).and_then(|rest| rest.split('"').next()).unwrap();
        let mut first: Vec<&str> = params.split_whitespace().collect();
        let mut second = FEATURES.to_vec();
        first.sort_unstable();
        second.sort_unstable();
        assert_eq!(first, second, "index.html's data-wasm-opt-params and names.rs's FEATURES must match");
    }

    const GLUE: &str = r#"const i={__proto__:null,__wbg_body_5f971cbc6950ca4f:a=>a.body,"__wbg_new_cd4348290afae586":()=>({})};
return {__proto__:null,"./rolefit_bg.js":i};F.memory.buffer;F.__wbindgen_malloc(4);F.memory_size;"#;

    fn mapping() -> HashMap<&'static str, &'static str> {
        parse_mapping(
            "memory => a\n./rolefit_bg.js.__wbg_body_5f971cbc6950ca4f => b\n__wbg_new_cd4348290afae586 => $\n__wbindgen_malloc => c\n",
        )
        .unwrap()
    }

    #[test]
    fn renames_whole_names_and_the_module() {
        let out = rename(GLUE, &mapping()).unwrap();
        assert_eq!(
            out,
            r#"const i={__proto__:null,b:a=>a.body,"$":()=>({})};
return {__proto__:null,"a":i};F.a.buffer;F.c(4);F.memory_size;"#
        );
    }

    #[test]
    fn fails_on_a_name_left_over() {
        let mut partial = mapping();
        partial.remove("__wbindgen_malloc");
        let err = rename(GLUE, &partial).unwrap_err();
        assert!(err.contains("`__wbindgen_malloc`"), "{err}");
    }

    #[test]
    fn fails_without_exactly_one_import_module() {
        assert!(rename("F.memory", &mapping()).is_err());
        let twice = GLUE.replace("F.memory_size", r#"x["./rolefit_bg.js"]"#);
        assert!(rename(&twice, &mapping()).is_err());
    }

    #[test]
    fn reads_both_mapping_formats() {
        let m = parse_mapping("main => b\n./x_bg.js.__wbg_f_0123 => c\n\n").unwrap();
        assert_eq!(m.get("main"), Some(&"b"));
        assert_eq!(m.get("__wbg_f_0123"), Some(&"c"));
        assert!(parse_mapping("garbage").is_err());
    }
}
