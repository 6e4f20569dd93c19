//! Fills `{name}` placeholders in the interface strings from `questions/ui.toml`.

/// Replaces each `{key}` in `template` with its value. Unknown placeholders
/// are left as they are, so a typo shows up on screen rather than vanishing.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_owned();
    for (key, value) in values {
        out = out.replace(&format!("{{{key}}}"), value);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::fill;

    #[test]
    fn fills_known_and_keeps_unknown() {
        assert_eq!(fill("{a} of {b} {c}", &[("a", "4"), ("b", "18")]), "4 of 18 {c}");
    }
}
