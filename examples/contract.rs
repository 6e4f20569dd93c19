//! Prints the contract between the widget's Rust code and everything else
//! (`src/contract.rs`), or writes its parts where they belong:
//!
//! - `cargo run --example contract`: the whole contract as JSON (the
//!   end-to-end tests read it as `e2e/generated/contract.json`);
//! - `cargo run --example contract -- host-files <dir>`: fills the contract
//!   into `<dir>/embed.js` and `<dir>/index.html`, and writes
//!   `<dir>/configurator/contract.js`, as Trunk's post-build hook does
//!   (`cargo xtask post-build`).

use std::path::Path;
use std::process::ExitCode;
use std::{env, fs};

fn host_files(dir: &Path) -> Result<(), String> {
    for name in ["embed.js", "index.html"] {
        let file = dir.join(name);
        let source = fs::read_to_string(&file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
        let filled = rolefit::contract::fill(&source).map_err(|e| format!("{name}: {e}"))?;
        fs::write(&file, filled).map_err(|e| format!("cannot write {}: {e}", file.display()))?;
    }
    let script = dir.join("configurator/contract.js");
    fs::write(&script, rolefit::contract::configurator_script())
        .map_err(|e| format!("cannot write {}: {e}", script.display()))
}

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    let outcome = match args.as_slice() {
        [] => {
            println!("{}", rolefit::contract::json());
            Ok(())
        }
        [command, dir] if command == "host-files" => host_files(Path::new(dir)),
        _ => Err("usage: contract [host-files <dir>]".to_owned()),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("contract: {message}");
            ExitCode::FAILURE
        }
    }
}
