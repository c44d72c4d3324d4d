//! One long comparison, repeated, for counting the engine's instructions:
//!
//! ```sh
//! cargo build --release -p diptych-core --example profile_long
//! valgrind --tool=callgrind --toggle-collect='profile_long::measured' \
//!     target/release/examples/profile_long 1
//! ```
//!
//! The first comparison warms the engine's tables and memos; only the `N`
//! after it (the argument, 20 by default) are inside `measured`. It reads
//! the `long-comparable` case of seed 7 that `cargo xtask bench` makes.

use std::path::Path;

#[inline(never)]
fn measured(left: &str, right: &str, n: usize) {
    for _ in 0..n {
        let report = diptych_core::compare(
            diptych_core::Input::text(left),
            diptych_core::Input::text(right),
        );
        std::hint::black_box(report.expect("the long case compares"));
    }
}

fn main() {
    let case = Path::new("target/bench-cases/seed7/long-comparable");
    let read = |name: &str| {
        std::fs::read_to_string(case.join(name)).unwrap_or_else(|e| {
            eprintln!(
                "{}: {e} (run `cargo xtask bench` once to make it)",
                case.join(name).display()
            );
            std::process::exit(1)
        })
    };
    let (left, right) = (read("left.txt"), read("right.txt"));
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(20);
    let started = std::time::Instant::now();
    let _ = diptych_core::compare(
        diptych_core::Input::text(&left),
        diptych_core::Input::text(&right),
    );
    eprintln!("first comparison: {:?}", started.elapsed());
    let started = std::time::Instant::now();
    measured(&left, &right, n);
    eprintln!("each after it: {:?}", started.elapsed() / n.max(1) as u32);
}
