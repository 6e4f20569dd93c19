//! Short names for everything the wasm and its JavaScript glue call each other
//! by: a step of Trunk's post-build hook in release builds (`cargo xtask
//! post-build`, after `minify.rs`).
//!
//! wasm-bindgen names each import after the Rust item plus a 16-digit hash
//! (`__wbg_appendChild_dbf7ad2f48413560`), and each name is written twice, once
//! in the wasm and once in the glue. Random hex is what gzip compresses worst:
//! about 5,500 B gzip of every first load. binaryen's
//! `--minify-imports-and-exports-and-modules` renames them in the wasm (to
//! `a`, `b`, … `$a`, the modules too) and prints the mapping of the names;
//! this module applies the same mapping to the glue, and the modules' new
//! names, read from the wasm before and after, to the glue's quoted module
//! names.
//!
//! It leans on nothing that an upgrade of Trunk or wasm-bindgen may move: it
//! reads only the files Trunk hands every hook (`TRUNK_STAGING_DIR`), the
//! mapping binaryen prints, the wasm's import section (`wasmparser`), and in
//! the glue only that each import, export and module appears by its exact
//! name, as it must for the browser to link them. Should a later
//! glue name them some other way, the build fails naming what is left, never
//! ships a page that cannot start; deleting the step (one line in
//! `xtask/src/main.rs`) then gives a working build with long names.

use std::collections::HashMap;
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

/// Renames in the wasm and glue found in `dir` (one `*_bg.wasm` and its `.js`).
pub fn shorten(dir: &Path) -> Result {
    let wasm = only_wasm(dir)?;
    let name = wasm.file_name().unwrap_or_default().to_string_lossy();
    let js = dir.join(format!("{}.js", name.trim_end_matches("_bg.wasm")));
    let glue = fs::read_to_string(&js).map_err(|e| format!("cannot read {}: {e}", js.display()))?;
    let modules_before = import_modules(&wasm)?;

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
            println!("names: wasm-opt is not on PATH ({e}); names stay long. `cargo xtask build` installs it.");
            return Ok(());
        }
    };
    if !out.status.success() {
        return Err(format!("wasm-opt failed: {}", String::from_utf8_lossy(&out.stderr)));
    }
    let mapping = String::from_utf8_lossy(&out.stdout);
    let modules = match (modules_before.as_slice(), import_modules(&wasm)?.as_slice()) {
        ([before], [after]) => (before.clone(), after.clone()),
        (before, after) => return Err(format!("expected one import module, found {before:?} then {after:?}")),
    };
    let renamed = rename(&glue, &parse_mapping(&mapping)?, &modules)?;
    fs::write(&js, &renamed).map_err(|e| format!("cannot write {}: {e}", js.display()))?;
    println!("names: {} names shortened; glue {} -> {} bytes", mapping.lines().count(), glue.len(), renamed.len());
    Ok(())
}

/// The modules the wasm imports from, each once, in order.
fn import_modules(wasm: &Path) -> Result<Vec<String>> {
    let bytes = fs::read(wasm).map_err(|e| format!("cannot read {}: {e}", wasm.display()))?;
    let mut modules = Vec::new();
    for payload in wasmparser::Parser::new(0).parse_all(&bytes) {
        if let wasmparser::Payload::ImportSection(section) =
            payload.map_err(|e| format!("cannot read the wasm: {e}"))?
        {
            for import in section.into_imports() {
                let module = import.map_err(|e| format!("cannot read the wasm's imports: {e}"))?.module;
                if !modules.iter().any(|m| m == module) {
                    modules.push(module.to_owned());
                }
            }
        }
    }
    Ok(modules)
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
/// the name. With `--converge` the pass runs again and prints each short
/// name as itself (`a => a`); those say nothing, and a short name renamed to
/// another would leave the glue behind, so it fails.
fn parse_mapping(text: &str) -> Result<HashMap<&str, &str>> {
    let mut mapping = HashMap::new();
    for line in text.lines().filter(|line| !line.trim().is_empty()) {
        let (old, new) = line.split_once(" => ").ok_or_else(|| format!("unexpected wasm-opt output: {line}"))?;
        let old = old.rsplit('.').next().unwrap_or(old);
        if old == new {
            continue;
        }
        if mapping.values().any(|short| *short == old) {
            return Err(format!("wasm-opt renamed `{old}` a second time, to `{new}`"));
        }
        mapping.insert(old, new);
    }
    Ok(mapping)
}

fn is_name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '$'
}

/// Applies the mapping to every whole identifier of the glue (property names
/// and quoted keys alike), and the module's new name to its quoted old one.
/// Fails if the module is not named, if a plain export name appears other
/// than as a property read, or if any wasm-bindgen name is left, so a changed
/// glue cannot pass half renamed.
fn rename(glue: &str, mapping: &HashMap<&str, &str>, (module, new_module): &(String, String)) -> Result<String> {
    let mut named = 0;
    let mut glue = glue.to_owned();
    for quote in ['"', '\'', '`'] {
        let old = format!("{quote}{module}{quote}");
        named += glue.matches(&old).count();
        glue = glue.replace(&old, &format!("\"{new_module}\""));
    }
    if named == 0 {
        return Err(format!("the glue does not name the import module `{module}`"));
    }
    let mut out = String::with_capacity(glue.len());
    let mut rest = glue.as_str();
    while let Some(start) = rest.find(is_name_char) {
        out.push_str(&rest[..start]);
        rest = &rest[start..];
        let end = rest.find(|c| !is_name_char(c)).unwrap_or(rest.len());
        let word = &rest[..end];
        if let Some(short) = mapping.get(word) {
            // A plain export name (`memory`, `main`) may also be a word of
            // the glue's own (a browser property, a string): renamed only
            // where it is read from the module's exports, `wasm.memory`.
            if !word.contains("__") && !out.ends_with('.') {
                return Err(format!(
                    "`{word}` is in the glue other than as `.{word}`: renaming it could change the glue"
                ));
            }
            out.push_str(short);
        } else {
            out.push_str(word);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);

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

    fn modules() -> (String, String) {
        ("./rolefit_bg.js".to_owned(), "a".to_owned())
    }

    #[test]
    fn renames_whole_names_and_the_module() {
        let out = rename(GLUE, &mapping(), &modules()).unwrap();
        assert_eq!(
            out,
            r#"const i={__proto__:null,b:a=>a.body,"$":()=>({})};
return {__proto__:null,"a":i};F.a.buffer;F.c(4);F.memory_size;"#
        );
    }

    /// Another glue layout (wasm-bindgen's ES-module form) renames the same
    /// way: nothing but the names themselves is looked for.
    #[test]
    fn renames_any_layout_of_the_glue() {
        let glue = r#"const imports={};imports['./rolefit_bg.js']={};imports['./rolefit_bg.js'].__wbg_body_5f971cbc6950ca4f=function(a){return a.body};wasm.__wbindgen_malloc(4);"#;
        let out = rename(glue, &mapping(), &modules()).unwrap();
        assert_eq!(out, r#"const imports={};imports["a"]={};imports["a"].b=function(a){return a.body};wasm.c(4);"#);
    }

    #[test]
    fn fails_on_a_name_left_over() {
        let mut partial = mapping();
        partial.remove("__wbindgen_malloc");
        let err = rename(GLUE, &partial, &modules()).unwrap_err();
        assert!(err.contains("`__wbindgen_malloc`"), "{err}");
    }

    #[test]
    fn fails_when_the_glue_does_not_name_the_module() {
        let err = rename(&GLUE.replace("./rolefit_bg.js", "./other.js"), &mapping(), &modules()).unwrap_err();
        assert!(err.contains("`./rolefit_bg.js`"), "{err}");
    }

    /// `main` is an export the glue never reads; in a string it is the
    /// glue's own word, and renaming it would change what the glue does.
    #[test]
    fn fails_on_a_plain_export_name_used_other_than_as_a_property() {
        let mut with_main = mapping();
        with_main.insert("main", "d");
        let glue = format!(r#"{GLUE}document.querySelector("main");"#);
        let err = rename(&glue, &with_main, &modules()).unwrap_err();
        assert!(err.contains("`main`"), "{err}");
        assert!(rename(GLUE, &with_main, &modules()).is_ok());
    }

    #[test]
    fn reads_both_mapping_formats() {
        let m = parse_mapping("main => b\n./x_bg.js.__wbg_f_0123 => c\n\n").unwrap();
        assert_eq!(m.get("main"), Some(&"b"));
        assert_eq!(m.get("__wbg_f_0123"), Some(&"c"));
        assert!(parse_mapping("garbage").is_err());
    }

    #[test]
    fn a_second_pass_may_repeat_the_short_names_but_not_rename_them() {
        let m = parse_mapping("__wbg_f_0123 => a\na => a\n").unwrap();
        assert_eq!(m.len(), 1);
        assert!(parse_mapping("__wbg_f_0123 => a\na => b\n").is_err());
    }
}
