//! The importer worker: a wasm of its own that reads HTML pages and Word
//! documents into text, so that the page's first download does not carry
//! those readers (an HTML tokenizer with the whole table of named
//! characters, a ZIP inflater, an XML reader: a tenth of the engine's wasm).
//! The page starts it for one file at a time (`src/import.rs`); the file's
//! bytes arrive from the page and its text goes back to it, nowhere else.
//!
//! Built with the `importer` feature (`index.html`), which gives
//! `diptych-core` its `formats`.

use wasm_bindgen::prelude::*;

/// Reads one document: the bincode of `Result<Decoded, String>`, the error
/// a message for the reader.
#[wasm_bindgen]
pub fn read_document(bytes: &[u8], name: Option<String>) -> Vec<u8> {
    let read = diptych_core::ingest(bytes, name.as_deref()).map_err(|e| e.to_string());
    bincode::serialize(&read).unwrap_or_default()
}

fn main() {}
