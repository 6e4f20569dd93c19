//! `cargo xtask`: the project's tasks that need more than one tool.
//!
//! - `cargo xtask serve [trunk args]`: install what is missing, then `trunk serve`.
//! - `cargo xtask test`: install what the tests need, then run every tier
//!   (Chromium, then Firefox and WebKit for the cross-engine tier).
//! - `cargo xtask build`: release build into `dist/`, with its sizes; fails
//!   over the byte budget (see `budget.rs`).
//! - `cargo xtask budget`: the byte budget of `dist/` (built if need be), as
//!   CI's step of its own after the tests.
//! - `cargo xtask screenshots`: regenerate `docs/screenshots/`.
//! - `cargo xtask bench`: sizes, load and interaction times, Lighthouse, next to yew's floor.
//! - `cargo xtask calibrate`: simulate answerers and print the calibration table.
//! - `cargo xtask translations`: the translated strings whose en-GB wording
//!   has changed since they were translated; `cargo xtask translated <tag>
//!   <key>...` (or `--all`) records that they now follow it.
//! - `cargo xtask post-build`: Trunk's post-build hook (`contract.rs`, then
//!   `cargo xtask shrink`: `minify.rs` and `names.rs`, which is also the
//!   floor's hook).
//! - `cargo xtask words`: Trunk's pre-build hook (see `words.rs`).
//!
//! Everything it installs comes from crates.io, npm or Debian, the only
//! registries a fresh machine may reach; README.md says what it installs.

use std::env;
use std::ffi::OsStr;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

mod budget;
mod contract;
mod minify;
mod names;
mod words;

const TRUNK_VERSION: &str = "0.21.14";
const BINARYEN_VERSION: &str = "123.0.0";
const WASM_OPT_VERSION: &str = "version_123";
const WASM_TARGET: &str = "wasm32-unknown-unknown";

type Result<T = ()> = std::result::Result<T, String>;

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    let outcome = match args.first().map(String::as_str) {
        Some("serve") => serve(&args[1..]),
        Some("test") => test(),
        Some("build") => build(),
        Some("budget") => budget::command(),
        Some("screenshots") => screenshots(),
        Some("bench") => bench(),
        Some("calibrate") => run("cargo", &["run", "--release", "--quiet", "--example", "calibrate"]),
        Some("post-build") => post_build(),
        Some("shrink") => shrink(),
        Some("words") => staging("words").and_then(|dir| words::hook(&dir)),
        Some("translations") => translations(),
        Some("translated") => translated(&args[1..]),
        _ => {
            eprintln!(
                "usage: cargo xtask <serve [trunk args] | test | build | budget | bench | screenshots | calibrate | translations | translated <tag> <key>... | translated <tag> --all | post-build | shrink | words>"
            );
            return ExitCode::from(2);
        }
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("\nxtask: {message}");
            ExitCode::FAILURE
        }
    }
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask lives in the workspace").to_path_buf()
}

fn step(title: &str) {
    println!("\n==> {title}");
    let _ = std::io::stdout().flush();
}

/// Runs a command in `dir` with extra environment, failing with its name.
fn run_in(dir: &Path, program: &str, args: &[&str], envs: &[(&str, &str)]) -> Result {
    println!("$ {program} {}", args.join(" "));
    let status = Command::new(program)
        .args(args)
        .current_dir(dir)
        .envs(envs.iter().map(|(k, v)| (OsStr::new(k), OsStr::new(v))))
        .status()
        .map_err(|e| format!("could not start `{program}`: {e}"))?;
    if status.success() { Ok(()) } else { Err(format!("`{program} {}` failed ({status})", args.join(" "))) }
}

/// Test counts gathered from every runner's closing lines.
#[derive(Default)]
struct Tally {
    passed: u64,
    failed: u64,
    skipped: u64,
}

impl Tally {
    /// Reads `cargo test` ("test result: ok. 5 passed; 0 failed; 1 ignored")
    /// and Playwright ("  20 passed (30s)", "  2 skipped") summary lines.
    fn read(&mut self, line: &str) {
        let count = |word: &str| -> Option<u64> {
            let at = line.find(&format!(" {word}"))?;
            line[..at].rsplit(|c: char| !c.is_ascii_digit()).next()?.parse().ok()
        };
        let trimmed = line.trim_start();
        if trimmed.starts_with("test result: ") {
            self.passed += count("passed").unwrap_or(0);
            self.failed += count("failed").unwrap_or(0);
            self.skipped += count("ignored").unwrap_or(0);
        } else if trimmed.split_whitespace().nth(1).is_some_and(|w| ["passed", "failed", "skipped"].contains(&w))
            && trimmed.starts_with(|c: char| c.is_ascii_digit())
        {
            self.passed += count("passed").unwrap_or(0);
            self.failed += count("failed").unwrap_or(0);
            self.skipped += count("skipped").unwrap_or(0);
        }
    }
}

/// Like [`run_in`], echoing stdout while counting the tests it reports.
fn run_counted(dir: &Path, program: &str, args: &[&str], envs: &[(&str, &str)], tally: &mut Tally) -> Result {
    use std::io::{BufRead, BufReader};
    println!("$ {program} {}", args.join(" "));
    let mut child = Command::new(program)
        .args(args)
        .current_dir(dir)
        .envs(envs.iter().map(|(k, v)| (OsStr::new(k), OsStr::new(v))))
        .stdout(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| format!("could not start `{program}`: {e}"))?;
    if let Some(out) = child.stdout.take() {
        for line in BufReader::new(out).lines().map_while(std::result::Result::ok) {
            println!("{line}");
            tally.read(&line);
        }
    }
    let status = child.wait().map_err(|e| e.to_string())?;
    if status.success() { Ok(()) } else { Err(format!("`{program} {}` failed ({status})", args.join(" "))) }
}

fn run(program: &str, args: &[&str]) -> Result {
    run_in(&root(), program, args, &[])
}

/// The first line a tool prints for `--version`, if it runs at all.
fn version_of(program: &str) -> Option<String> {
    let out = Command::new(program).arg("--version").output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).lines().next().unwrap_or("").trim().to_owned())
}

fn is_root() -> bool {
    Command::new("id").arg("-u").output().is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

/// The `wasm-bindgen` version pinned in Cargo.lock; the CLI must match it.
fn locked_wasm_bindgen() -> Result<String> {
    let lock = fs::read_to_string(root().join("Cargo.lock")).map_err(|e| format!("cannot read Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\""
            && let Some(version) = lines.next().and_then(|l| l.strip_prefix("version = \""))
        {
            return Ok(version.trim_end_matches('"').to_owned());
        }
    }
    Err("Cargo.lock does not pin wasm-bindgen".into())
}

/// What building and serving the widget needs.
fn ensure_build_tools() -> Result {
    step("checking build tools");
    let targets = Command::new("rustup").args(["target", "list", "--installed"]).output();
    match targets {
        Ok(out) if String::from_utf8_lossy(&out.stdout).contains(WASM_TARGET) => {
            println!("ok  {WASM_TARGET} target")
        }
        Ok(_) => run("rustup", &["target", "add", WASM_TARGET])?,
        Err(_) => {
            return Err(format!("rustup not found: install Rust with rustup, then `rustup target add {WASM_TARGET}`"));
        }
    }

    let trunk = version_of("trunk");
    if trunk.as_deref() == Some(format!("trunk {TRUNK_VERSION}").as_str()) {
        println!("ok  trunk {TRUNK_VERSION}");
    } else {
        println!("installing trunk {TRUNK_VERSION} (about 9 minutes on 2 cores; found: {trunk:?})");
        run("cargo", &["install", "--locked", "trunk", "--version", TRUNK_VERSION])?;
    }

    let wanted = locked_wasm_bindgen()?;
    let found = version_of("wasm-bindgen");
    if found.as_deref() == Some(format!("wasm-bindgen {wanted}").as_str())
        && version_of("wasm-bindgen-test-runner").is_some()
    {
        println!("ok  wasm-bindgen {wanted}");
    } else {
        // No --locked: the registry lacks one of its locked dependencies.
        println!("installing wasm-bindgen-cli {wanted} to match Cargo.lock (found: {found:?})");
        run("cargo", &["install", "wasm-bindgen-cli", "--version", &wanted])?;
    }

    let wasm_opt = version_of("wasm-opt");
    if wasm_opt.as_deref().is_some_and(|v| v.contains(WASM_OPT_VERSION)) {
        println!("ok  wasm-opt {WASM_OPT_VERSION}");
    } else {
        need_node()?;
        println!("installing wasm-opt from npm binaryen@{BINARYEN_VERSION} (found: {wasm_opt:?})");
        run("npm", &["install", "--global", "--no-audit", "--no-fund", &format!("binaryen@{BINARYEN_VERSION}")])
            .map_err(|e| {
                format!(
                    "{e}\nwasm-opt is needed for release builds. Install it yourself with \
                 `npm install --global binaryen@{BINARYEN_VERSION}` (may need sudo) and run this again."
                )
            })?;
    }
    Ok(())
}

fn need_node() -> Result {
    match version_of("node").zip(version_of("npm")) {
        Some((node, npm)) => {
            println!("ok  node {node}, npm {npm}");
            Ok(())
        }
        None => Err("Node.js 20 and npm are needed (for wasm-opt and the browser tests). \
                     On Debian: `apt-get install nodejs npm`, then run this again."
            .into()),
    }
}

fn chromium_paths() -> (String, String) {
    (
        env::var("CHROMIUM_PATH").unwrap_or_else(|_| "/usr/bin/chromium".into()),
        env::var("CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".into()),
    )
}

/// Debian's Chromium and ChromeDriver; test tools cannot download browsers here.
fn ensure_browser() -> Result {
    step("checking the browser");
    let (chromium, driver) = chromium_paths();
    if Path::new(&chromium).exists() && Path::new(&driver).exists() {
        println!("ok  {chromium}, {driver}");
        return Ok(());
    }
    if !is_root() {
        return Err(format!(
            "Chromium and ChromeDriver are needed for the browser tests and were not found at {chromium} and {driver}.\n\
             Install them with `sudo apt-get install chromium chromium-driver` (or set CHROMIUM_PATH and \
             CHROMEDRIVER), then run this again."
        ));
    }
    run("apt-get", &["update"])?;
    run("apt-get", &["install", "-y", "--no-install-recommends", "chromium", "chromium-driver"])
}

fn firefox_path() -> String {
    env::var("FIREFOX_PATH").unwrap_or_else(|_| "/usr/bin/firefox-esr".into())
}

/// Debian's Firefox ESR, for the cross-engine tier (driven over WebDriver
/// BiDi by puppeteer-core; no browser download is possible here).
fn ensure_firefox() -> Result {
    step("checking Firefox (cross-engine tier)");
    let firefox = firefox_path();
    if Path::new(&firefox).exists() {
        println!("ok  {firefox}");
        return Ok(());
    }
    if !is_root() {
        return Err(format!(
            "Firefox ESR is needed for the cross-engine tier and was not found at {firefox}.\n\
             Install it with `sudo apt-get install --no-install-recommends firefox-esr` (or set FIREFOX_PATH), \
             then run this again."
        ));
    }
    run("apt-get", &["update"])?;
    run("apt-get", &["install", "-y", "--no-install-recommends", "firefox-esr"])
}

const MINIBROWSER: &str = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";

/// WebKitGTK's WebDriver and MiniBrowser (Safari's engine), with the virtual
/// display they need, for the cross-engine tier.
fn ensure_webkit() -> Result {
    step("checking WebKitGTK (cross-engine tier)");
    let found = ["/usr/bin/WebKitWebDriver", MINIBROWSER, "/usr/bin/xvfb-run"].iter().all(|p| Path::new(p).exists());
    if found {
        println!("ok  WebKitWebDriver, MiniBrowser, xvfb-run");
        return Ok(());
    }
    if !is_root() {
        return Err("WebKitGTK is needed for the cross-engine tier. Install it with \
                    `sudo apt-get install --no-install-recommends webkit2gtk-driver xvfb xauth`, then run this again."
            .into());
    }
    run("apt-get", &["update"])?;
    run("apt-get", &["install", "-y", "--no-install-recommends", "webkit2gtk-driver", "xvfb", "xauth"])
}

fn e2e_dir() -> PathBuf {
    root().join("e2e")
}

fn ensure_e2e_packages() -> Result {
    step("installing end-to-end test packages (npm ci)");
    run_in(&e2e_dir(), "npm", &["ci", "--no-audit", "--no-fund"], &[("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")])
}

fn serve(args: &[String]) -> Result {
    ensure_build_tools()?;
    step("trunk serve (default http://127.0.0.1:8080)");
    let mut all = vec!["serve"];
    all.extend(args.iter().map(String::as_str));
    run("trunk", &all)
}

/// Lists every translated string that no longer follows its en-GB wording.
fn translations() -> Result {
    let files = rolefit_bank::load::Files::read(&root())?;
    let stale = rolefit_bank::translations::check(&files);
    if stale.is_empty() {
        println!("Every translation follows the current en-GB wording.");
        return Ok(());
    }
    for entry in &stale {
        println!("  - {entry}");
    }
    Err(format!("{} translated string(s) need a look", stale.len()))
}

/// Records that a language's strings (the keys given, or `--all`) were
/// translated from the current en-GB wording.
fn translated(args: &[String]) -> Result {
    use rolefit_bank::translations::{RECORD_FILE, Which, record};
    let [tag, keys @ ..] = args else {
        return Err("usage: cargo xtask translated <tag> <key>... | cargo xtask translated <tag> --all".into());
    };
    let which = match keys {
        [] => return Err(format!("name the keys to record (as the build's warnings do), or --all for all of {tag}")),
        [all] if all == "--all" => Which::All,
        keys => Which::Keys(keys),
    };
    let files = rolefit_bank::load::Files::read(&root())?;
    let text = record(&files, tag, &which)?;
    let path = root().join(rolefit_bank::load::locale_file(tag, RECORD_FILE));
    fs::write(&path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    println!("recorded in {}", path.display());
    Ok(())
}

/// Rust flags for the release wasm: the panic locations it carries name
/// each dependency's source file by path, which begins with this machine's
/// Cargo directory (`/home/<user>/.cargo/registry/src/index.crates.io-<hash>/`).
/// Remapped to nothing, the wasm names `yew-0.23.0/src/…`: the same bytes
/// whoever builds it and wherever Cargo lives, and nothing about the build
/// machine shipped to visitors. (The standard library's `/rustc/<commit>/`
/// paths come precompiled; no flag reaches them.) Separated by 0x1f, as
/// `CARGO_ENCODED_RUSTFLAGS` wants.
fn release_rustflags() -> String {
    let cargo_home = env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| env::var_os("HOME").map(|home| Path::new(&home).join(".cargo")))
        .unwrap_or_default();
    let mut prefixes: Vec<String> = fs::read_dir(cargo_home.join("registry/src"))
        .into_iter()
        .flatten()
        .flatten()
        .map(|index| format!("{}/", index.path().display()))
        .collect();
    prefixes.push(format!("{}/", cargo_home.join("git/checkouts").display()));
    prefixes.sort();
    prefixes.iter().map(|prefix| format!("--remap-path-prefix={prefix}=")).collect::<Vec<_>>().join("\x1f")
}

/// What is wrong with the question bank under `root`, one problem per line,
/// or `None` if it loads.
fn bank_problems(root: &Path) -> Option<String> {
    let problems = match rolefit_bank::load::Files::read(root) {
        Err(unreadable) => vec![unreadable],
        Ok(files) => files.load().err()?.iter().map(ToString::to_string).collect(),
    };
    Some(format!("the question bank has {} problem(s):\n  {}", problems.len(), problems.join("\n  ")))
}

/// Release build into `dist/`, failing over the byte budget.
fn build() -> Result {
    let sizes = release_build()?;
    let loads = budget::first_loads(&sizes)?;
    budget::enforce(&sizes, &loads)
}

/// Release build into `dist/`: prints what a visitor downloads and checks
/// what must hold of any build (one language per load, no machine paths),
/// but not the byte budget; returns the sizes.
fn release_build() -> Result<Vec<budget::Size>> {
    ensure_build_tools()?;
    step("release build");
    let flags = release_rustflags();
    if let Err(failed) = run_in(&root(), "trunk", &["build", "--release"], &[("CARGO_ENCODED_RUSTFLAGS", &flags)]) {
        // A mistake in questions/ is the usual reason, and Trunk buries it
        // in its own output: say it again, last and plainly.
        return Err(bank_problems(&root()).unwrap_or(failed));
    }
    budget::mark_release(&root())?;
    let sizes = dist_sizes(&root().join("dist"))?;
    budget::report(&sizes)?;
    check_words_stay_out_of_the_shell()?;
    check_no_machine_paths()?;
    Ok(sizes)
}

/// Files in `dist/` for host pages, which the widget itself never loads.
const HOST_FILES: [&str; 3] = ["embed.js", "embed-popup.js", "embed.d.ts"];

/// One language per load: the wasm and its glue may hold no language's
/// words, only each language's entry in the switch (tag, own name, file
/// name). So adding a language adds that entry, and nothing else, to every
/// other language's first load; the entry must stay under 100 bytes.
/// Fails if the wasm names a directory of the machine that built it (see
/// [`release_rustflags`]).
fn check_no_machine_paths() -> Result {
    let dist = root().join("dist");
    for entry in fs::read_dir(&dist).map_err(|e| e.to_string())?.flatten() {
        if entry.file_name().to_string_lossy().ends_with(".wasm") {
            let wasm = fs::read(entry.path()).map_err(|e| e.to_string())?;
            for needle in ["/registry/src/", "/git/checkouts/", &root().to_string_lossy()] {
                if wasm.windows(needle.len()).any(|w| w == needle.as_bytes()) {
                    return Err(format!("the wasm names a path of this machine ({needle}): see release_rustflags"));
                }
            }
        }
    }
    println!("no path of this machine in the wasm");
    Ok(())
}

fn check_words_stay_out_of_the_shell() -> Result {
    let dist = root().join("dist");
    let mut shell = Vec::new();
    for entry in fs::read_dir(&dist).map_err(|e| e.to_string())?.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.ends_with(".wasm") || (name.ends_with(".js") && !HOST_FILES.contains(&name.as_str())) {
            shell.extend(fs::read(entry.path()).map_err(|e| e.to_string())?);
        }
    }
    let contains = |needle: &str| shell.windows(needle.len()).any(|w| w == needle.as_bytes());
    let mut checked = 0;
    for language in words::all()? {
        let entry = language.tag.len() + language.name.len() + "words/".len() + language.file.len();
        if entry >= 100 {
            return Err(format!("{}'s entry in the shell is {entry} bytes, 100 or more", language.tag));
        }
        // Every string long enough to tell apart from code, but the
        // language's own name, which its entry in the switch carries.
        let strings = language.text.lines().skip(1).flat_map(|l| l.split('\t'));
        for string in strings.filter(|s| s.len() >= 12 && *s != language.name) {
            checked += 1;
            if contains(string) {
                return Err(format!(
                    "the wasm or its glue holds {} words, which belong in words/{} only: {string:?}",
                    language.tag, language.file
                ));
            }
        }
        println!("{}: {entry} bytes in the shell (tag, name, file name), its words in words/ only", language.tag);
    }
    println!("one language per load: none of {checked} strings of any language is in the wasm or its glue");
    Ok(())
}

/// Raw and gzip -9 sizes of every file in `dir` and in its `words/` folder
/// (gzip from the system tool).
fn dist_sizes(dir: &Path) -> Result<Vec<budget::Size>> {
    let mut entries: Vec<(String, PathBuf)> = Vec::new();
    for (prefix, folder) in [("", dir.to_path_buf()), ("words/", dir.join("words"))] {
        let Ok(read) = fs::read_dir(&folder) else { continue };
        for entry in read.flatten().filter(|e| e.file_type().is_ok_and(|t| t.is_file())) {
            entries.push((format!("{prefix}{}", entry.file_name().to_string_lossy()), entry.path()));
        }
    }
    entries.sort();
    entries
        .iter()
        .map(|(name, path)| {
            let raw = fs::metadata(path).map_err(|e| e.to_string())?.len();
            let out = Command::new("gzip").args(["-9", "-c"]).arg(path).output().map_err(|e| format!("gzip: {e}"))?;
            Ok((name.clone(), raw, out.stdout.len() as u64))
        })
        .collect()
}

fn test() -> Result {
    ensure_build_tools()?;
    ensure_browser()?;
    need_node()?;
    let (chromium, driver) = chromium_paths();

    step("formatting and lints");
    run("cargo", &["fmt", "--all", "--check"])?;
    run("cargo", &["fmt", "--check", "--manifest-path", "xtask/page-minify/Cargo.toml"])?;
    run("cargo", &["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"])?;
    run("cargo", &["clippy", "--target", WASM_TARGET, "--lib", "--bins", "--tests", "--", "-D", "warnings"])?;

    step("tier 1: native tests (bank validation, scoring, state machine)");
    let mut tally = Tally::default();
    run_counted(&root(), "cargo", &["test", "--workspace"], &[], &mut tally)?;
    check_docs()?;

    step("tier 2: component tests in headless Chromium (wasm-bindgen-test)");
    let web = ["test", "--target", WASM_TARGET, "--test", "web"];
    run_counted(&root(), "cargo", &web, &[("CHROMEDRIVER", &driver)], &mut tally)?;

    // The budget is reported, not enforced: an over-budget change still
    // runs every test and shows its figures; CI's `cargo xtask budget` fails.
    let sizes = release_build()?;
    budget::warn(&sizes, &budget::first_loads(&sizes)?);
    step("debug build, for the panic-hook test");
    run("trunk", &["build", "--dist", "target/dist-debug"])?;

    ensure_e2e_packages()?;
    step("tier 3: end-to-end tests of the release build (Playwright)");
    let e2e = ["playwright", "test"];
    run_counted(&e2e_dir(), "npx", &e2e, &[("CHROMIUM_PATH", &chromium)], &mut tally)?;

    ensure_firefox()?;
    step("tier 4: the same person's path in Firefox (Gecko)");
    let firefox = firefox_path();
    run_counted(&e2e_dir(), "node", &["engines/firefox.mjs", &firefox], &[], &mut tally)?;

    ensure_webkit()?;
    step("tier 5: the same person's path in WebKit (Safari's engine)");
    run_counted(&e2e_dir(), "xvfb-run", &["-a", "node", "engines/webkit.mjs", MINIBROWSER], &[], &mut tally)?;
    println!("\nevery tier passed");
    println!("tests: {} passed, {} failed, {} skipped", tally.passed, tally.failed, tally.skipped);
    Ok(())
}

/// The folder Trunk stages a build in, which it hands every hook.
fn staging(hook: &str) -> Result<PathBuf> {
    env::var_os("TRUNK_STAGING_DIR")
        .map(PathBuf::from)
        .ok_or_else(|| format!("{hook} is a Trunk hook; run it through `trunk build` or `trunk serve`"))
}

/// Trunk's post-build hook: the contract into the host files, then, in
/// release builds, [`shrink`].
fn post_build() -> Result {
    contract::fill(&staging("post-build")?)?;
    shrink()
}

/// A release build's last steps, also the floor's (`examples/floor/`), built
/// the same way: its files minified (`minify.rs`), then the names the wasm
/// and its glue share shortened (`names.rs`). Nothing outside release builds.
fn shrink() -> Result {
    if env::var("TRUNK_PROFILE").as_deref() != Ok("release") {
        return Ok(());
    }
    let staging = staging("shrink")?;
    minify::staged(&staging)?;
    names::shorten(&staging)
}

/// Rustdoc with broken intra-doc links denied, and links from public docs
/// to private items: every workspace crate natively, then the widget's crates
/// for its own target, where other code is compiled (private items included,
/// as their docs are read too). The paths the docs quote are checked by
/// `tests/docs.rs`, with the native tests.
fn check_docs() -> Result {
    step("docs: rustdoc's intra-doc links");
    let deny = [("RUSTDOCFLAGS", "-D rustdoc::broken_intra_doc_links -D rustdoc::private_intra_doc_links")];
    let native = ["doc", "--no-deps", "--workspace", "--document-private-items"];
    run_in(&root(), "cargo", &native, &deny)?;
    let wasm = [
        "doc",
        "--no-deps",
        "-p",
        "rolefit",
        "-p",
        "rolefit-bank",
        "--document-private-items",
        "--target",
        WASM_TARGET,
    ];
    run_in(&root(), "cargo", &wasm, &deny)
}

fn screenshots() -> Result {
    build()?;
    ensure_browser()?;
    ensure_e2e_packages()?;
    step("screenshots into docs/screenshots");
    let (chromium, _) = chromium_paths();
    run_in(
        &e2e_dir(),
        "npx",
        &["playwright", "test", "screenshots"],
        &[("CHROMIUM_PATH", &chromium), ("SCREENSHOTS", "1")],
    )
}

/// Release build, the floor page built the same way, then `e2e/bench.mjs`,
/// which writes BENCHMARKS.md's current table. Over budget, it still
/// measures: the table shows by how much.
fn bench() -> Result {
    let sizes = release_build()?;
    step("building the floor: a one-button yew 0.23 page, built the way rolefit is");
    let floor = root().join("examples/floor");
    let target = root().join("target/floor");
    let dist = root().join("target/floor-dist");
    run_in(
        &floor,
        "trunk",
        &["build", "--release", "--dist", &dist.to_string_lossy()],
        &[("CARGO_TARGET_DIR", &target.to_string_lossy()), ("CARGO_ENCODED_RUSTFLAGS", &release_rustflags())],
    )?;
    let build_bytes = bench_bytes(&sizes, &dist_sizes(&dist)?)?;
    ensure_browser()?;
    ensure_e2e_packages()?;
    step("measuring (about three minutes)");
    let (chromium, _) = chromium_paths();
    let json = root().join("target/bench.json");
    let markdown = root().join("BENCHMARKS.md");
    run_in(
        &e2e_dir(),
        "node",
        &["bench.mjs", "../dist", &dist.to_string_lossy(), &json.to_string_lossy(), &markdown.to_string_lossy()],
        &[("CHROMIUM_PATH", &chromium), ("BENCH_BUILD_BYTES", &build_bytes)],
    )
}

/// The build's own gzip counts for the bench's table, as JSON: each
/// language's first load, `embed.js`, the floor's whole page, and the
/// budgets, so the table shows the figures the budget is checked on.
fn bench_bytes(sizes: &[budget::Size], floor: &[budget::Size]) -> Result<String> {
    let loads = budget::first_loads(sizes)?;
    let loads: Vec<String> = loads.iter().map(|load| format!("\"{}\":{}", load.tag, load.total)).collect();
    let embed = sizes.iter().find(|(name, ..)| name == "embed.js").map_or(0, |s| s.2);
    let floor: u64 = floor.iter().map(|s| s.2).sum();
    Ok(format!(
        "{{\"firstLoads\":{{{}}},\"embed\":{embed},\"floor\":{floor},\"firstLoadBudget\":{},\"embedBudget\":{}}}",
        loads.join(","),
        budget::FIRST_LOAD_BUDGET,
        budget::EMBED_BUDGET
    ))
}

#[cfg(test)]
mod tests {
    use super::{bank_problems, root};

    #[test]
    fn a_broken_bank_is_named_plainly_when_the_build_fails() {
        assert_eq!(bank_problems(&root()), None, "the shipped bank loads");
        // A copy of questions/ with one weight out of range.
        let copy = std::env::temp_dir().join(format!("rolefit-bank-{}", std::process::id()));
        let questions = copy.join("questions");
        for entry in walk(&root().join("questions")) {
            let to = questions.join(entry.strip_prefix(root().join("questions")).unwrap());
            std::fs::create_dir_all(to.parent().unwrap()).unwrap();
            std::fs::copy(&entry, &to).unwrap();
        }
        let bank = questions.join("bank.toml");
        let text = std::fs::read_to_string(&bank).unwrap().replacen(
            "  owner = 0\n  manager = 4",
            "  owner = 0\n  manager = 7",
            1,
        );
        std::fs::write(&bank, text).unwrap();
        let message = bank_problems(&copy).expect("a broken bank is reported");
        std::fs::remove_dir_all(&copy).unwrap();
        assert!(message.starts_with("the question bank has 1 problem(s):"), "{message}");
        assert!(
            message.contains("questions/bank.toml: item `focus-after-launch`, option 1: weight `manager` = 7"),
            "{message}"
        );
    }

    fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
        std::fs::read_dir(dir)
            .unwrap()
            .flat_map(|e| {
                let path = e.unwrap().path();
                if path.is_dir() { walk(&path) } else { vec![path] }
            })
            .collect()
    }
}
