//! SplitMix64, the one source of randomness-looking numbers in rolefit: the
//! option-order shuffle and the calibration's simulated people. Small, fast,
//! well-studied, and deterministic for a given seed.

/// One SplitMix64 step: advances `z` by the golden gamma and mixes it.
pub fn mix(z: u64) -> u64 {
    let mut z = z.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}
