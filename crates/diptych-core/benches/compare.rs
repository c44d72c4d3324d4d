//! Criterion benchmarks of the whole comparison, on real multilingual text.
//!
//! Inputs come from `cargo xtask bench`, which builds benchmark pairs with
//! `../shared/bench/make_pairs.py` and points `DIPTYCH_BENCH_CASES` at them:
//! - `seed`: the Latvian/Russian seed pair (always available);
//! - `long/1x`: the `long-comparable` case (~500 paragraphs a side);
//! - `long/quarter` and `long/4x`: a quarter of it, and four long cases of
//!   different pairings joined, to show how cost grows with size.

use std::path::{Path, PathBuf};

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use diptych_core::{compare, Input};

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The first `share` of a text's paragraphs.
fn head(text: &str, share: f64) -> String {
    let paras: Vec<&str> = text.split("\n\n").collect();
    let n = ((paras.len() as f64) * share).round().max(1.0) as usize;
    paras[..n].join("\n\n")
}

fn bench(c: &mut Criterion) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let seed_l = read(&root.join("assets/seeds/kazakhstan-2022.lv.txt"));
    let seed_r = read(&root.join("assets/seeds/zhanaozen-2011.ru.txt"));
    c.bench_function("seed", |b| {
        b.iter(|| compare(Input::text(&seed_l), Input::text(&seed_r)).expect("seed pair compares"))
    });

    let Some(cases) = std::env::var_os("DIPTYCH_BENCH_CASES").map(PathBuf::from) else {
        eprintln!("DIPTYCH_BENCH_CASES is not set: only the seed pair was measured (run `cargo xtask bench`).");
        return;
    };
    let long: Vec<(String, String)> = ["seed7", "seed8", "seed9", "seed10"]
        .iter()
        .map(|s| {
            let d = cases.join(s).join("long-comparable");
            (read(&d.join("left.txt")), read(&d.join("right.txt")))
        })
        .collect();
    let (l1, r1) = &long[0];
    let quarter = (head(l1, 0.25), head(r1, 0.25));
    let joined = (
        long.iter()
            .map(|x| x.0.as_str())
            .collect::<Vec<_>>()
            .join("\n\n"),
        long.iter()
            .map(|x| x.1.as_str())
            .collect::<Vec<_>>()
            .join("\n\n"),
    );
    let mut group = c.benchmark_group("long");
    group.sample_size(20);
    for (name, (l, r)) in [
        ("quarter", &quarter),
        ("1x", &(l1.clone(), r1.clone())),
        ("4x", &joined),
    ] {
        group.throughput(Throughput::Bytes((l.len() + r.len()) as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), &(l, r), |b, (l, r)| {
            b.iter(|| compare(Input::text(l), Input::text(r)).expect("long pair compares"))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
