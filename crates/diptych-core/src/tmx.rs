//! Export, TMX: the linked passages of a report as a translation memory
//! (TMX 1.4, the Translation Memory eXchange format of LISA OSCAR), for
//! translators' and aligners' tools.
//!
//! One translation unit per link (`segtype="paragraph"`: the linked
//! paragraphs of each side, joined by a space), then one per sentence match
//! the engine made inside it (`segtype="sentence"`), unless that match is
//! the whole link again. Each unit says where it comes from in `prop`s:
//! the link's number, its paragraphs and the engine's confidence. The
//! header names the two sources. Text is escaped for XML and characters
//! XML 1.0 cannot carry are dropped, so the file is well formed whatever
//! the input held.

use std::fmt::Write as _;

use crate::{Document, Report, Span};

/// Escapes text for XML content and attribute values, dropping the control
/// characters XML 1.0 forbids and turning line breaks into spaces.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\n' | '\r' | '\t' => out.push(' '),
            '\u{0}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}' => {}
            c => out.push(c),
        }
    }
    out
}

/// The text of some spans of a document, joined by a space, trimmed.
fn joined(doc: &Document, spans: impl Iterator<Item = Span>) -> String {
    spans
        .filter_map(|s| doc.text.get(s.start..s.end))
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// One translation unit.
fn unit(
    out: &mut String,
    id: &str,
    segtype: &str,
    props: &[(&str, String)],
    sides: [(&str, &str); 2],
) {
    let _ = writeln!(
        out,
        "    <tu tuid=\"{}\" segtype=\"{segtype}\">",
        escape(id)
    );
    for (kind, value) in props {
        let _ = writeln!(out, "      <prop type=\"{kind}\">{}</prop>", escape(value));
    }
    for (lang, text) in sides {
        let _ = writeln!(
            out,
            "      <tuv xml:lang=\"{lang}\"><seg>{}</seg></tuv>",
            escape(text)
        );
    }
    out.push_str("    </tu>\n");
}

impl Report {
    /// The linked passages as a TMX 1.4 document (UTF-8), valid against the
    /// TMX 1.4 DTD.
    ///
    /// ```
    /// use diptych_core::{compare, Input};
    /// let r = compare(
    ///     Input::text("Tokajevs lūdza ODKB palīdzību."),
    ///     Input::text("Токаев попросил помощи у ОДКБ."),
    /// ).unwrap();
    /// let tmx = r.tmx();
    /// assert!(tmx.contains("<tmx version=\"1.4\">"));
    /// assert!(tmx.contains("<tuv xml:lang=\"ru\"><seg>Токаев попросил помощи у ОДКБ.</seg></tuv>"));
    /// ```
    pub fn tmx(&self) -> String {
        let (left, right) = (&self.left, &self.right);
        let (ll, rl) = (left.lang.code(), right.lang.code());
        let mut out = String::new();
        out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.push_str("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n");
        out.push_str("<tmx version=\"1.4\">\n");
        let _ = writeln!(
            out,
            "  <header creationtool=\"Diptych\" creationtoolversion=\"{}\" segtype=\"paragraph\" \
             o-tmf=\"Diptych report v{}\" adminlang=\"en\" srclang=\"{ll}\" datatype=\"plaintext\">",
            env!("CARGO_PKG_VERSION"),
            self.version
        );
        for (kind, doc) in [("x-left-source", left), ("x-right-source", right)] {
            let name = doc.name.as_deref().unwrap_or("pasted text");
            let _ = writeln!(out, "    <prop type=\"{kind}\">{}</prop>", escape(name));
        }
        let _ = writeln!(
            out,
            "    <note>Passages linked by Diptych, a machine comparison of two reports: \
             check them before reuse. Same event? {}.</note>",
            escape(self.overview.verdict.trim_end_matches('.'))
        );
        out.push_str("  </header>\n  <body>\n");
        let numbers = |ps: &[usize]| {
            ps.iter()
                .map(|p| (p + 1).to_string())
                .collect::<Vec<_>>()
                .join(" ")
        };
        for (k, link) in self.links.iter().enumerate() {
            let para = |doc: &Document, ps: &[usize]| {
                joined(
                    doc,
                    ps.iter().filter_map(|&p| {
                        doc.paragraphs.get(p).map(|p| Span {
                            start: p.start,
                            end: p.end,
                        })
                    }),
                )
            };
            let (lt, rt) = (para(left, &link.left), para(right, &link.right));
            let props = [
                ("x-link", (k + 1).to_string()),
                ("x-left-paragraphs", numbers(&link.left)),
                ("x-right-paragraphs", numbers(&link.right)),
                ("x-score", format!("{:.3}", link.score)),
            ];
            unit(
                &mut out,
                &format!("link-{}", k + 1),
                "paragraph",
                &props,
                [(ll, &lt), (rl, &rt)],
            );
            for (j, m) in link.sentences.iter().enumerate() {
                let ls = joined(left, m.left.iter().copied());
                let rs = joined(right, m.right.iter().copied());
                if ls.is_empty() || rs.is_empty() || (ls == lt && rs == rt) {
                    continue;
                }
                unit(
                    &mut out,
                    &format!("link-{}-sentence-{}", k + 1, j + 1),
                    "sentence",
                    &props[..1],
                    [(ll, &ls), (rl, &rs)],
                );
            }
        }
        out.push_str("  </body>\n</tmx>\n");
        out
    }
}

#[cfg(test)]
mod tests {
    use super::escape;
    use crate::{compare, Input};

    #[test]
    fn markup_and_forbidden_characters_cannot_break_the_file() {
        assert_eq!(
            escape("a <b> & \"c\"\u{0}\u{7}\nd"),
            "a &lt;b&gt; &amp; &quot;c&quot; d"
        );
    }

    #[test]
    fn each_link_is_a_unit_and_sentence_matches_follow_it() {
        let left =
            "Kazahstānā protestētāji ieņēma Almati lidostu. Tokajevs lūdza ODKB palīdzību.\n\n\
                    Prezidents Tokajevs izsludināja ārkārtas stāvokli visā valstī.";
        let right = "В Казахстане протестующие захватили аэропорт Алматы. Токаев попросил помощи у ОДКБ.\n\n\
                     Президент Токаев объявил чрезвычайное положение по всей стране.";
        let r = compare(Input::text(left), Input::text(right)).unwrap();
        assert!(!r.links.is_empty());
        let tmx = r.tmx();
        let units = tmx.matches("<tu ").count();
        let paragraphs = tmx.matches("segtype=\"paragraph\">").count();
        assert_eq!(paragraphs, r.links.len(), "{tmx}");
        // The first link holds two sentence pairs: each is a unit of its own.
        assert!(r.links[0].sentences.len() >= 2, "{:?}", r.links[0]);
        assert!(units > paragraphs, "{tmx}");
        assert!(
            tmx.contains("<seg>Tokajevs lūdza ODKB palīdzību.</seg>"),
            "{tmx}"
        );
        assert!(tmx.contains("xml:lang=\"lv\"") && tmx.contains("xml:lang=\"ru\""));
    }
}
