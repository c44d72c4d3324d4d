//! Stage 2, segment: paragraphs, their kinds, their sentences, and repeats.
//!
//! A blank line always ends a paragraph; a text with no blank line at all but
//! several lines (a common shape of pasted text) takes each line as one. No
//! text is ever dropped: every non-blank byte belongs to exactly one paragraph.
//! Sentences end at `.`, `!`, `?` or `…` (with closing quotes) followed by a
//! capital, digit, quote or dash, unless the word before is an abbreviation or
//! an initial. The abbreviation lists are common Latvian, Russian and English
//! abbreviations written down from general knowledge of the languages.

use rustc_hash::FxHashMap as HashMap;

use crate::ingest::Hint;
use crate::normalize::{is_letter, is_word_char};
use crate::{ParagraphKind, Span};

/// A paragraph before languages are detected.
#[derive(Debug, Clone, PartialEq)]
pub struct Segment {
    /// Its bytes in the text.
    pub span: Span,
    /// Its role.
    pub kind: ParagraphKind,
    /// Its sentences.
    pub sentences: Vec<Span>,
    /// The paragraph it repeats, if any.
    pub duplicate_of: Option<usize>,
}

/// Splits a text into paragraphs with kinds and sentences.
pub fn segment(text: &str, hints: &[Hint]) -> Vec<Segment> {
    let spans = paragraph_spans(text);
    let mut out: Vec<Segment> = spans
        .into_iter()
        .map(|span| {
            let body = &text[span.start..span.end];
            let hinted = hints
                .iter()
                .find(|h| h.start < span.end && span.start < h.end)
                .map(|h| h.kind);
            let kind = hinted.unwrap_or_else(|| classify(body));
            let sentences = sentences(body)
                .into_iter()
                .map(|s| Span {
                    start: s.start + span.start,
                    end: s.end + span.start,
                })
                .collect();
            Segment {
                span,
                kind,
                sentences,
                duplicate_of: None,
            }
        })
        .collect();
    mark_duplicates(text, &mut out);
    out
}

/// Paragraph spans, trimmed of surrounding white space.
fn paragraph_spans(text: &str) -> Vec<Span> {
    let mut lines: Vec<Span> = Vec::new();
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        lines.push(Span {
            start: pos,
            end: pos + line.len(),
        });
        pos += line.len();
    }
    let blank = |s: &Span| text[s.start..s.end].trim().is_empty();
    let any_blank_between = {
        let first = lines.iter().position(|l| !blank(l));
        let last = lines.iter().rposition(|l| !blank(l));
        match (first, last) {
            (Some(a), Some(b)) => lines[a..=b].iter().any(blank),
            _ => false,
        }
    };
    let mut out = Vec::new();
    let mut current: Option<Span> = None;
    for line in &lines {
        if blank(line) {
            out.extend(current.take());
            continue;
        }
        match current.as_mut() {
            Some(c) if any_blank_between => c.end = line.end,
            _ => {
                out.extend(current.take());
                current = Some(*line);
            }
        }
    }
    out.extend(current);
    out.into_iter().map(|s| trim_span(text, s)).collect()
}

fn trim_span(text: &str, s: Span) -> Span {
    let body = &text[s.start..s.end];
    let lead = body.len() - body.trim_start().len();
    let trail = body.len() - body.trim_end().len();
    Span {
        start: s.start + lead,
        end: s.end - trail,
    }
}

/// Tells a paragraph's role from its text alone.
fn classify(body: &str) -> ParagraphKind {
    let links_a_post = body.contains("pic.twitter.com")
        || (body.contains("twitter.com/") && body.contains("/status"));
    if links_a_post || is_post_signature(body) {
        return ParagraphKind::SocialPost;
    }
    let trimmed = body.trim();
    let open = trimmed.chars().next().unwrap_or(' ');
    if matches!(open, '"' | '“' | '«' | '„') {
        let close = match open {
            '«' => '»',
            '„' => '“',
            '“' => '”',
            _ => '"',
        };
        // A quotation as a whole: the quote closes near the end (an attribution may follow).
        if let Some(pos) = trimmed[open.len_utf8()..].rfind([close, '"']) {
            let closed_at = pos + open.len_utf8();
            if closed_at * 2 >= trimmed.len()
                && trimmed[..closed_at].chars().filter(|&c| c == open).count() == 1
            {
                return ParagraphKind::Quotation;
            }
        }
    }
    let words = trimmed.split_whitespace().count();
    let ends_sentence = trimmed.ends_with(['.', '!', '?', '…', ':', ';', ',', '"', '»', '”']);
    let capital = trimmed.chars().next().is_some_and(char::is_uppercase);
    if !trimmed.contains('\n') && words <= 14 && !ends_sentence && capital {
        return ParagraphKind::Heading;
    }
    ParagraphKind::Body
}

/// A tweet pasted as text ends with "— Name (@handle) Month day, year".
fn is_post_signature(body: &str) -> bool {
    body.lines().last().is_some_and(|line| {
        let line = line.trim_start();
        (line.starts_with('—') || line.starts_with("- ")) && line.contains("(@")
    })
}

const ABBREVIATIONS: &[&str] = &[
    // Latvian
    "piem",
    "u.c",
    "t.sk",
    "utt",
    "t.i",
    "tml",
    "sk",
    "prof",
    "dr",
    "doc",
    "sv",
    "g",
    "gs",
    "milj",
    "mljrd",
    "tūkst",
    "nr",
    "plkst",
    "apm",
    "st",
    "min",
    "sek",
    "pag",
    "nov",
    "iel",
    "kpt",
    "gen",
    "ltn",
    "pulkv",
    "māc",
    "vidž",
    // Russian
    "т.е",
    "т.д",
    "т.п",
    "т.к",
    "т.н",
    "т",
    "г",
    "гг",
    "им",
    "ул",
    "млн",
    "млрд",
    "тыс",
    "руб",
    "долл",
    "см",
    "др",
    "пр",
    "проф",
    "акад",
    "ген",
    "св",
    "стр",
    "рис",
    "н.э",
    "ст",
    "обл",
    "пос",
    "д",
    "кв",
    "чел",
    "мин",
    "сек",
    "ч",
    "тел",
    "англ",
    "рус",
    "греч",
    "лат",
    "нем",
    "франц",
    "тов",
    "гр",
    "р",
    "коп",
    "мл",
    "ср",
    "напр",
    // English
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "jr",
    "sr",
    "prof",
    "gen",
    "col",
    "lt",
    "sgt",
    "gov",
    "sen",
    "rep",
    "u.s",
    "u.k",
    "e.g",
    "i.e",
    "etc",
    "vs",
    "no",
    "inc",
    "ltd",
    "co",
    "corp",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "a.m",
    "p.m",
    "mt",
    "ft",
    "approx",
    "capt",
    "cmdr",
    "adm",
    "rev",
    "hon",
];

fn is_abbreviation(word: &str) -> bool {
    let lower = word.to_lowercase();
    ABBREVIATIONS.contains(&lower.as_str())
}

/// Sentence spans within one paragraph (offsets relative to `body`).
pub fn sentences(body: &str) -> Vec<Span> {
    let chars: Vec<(usize, char)> = body.char_indices().collect();
    let mut out = Vec::new();
    let mut start = 0usize;
    let mut i = 0usize;
    while i < chars.len() {
        let (pos, c) = chars[i];
        if c == '\n' {
            push_sentence(body, &mut out, start, pos);
            start = pos + 1;
            i += 1;
            continue;
        }
        if !matches!(c, '.' | '!' | '?' | '…') {
            i += 1;
            continue;
        }
        // Take the whole run of terminal punctuation and closing quotes.
        let mut j = i + 1;
        while j < chars.len()
            && matches!(
                chars[j].1,
                '.' | '!' | '?' | '…' | '"' | '”' | '»' | '\'' | '’' | ')' | ']'
            )
        {
            j += 1;
        }
        let end = chars.get(j).map_or(body.len(), |&(p, _)| p);
        // A break needs white space, then a plausible sentence opening.
        let mut k = j;
        while k < chars.len() && chars[k].1.is_whitespace() && chars[k].1 != '\n' {
            k += 1;
        }
        let opens = chars.get(k).is_some_and(|&(_, n)| {
            n.is_uppercase()
                || n.is_ascii_digit()
                || matches!(n, '"' | '“' | '«' | '„' | '—' | '–' | '-' | '(' | '#' | '@')
        });
        if k > j
            && k < chars.len()
            && opens
            && !(c == '.' && ends_with_abbreviation(&body[start..chars[i].0]))
        {
            push_sentence(body, &mut out, start, end);
            start = chars[k].0;
            i = k;
            continue;
        }
        i = j;
    }
    push_sentence(body, &mut out, start, body.len());
    if out.is_empty() && !body.trim().is_empty() {
        out.push(trim_span(
            body,
            Span {
                start: 0,
                end: body.len(),
            },
        ));
    }
    out
}

fn push_sentence(body: &str, out: &mut Vec<Span>, start: usize, end: usize) {
    if start < end && !body[start..end].trim().is_empty() {
        out.push(trim_span(body, Span { start, end }));
    }
}

/// Whether the text before a full stop ends with an abbreviation or an initial.
fn ends_with_abbreviation(before: &str) -> bool {
    let word: String = before
        .chars()
        .rev()
        .take_while(|&c| is_letter(c) || c == '.')
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    if word.is_empty() {
        return false;
    }
    let letters = word.chars().filter(|&c| is_letter(c)).count();
    (letters == 1 && word.chars().all(|c| c.is_uppercase() || c == '.')) || is_abbreviation(&word)
}

/// Marks paragraphs that repeat (most of) another paragraph of the same text,
/// by shared word trigrams. The shorter one, or the later of two equal ones,
/// is the duplicate.
fn mark_duplicates(text: &str, segs: &mut [Segment]) {
    let shingles: Vec<Vec<u64>> = segs
        .iter()
        .map(|s| trigrams(&text[s.span.start..s.span.end]))
        .collect();
    let mut postings: HashMap<u64, Vec<usize>> = HashMap::default();
    for (i, sh) in shingles.iter().enumerate() {
        for &h in sh {
            let list = postings.entry(h).or_default();
            if list.last() != Some(&i) {
                list.push(i);
            }
        }
    }
    for i in 0..segs.len() {
        let mine = &shingles[i];
        if mine.len() < 4 {
            continue;
        }
        let mut shared: HashMap<usize, usize> = HashMap::default();
        for h in mine {
            for &j in postings.get(h).into_iter().flatten().take(64) {
                if j != i {
                    *shared.entry(j).or_default() += 1;
                }
            }
        }
        let best = shared
            .into_iter()
            .filter(|&(j, n)| {
                n * 10 >= mine.len() * 8
                    && (shingles[j].len() > mine.len()
                        || (shingles[j].len() == mine.len() && j < i))
            })
            .max_by_key(|&(j, n)| (n, std::cmp::Reverse(j)));
        if let Some((j, _)) = best {
            segs[i].duplicate_of = Some(j);
        }
    }
}

/// Lowercase of one character: quick for ASCII and basic Cyrillic.
fn lower_char(c: char) -> char {
    match c {
        'A'..='Z' => c.to_ascii_lowercase(),
        'А'..='Я' => char::from_u32(c as u32 + 0x20).unwrap_or(c),
        c if c.is_ascii() || c.is_lowercase() => c,
        c => c.to_lowercase().next().unwrap_or(c),
    }
}

/// Hashes of the lowercase word trigrams of a paragraph (FNV-1a over chars,
/// with no allocation per word).
fn trigrams(body: &str) -> Vec<u64> {
    let words: Vec<u64> = body
        .split(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
        .map(|w| {
            w.chars()
                .map(lower_char)
                .fold(0xcbf2_9ce4_8422_2325u64, |h, c| {
                    (h ^ c as u64).wrapping_mul(0x0100_0000_01b3)
                })
        })
        .collect();
    let mut out: Vec<u64> = words
        .windows(3)
        .map(|w| w[0].rotate_left(21) ^ w[1].rotate_left(42) ^ w[2])
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(body: &str, spans: &[Span]) -> Vec<String> {
        spans
            .iter()
            .map(|s| body[s.start..s.end].to_string())
            .collect()
    }

    #[test]
    fn blank_lines_separate_paragraphs_and_nothing_is_dropped() {
        let text = "  First one.\nStill first.\n\n\n\nSecond.\n \nThird";
        let segs = segment(text, &[]);
        let got: Vec<&str> = segs
            .iter()
            .map(|s| &text[s.span.start..s.span.end])
            .collect();
        assert_eq!(got, ["First one.\nStill first.", "Second.", "Third"]);
    }

    #[test]
    fn lines_are_paragraphs_when_there_is_no_blank_line() {
        let text = "Pirmā rindkopa.\nOtrā rindkopa.\nTrešā.";
        assert_eq!(segment(text, &[]).len(), 3);
    }

    #[test]
    fn abbreviations_and_initials_do_not_end_sentences() {
        let s = "Sv. Mārtiņa baznīca slēgta 2019. g. rudenī. Tā stāsta A. Bērziņš, t.sk. citi. Nākamais teikums!";
        assert_eq!(
            texts(s, &sentences(s)),
            [
                "Sv. Mārtiņa baznīca slēgta 2019. g. rudenī.",
                "Tā stāsta A. Bērziņš, t.sk. citi.",
                "Nākamais teikums!"
            ]
        );
        let r =
            "В 2011 г. в г. Жанаозен погибли люди. «Военные открыли огонь.» Так сказал т. Иванов.";
        assert_eq!(
            texts(r, &sentences(r)),
            [
                "В 2011 г. в г. Жанаозен погибли люди.",
                "«Военные открыли огонь.»",
                "Так сказал т. Иванов."
            ]
        );
        let e = "Mr. Adams said so. The U.S. Army left at 5 p.m. on Friday. Done.";
        assert_eq!(
            texts(e, &sentences(e)),
            [
                "Mr. Adams said so.",
                "The U.S. Army left at 5 p.m. on Friday.",
                "Done."
            ]
        );
    }

    #[test]
    fn kinds_are_told() {
        assert_eq!(
            classify("Cars are burning in Almaty: pic.twitter.com/hEWIqc5tMZ"),
            ParagraphKind::SocialPost
        );
        assert_eq!(classify("Беспорядки в Жанаозене"), ParagraphKind::Heading);
        assert_eq!(
            classify("«Военные открыли огонь», — пишет он."),
            ParagraphKind::Quotation
        );
        assert_eq!(
            classify("Власти пытались провести мероприятия."),
            ParagraphKind::Body
        );
    }

    #[test]
    fn near_duplicate_paragraph_is_marked() {
        let text = "Известный оппозиционер Ержан Досмухамедов говорит о пяти убитых и 30 раненых\n\nДругой абзац о другом.\n\nВ свою очередь, известный оппозиционер Ержан Досмухамедов говорит о пяти убитых и 30 раненых. Военные открыли огонь.";
        let segs = segment(text, &[]);
        assert_eq!(segs[0].duplicate_of, Some(2));
        assert_eq!(segs[2].duplicate_of, None);
        assert_eq!(segs[1].duplicate_of, None);
    }
}
