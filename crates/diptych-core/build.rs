//! The word tables as the engine reads them. The lexicons' first column (an
//! English gloss, for the people who edit them) and their comment lines are
//! left out of what is compiled in: the engine never reads them, and the web
//! page downloads every byte that is (about 8 KB gzipped, measured).

use std::path::Path;

fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for name in ["lexicon-lv-ru.tsv", "lexicon-news-lv-ru.tsv"] {
        let source = Path::new("data").join(name);
        println!("cargo:rerun-if-changed={}", source.display());
        let text = std::fs::read_to_string(&source)
            .unwrap_or_else(|e| panic!("{}: {e}", source.display()));
        let table: String = text
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(|l| match l.split_once('\t') {
                Some((_gloss, forms)) => format!("\t{forms}\n"),
                None => format!("{l}\n"),
            })
            .collect();
        std::fs::write(Path::new(&out).join(name), table).expect("OUT_DIR is writable");
    }
}
