//! "Save comparison": one self-contained `.html` file holding the viewer
//! (the single-file build: wasm, script and styles inlined), both documents
//! byte for byte, and the reader's corrections and notes. Opened from disk,
//! offline, it compares the two documents again at once (with the
//! corrections) and can be corrected and saved again.
//!
//! The viewer comes from the single file itself when that is what is open
//! (its markup is kept as it was before the viewer drew anything), else
//! from `diptych.html` next to the page (`cargo xtask dist` puts it there).
//! The data goes in as the page's inline settings
//! (`<script type="application/json" id="diptych-config">`), which every
//! Diptych page reads on start.

use std::cell::RefCell;

use diptych_core::Corrections;
use wasm_bindgen::JsCast;

thread_local! {
    /// The single file's own markup, as it was when it opened.
    static PRISTINE: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Where the inline settings start; they end at the next `</script>`.
const SETTINGS_OPEN: &str = r#"<script type="application/json" id="diptych-config">"#;

/// Keeps the open single file's markup for saving (call before drawing).
pub fn keep_pristine() {
    let Some(root) = gloo_utils::document().document_element() else {
        return;
    };
    let markup = format!("<!DOCTYPE html>\n{}", root.outer_html());
    PRISTINE.with(|p| *p.borrow_mut() = Some(markup));
}

/// Bytes as base64, by the browser's `btoa` over a byte string.
pub fn to_base64(bytes: &[u8]) -> Option<String> {
    let binary: String = bytes.iter().map(|&b| char::from(b)).collect();
    web_sys::window()?.btoa(&binary).ok()
}

/// Base64 back to bytes, by the browser's `atob`; `None` if it is not base64.
pub fn from_base64(text: &str) -> Option<Vec<u8>> {
    let binary = web_sys::window()?.atob(text).ok()?;
    binary
        .chars()
        .map(|c| u8::try_from(u32::from(c)).ok())
        .collect()
}

/// One side of the saved settings, as JSON.
fn side(name: Option<&str>, bytes: &[u8]) -> Option<String> {
    let name = serde_json::to_string(name.unwrap_or("pasted text")).ok()?;
    Some(format!(
        r#"{{"name":{name},"base64":"{}"}}"#,
        to_base64(bytes)?
    ))
}

/// The corrections as the saved settings carry them: the engine's own
/// binary form (the one its worker reads), in base64.
pub fn corrections_to_text(c: &Corrections) -> Option<String> {
    to_base64(&bincode::serialize(c).ok()?)
}

/// The saved corrections back; `None` if they are not.
pub fn corrections_from_text(text: &str) -> Option<Corrections> {
    bincode::deserialize(&from_base64(text)?).ok()
}

/// The viewer's markup to save into: the open single file, or the one next
/// to the page.
async fn viewer() -> Result<String, String> {
    if let Some(markup) = PRISTINE.with(|p| p.borrow().clone()) {
        return Ok(markup);
    }
    let missing = "Saving needs the single-file viewer (diptych.html) next to this page; \
                   `cargo xtask dist` builds it.";
    let window = web_sys::window().ok_or(missing)?;
    let response = wasm_bindgen_futures::JsFuture::from(window.fetch_with_str("diptych.html"))
        .await
        .map_err(|_| missing)?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| missing)?;
    if !response.ok() {
        return Err(missing.to_string());
    }
    let text = response.text().map_err(|_| missing)?;
    wasm_bindgen_futures::JsFuture::from(text)
        .await
        .ok()
        .and_then(|t| t.as_string())
        .filter(|t| t.contains("</head>"))
        .ok_or_else(|| missing.to_string())
}

/// The saved file: the viewer with these documents and corrections as its
/// inline settings (replacing any it had).
pub fn with_settings(viewer: &str, settings: &str) -> Option<String> {
    let mut page = viewer.to_string();
    if let Some(start) = page.find(SETTINGS_OPEN) {
        let end = page[start..].find("</script>")? + start + "</script>".len();
        page.replace_range(start..end, "");
    }
    // In a script element, "<" must not open "</script>" or "<!--": JSON
    // lets it be written \u003c inside strings (the only place it occurs).
    let json = settings.replace('<', "\\u003c");
    let at = page.find("</head>")?;
    page.insert_str(at, &format!("{SETTINGS_OPEN}{json}</script>\n"));
    Some(page)
}

/// A file name from the two documents' names.
fn file_name(left: Option<&str>, right: Option<&str>) -> String {
    let stem = |n: Option<&str>| {
        let n = n.unwrap_or("pasted");
        let n = n.rsplit_once('.').map_or(n, |(s, _)| s);
        n.chars()
            .map(|c| {
                if c.is_alphanumeric() || c == '-' || c == '_' {
                    c
                } else {
                    '-'
                }
            })
            .take(40)
            .collect::<String>()
    };
    format!("diptych-{}-vs-{}.html", stem(left), stem(right))
}

/// What is saved.
pub struct Saved<'a> {
    pub left: (Option<&'a str>, &'a [u8]),
    pub right: (Option<&'a str>, &'a [u8]),
    pub corrections: &'a Corrections,
}

/// Builds the saved file and offers it as a download.
pub async fn save(saved: Saved<'_>) -> Result<String, String> {
    let settings = format!(
        r#"{{"left":{},"right":{},"corrections":"{}"}}"#,
        side(saved.left.0, saved.left.1).ok_or("The left text could not be encoded.")?,
        side(saved.right.0, saved.right.1).ok_or("The right text could not be encoded.")?,
        corrections_to_text(saved.corrections).ok_or("The corrections could not be encoded.")?,
    );
    let page = with_settings(&viewer().await?, &settings)
        .ok_or("The single-file viewer is damaged: it has no <head>.")?;
    let name = file_name(saved.left.0, saved.right.0);
    crate::components::download(&name, "text/html", &page)
        .map_err(|_| "The browser did not offer the file for download.".to_string())?;
    Ok(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_replace_earlier_ones_and_cannot_close_their_script() {
        let viewer = format!(
            "<!DOCTYPE html><html><head><title>D</title>{SETTINGS_OPEN}{{\"old\":1}}</script>\n</head><body></body></html>"
        );
        let settings = r#"{"left": {"name": "</script><b>x"}}"#;
        let page = with_settings(&viewer, settings).unwrap();
        assert!(!page.contains("\"old\""));
        assert_eq!(page.matches(SETTINGS_OPEN).count(), 1);
        assert!(!page.contains("</script><b>"));
        assert!(page.contains("\\u003c/script>\\u003cb>x"));
        assert!(page.ends_with("</script>\n</head><body></body></html>"));
    }

    #[test]
    fn file_names_are_plain() {
        assert_eq!(
            file_name(Some("Kazakhstan 2022.lv.txt"), None),
            "diptych-Kazakhstan-2022-lv-vs-pasted.html"
        );
    }
}
