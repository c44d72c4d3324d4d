//! The models' manifest, `index.json`: which directions a deployment has,
//! their files, sizes and SHA-256, version and license. `cargo xtask models`
//! writes it next to the files; the page and the CLI read it before they
//! fetch or open anything, and check every file against it.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::Error;

/// The manifest's shape version.
pub const FORMAT: u32 = 1;

/// `index.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    /// [`FORMAT`].
    pub format: u32,
    /// One entry per direction.
    pub models: Vec<Model>,
}

/// One direction's model.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Model {
    /// "lv-en".
    pub pair: String,
    /// Source language code.
    pub from: String,
    /// Target language code.
    pub to: String,
    /// "tiny", "base-memory"... ("synthetic" for test models).
    pub architecture: String,
    /// The publisher's version of the model.
    pub version: String,
    /// The license the files come under, and where it is stated.
    pub license: String,
    /// Its files.
    pub files: Vec<File>,
}

/// What a file is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// The Marian binary model.
    Model,
    /// The SentencePiece vocabulary (source and target share it).
    Vocab,
    /// The lexical shortlist.
    Shortlist,
}

/// One file of a model.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct File {
    /// What it is for.
    pub role: Role,
    /// Where it is, relative to the manifest ("lv-en/model.lven.intgemm.alphas.bin").
    pub path: String,
    /// Its size in bytes.
    pub size: u64,
    /// Its SHA-256, lower-case hex.
    pub sha256: String,
}

impl Manifest {
    /// Reads a manifest; a foreign or damaged one is an error that says so.
    pub fn parse(json: &str) -> Result<Manifest, Error> {
        let manifest: Manifest = serde_json::from_str(json)
            .map_err(|e| Error::Manifest(format!("it is not a models index ({e})")))?;
        if manifest.format != FORMAT {
            return Err(Error::Manifest(format!(
                "it has format {}, and this version of Diptych reads format {FORMAT}",
                manifest.format
            )));
        }
        for m in &manifest.models {
            for role in [Role::Model, Role::Vocab] {
                if !m.files.iter().any(|f| f.role == role) {
                    return Err(Error::Manifest(format!(
                        "the {} model lists no {role:?} file",
                        m.pair
                    )));
                }
            }
            if let Some(f) = m.files.iter().find(|f| {
                f.path.starts_with('/') || f.path.split(['/', '\\']).any(|part| part == "..")
            }) {
                return Err(Error::Manifest(format!(
                    "the file {} lies outside the models folder",
                    f.path
                )));
            }
        }
        Ok(manifest)
    }

    /// The model of one direction, if listed.
    pub fn model(&self, from: &str, to: &str) -> Option<&Model> {
        self.models.iter().find(|m| m.from == from && m.to == to)
    }

    /// Bytes to fetch for these models, for a progress bar that names the size first.
    pub fn size_of<'m>(models: impl IntoIterator<Item = &'m Model>) -> u64 {
        models
            .into_iter()
            .flat_map(|m| &m.files)
            .map(|f| f.size)
            .sum()
    }
}

impl Manifest {
    /// A manifest for files named as Mozilla publishes them
    /// (`model.<src><trg>.intgemm.alphas.bin`, `vocab.<src><trg>.spm`, and
    /// the optional `lex.50.50.<src><trg>.s2t.bin`), each given as its path,
    /// size and SHA-256 as they are: a folder laid out that way, or files a
    /// reader picked. A direction missing its model or its vocabulary is
    /// left out, and `None` means no direction is whole.
    pub fn from_published(
        files: impl IntoIterator<Item = (String, u64, String)>,
    ) -> Option<Manifest> {
        let files: Vec<(String, u64, String)> = files.into_iter().collect();
        let name = |path: &str| path.rsplit(['/', '\\']).next().unwrap_or(path).to_string();
        let mut tags: Vec<String> = files
            .iter()
            .filter_map(|(path, _, _)| {
                let tag = name(path)
                    .strip_prefix("model.")?
                    .strip_suffix(".intgemm.alphas.bin")?
                    .to_string();
                (tag.len() == 4 && tag.chars().all(|c| c.is_ascii_lowercase())).then_some(tag)
            })
            .collect();
        tags.sort();
        tags.dedup();
        let models: Vec<Model> = tags
            .into_iter()
            .filter_map(|tag| {
                let file = |role: Role, wanted: String| {
                    files.iter().find(|(path, _, _)| name(path) == wanted).map(
                        |(path, size, sha)| File {
                            role,
                            path: path.clone(),
                            size: *size,
                            sha256: sha.clone(),
                        },
                    )
                };
                let mut found = vec![
                    file(Role::Model, format!("model.{tag}.intgemm.alphas.bin"))?,
                    file(Role::Vocab, format!("vocab.{tag}.spm"))?,
                ];
                found.extend(file(Role::Shortlist, format!("lex.50.50.{tag}.s2t.bin")));
                let (from, to) = tag.split_at(2);
                Some(Model {
                    pair: format!("{from}-{to}"),
                    from: from.to_string(),
                    to: to.to_string(),
                    architecture: String::new(),
                    version: String::new(),
                    license: "as published by Mozilla (MPL-2.0)".into(),
                    files: found,
                })
            })
            .collect();
        (!models.is_empty()).then_some(Manifest {
            format: FORMAT,
            models,
        })
    }
}

impl Model {
    /// Its file of a role.
    pub fn file(&self, role: Role) -> Option<&File> {
        self.files.iter().find(|f| f.role == role)
    }
}

/// SHA-256 of some bytes, lower-case hex.
pub fn sha256(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

impl File {
    /// Checks bytes against the size and hash listed for them.
    pub fn verify(&self, bytes: &[u8]) -> Result<(), Error> {
        self.check(bytes.len() as u64, || sha256(bytes))
    }

    /// Checks a size, then (only if that fits) a SHA-256 in hex, against
    /// those listed: for a file whose bytes were hashed as they were read.
    pub fn check(&self, size: u64, sha256: impl FnOnce() -> String) -> Result<(), Error> {
        if size != self.size {
            return Err(Error::Integrity(format!(
                "{} has {size} bytes where the index lists {}",
                self.path, self.size
            )));
        }
        if !sha256().eq_ignore_ascii_case(&self.sha256) {
            return Err(Error::Integrity(format!(
                "{} does not match its SHA-256 in the index",
                self.path
            )));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn manifest(path: &str) -> String {
        format!(
            r#"{{"format": 1, "models": [{{"pair": "lv-en", "from": "lv", "to": "en",
            "architecture": "tiny", "version": "1", "license": "MPL-2.0",
            "files": [{{"role": "model", "path": "{path}", "size": 3,
                        "sha256": "{}"}},
                      {{"role": "vocab", "path": "lv-en/vocab.lven.spm", "size": 0, "sha256": ""}}]}}]}}"#,
            sha256(b"abc")
        )
    }

    #[test]
    fn files_named_as_mozilla_publishes_them_make_a_manifest() {
        let (m, v, l) = (b"model".as_slice(), b"vocab".as_slice(), b"lex".as_slice());
        let picked = [
            ("model.lven.intgemm.alphas.bin", m),
            ("vocab.lven.spm", v),
            ("lex.50.50.lven.s2t.bin", l),
            ("model.ruen.intgemm.alphas.bin", m),
            ("notes.txt", l),
        ];
        let given = |list: &[(&str, &[u8])]| -> Vec<(String, u64, String)> {
            list.iter()
                .map(|(p, b)| (p.to_string(), b.len() as u64, sha256(b)))
                .collect()
        };
        let manifest = Manifest::from_published(given(&picked)).expect("one whole direction");
        // ru-en has no vocabulary: left out.
        assert_eq!(manifest.models.len(), 1);
        let lven = manifest.model("lv", "en").expect("lv-en");
        assert_eq!(lven.files.len(), 3);
        assert_eq!(lven.file(Role::Vocab).map(|f| f.size), Some(5));
        assert_eq!(
            lven.file(Role::Model).map(|f| f.sha256.clone()),
            Some(sha256(m))
        );
        assert!(Manifest::from_published(given(&[("vocab.lven.spm", v)])).is_none());
    }

    #[test]
    fn files_are_checked_against_their_size_and_hash() {
        let m = Manifest::parse(&manifest("lv-en/model.lven.intgemm.alphas.bin")).unwrap();
        let file = m.model("lv", "en").unwrap().file(Role::Model).unwrap();
        assert!(file.verify(b"abc").is_ok());
        assert!(matches!(file.verify(b"abd"), Err(Error::Integrity(_))));
        assert!(matches!(file.verify(b"abcd"), Err(Error::Integrity(_))));
        assert_eq!(Manifest::size_of(&m.models), 3);
        assert!(m.model("en", "lv").is_none());
    }

    #[test]
    fn a_foreign_or_unsafe_index_is_refused_with_a_reason() {
        for bad in [
            "{}".to_string(),
            "not json".to_string(),
            manifest("../../etc/passwd"),
            manifest("/etc/passwd"),
            r#"{"format": 2, "models": []}"#.to_string(),
        ] {
            let e = Manifest::parse(&bad).unwrap_err();
            assert!(matches!(e, Error::Manifest(_)), "{bad}: {e}");
            assert!(!e.to_string().is_empty());
        }
    }
}
