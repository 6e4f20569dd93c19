//! Colour arithmetic for the host's accent colour: parsing, WCAG contrast,
//! and nudging a colour until it reads well on each theme's card.

/// An sRGB colour.
pub type Rgb = [u8; 3];

/// The card colour of the light theme (see `style.css`).
pub const LIGHT_CARD: Rgb = [0xff, 0xff, 0xff];
/// The card colour of the dark theme (see `style.css`).
pub const DARK_CARD: Rgb = [0x19, 0x1d, 0x27];
/// Dark text used on light accents.
pub const DARK_TEXT: Rgb = [0x10, 0x13, 0x1a];
/// Contrast that accent text and controls must reach on the card (WCAG AA for text).
pub const MIN_CONTRAST: f32 = 4.5;

/// The accent for both themes, each with the text colour that goes on it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Accent {
    /// Accent on the light theme, `#rrggbb`.
    pub light: String,
    /// Text on the light accent.
    pub light_text: String,
    /// Accent on the dark theme.
    pub dark: String,
    /// Text on the dark accent.
    pub dark_text: String,
    /// Whether the requested colour had to change for the light theme.
    pub light_adjusted: bool,
    /// Whether the requested colour had to change for the dark theme.
    pub dark_adjusted: bool,
}

/// Parses `#rrggbb`, `rrggbb`, `#rgb` or `rgb`.
pub fn parse_hex(text: &str) -> Option<Rgb> {
    let text = crate::core::text::trim(text);
    let hex = text.strip_prefix('#').unwrap_or(text);
    let n = crate::core::text::parse_hex(hex)?;
    let byte = |shift: u32| (n >> shift) as u8;
    match hex.len() {
        3 => Some([byte(8) * 17, (byte(4) & 0xf) * 17, (byte(0) & 0xf) * 17]),
        6 => Some([byte(16), byte(8), byte(0)]),
        _ => None,
    }
}

/// `#rrggbb`.
pub fn to_hex([r, g, b]: Rgb) -> String {
    format!("#{r:02x}{g:02x}{b:02x}")
}

/// `x` to the power 2.4 for `x` in (0, 1], as the fifth root of `x^12` by
/// Newton's method from `x^2`, which is never below it; exact to `f32`
/// precision (tested against `powf`).
// Not `powf`: the general power function costs 0.9 KB gzip (BENCHMARKS.md) for this one exponent.
fn pow_2_4(x: f32) -> f32 {
    let x2 = x * x;
    let x12 = x2 * x2 * x2 * x2 * x2 * x2;
    let mut y = x2;
    for _ in 0..12 {
        let y4 = (y * y) * (y * y);
        y = 0.8 * y + 0.2 * x12 / y4;
    }
    y
}

/// WCAG relative luminance.
pub fn luminance(rgb: Rgb) -> f32 {
    let channel = |c: u8| {
        let c = f32::from(c) / 255.0;
        if c <= 0.040_45 { c / 12.92 } else { pow_2_4((c + 0.055) / 1.055) }
    };
    0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2])
}

/// WCAG contrast ratio, 1 to 21.
pub fn contrast(a: Rgb, b: Rgb) -> f32 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

fn mix(from: Rgb, to: Rgb, t: f32) -> Rgb {
    let m = |a: u8, b: u8| (f32::from(a) + (f32::from(b) - f32::from(a)) * t).round() as u8;
    [m(from[0], to[0]), m(from[1], to[1]), m(from[2], to[2])]
}

/// The closest colour to `rgb`, moving toward `toward`, that reaches
/// [`MIN_CONTRAST`] on `card`.
fn readable_on(rgb: Rgb, card: Rgb, toward: Rgb) -> Rgb {
    (0..=20)
        .map(|step| mix(rgb, toward, step as f32 / 20.0))
        .find(|c| contrast(*c, card) >= MIN_CONTRAST)
        .unwrap_or(toward)
}

/// White or dark text, whichever reads better on `rgb`.
fn text_on(rgb: Rgb) -> Rgb {
    if contrast(rgb, LIGHT_CARD) >= contrast(rgb, DARK_TEXT) { LIGHT_CARD } else { DARK_TEXT }
}

/// The accent pair for a requested colour: darkened for the light theme and
/// lightened for the dark one, each only as far as contrast needs.
pub fn accent(rgb: Rgb) -> Accent {
    let light = readable_on(rgb, LIGHT_CARD, [0, 0, 0]);
    let dark = readable_on(rgb, DARK_CARD, [0xff, 0xff, 0xff]);
    Accent {
        light: to_hex(light),
        light_text: to_hex(text_on(light)),
        dark: to_hex(dark),
        dark_text: to_hex(text_on(dark)),
        light_adjusted: light != rgb,
        dark_adjusted: dark != rgb,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pow_2_4_matches_powf_for_every_channel_value() {
        for c in 11..=255u8 {
            let x = (f32::from(c) / 255.0 + 0.055) / 1.055;
            let exact = f64::from(x).powf(2.4);
            let ours = f64::from(pow_2_4(x));
            assert!((ours - exact).abs() <= exact * 1e-6, "{c}: {ours} vs {exact}");
        }
    }

    #[test]
    fn parses_and_prints_hex() {
        assert_eq!(parse_hex("#0A6E5C"), Some([0x0a, 0x6e, 0x5c]));
        assert_eq!(parse_hex("fff"), Some([255, 255, 255]));
        for bad in ["", "#12", "#12345g", "red", "#1234567", "javascript:1"] {
            assert_eq!(parse_hex(bad), None, "{bad}");
        }
        assert_eq!(to_hex([0x0a, 0x6e, 0x5c]), "#0a6e5c");
    }

    #[test]
    fn contrast_matches_wcag_reference_values() {
        assert!((contrast([0, 0, 0], [255, 255, 255]) - 21.0).abs() < 0.01);
        assert!((contrast([0x76, 0x76, 0x76], [255, 255, 255]) - 4.54).abs() < 0.01);
    }

    #[test]
    fn accents_are_adjusted_only_as_far_as_needed() {
        let gold = accent(parse_hex("#ffd700").unwrap());
        assert!(gold.light_adjusted && !gold.dark_adjusted);
        assert!(contrast(parse_hex(&gold.light).unwrap(), LIGHT_CARD) >= MIN_CONTRAST);
        assert_eq!(gold.dark, "#ffd700", "gold already reads on the dark card");
        let teal = accent(parse_hex("#0a6e5c").unwrap());
        assert_eq!(teal.light, "#0a6e5c");
        for a in [&gold, &teal] {
            for (bg, fg) in [(&a.light, &a.light_text), (&a.dark, &a.dark_text)] {
                assert!(contrast(parse_hex(bg).unwrap(), parse_hex(fg).unwrap()) >= MIN_CONTRAST, "{a:?}");
            }
        }
    }
}
