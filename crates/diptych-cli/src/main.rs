//! `diptych`: compare two articles from the terminal.
//!
//! `diptych compare LEFT RIGHT [--format json|text|tmx]` prints the engine's
//! report as JSON, or as a summary to read. `diptych translate FILE [--to en]
//! [--models DIR]` translates a document on this machine with Firefox
//! Translations models. Unreadable or refused input ends with a message on
//! standard error and exit status 2; usage errors with 64.

use std::io::Read;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

// The engine allocates many small strings; mimalloc serves them faster than
// the system allocator (the web build keeps Rust's default).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
use diptych_core::{EntityKind, Input, Report, Side};

#[derive(Parser)]
#[command(
    name = "diptych",
    version,
    about = "Compare two news articles in different languages: what they share, where they diverge."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Compare two documents (text, Markdown, HTML or .docx; "-" reads standard input).
    Compare {
        /// The left document (e.g. the Latvian article).
        left: PathBuf,
        /// The right document (e.g. the Russian article).
        right: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
        format: OutputFormat,
        /// A reader's corrections to apply: a JSON file of corrections, or a
        /// report saved from the page or by `--format json` (its "corrections").
        #[arg(long, value_name = "FILE")]
        corrections: Option<PathBuf>,
        /// Also translate each paragraph into this language (en, lv or ru) on
        /// this machine, with the models of --models: added to the JSON
        /// report as "translations" and to the text summary.
        #[arg(long, value_name = "LANG")]
        translate: Option<String>,
        /// The translation models' folder (index.json, or as Mozilla lays them out).
        #[arg(long, value_name = "DIR", default_value = "dist/models")]
        models: PathBuf,
    },
    /// Translate a document on this machine, paragraph by paragraph, with
    /// Firefox Translations models (`cargo xtask models` fetches them).
    Translate {
        /// The document (text, Markdown, HTML or .docx; "-" reads standard input).
        input: PathBuf,
        /// The language to translate into: en, lv or ru (lv and ru go through English).
        #[arg(long, default_value = "en")]
        to: String,
        /// The document's language, when it should not be detected.
        #[arg(long)]
        from: Option<String>,
        /// The models folder with its index.json.
        #[arg(long, value_name = "DIR", default_value = "dist/models")]
        models: PathBuf,
        /// Output format: the translation as text, or JSON with each
        /// sentence's and word's original.
        #[arg(long, value_enum, default_value_t = TranslateFormat::Text)]
        format: TranslateFormat,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum TranslateFormat {
    /// The translation, labelled as machine translation.
    Text,
    /// Each paragraph's translation with byte ranges of its sentences and
    /// words in the original and in the translation.
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum OutputFormat {
    /// The full report as JSON.
    Json,
    /// A summary for the terminal.
    Text,
    /// The linked passages as a TMX 1.4 translation memory.
    Tmx,
}

fn read_input(path: &PathBuf) -> Result<(Vec<u8>, Option<String>), String> {
    if path.as_os_str() == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
        return Ok((buf, None));
    }
    let meta = std::fs::metadata(path).map_err(|e| format!("{}: {e}", path.display()))?;
    if meta.is_dir() {
        return Err(format!("{}: is a folder; give a file", path.display()));
    }
    if meta.len() > diptych_core::MAX_BYTES as u64 * 2 {
        // Refuse before reading a huge file into memory; the engine words the message.
        let err = diptych_core::Error::TooLarge {
            bytes: meta.len() as usize,
            limit: diptych_core::MAX_BYTES,
        };
        return Err(format!("{}: {err}", path.display()));
    }
    let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok((
        bytes,
        path.file_name().map(|n| n.to_string_lossy().into_owned()),
    ))
}

/// Reads and segments one document, with its path in any error.
fn read_document(path: &PathBuf) -> Result<diptych_core::Document, String> {
    let (bytes, name) = read_input(path)?;
    diptych_core::read(Input {
        bytes: &bytes,
        name: name.as_deref(),
        decoded: None,
    })
    .map_err(|e| format!("{}: {e}", path.display()))
}

/// Corrections from a file: corrections alone, or a saved report holding them.
fn read_corrections(path: &std::path::Path) -> Result<diptych_core::Corrections, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let value: serde_json::Value = serde_json::from_str(&text).map_err(|e| {
        format!(
            "{}: not JSON ({e}); give a corrections file or a saved report",
            path.display()
        )
    })?;
    let inner = value.get("corrections").cloned().unwrap_or(value);
    serde_json::from_value(inner).map_err(|e| {
        format!(
            "{}: not a Diptych corrections file ({e}); give one saved from the page or by --format json",
            path.display()
        )
    })
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Translate {
            input,
            to,
            from,
            models,
            format,
        } => match translate(&input, from.as_deref(), &to, &models, format) {
            Ok(out) => emit(&out),
            Err(e) => {
                eprintln!("diptych: {e}");
                ExitCode::from(2)
            }
        },
        Command::Compare {
            left,
            right,
            format,
            corrections,
            translate,
            models,
        } => {
            if let Some(to) = translate
                .as_deref()
                .filter(|t| !diptych_translate::LANGUAGES.contains(t))
            {
                eprintln!("diptych: --translate {to}: give en, lv or ru");
                return ExitCode::from(2);
            }
            let corrections = match corrections.as_deref().map(read_corrections) {
                None => diptych_core::Corrections::default(),
                Some(Ok(c)) => c,
                Some(Err(e)) => {
                    eprintln!("diptych: {e}");
                    return ExitCode::from(2);
                }
            };
            // Two cores at least: build the lookup tables on one thread while
            // the two documents are read and segmented on two others.
            let (tables, l, r) = std::thread::scope(|s| {
                let tables = s.spawn(diptych_core::prepare);
                let l = s.spawn(|| read_document(&left));
                let r = read_document(&right);
                (tables.join(), l.join(), r)
            });
            let (left_doc, right_doc) = match (tables, l, r) {
                (Ok(()), Ok(Ok(l)), Ok(r)) => (l, r),
                (_, Ok(Err(e)), _) | (_, _, Err(e)) => {
                    eprintln!("diptych: {e}");
                    return ExitCode::from(2);
                }
                _ => {
                    eprintln!("diptych: internal error while reading the documents");
                    return ExitCode::from(1);
                }
            };
            let report = diptych_core::compare_documents_with(left_doc, right_doc, &corrections);
            let translations = match translate
                .as_deref()
                .map(|to| translate_report(&report, to, &models))
            {
                None => None,
                Some(Ok(t)) => Some(t),
                Some(Err(e)) => {
                    eprintln!("diptych: {e}");
                    return ExitCode::from(2);
                }
            };
            match format {
                OutputFormat::Json => {
                    let mut value = match serde_json::to_value(&report) {
                        Ok(v) => v,
                        Err(e) => {
                            eprintln!("diptych: could not write the report: {e}");
                            return ExitCode::from(1);
                        }
                    };
                    if let (Some(t), Some(map)) = (&translations, value.as_object_mut()) {
                        map.insert("translations".into(), t.json.clone());
                    }
                    emit(&format!("{value}\n"))
                }
                OutputFormat::Text => {
                    let mut out = summary(&report);
                    if let Some(t) = &translations {
                        out.push_str(&t.text);
                    }
                    emit(&out)
                }
                OutputFormat::Tmx => emit(&report.tmx()),
            }
        }
    }
}

/// Writes the output. A reader who stops reading (`| head`) closes the
/// pipe: that ends the output quietly, not with a panic.
fn emit(out: &str) -> ExitCode {
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(out.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("diptych: could not write the output: {e}");
            ExitCode::from(1)
        }
    }
}

/// A plain-text summary: overview, links with their evidence, and divergences.
fn summary(r: &Report) -> String {
    use std::fmt::Write;
    let mut s = String::new();
    let excerpt = |side: Side, p: usize| -> String {
        let d = r.side(side);
        let para = &d.paragraphs[p];
        let text: String = d.text[para.start..para.end].chars().take(70).collect();
        text.replace('\n', " ")
    };
    for (side, name) in [(Side::Left, "Left"), (Side::Right, "Right")] {
        let d = r.side(side);
        let _ = writeln!(
            s,
            "{name}: {} — {}, {} paragraph{}, {} ({}), {:.0}% covered by the other text",
            d.name.as_deref().unwrap_or("(pasted text)"),
            d.lang.name(),
            d.paragraphs.len(),
            if d.paragraphs.len() == 1 { "" } else { "s" },
            format!("{:?}", d.format).to_lowercase(),
            d.encoding,
            d.coverage * 100.0
        );
    }
    let _ = writeln!(s, "\n{}\n", r.overview.verdict);
    let g = &r.overview.grid;
    let _ = writeln!(s, "Same event? {}", r.overview.same_event.words());
    for (title, row) in [
        ("Who", &g.who),
        ("What", &g.what),
        ("Where", &g.where_),
        ("When", &g.when),
    ] {
        let _ = writeln!(
            s,
            "  {title:6} both: {} | left only: {} | right only: {} | conflicting: {}",
            join(&row.shared),
            join(&row.left_only),
            join(&row.right_only),
            join(&row.conflicting)
        );
    }
    let _ = writeln!(s);
    for (title, row) in [
        ("Places", &r.overview.places),
        ("People", &r.overview.people),
        ("Organisations", &r.overview.organisations),
        ("Dates", &r.overview.dates),
    ] {
        let _ = writeln!(
            s,
            "{title:14} shared: {} | left only: {} | right only: {}",
            join(&row.shared),
            join(&row.left_only),
            join(&row.right_only)
        );
    }
    let _ = writeln!(s, "\nLinks ({}):", r.links.len());
    for link in &r.links {
        let ls: Vec<String> = link.left.iter().map(|p| (p + 1).to_string()).collect();
        let rs: Vec<String> = link.right.iter().map(|p| (p + 1).to_string()).collect();
        let why: Vec<String> = link
            .evidence
            .entities
            .iter()
            .map(|&e| r.entities[e].label.clone())
            .chain(
                link.evidence
                    .terms
                    .iter()
                    .take(3)
                    .map(|(a, b)| format!("{a}/{b}")),
            )
            .collect();
        let _ = writeln!(
            s,
            "  L{} ↔ R{}  {}  {}",
            ls.join(","),
            rs.join(","),
            if link.by_reader {
                "yours".to_string()
            } else {
                format!("{:.2}", link.score)
            },
            why.join(", ")
        );
        let _ = writeln!(
            s,
            "      {}\n      {}",
            excerpt(Side::Left, link.left[0]),
            excerpt(Side::Right, link.right[0])
        );
    }
    let d = &r.divergences;
    let _ = writeln!(
        s,
        "\nOnly in the left text: paragraphs {}",
        numbers(&d.left_only_paragraphs)
    );
    let _ = writeln!(
        s,
        "Only in the right text: paragraphs {}",
        numbers(&d.right_only_paragraphs)
    );
    let names = |ids: &[usize]| -> String {
        join(
            &ids.iter()
                .filter(|&&e| !matches!(r.entities[e].kind, EntityKind::Number))
                .map(|&e| r.entities[e].label.clone())
                .collect::<Vec<_>>(),
        )
    };
    let _ = writeln!(
        s,
        "Named only on the left: {}",
        names(&d.left_only_entities)
    );
    let _ = writeln!(
        s,
        "Named only on the right: {}",
        names(&d.right_only_entities)
    );
    for c in &d.number_conflicts {
        let _ = writeln!(
            s,
            "Figures disagree ({}): left {} vs right {}",
            c.measure
                .clone()
                .unwrap_or_else(|| c.quantity.words().to_string()),
            r.entities[c.left].readable(),
            r.entities[c.right].readable()
        );
    }
    s
}

fn join(items: &[String]) -> String {
    if items.is_empty() {
        "—".to_string()
    } else {
        items.join(", ")
    }
}

fn numbers(ps: &[usize]) -> String {
    join(&ps.iter().map(|p| (p + 1).to_string()).collect::<Vec<_>>())
}

/// Translates a document with the models of a folder: its text output, or
/// an error for the reader.
fn translate(
    input: &PathBuf,
    from: Option<&str>,
    to: &str,
    models: &std::path::Path,
    format: TranslateFormat,
) -> Result<String, String> {
    use std::io::{IsTerminal, Write};
    let known = diptych_translate::LANGUAGES;
    if !known.contains(&to) {
        return Err(format!("--to {to}: give en, lv or ru"));
    }
    let doc = read_document(input)?;
    let from = match from {
        Some(f) if known.contains(&f) => f.to_string(),
        Some(f) => return Err(format!("--from {f}: give en, lv or ru")),
        None if doc.lang == diptych_core::Lang::Other => {
            return Err(format!(
                "{}: its language could not be told; give --from en, lv or ru",
                input.display()
            ))
        }
        None => doc.lang.code().to_string(),
    };
    if from == to {
        return Err(format!(
            "{}: it is already in {}",
            input.display(),
            doc.lang.name()
        ));
    }
    let translator = load_translator(models, &[(from.as_str(), to)])?;
    let route: Vec<String> = translator
        .route(&from, to)
        .map_err(|e| e.to_string())?
        .iter()
        .map(|d| format!("{}-{}", d.from, d.to))
        .collect();
    let progress = std::io::stderr().is_terminal() && doc.paragraphs.len() > 1;
    let mut paragraphs = Vec::new();
    for (k, p) in doc.paragraphs.iter().enumerate() {
        if progress {
            eprint!(
                "\rtranslating paragraph {} of {}",
                k + 1,
                doc.paragraphs.len()
            );
            let _ = std::io::stderr().flush();
        }
        let t = translator
            .translate(&doc.text[p.start..p.end], &from, to)
            .map_err(|e| e.to_string())?;
        paragraphs.push((p, t));
    }
    if progress {
        eprintln!();
    }
    let label = format!(
        "Machine translation ({from} → {to}, {}), made on this machine; check it against the original.",
        route.join(" then ")
    );
    Ok(match format {
        TranslateFormat::Text => {
            let body: Vec<&str> = paragraphs.iter().map(|(_, t)| t.text.as_str()).collect();
            format!("[{label}]\n\n{}\n", body.join("\n\n"))
        }
        TranslateFormat::Json => {
            let shift = |r: &std::ops::Range<usize>, by: usize| [r.start + by, r.end + by];
            let paragraphs: Vec<serde_json::Value> = paragraphs
                .iter()
                .map(|(p, t)| {
                    serde_json::json!({
                        "original": [p.start, p.end],
                        "text": t.text,
                        "sentences": t.sentences.iter().map(|(o, tr)| serde_json::json!({
                            "original": shift(o, p.start), "translation": shift(tr, 0)
                        })).collect::<Vec<_>>(),
                        "words": t.words.iter().map(|(tr, os)| serde_json::json!({
                            "translation": shift(tr, 0),
                            "original": os.iter().map(|o| shift(o, p.start)).collect::<Vec<_>>()
                        })).collect::<Vec<_>>(),
                    })
                })
                .collect();
            let out = serde_json::json!({
                "machine_translation": true,
                "label": label,
                "from": from,
                "to": to,
                "models": route,
                "original": doc.text,
                "paragraphs": paragraphs,
            });
            format!("{out}\n")
        }
    })
}

/// A models index for a folder laid out as Mozilla publishes the files
/// (`DIR/<src><trg>/model.<src><trg>.intgemm.alphas.bin`, `vocab.<src><trg>.spm`,
/// `lex.50.50.<src><trg>.s2t.bin`): sizes and hashes of the files as they are.
fn mozilla_layout(dir: &std::path::Path) -> Option<diptych_translate::Manifest> {
    let mut files: Vec<(String, u64, String)> = Vec::new();
    for entry in std::fs::read_dir(dir).ok()?.flatten() {
        let folder = entry.file_name().to_string_lossy().into_owned();
        if folder.replace('-', "").len() != 4 || !entry.path().is_dir() {
            continue;
        }
        for file in std::fs::read_dir(entry.path()).ok()?.flatten() {
            let name = file.file_name().to_string_lossy().into_owned();
            let wanted = name.starts_with("model.")
                || name.starts_with("vocab.")
                || name.starts_with("lex.");
            if let Some(bytes) = wanted.then(|| std::fs::read(file.path()).ok()).flatten() {
                let sha = diptych_translate::manifest::sha256(&bytes);
                files.push((format!("{folder}/{name}"), bytes.len() as u64, sha));
            }
        }
    }
    diptych_translate::Manifest::from_published(files)
}

/// The models of a folder, loaded for these directions.
fn load_translator(
    models: &std::path::Path,
    directions: &[(&str, &str)],
) -> Result<diptych_translate::Translator, String> {
    let index = models.join("index.json");
    let manifest = match std::fs::read_to_string(&index) {
        Ok(json) => diptych_translate::Manifest::parse(&json).map_err(|e| e.to_string())?,
        // A folder laid out as Mozilla publishes the files: DIR/lven/model.lven…
        Err(_) => mozilla_layout(models).ok_or_else(|| {
            format!(
                "{}: no translation models there (neither an index.json nor folders like lven/ with model.lven.intgemm.alphas.bin and vocab.lven.spm). `cargo xtask models` fetches them (online), or give --models DIR",
                models.display()
            )
        })?,
    };
    let mut translator = diptych_translate::Translator::new();
    for (from, to) in directions {
        translator
            .load_route(&manifest, from, to, |f| {
                std::fs::read(models.join(&f.path)).map_err(|e| e.to_string())
            })
            .map_err(|e| e.to_string())?;
    }
    Ok(translator)
}

/// A report's paragraphs translated: for the JSON report and for the summary.
struct ReportTranslations {
    json: serde_json::Value,
    text: String,
}

/// Translates each side of a report not already in `to`, paragraph by paragraph.
fn translate_report(
    report: &Report,
    to: &str,
    models: &std::path::Path,
) -> Result<ReportTranslations, String> {
    use std::fmt::Write;
    let sides: Vec<Side> = [Side::Left, Side::Right]
        .into_iter()
        .filter(|&s| {
            let lang = report.side(s).lang.code();
            lang != to && diptych_translate::LANGUAGES.contains(&lang)
        })
        .collect();
    let directions: Vec<(&str, &str)> = sides
        .iter()
        .map(|&s| (report.side(s).lang.code(), to))
        .collect();
    let translator = load_translator(models, &directions)?;
    let mut json = serde_json::json!({
        "to": to,
        "machine_translation": true,
        "left": null,
        "right": null,
    });
    let mut text = String::new();
    for side in sides {
        let doc = report.side(side);
        let from = doc.lang.code();
        let name = if side == Side::Left { "left" } else { "right" };
        let _ = writeln!(
            text,
            "\nThe {name} text in {} (machine translation from {}, made on this machine):",
            match to {
                "en" => "English",
                "lv" => "Latvian",
                _ => "Russian",
            },
            doc.lang.name()
        );
        let mut paragraphs = Vec::new();
        for (k, p) in doc.paragraphs.iter().enumerate() {
            let t = translator
                .translate(&doc.text[p.start..p.end], from, to)
                .map_err(|e| e.to_string())?;
            let _ = writeln!(text, "  ¶{} {}", k + 1, t.text.replace('\n', " "));
            paragraphs.push(serde_json::json!({
                "paragraph": k,
                "text": t.text,
                "sentences": t.sentences.iter().map(|(o, tr)| [o.start + p.start, o.end + p.start, tr.start, tr.end]).collect::<Vec<_>>(),
            }));
        }
        json[name] = serde_json::Value::Array(paragraphs);
    }
    Ok(ReportTranslations { json, text })
}
