//! Stage 3, detect: the language of each document and of each paragraph.
//!
//! Script is the first signal: Cyrillic text here is Russian. Latin text with
//! Latvian letters (ā, ē, ī, ū, č, ģ, ķ, ļ, ņ, š, ž) is Latvian. Other Latin
//! text goes to `whatlang`, restricted to the languages in play, so an English
//! tweet inside a Latvian article is labelled English.

use crate::Lang;

/// Frequent English function words (written here from general knowledge).
const ENGLISH: &[&str] = &[
    "the", "of", "and", "to", "in", "is", "was", "for", "that", "on", "with", "as", "by", "at",
    "from", "it", "his", "her", "are", "were", "be", "has", "have", "had", "this", "which", "an",
    "or", "not", "but", "they", "their", "said", "will", "would", "been", "who", "after", "about",
    "out", "its",
];

/// Frequent Latvian function words that carry no diacritics.
const LATVIAN: &[&str] = &[
    "un", "ir", "ar", "par", "uz", "no", "pie", "kas", "ka", "lai", "ari", "vai", "bet", "tas",
    "ta", "to", "tie", "vel", "jau", "tikai", "gan", "kur", "kad", "bija", "tika", "tiek", "savu",
    "sava", "vina", "vinu", "mes", "jus", "nav", "ja", "jo",
];

/// Fewer letters than this and a paragraph inherits its document's language.
const MIN_LETTERS: usize = 24;

/// Detects the language of a text; `None` when it is too short to tell.
pub fn detect(text: &str) -> Option<Lang> {
    let (mut cyrillic, mut latin, mut latvian) = (0usize, 0usize, 0usize);
    // The first few thousand letters tell as much as the whole.
    for c in text
        .chars()
        .filter(|&c| crate::normalize::is_letter(c))
        .take(4000)
    {
        if ('\u{0400}'..='\u{04FF}').contains(&c) {
            cyrillic += 1;
        } else if c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c) {
            latin += 1;
            if matches!(
                c,
                'ā' | 'ē'
                    | 'ī'
                    | 'ū'
                    | 'č'
                    | 'ģ'
                    | 'ķ'
                    | 'ļ'
                    | 'ņ'
                    | 'š'
                    | 'ž'
                    | 'Ā'
                    | 'Ē'
                    | 'Ī'
                    | 'Ū'
                    | 'Č'
                    | 'Ģ'
                    | 'Ķ'
                    | 'Ļ'
                    | 'Ņ'
                    | 'Š'
                    | 'Ž'
            ) {
                latvian += 1;
            }
        }
    }
    if cyrillic + latin < MIN_LETTERS {
        return None;
    }
    if cyrillic > latin {
        return Some(Lang::Russian);
    }
    // Latvian text has a diacritic in roughly every fifteenth letter.
    if latvian * 60 >= latin {
        return Some(Lang::Latvian);
    }
    let (mut english, mut latvian_words, mut words) = (0usize, 0usize, 0usize);
    for w in text
        .split(|c: char| !crate::normalize::is_letter(c))
        .filter(|w| !w.is_empty())
        .take(600)
    {
        words += 1;
        let lower = w.to_lowercase();
        if ENGLISH.contains(&lower.as_str()) {
            english += 1;
        } else if LATVIAN.contains(&lower.as_str()) {
            latvian_words += 1;
        }
    }
    if english >= 2 && english > latvian_words && english * 12 >= words {
        Some(Lang::English)
    } else if latvian > 0 || latvian_words >= 2 && latvian_words * 12 >= words {
        Some(Lang::Latvian)
    } else {
        Some(Lang::Other)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_three_languages_are_told_apart() {
        assert_eq!(
            detect("Drīz pēc viņa runas valstī interneta sakari atkal ierobežoti"),
            Some(Lang::Latvian)
        );
        assert_eq!(
            detect("Во взбунтовавшемся городе ведется стрельба, приходят сообщения"),
            Some(Lang::Russian)
        );
        assert_eq!(
            detect("Other sources say the video was filmed out side the capital of #Kazachstan , Nur-Sultan."),
            Some(Lang::English)
        );
        assert_eq!(detect("Twitter"), None);
        // Latvian typed without diacritics, and a language of neither list.
        assert_eq!(
            detect("Tas ir labi, un ar to pietiek, ja vien valdiba to ari atbalsta"),
            Some(Lang::Latvian)
        );
        assert_eq!(
            detect("Die Regierung hat heute beschlossen, die Steuern zu senken"),
            Some(Lang::Other)
        );
    }
}
