//! The first step of Trunk's post-build hook (`cargo xtask post-build`): fills
//! the contract, which the widget's own code writes out (`src/contract.rs`,
//! through `examples/contract.rs`), into `embed.js`, the page and the configurator,
//! before the release build's minifier sees them.

use std::env;
use std::path::Path;
use std::process::Command;

use crate::{Result, root};

/// Fills the contract into the staged host files.
pub fn fill(staging: &Path) -> Result {
    // A native build, so without the release wasm's flags: those would
    // rebuild every dependency for the host instead of reusing the tests'.
    let status = Command::new(env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
        .args(["run", "--quiet", "--example", "contract", "--", "host-files"])
        .arg(staging)
        .current_dir(root())
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .status()
        .map_err(|e| format!("could not start cargo: {e}"))?;
    if !status.success() {
        return Err(format!("writing the contract into the host files failed ({status})"));
    }
    Ok(())
}
