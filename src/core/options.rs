//! Options a host page sets through the widget's query string (or the
//! `data-*` attributes of the embed snippet, which `embed.js` turns into the
//! query string). Pure: every value is checked here, and an invalid one is
//! dropped with a warning that names the option.

use crate::core::bank::{LANGUAGES, find_language};
use crate::core::color::{self, Accent};
use crate::core::text::trim;

/// Color scheme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    /// Follow `prefers-color-scheme`.
    #[default]
    Auto,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// The value of the `data-theme` attribute on `<html>`.
    pub fn attribute(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// A call to action shown on the result for one role.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallToAction {
    /// Button text, such as "See our open product owner roles".
    pub label: String,
    /// Where it goes: always an http or https URL.
    pub url: String,
}

/// Every option, checked.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Options {
    /// The language asked for (a tag of one the widget speaks); `None`
    /// means the reader's browser decides.
    pub lang: Option<&'static str>,
    /// Color scheme.
    pub theme: Theme,
    /// Brand colour, already adjusted for contrast in both themes.
    pub accent: Option<Accent>,
    /// Whether to show the intro screen (default yes).
    pub intro: bool,
    /// Where shared links point; `None` means the widget's own page.
    pub share_base: Option<String>,
    /// Call to action for a product owner result.
    pub owner_cta: Option<CallToAction>,
    /// Call to action for a product manager result.
    pub manager_cta: Option<CallToAction>,
    /// The embedding page's origin, the only target of messages when known.
    pub parent_origin: Option<String>,
    /// Which of the page's widgets this is, so that each keeps its own run;
    /// `None` for the widget's own page and an embedding page's first widget.
    pub slot: Option<String>,
}

/// Option names, as query parameters and (with `data-`) snippet attributes.
pub mod names {
    /// Interface language.
    pub const LANG: &str = "lang";
    /// `light`, `dark` or `auto`.
    pub const THEME: &str = "theme";
    /// Brand colour, `#rrggbb`.
    pub const ACCENT: &str = "accent";
    /// `true` or `false`.
    pub const INTRO: &str = "intro";
    /// Label of the product owner call to action.
    pub const OWNER_CTA_LABEL: &str = "owner-cta-label";
    /// URL of the product owner call to action.
    pub const OWNER_CTA_URL: &str = "owner-cta-url";
    /// Label of the product manager call to action.
    pub const MANAGER_CTA_LABEL: &str = "manager-cta-label";
    /// URL of the product manager call to action.
    pub const MANAGER_CTA_URL: &str = "manager-cta-url";
    /// Where shared links point.
    pub const SHARE_BASE: &str = "share-base";
    /// Set by `embed.js`: the embedding page's origin.
    pub const ORIGIN: &str = "origin";
    /// Set by `embed.js`: which of the page's widgets this is.
    pub const SLOT: &str = "slot";

    /// Every option, so a link the widget makes of its own address can
    /// leave them all out.
    pub const ALL: [&str; 11] = [
        LANG,
        THEME,
        ACCENT,
        INTRO,
        OWNER_CTA_LABEL,
        OWNER_CTA_URL,
        MANAGER_CTA_LABEL,
        MANAGER_CTA_URL,
        SHARE_BASE,
        ORIGIN,
        SLOT,
    ];

    /// The options that put the site's own words and links on the page
    /// (its calls to action, and where every shared link points) or choose
    /// which of the widget's records a person sees. Anyone can write a link
    /// to the widget's own page, so on that page these come only from the
    /// page itself (see [`super::Sources`]).
    pub const SITE_ONLY: [&str; 6] =
        [OWNER_CTA_LABEL, OWNER_CTA_URL, MANAGER_CTA_LABEL, MANAGER_CTA_URL, SHARE_BASE, SLOT];
}

/// The words of the warnings, which the configurator repeats (it reads them
/// from the contract, `src/contract.rs`).
pub mod warning {
    /// What every warning about an option that is not used begins with.
    pub const IGNORING: &str = "rolefit: ignoring option ";
    /// Before the list of languages, for an unknown `lang`.
    pub const LANG: &str = "available languages: ";
    /// For an unknown `theme`.
    pub const THEME: &str = "use light, dark or auto";
    /// For an `accent` that is not a colour.
    pub const ACCENT: &str = "use a hex colour such as #0a6e5c";
    /// For an `intro` that is not yes or no.
    pub const INTRO: &str = "use true or false";
    /// For a `share-base` that is not a link.
    pub const SHARE_BASE: &str = "it must be an http or https URL";
    /// For an `origin` that is not one.
    pub const ORIGIN: &str = "it must be an http or https origin";
    /// For a `slot` too long or with control characters.
    pub const SLOT: &str = "use 1 to 100 characters";
    /// For an empty call-to-action label.
    pub const LABEL_EMPTY: &str = "it is empty";
    /// For a call-to-action label over 200 characters.
    pub const LABEL_TOO_LONG: &str = "it is longer than 200 characters";
    /// For a call-to-action URL that is not http(s).
    pub const URL: &str = "only http and https links are allowed";
    /// Around the other half of a call to action, given alone.
    pub const NEEDS: [&str; 2] = ["it needs ", " as well"];
    /// Around an accent adjusted for contrast, then its changes.
    pub const ADJUSTED: [&str; 2] = ["rolefit: option accent=\"", "\" adjusted for contrast: "];
    /// After the adjusted colour, for each theme.
    pub const ON_LIGHT: &str = " on the light theme";
    /// After the adjusted colour, for each theme.
    pub const ON_DARK: &str = " on the dark theme";
}

/// Where a widget's options can come from, most trusted first.
pub struct Sources<P, Q> {
    /// The page's own settings (`<meta name="rolefit:<option>">` in the
    /// widget's HTML), which only whoever hosts the page can write.
    pub page: P,
    /// The query string of the widget's address, which anyone can write
    /// into a link.
    pub query: Q,
    /// Whether the widget runs in a frame. The page that frames it set its
    /// address, so there the query string speaks for the embedding page;
    /// opened on its own, the address may be a stranger's link.
    pub framed: bool,
}

impl<P, Q> Sources<P, Q>
where
    P: Fn(&str) -> Option<String>,
    Q: Fn(&str) -> Option<String>,
{
    /// Reads every option: the page's own setting first, else the query
    /// string's, except that a widget on its own page takes the site-only
    /// options from the page alone. Returns the options and one warning
    /// per option that was given but not used.
    pub fn parse(&self) -> (Options, Vec<String>) {
        let from_query = |name: &str| self.framed || !names::SITE_ONLY.contains(&name);
        let get = |name: &str| (self.page)(name).or_else(|| (self.query)(name).filter(|_| from_query(name)));
        let (options, mut warnings) = parse(get);
        let refused = names::SITE_ONLY
            .iter()
            .filter(|&&name| !from_query(name) && (self.page)(name).is_none() && (self.query)(name).is_some());
        for name in refused {
            warnings.push(
                [
                    warning::IGNORING,
                    name,
                    " in the address: on the widget's own page it is taken only from the page's <meta name=\"rolefit:",
                    name,
                    "\"> (an embedding page may pass it)",
                ]
                .concat(),
            );
        }
        (options, warnings)
    }
}

/// Longest text accepted for any option.
pub const MAX_LEN: usize = 2000;

/// Whether `text` is an absolute http(s) URL with a host and nothing that
/// could break out of an attribute or a link.
///
/// Checked byte by byte: spaces, ASCII controls and quote or angle characters
/// are refused; anything beyond ASCII is left to the browser, which
/// percent-encodes it in a link.
pub fn is_http_url(text: &str) -> bool {
    let bytes = text.as_bytes();
    let after = |scheme: &[u8]| {
        let head = bytes.get(..scheme.len())?;
        head.eq_ignore_ascii_case(scheme).then(|| &bytes[scheme.len()..])
    };
    let Some(rest) = after(b"https://").or_else(|| after(b"http://")) else { return false };
    let host_len = rest.iter().position(|b| matches!(b, b'/' | b'?' | b'#')).unwrap_or(rest.len());
    host_len > 0
        && text.len() <= MAX_LEN
        && !bytes.iter().any(|&b| b <= b' ' || b == 0x7f || matches!(b, b'<' | b'>' | b'"' | b'\'' | b'`' | b'\\'))
}

/// Whether `text` is a bare http(s) origin such as `https://example.com:8080`.
fn is_origin(text: &str) -> bool {
    is_http_url(text) && text.splitn(4, '/').count() == 3
}

fn ignoring(warnings: &mut Vec<String>, name: &str, value: &str, why: &str) {
    let shown: String = value.chars().take(80).collect();
    warnings.push([warning::IGNORING, name, "=\"", &shown, "\": ", why].concat());
}

/// Reads every option through `get` (a query-string lookup). Returns the
/// options and one warning per option that was given but could not be used.
pub fn parse(get: impl Fn(&str) -> Option<String>) -> (Options, Vec<String>) {
    let mut warnings = Vec::new();
    let mut options = Options { intro: true, ..Options::default() };

    if let Some(lang) = get(names::LANG) {
        match find_language(&lang) {
            Some(language) => options.lang = Some(language.tag),
            None => {
                let tags: Vec<_> = LANGUAGES.iter().map(|l| l.tag).collect();
                ignoring(&mut warnings, names::LANG, &lang, &[warning::LANG, &tags.join(", ")].concat());
            }
        }
    }
    if let Some(theme) = get(names::THEME) {
        match theme.as_str() {
            "auto" => options.theme = Theme::Auto,
            "light" => options.theme = Theme::Light,
            "dark" => options.theme = Theme::Dark,
            _ => ignoring(&mut warnings, names::THEME, &theme, warning::THEME),
        }
    }
    if let Some(accent) = get(names::ACCENT) {
        match color::parse_hex(&accent) {
            Some(rgb) => {
                let pair = color::accent(rgb);
                let (light, dark) = match options.theme {
                    Theme::Auto => (pair.light_adjusted, pair.dark_adjusted),
                    Theme::Light => (pair.light_adjusted, false),
                    Theme::Dark => (false, pair.dark_adjusted),
                };
                let mut changes = Vec::new();
                if light {
                    changes.push([&pair.light, warning::ON_LIGHT].concat());
                }
                if dark {
                    changes.push([&pair.dark, warning::ON_DARK].concat());
                }
                if !changes.is_empty() {
                    let changes = changes.join(", ");
                    let [before, after] = warning::ADJUSTED;
                    warnings.push([before, &accent, after, &changes].concat());
                }
                options.accent = Some(pair);
            }
            None => ignoring(&mut warnings, names::ACCENT, &accent, warning::ACCENT),
        }
    }
    if let Some(intro) = get(names::INTRO) {
        match intro.as_str() {
            "true" | "1" | "yes" => options.intro = true,
            "false" | "0" | "no" => options.intro = false,
            _ => ignoring(&mut warnings, names::INTRO, &intro, warning::INTRO),
        }
    }
    if let Some(base) = get(names::SHARE_BASE) {
        if is_http_url(&base) {
            options.share_base = Some(base);
        } else {
            ignoring(&mut warnings, names::SHARE_BASE, &base, warning::SHARE_BASE);
        }
    }
    if let Some(origin) = get(names::ORIGIN) {
        if is_origin(&origin) {
            options.parent_origin = Some(origin);
        } else {
            ignoring(&mut warnings, names::ORIGIN, &origin, warning::ORIGIN);
        }
    }
    if let Some(slot) = get(names::SLOT) {
        // Only a part of a storage key: any short text without control characters.
        if (1..=100).contains(&slot.chars().count()) && !slot.chars().any(char::is_control) {
            options.slot = Some(slot);
        } else {
            ignoring(&mut warnings, names::SLOT, &slot, warning::SLOT);
        }
    }
    let mut cta = |label_name: &str, url_name: &str| -> Option<CallToAction> {
        let (given, url) = (get(label_name), get(url_name));
        // A label that was given but cannot be used is the problem to name,
        // not the URL that then lacks it.
        let label = given.as_deref().map(trim).and_then(|label| {
            let why = match label.chars().count() {
                0 => warning::LABEL_EMPTY,
                201.. => warning::LABEL_TOO_LONG,
                _ => return Some(label.to_owned()),
            };
            ignoring(&mut warnings, label_name, label, why);
            None
        });
        match (label, url) {
            (Some(label), Some(url)) if is_http_url(&url) => Some(CallToAction { label, url }),
            (_, Some(url)) if !is_http_url(&url) => {
                ignoring(&mut warnings, url_name, &url, warning::URL);
                None
            }
            (None, Some(_)) if given.is_some() => None,
            (None, Some(url)) => {
                ignoring(&mut warnings, url_name, &url, &[warning::NEEDS[0], label_name, warning::NEEDS[1]].concat());
                None
            }
            (Some(label), None) => {
                ignoring(&mut warnings, label_name, &label, &[warning::NEEDS[0], url_name, warning::NEEDS[1]].concat());
                None
            }
            _ => None,
        }
    };
    options.owner_cta = cta(names::OWNER_CTA_LABEL, names::OWNER_CTA_URL);
    options.manager_cta = cta(names::MANAGER_CTA_LABEL, names::MANAGER_CTA_URL);
    (options, warnings)
}
