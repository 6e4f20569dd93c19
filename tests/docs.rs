//! The docs are checked like code: every path quoted in a Markdown file or in
//! a module's `//!` comment exists, and no code comment points at an issue
//! (history lives in git). Rustdoc's intra-doc links are checked by
//! `cargo xtask test` (`check_docs` in `xtask/src/main.rs`).
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

/// Folders of build output, installed packages and tools' state: not ours to check.
const SKIPPED: &[&str] = &["target", "node_modules", "dist", "test-results", "playwright-report"];

/// Every file and folder of the repository, relative to its root, with `/`
/// between names; hidden ones and [`SKIPPED`] folders left out.
fn repository() -> Vec<String> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<String>) {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .map(|e| e.unwrap().path())
            .collect();
        entries.sort();
        for path in entries {
            let name = path.file_name().unwrap().to_string_lossy();
            if name.starts_with('.') || (path.is_dir() && SKIPPED.contains(&&*name)) {
                continue;
            }
            let relative = path.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/");
            if path.is_dir() {
                out.push(format!("{relative}/"));
                walk(root, &path, out);
            } else {
                out.push(relative);
            }
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    walk(root, root, &mut out);
    out
}

fn read(file: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(file)).unwrap_or_else(|e| panic!("{file}: {e}"))
}

/// What is quoted in backticks in `text`, fenced code blocks left out.
fn quoted(text: &str) -> Vec<String> {
    let mut fenced = false;
    let mut prose = String::new();
    for line in text.lines() {
        if line.trim_start().starts_with("```") {
            fenced = !fenced;
        } else if !fenced {
            prose.push_str(line);
            prose.push('\n');
        }
    }
    prose.split('`').skip(1).step_by(2).map(str::to_owned).collect()
}

/// Whether a quoted span names a path in the repository: it has a `/`, and
/// ends in a file extension or a `/`; not a URL or an absolute URL path, and
/// no white space or placeholder (`<tag>`, `*.rs`, `{name}`, `…`).
fn is_path(span: &str) -> bool {
    let extension = span.rsplit_once('.').is_some_and(|(stem, ext)| {
        !stem.is_empty() && !ext.is_empty() && ext.chars().all(|c| c.is_ascii_alphanumeric()) && !ext.contains('/')
    });
    span.contains('/')
        && !span.starts_with('/')
        && span.contains(char::is_alphanumeric)
        && !span.contains("://")
        && !span.contains(|c: char| c.is_whitespace() || "<>*{}[]()…$|#=?:,;'\"".contains(c))
        && (span.ends_with('/') || extension)
}

/// Whether `path`, quoted in `file`, exists: from the repository's root,
/// from `file`'s folder, or as the end of a path in the repository (prose
/// often names `shell/gesture.rs` or `tests/answer.js` within the part it
/// is about). `target/`, `dist/` and `e2e/generated/` are build output, made by
/// the build and the test run.
fn exists(path: &str, file: &str, repository: &[String]) -> bool {
    let folder = file.rsplit_once('/').map_or("", |(folder, _)| folder);
    let from_folder = if folder.is_empty() { path.to_owned() } else { format!("{folder}/{path}") };
    let wanted = path.trim_end_matches('/');
    ["target/", "dist/", "e2e/generated/"].iter().any(|output| path.starts_with(output))
        || repository.iter().any(|known| {
            let known = known.trim_end_matches('/');
            known == wanted || known == from_folder.trim_end_matches('/') || known.ends_with(&format!("/{wanted}"))
        })
}

/// The `//!` lines of a Rust file, without their marker.
fn module_docs(text: &str) -> String {
    text.lines().filter_map(|line| line.trim_start().strip_prefix("//!")).collect::<Vec<_>>().join("\n")
}

#[test]
fn every_path_quoted_in_the_docs_exists() {
    let repository = repository();
    let mut missing = Vec::new();
    for file in repository.iter().filter(|f| f.ends_with(".md") || f.ends_with(".rs")) {
        let text = read(file);
        let text = if file.ends_with(".rs") { module_docs(&text) } else { text };
        for path in quoted(&text).iter().filter(|span| is_path(span)) {
            if !exists(path, file, &repository) {
                missing.push(format!("{file}: `{path}`"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "paths quoted in the docs that do not exist (fix the path, or write a placeholder such as \
         `questions/<tag>/` if it stands for many):\n{}",
        missing.join("\n")
    );
}

/// The comments of a file, line by line: `//` and `/* */` in Rust,
/// JavaScript and TypeScript, `/* */` in CSS, `#` in TOML; what is inside a
/// string on one line (a URL, these tests' own examples) is not a comment.
fn comments(file: &str, text: &str) -> Vec<(usize, String)> {
    let extension = file.rsplit('.').next().unwrap_or_default();
    // Rust's `'` also starts lifetimes, which do not close.
    let quotes = match extension {
        "rs" => "\"",
        "toml" => "\"'",
        _ => "\"'`",
    };
    let mut found = Vec::new();
    let mut in_block = false;
    for (number, line) in text.lines().enumerate() {
        let mut comment = String::new();
        let mut quote = None;
        let mut chars = line.char_indices().peekable();
        while let Some((at, c)) = chars.next() {
            let next = chars.peek().map(|&(_, n)| n);
            if in_block {
                if c == '*' && next == Some('/') {
                    chars.next();
                    in_block = false;
                } else {
                    comment.push(c);
                }
                continue;
            }
            match (quote, c) {
                (Some(_), '\\') => {
                    chars.next();
                }
                (Some(q), c) if c == q => quote = None,
                (Some(_), _) => {}
                (None, c) if quotes.contains(c) => quote = Some(c),
                (None, '#') if extension == "toml" => {
                    comment.push_str(&line[at..]);
                    break;
                }
                (None, '/') if next == Some('/') && extension != "css" && extension != "toml" => {
                    comment.push_str(&line[at..]);
                    break;
                }
                (None, '/') if next == Some('*') && extension != "toml" => {
                    chars.next();
                    in_block = true;
                }
                _ => {}
            }
        }
        if !comment.is_empty() {
            found.push((number + 1, comment));
        }
    }
    found
}

/// Whether a comment points at an issue or pull request by number: "issue"
/// or "issues" then a number, or `#` then a number.
fn names_an_issue(comment: &str) -> bool {
    let lower = comment.to_lowercase();
    let digit_after = |at: usize| lower[at..].trim_start().starts_with(|c: char| c.is_ascii_digit());
    let issue = lower.match_indices("issue").any(|(at, word)| {
        let before = lower[..at].chars().next_back();
        let after = lower[at + word.len()..].strip_prefix('s').map_or(at + word.len(), |_| at + word.len() + 1);
        !before.is_some_and(char::is_alphanumeric) && digit_after(after)
    });
    let hash = lower.match_indices('#').any(|(at, _)| {
        let before = lower[..at].chars().next_back();
        let number: String = lower[at + 1..].chars().take_while(char::is_ascii_digit).collect();
        let next = lower[at + 1 + number.len()..].chars().next();
        !before.is_some_and(|c| c.is_alphanumeric() || c == '&')
            && !number.is_empty()
            && !next.is_some_and(char::is_alphanumeric)
    });
    issue || hash
}

#[test]
fn no_code_comment_points_at_an_issue() {
    let code = ["rs", "js", "mjs", "ts", "css", "toml"];
    let mut found = Vec::new();
    for file in repository().iter().filter(|f| code.iter().any(|ext| f.ends_with(&format!(".{ext}")))) {
        for (line, comment) in comments(file, &read(file)) {
            if names_an_issue(&comment) {
                found.push(format!("{file}:{line}: {}", comment.trim()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "code comments that point at an issue; say why in the comment and leave the history to git:\n{}",
        found.join("\n")
    );
}

/// The commands `cargo xtask` runs: the arms of its `main`.
fn xtask_commands() -> Vec<String> {
    read("xtask/src/main.rs")
        .split("Some(\"")
        .skip(1)
        .filter_map(|rest| rest.split_once("\") =>").map(|(name, _)| name.to_owned()))
        .collect()
}

/// The commands named as `cargo xtask <command>` in `text`.
fn xtask_commands_named(text: &str) -> Vec<String> {
    text.split("cargo xtask ")
        .skip(1)
        .map(|rest| rest.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-')).next().unwrap_or("").to_owned())
        .filter(|command| !command.is_empty())
        .collect()
}

#[test]
fn every_xtask_command_the_docs_and_comments_name_exists() {
    let commands = xtask_commands();
    assert!(commands.iter().any(|c| c == "post-build"), "{commands:?}");
    let kinds = [".md", ".rs", ".js", ".mjs", ".ts", ".html", ".css", ".toml"];
    let mut unknown = Vec::new();
    for file in repository().iter().filter(|f| kinds.iter().any(|kind| f.ends_with(kind))) {
        for command in xtask_commands_named(&read(file)) {
            if !commands.contains(&command) {
                unknown.push(format!("{file}: `cargo xtask {command}`"));
            }
        }
    }
    assert!(
        unknown.is_empty(),
        "commands `cargo xtask` does not have (usage in xtask/src/main.rs):\n{}",
        unknown.join("\n")
    );
}

#[test]
fn the_checks_see_what_they_look_for() {
    assert!(is_path("src/core/text.rs") && is_path("questions/en-GB/") && is_path("e2e/tests/answer.js"));
    for not_a_path in
        ["./", "https://x.example/a.js", "/careers/rolefit/", "questions/<tag>/ui.toml", "words/*.txt", "a b/c.rs"]
    {
        assert!(!is_path(not_a_path), "{not_a_path}");
    }
    assert!(!is_path("owner/manager") && !is_path("text/plain"), "no extension, no trailing slash");
    let repository = repository();
    assert!(exists("src/core/text.rs", "README.md", &repository));
    assert!(exists("tests/answer.js", "ARCHITECTURE.md", &repository), "the end of a path");
    assert!(!exists("questions/ui.toml", "README.md", &repository));
    assert_eq!(quoted("a `b/c.rs` d\n```\n`x/y.rs`\n```\n`e/f/`"), ["b/c.rs", "e/f/"]);

    let comments = |file, text| comments(file, text).into_iter().map(|(_, c)| c).collect::<Vec<_>>();
    assert_eq!(comments("a.rs", "let url = \"https://x\"; // why\n/* one\ntwo */ code"), ["// why", " one", "two "]);
    assert_eq!(comments("a.js", "f('//', \"a\\\"//\") // note"), ["// note"]);
    assert_eq!(comments("a.toml", "key = \"#1\" # note"), ["# note"]);
    assert_eq!(comments("a.css", "a { color: #000; } /* dark */"), [" dark "]);
    for bad in ["// (issue 19)", "// see issues 3 and 4", "# fixes #12", "/* Issue  7 */"] {
        assert!(names_an_issue(bad), "{bad}");
    }
    for fine in ["// an issue with 3 parts", "// colour #0a6e5c", "// tissue 3", "// step #r=x", "// &#39;"] {
        assert!(!names_an_issue(fine), "{fine}");
    }
}
