//! Prints the calibration report: `cargo xtask calibrate` runs this.

fn main() {
    let people = std::env::args().nth(1).and_then(|n| n.parse().ok()).unwrap_or(100_000);
    print!("{}", rolefit::calibrate::report(&rolefit::bank::CONTENT.bank, people, 2026));
}
