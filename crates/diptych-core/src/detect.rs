//! Stage 3, detect: the language of each document and of each paragraph.
//!
//! Script is the first signal: Cyrillic text here is Russian. Latin text with
//! Latvian letters (ā, ē, ī, ū, č, ģ, ķ, ļ, ņ, š, ž) is Latvian. Other Latin
//! text goes to `whatlang`, restricted to the languages in play, so an English
//! tweet inside a Latvian article is labelled English.

use whatlang::{Detector, Lang as W};

use crate::Lang;

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
    let detector = Detector::with_allowlist(vec![W::Lav, W::Eng]);
    match detector.detect(text).map(|info| info.lang()) {
        Some(W::Lav) if latvian > 0 => Some(Lang::Latvian),
        Some(W::Eng) => Some(Lang::English),
        _ => Some(Lang::Other),
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
    }
}
