//! Diptych in the browser: a thin Yew shell over `diptych-core`.
//!
//! `state` holds the inputs and the engine's report; `components` render
//! them and turn events into actions; `analyser` runs the engine in a Web
//! Worker. Nothing here decides anything about text, and nothing leaves the
//! page: files are read locally.

pub mod analyser;
pub mod components;
pub mod config;
pub mod embed;
pub mod import;
pub mod recents;
pub mod save;
pub mod state;
pub mod translation;
pub mod worker;
