//! Writes `data/lexicon-keys.tsv`, the keys the engine looks the lexicons'
//! words up by, from the lexicons themselves, followed by the known names,
//! the given names and the gazetteer's places whole (`cargo xtask gen-lexicon`).

fn main() {
    let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let read = |name: &str| {
        std::fs::read_to_string(data.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
    };
    let keys = diptych_core::lexicon_file(
        &[
            &read("lexicon-lv-ru.tsv"),
            &read("lexicon-news-lv-ru.tsv"),
            &read("lexicon-general-lv-ru.tsv"),
        ],
        &[
            ("names-lv-ru-en.tsv", &read("names-lv-ru-en.tsv")),
            ("given-names.tsv", &read("given-names.tsv")),
            ("places-lv-ru-en.tsv", &read("places-lv-ru-en.tsv")),
        ],
    );
    let out = data.join("lexicon-keys.tsv");
    std::fs::write(&out, keys).unwrap_or_else(|e| panic!("{}: {e}", out.display()));
    eprintln!("wrote {}", out.display());
}
