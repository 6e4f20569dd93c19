//! What the widget keeps between visits, and what other tabs change of it.
//! The core decides what to read, write and offer (`core::saved`); these
//! hooks only read and write when it says.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::core::bank::CONTENT;
use crate::core::quiz::Quiz;
use crate::core::saved::{self, Kept, Keys, Opened, Tab};
use crate::core::share::Recorded;
use crate::shell::state::fresh_seed;
use crate::shell::storage;

/// This widget's records: what this tab opened on, and its memory of what
/// it shows and what it last saw of them.
#[derive(Clone)]
pub struct SavedProgress {
    keys: Rc<Keys>,
    opened: Rc<Opened>,
    tab: Rc<RefCell<Tab>>,
}

impl SavedProgress {
    /// What this tab opened on: its own run after a reload, else what the
    /// widget kept.
    pub fn opened(&self) -> &Opened {
        &self.opened
    }

    /// The code of what this tab shows as its own.
    pub fn own(&self) -> Option<String> {
        self.tab.borrow().own.clone()
    }

    /// The person loads another tab's newer record: it becomes this tab's.
    pub fn adopt(&self) {
        let memory = saved::adopt(&self.tab.borrow(), &storage::load(&self.keys));
        *self.tab.borrow_mut() = memory;
    }

    /// The person keeps what this tab shows over another tab's newer record.
    pub fn keep(&self) {
        let (next, memory) = saved::keep(&self.tab.borrow(), &storage::load(&self.keys));
        self.write(&next, memory);
    }

    /// Writes `code`, what this tab now shows, where the core says it may.
    fn save(&self, code: Option<&str>) {
        let (next, memory) = saved::save(&self.tab.borrow(), code, &storage::load(&self.keys));
        self.write(&next, memory);
    }

    /// Another tab's record that is newer than what this tab last saw.
    fn newer(&self) -> Option<Quiz> {
        saved::newer(&CONTENT.bank, CONTENT.fingerprint, &self.tab.borrow(), &storage::load(&self.keys), fresh_seed())
    }

    fn write(&self, next: &saved::Stored, memory: Tab) {
        storage::save(&self.keys, next);
        storage::save_tab(&self.keys, &memory);
        *self.tab.borrow_mut() = memory;
    }
}

/// This widget's records (per `slot`), read once when the widget mounts.
#[hook]
pub fn use_saved_progress(slot: &Option<String>) -> SavedProgress {
    let keys = use_memo(slot.clone(), |slot| saved::keys(slot.as_deref()));
    let opened = {
        let keys = keys.clone();
        use_memo((), move |_| {
            saved::open(
                &CONTENT.bank,
                CONTENT.fingerprint,
                &storage::load(&keys),
                storage::load_tab(&keys).as_ref(),
                fresh_seed(),
            )
        })
    };
    let tab = {
        let opened = opened.clone();
        use_mut_ref(move || opened.tab.clone())
    };
    SavedProgress { keys, opened, tab }
}

/// Keeps what is saved in step with `shown`, the code of what this tab
/// shows. Keyed on the code rather than the quiz: cheaper to compare than
/// a clone.
#[hook]
pub fn use_save_progress(saved: &SavedProgress, shown: Option<String>) {
    let saved = saved.clone();
    use_effect_with(shown, move |code| saved.save(code.as_deref()));
}

/// The person's own result, kept from questions that have changed since,
/// if this tab opened on one: shown until they retake.
#[hook]
pub fn use_kept_stale(saved: &SavedProgress) -> UseStateHandle<Option<Recorded>> {
    let opened = saved.opened.clone();
    use_state_eq(move || match opened.kept {
        Some(Kept::Stale(recorded)) => Some(recorded),
        _ => None,
    })
}

/// Another tab's newer run or result for this widget, offered beside the
/// one shown: found on opening, and whenever another tab writes (the
/// browser tells every tab but the one that wrote). Never a silent switch:
/// the person chooses.
#[hook]
pub fn use_other_tab_offer(saved: &SavedProgress) -> UseStateHandle<Option<Quiz>> {
    let offer = {
        let opened = saved.opened.clone();
        use_state_eq(move || opened.newer.clone())
    };
    let (saved, set) = (saved.clone(), offer.setter());
    use_effect_with((), move |_| {
        let keys = saved.keys.clone();
        let listener = storage::on_change(&keys, move || set.set(saved.newer()));
        move || drop(listener)
    });
    offer
}
