//! Offsets: the engine states token spans in UTF-16 code units, on the
//! source as its vocabulary normalised it ("▁" for each run of spaces, NFKC
//! forms: "ﬁ" becomes "fi"); Diptych works in byte offsets into the text the
//! reader gave. These map one onto the other.

/// Byte offset of each UTF-16 position of `text` (and of its end).
pub fn utf16_to_bytes(text: &str) -> Vec<usize> {
    let mut out = Vec::with_capacity(text.len() + 1);
    for (b, c) in text.char_indices() {
        for _ in 0..c.len_utf16() {
            out.push(b);
        }
    }
    out.push(text.len());
    out
}

/// The UTF-16 position of each byte of `text` (and of its end): the inverse
/// of [`utf16_to_bytes`] at character boundaries; a byte inside a character
/// gets the position after it.
pub fn bytes_to_utf16(text: &str) -> Vec<usize> {
    let mut out = vec![0; text.len() + 1];
    let mut count = 0;
    for (at, ch) in text.char_indices() {
        out[at] = count;
        count += ch.len_utf16();
        out[at + 1..at + ch.len_utf8()].fill(count);
    }
    out[text.len()] = count;
    out
}

/// Where each UTF-16 position of a normalised text came from in the original.
pub struct Origins {
    /// Per position: the byte where its character starts in the original.
    starts: Vec<usize>,
    /// Per position: the byte where its character ends in the original.
    ends: Vec<usize>,
}

impl Origins {
    /// The original byte range of the normalised UTF-16 range `begin..end`
    /// (`None` if it is empty or holds only spaces).
    pub fn span(&self, begin: usize, end: usize) -> Option<(usize, usize)> {
        if begin >= end {
            return None;
        }
        let (a, b) = (*self.starts.get(begin)?, *self.ends.get(end - 1)?);
        (a < b).then_some((a, b))
    }
}

/// Maps `normalized` back onto `original`. Characters are matched in order:
/// "▁" stands for a run of whitespace (or for nothing, at the start); a
/// character the normalisation rewrote maps to the original character it
/// stands in for, and the match picks up again at the next character both share.
pub fn normalized_to_original(original: &str, normalized: &str) -> Origins {
    let orig: Vec<(usize, char)> = original.char_indices().collect();
    let at = |i: usize| orig.get(i).map_or(original.len(), |&(b, _)| b);
    let ch = |i: usize| orig.get(i).map(|&(_, c)| c);
    let mut origins = Origins {
        starts: Vec::with_capacity(normalized.len()),
        ends: Vec::with_capacity(normalized.len()),
    };
    let mut i = 0;
    let norm: Vec<char> = normalized.chars().collect();
    for (j, &c) in norm.iter().enumerate() {
        let skip_space = |i: &mut usize| {
            while ch(*i).is_some_and(char::is_whitespace) {
                *i += 1;
            }
        };
        // A space starts after itself and ends before itself: a span that
        // opens or closes with one holds only the words.
        let (from, to) = if c == '▁' {
            let before = at(i);
            skip_space(&mut i);
            (at(i), before)
        } else {
            skip_space(&mut i);
            match ch(i) {
                Some(o) if o == c => {
                    i += 1;
                    (at(i - 1), at(i))
                }
                // A character dropped by the normalisation (a soft hyphen).
                Some(_) if ch(i + 1) == Some(c) => {
                    i += 2;
                    (at(i - 1), at(i))
                }
                Some(_) => {
                    let span = (at(i), at(i + 1));
                    // One original character made into several ("ﬁ" → "fi"):
                    // move on once the next normalised one is the next original one.
                    let next = norm.get(j + 1).copied();
                    if next.is_none_or(|n| n == '▁' || ch(i + 1) == Some(n)) {
                        i += 1;
                    }
                    span
                }
                None => (original.len(), original.len()),
            }
        };
        for _ in 0..c.len_utf16() {
            origins.starts.push(from);
            origins.ends.push(to);
        }
    }
    origins
}

/// The whole word of `text` around the byte range `start..end`: out to the
/// nearest whitespace on either side (punctuation at its edges trimmed).
pub fn whole_word(text: &str, start: usize, end: usize) -> (usize, usize) {
    let start = start.min(text.len());
    let end = end.clamp(start, text.len());
    let from = text[..start]
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(0, |(b, c)| b + c.len_utf8());
    let to = text[end..]
        .char_indices()
        .find(|(_, c)| c.is_whitespace())
        .map_or(text.len(), |(b, _)| end + b);
    let word = &text[from..to];
    let lead = word.len()
        - word
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .len();
    let trail = word.len() - word.trim_end_matches(|c: char| !c.is_alphanumeric()).len();
    if lead + trail >= word.len() {
        (from, to)
    } else {
        (from + lead, to - trail)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn back(original: &str, normalized: &str, from: usize, to: usize) -> String {
        let (a, b) = normalized_to_original(original, normalized)
            .span(from, to)
            .expect("a span");
        original[a..b].to_string()
    }

    #[test]
    fn normalised_spans_find_their_original_text() {
        let original = "Rīgā šodien  notika";
        let normalized = "▁Rīgā▁šodien▁notika";
        // "▁šodien" is UTF-16 positions 5..12.
        assert_eq!(back(original, normalized, 5, 12), "šodien");
        assert_eq!(back(original, normalized, 0, 5), "Rīgā");
        assert_eq!(back(original, normalized, 12, 19), "notika");
        // A ligature made into two letters, a no-break space made into "▁".
        let original = "Vārds\u{a0}ﬁ kā";
        let normalized = "▁Vārds▁fi▁kā";
        assert_eq!(back(original, normalized, 7, 9), "ﬁ");
        assert_eq!(back(original, normalized, 10, 12), "kā");
    }

    #[test]
    fn utf16_positions_reach_every_character() {
        let text = "a😀ā";
        assert_eq!(utf16_to_bytes(text), [0, 1, 1, 5, 7]);
        // And back: each character's first byte to its position (an astral
        // character counts twice).
        let units = bytes_to_utf16("aé😀b");
        let at: Vec<usize> = [0, 1, 3, 7, 8].iter().map(|&b| units[b]).collect();
        assert_eq!(at, [0, 1, 2, 4, 5]);
    }

    #[test]
    fn words_are_whole_and_without_their_punctuation() {
        let text = "Saeima, «Jaunā Vienotība» un ES.";
        assert_eq!(whole_word(text, 2, 3), (0, 6));
        let (a, b) = whole_word(text, 10, 11);
        assert_eq!(&text[a..b], "Jaunā");
        let (a, b) = whole_word(text, text.len() - 2, text.len() - 2);
        assert_eq!(&text[a..b], "ES");
    }
}
