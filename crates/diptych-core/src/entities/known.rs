//! Names the engine knows in advance, beyond CLDR's places: international
//! bodies, Latvian institutions, parties and outlets, named events, works and
//! landmarks in Latvian, Russian and English, acronyms included
//! (`data/names-lv-ru-en.tsv`, written here), and the Russian adjectives of
//! countries and regions (российский → Russia), which CLDR does not give.
//!
//! A known name is matched word by word by the words' cross-language keys,
//! with room for case endings, so "Centrālās statistikas pārvaldes" and
//! "Центрального статистического управления" both find the Central
//! Statistical Bureau. Acronyms must match exactly and be written in capitals.

use rustc_hash::FxHashMap as HashMap;

use crate::normalize::{fold, tokens, Token};
use crate::{EntityKind, Lang};

/// One known named thing.
pub struct Known {
    /// What sort of thing it is.
    pub kind: EntityKind,
    /// Its English name, used as the label.
    pub label: &'static str,
    /// Whether it is a wide area (a country, a sea, a group of states) rather
    /// than a town or a landmark: such places do not tell two events apart.
    pub wide: bool,
    /// The place it lies in, by English label, where the table gives one
    /// (Zolitūde lies in Riga).
    pub within: Option<&'static str>,
    /// Whether its one-word name is a name only in quotes, as the table
    /// writes it ("Saskaņa", «Согласие»): bare, it is a common word
    /// ("Saskaņā ar likumu", "Согласие сторон").
    pub quoted: bool,
}

/// A known name's words: their keys, and whether each must be capitalised
/// in the text (acronyms must match exactly).
struct Pattern {
    entry: usize,
    keys: Vec<String>,
    /// Per key, whether a function word stands before it in the name
    /// ("Zaļo un zemnieku savienība"): only there may the text have one.
    gap_before: Vec<bool>,
    first_capital: bool,
    /// Written in quotes in the table although of several words ("Pasažieru
    /// vilciens"): a company called by common words, a name only where the
    /// text writes it capitalised, never in lower case as institutions are.
    strict: bool,
    acronym: bool,
    /// A one-word name the table quotes: a name only where the text quotes
    /// it ("Saskaņa"), where the entry's other names need no quotes (Isamaa
    /// beside "Tēvzeme").
    quoted: bool,
    /// The name folded whole (for a word in capitals: "ГАЗ" is not "Газа").
    folded: String,
}

/// The table, indexed by the key of each name's first word.
pub struct KnownIndex {
    /// The entries.
    pub entries: Vec<Known>,
    by_first: HashMap<String, Vec<Pattern>>,
}

fn kind_of(word: &str) -> EntityKind {
    match word {
        "organisation" => EntityKind::Organisation,
        "media" => EntityKind::Media,
        "event" => EntityKind::Event,
        "work" => EntityKind::Work,
        "place" | "region" => EntityKind::Place,
        "person" => EntityKind::Person,
        _ => EntityKind::Other,
    }
}

/// Whether a word is written like an acronym: two to six capitals or digits.
pub fn is_acronym(word: &str) -> bool {
    let n = word.chars().count();
    (2..=6).contains(&n)
        && word.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
        && word.chars().any(char::is_uppercase)
}

/// A Russian acronym with a case ending, as speech declines it ("глава
/// ЦИКа", "сотрудники МИДа"): its letters without the ending.
pub fn inflected_acronym(word: &str) -> Option<&str> {
    let cut = word.find(|c: char| !c.is_uppercase())?;
    let (letters, ending) = word.split_at(cut);
    let cyrillic = letters
        .chars()
        .all(|c| ('\u{0410}'..='\u{042F}').contains(&c) || c == 'Ё');
    (cyrillic
        && (2..=5).contains(&letters.chars().count())
        && ["а", "у", "ом", "е", "ов", "ы", "ам", "ами", "ах"].contains(&ending))
    .then_some(letters)
}

/// Two keys of one word in two inflected forms: equal, or one extends the
/// other by a case ending (at most three letters) over at least four shared.
pub fn same_word(a: &str, b: &str) -> bool {
    extends(a, b, 4)
}

/// Whether two keys are equal, or the longer extends the shorter (of at
/// least `least` letters: counted by letters, not bytes, as keys may hold a
/// few non-ASCII letters) by at most three letters.
pub fn extends(a: &str, b: &str, least: usize) -> bool {
    if a == b {
        return true;
    }
    let (na, nb) = (a.chars().count(), b.chars().count());
    let (short, long, ns, nl) = if na <= nb {
        (a, b, na, nb)
    } else {
        (b, a, nb, na)
    };
    ns >= least && nl - ns <= 3 && long.starts_with(short)
}

impl KnownIndex {
    fn new() -> Self {
        let mut entries = Vec::new();
        let mut by_first: HashMap<String, Vec<Pattern>> = HashMap::default();
        // The table travels in the lexicon's keys file (fetched by the page).
        for line in crate::normalize::lexicon_table("names-lv-ru-en.tsv")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            let mut cols = line.split('\t');
            let (Some(kind), Some(label)) = (cols.next(), cols.next()) else {
                continue;
            };
            let names: Vec<&'static str> = cols.by_ref().take(3).collect();
            let entry = entries.len();
            let quoted = names
                .iter()
                .flat_map(|n| n.split('|'))
                .any(|n| n.starts_with('"') && n.ends_with('"') && !n.contains(' '));
            entries.push(Known {
                kind: kind_of(kind),
                label,
                wide: kind == "region",
                within: cols.next().filter(|w| !w.is_empty()),
                quoted,
            });
            for (names, lang) in
                names
                    .into_iter()
                    .zip([Lang::Latvian, Lang::Russian, Lang::English])
            {
                // A Russian town in -ая declines as a noun (в Лиепае, из
                // Лиепаи), which no stem of the adjective-like nominative
                // finds: its case forms are names too.
                let declined: Vec<String> = names
                    .split('|')
                    .filter(|n| lang == Lang::Russian && !n.contains(' '))
                    .filter_map(|n| n.strip_suffix("ая"))
                    .flat_map(|stem| ["ае", "аи", "аю", "аей"].map(|e| format!("{stem}{e}")))
                    .collect();
                let all_names = names.split('|').chain(declined.iter().map(String::as_str));
                for name in all_names.filter(|n| !n.is_empty()) {
                    let in_quotes = name.starts_with('"') && name.ends_with('"');
                    let strict = in_quotes && name.contains(' ');
                    let quoted = in_quotes && !name.contains(' ');
                    let all = tokens(name, lang);
                    let mut gap_before = Vec::new();
                    let mut gap = false;
                    // An acronym is a name even where its letters spell a
                    // function word ("ES" is the EU; "es" is "I").
                    let function = |t: &Token<'_>| t.stopword && !is_acronym(t.text);
                    for t in &all {
                        if function(t) {
                            gap = true;
                        } else {
                            gap_before.push(gap);
                            gap = false;
                        }
                    }
                    let toks: Vec<Token<'_>> = all.into_iter().filter(|t| !function(t)).collect();
                    let Some(first) = toks.first() else { continue };
                    let acronym = toks.len() == 1 && is_acronym(first.text);
                    let keys: Vec<String> = toks.iter().map(|t| t.key.to_string()).collect();
                    if keys[0].chars().count() < 2 {
                        continue;
                    }
                    // A name of several words is also found under its first
                    // key cut by a letter or two: a capitalised adjective keeps
                    // its ending in the key ("Черное" cerno) that another case
                    // loses ("Черном" cern).
                    let first_keys: Vec<String> = std::iter::once(keys[0].as_str())
                        .chain(
                            (1..=2)
                                .filter(|_| keys.len() > 1)
                                .filter_map(|letters| cut(&keys[0], letters)),
                        )
                        .map(str::to_string)
                        .collect();
                    for first_key in first_keys {
                        let list = by_first.entry(first_key).or_default();
                        if let Some(same) =
                            list.iter_mut().find(|p| p.entry == entry && p.keys == keys)
                        {
                            // Written in lower case too: either case matches;
                            // with a function word or without, either matches.
                            same.first_capital &= first.capital;
                            same.strict &= strict;
                            same.quoted &= quoted;
                            for (g, &h) in same.gap_before.iter_mut().zip(&gap_before) {
                                *g |= h;
                            }
                        } else {
                            list.push(Pattern {
                                entry,
                                keys: keys.clone(),
                                gap_before: gap_before.clone(),
                                first_capital: first.capital,
                                strict,
                                acronym,
                                quoted,
                                folded: fold(name),
                            });
                        }
                    }
                }
            }
        }
        KnownIndex { entries, by_first }
    }

    /// Whether the word `toks[at]` is one of entry `entry`'s one-word names
    /// as written, not an inflected form ("Ливаны", Līvāni, where "Ливане"
    /// is Lebanon's).
    pub fn spelled(&self, toks: &[Token<'_>], at: usize, entry: usize) -> bool {
        let word = fold(toks[at].text);
        self.by_first
            .get(&*toks[at].key)
            .into_iter()
            .flatten()
            .any(|p| p.entry == entry && p.keys.len() == 1 && p.folded == word)
    }

    /// Whether the word `toks[at]`, found as entry `entry`, is one of its
    /// names only in quotes: no name of the entry that needs none is
    /// spelled so ("Saskaņa" is a party in quotes; "Isamaa" is one bare).
    pub fn quoted_only(&self, toks: &[Token<'_>], at: usize, entry: usize) -> bool {
        self.entries[entry].quoted
            && !self
                .by_first
                .get(&*toks[at].key)
                .into_iter()
                .flatten()
                .any(|p| p.entry == entry && p.keys.len() == 1 && !p.quoted)
    }

    /// The known name starting at `toks[at]` (stopwords skipped inside it),
    /// and how many tokens it spans.
    pub fn find(&self, toks: &[Token<'_>], at: usize) -> Option<(usize, usize)> {
        let first = &toks[at];
        let mut best: Option<(usize, usize)> = None;
        // Inflected first words: look the key up, and its shorter forms.
        let key = &*first.key;
        // Shorter forms only for capitalised words: a lowercase first word
        // (страны Балтии) is matched by its own key, and most words are lowercase.
        let shorter = (1..=3)
            .filter(|_| first.capital)
            .filter_map(|letters| self.by_first.get(cut(key, letters)?));
        let candidates = self.by_first.get(key).into_iter().chain(shorter).flatten();
        for p in candidates {
            // (Letter for letter: "GPS" is not "ГПСС", though their keys meet.)
            if p.acronym
                && !(is_acronym(first.text)
                    && *first.key == p.keys[0]
                    && fold(first.text) == p.folded)
                && inflected_acronym(first.text).is_none_or(|a| fold(a) != p.folded)
            {
                continue;
            }
            // Russian and Latvian write many bodies and events in lower case
            // ("кабинет министров", "olimpiskās spēles"): a name of two words
            // or more still matches there.
            if p.first_capital
                && !first.capital
                && !(!p.strict
                    && p.keys.len() >= 2
                    && matches!(first.lang, Lang::Russian | Lang::Latvian))
            {
                continue;
            }
            // (Nor two capitals a name of two letters folds to: "ОС" is no
            // "Ош", whose ш folds to s.)
            if !p.acronym
                && is_acronym(first.text)
                && p.keys.len() == 1
                && (fold(first.text) != p.folded || first.text.chars().count() <= 2)
            {
                continue;
            }
            // A one-word name must be the word itself, not a longer one (Daugava, Daugaviņš).
            // (But for a case ending on a name in quotes, which the caller
            // asks for: "Согласием", «Согласия» are «Согласие».)
            let in_case = p.quoted
                && first.key.starts_with(p.keys[0].as_str())
                && first.key.chars().count() <= p.keys[0].chars().count() + 2;
            if p.keys.len() == 1 && *first.key != p.keys[0] && !in_case {
                continue;
            }
            // Match the pattern's words in order, skipping stopwords in the text.
            let (mut k, mut j) = (0, at);
            while k < p.keys.len() && j < toks.len() {
                if toks[j].stopword && k > 0 && p.gap_before[k] {
                    j += 1;
                    continue;
                }
                // (A Latvian noun in -ija is another word than the one it
                // is made from: "ministrs" is no "ministrija".)
                let derived = |a: &str, b: &str| {
                    a.strip_prefix(b).or_else(|| b.strip_prefix(a)) == Some("ij")
                };
                let ok = if k == 0 || p.keys[k].chars().count() < 4 {
                    same_word(&toks[j].key, &p.keys[k]) || *toks[j].key == p.keys[k]
                } else {
                    same_word(&toks[j].key, &p.keys[k])
                } && !derived(&toks[j].key, &p.keys[k]);
                if !ok {
                    break;
                }
                k += 1;
                j += 1;
            }
            // (Where the sentence's opening capital is all it has, only as
            // the table writes it: "Pasažieru vilciens pārvadājis ...", not
            // "Pasažieru vilcienā, kas brauca no Atēnām ...".)
            let as_written = || {
                let words: Vec<&str> = toks[at..j].iter().map(|t| t.text).collect();
                fold(&words.join(" ")) == p.folded.trim_matches('"')
            };
            if k == p.keys.len() && p.strict && first.start == 0 && !as_written() {
                continue;
            }
            if k == p.keys.len() && best.is_none_or(|(_, n)| j - at > n) {
                best = Some((p.entry, j - at));
            }
        }
        best
    }
}

/// A key without its last `letters` letters, if four or more are left: the
/// stem of another case form.
fn cut(key: &str, letters: usize) -> Option<&str> {
    let (end, _) = key.char_indices().rev().nth(letters.checked_sub(1)?)?;
    (key[..end].chars().count() >= 4).then(|| &key[..end])
}

/// The table, built on first use.
pub fn known() -> &'static KnownIndex {
    static INDEX: std::sync::OnceLock<KnownIndex> = std::sync::OnceLock::new();
    INDEX.get_or_init(KnownIndex::new)
}

/// Russian adjectives of countries and regions, as stems, with the English
/// name of the place (as CLDR spells it). Written here from general
/// knowledge of Russian word formation. Only adjectives of the state
/// (российский), not of the people or language (русский).
const ADJECTIVES: &[(&str, &str)] = &[
    ("российск", "Russia"),
    ("латвийск", "Latvia"),
    ("литовск", "Lithuania"),
    ("эстонск", "Estonia"),
    ("казахстанск", "Kazakhstan"),
    ("кыргызстанск", "Kyrgyzstan"),
    ("киргизск", "Kyrgyzstan"),
    ("кыргызск", "Kyrgyzstan"),
    ("узбекистанск", "Uzbekistan"),
    ("узбекск", "Uzbekistan"),
    ("таджикск", "Tajikistan"),
    ("туркменск", "Turkmenistan"),
    ("украинск", "Ukraine"),
    ("белорусск", "Belarus"),
    ("молдавск", "Moldova"),
    ("молдовск", "Moldova"),
    ("грузинск", "Georgia"),
    ("армянск", "Armenia"),
    ("азербайджанск", "Azerbaijan"),
    ("польск", "Poland"),
    ("германск", "Germany"),
    ("немецк", "Germany"),
    ("французск", "France"),
    ("британск", "United Kingdom"),
    ("английск", "United Kingdom"),
    ("американск", "United States"),
    ("итальянск", "Italy"),
    ("испанск", "Spain"),
    ("португальск", "Portugal"),
    ("шведск", "Sweden"),
    ("финск", "Finland"),
    ("финляндск", "Finland"),
    ("норвежск", "Norway"),
    ("датск", "Denmark"),
    ("голландск", "Netherlands"),
    ("нидерландск", "Netherlands"),
    ("бельгийск", "Belgium"),
    ("швейцарск", "Switzerland"),
    ("австрийск", "Austria"),
    ("чешск", "Czechia"),
    ("словацк", "Slovakia"),
    ("венгерск", "Hungary"),
    ("румынск", "Romania"),
    ("болгарск", "Bulgaria"),
    ("сербск", "Serbia"),
    ("хорватск", "Croatia"),
    ("греческ", "Greece"),
    ("турецк", "Turkey"),
    ("израильск", "Israel"),
    ("палестинск", "Palestinian Territories"),
    ("иранск", "Iran"),
    ("иракск", "Iraq"),
    ("сирийск", "Syria"),
    ("афганск", "Afghanistan"),
    ("китайск", "China"),
    ("японск", "Japan"),
    ("корейск", "South Korea"),
    ("индийск", "India"),
    ("пакистанск", "Pakistan"),
    ("канадск", "Canada"),
    ("мексиканск", "Mexico"),
    ("бразильск", "Brazil"),
    ("аргентинск", "Argentina"),
    ("египетск", "Egypt"),
    ("ирландск", "Ireland"),
    ("исландск", "Iceland"),
    ("австралийск", "Australia"),
    ("монгольск", "Mongolia"),
    ("рижск", "Riga"),
    ("московск", "Moscow"),
    ("киевск", "Kyiv"),
    ("минск", "Minsk"),
    ("вильнюсск", "Vilnius"),
    ("таллинск", "Tallinn"),
    ("таллиннск", "Tallinn"),
    ("алматинск", "Almaty"),
    ("даугавпилсск", "Daugavpils"),
    ("лиепайск", "Liepāja"),
    ("юрмальск", "Jūrmala"),
    ("елгавск", "Jelgava"),
    ("европейск", "Europe"),
    ("балтийск", "Baltic states"),
];

/// Latvian names of peoples in the genitive plural, which Latvian uses
/// where Russian has the state's adjective ("vācu valdība", "немецкое
/// правительство"), with the state; written here from general knowledge of
/// Latvian. Not the Latvians' or the Russians' own ("latviešu", "krievu"),
/// which name a language and a people more than a state, as "латышский"
/// and "русский" do; nor the Turks', "turku", which is also Finland's
/// Turku.
const PEOPLES: &[(&str, &str)] = &[
    ("lietuviešu", "Lithuania"),
    ("igauņu", "Estonia"),
    ("ukraiņu", "Ukraine"),
    ("baltkrievu", "Belarus"),
    ("poļu", "Poland"),
    ("vācu", "Germany"),
    ("franču", "France"),
    ("britu", "United Kingdom"),
    ("itāļu", "Italy"),
    ("spāņu", "Spain"),
    ("portugāļu", "Portugal"),
    ("zviedru", "Sweden"),
    ("somu", "Finland"),
    ("norvēģu", "Norway"),
    ("dāņu", "Denmark"),
    ("holandiešu", "Netherlands"),
    ("beļģu", "Belgium"),
    ("šveiciešu", "Switzerland"),
    ("austriešu", "Austria"),
    ("čehu", "Czechia"),
    ("slovāku", "Slovakia"),
    ("ungāru", "Hungary"),
    ("rumāņu", "Romania"),
    ("bulgāru", "Bulgaria"),
    ("serbu", "Serbia"),
    ("horvātu", "Croatia"),
    ("grieķu", "Greece"),
    ("gruzīnu", "Georgia"),
    ("armēņu", "Armenia"),
    ("azerbaidžāņu", "Azerbaijan"),
    ("kazahu", "Kazakhstan"),
    ("uzbeku", "Uzbekistan"),
    ("ķīniešu", "China"),
    ("japāņu", "Japan"),
    ("izraēliešu", "Israel"),
    ("irāņu", "Iran"),
    ("kanādiešu", "Canada"),
];

/// Russian names of a state's citizens made from the state's name, as
/// stems (россиянин, россияне, россиян; казахстанец, казахстанцы), with
/// the place. Written here from general knowledge of Russian.
const DEMONYMS: &[(&str, &str)] = &[
    ("россиян", "Russia"),
    ("казахстанц", "Kazakhstan"),
    ("казахстанец", "Kazakhstan"),
    ("кыргызстанц", "Kyrgyzstan"),
    ("кыргызстанец", "Kyrgyzstan"),
    ("узбекистанц", "Uzbekistan"),
    ("узбекистанец", "Uzbekistan"),
    ("таджикистанц", "Tajikistan"),
    ("таджикистанец", "Tajikistan"),
];

/// The place a lowercase Russian adjective belongs to (российских → Russia),
/// and the Latvian "amerikāņu", which means the United States as
/// "американских" does, not the Americas.
pub fn adjective_place(lower: &str) -> Option<&'static str> {
    if lower.starts_with("amerikāņ") {
        return Some("United States");
    }
    // (A people's genitive stands for its state's adjective in Latvian:
    // "portugāļu žurnālists" is "португальский журналист".)
    if let Some((_, place)) = PEOPLES.iter().find(|(word, _)| *word == lower) {
        return Some(place);
    }
    // (And a state's citizens, by the state's name: "россиян", "граждан
    // России"; "казахстанцы". Not a people's name, "русские".)
    if let Some((_, place)) = DEMONYMS.iter().find(|(stem, _)| {
        lower
            .strip_prefix(stem)
            .is_some_and(|end| end.chars().count() <= 3)
    }) {
        return Some(place);
    }
    static FOLDED: std::sync::OnceLock<Vec<(String, &'static str)>> = std::sync::OnceLock::new();
    let list = FOLDED.get_or_init(|| {
        ADJECTIVES
            .iter()
            .map(|(stem, place)| (fold(stem), *place))
            .collect()
    });
    if !lower
        .chars()
        .next()
        .is_some_and(|c| ('\u{0400}'..='\u{04FF}').contains(&c))
        // Only adjectives in -ск-/-цк- are candidates (every stem in the
        // table ends so), with an ending of four letters at most after it:
        // most words stop here.
        || !lower
            .char_indices()
            .rev()
            .take(4)
            .any(|(at, _)| lower[..at].ends_with("ск") || lower[..at].ends_with("цк"))
    {
        return None;
    }
    let folded = fold(lower);
    // Adjective endings only: -ий, -ая, -ое, -ие, -ого, -ому, -ой, -ых, -им, -ими...
    list.iter()
        .find(|(stem, _)| {
            folded.starts_with(stem.as_str())
                && folded.len() - stem.len() <= 4
                && folded.len() > stem.len()
        })
        .map(|(_, p)| *p)
}

#[cfg(test)]
mod tests {
    use crate::{compare, EntityKind, Input};

    fn shared(lv: &str, ru: &str) -> Vec<String> {
        super::super::shared_labels(lv, ru, |k| k == EntityKind::Organisation)
    }

    #[test]
    fn a_christmas_market_is_no_christmas_island() {
        let r = compare(
            Input::text("Tirdziņš Magdeburgā."),
            Input::text("Автомобиль въехал в толпу на рождественской ярмарке в Магдебурге."),
        )
        .unwrap();
        assert!(
            !r.entities
                .iter()
                .any(|e| e.kind == EntityKind::Place && e.label.contains("Christmas")),
            "{:?}",
            r.entities
        );
    }

    #[test]
    fn a_russian_town_in_aya_is_found_in_its_noun_cases() {
        let r = crate::compare(
            crate::Input::text("Nekas nenotika."),
            crate::Input::text("Пожар в Лиепае потушили. Из Лиепаи приехали пожарные."),
        )
        .unwrap();
        let liepaja: Vec<_> = r.entities.iter().filter(|e| e.label == "Liepāja").collect();
        assert_eq!(liepaja.len(), 1, "{:?}", r.entities);
        assert_eq!(liepaja[0].kind, crate::EntityKind::Place);
        assert_eq!(liepaja[0].mentions.len(), 2, "{:?}", liepaja[0].mentions);
    }

    #[test]
    fn bodies_and_events_written_in_lower_case_are_found() {
        let found = shared(
            "Ministru kabinets turpinās darbu, līdz Saeima apstiprinās jaunu valdību.",
            "Кабинет министров продолжит работу до утверждения сеймом нового правительства.",
        );
        assert!(found.contains(&"Saeima".to_string()), "{found:?}");
        let found = shared(
            "Ministru kabinets turpinās darbu.",
            "По закону кабинет министров продолжит работу.",
        );
        assert_eq!(found, ["Cabinet of Ministers"]);
        // "ES" is the EU, though "es" is "I"; the UN is a body, not a place,
        // and its Security Council one name, not the UN and a council.
        let found = shared(
            "Lielbritānija izstāsies no ES. Latvija ievēlēta ANO Drošības padomē. ANO dalībvalstis balsoja.",
            "Великобритания выйдет из ЕС. Латвия избрана в Совбез ООН. Страны ООН голосовали.",
        );
        assert!(found.contains(&"European Union".to_string()), "{found:?}");
        assert!(found.contains(&"United Nations".to_string()), "{found:?}");
        assert!(
            found.contains(&"UN Security Council".to_string()),
            "{found:?}"
        );
        // An adjective's case ending is not the nominative's ("Черном", "Черное").
        let found = super::super::shared_labels(
            "Melnajā jūrā un Baltijas jūrā pieaug kuģu skaits.",
            "В Черном море и в Балтийском море растёт число судов.",
            |k| k == EntityKind::Place,
        );
        assert_eq!(found, ["Black Sea", "Baltic Sea"]);
        let found = super::super::shared_labels(
            "Latvijas izlase dosies uz ziemas olimpiskajām spēlēm.",
            "Сборная Латвии поедет на зимние Олимпийские игры.",
            |k| k == EntityKind::Event,
        );
        assert_eq!(found, ["Olympic Games"]);
        // "American" is the United States, in both languages.
        let r = compare(
            Input::text("Mājās atgriezās amerikāņu karavīri."),
            Input::text("Домой вернулись американские военнослужащие."),
        )
        .unwrap();
        assert!(r
            .entities
            .iter()
            .any(|e| e.label == "United States" && e.shared));
        // A people's genitive is its state's adjective: "portugāļu" is
        // "португальский"; the Russians' own is not the Russian state.
        let found = super::super::shared_labels(
            "Intervijā portugāļu žurnālistam viņš runāja par krievu valodu.",
            "В интервью португальскому журналисту он говорил о российских санкциях.",
            |k| k == EntityKind::Place,
        );
        assert_eq!(found, ["Portugal"]);
        // A party named bare beside another name the table quotes is a
        // party bare: Isamaa ("Отечество" only in quotes).
        let found = super::super::shared_labels(
            "Partija Isamaa ieguva 8,2% balsu.",
            "Партия Isamaa получила 8,3% голосов.",
            |k| k == EntityKind::Organisation,
        );
        assert_eq!(found, ["Isamaa"]);
        assert!(shared("Saskaņa ir svarīga.", "Согласие важно.").is_empty());
        // The World Cup goes by a cup in Latvian and a championship in Russian.
        let found = super::super::shared_labels(
            "Latvija cīnīsies par vietu Pasaules kausā.",
            "Латвия поборется за место на чемпионате мира.",
            |k| k == EntityKind::Event,
        );
        assert_eq!(found, ["World Championship"]);
        // One lower-case word alone is not a name ("кабинет" is a room).
        assert!(shared("Ministru kabinets turpinās darbu.", "Он вошёл в кабинет.").is_empty());
    }
}
