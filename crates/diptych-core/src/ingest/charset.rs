//! Text that is neither UTF-8 nor marked as UTF-16: which single-byte code
//! page it is in, and reading it.
//!
//! The pages are the ones Latvian and Russian text is found in (Cyrillic:
//! windows-1251, KOI8-R, IBM866, ISO-8859-5; Baltic: windows-1257, ISO-8859-13,
//! ISO-8859-4) and windows-1252 for Western text; their tables are generated
//! into `codepages.rs`. Each page reads the bytes, and the reading that looks
//! most like running text wins: words made of one alphabet, cased like words,
//! with the function words of the language. Why not `chardetng`: it covers
//! every legacy encoding of the Web, and its CJK tables alone were a fifth of
//! the page's download; the languages Diptych compares need these eight.

use super::codepages::CODE_PAGES;
use crate::normalize::is_stopword;

/// The alphabet a code page's letters are expected to come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Family {
    /// Russian, Ukrainian, Belarusian, Bulgarian.
    Cyrillic,
    /// Latvian, Lithuanian, Estonian.
    Baltic,
    /// Latin-1 languages.
    Western,
}

/// A single-byte code page: ASCII below 0x80, a table above.
#[derive(Debug)]
pub(crate) struct CodePage {
    /// WHATWG name, as reported.
    pub name: &'static str,
    /// The alphabet it is for.
    pub family: Family,
    /// Code points of the bytes 0x80..=0xFF; U+FFFD where the page has none.
    pub high: [u16; 128],
}

impl CodePage {
    /// The character a byte stands for.
    pub fn char(&self, byte: u8) -> char {
        if byte < 0x80 {
            char::from(byte)
        } else {
            char::from_u32(u32::from(self.high[usize::from(byte - 0x80)]))
                .unwrap_or(char::REPLACEMENT_CHARACTER)
        }
    }

    /// Reads the bytes.
    pub fn decode(&self, bytes: &[u8]) -> String {
        bytes.iter().map(|&b| self.char(b)).collect()
    }

    /// Whether `c` is a letter of this page's languages.
    fn expects(&self, c: char) -> bool {
        match self.family {
            Family::Cyrillic => matches!(
                c,
                'А'..='я' | 'Ё' | 'ё' | 'І' | 'і' | 'Ї' | 'ї' | 'Є' | 'є' | 'Ґ' | 'ґ' | 'Ў' | 'ў'
            ),
            Family::Baltic => {
                c.is_ascii_alphabetic()
                    || "ĀāČčĒēĢģĪīĶķĻļŅņŠšŪūŽžĄąĘęĖėĮįŲųÕõÄäÖöÜüŌōŖŗ".contains(c)
            }
            Family::Western => {
                c.is_ascii_alphabetic()
                    || (matches!(c, 'À'..='ÿ') && c != '×' && c != '÷')
                    || "ŒœŠšŽžŸ".contains(c)
            }
        }
    }
}

/// The code page `bytes` are most plausibly in. `bytes` are not UTF-8.
pub(crate) fn detect(bytes: &[u8]) -> &'static CodePage {
    let sample = &bytes[..bytes.len().min(64 * 1024)];
    let mut best: Option<(&'static CodePage, i64, usize)> = None;
    for page in CODE_PAGES {
        let (score, letters) = plausibility(page, sample);
        if best.is_none_or(|(_, s, _)| score > s) {
            best = Some((page, score, letters));
        }
    }
    match best {
        // High bytes that are only punctuation read alike in every Windows page.
        Some((_, _, 0)) | None => western(),
        Some((page, _, _)) => page,
    }
}

/// Punctuation found in running text next to letters.
const TEXT_PUNCTUATION: &str = "«»„“”‘’‚‹›–—…\u{AD}№°•·";

/// windows-1252.
fn western() -> &'static CodePage {
    CODE_PAGES
        .iter()
        .find(|p| p.family == Family::Western)
        .unwrap_or(&CODE_PAGES[0])
}

/// How much a page's reading of `sample` looks like text, and how many
/// letters read from bytes above 0x7F it weighed.
///
/// Every word holding such a letter counts: +2 if it is made of the page's
/// alphabet and cased as words are (lower, Capitalised or CAPITALS), -2 if
/// not, +2 more if it is a function word. A byte the page leaves undefined or
/// reads as a control character is -4, and so is a symbol (box drawing, ©, ¤)
/// touching a letter; a symbol elsewhere is -1.
fn plausibility(page: &CodePage, sample: &[u8]) -> (i64, usize) {
    let text: Vec<char> = sample.iter().map(|&b| page.char(b)).collect();
    let mut score = 0i64;
    let mut high_letters = 0usize;
    let mut i = 0;
    while i < text.len() {
        let c = text[i];
        if !c.is_alphabetic() {
            if sample[i] >= 0x80 {
                if c == char::REPLACEMENT_CHARACTER || c.is_control() {
                    score -= 4;
                } else if !c.is_whitespace() && !TEXT_PUNCTUATION.contains(c) {
                    let touches = |j: Option<usize>| {
                        j.and_then(|j| text.get(j))
                            .is_some_and(|n| n.is_alphabetic())
                    };
                    score -= if touches(i.checked_sub(1)) || touches(Some(i + 1)) {
                        4
                    } else {
                        1
                    };
                }
            }
            i += 1;
            continue;
        }
        let start = i;
        while i < text.len() && text[i].is_alphabetic() {
            i += 1;
        }
        let high = sample[start..i].iter().filter(|&&b| b >= 0x80).count();
        if high == 0 {
            continue;
        }
        high_letters += high;
        let word = &text[start..i];
        if word_like(page, word) {
            score += 2;
            let lower: String = word.iter().flat_map(|c| c.to_lowercase()).collect();
            if is_stopword(&lower) {
                score += 2;
            }
        } else {
            score -= 2;
        }
    }
    (score, high_letters)
}

/// Made of the page's alphabet, not mixing scripts, cased like a word, and
/// (for Latin alphabets) not made only of accented letters.
fn word_like(page: &CodePage, word: &[char]) -> bool {
    if !word.iter().all(|&c| page.expects(c)) {
        return false;
    }
    if page.family == Family::Cyrillic && word.iter().any(char::is_ascii_alphabetic) {
        return false;
    }
    if page.family != Family::Cyrillic
        && word.len() >= 3
        && !word.iter().any(char::is_ascii_alphabetic)
    {
        return false;
    }
    let upper_after_first = word[1..].iter().filter(|c| c.is_uppercase()).count();
    upper_after_first == 0 || upper_after_first == word.len() - 1
}

/// Writes `text` in the named page (for tests; every character must exist there).
#[cfg(test)]
pub(crate) fn encode(name: &str, text: &str) -> Vec<u8> {
    let page = CODE_PAGES
        .iter()
        .find(|p| p.name == name)
        .expect("known page");
    text.chars()
        .map(|c| match u8::try_from(c) {
            Ok(b) if b < 0x80 => b,
            _ => {
                let i = page.high.iter().position(|&u| u32::from(u) == c as u32);
                0x80 + u8::try_from(i.unwrap_or_else(|| panic!("{c} not in {name}")))
                    .expect("128 entries")
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(name: &str) -> &'static CodePage {
        CODE_PAGES
            .iter()
            .find(|p| p.name == name)
            .expect("known page")
    }

    const RUSSIAN: &str = "В городе Жанаозен, где в пятницу вспыхнули массовые беспорядки, перекрыт доступ к Twitter. \
        Об этом сообщил очевидец, который сейчас находится в городе.";
    const LATVIAN: &str = "Kazahstānā trešdienas vakarā uz dažām stundām tika daļēji atjaunoti interneta sakari, \
        kas sakrita ar prezidenta uzrunu. Ņemot vērā situāciju, ļoti daudzi iedzīvotāji palika mājās.";

    #[test]
    fn russian_is_read_in_each_cyrillic_page() {
        for name in ["windows-1251", "KOI8-R", "IBM866", "ISO-8859-5"] {
            let bytes = encode(name, RUSSIAN);
            assert_eq!(detect(&bytes).name, name);
            assert_eq!(page(name).decode(&bytes), RUSSIAN);
        }
    }

    #[test]
    fn latvian_is_read_in_a_baltic_page() {
        for name in ["windows-1257", "ISO-8859-13", "ISO-8859-4"] {
            let bytes = encode(name, LATVIAN);
            let found = detect(&bytes);
            assert_eq!(
                found.family,
                Family::Baltic,
                "{name} read as {}",
                found.name
            );
            assert_eq!(
                found.decode(&bytes),
                LATVIAN,
                "{name} read as {}",
                found.name
            );
        }
    }

    #[test]
    fn short_words_and_single_letters_still_decide() {
        let text = "Он и я - у нас всё есть, и это всё.";
        let bytes = encode("KOI8-R", text);
        assert_eq!(detect(&bytes).decode(&bytes), text);
    }

    #[test]
    fn western_text_and_bare_punctuation() {
        let text = "Café crème, Müller und Søren: “smart quotes” – façade.";
        let bytes = encode("windows-1252", text);
        assert_eq!(detect(&bytes).decode(&bytes), text);
        let quotes = encode("windows-1252", "He said “no” – twice.");
        assert_eq!(detect(&quotes).name, "windows-1252");
    }

    /// Every paragraph of the seed articles, alone, in every page of its
    /// alphabet (characters a page lacks written as '?'): read back exactly.
    #[test]
    fn each_seed_paragraph_is_read_back_in_every_page() {
        let lv = include_str!("../../../../assets/seeds/kazakhstan-2022.lv.txt");
        let ru = include_str!("../../../../assets/seeds/zhanaozen-2011.ru.txt");
        let mut checked = 0;
        for (text, family) in [(lv, Family::Baltic), (ru, Family::Cyrillic)] {
            for paragraph in text.split("\n\n").map(str::trim).filter(|p| !p.is_ascii()) {
                for page in CODE_PAGES.iter().filter(|p| p.family == family) {
                    let fitted: String = paragraph
                        .chars()
                        .map(|c| {
                            if c.is_ascii()
                                || u16::try_from(c as u32).is_ok_and(|u| page.high.contains(&u))
                            {
                                c
                            } else {
                                '?'
                            }
                        })
                        .collect();
                    let bytes = encode(page.name, &fitted);
                    let found = detect(&bytes);
                    assert_eq!(
                        found.decode(&bytes),
                        fitted,
                        "{} read as {}",
                        page.name,
                        found.name
                    );
                    checked += 1;
                }
            }
        }
        assert!(checked > 40, "{checked}");
    }
}
