//! Fills `{name}` placeholders in the interface strings of
//! `questions/<lang>/ui.toml`, writes numbers for a language, reads
//! hexadecimal strictly, and trims option values.

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

/// Reads hexadecimal digits (either case, nothing else): `from_str_radix`
/// alone would also take a leading `+`.
pub fn parse_hex(text: &str) -> Option<u64> {
    if !text.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    u64::from_str_radix(text, 16).ok()
}

#[cfg(test)]
mod tests {
    use super::{fill, number, parse_hex};

    #[test]
    fn hex_is_read_strictly() {
        for n in [0, 1, 0xab, 0xdead_beef, u64::MAX] {
            assert_eq!(parse_hex(&format!("{n:x}")), Some(n));
            assert_eq!(parse_hex(&format!("{n:X}")), Some(n));
        }
        for bad in ["", "+1", "-1", "0x1", " 1", "1g", "é", "11112222333344445"] {
            assert_eq!(parse_hex(bad), None, "{bad}");
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
