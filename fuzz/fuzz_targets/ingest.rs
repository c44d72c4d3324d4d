//! Any bytes, under any of the file names that select a format, must be read
//! or refused with an error: never a panic, never a hang.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (name, bytes) = match data.split_first() {
        Some((k, rest)) => ([None, Some("a.txt"), Some("a.html"), Some("a.md"), Some("a.docx")][*k as usize % 5], rest),
        None => (None, data),
    };
    if let Ok(doc) = diptych_core::read(diptych_core::Input { bytes, name }) {
        let mut last = 0;
        for p in &doc.paragraphs {
            assert!(p.start >= last && p.start < p.end && p.end <= doc.text.len());
            last = p.end;
        }
    }
});
