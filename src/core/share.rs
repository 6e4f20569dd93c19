//! The share-link codec: a finished quiz as a short, checked code that lives
//! in the URL fragment (`#r=<code>`), so it never reaches a server.
//!
//! Layout of version 2, before base64url (no padding):
//!
//! | bytes | content |
//! | --- | --- |
//! | 1 | format version (`2`) |
//! | 4 | bank fingerprint, folded to 32 bits |
//! | 1 | number of answers `n` |
//! | 1 | owner fit at the time of sharing, 0 to 100 |
//! | 1 | manager fit at the time of sharing, 0 to 100 |
//! | 1 | uncertainty at the time of sharing, 0 to 100 (not in version 1) |
//! | 1 | flags: bit 0, low consistency (not in version 1) |
//! | ⌈n/2⌉ | answers, one option index per 4 bits, high nibble first |
//! | 2 | checksum of everything before it |
//!
//! Version 1 links (without the two bytes) are still read; they were made when
//! the verdict was judged with the fixed uncertainty [`BOTH_FIT_BELOW`] and no
//! consistency flag, which is how their recorded fits are judged now.
//!
//! The rule for old links is in `ARCHITECTURE.md`: the same fingerprint means
//! an exact recomputation; another fingerprint means only the recorded fits
//! are shown, with a note that the questions have changed.

use base64ct::{Base64UrlUnpadded, Encoding as _};
use percent_encoding::percent_decode_str;

use crate::core::bank::Bank;
use crate::core::scoring::{Answer, BOTH_FIT_BELOW, score};

/// The current format version.
pub const VERSION: u8 = 2;
/// Longest code accepted before any decoding is tried.
pub const MAX_CODE_LEN: usize = 200;
/// The fragment parameter that carries the code.
pub const PARAM: &str = "r";

/// Header length of a version: everything before the answers.
pub fn header_len(version: u8) -> Option<usize> {
    match version {
        1 => Some(8),
        2 => Some(10),
        _ => None,
    }
}
const CHECK: usize = 2;

/// What a valid link shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shared {
    /// Made with the current questions: the answers, to be scored exactly.
    Exact(Vec<Answer>),
    /// Made with other questions: only the fits recorded when it was shared.
    Stale(Recorded),
}

/// What a link recorded about the result when it was shared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Recorded {
    /// Owner fit.
    pub owner_fit: u8,
    /// Manager fit.
    pub manager_fit: u8,
    /// Uncertainty of the margin.
    pub uncertainty: u8,
    /// Whether the answers pulled both ways.
    pub low_consistency: bool,
}

/// Why a link cannot be shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkError {
    /// The `r=` parameter is there but empty.
    Empty,
    /// Longer than any link rolefit makes.
    TooLong,
    /// Characters that base64url does not use.
    NotBase64,
    /// Fewer bytes than the header and answers need.
    Truncated,
    /// More bytes than the answers need.
    TrailingData,
    /// The checksum does not match: characters were changed.
    Checksum,
    /// A checked link in a format newer than any this rolefit knows.
    UnknownVersion(u8),
    /// Same questions, but a different number of answers.
    WrongAnswerCount {
        /// Items in the bank.
        expected: usize,
        /// Answers in the link.
        found: usize,
    },
    /// An answer names an option the item does not have.
    AnswerOutOfRange {
        /// The item's index.
        item: usize,
    },
    /// Something no rolefit ever wrote: version 0, a fit above 100, fits
    /// that do not add up, an uncertainty below the least there is, or
    /// recorded fits that the answers do not give.
    Inconsistent,
}

/// Folds the 64-bit bank fingerprint to the 32 bits a link carries.
fn fold(fingerprint: u64) -> u32 {
    ((fingerprint >> 32) ^ fingerprint) as u32
}

/// FNV-1a, folded to 16 bits: enough to catch edited characters.
fn checksum(bytes: &[u8]) -> u16 {
    let hash = bytes.iter().fold(0x811c_9dc5_u32, |h, &b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193));
    ((hash >> 16) ^ hash) as u16
}

/// Encodes a finished quiz. `None` if an answer is missing or does not fit
/// in four bits, or there are more than 255 items.
pub fn encode(bank: &Bank, fingerprint: u64, answers: &[Answer]) -> Option<String> {
    let n = u8::try_from(answers.len()).ok()?;
    let outcome = score(bank, answers);
    let mut bytes = vec![VERSION];
    bytes.extend_from_slice(&fold(fingerprint).to_be_bytes());
    let flags = u8::from(outcome.low_consistency);
    bytes.extend_from_slice(&[n, outcome.owner_fit, outcome.manager_fit, outcome.uncertainty, flags]);
    for pair in answers.chunks(2) {
        let nibble = |a: Option<&Answer>| match a {
            Some(Some(o)) if *o < 16 => Some(*o),
            Some(_) => None,
            None => Some(0),
        };
        bytes.push((nibble(pair.first())? << 4) | nibble(pair.get(1))?);
    }
    Some(seal(&bytes))
}

/// Appends the checksum to `body` and encodes it: a raw link, for tests and
/// tools that need to build links this module would never make.
pub fn seal(body: &[u8]) -> String {
    let mut bytes = body.to_vec();
    bytes.extend_from_slice(&checksum(body).to_be_bytes());
    Base64UrlUnpadded::encode_string(&bytes)
}

/// Decodes a code against the current bank. Every input gives a value or a
/// typed error; nothing panics.
pub fn decode(bank: &Bank, fingerprint: u64, code: &str) -> Result<Shared, LinkError> {
    if code.is_empty() {
        return Err(LinkError::Empty);
    }
    if code.len() > MAX_CODE_LEN {
        return Err(LinkError::TooLong);
    }
    let bytes = Base64UrlUnpadded::decode_vec(code).map_err(|e| match e {
        base64ct::Error::InvalidLength => LinkError::Truncated,
        base64ct::Error::InvalidEncoding => LinkError::NotBase64,
    })?;
    // Every version ends in a checksum over all before it, so damage is told
    // apart from a newer format before the version byte is trusted.
    if bytes.len() < 8 + CHECK {
        return Err(LinkError::Truncated);
    }
    let (body, check) = bytes.split_at(bytes.len() - CHECK);
    let header = header_len(bytes[0]);
    if checksum(body).to_be_bytes() != check {
        let expected_len = header.unwrap_or(8) + usize::from(bytes[5]).div_ceil(2) + CHECK;
        return Err(match bytes.len().cmp(&expected_len) {
            std::cmp::Ordering::Less => LinkError::Truncated,
            std::cmp::Ordering::Greater => LinkError::TrailingData,
            std::cmp::Ordering::Equal => LinkError::Checksum,
        });
    }
    let Some(header) = header else {
        return Err(if body[0] > VERSION { LinkError::UnknownVersion(body[0]) } else { LinkError::Inconsistent });
    };
    let n = usize::from(body[5]);
    match body.len().cmp(&(header + n.div_ceil(2))) {
        std::cmp::Ordering::Less => return Err(LinkError::Truncated),
        std::cmp::Ordering::Greater => return Err(LinkError::TrailingData),
        std::cmp::Ordering::Equal => {}
    }
    let recorded = if header == 8 {
        Recorded { owner_fit: body[6], manager_fit: body[7], uncertainty: BOTH_FIT_BELOW, low_consistency: false }
    } else {
        Recorded { owner_fit: body[6], manager_fit: body[7], uncertainty: body[8], low_consistency: body[9] & 1 == 1 }
    };
    // Checked for every link, since a link from other questions shows these
    // alone. Fits add up to 100; those of the first banks were rounded each
    // on its own, so two halves rounded up made 101. The uncertainty never
    // went below its floor.
    let unknown_flags = header == 10 && body[9] > 1;
    let fits = u16::from(recorded.owner_fit) + u16::from(recorded.manager_fit);
    if !(100..=101).contains(&fits)
        || !(BOTH_FIT_BELOW..=100).contains(&recorded.uncertainty)
        || recorded.owner_fit > 100
        || recorded.manager_fit > 100
        || unknown_flags
    {
        return Err(LinkError::Inconsistent);
    }
    if body[1..5] != fold(fingerprint).to_be_bytes() {
        return Ok(Shared::Stale(recorded));
    }
    if n != bank.items.len() {
        return Err(LinkError::WrongAnswerCount { expected: bank.items.len(), found: n });
    }
    let answers: Vec<Answer> = (0..n)
        .map(|i| {
            let byte = body[header + i / 2];
            let option = if i % 2 == 0 { byte >> 4 } else { byte & 0x0f };
            if usize::from(option) < bank.items[i].options.len() {
                Ok(Some(option))
            } else {
                Err(LinkError::AnswerOutOfRange { item: i })
            }
        })
        .collect::<Result<_, _>>()?;
    let outcome = score(bank, &answers);
    let now = Recorded {
        owner_fit: outcome.owner_fit,
        manager_fit: outcome.manager_fit,
        uncertainty: outcome.uncertainty,
        low_consistency: outcome.low_consistency,
    };
    // A version 1 link records only the fits.
    let same = if header == 8 {
        (now.owner_fit, now.manager_fit) == (recorded.owner_fit, recorded.manager_fit)
    } else {
        now == recorded
    };
    if !same {
        return Err(LinkError::Inconsistent);
    }
    Ok(Shared::Exact(answers))
}

/// The code in a URL fragment such as `#r=AbC` or `#utm=x&r=AbC`, if the
/// fragment carries one. `Some("")` for a present but empty `r=`.
///
/// The name is read in any case (`R=`) and its `=` also percent-encoded
/// (`r%3D`), as some chat apps pass links on: the code itself is base64url,
/// which nothing encodes, and is left to [`decode`] to check.
pub fn code_in_fragment(fragment: &str) -> Option<&str> {
    fragment.trim_start_matches('#').split('&').find_map(|part| {
        let (name, rest) = part.split_at_checked(PARAM.len())?;
        if !name.eq_ignore_ascii_case(PARAM) {
            return None;
        }
        let encoded = rest.get(..3).is_some_and(|eq| eq.eq_ignore_ascii_case("%3D"));
        if encoded { rest.get(3..) } else { rest.strip_prefix('=') }
    })
}

/// `url` without its fragment and without the query parameters `names`
/// (every occurrence), so that a link made from a page opened with
/// `?lang=de-DE` lets its reader's own language decide, and one made from a
/// page with options in its address passes none of them on.
pub fn without_params(url: &str, names: &[&str]) -> String {
    let url = url.split('#').next().unwrap_or_default();
    let Some((path, query)) = url.split_once('?') else { return url.to_owned() };
    let kept: Vec<&str> = query.split('&').filter(|pair| !pair.is_empty() && !names_one_of(pair, names)).collect();
    if kept.is_empty() { path.to_owned() } else { [path, "?", &kept.join("&")].concat() }
}

/// Whether the query pair `name=value` is one of `names` as a browser
/// reads it: `%XX` escapes decoded (`owner%2Dcta%2Dlabel` is the option it
/// stands for), and `+` a space, which no option's name has.
fn names_one_of(pair: &str, names: &[&str]) -> bool {
    let raw = pair.split('=').next().unwrap_or_default();
    !raw.contains('+') && names.iter().any(|name| percent_decode_str(raw).eq(name.bytes()))
}

/// The full link: `base` without any fragment of its own, then `#r=<code>`.
pub fn link(base: &str, code: &str) -> String {
    let base = base.split('#').next().unwrap_or(base);
    [base, "#", PARAM, "=", code].concat()
}
