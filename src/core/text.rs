//! Fills `{name}` placeholders in the interface strings from `questions/ui.toml`,
//! writes numbers for a language, writes and reads hexadecimal, and trims
//! option values.

/// `text` without the white space around it: Unicode's White_Space (what
/// [`char::is_whitespace`] means), and U+FEFF, the byte-order mark that a
/// paste can bring along unseen. `src/configurator/rules.js` trims the same
/// set, spelled the same way, so the configurator reads a value as the widget does.
pub fn trim(text: &str) -> &str {
    text.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
}

/// Replaces each `{key}` in `template` with its value. Unknown placeholders
/// are left as they are, so a typo shows up on screen rather than vanishing.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        rest = &rest[open..];
        let value = rest.find('}').and_then(|close| {
            let key = &rest[1..close];
            values.iter().find(|(k, _)| *k == key).map(|(_, value)| (close, *value))
        });
        match value {
            Some((close, value)) => {
                out.push_str(value);
                rest = &rest[close + 1..];
            }
            None => {
                out.push('{');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Writes a whole number the way the language does: digits grouped in
/// threes with its separator (`ui.group_separator`), as in 1,234 or 1.234.
pub fn number(n: usize, group_separator: &str) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * group_separator.len());
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(group_separator);
        }
        out.push(digit);
    }
    out
}

/// Appends `n` in lowercase hexadecimal, zero-padded to `min_digits`: what
/// `{:0width$x}` prints, without pulling the formatting machinery for hex
/// into the wasm.
pub fn push_hex(out: &mut String, n: u64, min_digits: u32) {
    let digits = (u64::BITS - n.leading_zeros()).div_ceil(4).max(min_digits).max(1);
    for i in (0..digits).rev() {
        let nibble = (n >> (i * 4)) as u32 & 0xf;
        out.push(char::from_digit(nibble, 16).unwrap_or('0'));
    }
}

/// Reads 1 to 16 hexadecimal digits (either case, nothing else: no sign,
/// no prefix, no spaces).
pub fn parse_hex_number(text: &str) -> Option<u64> {
    if text.is_empty() || text.len() > 16 {
        return None;
    }
    text.chars().try_fold(0, |n, c| Some(n << 4 | u64::from(c.to_digit(16)?)))
}

#[cfg(test)]
mod tests {
    use super::{fill, number, parse_hex_number, push_hex};

    #[test]
    fn hex_numbers_read_back() {
        for n in [0, 1, 0xab, 0xdead_beef, u64::MAX] {
            let mut text = String::new();
            push_hex(&mut text, n, 0);
            assert_eq!(parse_hex_number(&text), Some(n));
            assert_eq!(parse_hex_number(&text.to_uppercase()), Some(n));
        }
        for bad in ["", "+1", "-1", "0x1", " 1", "1g", "é", "11112222333344445"] {
            assert_eq!(parse_hex_number(bad), None, "{bad}");
        }
    }

    #[test]
    fn hex_is_what_format_prints() {
        let mut values = vec![0, 1, 9, 10, 15, 16, 255, 256, 0xdead_beef, u64::from(u32::MAX), u64::MAX];
        values.extend((0..64).map(|shift| 0x9e37_79b9_7f4a_7c15u64 >> shift));
        for n in values {
            for width in [0, 2, 8] {
                let mut ours = String::new();
                push_hex(&mut ours, n, width);
                assert_eq!(ours, format!("{n:0width$x}", width = width as usize));
            }
        }
    }

    #[test]
    fn numbers_are_grouped_for_the_language() {
        assert_eq!(number(0, ","), "0");
        assert_eq!(number(18, "."), "18");
        assert_eq!(number(999, ","), "999");
        assert_eq!(number(1234, ","), "1,234");
        assert_eq!(number(1234, "."), "1.234");
        assert_eq!(number(1_234_567, "\u{202f}"), "1\u{202f}234\u{202f}567");
    }

    #[test]
    fn fills_known_and_keeps_unknown() {
        assert_eq!(fill("{a} of {b} {c}", &[("a", "4"), ("b", "18")]), "4 of 18 {c}");
        assert_eq!(fill("{a}{a} {{a}} {a", &[("a", "x")]), "xx {x} {a");
        assert_eq!(fill("no placeholders, ünïcode {", &[]), "no placeholders, ünïcode {");
    }
}
