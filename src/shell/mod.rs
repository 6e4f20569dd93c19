//! The browser shell: sets the page up, renders the core's state, and turns
//! clicks into the core's actions. Everything that touches the browser
//! lives here, behind small functions that tolerate a missing or refusing API.

pub mod browser;
pub mod components;
pub mod crash;
pub mod gesture;
pub mod hooks;
pub mod host;
pub mod page;
pub mod route;
pub mod state;
pub mod storage;
pub mod words;
