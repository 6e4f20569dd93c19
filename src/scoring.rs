//! Scores a set of answers against both roles. Pure and deterministic; the
//! formula and thresholds are documented in `ARCHITECTURE.md`.

use crate::bank::Bank;

/// The chosen option index for each item, `None` where unanswered.
pub type Answer = Option<u8>;

/// Below this margin between the two fits (in fit points) the verdict is "both fit".
pub const BOTH_FIT_BELOW: u8 = 10;
/// From this margin the lean is called clear.
pub const CLEAR_FROM: u8 = 25;
/// From this margin the fit is called strong.
pub const STRONG_FROM: u8 = 50;
/// How many deciding answers are reported per role.
pub const DRIVERS_PER_ROLE: usize = 3;

/// One of the two roles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Product owner.
    Owner,
    /// Product manager.
    Manager,
}

/// Which role the answers point to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Product owner fits better.
    Owner,
    /// Product manager fits better.
    Manager,
    /// The answers do not separate the two roles.
    Both,
}

/// How far apart the two fits are, in words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strength {
    /// Margin below [`BOTH_FIT_BELOW`].
    Tie,
    /// Margin below [`CLEAR_FROM`].
    Slight,
    /// Margin below [`STRONG_FROM`].
    Clear,
    /// Margin of [`STRONG_FROM`] or more.
    Strong,
}

/// One dimension's result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DimensionScore {
    /// Share of the reachable owner points collected, 0 to 100.
    pub owner: u8,
    /// Share of the reachable manager points collected, 0 to 100.
    pub manager: u8,
    /// How many answered items it rests on.
    pub items: u8,
}

impl DimensionScore {
    /// Position on an owner (0) to manager (100) axis; 50 is even.
    pub fn position(&self) -> u8 {
        ((100 + i16::from(self.manager) - i16::from(self.owner)) / 2) as u8
    }
}

/// An answer that pushed toward one role.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Driver {
    /// Index of the item in the bank.
    pub item: usize,
    /// Index of the chosen option.
    pub option: u8,
    /// How many more points it gave the role it favours than the other.
    pub pull: u8,
}

/// The full result of scoring.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// Owner fit, 0 to 100.
    pub owner_fit: u8,
    /// Manager fit, 0 to 100.
    pub manager_fit: u8,
    /// The suggested role.
    pub verdict: Verdict,
    /// How strongly.
    pub strength: Strength,
    /// One entry per dimension, in bank order.
    pub dimensions: Vec<DimensionScore>,
    /// Up to three answers that pushed most toward owner, strongest first.
    pub owner_drivers: Vec<Driver>,
    /// Up to three answers that pushed most toward manager, strongest first.
    pub manager_drivers: Vec<Driver>,
}

/// `100 * part / whole`, rounded half up; 0 when nothing was reachable.
fn percent(part: u32, whole: u32) -> u8 {
    if whole == 0 {
        0
    } else {
        ((200 * part + whole) / (2 * whole)) as u8
    }
}

/// Points collected and points reachable, per role.
#[derive(Default, Clone, Copy)]
struct Tally {
    owner: u32,
    manager: u32,
    owner_max: u32,
    manager_max: u32,
    items: u8,
}

/// Scores `answers` (one entry per item of `bank`; missing or out-of-range
/// entries count as unanswered) against both roles.
pub fn score(bank: &Bank, answers: &[Answer]) -> Outcome {
    let mut total = Tally::default();
    let mut per_dimension = vec![Tally::default(); bank.dimensions.len()];
    let mut owner_drivers = Vec::new();
    let mut manager_drivers = Vec::new();

    for (index, item) in bank.items.iter().enumerate() {
        let Some(option) = answers.get(index).copied().flatten() else {
            continue;
        };
        let Some(chosen) = item.options.get(usize::from(option)) else {
            continue;
        };
        let owner_max = item.options.iter().map(|o| o.owner).max().unwrap_or(0);
        let manager_max = item.options.iter().map(|o| o.manager).max().unwrap_or(0);
        for tally in [&mut total, &mut per_dimension[usize::from(item.dimension)]] {
            tally.owner += u32::from(chosen.owner);
            tally.manager += u32::from(chosen.manager);
            tally.owner_max += u32::from(owner_max);
            tally.manager_max += u32::from(manager_max);
            tally.items += 1;
        }
        let driver = |pull: u8| Driver {
            item: index,
            option,
            pull,
        };
        match chosen.owner.cmp(&chosen.manager) {
            std::cmp::Ordering::Greater => {
                owner_drivers.push(driver(chosen.owner - chosen.manager))
            }
            std::cmp::Ordering::Less => manager_drivers.push(driver(chosen.manager - chosen.owner)),
            std::cmp::Ordering::Equal => {}
        }
    }

    for drivers in [&mut owner_drivers, &mut manager_drivers] {
        // Stable sort: equal pulls keep question order.
        drivers.sort_by_key(|d| std::cmp::Reverse(d.pull));
        drivers.truncate(DRIVERS_PER_ROLE);
    }

    let owner_fit = percent(total.owner, total.owner_max);
    let manager_fit = percent(total.manager, total.manager_max);
    let (verdict, strength) = judge(owner_fit, manager_fit);
    let dimensions = per_dimension
        .iter()
        .map(|t| DimensionScore {
            owner: percent(t.owner, t.owner_max),
            manager: percent(t.manager, t.manager_max),
            items: t.items,
        })
        .collect();

    Outcome {
        owner_fit,
        manager_fit,
        verdict,
        strength,
        dimensions,
        owner_drivers,
        manager_drivers,
    }
}

/// The verdict and its strength for two fits, by the documented thresholds.
pub fn judge(owner_fit: u8, manager_fit: u8) -> (Verdict, Strength) {
    let strength = match owner_fit.abs_diff(manager_fit) {
        m if m < BOTH_FIT_BELOW => Strength::Tie,
        m if m < CLEAR_FROM => Strength::Slight,
        m if m < STRONG_FROM => Strength::Clear,
        _ => Strength::Strong,
    };
    let verdict = match (strength, owner_fit > manager_fit) {
        (Strength::Tie, _) => Verdict::Both,
        (_, true) => Verdict::Owner,
        (_, false) => Verdict::Manager,
    };
    (verdict, strength)
}

/// The option of `bank`'s item `item` whose weights are `option`'s swapped,
/// if the item has one. Used to mirror a set of answers.
pub fn mirror_option(bank: &Bank, item: usize, option: u8) -> Option<u8> {
    let options = bank.items.get(item)?.options;
    let chosen = options.get(usize::from(option))?;
    let position = options
        .iter()
        .position(|o| o.owner == chosen.manager && o.manager == chosen.owner)?;
    u8::try_from(position).ok()
}

/// The option of item `item` that gives `role` the most points (the first such).
pub fn strongest_option(bank: &Bank, item: usize, role: Role) -> Option<u8> {
    let options = bank.items.get(item)?.options;
    let points = |o: &crate::bank::AnswerOption| match role {
        Role::Owner => (o.owner, std::cmp::Reverse(o.manager)),
        Role::Manager => (o.manager, std::cmp::Reverse(o.owner)),
    };
    let best = options
        .iter()
        .enumerate()
        .max_by(|a, b| points(a.1).cmp(&points(b.1)).then(b.0.cmp(&a.0)))?;
    u8::try_from(best.0).ok()
}
