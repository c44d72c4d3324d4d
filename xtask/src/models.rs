//! `cargo xtask models [--pairs lv-en,ru-en,en-lv,en-ru]`: the translation
//! models, for the deployer to host next to the app.
//!
//! Mozilla publishes the Firefox Translations models in Firefox's Remote
//! Settings collection `translations-models-v2`: one record per file (the
//! model, its vocabulary, its lexical shortlist) with its language pair,
//! version, the SHA-256 of the zstd-compressed attachment on the settings
//! CDN and the SHA-256 of the file itself. This task reads the records,
//! takes the newest released version of each direction asked for, downloads
//! and checks every file (both hashes), and only then puts them in `models/`
//! with an `index.json` (pair, files, sizes, SHA-256, version, license) and
//! the license text. Offline, it says so and changes nothing.
//!
//! `models/` stays beside `dist/` (Trunk empties `dist/` on every build);
//! the builds put it into `dist/models/` (see [`link_into_dist`]).

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use crate::{root, run, Result};

/// The collection's records.
const RECORDS: &str =
    "https://firefox.settings.services.mozilla.com/v1/buckets/main/collections/translations-models-v2/records";

/// Where the attachments are (`attachment.location` is relative to it).
const CDN: &str = "https://firefox-settings-attachments.cdn.mozilla.net";

/// The directions Diptych needs: Latvian and Russian into English and back
/// (Latvian ↔ Russian goes through English).
const DEFAULT_PAIRS: &str = "lv-en,ru-en,en-lv,en-ru";

/// What `index.json` says of the models' license.
const LICENSE: &str = "MPL-2.0: Mozilla's Firefox Translations models, under the license of the repositories they are published from (github.com/mozilla/translations, and before it mozilla/firefox-translations-models). For the releases in the translations-models-v2 collection, issue #1434 of mozilla/translations asked for an explicit statement and pull request #1454 (\"Clarify license for model files\", merged 12 August 2026) gives it: read it there before redistributing, as Diptych's build could not. The license text is in LICENSE-models.txt.";

/// The folder the models are kept in.
pub fn store() -> PathBuf {
    root().join("models")
}

/// One file of the collection.
#[derive(Debug, Clone, PartialEq)]
struct Record {
    name: String,
    role: &'static str,
    from: String,
    to: String,
    version: String,
    architecture: String,
    sha256: String,
    size: u64,
    packed_sha256: String,
    packed_size: u64,
    location: String,
}

fn record(v: &Value) -> Option<Record> {
    let s = |k: &str| v.get(k).and_then(Value::as_str).map(str::to_string);
    let a = v.get("attachment")?;
    let role = match s("fileType")?.as_str() {
        "model" => "model",
        "vocab" => "vocab",
        "lex" => "shortlist",
        _ => return None, // srcvocab / trgvocab: split vocabularies, not our languages
    };
    // Records meant for some Firefox channels only are not releases.
    if v.get("filter_expression")
        .and_then(Value::as_str)
        .is_some_and(|f| !f.trim().is_empty())
    {
        return None;
    }
    Some(Record {
        name: s("name")?,
        role,
        from: s("sourceLanguage")?,
        to: s("targetLanguage")?,
        version: s("version")?,
        architecture: s("architecture").unwrap_or_default(),
        sha256: s("decompressedHash")?,
        size: v.get("decompressedSize")?.as_u64()?,
        packed_sha256: a.get("hash")?.as_str()?.to_string(),
        packed_size: a.get("size")?.as_u64()?,
        location: a.get("location")?.as_str()?.to_string(),
    })
}

/// A version as numbers ("1.0a2" → [1, 0, -1, 2]: a pre-release sorts below its release).
fn version_key(v: &str) -> Vec<i64> {
    let mut key = Vec::new();
    for part in v.split('.') {
        let digits: String = part.chars().take_while(char::is_ascii_digit).collect();
        key.push(digits.parse().unwrap_or(0));
        let rest = &part[digits.len()..];
        if !rest.is_empty() {
            key.push(-1);
            key.push(
                rest.trim_start_matches(char::is_alphabetic)
                    .parse()
                    .unwrap_or(0),
            );
        }
    }
    key.push(0);
    key
}

/// The newest version of a direction that has all three files.
fn choose<'r>(records: &'r [Record], from: &str, to: &str) -> Option<Vec<&'r Record>> {
    let mut versions: Vec<&str> = records
        .iter()
        .filter(|r| r.from == from && r.to == to)
        .map(|r| r.version.as_str())
        .collect();
    versions.sort_by_key(|v| std::cmp::Reverse(version_key(v)));
    versions.dedup();
    versions.into_iter().find_map(|v| {
        let files: Vec<&Record> = ["model", "vocab", "shortlist"]
            .iter()
            .filter_map(|role| {
                records
                    .iter()
                    .find(|r| r.from == from && r.to == to && r.version == v && r.role == *role)
            })
            .collect();
        (files.len() == 3).then_some(files)
    })
}

fn sha256_of(path: &Path) -> Result<String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(Sha256::digest(&bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect())
}

/// Fetches a URL into a file with curl; the error says what went wrong.
fn download(url: &str, to: &Path) -> Result {
    let out = Command::new("curl")
        .args(["-fsSL", "--retry", "3", "--connect-timeout", "20", "-o"])
        .arg(to)
        .arg(url)
        .output()
        .map_err(|e| format!("curl: {e}"))?;
    if out.status.success() {
        Ok(())
    } else {
        // curl repeats its complaint at each retry: the last says it.
        let err = String::from_utf8_lossy(&out.stderr);
        Err(err
            .lines()
            .last()
            .unwrap_or("curl failed")
            .trim()
            .to_string())
    }
}

/// Debian's curl and zstd, if absent.
fn tools() -> Result {
    let missing: Vec<&str> = [("curl", "curl"), ("zstd", "zstd")]
        .into_iter()
        .filter(|(bin, _)| Command::new(bin).arg("--version").output().is_err())
        .map(|(_, pkg)| pkg)
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    run(Command::new("apt-get").arg("update"))?;
    run(Command::new("apt-get")
        .args(["install", "-y"])
        .args(&missing)
        .env("DEBIAN_FRONTEND", "noninteractive"))
}

/// The registry's records address (`DIPTYCH_MODELS_REGISTRY` names a mirror).
fn registry() -> String {
    std::env::var("DIPTYCH_MODELS_REGISTRY").unwrap_or_else(|_| RECORDS.to_string())
}

/// The attachments' root (`DIPTYCH_MODELS_CDN` names a mirror).
fn cdn() -> String {
    std::env::var("DIPTYCH_MODELS_CDN").unwrap_or_else(|_| CDN.to_string())
}

pub fn models(args: &[String]) -> Result {
    let pairs = args
        .windows(2)
        .find(|w| w[0] == "--pairs")
        .map_or(DEFAULT_PAIRS, |w| w[1].as_str());
    let pairs: Vec<(String, String)> = pairs
        .split(',')
        .filter(|p| !p.is_empty())
        .map(|p| {
            p.split_once('-')
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .ok_or_else(|| format!("--pairs: {p} is not a pair like lv-en"))
        })
        .collect::<Result<_>>()?;
    if Command::new("curl").arg("--version").output().is_err() {
        tools()?;
    }
    fetch_into(&store(), &pairs)
}

/// Fetches, checks and installs the models of `pairs` into `store`; on any
/// failure `store` is left as it was.
fn fetch_into(store: &Path, pairs: &[(String, String)]) -> Result {
    let stage = root().join("target/models-download");
    let _ = std::fs::remove_dir_all(&stage);
    std::fs::create_dir_all(&stage).map_err(|e| format!("{}: {e}", stage.display()))?;
    let listing = stage.join("records.json");
    download(&registry(), &listing).map_err(|why| {
        format!(
            "cannot reach Mozilla's model registry ({}): {why}.\n\
             This machine looks offline; nothing in {} was changed. Run `cargo xtask models` on a \
             machine with internet access and copy its models/ folder here.",
            registry(),
            store.display()
        )
    })?;
    tools()?; // zstd, now that the registry answers
    let body = std::fs::read_to_string(&listing).map_err(|e| e.to_string())?;
    let value: Value = serde_json::from_str(&body)
        .map_err(|e| format!("the model registry answered something other than records ({e})"))?;
    let records: Vec<Record> = value
        .get("data")
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(record).collect())
        .unwrap_or_default();

    let mut entries = Vec::new();
    for (from, to) in pairs {
        let files = choose(&records, from, to)
            .ok_or_else(|| format!("the model registry has no released {from}-{to} model"))?;
        let pair = format!("{from}-{to}");
        let dir = stage.join(&pair);
        std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
        let total: u64 = files.iter().map(|f| f.packed_size).sum();
        eprintln!(
            "xtask: {pair} {} ({}): {:.1} MB to download",
            files[0].version,
            files[0].architecture,
            total as f64 / 1e6
        );
        let mut listed = Vec::new();
        for f in &files {
            let packed = dir.join(format!("{}.zst", f.name));
            download(&format!("{}/{}", cdn(), f.location), &packed)
                .map_err(|why| format!("{}: {why}", f.name))?;
            if sha256_of(&packed)? != f.packed_sha256 {
                return Err(format!(
                    "{}: the download does not match its hash; nothing was changed",
                    f.name
                ));
            }
            let file = dir.join(&f.name);
            let status = Command::new("zstd")
                .args(["-d", "-q", "-f", "-o"])
                .arg(&file)
                .arg(&packed)
                .status()
                .map_err(|e| format!("zstd: {e}"))?;
            let _ = std::fs::remove_file(&packed);
            if !status.success() || sha256_of(&file)? != f.sha256 {
                return Err(format!(
                    "{}: the unpacked file does not match its hash; nothing was changed",
                    f.name
                ));
            }
            listed.push(json!({
                "role": f.role,
                "path": format!("{pair}/{}", f.name),
                "size": f.size,
                "sha256": f.sha256,
            }));
        }
        entries.push(json!({
            "pair": pair,
            "from": from,
            "to": to,
            "architecture": files[0].architecture,
            "version": files[0].version,
            "license": LICENSE,
            "files": listed,
        }));
    }

    // Everything checked: now replace what was there, pair by pair, keeping
    // the index's other pairs.
    std::fs::create_dir_all(store).map_err(|e| e.to_string())?;
    let mut kept: Vec<Value> = std::fs::read_to_string(store.join("index.json"))
        .ok()
        .and_then(|s| serde_json::from_str::<Value>(&s).ok())
        .and_then(|v| v.get("models").and_then(Value::as_array).cloned())
        .unwrap_or_default();
    for e in &entries {
        let pair = e["pair"].as_str().unwrap_or_default();
        kept.retain(|k| k["pair"].as_str() != Some(pair));
        let to = store.join(pair);
        let _ = std::fs::remove_dir_all(&to);
        std::fs::rename(stage.join(pair), &to).map_err(|e| format!("{}: {e}", to.display()))?;
    }
    kept.extend(entries);
    let index = json!({ "format": 1, "models": kept });
    std::fs::write(store.join("index.json"), format!("{index:#}\n")).map_err(|e| e.to_string())?;
    if let Ok(text) = std::fs::read_to_string("/usr/share/common-licenses/MPL-2.0") {
        let _ = std::fs::write(store.join("LICENSE-models.txt"), text);
    }
    let _ = std::fs::remove_dir_all(&stage);
    eprintln!(
        "xtask: models in {}; the builds copy them into dist/models/",
        store.display()
    );
    Ok(())
}

/// Puts `models/` (if there) into a built `dist/`: a copy, so that `dist/`
/// can be deployed as it is.
pub fn link_into_dist(dist: &Path) -> Result {
    let store = store();
    if !store.join("index.json").exists() {
        return Ok(());
    }
    let target = dist.join("models");
    // `trunk serve` links the folder in (Trunk.toml's hook): replace the link.
    if target.is_symlink() {
        std::fs::remove_file(&target).map_err(|e| format!("{}: {e}", target.display()))?;
    } else {
        let _ = std::fs::remove_dir_all(&target);
    }
    copy_dir(&store, &target)
}

fn copy_dir(from: &Path, to: &Path) -> Result {
    std::fs::create_dir_all(to).map_err(|e| format!("{}: {e}", to.display()))?;
    for entry in std::fs::read_dir(from).map_err(|e| e.to_string())? {
        let entry = entry.map_err(|e| e.to_string())?;
        let target = to.join(entry.file_name());
        if entry.file_type().map_err(|e| e.to_string())?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else if std::fs::hard_link(entry.path(), &target).is_err() {
            std::fs::copy(entry.path(), &target)
                .map_err(|e| format!("{}: {e}", target.display()))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Records in the shape the collection serves (values made up).
    fn records() -> Vec<Record> {
        let rec = |name: &str, kind: &str, version: &str, filter: &str| {
            json!({
                "name": name, "fileType": kind, "version": version,
                "architecture": "tiny", "sourceLanguage": "lv", "targetLanguage": "en",
                "decompressedHash": "aa", "decompressedSize": 10,
                "filter_expression": filter,
                "attachment": {"hash": "bb", "size": 5, "location": "x/y.zst"}
            })
        };
        [
            rec("model.lven.intgemm.alphas.bin", "model", "1.0", ""),
            rec("vocab.lven.spm", "vocab", "1.0", ""),
            rec("lex.50.50.lven.s2t.bin", "lex", "1.0", ""),
            rec("model.lven.intgemm.alphas.bin", "model", "1.1a1", ""),
            rec("vocab.lven.spm", "vocab", "1.1a1", ""),
            rec("lex.50.50.lven.s2t.bin", "lex", "1.1a1", ""),
            rec(
                "model.lven.intgemm.alphas.bin",
                "model",
                "2.0",
                "env.channel == 'nightly'",
            ),
            rec("vocab.lven.spm", "vocab", "2.0", "env.channel == 'nightly'"),
            rec(
                "lex.50.50.lven.s2t.bin",
                "lex",
                "2.0",
                "env.channel == 'nightly'",
            ),
            rec("model.lven.intgemm.alphas.bin", "model", "3.0", ""), // incomplete
        ]
        .iter()
        .filter_map(record)
        .collect()
    }

    #[test]
    fn the_newest_complete_released_version_is_chosen() {
        let all = records();
        let chosen = choose(&all, "lv", "en").expect("a version");
        assert!(chosen.iter().all(|r| r.version == "1.1a1"));
        assert_eq!(
            chosen.iter().map(|r| r.role).collect::<Vec<_>>(),
            ["model", "vocab", "shortlist"]
        );
        assert!(choose(&all, "en", "lv").is_none());
    }

    #[test]
    fn offline_the_task_says_so_and_changes_nothing() {
        let store = root().join("target/models-offline-test");
        let _ = std::fs::remove_dir_all(&store);
        std::fs::create_dir_all(store.join("lv-en")).unwrap();
        std::fs::write(store.join("index.json"), "{\"format\": 1, \"models\": []}").unwrap();
        std::fs::write(store.join("lv-en/model.bin"), "kept").unwrap();
        // Port 9 (discard) refuses the connection: as good as offline.
        std::env::set_var("DIPTYCH_MODELS_REGISTRY", "http://127.0.0.1:9/records");
        let err = fetch_into(&store, &[("lv".into(), "en".into())]).unwrap_err();
        std::env::remove_var("DIPTYCH_MODELS_REGISTRY");
        assert!(
            err.contains("cannot reach") && err.contains("nothing in"),
            "{err}"
        );
        assert_eq!(
            std::fs::read_to_string(store.join("lv-en/model.bin")).unwrap(),
            "kept"
        );
        assert!(std::fs::read_to_string(store.join("index.json"))
            .unwrap()
            .contains("\"models\": []"));
        let _ = std::fs::remove_dir_all(&store);
    }

    #[test]
    fn versions_sort_with_pre_releases_below_their_release() {
        let mut v = vec!["1.0a1", "1.0", "0.9", "1.1a2", "1.1a10", "2.0"];
        v.sort_by_key(|s| version_key(s));
        assert_eq!(v, ["0.9", "1.0a1", "1.0", "1.1a2", "1.1a10", "2.0"]);
    }
}
