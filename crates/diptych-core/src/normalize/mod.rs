//! Stage 4, normalize: make Latvian, Russian and English words comparable.
//!
//! - Case folding, and diacritic folding for Latvian (and other Latin letters).
//! - Cyrillic to Latin by the Latvian conventions for Russian names
//!   (х→h, ж→ž, ц→c, ч→č, ш→š, щ→šč, ю→ju, я→ja, е→je at the start of a word
//!   and after a vowel, й→j, ы→i, ь and ъ dropped), so Ержан meets Jeržans.
//! - Stemming: Russian and English with the Snowball stemmers of
//!   `rust-stemmers`, Latvian with the light stemmer in [`latvian`].
//! - A cross-language key: stem, transliterate, fold, then merge the spelling
//!   differences of borrowed names (г/h: Гарлем and Hārlema; doubled letters:
//!   группа and grupa; w/v, x/ks, y/i).

mod latvian;

pub use latvian::stem_latvian;

use std::rc::Rc;

use rust_stemmers::{Algorithm, Stemmer};
use unicode_segmentation::UnicodeSegmentation;

use crate::Lang;

/// A word of a text with its comparable forms.
#[derive(Debug, Clone, PartialEq)]
pub struct Token<'a> {
    /// Byte offset in the text it came from.
    pub start: usize,
    /// The word as written.
    pub text: &'a str,
    /// The word in lower case.
    pub lower: Rc<str>,
    /// The cross-language key (see [`key`]).
    pub key: Rc<str>,
    /// Whether it starts with a capital letter.
    pub capital: bool,
    /// Whether it is all digits (with separators).
    pub number: bool,
    /// Whether it is a common function word of its language.
    pub stopword: bool,
    /// The language it was keyed in.
    pub lang: Lang,
}

impl Token<'_> {
    /// The seed-lexicon concepts of this word, looked up by its common-word
    /// key even when it is capitalised (a sentence opener is still a word).
    pub fn concepts(&self) -> &'static [u32] {
        if self.number {
            return &[];
        }
        if self.capital {
            concepts_in(&shared_key(&self.lower, self.lang, false), Some(self.lang))
        } else {
            concepts_in(&self.key, Some(self.lang))
        }
    }
}

/// One sentence of a document, split into words.
#[derive(Debug, Clone)]
pub struct Sentence<'a> {
    /// The paragraph it belongs to.
    pub paragraph: usize,
    /// Its bytes in the document's text.
    pub span: crate::Span,
    /// Its words; their offsets are relative to `span.start`.
    pub tokens: Vec<Token<'a>>,
}

/// Splits every sentence of a document into words, once, for all later stages.
pub fn sentences<'a>(text: &'a str, paragraphs: &[crate::Paragraph]) -> Vec<Sentence<'a>> {
    paragraphs
        .iter()
        .enumerate()
        .flat_map(|(p, para)| {
            para.sentences.iter().map(move |s| Sentence {
                paragraph: p,
                span: *s,
                tokens: tokens(&text[s.start..s.end], para.lang),
            })
        })
        .collect()
}

/// The letters Latvian adds to the Latin alphabet.
const LATVIAN_LETTERS: &str = "āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ";

/// Splits a text into words (Unicode word boundaries) with their keys.
pub fn tokens(text: &str, lang: Lang) -> Vec<Token<'_>> {
    fn token(start: usize, word: &str, lang: Lang) -> Token<'_> {
        let number = word.chars().next().is_some_and(|c| c.is_ascii_digit());
        let capital = word.chars().next().is_some_and(char::is_uppercase);
        // A Russian text quotes Latvian names in Latin letters ("Latvijas
        // valsts ceļi", "Sadales tīkls"): such a word is keyed as the
        // Latvian text keys it.
        let lang = if lang == Lang::Russian
            && !number
            && word
                .chars()
                .all(|c| c.is_ascii_alphabetic() || LATVIAN_LETTERS.contains(c))
        {
            Lang::Latvian
        } else {
            lang
        };
        let (lower, key, stopword) = forms(word, lang, number, capital);
        Token {
            start,
            text: word,
            key,
            capital,
            number,
            stopword,
            lower,
            lang,
        }
    }
    // About one word in six or seven bytes: room for most texts at once.
    let mut out = Vec::with_capacity(text.len() / 6 + 1);
    // (Words glued at a stop are rare: only a text with a capital right
    // after a stop is looked through for them.)
    let any_glued = text.match_indices('.').any(|(at, _)| {
        text[at + 1..]
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    });
    if any_glued {
        out.extend(
            text.unicode_word_indices()
                .flat_map(glued)
                .map(|(start, word)| token(start, word, lang)),
        );
    } else {
        out.extend(
            text.unicode_word_indices()
                .map(|(start, word)| token(start, word, lang)),
        );
    }
    out
}

/// A word as Unicode finds it, or the two sentences' words a missing space
/// glued at a full stop ("BBC.Lidmašīna": the page lost the space): the
/// part after the stop opens with a capital and a small letter, the part
/// before is two letters or more. A web address ("delfi.lv",
/// "pic.twitter.com") and initials ("U.S") stay whole. So is an initial
/// glued to its surname ("А.Раматовым"): one capital before the stop, a
/// word of three letters or more after it.
fn glued((start, word): (usize, &str)) -> impl Iterator<Item = (usize, &str)> {
    let cut = word
        .contains('.')
        .then(|| {
            word.char_indices().find_map(|(k, c)| {
                let before = word[..k].chars().count();
                let initial = before == 1 && word[..k].chars().all(char::is_uppercase);
                if c != '.' || before < 2 && !initial {
                    return None;
                }
                let mut after = word[k + 1..].chars();
                let opens = after.next().is_some_and(char::is_uppercase)
                    && after.next().is_some_and(char::is_lowercase);
                let long = word[k + 1..].chars().count() >= 3;
                (opens && (!initial || long)).then_some(k)
            })
        })
        .flatten();
    let (first, second) = match cut {
        Some(k) => ((start, &word[..k]), Some((start + k + 1, &word[k + 1..]))),
        None => ((start, word), None),
    };
    std::iter::once(first).chain(second)
}

/// A word's lower case, key and whether it is a stopword, worked out once
/// per spelling and language in each thread (a long text uses a few
/// thousand words many times over).
fn forms(word: &str, lang: Lang, number: bool, capital: bool) -> (Rc<str>, Rc<str>, bool) {
    // (Spellings map to places in a list: the map type is one the aligner
    // already has, so the page's download does not grow by another.)
    #[derive(Default)]
    struct Memo {
        at: [rustc_hash::FxHashMap<String, u32>; 4],
        forms: Vec<(Rc<str>, Rc<str>, bool)>,
    }
    thread_local! {
        static MEMO: std::cell::RefCell<Memo> = Default::default();
    }
    let slot = lang as usize;
    let known = MEMO.with(|m| {
        let m = m.borrow();
        m.at[slot].get(word).map(|&k| m.forms[k as usize].clone())
    });
    if let Some(f) = known {
        return f;
    }
    let lower = lowercase(word);
    let key: Rc<str> = if number {
        word.chars()
            .filter(char::is_ascii_digit)
            .collect::<String>()
            .into()
    } else {
        shared_key(&lower, lang, capital && lang != Lang::Other)
    };
    let f = (Rc::from(lower.as_str()), key, is_stopword(&lower));
    MEMO.with(|m| {
        let m = &mut *m.borrow_mut();
        if m.forms.len() > 200_000 {
            *m = Memo::default();
        }
        m.at[slot].insert(word.to_string(), m.forms.len() as u32);
        m.forms.push(f.clone());
    });
    f
}

/// A word in lower case, as [`str::to_lowercase`] writes it, answered
/// directly for ASCII and Russian letters (the standard library looks every
/// other letter up in its full Unicode table, and the tokenizer lowercases
/// every word of both texts).
fn lowercase(word: &str) -> String {
    if word.contains('Σ') {
        // Greek's final sigma depends on its neighbours.
        return word.to_lowercase();
    }
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        match c {
            'A'..='Z' => out.push(c.to_ascii_lowercase()),
            'А'..='Я' => out.push(char::from_u32(c as u32 + 0x20).unwrap_or(c)),
            'Ѐ'..='Џ' => out.push(char::from_u32(c as u32 + 0x50).unwrap_or(c)),
            c if c.is_ascii() || ('а'..='џ').contains(&c) => out.push(c),
            c => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// Whether a character is a letter, answered quickly for the Latin and
/// Cyrillic letters that make up nearly all of our texts (the standard
/// library's full Unicode lookup is slow outside ASCII).
#[inline]
pub fn is_letter(c: char) -> bool {
    match c as u32 {
        0..=0x7F => c.is_ascii_alphabetic(),
        0xC0..=0x24F => c != '×' && c != '÷',
        0x400..=0x481 | 0x48A..=0x4FF => true,
        _ => c.is_alphabetic(),
    }
}

/// A letter or a digit (see [`is_letter`]).
#[inline]
pub fn is_word_char(c: char) -> bool {
    c.is_ascii_digit() || is_letter(c) || (!c.is_ascii() && c.is_numeric())
}

/// Transliterates Cyrillic to Latin by Latvian conventions, keeping case and
/// diacritics; other characters pass through.
///
/// ```
/// use diptych_core::transliterate;
/// assert_eq!(transliterate("Ержан Досмухамедов"), "Jeržan Dosmuhamedov");
/// assert_eq!(transliterate("Жанаозен"), "Žanaozen");
/// ```
pub fn transliterate(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    let mut prev: Option<char> = None;
    while let Some(c) = chars.next() {
        let lower = c.to_lowercase().next().unwrap_or(c);
        let Some(latin) = cyrillic_to_latin(lower, prev) else {
            out.push(c);
            prev = Some(c);
            continue;
        };
        if c.is_uppercase() {
            let mut rest = latin.chars();
            if let Some(first) = rest.next() {
                out.extend(first.to_uppercase());
                // An all-caps word (ОДКБ) stays all caps.
                let next_upper = chars.peek().is_some_and(|n| n.is_uppercase());
                if next_upper {
                    out.extend(rest.flat_map(char::to_uppercase));
                } else {
                    out.push_str(rest.as_str());
                }
            }
        } else {
            out.push_str(latin);
        }
        prev = Some(c);
    }
    out
}

/// The Latvian-convention Latin for one lowercase Cyrillic letter, given the
/// character before it (е is je at the start of a word and after a vowel);
/// None for a character that is not Cyrillic.
fn cyrillic_to_latin(c: char, prev: Option<char>) -> Option<&'static str> {
    let after_vowel_or_start = prev.is_none_or(|p| {
        !is_letter(p)
            || matches!(
                p,
                'а' | 'е'
                    | 'ё'
                    | 'и'
                    | 'о'
                    | 'у'
                    | 'ы'
                    | 'э'
                    | 'ю'
                    | 'я'
                    | 'ь'
                    | 'ъ'
                    | 'А'
                    | 'Е'
                    | 'Ё'
                    | 'И'
                    | 'О'
                    | 'У'
                    | 'Ы'
                    | 'Э'
                    | 'Ю'
                    | 'Я'
                    | 'Ь'
                    | 'Ъ'
                    | 'a'
                    | 'e'
                    | 'i'
                    | 'o'
                    | 'u'
            )
    });
    Some(match c {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        // (Ukrainian and Belarusian letters a Russian text keeps in a name,
        // or slips in for a Russian one: "Гундеґа".)
        'г' | 'ґ' => "g",
        'д' => "d",
        'е' if after_vowel_or_start => "je",
        'е' => "e",
        'ё' => "jo",
        'є' => "je",
        'ї' => "ji",
        'ў' => "u",
        'ж' => "ž",
        'з' => "z",
        'и' | 'і' => "i",
        'й' => "j",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ф' => "f",
        'х' => "h",
        'ц' => "c",
        'ч' => "č",
        'ш' => "š",
        'щ' => "šč",
        'ъ' | 'ь' => "",
        'ы' => "i",
        'э' => "e",
        'ю' => "ju",
        'я' => "ja",
        _ => return None,
    })
}

/// Lowercases, transliterates and strips diacritics: a plain-ASCII-ish form
/// in which Kazahstānā and Казахстане differ only by their endings.
///
/// ```
/// use diptych_core::fold;
/// assert_eq!(fold("Kazahstānā"), "kazahstana");
/// assert_eq!(fold("Казахстане"), "kazahstane");
/// assert_eq!(fold("Гундеґа"), fold("Гундега"));
/// ```
pub fn fold(text: &str) -> String {
    // One pass: lowercase, transliterate, strip diacritics.
    let mut out = String::with_capacity(text.len());
    let mut prev: Option<char> = None;
    for upper in text.chars() {
        for c in upper.to_lowercase() {
            match cyrillic_to_latin(c, prev) {
                Some(latin) => out.extend(latin.chars().map(fold_char)),
                None => out.push(fold_char(c)),
            }
            prev = Some(c);
        }
    }
    out
}

fn fold_char(c: char) -> char {
    match c {
        'ā' | 'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ą' => 'a',
        'č' | 'ć' | 'ç' => 'c',
        'ē' | 'é' | 'è' | 'ê' | 'ë' | 'ę' | 'ė' => 'e',
        'ģ' | 'ğ' => 'g',
        'ī' | 'í' | 'ì' | 'î' | 'ï' | 'į' | 'ı' => 'i',
        'ķ' => 'k',
        'ļ' | 'ł' => 'l',
        'ņ' | 'ñ' | 'ń' => 'n',
        'ō' | 'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' => 'o',
        'š' | 'ś' | 'ş' => 's',
        'ū' | 'ú' | 'ù' | 'û' | 'ü' | 'ų' => 'u',
        'ž' | 'ź' | 'ż' => 'z',
        'ý' | 'ÿ' => 'y',
        other => other,
    }
}

/// Case endings of Russian nouns and adjectives, longest first, for names:
/// Snowball's stemmer is made for common words and cuts names too deep
/// (Токаев → тока), while names decline by these endings only.
const RUSSIAN_NAME_ENDINGS: &[&str] = &[
    "ами", "ями", "ого", "его", "ому", "ему", "ыми", "ими", "ой", "ом", "ем", "ым", "им", "ах",
    "ях", "ам", "ям", "ую", "юю", "ая", "яя", "ые", "ие", "ых", "их", "ов", "а", "я", "у", "ю",
    "е", "ы", "и", "ь", "й",
];

/// Stems a lowercase Russian name by its case ending alone.
fn stem_russian_name(lower: &str) -> &str {
    let letters = lower.chars().count();
    // The instrumental of -ия names (Азией, Латвией) but not Андрей, Сергей.
    if letters >= 5 && lower.ends_with("ией") {
        return &lower[..lower.len() - "ей".len()];
    }
    for ending in RUSSIAN_NAME_ENDINGS {
        if let Some(stem) = lower.strip_suffix(ending) {
            // A surname's own -ов (Иванов) stays unless a case ending follows.
            if *ending == "ов" && letters <= 6 {
                continue;
            }
            if letters - ending.chars().count() >= 3 {
                return stem;
            }
        }
    }
    lower
}

/// Stems one lowercase word in its language.
pub fn stem(lower: &str, lang: Lang) -> String {
    match lang {
        Lang::Russian => Stemmer::create(Algorithm::Russian)
            .stem(&lower.replace('ё', "е"))
            .into_owned(),
        Lang::English => Stemmer::create(Algorithm::English).stem(lower).into_owned(),
        Lang::Latvian => stem_latvian(lower).to_string(),
        Lang::Other => lower.to_string(),
    }
}

/// The cross-language key of a word: stemmed, transliterated, folded, with
/// borrowed-name spelling differences merged.
///
/// ```
/// use diptych_core::{key, Lang};
/// assert_eq!(key("Hārlemas", Lang::Latvian), key("Гарлеме", Lang::Russian));
/// assert_eq!(key("grupa", Lang::Latvian), key("группа", Lang::Russian));
/// ```
pub fn key(word: &str, lang: Lang) -> String {
    key_of_lower(&word.to_lowercase(), lang)
}

fn key_of_lower(lower: &str, lang: Lang) -> String {
    shared_key(lower, lang, false).to_string()
}

/// The key of a lowercase word, shared: news text repeats its words, so
/// each form is stemmed once per thread and handed out by reference count.
///
/// Capitalised words (`as_name`) are stemmed as names: Cyrillic ones by their
/// case endings alone, Latin ones by the light Latvian stemmer (English names
/// do not decline, Latvian ones do).
fn shared_key(lower: &str, lang: Lang, as_name: bool) -> Rc<str> {
    thread_local! {
        static MEMO: std::cell::RefCell<[rustc_hash::FxHashMap<String, Rc<str>>; 6]> = Default::default();
    }
    // (A Latin name is keyed whole in English and stemmed otherwise: the
    // two are kept apart, or "Liepāja" of an English name would key the
    // Latvian one.)
    let slot = match (as_name, lang) {
        (true, Lang::English) => 5,
        (true, _) => 4,
        (false, _) => lang as usize,
    };
    if let Some(k) = MEMO.with(|m| m.borrow()[slot].get(lower).cloned()) {
        return k;
    }
    let k: Rc<str> = if as_name {
        name_key(lower, lang)
    } else {
        compute_key(lower, lang)
    }
    .into();
    MEMO.with(|m| {
        let map = &mut m.borrow_mut()[slot];
        if map.len() > 200_000 {
            map.clear();
        }
        map.insert(lower.to_string(), k.clone());
    });
    k
}

fn name_key(lower: &str, lang: Lang) -> String {
    if lower
        .chars()
        .any(|c| ('\u{0400}'..='\u{04FF}').contains(&c))
    {
        merge_spellings(&fold(stem_russian_name(lower)))
    } else if lang == Lang::English {
        merge_spellings(&fold(lower))
    } else {
        merge_spellings(&fold(stem_latvian(lower)))
    }
}

/// The key of a stem already cut (a Russian adjective's рязан- of
/// "Рязанской"): transliterated and folded, not stemmed again, which would
/// cut it short (ряз-).
pub(crate) fn stem_key(stem: &str) -> String {
    merge_spellings(&fold(&stem.to_lowercase()))
}

fn compute_key(lower: &str, lang: Lang) -> String {
    // Cyrillic words are stemmed as Russian, Latin ones by the paragraph's language.
    let cyrillic = lower
        .chars()
        .any(|c| ('\u{0400}'..='\u{04FF}').contains(&c));
    let lang = match (cyrillic, lang) {
        (true, _) => Lang::Russian,
        (false, Lang::Russian) => Lang::English,
        (false, l) => l,
    };
    merge_spellings(&fold(&stem(lower, lang)))
}

/// ph→f, th→t, ck→k, x→ks, w→v, q→k, y→i, g→h, then doubled letters once.
fn merge_spellings(folded: &str) -> String {
    let mut out = String::with_capacity(folded.len() + 2);
    let push = |out: &mut String, c: char| {
        if !(is_letter(c) && out.ends_with(c)) {
            out.push(c);
        }
    };
    let mut chars = folded.chars().peekable();
    while let Some(c) = chars.next() {
        let next = chars.peek().copied();
        match (c, next) {
            ('p', Some('h')) => {
                chars.next();
                push(&mut out, 'f');
            }
            ('t', Some('h')) => {
                chars.next();
                push(&mut out, 't');
            }
            ('c', Some('k')) => {
                chars.next();
                push(&mut out, 'k');
            }
            ('x', _) => {
                push(&mut out, 'k');
                push(&mut out, 's');
            }
            ('w', _) => push(&mut out, 'v'),
            ('q', _) => push(&mut out, 'k'),
            ('y', _) => push(&mut out, 'i'),
            ('g', _) => push(&mut out, 'h'),
            (c, _) => push(&mut out, c),
        }
    }
    out
}

/// Builds the lexicon index and the stopword set now.
pub fn prepare() {
    concepts("");
    is_stopword("");
}

/// The keys of the seed, news and general lexicons' concepts (written here,
/// in `data/lexicon-lv-ru.tsv`, `lexicon-news-lv-ru.tsv` and
/// `lexicon-general-lv-ru.tsv`):
/// one concept a line, its Latvian keys, a tab, its Russian keys. Generated
/// from those files by `cargo xtask gen-lexicon` ([`lexicon_keys`]): the
/// keys are what the engine looks words up by, a third of the forms' size
/// (a test keeps the file current).
///
/// The web page builds the engine without them (feature `embedded-lexicon`
/// off) and hands them over at run time with [`install_lexicon`], fetched
/// from its own origin, so that its first download stays small.
#[cfg(feature = "embedded-lexicon")]
static LEXICON_KEYS: &str = include_str!("../../data/lexicon-keys.tsv");
#[cfg(not(feature = "embedded-lexicon"))]
static LEXICON_KEYS: &str = "";

/// Keys handed over at run time; they take the place of the built-in ones.
static INSTALLED: std::sync::OnceLock<&'static str> = std::sync::OnceLock::new();

/// Whether the lexicon index has been built (after which keys are fixed).
static INDEXED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Hands the engine its lexicon keys (the text of `data/lexicon-keys.tsv`)
/// before its first comparison. Refused if the text is not a keys file of
/// this version (its header differs), or once the lexicon is in use.
pub fn install_lexicon(keys: String) -> Result<(), &'static str> {
    if !keys.starts_with(KEYS_HEADER) {
        return Err("it is not this version's lexicon-keys.tsv");
    }
    if INDEXED.load(std::sync::atomic::Ordering::Acquire) {
        return Err("the lexicon is already in use");
    }
    INSTALLED
        .set(Box::leak(keys.into_boxed_str()))
        .map_err(|_| "the lexicon is already in use")
}

/// Whether the engine has a lexicon (built in, or installed).
pub fn has_lexicon() -> bool {
    !LEXICON_KEYS.is_empty() || INSTALLED.get().is_some()
}

/// The keys [`install_lexicon`] was given, if any (to hand on to another
/// instance of the engine, a worker's).
pub fn installed_lexicon() -> Option<&'static str> {
    INSTALLED.get().copied()
}

/// The header of `data/lexicon-keys.tsv`.
const KEYS_HEADER: &str = "# Generated by `cargo xtask gen-lexicon` from lexicon-lv-ru.tsv,\n\
# lexicon-news-lv-ru.tsv and lexicon-general-lv-ru.tsv (all written for\n\
# Diptych; MIT): one concept a line, in their order; its Latvian keys, a tab,\n\
# its Russian keys. Then, each after a line \"#== file\", the known names,\n\
# the given names and the gazetteer's places, as written in those files. Do\n\
# not edit: edit the sources and regenerate.\n";

/// What opens a section of the keys file that holds another table whole.
const SECTION: &str = "#== ";

/// The whole keys file: the lexicons' keys, then the tables the engine
/// also reads at run time (`(file name, text)`), each in a section of its own.
#[doc(hidden)]
pub fn lexicon_file(sources: &[&str], tables: &[(&str, &str)]) -> String {
    let mut out = lexicon_keys(sources);
    for (name, text) in tables {
        out.push_str(&format!("{SECTION}{name}\n{text}"));
        if !text.ends_with('\n') {
            out.push('\n');
        }
    }
    out
}

/// The keys file in use: installed, or built in.
fn lexicon_text() -> &'static str {
    INDEXED.store(true, std::sync::atomic::Ordering::Release);
    INSTALLED.get().copied().unwrap_or(LEXICON_KEYS)
}

/// A table the keys file carries (`data/names-lv-ru-en.tsv`,
/// `data/given-names.tsv`, `data/places-lv-ru-en.tsv`), as written there;
/// empty without a lexicon.
pub(crate) fn lexicon_table(name: &str) -> &'static str {
    let text = lexicon_text();
    let opening = format!("{SECTION}{name}\n");
    let Some(at) = text.find(&opening) else {
        return "";
    };
    let body = &text[at + opening.len()..];
    let end = body
        .find(&format!("\n{SECTION}"))
        .map_or(body.len(), |e| e + 1);
    &body[..end]
}

/// The keys file for lexicon sources (TSV: gloss, Latvian forms, Russian
/// forms): each concept's distinct keys, stopwords left out.
#[doc(hidden)]
pub fn lexicon_keys(sources: &[&str]) -> String {
    let mut out = String::from(KEYS_HEADER);
    let lines = sources
        .iter()
        .flat_map(|s| s.lines())
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty());
    for line in lines {
        let mut cols = line.split('\t').skip(1);
        let mut sides = Vec::new();
        for lang in [Lang::Latvian, Lang::Russian] {
            let mut keys: Vec<String> = Vec::new();
            for form in cols.next().unwrap_or("").split_whitespace() {
                let lower = form.to_lowercase();
                if is_stopword(&lower) {
                    continue;
                }
                let k = key_of_lower(&lower, lang);
                if !keys.contains(&k) {
                    keys.push(k);
                }
            }
            sides.push(keys.join(" "));
        }
        out.push_str(&sides.join("\t"));
        out.push('\n');
    }
    out
}

/// The concepts of the lexicons a word's key belongs to.
///
/// ```
/// use diptych_core::{concepts, key, Lang};
/// let lv = concepts(&key("pilsētā", Lang::Latvian));
/// let ru = concepts(&key("городе", Lang::Russian));
/// assert!(!lv.is_empty() && lv.iter().any(|c| ru.contains(c)));
/// ```
pub fn concepts(key: &str) -> &'static [u32] {
    concepts_in(key, None)
}

/// The lexicons' concepts, the index built once: every key's concepts, and
/// apart, the keys one language gives one concept and the other another
/// (Latvian "dom-" of doma, a thought, and Russian "дом", a house).
struct ConceptIndex {
    /// Every key's concepts, in both languages.
    all: rustc_hash::FxHashMap<&'static str, Vec<u32>>,
    /// A false friend's concepts in Latvian, then in Russian.
    false_friends: rustc_hash::FxHashMap<&'static str, [Vec<u32>; 2]>,
}

/// The concepts a word's key belongs to in its language, when it is known
/// ([`concepts`] for the key alone): a key that is one word in Latvian and
/// another in Russian means the word of its own language.
pub(crate) fn concepts_in(key: &str, lang: Option<Lang>) -> &'static [u32] {
    static INDEX: std::sync::OnceLock<ConceptIndex> = std::sync::OnceLock::new();
    let concept_index = INDEX.get_or_init(|| {
        let mut index: rustc_hash::FxHashMap<&'static str, Vec<u32>> = Default::default();
        let mut sides: rustc_hash::FxHashMap<&'static str, [Vec<u32>; 2]> = Default::default();
        // Every line after the header is a concept, even one with no keys,
        // up to the first table the file carries.
        let keys = lexicon_text();
        let keys = keys
            .find(&format!("\n{SECTION}"))
            .map_or(keys, |e| &keys[..e]);
        let lines = keys.lines().filter(|l| !l.starts_with('#'));
        for (concept, line) in lines.enumerate() {
            let concept = concept as u32;
            for (side, column) in line.split('\t').take(2).enumerate() {
                for k in column.split(' ').filter(|k| !k.is_empty()) {
                    let ids = index.entry(k).or_default();
                    if !ids.contains(&concept) {
                        ids.push(concept);
                    }
                    sides.entry(k).or_default()[side].push(concept);
                }
            }
        }
        let false_friends = sides
            .into_iter()
            .filter(|(_, [lv, ru])| {
                !lv.is_empty() && !ru.is_empty() && !lv.iter().any(|c| ru.contains(c))
            })
            .collect();
        ConceptIndex {
            all: index,
            false_friends,
        }
    });
    // A key's concepts, a false friend's in its own language.
    let of = |key: &str| -> Option<&'static [u32]> {
        match (concept_index.false_friends.get(key), lang) {
            (Some([lv, _]), Some(Lang::Latvian)) => Some(lv),
            (Some([_, ru]), Some(Lang::Russian)) => Some(ru),
            _ => concept_index.all.get(key).map(Vec::as_slice),
        }
    };
    if let Some(ids) = of(key) {
        return ids;
    }
    // A derived adjective the lists do not give is its noun's: народная,
    // центристская → народ, центр (tauta, centrs). Folded keys, so the
    // suffixes are Latin letters; a stem of four letters at least.
    let mut stem = key;
    for _ in 0..DERIVATIONS.len() {
        let Some(shorter) = DERIVATIONS
            .iter()
            .find_map(|d| stem.strip_suffix(d))
            .filter(|s| s.chars().count() >= 4)
        else {
            break;
        };
        if let Some(ids) = of(shorter) {
            return ids;
        }
        stem = shorter;
    }
    &[]
}

/// Suffixes that derive a Russian adjective from a noun, as folded keys
/// spell them after the stemmer (народн-, центристск-, морск-); written
/// here from general knowledge of Russian word formation.
const DERIVATIONS: [&str; 3] = ["sk", "ist", "n"];

/// Common function words of Latvian, Russian and English (pronouns,
/// prepositions, conjunctions, particles, auxiliaries), which say nothing about
/// what a passage is about. Written down from general knowledge of the
/// languages.
const STOPWORDS: &[&str] = &[
    // Latvian
    "un",
    "ir",
    "bija",
    "būs",
    "ar",
    "par",
    "uz",
    "no",
    "pie",
    "pēc",
    "kas",
    "ka",
    "kā",
    "lai",
    "arī",
    "vai",
    "bet",
    "tas",
    "tā",
    "tie",
    "tās",
    "to",
    "tam",
    "tai",
    "tiem",
    "viņš",
    "viņa",
    "viņi",
    "viņas",
    "viņu",
    "viņam",
    "mēs",
    "es",
    "jūs",
    "tu",
    "mums",
    "man",
    "sev",
    "savu",
    "savā",
    "savas",
    "savs",
    "šis",
    "šī",
    "šo",
    "šajā",
    "šie",
    "ne",
    "nav",
    "jau",
    "vēl",
    "tikai",
    "ļoti",
    "kur",
    "kad",
    "kurš",
    "kura",
    "kuru",
    "kuri",
    "kuras",
    "kurā",
    "tad",
    "tur",
    "te",
    "gan",
    "nu",
    "pa",
    "bez",
    "līdz",
    "starp",
    "virs",
    "zem",
    "pret",
    "tika",
    "tiek",
    "tiks",
    "var",
    "varēja",
    "ja",
    "jo",
    "vien",
    "kopš",
    "kamēr",
    "tomēr",
    "taču",
    "jeb",
    "nekā",
    "vairāk",
    "mazāk",
    "ļoti",
    "tik",
    "cik",
    "sevi",
    "savukārt",
    "kurā",
    "kuram",
    "kurām",
    "visi",
    "visu",
    "viss",
    "katrs",
    "cits",
    "citi",
    "citu",
    "cita",
    "citas",
    "citā",
    "citiem",
    // Russian
    "и",
    "в",
    "во",
    "не",
    "что",
    "он",
    "на",
    "я",
    "с",
    "со",
    "как",
    "а",
    "то",
    "все",
    "она",
    "так",
    "его",
    "но",
    "да",
    "ты",
    "к",
    "у",
    "же",
    "вы",
    "за",
    "бы",
    "по",
    "только",
    "ее",
    "её",
    "мне",
    "было",
    "вот",
    "от",
    "меня",
    "еще",
    "ещё",
    "нет",
    "о",
    "из",
    "ему",
    "теперь",
    "когда",
    "даже",
    "ну",
    "вдруг",
    "ли",
    "если",
    "уже",
    "или",
    "ни",
    "быть",
    "был",
    "него",
    "до",
    "вас",
    "нибудь",
    "опять",
    "уж",
    "вам",
    "ведь",
    "там",
    "потом",
    "себя",
    "ничего",
    "ей",
    "может",
    "они",
    "тут",
    "где",
    "есть",
    "надо",
    "ней",
    "для",
    "мы",
    "тебя",
    "их",
    "чем",
    "была",
    "сам",
    "чтоб",
    "без",
    "будто",
    "чего",
    "раз",
    "тоже",
    "себе",
    "под",
    "будет",
    "ж",
    "тогда",
    "кто",
    "этот",
    "того",
    "потому",
    "этого",
    "какой",
    "совсем",
    "ним",
    "здесь",
    "этом",
    "один",
    "почти",
    "мой",
    "тем",
    "чтобы",
    "нее",
    "были",
    "куда",
    "зачем",
    "всех",
    "никогда",
    "можно",
    "при",
    "наконец",
    "два",
    "об",
    "другой",
    "хоть",
    "после",
    "над",
    "больше",
    "тот",
    "через",
    "эти",
    "нас",
    "про",
    "всего",
    "них",
    "какая",
    "много",
    "разве",
    "три",
    "эту",
    "моя",
    "впрочем",
    "хорошо",
    "свою",
    "этой",
    "перед",
    "иногда",
    "лучше",
    "чуть",
    "том",
    "нельзя",
    "такой",
    "им",
    "более",
    "всегда",
    "конечно",
    "всю",
    "между",
    "это",
    "также",
    "который",
    "которые",
    "которая",
    "которых",
    "свой",
    "своей",
    "своих",
    "свои",
    "этих",
    "этому",
    "однако",
    "при",
    "ее",
    // English
    "the",
    "a",
    "an",
    "and",
    "or",
    "but",
    "of",
    "to",
    "in",
    "on",
    "at",
    "by",
    "for",
    "with",
    "from",
    "as",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "has",
    "have",
    "had",
    "it",
    "its",
    "this",
    "that",
    "these",
    "those",
    "he",
    "she",
    "they",
    "we",
    "you",
    "i",
    "his",
    "her",
    "their",
    "our",
    "not",
    "no",
    "so",
    "if",
    "than",
    "then",
    "there",
    "which",
    "who",
    "what",
    "when",
    "where",
    "will",
    "would",
    "can",
    "could",
    "also",
    "about",
    "into",
    "out",
    "up",
];

/// Whether a lowercase word is a function word.
pub fn is_stopword(lower: &str) -> bool {
    static SET: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::OnceLock::new();
    SET.get_or_init(|| STOPWORDS.iter().copied().collect())
        .contains(lower)
}

#[cfg(test)]
mod lexicon_tests {
    #[test]
    fn the_lexicon_keys_are_those_of_the_lexicons_now() {
        let now = super::lexicon_file(
            &[
                include_str!("../../data/lexicon-lv-ru.tsv"),
                include_str!("../../data/lexicon-news-lv-ru.tsv"),
                include_str!("../../data/lexicon-general-lv-ru.tsv"),
            ],
            &[
                (
                    "names-lv-ru-en.tsv",
                    include_str!("../../data/names-lv-ru-en.tsv"),
                ),
                (
                    "given-names.tsv",
                    include_str!("../../data/given-names.tsv"),
                ),
                (
                    "places-lv-ru-en.tsv",
                    include_str!("../../data/places-lv-ru-en.tsv"),
                ),
            ],
        );
        assert!(
            now == include_str!("../../data/lexicon-keys.tsv"),
            "data/lexicon-keys.tsv is out of date with the lexicons or the key function: run `cargo xtask gen-lexicon`"
        );
    }

    #[test]
    fn a_false_friend_means_the_word_of_its_own_language() {
        use super::{concepts, concepts_in, key};
        use crate::Lang;
        // Latvian "doma" (a thought) and Russian "дом" (a house) fold to one
        // key; a word and its translation still meet.
        let (lv, ru) = (key("doma", Lang::Latvian), key("дом", Lang::Russian));
        assert_eq!(lv, ru);
        assert!(!concepts(&lv).is_empty());
        let (a, b) = (
            concepts_in(&lv, Some(Lang::Latvian)),
            concepts_in(&ru, Some(Lang::Russian)),
        );
        assert!(!a.is_empty() && !b.is_empty());
        assert!(!a.iter().any(|c| b.contains(c)), "{a:?} {b:?}");
        let (lv, ru) = (key("pilsētā", Lang::Latvian), key("городе", Lang::Russian));
        let (a, b) = (
            concepts_in(&lv, Some(Lang::Latvian)),
            concepts_in(&ru, Some(Lang::Russian)),
        );
        assert!(a.iter().any(|c| b.contains(c)));
    }

    #[test]
    fn the_tables_the_keys_file_carries_are_read_whole() {
        let names = super::lexicon_table("names-lv-ru-en.tsv");
        assert!(names.starts_with("# Named bodies") && names.ends_with('\n'));
        assert!(!names.contains(super::SECTION));
        assert_eq!(names, include_str!("../../data/names-lv-ru-en.tsv"));
        let given = super::lexicon_table("given-names.tsv");
        assert_eq!(
            given.trim_end(),
            include_str!("../../data/given-names.tsv").trim_end()
        );
        assert_eq!(
            super::lexicon_table("places-lv-ru-en.tsv"),
            include_str!("../../data/places-lv-ru-en.tsv")
        );
        assert_eq!(super::lexicon_table("nothing.tsv"), "");
        // The concepts stop where the tables begin: the names' kind column
        // is no word of any concept.
        assert!(super::concepts("organisation").is_empty());
    }

    #[test]
    fn a_derived_adjective_the_lists_lack_is_its_noun_s() {
        use super::{concepts, key, Lang};
        let of = |w: &str, lang| concepts(&key(w, lang)).to_vec();
        assert!(!of("tautas", Lang::Latvian).is_empty());
        assert_eq!(of("народная", Lang::Russian), of("tautas", Lang::Latvian));
        assert_eq!(
            of("центристской", Lang::Russian),
            of("centra", Lang::Latvian)
        );
        // A stem too short to stand alone is no noun's: "had" is the year's
        // key, "hadn" no word's.
        assert!(!concepts("had").is_empty());
        assert!(concepts("hadn").is_empty());
    }

    #[test]
    fn only_this_versions_keys_file_is_installed() {
        assert!(super::install_lexicon("say\tteikt\tсказать\n".into()).is_err());
        let old = include_str!("../../data/lexicon-keys.tsv").replacen("Generated", "Made", 1);
        assert!(super::install_lexicon(old).is_err());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_lowercased_as_the_standard_library_does() {
        for word in [
            "Kazahstānā",
            "КАЗАХСТАНЕ",
            "Ёлка",
            "ЇЖАК",
            "Ŗīga",
            "İstanbul",
            "ΣΟΦΟΣ",
            "Straße",
            "ǅemal",
            "x2",
        ] {
            assert_eq!(lowercase(word), word.to_lowercase(), "{word}");
        }
    }

    #[test]
    fn inflections_and_scripts_meet() {
        // Names: stemmed by their case endings.
        let name = |w: &str, lang: Lang| tokens(w, lang)[0].key.to_string();
        let lv = ["Kazahstānā", "Kazahstānas", "Kazahstānu"].map(|w| name(w, Lang::Latvian));
        let ru = ["Казахстане", "Казахстана", "Казахстан"].map(|w| name(w, Lang::Russian));
        for k in lv.iter().chain(&ru) {
            assert_eq!(k, "kazahstan");
        }
        for (a, b) in [
            ("Tokajevs", "Токаев"),
            ("Tokajevam", "Токаеву"),
            ("ODKB", "ОДКБ"),
            ("Jeržans", "Ержан"),
        ] {
            assert_eq!(name(a, Lang::Latvian), name(b, Lang::Russian), "{a} / {b}");
        }
        // Common words: stemmed by Snowball (Russian) and the light Latvian stemmer.
        assert_eq!(key("grupa", Lang::Latvian), key("группа", Lang::Russian));
    }

    #[test]
    fn fold_is_transliteration_without_diacritics() {
        for text in [
            "Ержан Досмухамедов",
            "Щучье озеро",
            "Kazahstānā",
            "АЛЕКСЕЙ",
            "объявление",
            "Ёлка и Эмма",
            "Ģirts Ķēniņš",
        ] {
            let slow: String = transliterate(&text.to_lowercase())
                .chars()
                .map(fold_char)
                .collect();
            assert_eq!(fold(text), slow, "{text}");
        }
    }

    #[test]
    fn transliteration_follows_latvian_conventions() {
        assert_eq!(transliterate("Алексей Бебинов"), "Aleksej Bebinov");
        assert_eq!(transliterate("ОДКБ"), "ODKB");
        assert_eq!(transliterate("Щучье"), "Ščučje");
        assert_eq!(transliterate("Twitter"), "Twitter");
    }

    #[test]
    fn tokens_carry_keys_and_flags() {
        let t = tokens("В 2011 году Ержан", Lang::Russian);
        assert_eq!(
            t.iter().map(|t| t.text).collect::<Vec<_>>(),
            ["В", "2011", "году", "Ержан"]
        );
        assert!(t[0].stopword && t[1].number && t[3].capital);
        assert_eq!(&*t[1].key, "2011");
    }

    #[test]
    fn two_sentences_glued_at_a_stop_are_two_words_but_an_address_is_one() {
        let words = |text| {
            tokens(text, Lang::Latvian)
                .iter()
                .map(|t| (t.start, t.text))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            words("vēsta BBC.Lidmašīna"),
            [(0, "vēsta"), (7, "BBC"), (11, "Lidmašīna")]
        );
        assert_eq!(
            words("delfi.lv un U.S"),
            [(0, "delfi.lv"), (9, "un"), (12, "U.S")]
        );
    }

    #[test]
    fn an_initial_glued_to_its_surname_is_two_words_but_a_short_domain_is_one() {
        let words = |text| {
            tokens(text, Lang::Russian)
                .iter()
                .map(|t| t.text)
                .collect::<Vec<_>>()
        };
        assert_eq!(words("с А.Раматовым"), ["с", "А", "Раматовым"]);
        assert_eq!(words("на A.Lv и U.S"), ["на", "A.Lv", "и", "U.S"]);
    }
}
