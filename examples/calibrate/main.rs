//! Prints the calibration report: `cargo xtask calibrate` runs this. The
//! simulation lives in `simulate.rs`; `tests.rs` asserts it with a fixed seed.

mod simulate;
#[cfg(test)]
mod tests;

fn main() {
    let people = std::env::args().nth(1).and_then(|n| n.parse().ok()).unwrap_or(100_000);
    print!("{}", simulate::report(&rolefit::core::bank::CONTENT.bank, people, 2026));
}
