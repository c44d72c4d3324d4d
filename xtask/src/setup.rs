//! Installs what the build and the tests need on a fresh Debian machine, and
//! skips whatever is already there at the right version.

use std::process::Command;

use crate::{root, run, Result};

/// Trunk: 0.22 needs a newer rustc than this machine's, so stay on 0.21.
const TRUNK: &str = "0.21";

/// What a command prints for `--version`, if it runs.
fn version_of(program: &str, arg: &str) -> Option<String> {
    let out = Command::new(program).arg(arg).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Installs a cargo tool unless `bin --version` already reports a version
/// starting with `version`; `requirement` is what `cargo install --version` gets.
pub fn cargo_tool(bin: &str, krate: &str, version: Option<(&str, &str)>, locked: bool) -> Result {
    if let Some(found) = version_of(bin, "--version") {
        if version.is_none_or(|(v, _)| found.split_whitespace().any(|w| w.starts_with(v))) {
            return Ok(());
        }
    }
    let mut cmd = crate::cargo();
    cmd.args(["install", krate]);
    if let Some((_, requirement)) = version {
        cmd.args(["--version", requirement]);
    }
    if locked {
        cmd.arg("--locked");
    }
    eprintln!("xtask: installing {krate} (once; this can take several minutes)");
    run(&mut cmd)
}

/// The wasm-bindgen version pinned in Cargo.lock: the CLI must match it exactly.
fn locked_wasm_bindgen() -> Result<String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock"))
        .map_err(|e| format!("Cargo.lock: {e}"))?;
    let at = lock
        .find("name = \"wasm-bindgen\"\n")
        .ok_or("wasm-bindgen is not in Cargo.lock")?;
    let rest = &lock[at..];
    let v = rest
        .lines()
        .nth(1)
        .and_then(|l| l.strip_prefix("version = \""))
        .and_then(|l| l.strip_suffix('"'));
    v.map(str::to_string)
        .ok_or_else(|| "cannot read wasm-bindgen's version in Cargo.lock".into())
}

fn wasm_target() -> Result {
    let installed = Command::new("rustup")
        .args(["target", "list", "--installed"])
        .output()
        .map_err(|e| format!("rustup: {e}"))?;
    if String::from_utf8_lossy(&installed.stdout)
        .lines()
        .any(|l| l.trim() == "wasm32-unknown-unknown")
    {
        return Ok(());
    }
    run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))
}

/// npm tools from package.json (wasm-opt, playwright-core, puppeteer-core), installed into node_modules.
fn npm_tools() -> Result {
    let stamp = root().join("node_modules/.package-lock.json");
    let lock = root().join("package-lock.json");
    let fresh = match (
        std::fs::metadata(&stamp).and_then(|m| m.modified()),
        std::fs::metadata(&lock).and_then(|m| m.modified()),
    ) {
        (Ok(installed), Ok(locked)) => {
            installed >= locked && root().join("node_modules/.bin/wasm-opt").exists()
        }
        _ => false,
    };
    if fresh {
        return Ok(());
    }
    run(Command::new("npm").args(["ci", "--no-audit", "--no-fund"]))
}

/// Everything the web build needs.
pub fn web_tools() -> Result {
    wasm_target()?;
    cargo_tool("trunk", "trunk", Some((TRUNK, &format!("~{TRUNK}"))), true)?;
    let wb = locked_wasm_bindgen()?;
    // Exactly Cargo.lock's version, and without --locked: the locked
    // dependency set of wasm-bindgen-cli does not resolve here.
    cargo_tool(
        "wasm-bindgen",
        "wasm-bindgen-cli",
        Some((&wb, &format!("={wb}"))),
        false,
    )?;
    npm_tools()
}

/// Debian's Chromium for the end-to-end tests (Playwright cannot download
/// its own browser here).
pub fn chromium() -> Result {
    // chromium for Playwright, chromedriver for the wasm-bindgen component
    // tests, firefox-esr for the single file's test in Firefox (puppeteer-core
    // drives it over WebDriver BiDi); xmllint to check TMX exports against
    // the TMX 1.4 DTD.
    let wanted = [
        ("/usr/bin/chromium", "chromium"),
        ("/usr/bin/chromedriver", "chromium-driver"),
        ("/usr/bin/firefox-esr", "firefox-esr"),
        ("/usr/bin/xmllint", "libxml2-utils"),
    ];
    let missing: Vec<&str> = wanted
        .iter()
        .filter(|(p, _)| !std::path::Path::new(p).exists())
        .map(|(_, pkg)| *pkg)
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    eprintln!(
        "xtask: installing Debian's {} for the end-to-end tests (once)",
        missing.join(", ")
    );
    run(Command::new("apt-get").arg("update"))?;
    run(Command::new("apt-get")
        .args(["install", "-y"])
        .args(&missing)
        .env("DEBIAN_FRONTEND", "noninteractive"))
}

/// The PyPI package that trains the test models' vocabulary, pinned so the
/// synthetic models come out the same everywhere.
const SENTENCEPIECE: &str = "sentencepiece==0.2.3";

/// A Python venv (target/venv) with what the test-model generator needs.
fn python() -> Result<std::path::PathBuf> {
    let venv = root().join("target/venv");
    let python = venv.join("bin/python");
    if !python.exists() {
        let made = Command::new("python3")
            .args(["-m", "venv"])
            .arg(&venv)
            .status()
            .is_ok_and(|s| s.success());
        if !made {
            // Debian keeps venv's pip bootstrap in a package of its own.
            eprintln!("xtask: installing Debian's python3-venv (once)");
            run(Command::new("apt-get").arg("update"))?;
            run(Command::new("apt-get")
                .args(["install", "-y", "python3-venv"])
                .env("DEBIAN_FRONTEND", "noninteractive"))?;
            let _ = std::fs::remove_dir_all(&venv);
            run(Command::new("python3").args(["-m", "venv"]).arg(&venv))?;
        }
    }
    let has = Command::new(&python)
        .args(["-c", "import sentencepiece"])
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !has {
        run(Command::new(&python).args(["-m", "pip", "install", "-q", SENTENCEPIECE]))?;
    }
    Ok(python)
}

/// Synthetic translation models for the tests (tools/make_test_model.py):
/// the real file formats with random weights, made again when the script
/// or the lexicon it trains the vocabulary on changes. Returns their folder.
pub fn test_models() -> Result<std::path::PathBuf> {
    let out = root().join("target/test-models");
    let index = out.join("index.json");
    let modified = |p: &std::path::Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    let sources = [
        root().join("tools/make_test_model.py"),
        root().join("crates/diptych-core/data/lexicon-news-lv-ru.tsv"),
        root().join("crates/diptych-core/data/lexicon-lv-ru.tsv"),
        root().join("crates/diptych-core/data/names-lv-ru-en.tsv"),
        root().join("crates/diptych-core/data/given-names.tsv"),
    ];
    let fresh = modified(&index).is_some_and(|made| {
        sources
            .iter()
            .all(|s| modified(s).is_none_or(|changed| changed <= made))
    });
    if !fresh {
        let python = python()?;
        run(Command::new(python)
            .arg("tools/make_test_model.py")
            .arg(&out))?;
    }
    Ok(out)
}

/// Synthetic models of the size and shape of Firefox Translations' tiny
/// models (lv-en, about 17 MB), for the translation benchmark.
pub fn bench_models() -> Result<std::path::PathBuf> {
    let out = root().join("target/bench-models");
    if !out.join("index.json").exists() {
        let python = python()?;
        run(Command::new(python)
            .arg("tools/make_test_model.py")
            .arg(&out)
            .args(["--pairs", "lv-en", "--arch", "tiny"]))?;
    }
    Ok(out)
}
