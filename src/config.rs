//! What a page, an iframe or a script embed is asked to show, and how.
//!
//! A comparison can be given by URL (`?left=URL&right=URL`, fetched by the
//! browser), by inline JSON (a `<script type="application/json">` holding
//! texts and options), or left out for the drag-and-drop page (the full page
//! then opens on the seed pair). Options: `embed` (compact, no page chrome),
//! `panels` (which parts to show), `focus` (an entity or a paragraph),
//! `theme` and `labels` (language labels on paragraphs). Anything malformed
//! becomes a plain message shown in the viewer, never a panic.

use diptych_core::Side;

/// Where the two texts come from.
#[derive(Debug, Clone, PartialEq)]
pub enum Source {
    /// The seed pair, compared on arrival (the full page without parameters).
    Seed,
    /// Nothing yet: the drag-and-drop page.
    Empty,
    /// Two addresses for the browser to fetch.
    Urls { left: String, right: String },
    /// Two texts given inline.
    Texts { left: Given, right: Given },
}

/// A text given inline.
#[derive(Debug, Clone, PartialEq)]
pub struct Given {
    /// A file name to show (and to tell the format by: `.html`, `.md`).
    pub name: Option<String>,
    /// The text.
    pub text: String,
    /// The original file's bytes, read instead of `text` when given (a
    /// saved comparison keeps a Word file or a Windows-1251 page as it was).
    pub bytes: Option<Vec<u8>>,
}

/// The parts of the viewer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Panels {
    pub inputs: bool,
    pub overview: bool,
    pub export: bool,
    pub entities: bool,
    pub divergences: bool,
}

impl Panels {
    const ALL: Panels = Panels {
        inputs: true,
        overview: true,
        export: true,
        entities: true,
        divergences: true,
    };
    /// An embed shows the comparison and what explains it, not the controls.
    const EMBED: Panels = Panels {
        inputs: false,
        overview: true,
        export: false,
        entities: true,
        divergences: true,
    };

    /// From a comma-separated list of names.
    fn parse(list: &str) -> Result<Panels, String> {
        let mut p = Panels {
            inputs: false,
            overview: false,
            export: false,
            entities: false,
            divergences: false,
        };
        for name in list.split(',').map(str::trim).filter(|n| !n.is_empty()) {
            match name {
                "inputs" => p.inputs = true,
                "overview" => p.overview = true,
                "export" => p.export = true,
                "entities" => p.entities = true,
                "divergences" => p.divergences = true,
                other => {
                    return Err(format!(
                        "Unknown panel \"{other}\" (panels are: inputs, overview, export, entities, divergences)."
                    ))
                }
            }
        }
        Ok(p)
    }
}

/// What to bring into view once the comparison is there.
#[derive(Debug, Clone, PartialEq)]
pub enum Focus {
    /// An entity, by its label or any of its mentions (any case).
    Entity(String),
    /// A paragraph, numbered from 1 as shown.
    Paragraph(Side, usize),
}

impl Focus {
    /// `entity:Kazakhstan`, `l3` or `r12`.
    fn parse(s: &str) -> Result<Focus, String> {
        let bad = || {
            format!("Focus \"{s}\" is not understood: use entity:NAME, or l3 / r3 for a paragraph.")
        };
        if let Some(name) = s.strip_prefix("entity:") {
            return if name.trim().is_empty() {
                Err(bad())
            } else {
                Ok(Focus::Entity(name.trim().to_string()))
            };
        }
        let side = match s.get(..1) {
            Some("l") => Side::Left,
            Some("r") => Side::Right,
            _ => return Err(bad()),
        };
        match s[1..].parse::<usize>() {
            Ok(n) if n >= 1 => Ok(Focus::Paragraph(side, n)),
            _ => Err(bad()),
        }
    }
}

/// Light, dark, or as the system says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    Auto,
    Light,
    Dark,
}

impl Theme {
    fn parse(s: &str) -> Result<Theme, String> {
        match s {
            "auto" | "" => Ok(Theme::Auto),
            "light" => Ok(Theme::Light),
            "dark" => Ok(Theme::Dark),
            other => Err(format!(
                "Theme \"{other}\" is not one of light, dark, auto."
            )),
        }
    }

    /// The class on the page root.
    pub fn class(self) -> Option<&'static str> {
        match self {
            Theme::Auto => None,
            Theme::Light => Some("theme-light"),
            Theme::Dark => Some("theme-dark"),
        }
    }
}

/// Everything a viewer is told.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    pub source: Source,
    /// Compact layout without page chrome.
    pub embed: bool,
    pub panels: Panels,
    pub focus: Option<Focus>,
    pub theme: Theme,
    /// Language labels on paragraphs in another language.
    pub labels: bool,
    /// Where the full viewer with the same comparison is (for embeds).
    pub full_view: Option<String>,
    /// Report its height to the parent frame (an iframe embed).
    pub report_height: bool,
    /// What could not be understood, in plain words.
    pub problems: Vec<String>,
    /// The reader's corrections to start with (a saved comparison).
    pub corrections: diptych_core::Corrections,
    /// Where the translation models are (default: `models/` beside the app's files).
    pub models: Option<String>,
    /// Translate both texts into this language ("en", "lv", "ru") as soon as
    /// they are compared.
    pub translate: Option<String>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            source: Source::Seed,
            embed: false,
            panels: Panels::ALL,
            focus: None,
            theme: Theme::Auto,
            labels: true,
            full_view: None,
            report_height: false,
            problems: Vec::new(),
            corrections: diptych_core::Corrections::default(),
            models: None,
            translate: None,
        }
    }
}

/// The inline JSON form, once the browser's JSON parser has read it (see
/// `embed::settings_from_json`): `{"left": {"name", "text"} or {"url"},
/// "right": ..., "panels": [...], "focus", "theme", "labels", "embed"}`.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Settings {
    pub left: Option<SideSetting>,
    pub right: Option<SideSetting>,
    pub panels: Option<Vec<String>>,
    pub focus: Option<String>,
    pub theme: Option<String>,
    pub labels: Option<bool>,
    pub embed: Option<bool>,
    /// The reader's corrections (a saved comparison).
    pub corrections: Option<diptych_core::Corrections>,
    /// Where the translation models are.
    pub models: Option<String>,
    /// The language to translate into on arrival.
    pub translate: Option<String>,
    /// Fields Diptych does not know, or of the wrong type.
    pub unknown: Vec<String>,
}

/// One side in the inline settings.
#[derive(Debug, Clone, PartialEq)]
pub enum SideSetting {
    Text(Given),
    Url(String),
    /// Neither a text nor an address.
    Invalid,
}

/// Options as name/value pairs, whether from a query string or from a
/// `<div data-diptych>`'s attributes.
pub fn from_pairs(
    pairs: impl IntoIterator<Item = (String, String)>,
    settings: Option<Result<Settings, String>>,
    default_source: Source,
) -> Config {
    let mut c = Config {
        source: default_source,
        ..Config::default()
    };
    let (mut left, mut right) = (None::<String>, None::<String>);
    let mut panels: Option<String> = None;
    for (name, value) in pairs {
        match name.as_str() {
            "left" => left = Some(value),
            "right" => right = Some(value),
            "embed" => c.embed = matches!(value.as_str(), "1" | "true" | "yes" | ""),
            "panels" => panels = Some(value),
            "focus" => match Focus::parse(&value) {
                Ok(f) => c.focus = Some(f),
                Err(e) => c.problems.push(e),
            },
            "theme" => match Theme::parse(&value) {
                Ok(t) => c.theme = t,
                Err(e) => c.problems.push(e),
            },
            "labels" => c.labels = !matches!(value.as_str(), "0" | "false" | "no" | "off"),
            "translate" => match value.as_str() {
                to if diptych_translate::LANGUAGES.contains(&to) => c.translate = Some(value),
                "" | "0" | "off" => c.translate = None,
                other => c.problems.push(format!(
                    "translate={other}: give en, lv or ru (the language to translate into)."
                )),
            },
            "models" => match check_url(&value) {
                Ok(()) => c.models = Some(value.trim().to_string()),
                Err(e) => c.problems.push(format!("Translation models: {e}")),
            },
            _ => {}
        }
    }
    if c.embed {
        c.panels = Panels::EMBED;
    }
    match (left, right) {
        (None, None) => {}
        (Some(l), Some(r)) => set_urls(&mut c, l, r),
        (Some(_), None) | (None, Some(_)) => {
            c.source = Source::Empty;
            c.problems
                .push("Give both texts: left=ADDRESS and right=ADDRESS.".to_string());
        }
    }
    match settings {
        Some(Ok(settings)) => apply_settings(&mut c, settings),
        Some(Err(e)) => c.problems.push(e),
        None => {}
    }
    if let Some(list) = panels {
        match Panels::parse(&list) {
            Ok(p) => c.panels = p,
            Err(e) => c.problems.push(e),
        }
    }
    c
}

/// Two addresses as the source, or, if one cannot be fetched, nothing and why.
fn set_urls(c: &mut Config, left: String, right: String) {
    match (check_url(&left), check_url(&right)) {
        (Ok(()), Ok(())) => c.source = Source::Urls { left, right },
        (Err(e), _) | (_, Err(e)) => {
            c.source = Source::Empty;
            c.problems.push(e);
        }
    }
}

/// Whether an address can be fetched: http(s), or relative to the page.
fn check_url(url: &str) -> Result<(), String> {
    let url = url.trim();
    if url.is_empty() {
        return Err("An address for a text is empty.".to_string());
    }
    let scheme = url.split_once(':').map(|(s, _)| s.to_ascii_lowercase());
    match scheme.as_deref() {
        Some("http" | "https")
            if url.contains("://") && url.len() > url.find("://").unwrap_or(0) + 3 =>
        {
            Ok(())
        }
        Some(s)
            if s.chars()
                .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
                && !s.is_empty() =>
        {
            Err(format!(
                "\"{url}\" is not a web address (http or https) the browser can fetch."
            ))
        }
        // No scheme: a path relative to the page.
        _ if !url.contains(char::is_whitespace) => Ok(()),
        _ => Err(format!("\"{url}\" is not a web address.")),
    }
}

fn apply_settings(c: &mut Config, parsed: Settings) {
    if !parsed.unknown.is_empty() {
        c.problems.push(format!(
            "The inline settings have fields Diptych does not know or cannot read: {}.",
            parsed.unknown.join(", ")
        ));
        return;
    }
    if let Some(embed) = parsed.embed {
        c.embed = embed;
        c.panels = if embed { Panels::EMBED } else { Panels::ALL };
    }
    match (parsed.left, parsed.right) {
        (None, None) => {}
        (Some(SideSetting::Text(l)), Some(SideSetting::Text(r))) => {
            c.source = Source::Texts { left: l, right: r };
            c.corrections = parsed.corrections.unwrap_or_default();
        }
        (Some(SideSetting::Url(l)), Some(SideSetting::Url(r))) => set_urls(c, l, r),
        _ => {
            c.source = Source::Empty;
            c.problems.push(
                "The inline settings must give both sides, both as texts or both as addresses."
                    .to_string(),
            );
        }
    }
    if let Some(list) = parsed.panels {
        match Panels::parse(&list.join(",")) {
            Ok(p) => c.panels = p,
            Err(e) => c.problems.push(e),
        }
    }
    if let Some(f) = parsed.focus {
        match Focus::parse(&f) {
            Ok(f) => c.focus = Some(f),
            Err(e) => c.problems.push(e),
        }
    }
    if let Some(t) = parsed.theme {
        match Theme::parse(&t) {
            Ok(t) => c.theme = t,
            Err(e) => c.problems.push(e),
        }
    }
    if let Some(t) = parsed.translate {
        match t.as_str() {
            to if diptych_translate::LANGUAGES.contains(&to) => c.translate = Some(t),
            other => c.problems.push(format!(
                "\"translate\": \"{other}\": give en, lv or ru (the language to translate into)."
            )),
        }
    }
    if let Some(m) = parsed.models {
        match check_url(&m) {
            Ok(()) => c.models = Some(m.trim().to_string()),
            Err(e) => c.problems.push(format!("Translation models: {e}")),
        }
    }
    if let Some(l) = parsed.labels {
        c.labels = l;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(pairs: &[(&str, &str)]) -> Config {
        from_pairs(
            pairs.iter().map(|(a, b)| (a.to_string(), b.to_string())),
            None,
            Source::Seed,
        )
    }

    #[test]
    fn no_parameters_is_the_seed_page() {
        let c = q(&[]);
        assert_eq!(c.source, Source::Seed);
        assert_eq!(c.panels, Panels::ALL);
        assert!(c.problems.is_empty());
    }

    #[test]
    fn addresses_options_and_embed() {
        let c = q(&[
            ("left", "https://a.example/lv.txt"),
            ("right", "texts/ru.txt"),
            ("embed", "1"),
            ("focus", "entity:Kazakhstan"),
            ("theme", "dark"),
            ("labels", "0"),
        ]);
        assert_eq!(
            c.source,
            Source::Urls {
                left: "https://a.example/lv.txt".into(),
                right: "texts/ru.txt".into()
            }
        );
        assert!(c.embed && !c.panels.inputs && c.panels.entities);
        assert_eq!(c.focus, Some(Focus::Entity("Kazakhstan".into())));
        assert_eq!(c.theme, Theme::Dark);
        assert!(!c.labels);
        assert!(c.problems.is_empty(), "{:?}", c.problems);
        assert_eq!(
            q(&[("focus", "r12")]).focus,
            Some(Focus::Paragraph(Side::Right, 12))
        );
        assert_eq!(
            q(&[("panels", "entities, overview")]).panels,
            Panels {
                inputs: false,
                overview: true,
                export: false,
                entities: true,
                divergences: false
            }
        );
    }

    #[test]
    fn malformed_parameters_become_messages() {
        for pairs in [
            vec![("left", "https://a.example/x.txt")],
            vec![("left", "javascript:alert(1)"), ("right", "b.txt")],
            vec![("left", ""), ("right", "b.txt")],
            vec![("focus", "l0")],
            vec![("focus", "somewhere")],
            vec![("theme", "purple")],
            vec![("panels", "entities,sidebar")],
        ] {
            let c = q(&pairs);
            assert_eq!(c.problems.len(), 1, "{pairs:?} → {:?}", c.problems);
            assert!(!matches!(c.source, Source::Urls { .. }), "{pairs:?}");
        }
    }

    #[test]
    fn inline_settings_texts_and_options() {
        let settings = Settings {
            left: Some(SideSetting::Text(Given {
                name: Some("a.txt".into()),
                text: "Rīgā".into(),
                bytes: None,
            })),
            right: Some(SideSetting::Text(Given {
                name: None,
                text: "В Риге".into(),
                bytes: None,
            })),
            panels: Some(vec!["entities".into()]),
            focus: Some("l1".into()),
            theme: Some("light".into()),
            labels: Some(false),
            ..Settings::default()
        };
        let c = from_pairs(Vec::new(), Some(Ok(settings)), Source::Empty);
        assert_eq!(
            c.source,
            Source::Texts {
                left: Given {
                    name: Some("a.txt".into()),
                    text: "Rīgā".into(),
                    bytes: None,
                },
                right: Given {
                    name: None,
                    text: "В Риге".into(),
                    bytes: None,
                }
            }
        );
        assert!(c.panels.entities && !c.panels.overview);
        assert_eq!(c.focus, Some(Focus::Paragraph(Side::Left, 1)));
        assert_eq!(c.theme, Theme::Light);
        assert!(!c.labels && c.problems.is_empty());
        let urls = Settings {
            left: Some(SideSetting::Url("a.txt".into())),
            right: Some(SideSetting::Url("b.txt".into())),
            ..Settings::default()
        };
        assert_eq!(
            from_pairs(Vec::new(), Some(Ok(urls)), Source::Empty).source,
            Source::Urls {
                left: "a.txt".into(),
                right: "b.txt".into()
            }
        );
        let text = |t: &str| {
            Some(SideSetting::Text(Given {
                name: None,
                text: t.into(),
                bytes: None,
            }))
        };
        for bad in [
            Err("The inline settings are not JSON.".to_string()),
            Ok(Settings {
                left: text("a"),
                ..Settings::default()
            }),
            Ok(Settings {
                unknown: vec!["colour".into()],
                ..Settings::default()
            }),
            Ok(Settings {
                left: text("a"),
                right: Some(SideSetting::Url("b".into())),
                ..Settings::default()
            }),
            Ok(Settings {
                left: text("a"),
                right: Some(SideSetting::Invalid),
                ..Settings::default()
            }),
        ] {
            let c = from_pairs(Vec::new(), Some(bad.clone()), Source::Empty);
            assert_eq!(c.problems.len(), 1, "{bad:?} → {:?}", c.problems);
        }
    }

    #[test]
    fn translate_names_a_language_diptych_translates_into() {
        assert_eq!(q(&[("translate", "en")]).translate.as_deref(), Some("en"));
        let bad = q(&[("translate", "de")]);
        assert_eq!(bad.translate, None);
        assert!(bad.problems[0].contains("give en, lv or ru"));
    }

    #[test]
    fn the_models_address_is_taken_when_fetchable_and_refused_otherwise() {
        let c = q(&[("models", "https://models.example.org/diptych/")]);
        assert_eq!(
            c.models.as_deref(),
            Some("https://models.example.org/diptych/")
        );
        assert!(c.problems.is_empty());
        assert_eq!(
            q(&[("models", "../shared-models/")]).models.as_deref(),
            Some("../shared-models/")
        );
        let bad = q(&[("models", "javascript:alert(1)")]);
        assert_eq!(bad.models, None);
        assert!(
            bad.problems[0].starts_with("Translation models:"),
            "{:?}",
            bad.problems
        );
        assert_eq!(q(&[]).models, None);
    }
}
