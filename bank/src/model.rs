//! The question bank, profiles and interface strings as the widget sees them:
//! plain static data. The bank is baked into the widget at build time (see
//! `build.rs`); each language's words are read from its words file.

/// Bake derives turn a value back into Rust source; only the build script
/// needs them (feature `bake`), so they never reach the wasm.
macro_rules! model {
    ($($item:item)*) => {
        $(
            #[derive(Debug, Clone, Copy, PartialEq, Eq)]
            #[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = rolefit_bank::model))]
            $item
        )*
    };
}

/// Highest number of points one answer may give to a role.
pub const MAX_WEIGHT: u8 = 4;

model! {
    /// What the widget asks and how its answers are scored: no words.
    pub struct Content {
        /// Fingerprint of everything that affects scoring (item ids, order,
        /// kinds, weights, dimensions). Wording changes keep it.
        pub fingerprint: u64,
        /// Questions and dimensions: structure and weights, no words.
        pub bank: Bank,
    }

    /// A language the widget speaks, as its first load knows it: enough to
    /// choose it and name it in the switch. Its words are a separate asset.
    pub struct Language {
        /// BCP 47 tag, such as `de-DE`.
        pub tag: &'static str,
        /// The language's name for itself, such as `Deutsch`.
        pub name: &'static str,
        /// The words file, relative to the widget's page (`words/…`).
        pub file: &'static str,
    }

    /// The questions, grouped into dimensions.
    pub struct Bank {
        /// The dimensions, in display order.
        pub dimensions: &'static [Dimension],
        /// The items, in the order they are asked.
        pub items: &'static [Item],
    }

    /// One scored dimension, such as focus or skills.
    pub struct Dimension {
        /// Stable identifier used in `questions/bank.toml`.
        pub id: &'static str,
    }

    /// One question.
    pub struct Item {
        /// Stable identifier, unique in the bank.
        pub id: &'static str,
        /// Index into [`Bank::dimensions`].
        pub dimension: u8,
        /// How the options are presented.
        pub kind: Kind,
        /// The answers a person can give. For scale items these are the five
        /// points from "strongly disagree" to "strongly agree".
        pub options: &'static [AnswerOption],
    }

    /// The points one answer gives each role.
    pub struct AnswerOption {
        /// Points toward product owner, `0..=MAX_WEIGHT`.
        pub owner: u8,
        /// Points toward product manager, `0..=MAX_WEIGHT`.
        pub manager: u8,
    }

    /// Every word in one language. Its lists run parallel to the bank's:
    /// `items[i]` words `Bank::items[i]`, option by option.
    pub struct Locale {
        /// BCP 47 tag, such as `en-GB`; also the folder under `questions/`.
        pub tag: &'static str,
        /// Name and description of each dimension.
        pub dimensions: &'static [DimensionText],
        /// Question and option texts of each item.
        pub items: &'static [ItemText],
        /// The two role profiles.
        pub profiles: Profiles,
        /// Every interface string.
        pub ui: Ui,
    }

    /// The words of one dimension.
    pub struct DimensionText {
        /// Display name.
        pub name: &'static str,
        /// One sentence on what it covers.
        pub about: &'static str,
    }

    /// The words of one item.
    pub struct ItemText {
        /// The question (choice) or the statement (scale).
        pub text: &'static str,
        /// One text per option, in the bank's option order.
        pub options: &'static [&'static str],
    }

    /// Both role profiles.
    pub struct Profiles {
        /// The product owner profile.
        pub owner: Profile,
        /// The product manager profile.
        pub manager: Profile,
    }

    /// A short description of a role.
    pub struct Profile {
        /// The role's name.
        pub name: &'static str,
        /// One or two sentences on the role.
        pub summary: &'static str,
        /// What the role concentrates on.
        pub focus: &'static str,
        /// When its responsibilities begin (and end).
        pub starts: &'static str,
        /// Key skills.
        pub skills: &'static [&'static str],
        /// How success in the role is measured.
        pub metrics: &'static [&'static str],
    }
}

/// How an item is presented.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = rolefit_bank::model))]
pub enum Kind {
    /// A scenario with one choice among several options.
    Choice,
    /// A statement rated on a five-point agreement scale.
    Scale,
}

/// Declares the interface strings once: the struct, its key list, and the
/// builder that the loader uses to report missing keys.
macro_rules! ui_strings {
    ($($key:ident),* $(,)?) => {
        model! {
            /// Every interface string, one field per key of `questions/ui.toml`.
            #[allow(missing_docs)]
            pub struct Ui {
                $(pub $key: &'static str,)*
            }
        }

        impl Ui {
            /// Every key, in declaration order.
            pub const KEYS: &'static [&'static str] = &[$(stringify!($key)),*];

            /// How many strings there are.
            pub const LEN: usize = Self::KEYS.len();

            /// Every string, in the order of [`Ui::KEYS`].
            pub fn to_array(self) -> [&'static str; Self::LEN] {
                [$(self.$key),*]
            }

            /// The strings from an array in the order of [`Ui::KEYS`].
            // Kept out of line: inlined into its caller, the field-by-field
            // moves grow the wasm noticeably (see BENCHMARKS.md).
            #[inline(never)]
            pub fn from_array(values: [&'static str; Self::LEN]) -> Ui {
                let [$($key),*] = values;
                Ui { $($key),* }
            }

            /// Builds the strings from a lookup, or returns the keys it lacks.
            pub fn from_lookup(
                mut get: impl FnMut(&str) -> Option<&'static str>,
            ) -> Result<Ui, Vec<&'static str>> {
                let mut missing = Vec::new();
                let ui = Ui {
                    $($key: get(stringify!($key)).unwrap_or_else(|| {
                        missing.push(stringify!($key));
                        ""
                    }),)*
                };
                if missing.is_empty() { Ok(ui) } else { Err(missing) }
            }
        }
    };
}

ui_strings! {
    language_name, language_label, language_loading, language_failed, language_fallback, group_separator,
    app_title,
    intro_lead, intro_questions, intro_minutes, intro_private, intro_resume, start, continue_quiz,
    progress, progress_label, back, next, see_result, choose_hint, scale_prompt,
    scale_strongly_disagree, scale_disagree, scale_neutral, scale_agree, scale_strongly_agree,
    result_kicker, verdict_owner, verdict_manager, verdict_both,
    shared_verdict_owner, shared_verdict_manager, shared_verdict_both,
    strength_strong, strength_clear, strength_slight, strength_tie, both_explain,
    fit_owner, fit_manager, fit_value,
    dimensions_heading, axis_owner, axis_manager,
    dimension_lean_owner, dimension_lean_manager, dimension_even,
    drivers_heading, drivers_owner, drivers_manager, drivers_none,
    profile_heading, profile_focus, profile_starts, profile_skills, profile_metrics,
    retake,
    share_heading, share_intro, share_copy, share_native, share_copied, share_manual, share_link_label,
    share_done, share_title, share_text,
    shared_kicker, take_it_yourself, stale_note, stale_kept_note,
    other_tab_note, other_tab_load, other_tab_keep,
    link_error_heading, link_damaged, link_unreadable, link_newer, take_quiz,
    low_consistency, dimension_items, about_result,
    change_heading, change_intro, change_instead, change_none, change_none_tie,
    crash_heading, crash_body, crash_reload,
    fit_out_of,
}
