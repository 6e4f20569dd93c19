//! Simulated answerers, to check that the bank and the scoring behave: random
//! people split evenly, consistent people get strong verdicts, careless
//! patterns are caught, and every item agrees with the rest of the bank.
//!
//! A tool beside the widget, not part of it: `cargo xtask calibrate` prints
//! its report, and its tests (`tests.rs`) assert it with a fixed seed.

use std::fmt;

use rolefit::core::bank::{Bank, Kind};
use rolefit::core::quiz::Quiz;
use rolefit::core::scoring::{Answer, Outcome, Verdict, score};

/// Items whose item-total correlation is below this are listed as weak.
pub const WEAK_ITEM_BELOW: f64 = 0.3;
/// An item that at least this share (in percent) of simulated consistent
/// answerers, whatever their role, answer toward the same role is one-sided.
pub const ONE_SIDED_FROM: f64 = 85.0;
/// An item that fewer than this share of either role's answerers answer
/// toward their own role does not separate the roles.
pub const SEPARATES_FROM: f64 = 50.0;

/// A small, seedable random number generator (SplitMix64).
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed.
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        let out = rolefit::core::random::mix(self.0);
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        out
    }

    /// Uniform in `0..n`.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// Uniform in `(0, 1)`.
    pub fn unit(&mut self) -> f64 {
        ((self.next_u64() >> 11) as f64 + 0.5) / (1u64 << 53) as f64
    }
}

/// Shares of each verdict, in percent.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Shares {
    /// Product owner verdicts.
    pub owner: f64,
    /// "Both fit" verdicts.
    pub both: f64,
    /// Product manager verdicts.
    pub manager: f64,
}

/// Verdict shares over `people` answerers who pick every option uniformly.
pub fn random_answerers(bank: &Bank, people: usize, rng: &mut Rng) -> Shares {
    let mut counts = [0usize; 3];
    let mut answers = vec![None; bank.items.len()];
    for _ in 0..people {
        for (answer, item) in answers.iter_mut().zip(bank.items) {
            *answer = Some(rng.below(item.options.len()) as u8);
        }
        counts[match score(bank, &answers).verdict {
            Verdict::Owner => 0,
            Verdict::Both => 1,
            Verdict::Manager => 2,
        }] += 1;
    }
    let pct = |c: usize| 100.0 * c as f64 / people.max(1) as f64;
    Shares { owner: pct(counts[0]), both: pct(counts[1]), manager: pct(counts[2]) }
}

/// Answering patterns worth checking by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Persona {
    /// Always the option that points most to product owner.
    ConsistentOwner,
    /// Always the option that points most to product manager.
    ConsistentManager,
    /// "Strongly agree" to every statement, the first option shown otherwise.
    AgreesWithEverything,
    /// The first option shown, every time.
    AlwaysFirst,
    /// The middle option, every time.
    AlwaysMiddle,
}

impl Persona {
    /// All personas, in report order.
    pub const ALL: [Persona; 5] = [
        Persona::ConsistentOwner,
        Persona::ConsistentManager,
        Persona::AgreesWithEverything,
        Persona::AlwaysFirst,
        Persona::AlwaysMiddle,
    ];

    /// A readable name.
    pub fn name(self) -> &'static str {
        match self {
            Persona::ConsistentOwner => "consistent owner",
            Persona::ConsistentManager => "consistent manager",
            Persona::AgreesWithEverything => "agrees with everything",
            Persona::AlwaysFirst => "always the first option",
            Persona::AlwaysMiddle => "always the middle option",
        }
    }

    /// The persona's answers when the options are shown in `quiz`'s order.
    pub fn answers(self, quiz: &Quiz) -> Vec<Answer> {
        let bank = quiz.bank();
        (0..bank.items.len())
            .map(|i| {
                let item = &bank.items[i];
                let shown = quiz.option_order(i);
                let best = |owner: bool| {
                    let pull = |o: &u8| {
                        let o = &item.options[usize::from(*o)];
                        let p = i32::from(o.owner) - i32::from(o.manager);
                        if owner { p } else { -p }
                    };
                    shown.iter().copied().max_by_key(pull)
                };
                match self {
                    Persona::ConsistentOwner => best(true),
                    Persona::ConsistentManager => best(false),
                    Persona::AgreesWithEverything if item.kind == Kind::Scale => shown.last().copied(),
                    Persona::AgreesWithEverything | Persona::AlwaysFirst => shown.first().copied(),
                    Persona::AlwaysMiddle => shown.get(shown.len() / 2).copied(),
                }
            })
            .collect()
    }
}

/// How well one item agrees with the rest of the bank.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemFit {
    /// The item's id.
    pub id: &'static str,
    /// Pearson correlation of its pull with the summed pull of all other items.
    pub correlation: f64,
}

/// Each answer's pull toward owner, -1 to 1.
fn pull(bank: &Bank, item: usize, option: usize) -> f64 {
    let options = bank.items[item].options;
    let reach = options.iter().map(|o| i32::from(o.owner) - i32::from(o.manager)).max().unwrap_or(1).max(1);
    f64::from(i32::from(options[option].owner) - i32::from(options[option].manager)) / f64::from(reach)
}

/// Item-total correlations over `people` simulated respondents who are
/// consistent but noisy: each has a leaning between -1 (manager) and 1
/// (owner) and picks, per item, the option whose pull best matches it after
/// random noise (a logit choice model).
pub fn item_total_correlations(bank: &Bank, people: usize, rng: &mut Rng) -> Vec<ItemFit> {
    let n = bank.items.len();
    let mut pulls = vec![vec![0.0; n]; people];
    for row in pulls.iter_mut() {
        let leaning = 2.0 * rng.unit() - 1.0;
        for (i, cell) in row.iter_mut().enumerate() {
            *cell = pull(bank, i, choose(bank, i, leaning, rng));
        }
    }
    (0..n)
        .map(|i| {
            let xs: Vec<f64> = pulls.iter().map(|r| r[i]).collect();
            let ys: Vec<f64> = pulls.iter().map(|r| r.iter().sum::<f64>() - r[i]).collect();
            ItemFit { id: bank.items[i].id, correlation: pearson(&xs, &ys) }
        })
        .collect()
}

/// The option a consistent but noisy respondent with `leaning` (-1 manager
/// to 1 owner) picks for item `item`: the best match after random noise (a
/// logit choice model).
fn choose(bank: &Bank, item: usize, leaning: f64, rng: &mut Rng) -> usize {
    let utility = |o: usize, rng: &mut Rng| 3.0 * leaning * pull(bank, item, o) - (-rng.unit().ln()).ln();
    (0..bank.items[item].options.len())
        .map(|o| (o, utility(o, rng)))
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map_or(0, |(o, _)| o)
}

/// How one item's answers spread over the two roles' answerers.
#[derive(Debug, Clone, PartialEq)]
pub struct Spread {
    /// The item's id.
    pub id: &'static str,
    /// Of the owner-leaning respondents, the share answering toward owner (percent).
    pub owners_to_owner: f64,
    /// Of the manager-leaning respondents, the share answering toward manager.
    pub managers_to_manager: f64,
    /// Of everyone, the share answering toward whichever role most answered toward.
    pub same_side: f64,
}

impl Spread {
    /// Almost everyone answers it the same way, whatever their role, or one
    /// role's answerers do not lean their own way on it.
    pub fn flagged(&self) -> bool {
        self.same_side >= ONE_SIDED_FROM
            || self.owners_to_owner < SEPARATES_FROM
            || self.managers_to_manager < SEPARATES_FROM
    }
}

/// Each item's spread over `people` consistent but noisy respondents, half
/// leaning owner and half manager (the model of [`item_total_correlations`]).
/// This checks what the weights do; whether a *wording* is agreed by almost
/// everyone cannot be simulated, which is what the README's item-writing
/// rules are for.
pub fn spreads(bank: &Bank, people: usize, rng: &mut Rng) -> Vec<Spread> {
    let n = bank.items.len();
    // Per item: [owner-leaning toward owner, owner-leaning, manager-leaning toward manager, manager-leaning, toward owner, toward manager]
    let mut counts = vec![[0usize; 6]; n];
    for person in 0..people {
        let leaning = if person % 2 == 0 { rng.unit() } else { -rng.unit() };
        for (i, c) in counts.iter_mut().enumerate() {
            let p = pull(bank, i, choose(bank, i, leaning, rng));
            let group = if leaning > 0.0 { 0 } else { 2 };
            c[group + 1] += 1;
            if (p > 0.0 && leaning > 0.0) || (p < 0.0 && leaning < 0.0) {
                c[group] += 1;
            }
            if p > 0.0 {
                c[4] += 1;
            } else if p < 0.0 {
                c[5] += 1;
            }
        }
    }
    let pct = |part: usize, whole: usize| 100.0 * part as f64 / whole.max(1) as f64;
    bank.items
        .iter()
        .zip(counts)
        .map(|(item, c)| Spread {
            id: item.id,
            owners_to_owner: pct(c[0], c[1]),
            managers_to_manager: pct(c[2], c[3]),
            same_side: pct(c[4].max(c[5]), people),
        })
        .collect()
}

fn pearson(xs: &[f64], ys: &[f64]) -> f64 {
    let n = xs.len() as f64;
    let (mx, my) = (xs.iter().sum::<f64>() / n, ys.iter().sum::<f64>() / n);
    let cov: f64 = xs.iter().zip(ys).map(|(x, y)| (x - mx) * (y - my)).sum();
    let (vx, vy): (f64, f64) = (xs.iter().map(|x| (x - mx).powi(2)).sum(), ys.iter().map(|y| (y - my).powi(2)).sum());
    if vx == 0.0 || vy == 0.0 { 0.0 } else { cov / (vx * vy).sqrt() }
}

/// Everything `cargo xtask calibrate` prints.
#[derive(Debug, Clone)]
pub struct Report {
    /// How many random answerers.
    pub people: usize,
    /// Their verdict shares.
    pub random: Shares,
    /// Each persona's outcome (options in seed-0 order).
    pub personas: Vec<(Persona, Outcome)>,
    /// Item-total correlations, in bank order.
    pub items: Vec<ItemFit>,
    /// How each item's answers spread over the roles, in bank order.
    pub spreads: Vec<Spread>,
}

/// Runs every simulation with a fixed seed.
pub fn report(bank: &'static Bank, people: usize, seed: u64) -> Report {
    let mut rng = Rng::new(seed);
    let random = random_answerers(bank, people, &mut rng);
    let quiz = Quiz::with_seed(bank, 0);
    let personas = Persona::ALL.iter().map(|&p| (p, score(bank, &p.answers(&quiz)))).collect();
    let items = item_total_correlations(bank, 5_000, &mut rng);
    let spreads = spreads(bank, 5_000, &mut rng);
    Report { people, random, personas, items, spreads }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let r = &self.random;
        writeln!(f, "{} random answerers", self.people)?;
        writeln!(f, "  owner {:5.2} %   both {:5.2} %   manager {:5.2} %", r.owner, r.both, r.manager)?;
        writeln!(f, "  owner - manager: {:+.2} percentage points\n", r.owner - r.manager)?;
        writeln!(
            f,
            "{:<26} {:>8} {:>6} {:>6} {:>6} {:>12}",
            "persona", "verdict", "owner", "mgr", "unc.", "consistency"
        )?;
        for (persona, o) in &self.personas {
            let verdict = match o.verdict {
                Verdict::Owner => "owner",
                Verdict::Manager => "manager",
                Verdict::Both => "both",
            };
            let consistency = o.consistency.map_or("none".to_owned(), |c| format!("{c} %"));
            let flag = if o.low_consistency { " (low)" } else { "" };
            writeln!(
                f,
                "{:<26} {:>8} {:>6} {:>6} {:>6} {:>12}{flag}",
                persona.name(),
                verdict,
                o.owner_fit,
                o.manager_fit,
                o.uncertainty,
                consistency
            )?;
        }
        writeln!(f, "\nitem-total correlation (5000 consistent but noisy respondents)")?;
        for item in &self.items {
            let weak = if item.correlation < WEAK_ITEM_BELOW { "  <- weak" } else { "" };
            writeln!(f, "  {:<24} {:5.2}{weak}", item.id, item.correlation)?;
        }
        let weak: Vec<&str> = self.items.iter().filter(|i| i.correlation < WEAK_ITEM_BELOW).map(|i| i.id).collect();
        if weak.is_empty() {
            writeln!(f, "weak items (below {WEAK_ITEM_BELOW}): none")?;
        } else {
            writeln!(f, "weak items (below {WEAK_ITEM_BELOW}): {}", weak.join(", "))?;
        }

        writeln!(f, "\nanswer spread (5000 consistent but noisy respondents, half leaning each way)")?;
        writeln!(f, "  {:<24} {:>14} {:>16} {:>10}", "item", "owners -> PO", "managers -> PM", "same side")?;
        for s in &self.spreads {
            let flag = if s.flagged() { "  <- one-sided" } else { "" };
            writeln!(
                f,
                "  {:<24} {:>12.1} % {:>14.1} % {:>8.1} %{flag}",
                s.id, s.owners_to_owner, s.managers_to_manager, s.same_side
            )?;
        }
        let flagged: Vec<&str> = self.spreads.iter().filter(|s| s.flagged()).map(|s| s.id).collect();
        writeln!(
            f,
            "one-sided items (same side for {ONE_SIDED_FROM} % or more, or under {SEPARATES_FROM} % for a role): {}",
            if flagged.is_empty() { "none".to_owned() } else { flagged.join(", ") }
        )
    }
}
