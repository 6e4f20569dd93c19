//! Scores a set of answers against both roles. Pure and deterministic; the
//! formula and thresholds are documented in `ARCHITECTURE.md`.

use crate::core::bank::Bank;

/// The chosen option index for each item, `None` where unanswered.
pub type Answer = Option<u8>;

/// The smallest uncertainty, in fit points: a margin below it is always "both fit".
pub const BOTH_FIT_BELOW: u8 = 10;
/// A margin less than this far above the uncertainty is a slight lean.
pub const SLIGHT_SPAN: u8 = 15;
/// A margin less than this far above the uncertainty is a clear fit; beyond, strong.
pub const CLEAR_SPAN: u8 = 40;
/// Below this share of consistent item pairs (in percent) the answers are
/// flagged as pulling both ways, and the verdict is "both fit".
pub const LOW_CONSISTENCY_BELOW: u8 = 50;
/// At most this many answers, each moved one step, are tried when asking
/// what would change the verdict.
pub const MAX_CHANGES: usize = 3;
/// A verdict that this many one-step moves (or fewer) would change is at
/// most a slight lean, whatever its margin.
pub const SLIGHT_WITHIN: usize = 2;
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

impl Role {
    /// The other role.
    pub fn other(self) -> Role {
        match self {
            Role::Owner => Role::Manager,
            Role::Manager => Role::Owner,
        }
    }

    /// Its stable name, as the host page's events and the stylesheet use it.
    pub fn id(self) -> &'static str {
        match self {
            Role::Owner => "owner",
            Role::Manager => "manager",
        }
    }
}

impl Verdict {
    /// Its stable name, as the host page's events and the stylesheet use it.
    pub fn id(self) -> &'static str {
        match self {
            Verdict::Owner => "owner",
            Verdict::Manager => "manager",
            Verdict::Both => "both",
        }
    }
}

/// How far apart the two fits are, in words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strength {
    /// Margin below the uncertainty (never less than [`BOTH_FIT_BELOW`]),
    /// or answers flagged as pulling both ways.
    Tie,
    /// Margin below the uncertainty plus [`SLIGHT_SPAN`].
    Slight,
    /// Margin below the uncertainty plus [`CLEAR_SPAN`].
    Clear,
    /// Margin of the uncertainty plus [`CLEAR_SPAN`] or more.
    Strong,
}

/// One dimension's result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DimensionScore {
    /// Owner's share of the points given in it, 0 to 100.
    pub owner: u8,
    /// Manager's share, `100 - owner`.
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
    /// Owner fit: owner's share of all the points given, 0 to 100.
    pub owner_fit: u8,
    /// Manager fit, `100 - owner_fit`.
    pub manager_fit: u8,
    /// The suggested role.
    pub verdict: Verdict,
    /// How strongly, from the margin alone ([`judge`]); [`assess`] also caps
    /// it by how few small moves would change the verdict.
    pub strength: Strength,
    /// One entry per dimension, in bank order.
    pub dimensions: Vec<DimensionScore>,
    /// Up to three answers that pushed most toward owner, strongest first.
    pub owner_drivers: Vec<Driver>,
    /// Up to three answers that pushed most toward manager, strongest first.
    pub manager_drivers: Vec<Driver>,
    /// How far apart the fits must be, in fit points, to name a role.
    pub uncertainty: u8,
    /// Share of paired opposite statements answered the same way, in
    /// percent; `None` when no pair was answered with a direction.
    pub consistency: Option<u8>,
    /// Whether the answers pulled both ways (or stayed in the middle), so the
    /// verdict is "both fit" whatever the margin.
    pub low_consistency: bool,
}

/// One answer moved one step in [`what_would_change`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Change {
    /// Index of the item.
    pub item: usize,
    /// The option the person chose.
    pub from: u8,
    /// The neighbouring option, one step toward the other side.
    pub to: u8,
}

/// The fewest one-step moves that would change a verdict, and the verdict
/// they would give.
pub type Flip = (Vec<Change>, Verdict);

/// Owner's share of `owner + manager` points and manager's, which always add
/// up to 100; 50 each when no points were given. A half is rounded to the
/// even number, so that swapping the roles swaps the shares exactly
/// (62.5 and 37.5 become 62 and 38 either way round).
fn shares(owner: u32, manager: u32) -> (u8, u8) {
    let total = owner + manager;
    if total == 0 {
        return (50, 50);
    }
    let (whole, rest) = (100 * owner / total, 100 * owner % total);
    let up = 2 * rest > total || (2 * rest == total && whole % 2 == 1);
    let owner = (whole + u32::from(up)) as u8;
    (owner, 100 - owner)
}

/// `100 * part / whole`, rounded half up; 0 when nothing was reachable.
fn percent(part: u32, whole: u32) -> u8 {
    if whole == 0 { 0 } else { ((200 * part + whole) / (2 * whole)) as u8 }
}

/// Points collected per role, and from how many answers.
#[derive(Default, Clone, Copy)]
struct Tally {
    owner: u32,
    manager: u32,
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
        for tally in [&mut total, &mut per_dimension[usize::from(item.dimension)]] {
            tally.owner += u32::from(chosen.owner);
            tally.manager += u32::from(chosen.manager);
            tally.items += 1;
        }
        let driver = |pull: u8| Driver { item: index, option, pull };
        match chosen.owner.cmp(&chosen.manager) {
            std::cmp::Ordering::Greater => owner_drivers.push(driver(chosen.owner - chosen.manager)),
            std::cmp::Ordering::Less => manager_drivers.push(driver(chosen.manager - chosen.owner)),
            std::cmp::Ordering::Equal => {}
        }
    }

    for drivers in [&mut owner_drivers, &mut manager_drivers] {
        // Equal pulls keep question order.
        sort_descending(drivers, |d| i32::from(d.pull));
        drivers.truncate(DRIVERS_PER_ROLE);
    }

    let (owner_fit, manager_fit) = shares(total.owner, total.manager);
    let uncertainty = uncertainty(bank, answers);
    let consistency = consistency(bank, answers);
    let low_consistency = consistency.is_none_or(|c| c < LOW_CONSISTENCY_BELOW);
    let (verdict, strength) = judge(owner_fit, manager_fit, uncertainty, low_consistency);
    let dimensions = per_dimension
        .iter()
        .map(|t| {
            let (owner, manager) = shares(t.owner, t.manager);
            DimensionScore { owner, manager, items: t.items }
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
        uncertainty,
        consistency,
        low_consistency,
    }
}

/// Each answer's pull toward owner, from -1 (all manager) to 1 (all owner).
fn pulls<'a>(bank: &'a Bank, answers: &'a [Answer]) -> impl Iterator<Item = f64> + 'a {
    bank.items.iter().zip(answers).filter_map(|(item, answer)| {
        let chosen = item.options.get(usize::from((*answer)?))?;
        let reach = item.options.iter().map(|o| i32::from(o.owner) - i32::from(o.manager)).max()?.max(1);
        Some(f64::from(i32::from(chosen.owner) - i32::from(chosen.manager)) / f64::from(reach))
    })
}

/// How far apart the fits must be to name a role: the standard error of the
/// mean pull, in fit points, and never less than [`BOTH_FIT_BELOW`]. Few
/// answers, or answers that disagree with each other, widen it.
pub fn uncertainty(bank: &Bank, answers: &[Answer]) -> u8 {
    let (n, sum, squares) = pulls(bank, answers).fold((0.0, 0.0, 0.0), |(n, s, q), p| (n + 1.0, s + p, q + p * p));
    if n < 1.0 {
        return 100;
    }
    let variance = (squares / n - (sum / n) * (sum / n)).max(0.0);
    let error = 100.0 * (variance / n).sqrt();
    (error.ceil() as u8).clamp(BOTH_FIT_BELOW, 100)
}

/// The scale items whose agreeing end points to `owner` (true) or manager.
fn scale_lean(item: &crate::core::bank::Item) -> Option<bool> {
    if item.kind != crate::core::bank::Kind::Scale {
        return None;
    }
    let agree = item.options.last()?;
    Some(agree.owner > agree.manager)
}

/// Pairs of scale statements worded toward opposite roles: in each dimension,
/// the first owner-worded statement with the first manager-worded one, and so on.
pub fn opposite_pairs(bank: &Bank) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    for dimension in 0..bank.dimensions.len() {
        let worded = |toward_owner: bool| {
            bank.items
                .iter()
                .enumerate()
                .filter(move |(_, i)| usize::from(i.dimension) == dimension && scale_lean(i) == Some(toward_owner))
                .map(|(n, _)| n)
        };
        pairs.extend(worded(true).zip(worded(false)));
    }
    pairs
}

/// The share of answered opposite pairs that point the same way, in percent.
/// Agreeing with both statements of a pair (or disagreeing with both) is
/// inconsistent; a neutral answer gives the pair no direction. `None` when no
/// pair has a direction.
pub fn consistency(bank: &Bank, answers: &[Answer]) -> Option<u8> {
    let lean = |item: usize| -> Option<i32> {
        let option = bank.items[item].options.get(usize::from((*answers.get(item)?)?))?;
        Some((i32::from(option.owner) - i32::from(option.manager)).signum())
    };
    let (mut same, mut opposite) = (0u32, 0u32);
    for (a, b) in opposite_pairs(bank) {
        match (lean(a), lean(b)) {
            (Some(x), Some(y)) if x * y > 0 => same += 1,
            (Some(x), Some(y)) if x * y < 0 => opposite += 1,
            _ => {}
        }
    }
    (same + opposite > 0).then(|| percent(same, same + opposite))
}

/// The fewest answers (at most [`MAX_CHANGES`]) that, each moved one step,
/// would give a different verdict, and that verdict. `None` when no such set
/// exists: the verdict holds against any three small changes.
///
/// A step is the neighbouring option in pull order, either way: one point
/// on the agree scale, or the next choice. It never jumps further, so the
/// moves read as "this was close", not as a recipe. The search is
/// exhaustive (every set of one, then two, then three steps on different
/// answers, a few thousand scorings at most), because a step can change the
/// verdict through the margin, the uncertainty or the consistency check
/// alike. Among sets of one size, steps toward the other side that shift
/// the most points, from the answers that pulled hardest, come first.
pub fn what_would_change(bank: &Bank, answers: &[Answer]) -> Option<Flip> {
    let now = score(bank, answers);
    let toward = match now.verdict {
        Verdict::Owner => Role::Manager,
        Verdict::Manager => Role::Owner,
        Verdict::Both if now.owner_fit >= now.manager_fit => Role::Owner,
        Verdict::Both => Role::Manager,
    };
    let pull = |item: usize, option: u8| {
        let o = &bank.items[item].options[usize::from(option)];
        let (owner, manager) = (i32::from(o.owner), i32::from(o.manager));
        if toward == Role::Owner { owner - manager } else { manager - owner }
    };
    let mut steps = Vec::new();
    for (item, answer) in answers.iter().enumerate() {
        let Some(from) = *answer else { continue };
        for role in [toward, toward.other()] {
            if let Some(to) = step_toward(bank, item, from, role) {
                steps.push(Change { item, from, to });
            }
        }
    }
    // A stable sort, so question order breaks the last ties.
    sort_descending(&mut steps, |c| 16 * (pull(c.item, c.to) - pull(c.item, c.from)) - pull(c.item, c.from));
    let mut changed = answers.to_vec();
    let mut chosen = Vec::new();
    (1..=MAX_CHANGES).find_map(|size| first_flip(bank, now.verdict, &steps, size, &mut changed, &mut chosen))
}

/// The first set of `size` more `steps` (after those in `chosen`, each on an
/// item not yet changed) that turns `changed` away from `verdict`.
fn first_flip(
    bank: &Bank,
    verdict: Verdict,
    steps: &[Change],
    size: usize,
    changed: &mut [Answer],
    chosen: &mut Vec<Change>,
) -> Option<Flip> {
    if size == 0 {
        let now = score(bank, changed).verdict;
        return (now != verdict).then(|| (chosen.clone(), now));
    }
    for (index, step) in steps.iter().enumerate() {
        if chosen.iter().any(|c| c.item == step.item) {
            continue;
        }
        changed[step.item] = Some(step.to);
        chosen.push(*step);
        let found = first_flip(bank, verdict, &steps[index + 1..], size - 1, changed, chosen);
        chosen.pop();
        changed[step.item] = Some(step.from);
        if found.is_some() {
            return found;
        }
    }
    None
}

/// Scores `answers` and works out what would change the verdict, with the
/// strength capped so that the two always agree: a verdict that
/// [`SLIGHT_WITHIN`] moves would change is at most [`Strength::Slight`], one
/// that [`MAX_CHANGES`] moves would change at most [`Strength::Clear`], and
/// only a verdict no such moves change can be [`Strength::Strong`].
pub fn assess(bank: &Bank, answers: &[Answer]) -> (Outcome, Option<Flip>) {
    let mut outcome = score(bank, answers);
    let flip = what_would_change(bank, answers);
    if let Some((moves, _)) = &flip {
        let cap = if moves.len() <= SLIGHT_WITHIN { Strength::Slight } else { Strength::Clear };
        outcome.strength = outcome.strength.min(cap);
    }
    (outcome, flip)
}

/// The option of item `item` one step from `from` toward `role`: the one
/// whose pull toward `role` is the smallest that is still larger than
/// `from`'s (the first such). `None` when `from` is already the furthest.
pub fn step_toward(bank: &Bank, item: usize, from: u8, role: Role) -> Option<u8> {
    let options = bank.items.get(item)?.options;
    let pull = |o: &crate::core::bank::AnswerOption| {
        let (owner, manager) = (i32::from(o.owner), i32::from(o.manager));
        if role == Role::Owner { owner - manager } else { manager - owner }
    };
    let current = pull(options.get(usize::from(from))?);
    let mut best: Option<(usize, i32)> = None;
    for (index, option) in options.iter().enumerate() {
        let p = pull(option);
        if p > current && best.is_none_or(|(_, b)| p < b) {
            best = Some((index, p));
        }
    }
    u8::try_from(best?.0).ok()
}

/// The verdict and its strength for two fits, the uncertainty of their
/// margin and the consistency flag, by the thresholds in `ARCHITECTURE.md`.
pub fn judge(owner_fit: u8, manager_fit: u8, uncertainty: u8, low_consistency: bool) -> (Verdict, Strength) {
    let margin = owner_fit.abs_diff(manager_fit);
    let u = uncertainty.max(BOTH_FIT_BELOW);
    let strength = match margin {
        _ if low_consistency => Strength::Tie,
        m if m < u => Strength::Tie,
        m if m < u.saturating_add(SLIGHT_SPAN) => Strength::Slight,
        m if m < u.saturating_add(CLEAR_SPAN) => Strength::Clear,
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
    let position = options.iter().position(|o| o.owner == chosen.manager && o.manager == chosen.owner)?;
    u8::try_from(position).ok()
}

/// The option of item `item` that gives `role` the most points (the first such).
pub fn strongest_option(bank: &Bank, item: usize, role: Role) -> Option<u8> {
    let options = bank.items.get(item)?.options;
    let points = |o: &crate::core::bank::AnswerOption| match role {
        Role::Owner => (o.owner, std::cmp::Reverse(o.manager)),
        Role::Manager => (o.manager, std::cmp::Reverse(o.owner)),
    };
    let best = options.iter().enumerate().max_by(|a, b| points(a.1).cmp(&points(b.1)).then(b.0.cmp(&a.0)))?;
    u8::try_from(best.0).ok()
}

/// Sorts by `key`, largest first, keeping equal keys in their original order
/// (tested against `sort_by_key`).
// Insertion sort: std's stable sort costs 3.5 KB gzip (BENCHMARKS.md) for lists of a few dozen.
fn sort_descending<T>(list: &mut [T], key: impl Fn(&T) -> i32) {
    for i in 1..list.len() {
        let mut j = i;
        while j > 0 && key(&list[j - 1]) < key(&list[j]) {
            list.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::sort_descending;

    #[test]
    fn sort_descending_is_stable_and_largest_first() {
        let mut list = [(1, 'a'), (3, 'b'), (1, 'c'), (2, 'd'), (3, 'e'), (0, 'f')];
        sort_descending(&mut list, |&(key, _)| key);
        assert_eq!(list, [(3, 'b'), (3, 'e'), (2, 'd'), (1, 'a'), (1, 'c'), (0, 'f')]);
        let mut empty: [i32; 0] = [];
        sort_descending(&mut empty, |&k| k);
    }

    #[test]
    fn sort_descending_matches_the_standard_stable_sort() {
        let mut seed = 2026_u64;
        for len in 0..40 {
            let list: Vec<(i32, usize)> = (0..len)
                .map(|i| {
                    seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                    ((seed >> 60) as i32 - 8, i)
                })
                .collect();
            let mut ours = list.clone();
            sort_descending(&mut ours, |&(key, _)| key);
            let mut std = list;
            std.sort_by_key(|&(key, _)| std::cmp::Reverse(key));
            assert_eq!(ours, std);
        }
    }
}
