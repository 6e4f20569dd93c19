//! Fills `{name}` placeholders in the interface strings from `questions/ui.toml`.

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

#[cfg(test)]
mod tests {
    use super::fill;

    #[test]
    fn fills_known_and_keeps_unknown() {
        assert_eq!(fill("{a} of {b} {c}", &[("a", "4"), ("b", "18")]), "4 of 18 {c}");
        assert_eq!(fill("{a}{a} {{a}} {a", &[("a", "x")]), "xx {x} {a");
        assert_eq!(fill("no placeholders, ünïcode {", &[]), "no placeholders, ünïcode {");
    }
}
