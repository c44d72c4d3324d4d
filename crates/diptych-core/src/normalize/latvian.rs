//! A light Latvian stemmer, written here because no Rust crate has one.
//!
//! In the spirit of the light stemmers Savoy described for European languages
//! and of Kreslins's rules for Latvian: strip the longest nominal or adjectival
//! inflection (case and number endings of the six noun declensions, the
//! definite adjective endings) and a few frequent verb endings, keeping at
//! least three letters of stem. Consonant mutations (ļ, ņ, š, ž before some
//! endings) are not undone here; diacritic folding later makes most of them
//! meet their base forms.

/// Inflections, longest first so the longest match wins.
const SUFFIXES: &[&str] = &[
    "ajiem", "ajām", "ajai", "ajam", "ajos", "ajās", "iem", "ajā", "ajo", "ais", "ām", "ās", "ai",
    "am", "os", "as", "ie", "us", "ūs", "es", "ēs", "ēm", "ei", "is", "īs", "īm", "im", "ot", "ā",
    "a", "e", "ē", "i", "ī", "u", "ū", "o", "s", "š",
];

/// Stems one lowercase Latvian word.
///
/// ```
/// use diptych_core::stem_latvian;
/// assert_eq!(stem_latvian("kazahstānā"), "kazahstān");
/// assert_eq!(stem_latvian("kazahstānas"), "kazahstān");
/// assert_eq!(stem_latvian("ir"), "ir");
/// ```
pub fn stem_latvian(word: &str) -> &str {
    let letters = word.chars().count();
    for suffix in SUFFIXES {
        if let Some(stem) = word.strip_suffix(suffix) {
            if letters - suffix.chars().count() >= 3 {
                return stem;
            }
        }
    }
    word
}

#[cfg(test)]
mod tests {
    use super::stem_latvian;

    #[test]
    fn case_forms_of_one_noun_meet() {
        for form in [
            "organizācija",
            "organizācijas",
            "organizācijai",
            "organizāciju",
            "organizācijā",
            "organizācijām",
        ] {
            assert_eq!(stem_latvian(form), "organizācij", "{form}");
        }
        for form in ["tokajevs", "tokajeva", "tokajevam", "tokajevu", "tokajevā"] {
            assert_eq!(stem_latvian(form), "tokajev", "{form}");
        }
        // (The dative of a noun in -is: "Rīgas līcim", the Gulf of Riga.)
        for form in ["līcis", "līcim", "līci", "līcī"] {
            assert_eq!(stem_latvian(form), "līc", "{form}");
        }
    }

    #[test]
    fn short_words_are_kept() {
        assert_eq!(stem_latvian("uz"), "uz");
        assert_eq!(stem_latvian("gads"), "gad");
    }
}
