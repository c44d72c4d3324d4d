//! The engine on synthetic models: the real file formats with random weights
//! (tools/make_test_model.py, which `cargo xtask test` runs first). The
//! translations are gibberish; what is tested is everything around them:
//! loading, checking, sentence and word maps, the route through English, and
//! clear errors instead of crashes on damaged files.

use std::path::PathBuf;

use diptych_translate::{manifest, Error, Manifest, Translator};

fn models() -> PathBuf {
    let dir = std::env::var_os("DIPTYCH_TEST_MODELS").map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/test-models"),
        PathBuf::from,
    );
    assert!(
        dir.join("index.json").exists(),
        "no synthetic models in {}: `cargo xtask test` makes them (or run tools/make_test_model.py {0})",
        dir.display()
    );
    dir
}

fn manifest() -> Manifest {
    Manifest::parse(&std::fs::read_to_string(models().join("index.json")).unwrap()).unwrap()
}

fn read(file: &manifest::File) -> Result<Vec<u8>, String> {
    std::fs::read(models().join(&file.path)).map_err(|e| e.to_string())
}

const LV: &str =
    "Saeima ceturtdien nobalsoja par budžetu.  Opozīcija balsoja pret!\n\nRīgā notika sapulce.";

#[test]
fn a_paragraph_is_translated_sentence_by_sentence_with_its_words_mapped() {
    let mut t = Translator::new();
    t.load_route(&manifest(), "lv", "en", read).unwrap();
    let first = t.translate(LV, "lv", "en").unwrap();
    let again = t.translate(LV, "lv", "en").unwrap();
    assert_eq!(first, again, "the same input translates the same way");
    // Three sentences, each mapped to its original words.
    let originals: Vec<&str> = first
        .sentences
        .iter()
        .map(|(o, _)| &LV[o.clone()])
        .collect();
    assert_eq!(
        originals,
        [
            "Saeima ceturtdien nobalsoja par budžetu.",
            "Opozīcija balsoja pret!",
            "Rīgā notika sapulce."
        ]
    );
    // What stood between the sentences stays: the paragraph break survives.
    assert!(first.text.contains("\n\n"));
    for (_, tr) in &first.sentences {
        assert!(!first.text[tr.clone()].trim().is_empty());
    }
    assert!(!first.words.is_empty());
    for (target, sources) in &first.words {
        let word = &first.text[target.clone()];
        assert!(
            !word.is_empty() && !word.contains(char::is_whitespace),
            "{word:?}"
        );
        for s in sources {
            let original = &LV[s.clone()];
            assert!(
                !original.is_empty() && !original.contains(char::is_whitespace),
                "{original:?}"
            );
        }
    }
    assert!(first.words.iter().any(|(_, s)| !s.is_empty()));
}

#[test]
fn latvian_to_russian_goes_through_english_and_maps_back_to_latvian() {
    let m = manifest();
    let plan = Translator::plan(&m, "lv", "ru").unwrap();
    assert_eq!(
        plan.iter().map(|m| m.pair.as_str()).collect::<Vec<_>>(),
        ["lv-en", "en-ru"]
    );
    let mut t = Translator::new();
    t.load_route(&m, "lv", "ru", read).unwrap();
    let out = t.translate(LV, "lv", "ru").unwrap();
    assert_eq!(out.sentences.len(), 3);
    for (original, _) in &out.sentences {
        assert!(original.end <= LV.len() && LV.is_char_boundary(original.start));
    }
    for (_, sources) in &out.words {
        for s in sources {
            assert!(
                s.end <= LV.len() && LV.is_char_boundary(s.start) && LV.is_char_boundary(s.end)
            );
        }
    }
    // Russian to Latvian has no models in the index's route without English.
    let only_lv_en = Translator::new();
    assert!(matches!(
        only_lv_en.translate(LV, "lv", "ru"),
        Err(Error::NoRoute { .. })
    ));
}

#[test]
fn damaged_files_are_refused_with_a_reason_not_a_crash() {
    let m = manifest();
    // A changed byte: the hash says so.
    let mut t = Translator::new();
    let e = t
        .load_route(&m, "lv", "en", |f| {
            let mut bytes = read(f)?;
            if f.role == diptych_translate::Role::Model {
                let mid = bytes.len() / 2;
                bytes[mid] ^= 1;
            }
            Ok(bytes)
        })
        .unwrap_err();
    assert!(matches!(e, Error::Integrity(_)), "{e}");
    // Files that match an index but are not models (a truncated model, a
    // shortlist whose header lies): refused by the checks before the engine.
    let lv_en = m.model("lv", "en").unwrap();
    let cut = |role, keep: fn(&[u8]) -> Vec<u8>| {
        let mut index = m.clone();
        let model = index
            .models
            .iter_mut()
            .find(|x| x.pair == lv_en.pair)
            .unwrap();
        let file = model.files.iter_mut().find(|f| f.role == role).unwrap();
        let bytes = keep(&read(file).unwrap());
        file.size = bytes.len() as u64;
        file.sha256 = manifest::sha256(&bytes);
        let path = file.path.clone();
        let mut t = Translator::new();
        t.load_route(&index, "lv", "en", |f| {
            if f.path == path {
                Ok(bytes.clone())
            } else {
                read(f)
            }
        })
        .unwrap_err()
    };
    // A vocabulary of another, larger model: more words than embedding rows
    // (the first piece's record repeated).
    let bigger = {
        let mut v = read(lv_en.file(diptych_translate::Role::Vocab).unwrap()).unwrap();
        assert_eq!(
            v[0], 0x0a,
            "a SentencePiece model opens with its first piece"
        );
        let piece = v[..2 + v[1] as usize].to_vec();
        for _ in 0..2000 {
            v.extend_from_slice(&piece);
        }
        v
    };
    let mut index = m.clone();
    let model = index.models.iter_mut().find(|x| x.pair == "lv-en").unwrap();
    let file = model
        .files
        .iter_mut()
        .find(|f| f.role == diptych_translate::Role::Vocab)
        .unwrap();
    file.size = bigger.len() as u64;
    file.sha256 = manifest::sha256(&bigger);
    let path = file.path.clone();
    let e = Translator::new()
        .load_route(&index, "lv", "en", |f| {
            if f.path == path {
                Ok(bigger.clone())
            } else {
                read(f)
            }
        })
        .unwrap_err();
    assert!(e.to_string().contains("is not this model's"), "{e}");
    // A shortlist naming a word past the model's embedding (as another,
    // larger model's would): its last listed word made out of range.
    let e = cut(diptych_translate::Role::Shortlist, |b| {
        let mut b = b.to_vec();
        let end = b.len();
        b[end - 4..].copy_from_slice(&u32::MAX.to_le_bytes());
        b
    });
    assert!(e.to_string().contains("is not this model's"), "{e}");
    // A shortlist whose index of lists goes backwards: refused, not sliced.
    let e = cut(diptych_translate::Role::Shortlist, |b| {
        let mut b = b.to_vec();
        let first = 6 * 8;
        b[first..first + 8].copy_from_slice(&u64::MAX.to_le_bytes());
        b
    });
    assert!(e.to_string().contains("points outside its lists"), "{e}");
    for e in [
        cut(diptych_translate::Role::Model, |b| {
            b[..b.len() / 3].to_vec()
        }),
        cut(diptych_translate::Role::Model, |b| b[..40].to_vec()),
        cut(diptych_translate::Role::Shortlist, |b| b[..100].to_vec()),
        cut(diptych_translate::Role::Vocab, |_| Vec::new()),
    ] {
        assert!(matches!(e, Error::Model(_)), "{e}");
        assert!(e
            .to_string()
            .starts_with("A translation model could not be loaded"));
    }
}
