//! Stage 1, ingest: bytes in, decoded article text out.
//!
//! Sniffs what the bytes are (magic numbers first, then the file name), refuses
//! what is not an article (PDF, images, archives, executables) with advice,
//! reads UTF-8 and UTF-16, detects and decodes the single-byte code pages of
//! Latvian and Russian text ([`charset`]), and turns HTML (tokenized by `html5gum`, a WHATWG tokenizer),
//! Markdown (headings and quotes, read line by line) and Word .docx (`zip` + `quick-xml`) into plain
//! text. Block kinds the source states outright (a `<h2>`, a `> quote`, a
//! Word heading style) travel on as [`Hint`]s for the segmenter.

mod charset;
// Generated (tools/gen_codepages.py): kept as the script writes it.
#[rustfmt::skip]
mod codepages;

#[cfg(feature = "formats")]
use std::io::{Cursor, Read};

use serde::{Deserialize, Serialize};

use crate::error::Error;
use crate::ParagraphKind;

/// The largest document accepted, in bytes. A news article is rarely over
/// 200 KB of text; this leaves room for long reports and pasted HTML pages.
pub const MAX_BYTES: usize = 10 * 1024 * 1024;

/// Decompressed size allowed for the text part of a .docx, against zip bombs.
#[cfg(feature = "formats")]
const MAX_DOCX_XML: u64 = 64 * 1024 * 1024;

/// What the engine read a document as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Plain text; paragraphs are separated by blank lines.
    Text,
    /// Markdown; offsets point into the Markdown source.
    Markdown,
    /// An HTML page; only the article text is kept.
    Html,
    /// A Word document (.docx).
    Docx,
}

/// A block whose kind the source format states outright.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hint {
    /// Byte offset where the block starts in [`Decoded::text`].
    pub start: usize,
    /// Byte offset where the block ends.
    pub end: usize,
    /// The kind the source gives it.
    pub kind: ParagraphKind,
}

/// A document turned into text (it travels from the page's importer worker
/// to its engine, hence serde).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Decoded {
    /// The text every offset in the report points into.
    pub text: String,
    /// How the bytes were read.
    pub format: Format,
    /// The character encoding detected (WHATWG name, e.g. `windows-1251`).
    pub encoding: String,
    /// Block kinds the source stated.
    pub hints: Vec<Hint>,
    /// The publication date the file states (YYYY-MM-DD), if any.
    pub published: Option<String>,
}

/// The publication date an HTML page states in its metadata (Open Graph's
/// `article:published_time`, schema.org's `datePublished`, or the first
/// `<time datetime>`), as YYYY-MM-DD.
#[cfg(feature = "formats")]
fn html_published(html: &str) -> Option<String> {
    for marker in ["article:published_time", "datePublished", "<time datetime="] {
        let Some(at) = html.find(marker) else {
            continue;
        };
        let rest = &html[at + marker.len()..];
        let window = &rest[..rest.char_indices().nth(120).map_or(rest.len(), |(i, _)| i)];
        let bytes = window.as_bytes();
        for i in 0..bytes.len().saturating_sub(9) {
            let d = &bytes[i..i + 10];
            let digits = |r: std::ops::Range<usize>| d[r].iter().all(u8::is_ascii_digit);
            if digits(0..4) && d[4] == b'-' && digits(5..7) && d[7] == b'-' && digits(8..10) {
                return Some(window[i..i + 10].to_string());
            }
        }
    }
    None
}

/// Reads a document: sniff, refuse, decode, extract.
pub fn ingest(bytes: &[u8], name: Option<&str>) -> Result<Decoded, Error> {
    if bytes.len() > MAX_BYTES {
        return Err(Error::TooLarge {
            bytes: bytes.len(),
            limit: MAX_BYTES,
        });
    }
    let ext = extension(name);
    if let Some(refusal) = sniff_refusal(bytes, &ext) {
        return Err(refusal);
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return read_zip(bytes);
    }
    let (text, encoding) = decode(bytes)?;
    let encoding = encoding.to_string();
    if text.trim().is_empty() {
        return Err(Error::Empty);
    }
    let decoded = if is_html(&ext, &text) {
        read_html(&text, encoding)?
    } else if matches!(ext.as_str(), "md" | "markdown") {
        let hints = markdown_hints(&text);
        Decoded {
            text,
            format: Format::Markdown,
            encoding,
            hints,
            published: None,
        }
    } else {
        Decoded {
            text,
            format: Format::Text,
            encoding,
            hints: Vec::new(),
            published: None,
        }
    };
    if decoded.text.trim().is_empty() {
        return Err(Error::Empty);
    }
    Ok(decoded)
}

/// Whether a document is one [`ingest`] reads with its optional format
/// readers (an HTML page, a ZIP container such as a Word document): the web
/// page hands those to its importer worker. Cheap next to reading them.
pub fn needs_reader(bytes: &[u8], name: Option<&str>) -> bool {
    if bytes.starts_with(b"PK\x03\x04") {
        return true;
    }
    let ext = extension(name);
    bytes.len() <= MAX_BYTES
        && sniff_refusal(bytes, &ext).is_none()
        && decode(bytes).is_ok_and(|(text, _)| is_html(&ext, &text))
}

/// A file name's extension in lower case ("" for none).
fn extension(name: Option<&str>) -> String {
    name.and_then(|n| n.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()))
        .unwrap_or_default()
}

/// An HTML page, by its extension or its markup.
fn is_html(ext: &str, text: &str) -> bool {
    matches!(ext, "html" | "htm" | "xhtml") || looks_like_html(text)
}

fn refuse(what: &str, advice: &str) -> Error {
    Error::Refused {
        what: what.to_string(),
        advice: advice.to_string(),
    }
}

const ADVICE_TEXT: &str =
    "Save the article as plain text (.txt), HTML or Word (.docx), or paste its text.";

/// Recognizes formats that are not articles by their first bytes (or, for a
/// few with no signature, their file name).
fn sniff_refusal(bytes: &[u8], ext: &str) -> Option<Error> {
    // Signatures no text can start with (binary bytes, or %PDF and {\rtf,
    // which are those formats even when they look like text).
    const STRONG: &[(&[u8], &str, &str)] = &[
        (
            b"%PDF",
            "a PDF document",
            "Copy the article's text out of the PDF and paste it, or save it as .docx.",
        ),
        (
            b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1",
            "an old-style Word (.doc) or Office file",
            "Open it in Word or LibreOffice and save it as .docx.",
        ),
        (
            b"{\\rtf",
            "a Rich Text (.rtf) document",
            "Open it in a word processor and save it as .docx or plain text.",
        ),
        (
            b"\x89PNG",
            "a PNG image",
            "Diptych compares text; paste the article's text instead.",
        ),
        (
            b"\xFF\xD8\xFF",
            "a JPEG image",
            "Diptych compares text; paste the article's text instead.",
        ),
        (
            b"\x1F\x8B",
            "a gzip archive",
            "Unpack it and choose the article file inside.",
        ),
        (
            b"7z\xBC\xAF\x27\x1C",
            "a 7-Zip archive",
            "Unpack it and choose the article file inside.",
        ),
        (b"\x7FELF", "a program (ELF executable)", ADVICE_TEXT),
        (b"\0asm", "a WebAssembly module", ADVICE_TEXT),
    ];
    // Signatures made of ordinary letters: an article may begin with "MZ" or
    // "ID3", so these count only when the bytes are not plausible text.
    const WEAK: &[(&[u8], &str, &str)] = &[
        (
            b"GIF8",
            "a GIF image",
            "Diptych compares text; paste the article's text instead.",
        ),
        (
            b"Rar!",
            "a RAR archive",
            "Unpack it and choose the article file inside.",
        ),
        (b"MZ", "a Windows program", ADVICE_TEXT),
        (b"ID3", "an MP3 audio file", ADVICE_TEXT),
        (b"OggS", "an Ogg audio or video file", ADVICE_TEXT),
        (b"fLaC", "a FLAC audio file", ADVICE_TEXT),
        (b"SQLite format 3", "an SQLite database", ADVICE_TEXT),
    ];
    for (magic, what, advice) in STRONG {
        if bytes.starts_with(magic) {
            return Some(refuse(what, advice));
        }
    }
    if !plausible_text(bytes) {
        for (magic, what, advice) in WEAK {
            if bytes.starts_with(magic) {
                return Some(refuse(what, advice));
            }
        }
    }
    if bytes.len() >= 12 && &bytes[0..4] == b"RIFF" {
        let what = match &bytes[8..12] {
            b"WEBP" => "a WebP image",
            b"WAVE" => "a WAV audio file",
            b"AVI " => "an AVI video",
            _ => "a RIFF media file",
        };
        return Some(refuse(what, ADVICE_TEXT));
    }
    if bytes.len() >= 12 && &bytes[4..8] == b"ftyp" {
        return Some(refuse("a video or image file (MP4/MOV/HEIC)", ADVICE_TEXT));
    }
    if ext == "pdf" {
        return Some(refuse(
            "a PDF document",
            "Copy the article's text out of the PDF and paste it, or save it as .docx.",
        ));
    }
    None
}

/// An HTML page's article text and its publication date.
#[cfg(feature = "formats")]
fn read_html(html: &str, encoding: String) -> Result<Decoded, Error> {
    let published = html_published(html);
    let (text, hints) = html_to_text(html);
    Ok(Decoded {
        text,
        format: Format::Html,
        encoding,
        hints,
        published,
    })
}

#[cfg(not(feature = "formats"))]
fn read_html(_: &str, _: String) -> Result<Decoded, Error> {
    Err(Error::Unbuilt {
        format: "HTML page".into(),
    })
}

#[cfg(not(feature = "formats"))]
fn read_zip(_: &[u8]) -> Result<Decoded, Error> {
    Err(Error::Unbuilt {
        format: "Word document".into(),
    })
}

/// Opens a ZIP container: a .docx is read, any other is named and refused.
#[cfg(feature = "formats")]
fn read_zip(bytes: &[u8]) -> Result<Decoded, Error> {
    let damaged = |detail: String| Error::Damaged {
        format: "ZIP-based file".into(),
        detail,
    };
    let mut archive =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| damaged(e.to_string()))?;
    let names: Vec<String> = archive.file_names().map(str::to_string).collect();
    let has = |n: &str| names.iter().any(|x| x == n);
    if !has("word/document.xml") {
        let what = if has("xl/workbook.xml") {
            "an Excel workbook"
        } else if has("ppt/presentation.xml") {
            "a PowerPoint presentation"
        } else if has("content.xml") {
            "an OpenDocument file (.odt)"
        } else if has("META-INF/container.xml") {
            "an e-book (EPUB)"
        } else {
            "a ZIP archive"
        };
        let advice = if what.starts_with("an OpenDocument") {
            "Save it as .docx or plain text and choose that file."
        } else if what == "a ZIP archive" {
            "Unpack it and choose the article file inside."
        } else {
            ADVICE_TEXT
        };
        return Err(refuse(what, advice));
    }
    let damaged = |detail: String| Error::Damaged {
        format: "Word document".into(),
        detail,
    };
    let entry = archive
        .by_name("word/document.xml")
        .map_err(|e| damaged(e.to_string()))?;
    let mut xml = String::new();
    entry
        .take(MAX_DOCX_XML)
        .read_to_string(&mut xml)
        .map_err(|e| damaged(e.to_string()))?;
    let (text, hints) = docx_to_text(&xml).map_err(damaged)?;
    if text.trim().is_empty() {
        return Err(Error::Empty);
    }
    Ok(Decoded {
        text,
        format: Format::Docx,
        encoding: "UTF-8".into(),
        hints,
        published: None,
    })
}

/// Decodes bytes to text. A byte-order mark decides; then valid UTF-8 is
/// taken as such; then UTF-16 without a mark is recognized by its zero bytes;
/// anything else is one of the single-byte code pages. Binary data is refused.
fn decode(bytes: &[u8]) -> Result<(String, &'static str), Error> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return Ok((String::from_utf8_lossy(rest).into_owned(), "UTF-8"));
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return Ok((utf16(rest, u16::from_le_bytes), "UTF-16LE"));
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return Ok((utf16(rest, u16::from_be_bytes), "UTF-16BE"));
    }
    match utf16_without_bom(bytes) {
        Some(Endian::Little) => return Ok((utf16(bytes, u16::from_le_bytes), "UTF-16LE")),
        Some(Endian::Big) => return Ok((utf16(bytes, u16::from_be_bytes), "UTF-16BE")),
        None => {}
    }
    if looks_binary(bytes) {
        return Err(refuse("a binary file, not text", ADVICE_TEXT));
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok((text.to_string(), "UTF-8"));
    }
    let page = charset::detect(bytes);
    Ok((page.decode(bytes), page.name))
}

/// Byte order of UTF-16 text.
enum Endian {
    Little,
    Big,
}

/// Reads UTF-16 code units; unpaired surrogates (and an odd last byte)
/// become U+FFFD.
fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> String {
    let units = bytes.chunks(2).map(|pair| match *pair {
        [a, b] => unit([a, b]),
        _ => 0xFFFD,
    });
    char::decode_utf16(units)
        .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect()
}

/// UTF-16 text without a byte-order mark has a zero in nearly every other
/// byte (for Latin script) or a steady high byte (for Cyrillic: 0x04).
fn utf16_without_bom(bytes: &[u8]) -> Option<Endian> {
    if bytes.len() < 8 || !bytes.len().is_multiple_of(2) {
        return None;
    }
    let pairs = bytes.len() / 2;
    let (mut even, mut odd) = (0usize, 0usize);
    for pair in bytes.chunks_exact(2) {
        if pair[0] == 0 || pair[0] == 4 {
            even += 1;
        }
        if pair[1] == 0 || pair[1] == 4 {
            odd += 1;
        }
    }
    let zeros = bytes.iter().filter(|&&b| b == 0).count();
    if zeros * 4 < pairs {
        return None;
    }
    if odd * 10 >= pairs * 9 {
        Some(Endian::Little)
    } else if even * 10 >= pairs * 9 {
        Some(Endian::Big)
    } else {
        None
    }
}

/// Valid UTF-8 (allowing a character cut at the end of the sample) that does
/// not look binary.
fn plausible_text(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(64 * 1024)];
    let valid = match std::str::from_utf8(sample) {
        Ok(_) => true,
        Err(e) => e.error_len().is_none() && sample.len() - e.valid_up_to() < 4,
    };
    valid && !looks_binary(bytes)
}

/// Text has no NUL bytes and very few control characters.
fn looks_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(64 * 1024)];
    if sample.contains(&0) {
        return true;
    }
    let control = sample
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C))
        .count();
    control * 100 > sample.len()
}

fn looks_like_html(text: &str) -> bool {
    let head: String = text
        .trim_start()
        .chars()
        .take(2048)
        .collect::<String>()
        .to_ascii_lowercase();
    head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || (head.starts_with('<')
            && ["<body", "<p>", "<p ", "<div", "<article", "<h1"]
                .iter()
                .any(|t| head.contains(t)))
}

/// Accumulates extracted blocks as text separated by blank lines.
#[derive(Default)]
#[cfg(feature = "formats")]
struct Blocks {
    text: String,
    hints: Vec<Hint>,
    current: String,
}

#[cfg(feature = "formats")]
impl Blocks {
    fn push_text(&mut self, s: &str) {
        for c in s.chars() {
            if c.is_whitespace() {
                if !self.current.is_empty() && !self.current.ends_with(' ') {
                    self.current.push(' ');
                }
            } else {
                self.current.push(c);
            }
        }
    }

    fn flush(&mut self, kind: Option<ParagraphKind>) {
        let block = self.current.trim();
        if !block.is_empty() {
            if !self.text.is_empty() {
                self.text.push_str("\n\n");
            }
            let start = self.text.len();
            self.text.push_str(block);
            if let Some(kind) = kind {
                self.hints.push(Hint {
                    start,
                    end: self.text.len(),
                    kind,
                });
            }
        }
        self.current.clear();
    }
}

/// Extracts the article text of an HTML page: block elements become
/// paragraphs; scripts, styles, navigation, forms and page chrome are dropped.
#[cfg(feature = "formats")]
fn html_to_text(html: &str) -> (String, Vec<Hint>) {
    use html5gum::{DefaultEmitter, Token, Tokenizer};

    const SKIP: &[&[u8]] = &[
        b"script",
        b"style",
        b"noscript",
        b"template",
        b"nav",
        b"header",
        b"footer",
        b"aside",
        b"form",
        b"button",
        b"select",
        b"svg",
        b"iframe",
        b"object",
        b"head",
        b"title",
        b"menu",
        b"dialog",
        b"canvas",
        b"math",
    ];
    const BLOCK: &[&[u8]] = &[
        b"p",
        b"div",
        b"section",
        b"article",
        b"main",
        b"li",
        b"ul",
        b"ol",
        b"dl",
        b"dt",
        b"dd",
        b"blockquote",
        b"h1",
        b"h2",
        b"h3",
        b"h4",
        b"h5",
        b"h6",
        b"pre",
        b"table",
        b"tr",
        b"td",
        b"th",
        b"figure",
        b"figcaption",
        b"hr",
        b"body",
        b"address",
        b"details",
        b"summary",
        b"caption",
    ];
    let mut emitter = DefaultEmitter::default();
    emitter.naively_switch_states(true);
    let mut out = Blocks::default();
    let mut skip_depth = 0usize;
    let mut quote_depth = 0usize;
    let mut heading = false;
    let kind_now = |heading: bool, quote_depth: usize| {
        if heading {
            Some(ParagraphKind::Heading)
        } else if quote_depth > 0 {
            Some(ParagraphKind::Quotation)
        } else {
            None
        }
    };
    for token in Tokenizer::new_with_emitter(html, emitter).flatten() {
        match token {
            Token::StartTag(tag) => {
                let name: &[u8] = &tag.name;
                if SKIP.contains(&name) {
                    if !tag.self_closing {
                        skip_depth += 1;
                    }
                } else if skip_depth == 0 {
                    if name == b"br" {
                        out.push_text(" ");
                    } else if BLOCK.contains(&name) {
                        out.flush(kind_now(heading, quote_depth));
                        if name == b"blockquote" {
                            quote_depth += 1;
                        }
                        if matches!(name, b"h1" | b"h2" | b"h3" | b"h4" | b"h5" | b"h6") {
                            heading = true;
                        }
                    }
                }
            }
            Token::EndTag(tag) => {
                let name: &[u8] = &tag.name;
                if SKIP.contains(&name) {
                    skip_depth = skip_depth.saturating_sub(1);
                } else if skip_depth == 0 && BLOCK.contains(&name) {
                    out.flush(kind_now(heading, quote_depth));
                    if name == b"blockquote" {
                        quote_depth = quote_depth.saturating_sub(1);
                    }
                    if matches!(name, b"h1" | b"h2" | b"h3" | b"h4" | b"h5" | b"h6") {
                        heading = false;
                    }
                }
            }
            Token::String(s) if skip_depth == 0 => out.push_text(&String::from_utf8_lossy(&s)),
            _ => {}
        }
    }
    out.flush(kind_now(heading, quote_depth));
    (out.text, out.hints)
}

/// Headings and block quotes of a Markdown source, with offsets into it.
fn markdown_hints(text: &str) -> Vec<Hint> {
    // Written out rather than with a Markdown parser: only two block kinds
    // are wanted, and pulldown-cmark with its entity table was a large part
    // of the page's download for them. CommonMark's rules for where an ATX
    // heading, a setext underline, a block quote and a code fence begin
    // (up to three spaces of indentation) are followed.
    let mut hints: Vec<Hint> = Vec::new();
    let mut pos = 0;
    let mut fence: Option<char> = None;
    let mut paragraph: Option<usize> = None; // start of the current plain paragraph
    for line in text.split_inclusive('\n') {
        let start = pos;
        pos += line.len();
        let content = line.trim_end_matches(['\n', '\r']);
        let indent = content.len() - content.trim_start_matches(' ').len();
        let body = content.trim_start_matches(' ');
        if indent > 3 {
            continue;
        }
        if let Some(f) = fence {
            if body.starts_with(&format!("{f}{f}{f}")) {
                fence = None;
            }
            continue;
        }
        if body.starts_with("```") || body.starts_with("~~~") {
            fence = body.chars().next();
            paragraph = None;
            continue;
        }
        let end = start + content.len();
        let hashes = body.chars().take_while(|&c| c == '#').count();
        if (1..=6).contains(&hashes)
            && body[hashes..]
                .chars()
                .next()
                .is_none_or(|c| c == ' ' || c == '\t')
        {
            hints.push(Hint {
                start,
                end,
                kind: ParagraphKind::Heading,
            });
            paragraph = None;
        } else if body.starts_with('>') {
            match hints.last_mut() {
                Some(h)
                    if h.kind == ParagraphKind::Quotation
                        && h.end + 1 >= start
                        && text[h.end..start].trim().is_empty()
                        && !text[h.end..start].contains("\n\n") =>
                {
                    h.end = end
                }
                _ => hints.push(Hint {
                    start,
                    end,
                    kind: ParagraphKind::Quotation,
                }),
            }
            paragraph = None;
        } else if body.trim().is_empty() {
            paragraph = None;
        } else if let (Some(p), true) = (
            paragraph,
            !body.trim().is_empty() && body.trim().chars().all(|c| c == '=')
                || body.trim().chars().all(|c| c == '-'),
        ) {
            // A setext underline makes the paragraph above it a heading.
            hints.push(Hint {
                start: p,
                end,
                kind: ParagraphKind::Heading,
            });
            paragraph = None;
        } else if paragraph.is_none() {
            paragraph = Some(start);
        }
    }
    hints
}

/// The paragraphs of `word/document.xml`: `w:p` elements, their `w:t` runs,
/// and heading or quote styles.
#[cfg(feature = "formats")]
fn docx_to_text(xml: &str) -> Result<(String, Vec<Hint>), String> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut out = Blocks::default();
    let mut in_text = false;
    let mut style: Option<ParagraphKind> = None;
    loop {
        match reader.read_event().map_err(|e| e.to_string())? {
            Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                b"p" => {
                    out.flush(style.take());
                }
                b"t" => in_text = true,
                b"tab" | b"br" | b"cr" => out.push_text(" "),
                b"pStyle" => {
                    if let Ok(Some(val)) = e.try_get_attribute("w:val") {
                        let v = String::from_utf8_lossy(&val.value).to_ascii_lowercase();
                        if v.starts_with("heading") || v == "title" || v == "subtitle" {
                            style = Some(ParagraphKind::Heading);
                        } else if v.contains("quote") {
                            style = Some(ParagraphKind::Quotation);
                        }
                    }
                }
                _ => {}
            },
            Event::End(e) => match e.local_name().as_ref() {
                b"t" => in_text = false,
                b"p" => out.flush(style.take()),
                _ => {}
            },
            Event::Text(t) if in_text => {
                let s = t.unescape().map_err(|e| e.to_string())?;
                // Inside w:t, white space is literal; keep single spaces.
                out.current.push_str(&s);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    out.flush(style);
    Ok((out.text, out.hints))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_files_the_importer_reads_are_told_apart_from_text() {
        let page = "<!doctype html><p>Rīgā notika protesti.</p>";
        assert!(needs_reader(page.as_bytes(), None));
        assert!(needs_reader(b"Riga", Some("article.HTM")));
        assert!(needs_reader(b"PK\x03\x04 whatever", Some("a.txt")));
        assert!(!needs_reader(
            "Rīgā notika protesti.".as_bytes(),
            Some("a.txt")
        ));
        assert!(!needs_reader(b"# Title\n\nText", Some("a.md")));
        // Refused or unreadable input is not the importer's: the engine says why.
        assert!(!needs_reader(b"%PDF-1.7\n", Some("a.html")));
        assert!(!needs_reader(&[0, 1, 2, 3, 0, 255, 7, 0], Some("a.html")));
    }

    #[test]
    fn windows_1251_russian_is_detected_and_decoded() {
        let text = "В городе Жанаозен, где сегодня вспыхнули массовые беспорядки, перекрыт доступ к социальной сети.";
        let bytes = charset::encode("windows-1251", text);
        let doc = ingest(&bytes, Some("a.txt")).expect("decodes");
        assert_eq!(doc.encoding, "windows-1251");
        assert_eq!(doc.text, text);
    }

    #[test]
    fn windows_1257_latvian_is_detected_and_decoded() {
        let text = "Kazahstānā trešdienas vakarā uz dažām stundām tika daļēji atjaunoti interneta sakari, kas sakrita ar uzrunu.";
        let bytes = charset::encode("windows-1257", text);
        let doc = ingest(&bytes, None).expect("decodes");
        assert_eq!(doc.text, text, "decoded as {}", doc.encoding);
    }

    #[test]
    fn koi8_r_is_detected() {
        let text = "Власти пытались провести праздничные мероприятия, но натолкнулись на сопротивление демонстрантов.";
        let bytes = charset::encode("KOI8-R", text);
        let doc = ingest(&bytes, None).expect("decodes");
        assert_eq!(doc.text, text, "decoded as {}", doc.encoding);
    }

    #[test]
    fn utf16_with_and_without_bom() {
        let text = "Доступ к сайту Twitter не заблокирован.";
        let mut le: Vec<u8> = vec![0xFF, 0xFE];
        for u in text.encode_utf16() {
            le.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(ingest(&le, None).unwrap().text, text);
        assert_eq!(ingest(&le[2..], None).unwrap().text, text);
    }

    #[test]
    fn utf8_bom_is_dropped() {
        let doc = ingest("\u{FEFF}Sveiki".as_bytes(), None).unwrap();
        assert_eq!(doc.text, "Sveiki");
    }

    #[test]
    fn refusals_name_the_format() {
        let pdf = ingest(b"%PDF-1.7\n...", Some("x.pdf")).unwrap_err();
        assert!(pdf.to_string().contains("PDF"), "{pdf}");
        let png = ingest(b"\x89PNG\r\n\x1a\n....", None).unwrap_err();
        assert!(png.to_string().contains("PNG"), "{png}");
        let bin = ingest(&[0u8, 1, 2, 3, 200, 17, 0, 5, 6], None).unwrap_err();
        assert!(bin.to_string().contains("binary"), "{bin}");
    }

    #[test]
    fn text_that_merely_starts_like_a_binary_format_is_read() {
        // Found by the property tests: "MZ" opens Windows programs, and texts.
        for text in [
            "MZ ",
            "MZ Latvija ir valsts.",
            "ID3 standarts",
            "GIF8 formāts",
            "Rar! Tas ir arhīvs.",
        ] {
            assert_eq!(
                ingest(text.as_bytes(), None).map(|d| d.text).as_deref(),
                Ok(text),
                "{text}"
            );
        }
        let exe = b"MZ\x90\0\x03\0\0\0\x04\0\0\0\xFF\xFF\0\0";
        let err = ingest(exe, Some("setup.exe")).unwrap_err().to_string();
        assert!(err.contains("Windows program"), "{err}");
    }

    #[test]
    fn empty_and_blank_are_errors() {
        assert_eq!(ingest(b"", None).unwrap_err(), Error::Empty);
        assert_eq!(ingest(b" \n\t\r\n ", None).unwrap_err(), Error::Empty);
        assert_eq!(
            ingest(b"<html><script>x()</script></html>", None).unwrap_err(),
            Error::Empty
        );
    }

    #[test]
    fn too_large_is_refused_before_reading() {
        let big = vec![b'a'; MAX_BYTES + 1];
        assert!(matches!(ingest(&big, None), Err(Error::TooLarge { .. })));
    }

    #[test]
    fn html_keeps_article_blocks_and_drops_scripts() {
        let html = r#"<!DOCTYPE html><html><head><title>T</title><style>p{}</style></head><body>
            <nav><a href="/">Home</a></nav>
            <h1>Protesti   Kazahstānā</h1>
            <script>if (a < b) { document.write("<p>evil</p>") }</script>
            <p>Pirmā <b>rindkopa</b> &amp; teksts.</p>
            <blockquote><p>Citāts.</p></blockquote>
            <ul><li>Viens</li><li>Divi</li></ul>
            <footer>© 2022</footer></body></html>"#;
        let doc = ingest(html.as_bytes(), Some("page.html")).unwrap();
        assert_eq!(doc.format, Format::Html);
        assert_eq!(
            doc.text,
            "Protesti Kazahstānā\n\nPirmā rindkopa & teksts.\n\nCitāts.\n\nViens\n\nDivi"
        );
        assert_eq!(doc.hints[0].kind, ParagraphKind::Heading);
        assert_eq!(&doc.text[doc.hints[1].start..doc.hints[1].end], "Citāts.");
        assert_eq!(doc.hints[1].kind, ParagraphKind::Quotation);
    }

    #[test]
    fn markdown_headings_are_hinted_in_the_source() {
        let md = "# Virsraksts\n\nTeksts te.\n\n> Citāts\n";
        let doc = ingest(md.as_bytes(), Some("a.md")).unwrap();
        assert_eq!(doc.text, md);
        assert_eq!(doc.hints[0].kind, ParagraphKind::Heading);
        assert_eq!(doc.hints[0].start, 0);
        assert!(doc.hints.iter().any(|h| h.kind == ParagraphKind::Quotation));
        // Setext headings, quotes over several lines, and nothing inside code
        // fences or from a "#" that does not start a heading.
        let md =
            "Virsraksts\n==========\n\n> viens\n> divi\n\n```\n# nav\n```\n\n#nav virsraksts\n";
        let hints = markdown_hints(md);
        let shown: Vec<(&str, ParagraphKind)> = hints
            .iter()
            .map(|h| (&md[h.start..h.end], h.kind))
            .collect();
        assert_eq!(
            shown,
            [
                ("Virsraksts\n==========", ParagraphKind::Heading),
                ("> viens\n> divi", ParagraphKind::Quotation)
            ]
        );
    }

    /// Builds a minimal .docx in memory.
    pub(crate) fn docx(body: &str) -> Vec<u8> {
        use std::io::Write;
        let mut buf = Cursor::new(Vec::new());
        let mut zip = zip::ZipWriter::new(&mut buf);
        let options = zip::write::SimpleFileOptions::default();
        zip.start_file("[Content_Types].xml", options).unwrap();
        zip.write_all(b"<Types/>").unwrap();
        zip.start_file("word/document.xml", options).unwrap();
        let xml = format!(
            r#"<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#
        );
        zip.write_all(xml.as_bytes()).unwrap();
        zip.finish().unwrap();
        buf.into_inner()
    }

    #[test]
    fn docx_paragraphs_and_heading_style() {
        let bytes = docx(
            r#"<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Беспорядки</w:t></w:r></w:p>
               <w:p><w:r><w:t xml:space="preserve">Первый </w:t></w:r><w:r><w:t>абзац &amp; текст.</w:t></w:r></w:p>"#,
        );
        let doc = ingest(&bytes, Some("a.docx")).unwrap();
        assert_eq!(doc.format, Format::Docx);
        assert_eq!(doc.text, "Беспорядки\n\nПервый абзац & текст.");
        assert_eq!(
            doc.hints,
            vec![Hint {
                start: 0,
                end: "Беспорядки".len(),
                kind: ParagraphKind::Heading
            }]
        );
    }

    #[test]
    fn other_zip_containers_are_named() {
        use std::io::Write;
        let mut buf = Cursor::new(Vec::new());
        let mut zip = zip::ZipWriter::new(&mut buf);
        zip.start_file("xl/workbook.xml", zip::write::SimpleFileOptions::default())
            .unwrap();
        zip.write_all(b"<x/>").unwrap();
        zip.finish().unwrap();
        let err = ingest(&buf.into_inner(), Some("a.xlsx")).unwrap_err();
        assert!(err.to_string().contains("Excel"), "{err}");
        let err = ingest(b"PK\x03\x04garbage", None).unwrap_err();
        assert!(matches!(err, Error::Damaged { .. }), "{err}");
    }
}
