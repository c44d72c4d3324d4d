//! The `diptych` command as a user runs it.

use assert_cmd::Command;

fn seeds() -> (String, String) {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../assets/seeds/");
    (
        format!("{root}kazakhstan-2022.lv.txt"),
        format!("{root}zhanaozen-2011.ru.txt"),
    )
}

fn tmp(name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("diptych-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn json_report_has_the_fields_the_benchmark_reads() {
    let (l, r) = seeds();
    let out = Command::cargo_bin("diptych")
        .unwrap()
        .args(["compare", &l, &r, "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["version"], 5);
    assert!(
        ["same", "related", "different"].contains(&v["overview"]["same_event"].as_str().unwrap())
    );
    assert!(v["overview"]["grid"]["when"]["conflicting"].is_array());
    let p0 = &v["left"]["paragraphs"][0];
    assert_eq!(p0["start"], 0);
    assert!(p0["end"].as_u64().unwrap() > 100);
    // The seed pair is two events, so it has no links: the link's shape on a pair of one event.
    assert_eq!(v["overview"]["same_event"], "different");
    assert_eq!(v["links"].as_array().map(Vec::len), Some(0));
    let lv = tmp(
        "one.lv.txt",
        "Almati lidostu ieņēma protestētāji.\n\nTokajevs lūdza ODKB palīdzību.".as_bytes(),
    );
    let ru = tmp(
        "one.ru.txt",
        "Аэропорт Алматы захватили протестующие.\n\nТокаев попросил помощи у ОДКБ.".as_bytes(),
    );
    let out = Command::cargo_bin("diptych")
        .unwrap()
        .arg("compare")
        .arg(&lv)
        .arg(&ru)
        .args(["--format", "json"])
        .output()
        .unwrap();
    let one: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let link = &one["links"][0];
    assert!(
        link["left"].is_array() && link["right"].is_array() && link["score"].is_f64(),
        "{one}"
    );
    let mention = &v["entities"][0]["mentions"][0];
    assert!(mention["side"] == "left" || mention["side"] == "right");
    assert!(mention["start"].is_u64() && mention["end"].is_u64());
}

#[test]
fn text_summary_names_what_is_shared_and_what_is_not() {
    let (l, r) = seeds();
    let out = Command::cargo_bin("diptych")
        .unwrap()
        .args(["compare", &l, &r])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("Latvian") && text.contains("Russian"),
        "{text}"
    );
    assert!(
        text.contains("shared: Kazakhstan, Russia, Kyrgyzstan"),
        "{text}"
    );
    assert!(text.contains("Досмухамедов"), "{text}");
    assert!(
        text.contains("Same event? different events")
            && text.contains("conflicting: Wednesday ≠ Friday"),
        "{text}"
    );
}

#[test]
fn refused_input_exits_with_a_plain_message() {
    let (l, _) = seeds();
    let pdf = tmp("report.pdf", b"%PDF-1.4\n1 0 obj\n");
    let out = Command::cargo_bin("diptych")
        .unwrap()
        .args(["compare", &l])
        .arg(&pdf)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("report.pdf") && err.contains("PDF") && err.contains("paste"),
        "{err}"
    );
    assert!(out.stdout.is_empty());

    let empty = tmp("empty.txt", b"  \n ");
    let out = Command::cargo_bin("diptych")
        .unwrap()
        .args(["compare"])
        .arg(&empty)
        .arg(&l)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr).unwrap().contains("no text"));

    let out = Command::cargo_bin("diptych")
        .unwrap()
        .args(["compare", &l, "/nonexistent/file.txt"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn legacy_encodings_are_read() {
    let (l, _) = seeds();
    let text = "В городе Жанаозен перекрыт доступ к социальной сети Twitter, сообщает издание.";
    let bytes: Vec<u8> = text
        .chars()
        .map(|c| match c {
            'А'..='я' => (c as u32 - 0x410 + 0xC0) as u8,
            c => c as u8,
        })
        .collect();
    let ru = tmp("cp1251.txt", &bytes);
    let out = Command::cargo_bin("diptych")
        .unwrap()
        .args(["compare", &l])
        .arg(&ru)
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["right"]["encoding"], "windows-1251");
    assert_eq!(v["right"]["text"], text);
}

/// Validates a TMX file against the TMX 1.4 DTD with `xmllint` (Debian's
/// libxml2-utils, which `cargo xtask test` installs).
fn assert_valid_tmx(path: &std::path::Path) {
    let dtd = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/tmx14.dtd");
    let out = std::process::Command::new("xmllint")
        .args(["--noout", "--nonet", "--dtdvalid", dtd])
        .arg(path)
        .output()
        .expect("xmllint runs (apt-get install libxml2-utils; `cargo xtask test` does it)");
    assert!(
        out.status.success(),
        "{} is not valid TMX 1.4: {}",
        path.display(),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn tmx_export_of_a_real_pair_is_valid_tmx_with_a_unit_per_link() {
    let dir = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/real/zelensky_riga_visit/"
    );
    let (l, r) = (format!("{dir}left.txt"), format!("{dir}right.txt"));
    let run = |format: &str| {
        let out = Command::cargo_bin("diptych")
            .unwrap()
            .args(["compare", &l, &r, "--format", format])
            .output()
            .unwrap();
        assert!(out.status.success());
        out.stdout
    };
    let tmx = run("tmx");
    let report: serde_json::Value = serde_json::from_slice(&run("json")).unwrap();
    let links = report["links"].as_array().unwrap().len();
    assert!(links >= 3, "{links} links");
    let text = String::from_utf8(tmx.clone()).unwrap();
    assert_eq!(text.matches("segtype=\"paragraph\">").count(), links);
    assert!(text.contains("<tuv xml:lang=\"lv\">") && text.contains("<tuv xml:lang=\"ru\">"));
    assert!(text.contains("<prop type=\"x-left-source\">left.txt</prop>"));
    assert_valid_tmx(&tmp("real.tmx", &tmx));
}

#[test]
fn tmx_export_stays_valid_whatever_the_text_holds() {
    let lv = tmp(
        "markup.lv.txt",
        "Tokajevs <b>lūdza</b> ODKB & NATO \"palīdzību\".\n\nOtrā rindkopa: Almati lidosta."
            .as_bytes(),
    );
    let ru = tmp(
        "markup.ru.txt",
        "Токаев <script>попросил</script> помощи у ОДКБ & НАТО.\n\nВторой абзац: аэропорт Алматы."
            .as_bytes(),
    );
    let out = Command::cargo_bin("diptych")
        .unwrap()
        .arg("compare")
        .arg(&lv)
        .arg(&ru)
        .args(["--format", "tmx"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout.clone()).unwrap();
    assert!(text.contains("&lt;script&gt;"), "{text}");
    assert_valid_tmx(&tmp("markup.tmx", &out.stdout));
}

#[test]
fn corrections_from_a_file_change_the_report_and_a_foreign_file_is_refused() {
    let lv = tmp(
        "corr.lv.txt",
        "Almati lidostu ieņēma protestētāji.\n\nEirovīzijas dziesmu konkursā šogad uzvarēja Zviedrija ar dziesmu par vasaru."
            .as_bytes(),
    );
    let ru = tmp(
        "corr.ru.txt",
        "Аэропорт Алматы захватили протестующие.\n\nЦены на бензин выросли.".as_bytes(),
    );
    let run = |extra: &[&str]| {
        Command::cargo_bin("diptych")
            .unwrap()
            .arg("compare")
            .arg(&lv)
            .arg(&ru)
            .args(["--format", "json"])
            .args(extra)
            .output()
            .unwrap()
    };
    let plain: serde_json::Value = serde_json::from_slice(&run(&[]).stdout).unwrap();
    assert_eq!(
        plain["divergences"]["left_only_paragraphs"],
        serde_json::json!([1])
    );
    let file = tmp(
        "corrections.json",
        br#"{"links_added": [{"left": [1], "right": [1]}], "notes": [{"on": {"paragraph": {"side": "left", "paragraph": 1}}, "text": "=check"}]}"#,
    );
    let out = run(&["--corrections", file.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let fixed: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        fixed["divergences"]["left_only_paragraphs"],
        serde_json::json!([])
    );
    assert_eq!(fixed["links"][1]["by_reader"], true);
    assert_eq!(fixed["corrections"]["notes"][0]["text"], "=check");
    // A saved report carries its corrections: it can be given back as they are.
    let saved = tmp("saved.json", &out.stdout);
    let again: serde_json::Value =
        serde_json::from_slice(&run(&["--corrections", saved.to_str().unwrap()]).stdout).unwrap();
    assert_eq!(again["links"], fixed["links"]);
    let foreign = tmp("foreign.json", br#"{"hello": "world"}"#);
    let out = run(&["--corrections", foreign.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a Diptych corrections file"));
}

/// Runs `diptych` with these arguments.
fn diptych<I, S>(args: I) -> std::process::Output
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    Command::cargo_bin("diptych")
        .unwrap()
        .args(args)
        .output()
        .unwrap()
}

/// The synthetic translation models `cargo xtask test` makes.
fn test_models() -> String {
    let dir = std::env::var("DIPTYCH_TEST_MODELS").unwrap_or_else(|_| {
        concat!(env!("CARGO_MANIFEST_DIR"), "/../../target/test-models").into()
    });
    assert!(
        std::path::Path::new(&dir).join("index.json").exists(),
        "no synthetic models in {dir}: `cargo xtask test` makes them"
    );
    dir
}

#[test]
fn translate_labels_its_output_and_keeps_the_paragraphs() {
    let (lv, _) = seeds();
    let models = test_models();
    let out = diptych(["translate", &lv, "--models", &models]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with("[Machine translation (lv → en, lv-en)"),
        "{text}"
    );
    // One translated paragraph per paragraph of the original (synthetic
    // models write no blank lines of their own).
    let original = std::fs::read_to_string(&lv).unwrap();
    let paragraphs = original
        .split("\n\n")
        .filter(|p| !p.trim().is_empty())
        .count();
    let translated = text.split("\n\n").skip(1).count();
    assert_eq!(translated, paragraphs);
}

#[test]
fn translate_json_maps_words_back_to_the_original_through_english() {
    let (lv, _) = seeds();
    let models = test_models();
    let out = diptych([
        "translate",
        &lv,
        "--models",
        &models,
        "--to",
        "ru",
        "--format",
        "json",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["machine_translation"], true);
    assert_eq!(v["models"], serde_json::json!(["lv-en", "en-ru"]));
    let original = v["original"].as_str().unwrap();
    let mut linked = 0;
    for p in v["paragraphs"].as_array().unwrap() {
        let text = p["text"].as_str().unwrap();
        for w in p["words"].as_array().unwrap() {
            let t = &w["translation"];
            let (a, b) = (
                t[0].as_u64().unwrap() as usize,
                t[1].as_u64().unwrap() as usize,
            );
            assert!(a < b && b <= text.len() && text.is_char_boundary(a));
            for o in w["original"].as_array().unwrap() {
                let (a, b) = (
                    o[0].as_u64().unwrap() as usize,
                    o[1].as_u64().unwrap() as usize,
                );
                assert!(!original[a..b].contains(char::is_whitespace));
                linked += 1;
            }
        }
    }
    assert!(linked > 0);
}

#[test]
fn translate_without_models_says_where_to_get_them() {
    let (lv, _) = seeds();
    let empty = tmp("no-models.txt", b"");
    let out = Command::cargo_bin("diptych")
        .unwrap()
        .args(["translate", &lv, "--models"])
        .arg(empty.with_extension("d"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("cargo xtask models"), "{err}");
    // A language it cannot translate into, and text already in the target language.
    for (args, says) in [
        (vec!["--to", "de"], "give en, lv or ru"),
        (vec!["--to", "lv"], "already in Latvian"),
    ] {
        let out = Command::cargo_bin("diptych")
            .unwrap()
            .args(["translate", &lv, "--models", &test_models()])
            .args(args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        assert!(String::from_utf8_lossy(&out.stderr).contains(says));
    }
}

#[test]
fn translate_reads_a_folder_laid_out_as_mozilla_publishes_it() {
    // DIR/lven/ with the three files and no index.json.
    let models = std::path::PathBuf::from(test_models());
    let dir = std::env::temp_dir().join(format!("diptych-mozilla-layout-{}", std::process::id()));
    let lven = dir.join("lven");
    std::fs::create_dir_all(&lven).unwrap();
    for name in [
        "model.lven.intgemm.alphas.bin",
        "vocab.lven.spm",
        "lex.50.50.lven.s2t.bin",
    ] {
        std::fs::copy(models.join("lv-en").join(name), lven.join(name)).unwrap();
    }
    let (lv, _) = seeds();
    let out = Command::cargo_bin("diptych")
        .unwrap()
        .args(["translate", &lv, "--models"])
        .arg(&dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("[Machine translation (lv → en"));
    // English into Latvian is not there: the error names the pair.
    let out = Command::cargo_bin("diptych")
        .unwrap()
        .args(["translate", &lv, "--to", "ru", "--models"])
        .arg(&dir)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("No translation model from lv to ru"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn compare_can_add_each_paragraphs_translation_to_the_report() {
    let (l, r) = seeds();
    let out = diptych([
        "compare",
        &l,
        &r,
        "--format",
        "json",
        "--translate",
        "en",
        "--models",
        &test_models(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let t = &v["translations"];
    assert_eq!(t["to"], "en");
    assert_eq!(t["machine_translation"], true);
    for side in ["left", "right"] {
        let paragraphs = t[side].as_array().unwrap();
        assert_eq!(
            paragraphs.len(),
            v[side]["paragraphs"].as_array().unwrap().len()
        );
        let text = v[side]["text"].as_str().unwrap();
        for p in paragraphs {
            for s in p["sentences"].as_array().unwrap() {
                let (a, b) = (
                    s[0].as_u64().unwrap() as usize,
                    s[1].as_u64().unwrap() as usize,
                );
                assert!(a < b && b <= text.len() && text.is_char_boundary(a));
            }
        }
    }
    // The summary ends with each text in English, labelled.
    let out = diptych([
        "compare",
        &l,
        &r,
        "--translate",
        "en",
        "--models",
        &test_models(),
    ]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("The left text in English (machine translation from Latvian"),
        "{text}"
    );
    assert!(text.contains("The right text in English (machine translation from Russian"));
    // A language it cannot translate into.
    let out = diptych(["compare", &l, &r, "--translate", "fr"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn a_reader_who_stops_reading_ends_the_output_quietly() {
    // `diptych compare … | head`: the pipe closes before the report is out.
    // A report larger than any pipe's buffer makes the write fail for sure.
    let (l, r) = seeds();
    let (l, r) = (
        std::fs::read_to_string(l).unwrap(),
        std::fs::read_to_string(r).unwrap(),
    );
    let left = tmp("long-left.txt", l.repeat(8).as_bytes());
    let right = tmp("long-right.txt", r.repeat(8).as_bytes());
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("diptych"))
        .args(["compare"])
        .arg(&left)
        .arg(&right)
        .args(["--format", "json"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(out.status.success(), "{:?} {stderr}", out.status);
}
