//! Two texts made of the fuzzer's bytes (split at the first zero byte) must
//! compare without a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let cut = data.iter().position(|&b| b == 0).unwrap_or(data.len() / 2);
    let (l, r) = (&data[..cut], &data[(cut + 1).min(data.len())..]);
    let (l, r) = (String::from_utf8_lossy(l), String::from_utf8_lossy(r));
    let _ = diptych_core::compare(diptych_core::Input::text(&l), diptych_core::Input::text(&r));
});
