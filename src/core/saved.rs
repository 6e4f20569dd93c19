//! What the widget keeps in the browser, and how tabs and widgets that share
//! that storage stay out of each other's way. Pure: the shell reads and
//! writes storage as this module decides.
//!
//! Each widget keeps its own records under its slot: an unfinished run (a
//! progress code) and a finished result (its result link's fragment,
//! `r=<code>`), apart, so that neither replaces the other. Each tab also
//! remembers, in its own session storage, what it shows and the records as
//! it last saw them ([`Tab`]): a reload brings back the tab's own run, and
//! a record another tab wrote since is offered, never switched to silently.

use crate::core::bank::Bank;
use crate::core::quiz::Quiz;
use crate::core::share::{self, Recorded, Shared};

/// The storage keys of one widget slot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keys {
    /// `localStorage`: the latest unfinished run.
    pub progress: String,
    /// `localStorage`: the latest finished result.
    pub result: String,
    /// `sessionStorage`: what this tab shows ([`Tab`]).
    pub tab: String,
}

/// The keys of `slot`; `None` is the widget's own page and an embedding
/// page's first widget, which keep the keys saved progress always had.
pub fn keys(slot: Option<&str>) -> Keys {
    let key = |name: &str| match slot {
        Some(slot) => ["rolefit:", name, ":", slot].concat(),
        None => ["rolefit:", name].concat(),
    };
    Keys { progress: key("progress"), result: key("result"), tab: key("tab") }
}

/// The records of one slot in `localStorage`, shared by every tab.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Stored {
    /// A progress code.
    pub progress: Option<String>,
    /// A result code, `r=<code>`.
    pub result: Option<String>,
}

impl Stored {
    /// The records as read. A result in the progress record, where earlier
    /// versions kept it, counts as the result.
    pub fn read(progress: Option<String>, result: Option<String>) -> Stored {
        match progress {
            Some(code) if share::code_in_fragment(&code).is_some() => {
                Stored { progress: None, result: result.or(Some(code)) }
            }
            progress => Stored { progress, result },
        }
    }
}

/// What one tab shows and the records as it last saw them, kept in that
/// tab's session storage so that a reload knows what is its own.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tab {
    /// The code of what the tab shows: a progress or result code, `None` for
    /// a run with no answers yet.
    pub own: Option<String>,
    /// The shared records after the tab last saved, or chose between its own
    /// run and another tab's.
    pub seen: Stored,
}

impl Tab {
    /// One line per field, empty for none (no code holds a line break).
    pub fn encode(&self) -> String {
        [&self.own, &self.seen.progress, &self.seen.result].map(|c| c.as_deref().unwrap_or_default()).join("\n")
    }

    /// Reads [`Tab::encode`] output; anything else is `None`.
    pub fn decode(text: &str) -> Option<Tab> {
        let mut lines = text.split('\n').map(|line| (!line.is_empty()).then(|| line.to_owned()));
        let (own, progress, result) = (lines.next()?, lines.next()?, lines.next()?);
        if lines.next().is_some() {
            return None;
        }
        Some(Tab { own, seen: Stored { progress, result } })
    }
}

/// A kept record, read back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kept {
    /// A run to continue, or a finished result made with the current questions.
    Run(Quiz),
    /// A finished result made with questions that have changed since: what
    /// it recorded, shown as a link made then would be.
    Stale(Recorded),
}

impl Kept {
    /// Reads a progress or result code; `None` for anything that does not
    /// check out. A result retakes in the option order of `seed` (a run
    /// keeps its own).
    pub fn read(bank: &'static Bank, fingerprint: u64, code: &str, seed: u32) -> Option<Kept> {
        match share::code_in_fragment(code).map(|link| share::decode(bank, fingerprint, link)) {
            Some(Ok(Shared::Stale(recorded))) => Some(Kept::Stale(recorded)),
            _ => Quiz::restore(bank, fingerprint, code, seed).map(Kept::Run),
        }
    }
}

/// What a tab shows when it opens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Opened {
    /// What to show; `None` means a fresh run.
    pub kept: Option<Kept>,
    /// The tab's memory from now on.
    pub tab: Tab,
    /// A run or result another tab saved since this tab last saw the
    /// records, to offer beside the tab's own.
    pub newer: Option<Quiz>,
}

/// Decides what a tab shows on opening: the tab's own run after a reload
/// (with another tab's newer record offered), else in a new tab the latest
/// unfinished run, else the kept result.
pub fn open(bank: &'static Bank, fingerprint: u64, stored: &Stored, tab: Option<&Tab>, seed: u32) -> Opened {
    let read = |code: &Option<String>| code.as_deref().and_then(|code| Kept::read(bank, fingerprint, code, seed));
    if let Some(tab) = tab
        && let Some(kept) = read(&tab.own)
    {
        let newer = newer(bank, fingerprint, tab, stored, seed);
        return Opened { kept: Some(kept), tab: Tab { own: tab.own.clone(), seen: tab.seen.clone() }, newer };
    }
    let (kept, own) = match (read(&stored.progress), read(&stored.result)) {
        (Some(kept), _) => (Some(kept), stored.progress.clone()),
        (None, Some(kept)) => (Some(kept), stored.result.clone()),
        (None, None) => (None, None),
    };
    Opened { kept, tab: Tab { own, seen: stored.clone() }, newer: None }
}

/// A run or exact result that another tab saved since `tab` last saw the
/// records and that differs from what `tab` shows. Records that were only
/// removed, or that no longer check out, offer nothing.
pub fn newer(bank: &'static Bank, fingerprint: u64, tab: &Tab, stored: &Stored, seed: u32) -> Option<Quiz> {
    [(&stored.progress, &tab.seen.progress), (&stored.result, &tab.seen.result)].into_iter().find_map(|(now, was)| {
        let code = now.as_deref().filter(|code| Some(*code) != was.as_deref() && Some(*code) != tab.own.as_deref())?;
        match Kept::read(bank, fingerprint, code, seed)? {
            Kept::Run(quiz) => Some(quiz),
            Kept::Stale(_) => None,
        }
    })
}

/// The shared records to write once a tab that showed `tab.own` shows
/// `after`, and the tab's memory from then on.
///
/// A tab writes what it shows, and drops a record only when it is still the
/// one this tab wrote: a finished run drops its progress, a retake (a result
/// followed by a run with no answers) drops its result. What another tab
/// wrote in the meantime stays, and stays unseen, so that a reload still
/// offers it.
pub fn save(tab: &Tab, after: Option<&str>, stored: &Stored) -> (Stored, Tab) {
    let before = tab.own.as_deref();
    let mut next = stored.clone();
    let mine = |record: &Option<String>| before.is_some() && record.as_deref() == before;
    match after {
        _ if before.is_some() && before == after => {}
        Some(code) if share::code_in_fragment(code).is_some() => {
            if mine(&next.progress) {
                next.progress = None;
            }
            next.result = Some(code.to_owned());
        }
        Some(code) => next.progress = Some(code.to_owned()),
        None => {
            if mine(&next.progress) {
                next.progress = None;
            }
            if mine(&next.result) {
                next.result = None;
            }
        }
    }
    let seen = |now: &Option<String>, was: &Option<String>, old: &Option<String>| {
        if now == was { old.clone() } else { now.clone() }
    };
    let seen = Stored {
        progress: seen(&next.progress, &stored.progress, &tab.seen.progress),
        result: seen(&next.result, &stored.result, &tab.seen.result),
    };
    let tab = Tab { own: after.map(str::to_owned), seen };
    (next, tab)
}

/// The person keeps what `tab` shows over another tab's newer record: it is
/// written again, and everything stored now counts as seen.
pub fn keep(tab: &Tab, stored: &Stored) -> (Stored, Tab) {
    let (next, _) = save(&Tab { own: None, seen: stored.clone() }, tab.own.as_deref(), stored);
    (next.clone(), Tab { own: tab.own.clone(), seen: next })
}

/// The person loads another tab's newer record: everything stored now
/// counts as seen, and the tab's next save follows from there.
pub fn adopt(tab: &Tab, stored: &Stored) -> Tab {
    Tab { own: tab.own.clone(), seen: stored.clone() }
}
