//! The question bank: its model and the content baked in from `questions/`.
//!
//! Validation happens at build time (`load.rs`, compiled into `build.rs`), so
//! the widget can trust [`CONTENT`]: every item has a known dimension, weights
//! in range, and every dimension is balanced between the two roles.

pub mod model;

pub use model::{AnswerOption, Bank, Content, Dimension, Item, Kind, Profile, Profiles, Ui};

include!(concat!(env!("OUT_DIR"), "/content.rs"));
