//! Writes `data/lexicon-keys.tsv`, the keys the engine looks the lexicons'
//! words up by, from the lexicons themselves (`cargo xtask gen-lexicon`).

fn main() {
    let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let read = |name: &str| {
        std::fs::read_to_string(data.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
    };
    let keys = diptych_core::lexicon_keys(&[
        &read("lexicon-lv-ru.tsv"),
        &read("lexicon-news-lv-ru.tsv"),
        &read("lexicon-general-lv-ru.tsv"),
    ]);
    let out = data.join("lexicon-keys.tsv");
    std::fs::write(&out, keys).unwrap_or_else(|e| panic!("{}: {e}", out.display()));
    eprintln!("wrote {}", out.display());
}
