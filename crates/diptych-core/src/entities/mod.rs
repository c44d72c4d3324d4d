//! Stage 5, entities: who, where, which organisation, which number, when.
//!
//! Mentions come from five sources, in order of trust:
//! 1. the CLDR gazetteer ([`gazetteer`]): countries, regions and cities in
//!    English, Latvian and Russian, matched by stem (Kazahstānā, Казахстане)
//!    and by derivation (казахстанский);
//! 2. CLDR weekday and month names, years and anniversaries, as dates;
//! 3. figures, with what they count read from the words around them;
//! 4. hashtags, handles and web addresses;
//! 5. capitalised names and acronyms not opening a sentence (or opening one but
//!    seen capitalised elsewhere, or on the other side).
//!
//! Mentions are then clustered across inflection and script by their
//! cross-language keys ([`crate::normalize::key`]): keys must be equal, or one
//! a short inflectional extension of the other, or nearly identical by
//! Jaro-Winkler with the same opening — a look-alike with another stem stays apart.

mod clock;
pub(crate) mod dates;
mod echo;
mod figures;
mod gazetteer;
mod known;
mod name;
pub(crate) use name::is_given_name;
mod titles;
mod translated;

use dates::{calendar, calendar_word, date_phrase};
pub(crate) use figures::{
    counts_a_named_thing, figure_text, groups_apart, is_bound_word, is_number_word, number_value,
    MAGNITUDE, POINTS, READING, VOTE_AGAINST, VOTE_FOR,
};
use figures::{figure, Figure};
use known::{adjective_place, is_acronym, known};

use rustc_hash::FxHashMap as HashMap;

use crate::normalize::{fold, is_word_char, tokens, Sentence, Token};
use crate::{Entity, EntityKind, Lang, Mention, Quantity, Side};

/// A text to find entities in: one side of the comparison.
pub struct SideText<'a> {
    /// Which side.
    pub side: Side,
    /// The whole text.
    pub text: &'a str,
    /// Its sentences, split into words.
    pub sentences: &'a [Sentence<'a>],
}

/// What a mention was recognised as, before clustering.
#[derive(Debug, Clone, PartialEq)]
enum Identity {
    /// A gazetteer place, by index into the gazetteer.
    Place(usize),
    /// A date: weekday, month, year or anniversary.
    Date(String, String),
    /// A figure with its value.
    Number(Figure),
    /// A name of the known-names table, by index.
    Known(usize),
    /// A hashtag, handle or URL, by folded text.
    Tag(EntityKind, String),
    /// A name: the cross-language keys of its words.
    Name(Vec<String>, EntityKind),
}

#[derive(Debug, Clone)]
struct Raw {
    side: Side,
    start: usize,
    end: usize,
    paragraph: usize,
    identity: Identity,
    /// A capitalised word opening a sentence: a mention only if confirmed.
    weak: bool,
    /// An acronym's expansion before it in brackets, by its span: one
    /// entity with it.
    expands: Option<(usize, usize)>,
    /// A name the other side recognised, by its span, that this one says
    /// in small letters ([`echo`]): one entity with it.
    echoes: Option<(usize, usize)>,
}

/// Finds and links the entities of both texts.
pub fn extract(left: &SideText<'_>, right: &SideText<'_>) -> Vec<Entity> {
    let index = places();
    let mut raws = Vec::new();
    for side in [left, right] {
        raws.extend(mentions(side, index));
    }
    // Names one side recognised, said in small letters on the other.
    let (found, replaced) = echo::mentions(&raws, [left, right]);
    if !found.is_empty() {
        let mut gone = vec![false; raws.len()];
        replaced.into_iter().for_each(|i| gone[i] = true);
        let mut k = 0;
        raws.retain(|_| {
            k += 1;
            !gone[k - 1]
        });
        raws.extend(found);
    }
    cluster(raws, left.text, right.text)
}

/// The gazetteer index, built on first use.
fn places() -> &'static PlaceIndex {
    static PLACES: std::sync::OnceLock<PlaceIndex> = std::sync::OnceLock::new();
    PLACES.get_or_init(PlaceIndex::new)
}

/// Builds the lookup tables (gazetteer, calendar) now rather than in the
/// first comparison.
pub fn prepare() {
    places();
    calendar();
    known();
}

/// A place the gazetteer names.
struct Place {
    /// CLDR territory code or time-zone id.
    code: &'static str,
    /// A country or region rather than a city.
    territory: bool,
    /// Names: English, Latvian, Russian.
    names: [Vec<&'static str>; 3],
}

/// The gazetteer's places, read once from the keys file, which carries
/// `data/places-lv-ru-en.tsv` (written from CLDR by `cargo xtask
/// gen-gazetteer`): the web page fetches it with the lexicon instead of
/// downloading it in its code.
fn gazetteer_places() -> &'static [Place] {
    static PLACES: std::sync::OnceLock<Vec<Place>> = std::sync::OnceLock::new();
    PLACES.get_or_init(|| {
        let mut places: Vec<Place> = crate::normalize::lexicon_table("places-lv-ru-en.tsv")
            .lines()
            // (Nor is the world, CLDR's region 001, a place of a story:
            // "Pasaules čempionāts" names a championship.)
            .filter(|line| !line.starts_with('#') && !line.starts_with("001\t"))
            .filter_map(|line| {
                let mut fields = line.split('\t');
                let (code, kind) = (fields.next()?, fields.next()?);
                let mut names = || {
                    fields
                        .next()
                        .map(|n| n.split('|').collect::<Vec<_>>())
                        .unwrap_or_default()
                };
                let names = [names(), names(), names()];
                Some(Place {
                    code,
                    territory: kind == "T",
                    names,
                })
            })
            .collect();
        // A name with a gloss in brackets is also the name alone, first:
        // "Mjanma (Birma)" is "Mjanma", as a report writes it. (Unless the
        // name alone is another place's too: "Kongo (Kinšasa)" and "Kongo
        // (Brazavila)".)
        let bare = |name: &'static str| {
            name.strip_suffix(')')
                .and_then(|n| n.split_once(" ("))
                .map(|(n, _)| n.trim_end())
                .filter(|n| !n.is_empty())
        };
        // (How many places each name, glossed or not, is one of.)
        let mut count: HashMap<&str, Vec<usize>> = HashMap::default();
        for (k, place) in places.iter().enumerate() {
            for name in place.names.iter().flatten() {
                let of = count.entry(bare(name).unwrap_or(name)).or_default();
                if !of.contains(&k) {
                    of.push(k);
                }
            }
        }
        for place in &mut places {
            for names in &mut place.names {
                let mut out: Vec<&'static str> = Vec::with_capacity(names.len() + 1);
                for &name in names.iter() {
                    if let Some(b) = bare(name).filter(|b| count[b].len() == 1) {
                        if !out.contains(&b) {
                            out.push(b);
                        }
                    }
                    if !out.contains(&name) {
                        out.push(name);
                    }
                }
                *names = out;
            }
        }
        places
    })
}

/// Looks places up by the key of their first word.
struct PlaceIndex {
    /// (Each with the languages whose names give it, looked up by
    /// [`script_bit`].)
    by_first: HashMap<String, Vec<(usize, Vec<String>, u8)>>,
    /// One-word names and acronyms, folded whole: a word in capitals
    /// ("РИГА", "США") is looked up as it stands, not by its stem ("ГАЗ",
    /// an agency, is not Gaza).
    whole: HashMap<String, usize>,
    /// First six letters of every one-word territory key: most words share
    /// none, and skip the derivation lookups.
    territory_openings: rustc_hash::FxHashSet<String>,
}

impl PlaceIndex {
    fn new() -> Self {
        let mut by_first: HashMap<String, Vec<(usize, Vec<String>, u8)>> = HashMap::default();
        let mut whole: HashMap<String, usize> = HashMap::default();
        for (i, place) in gazetteer_places().iter().enumerate() {
            if place.code.starts_with("Antarctica/") || place.code.starts_with("Arctic/") {
                continue; // research stations named after people (Davis, Casey, Palmer)
            }
            if matches!(place.code, "EU" | "EZ" | "UN") {
                continue; // bodies, not places: the known names give them
            }
            for (names, lang) in
                place
                    .names
                    .iter()
                    .zip([Lang::English, Lang::Latvian, Lang::Russian])
            {
                for name in names.iter() {
                    // An acronym by all its letters (США is not "сш").
                    let keys: Vec<String> = if is_acronym(name) {
                        vec![fold(name)]
                    } else {
                        tokens(name, lang)
                            .into_iter()
                            .filter(|t| !t.stopword)
                            .map(|t| t.key.to_string())
                            .collect()
                    };
                    // Азия stems to "az": short stems count for names of four letters or more.
                    if keys.is_empty()
                        || keys[0].chars().count() < 2
                        || (keys[0].chars().count() < 3 && name.chars().count() < 4)
                    {
                        continue;
                    }
                    if !name.contains(' ') {
                        whole.entry(fold(name)).or_insert(i);
                    }
                    let bit = lang_bit(lang);
                    let list = by_first.entry(keys[0].clone()).or_default();
                    match list.iter_mut().find(|(p, k, _)| *p == i && *k == keys) {
                        Some(entry) => entry.2 |= bit,
                        None => list.push((i, keys, bit)),
                    }
                }
            }
        }
        let territory_openings = by_first
            .iter()
            .filter(|(k, list)| {
                k.chars().count() >= 6
                    && list
                        .iter()
                        .any(|(p, keys, _)| keys.len() == 1 && gazetteer_places()[*p].territory)
            })
            .map(|(k, _)| k.chars().take(6).collect())
            .collect();
        PlaceIndex {
            by_first,
            whole,
            territory_openings,
        }
    }

    /// The place starting at `toks[at]`, and how many tokens it spans.
    fn find(&self, toks: &[Token<'_>], at: usize) -> Option<(usize, usize)> {
        let first = &toks[at];
        let mut best: Option<(usize, usize)> = None;
        if is_acronym(first.text) {
            return self.whole.get(&fold(first.text)).map(|&place| (place, 1));
        }
        if first.capital {
            let script = script_bit(first.text);
            // (A Russian word in -ый is an adjective, not a place's case:
            // "Данный случай" is no Denmark, whose key its doubled н meets.)
            let adjective = first.lower.ends_with("ый");
            for (place, keys, _) in self
                .by_first
                .get(&*first.key)
                .into_iter()
                .flatten()
                .filter(|(_, _, langs)| langs & script != 0)
                .filter(|(place, _, _)| {
                    !adjective
                        || gazetteer_places()[*place].names[2]
                            .iter()
                            .any(|n| n.ends_with("ый"))
                })
            {
                // (The index keeps no small words: "Порт-о-Пренс" and
                // "Ростов-на-Дону" are matched past the text's "о", "на".)
                let mut span = 0;
                let fits = keys.iter().enumerate().all(|(k, key)| {
                    while k > 0 && toks.get(at + span).is_some_and(|t| t.stopword) {
                        span += 1;
                    }
                    let hit = toks.get(at + span).is_some_and(|t| *t.key == **key);
                    span += 1;
                    hit
                });
                if fits && best.is_none_or(|(_, n)| span > n) {
                    best = Some((*place, span));
                }
            }
        }
        let opening = first
            .key
            .char_indices()
            .nth(6)
            .map(|(i, _)| &first.key[..i]);
        if best.is_none()
            && !first.capital
            && opening.is_some_and(|o| self.territory_openings.contains(o))
        {
            // A derived adjective: казахстанский, kazahstāniešu.
            let ends: Vec<usize> = first.key.char_indices().map(|(i, _)| i).skip(6).collect();
            for &end in ends.iter().rev() {
                if let Some(list) = self.by_first.get(&first.key[..end]) {
                    // Only countries and regions: their adjectives are common
                    // (казахстанский); a city's prefix is too often another word.
                    // (Nor a place no language names in one word, as an
                    // island by a common word: "о-в Рождества" is no
                    // "рождественская ярмарка".)
                    if let Some((place, _, _)) = list.iter().find(|(p, k, _)| {
                        k.len() == 1
                            && gazetteer_places()[*p].territory
                            && gazetteer_places()[*p]
                                .names
                                .iter()
                                .flatten()
                                .any(|n| !n.contains([' ', '-']))
                    }) {
                        return Some((*place, 1));
                    }
                }
            }
        }
        best
    }
}

/// A gazetteer name's language, as a bit.
fn lang_bit(lang: Lang) -> u8 {
    match lang {
        Lang::Russian => 1,
        _ => 2,
    }
}

/// The names a word may be looked up among, by its script: a Latin word
/// among Latvian and English ones ("Rimi" is no "Рим"); a Cyrillic one among
/// all, since Russian writes some places as English does (Кыргызстан,
/// where CLDR's Russian has Киргизия).
fn script_bit(word: &str) -> u8 {
    if name::cyrillic(word) {
        lang_bit(Lang::Russian) | lang_bit(Lang::Latvian)
    } else {
        lang_bit(Lang::Latvian)
    }
}

/// Words for a street, an embankment or a square, by their start: before a
/// day in Russian ("набережная 11 Ноября"), after it in Latvian ("11. novembra
/// krastmala"). Written here from general knowledge.
const DAY_STREETS_BEFORE: &[&str] = &["набережн", "улиц", "площад", "проспект", "бульвар"];
const DAY_STREETS_AFTER: &[&str] = &[
    "krastmal", "iela", "ielā", "ielu", "ielas", "laukum", "bulvār", "prospekt",
];

/// Titles and roles that announce a person's name (sports roles too:
/// goalkeeper, forward, player); written here from general knowledge.
const PERSON_CUES: &[&str] = &[
    "kungs",
    "kundze",
    "prezident",
    "premjerministr",
    "ministr",
    "deputāt",
    "opozicionār",
    "žurnālist",
    "ģenerāl",
    "režisor",
    "trener",
    "aktier",
    "aktris",
    "dziedātāj",
    "rakstniek",
    "mērs",
    "mēra",
    "mēram",
    "mēru",
    "priekšsēdētāj",
    "vadītāj",
    "priekšniek",
    "direktor",
    "senator",
    "pārstāv",
    "vārtsarg",
    "uzbrucēj",
    "aizsarg",
    "spēlētāj",
    "hokejist",
    "futbolist",
    "basketbolist",
    "tenisist",
    "sportist",
    "голкипер",
    "вратар",
    "нападающ",
    "защитник",
    "игрок",
    "хоккеист",
    "футболист",
    "баскетболист",
    "теннисист",
    "спортсмен",
    "режиссер",
    "режиссёр",
    "тренер",
    "актер",
    "актёр",
    "певиц",
    "певец",
    "писател",
    "мэр",
    "мэра",
    "мэру",
    "мэром",
    "председател",
    "руководител",
    "начальник",
    "директор",
    "сенатор",
    "глав",
    "президент",
    "премьер",
    "министр",
    "депутат",
    "оппозиционер",
    "журналист",
    "генерал",
    "господин",
    "представител",
    "mr",
    "mrs",
    "ms",
    "president",
    "minister",
    "senator",
    "general",
];

/// Words that make a name an organisation.
const ORGANISATION_CUES: &[&str] = &[
    "organizācij",
    "partij",
    "ministrij",
    "bank",
    "uzņēmum",
    "universitāt",
    "komisij",
    "padom",
    "savienīb",
    "alians",
    "apvienīb",
    "fond",
    "biedrīb",
    "dienest",
    "организац",
    "парти",
    // (An electoral bloc: блок «Альтернатива», bloks "Alternatīva".)
    "блок",
    "blok",
    "министерств",
    "банк",
    "компани",
    "университет",
    "комисси",
    "совет",
    "союз",
    "альянс",
    "фонд",
    "служб",
    "ао",
    "ооо",
    "акимат",
    "organization",
    "organisation",
    "party",
    "ministry",
    "company",
    "university",
    "council",
    "union",
    "alliance",
    "inc",
    "corp",
    "ltd",
];

/// Makers of cars, lorries, aircraft and phones that the news names with
/// their models, by the start of the name (folded, lower case) in Latin
/// and Cyrillic. Written here from general knowledge.
const MAKERS: &[&str] = &[
    "toyot",
    "volvo",
    "airbus",
    "boeing",
    "embraer",
    "bombardier",
    "bmw",
    "mercedes",
    "audi",
    "volkswagen",
    "skod",
    "tesl",
    "scania",
    "opel",
    "renault",
    "peugeot",
    "citroen",
    "nissan",
    "honda",
    "hyundai",
    "lexus",
    "mazd",
    "subaru",
    "porsche",
    "iveco",
    "dacia",
    "тойот",
    "вольво",
    "боинг",
    "мерседес",
    "фольксваген",
    "шкод",
    "тесл",
    "камаз",
    "рено",
    "ниссан",
    "хендай",
    "хонд",
    "ауди",
    "пежо",
    "опел",
];

/// Common nouns after a place's name (Latvian: "Krustkalnu ciemā", "Brīvības ielā").
const PLACE_AFTER: &[&str] = &[
    "ciem",
    "novad",
    "pagast",
    "iela",
    "ielā",
    "ielu",
    "ielas",
    "pilsēt",
    "laukum",
    "upe",
    "upē",
    "upes",
    "ezer",
    "muiž",
    "prospekt",
    "bulvār",
    "šoset",
    "šosej",
    "rajon",
    // "Oahakas štatā", "Kunaras provincē": a state or province abroad.
    "štat",
    "provinc",
    // "Apšupes krustojuma", "Skultes virzienā", "Kraujas stacijas"
    "krustojum",
    "virzien",
    "stacij",
];
/// Common nouns before a place's name ("в посёлке Крусткалнс", "на улице", "kūrortā Kranmontanā").
const PLACE_BEFORE: &[&str] = &[
    "посел",
    "посёл",
    "город",
    "деревн",
    "село",
    "селе",
    "села",
    "улиц",
    "район",
    "край",
    "област",
    "площад",
    "проспект",
    "бульвар",
    "шоссе",
    "реки",
    "река",
    "курорт",
    "kūrort",
    "resort",
    // "провинции Кунар", "в штате Оахака", "в направлении Скулте", "станции Крауя"
    "провинц",
    "штат",
    "направлени",
    "станци",
    // "Turcijas pilsētas Gaziantepas": the town after the word for a town.
    "pilsēt",
    // "в ущелье Абшыр-Ата", "долине", "перевале", "озера Иссык-Куль".
    "ущель",
    "долин",
    "перевал",
    "озер",
];
/// Latvian, Russian and English words for a monument, a street or a
/// square, after the name they bear ("Kārļa Ulmaņa pieminekļa", "Krišjāņa
/// Barona ielā") or before it ("памятник Карлису Улманису", "улице Кришьяня
/// Барона"): the name is the place's, even a person's. Written here from
/// general knowledge.
const LANDMARK_AFTER: &[&str] = &[
    "pieminek", "iela", "ielā", "ielu", "ielas", "gatv", "bulvār", "prospekt", "laukum",
    "monument", "street", "avenue", "square",
];
const LANDMARK_BEFORE: &[&str] = &[
    "памятник",
    "монумент",
    "улиц",
    "проспект",
    "бульвар",
    "площад",
    "monument",
];
/// Common nouns before a ship's name (ledlauzis "Varma", ледокол «Варма»,
/// quoted or not): a thing, not a person or a place.
const VESSEL_BEFORE: &[&str] = &[
    "ledlauz",
    "kuģ",
    "prām",
    "ледокол",
    "судн",
    "паром",
    "теплоход",
    "ship",
    "icebreaker",
    "ferry",
    "vessel",
];
/// Common nouns that name an event after or before its name.
const EVENT_AFTER: &[&str] = &[
    "festivāl",
    "konkurs",
    "konferenc",
    "čempionāt",
    "forum",
    "olimpiād",
];
const EVENT_BEFORE: &[&str] = &[
    "фестивал",
    "конкурс",
    "конференц",
    "чемпионат",
    "форум",
    "олимпиад",
    "festival",
    "conference",
];
/// Common nouns that name a work next to its title.
const WORK_BEFORE: &[&str] = &[
    "filma",
    "filmu",
    "filmas",
    "dziesm",
    "grāmat",
    "izrād",
    "raidījum",
    "фильм",
    "песн",
    "книг",
    "спектакл",
    "передач",
    "программ",
    "song",
    "film",
    "book",
];

/// Words that make a name a source of news.
const MEDIA_CUES: &[&str] = &[
    "ziņo",
    "raksta",
    "portāl",
    "laikrakst",
    "aģentūr",
    "kanāl",
    "izdevum",
    "avot",
    "сообща",
    "пишет",
    "издани",
    "газет",
    "агентств",
    "канал",
    "портал",
    "источник",
    "reports",
    "reported",
    "newspaper",
    "agency",
    "channel",
];

/// Platforms and outlets that are sources by nature, in Latin script.
const MEDIA_NAMES: &[&str] = &[
    "twitter",
    "facebook",
    "instagram",
    "youtube",
    "telegram",
    "tiktok",
    "vkontakte",
    "cnn",
    "bbc",
    "reuters",
    "afp",
    "ap",
    "bloomberg",
    "tass",
    "ria",
    "interfax",
    "euronews",
    "delfi",
    "lsm",
    "leta",
    "jazeera",
    "sputnik",
];

/// Words that mark a number as an anniversary.
const ANNIVERSARY_CUES: &[&str] = &[
    "gadadien",
    "jubilej",
    "годовщин",
    "лети",
    "юбиле",
    "anniversar",
];

/// Whether a word begins with one of the cues; cues of three letters or
/// fewer (ao, inc) must be the whole word (not Aomori, Incheon).
fn any_prefix(lower: &str, cues: &'static [&'static str]) -> bool {
    // Each list is grouped once by its cues' first two bytes (one Cyrillic
    // letter, or two Latin ones), the groups kept in order: a word is
    // compared only with the cues that open as it does. This runs for most
    // words of a text. (Lists and binary search, not maps: a map type of
    // its own would grow the page's download.)
    type Groups = Vec<([u8; 2], Vec<&'static str>)>;
    thread_local! {
        static INDEX: std::cell::RefCell<Vec<(usize, Groups)>> = Default::default();
    }
    let opening = |s: &str| -> [u8; 2] {
        let b = s.as_bytes();
        [
            b.first().copied().unwrap_or(0),
            b.get(1).copied().unwrap_or(0),
        ]
    };
    let fits =
        |c: &&str| lower.starts_with(c) && (lower.len() == c.len() || c.chars().nth(3).is_some());
    INDEX.with(|index| {
        let mut index = index.borrow_mut();
        let at = match index
            .iter()
            .position(|(list, _)| *list == cues.as_ptr() as usize)
        {
            Some(at) => at,
            None => {
                let mut groups: Groups = Vec::new();
                for c in cues {
                    // (A cue of one byte is kept under its byte and a zero.)
                    match groups.binary_search_by_key(&opening(c), |g| g.0) {
                        Ok(k) => groups[k].1.push(c),
                        Err(k) => groups.insert(k, (opening(c), vec![c])),
                    }
                }
                index.push((cues.as_ptr() as usize, groups));
                index.len() - 1
            }
        };
        let groups = &index[at].1;
        let with = |o: [u8; 2]| {
            groups
                .binary_search_by_key(&o, |g| g.0)
                .is_ok_and(|k| groups[k].1.iter().any(fits))
        };
        let first = lower.as_bytes().first().copied().unwrap_or(0);
        with(opening(lower)) || (lower.len() > 1 && with([first, 0]))
    })
}

/// Quotation marks, opening and closing, as the two languages' press
/// writes them.
const QUOTES: &str = "\"«»„“”";

fn mentions(side: &SideText<'_>, places: &PlaceIndex) -> Vec<Raw> {
    let mut out = Vec::new();
    for s in side.sentences {
        // Acronyms in brackets after their expansion: (expansion start,
        // end, keys, the acronym's start).
        let mut expanded: Vec<(usize, usize, Vec<String>, usize)> = Vec::new();
        {
            let (p, sentence) = (s.paragraph, s.span);
            let body = &side.text[sentence.start..sentence.end];
            let toks = &s.tokens;
            let abs = |t: &Token<'_>| sentence.start + t.start;
            let mut push = |start: usize, end: usize, identity: Identity, weak: bool| {
                // A mention that opens a quote closes it: 'lidostas "Rīga"',
                // not 'lidostas "Rīga'.
                let quotes = |t: &str| t.chars().filter(|c| QUOTES.contains(*c)).count();
                let end = match side.text.get(end..).and_then(|t| t.chars().next()) {
                    Some(c) if QUOTES.contains(c) && quotes(&side.text[start..end]) % 2 == 1 => {
                        end + c.len_utf8()
                    }
                    _ => end,
                };
                out.push(Raw {
                    side: side.side,
                    start,
                    end,
                    paragraph: p,
                    identity,
                    weak,
                    expands: None,
                    echoes: None,
                });
            };
            let mut covered = vec![false; toks.len()];
            let mut titled: Vec<std::ops::Range<usize>> = Vec::new();
            tags(body, sentence.start, &mut |s, e, id| push(s, e, id, false));
            let mut i = 0;
            while i < toks.len() {
                let t = &toks[i];
                if after_tag_mark(body, t) {
                    i += 1;
                    continue;
                }
                // A quoted title after the word for what it is: one name, whole.
                // (A body the known names hold, «Латвия на первом месте», is theirs.)
                let known_here = || known().find(toks, i).is_some_and(|(_, n)| n > 1);
                if let Some((n, kind)) = titles::quoted(body, toks, i)
                    .filter(|&(_, k)| k != EntityKind::Organisation || !known_here())
                {
                    let keys = words_keys(&toks[i..i + n]);
                    let end = abs(&toks[i + n - 1]) + toks[i + n - 1].text.len();
                    push(abs(t), end, Identity::Name(keys, kind), false);
                    // The places and bodies inside are still named (a reader
                    // looks for them too); its other words are no names.
                    titled.push(i..i + n);
                }
                if t.stopword {
                    // "ES" is the EU where "es" is "I": a stopword in capitals
                    // may be a known acronym, and nothing else.
                    if let Some((k, 1)) = known::is_acronym(t.text)
                        .then(|| known().find(toks, i))
                        .flatten()
                    {
                        push(abs(t), abs(t) + t.text.len(), Identity::Known(k), false);
                        covered[i] = true;
                        i += 1;
                        continue;
                    }
                    // "два" and "trīs" are stopwords, and figures still
                    // ("два триллиона гривен", "погибли два человека"): they
                    // go on to the figures below, as "нет" of "погибших нет"
                    // (a toll of none) does.
                    if !figures::is_number_word(&t.lower) && !figures::denies_toll(toks, i) {
                        i += 1;
                        continue;
                    }
                }
                // "Иссык-Кульском районе": a district named by a hyphened
                // name's adjective is one place, both halves and its noun.
                if let Some(keys) = hyphened_area(body, toks, i) {
                    let end = abs(&toks[i + 2]) + toks[i + 2].text.len();
                    push(abs(t), end, Identity::Name(keys, EntityKind::Place), false);
                    covered[i..i + 3].iter_mut().for_each(|c| *c = true);
                    i += 3;
                    continue;
                }
                // A known name or a gazetteer place, the longer one; a place on a tie.
                // After a given name, a word that spells a town is a surname
                // (Edvards Smiltēns, not Edvards of Smiltene).
                let after_given = i
                    .checked_sub(1)
                    .is_some_and(|k| toks[k].capital && name::is_given_name(toks[k].text));
                // Nor is a word that is never a name one alone ("Нашим" is
                // not Nassau), though it may open one ("Наша партия").
                let never = is_never_name(&t.lower);
                // Before a capitalised word that is no place nor known name,
                // a country's very name (its nominative, not "Ливии") is a
                // given name: "Ливия Янковска", not Libya.
                // (Asked only of a one-word place: it looks the next word up.)
                let before_name = || {
                    !is_acronym(t.text)
                        && toks.get(i + 1).is_some_and(|n| {
                            n.capital
                                && !n.number
                                && !n.stopword
                                && body.get(t.start + t.text.len()..n.start) == Some(" ")
                                && places.find(toks, i + 1).is_none()
                                && known().find(toks, i + 1).is_none()
                        })
                };
                let nominative = |p: usize| {
                    let lang = match t.lang {
                        Lang::Latvian => 1,
                        Lang::Russian => 2,
                        _ => 0,
                    };
                    // (A country: a city before a capitalised word is a
                    // team's name, "Денвер Наггетс", and stays the city.)
                    gazetteer_places().get(p).is_some_and(|pl| {
                        pl.territory && pl.names[lang].iter().any(|x| x.to_lowercase() == *t.lower)
                    })
                };
                let place = places
                    .find(toks, i)
                    .filter(|&(p, n)| {
                        !(n == 1
                            && (after_given
                                || never
                                || ((nominative(p) || name::is_given_name(t.text))
                                    && before_name())))
                    })
                    .map(|(p, n)| (Identity::Place(p), n));
                let named = known()
                    .find(toks, i)
                    .filter(|&(k, n)| {
                        let place = known().entries[k].kind == EntityKind::Place;
                        // A given name before a surname is no place that
                        // shares its stem ("Imants Jurkevičs", not Imanta).
                        let given = || name::is_given_name(t.text) && before_name();
                        // (A party called by a common word is named in quotes.)
                        let bare = known().quoted_only(toks, i, k)
                            && !body.get(..t.start).is_some_and(titles::opens_quote);
                        n > 1 || !(never || (after_given || given()) && place || bare)
                    })
                    // (A place CLDR names too is CLDR's: the table only
                    // adds its other names, "РФ", "Kijiva".)
                    .map(|(k, n)| (cldr_place(k).map_or(Identity::Known(k), Identity::Place), n));
                // A Russian adjective the table knows wins over a derivation
                // guessed from the gazetteer (американских: the United States,
                // not the Americas).
                // (Capitalised, it opens a name of the town's own, "Рижский
                // марафон", unless a region's: "Рижском регионе".)
                let region_after = || {
                    toks.get(i + 1).is_some_and(|n| {
                        [
                            "регион",
                            "район",
                            "кра",
                            "област",
                            "округ",
                            "федерац",
                            "республик",
                        ]
                        .iter()
                        .any(|w| n.lower.starts_with(w))
                    })
                };
                let adjective =
                    if named.is_none() && (!t.capital || (place.is_none() && !region_after())) {
                        adjective_place(&t.lower)
                            .filter(|&label| !t.capital || !is_territory(label))
                            .and_then(place_by_label)
                            .map(|id| (id, 1))
                    } else {
                        None
                    };
                // (A town of the table wins a tie with the gazetteer in a
                // Latvian word, or a Latin one on a Russian page: Līvāniem is Līvāni, not Lebanon, whose Russian
                // name it spells; the Russian Ливане stays Lebanon.)
                // (Nor in a word spelt as the table writes the town: "Ливаны"
                // is Līvāni, though it has Lebanon's stem.)
                let town = |k: &(Identity, usize)| {
                    let latin = !name::cyrillic(t.text);
                    matches!(k.0, Identity::Known(e) if known().entries[e].kind == EntityKind::Place
                        && (t.lang == Lang::Latvian || latin || (k.1 == 1 && known().spelled(toks, i, e))))
                };
                // The second half of a compound is no name of its own:
                // "Восточно-Казахстанской" is East Kazakhstan's, not
                // Kazakhstan's.
                // (A route of two towns, "Бауска-Рига", is two places.)
                let compound_tail = i
                    .checked_sub(1)
                    .is_some_and(|k| compass_compound(body, &toks[k], t));
                let found = match (place, named) {
                    _ if compound_tail => None,
                    (Some(p), Some(k)) => Some(if k.1 > p.1 || (k.1 == p.1 && town(&k)) {
                        k
                    } else {
                        p
                    }),
                    (p, k) => adjective
                        .or(p)
                        .or(k)
                        .or_else(|| area_adjective(body, toks, i, places)),
                };
                // "Rīgas rajona tiesa", "Stambulas konvencija": a one-word place
                // before the head noun of an institution or a treaty is part of
                // that name, which the pass over capitalised runs reads whole.
                let found = found.filter(|(id, n)| {
                    let place = match id {
                        Identity::Place(_) => true,
                        Identity::Known(k) => known().entries[*k].kind == EntityKind::Place,
                        _ => false,
                    };
                    // (Not a Latvian place in the locative, where the place
                    // is said and the noun after it is another: "Viļņā
                    // slimnīcā nogādāti" is in Vilnius, to hospital; a name
                    // takes its place in the genitive, "Viļņas slimnīca".)
                    let locative = t.lang == Lang::Latvian
                        && ["ā", "ē", "ī", "ū", "ās", "ēs", "īs"]
                            .iter()
                            .any(|e| t.lower.ends_with(e));
                    // (Nor a town's centre: "Kabulas centrā" is in Kabul,
                    // not a centre of its name, which would have its own
                    // word between, "Rīgas Kultūras centrs".)
                    let centre = t.lang == Lang::Latvian
                        && toks
                            .get(i + 1)
                            .is_some_and(|a| ["centrs", "centra", "centrā"].contains(&&*a.lower));
                    *n > 1
                        || !place
                        || locative
                        || centre
                        || head_after(body, toks, i + 1).is_none()
                });
                // "Vārves pagastā", "Tukuma novadā": the parish or the
                // municipality is named whole, as "Тукумского края" is. A
                // street named after a town is the street ("Bauskas iela"),
                // by its name's words, as "улица Баускас" is.
                let found = found.map(|(id, n)| {
                    // "Pleskavas apgabalā": the region a town gives its
                    // name to is a place of its own, as "Псковской
                    // области" is.
                    if toks.get(i + n).is_some_and(|a| is_region_noun(&a.lower)) {
                        if let Some(region) = region_of(&id) {
                            return (region, n + 1);
                        }
                    }
                    // (Named after its noun too, the name itself
                    // unchanged: "округ Колумбия", "область Абай"; not
                    // "области Украины", Ukraine's region, nor "apgabalā,
                    // Krievijā".)
                    let before = i.checked_sub(1).map(|k| &toks[k]);
                    let nominative = match id {
                        Identity::Place(p) => gazetteer_places()[p].names[2]
                            .iter()
                            .any(|x| x.to_lowercase() == *t.lower),
                        _ => false,
                    };
                    if nominative
                        && before.is_some_and(|b| {
                            (is_region_noun(&b.lower) || b.lower.starts_with("округ"))
                                && body.get(b.start + b.text.len()..t.start) == Some(" ")
                        })
                    {
                        if let Some(region) = region_of(&id) {
                            return (region, n);
                        }
                    }
                    let area = matches!(id, Identity::Place(_) | Identity::Known(_))
                        .then(|| toks.get(i + n))
                        .flatten()
                        .and_then(|a| area_word(&a.lower));
                    match area {
                        Some((_, true)) => {
                            let keys = toks[i..i + n].iter().map(|t| t.key.to_string()).collect();
                            (Identity::Name(keys, EntityKind::Place), n + 1)
                        }
                        Some(_) => (id, n + 1),
                        None => (id, n),
                    }
                });
                if let Some((identity, n)) = found {
                    let end = abs(&toks[i + n - 1]) + toks[i + n - 1].text.len();
                    push(abs(t), end, identity, false);
                    covered[i..i + n].iter_mut().for_each(|c| *c = true);
                    i += n;
                    continue;
                }
                // A title's own words are not figures or dates ("Мыслями наизнанку 2").
                if titled.iter().any(|r| r.contains(&i)) {
                    i += 1;
                    continue;
                }
                if let Some((date, n)) = date_phrase(toks, i, body) {
                    // A street named after a day is a street: "набережной 11
                    // Ноября", "11. novembra krastmalā", "13. janvāra ielā".
                    let street = i.checked_sub(1).is_some_and(|k| {
                        DAY_STREETS_BEFORE
                            .iter()
                            .any(|w| toks[k].lower.starts_with(w))
                    }) || toks
                        .get(i + n)
                        .is_some_and(|a| DAY_STREETS_AFTER.iter().any(|w| a.lower.starts_with(w)));
                    if street {
                        i += n;
                        continue;
                    }
                    let end = abs(&toks[i + n - 1]) + toks[i + n - 1].text.len();
                    push(abs(t), end, date, false);
                    covered[i..i + n].iter_mut().for_each(|c| *c = true);
                    i += n;
                    continue;
                }
                // "среди" (among) is no Wednesday, nor is the environment of
                // "окружающей среды" (an adjective before it).
                let not_a_day = t.lower.starts_with("сред")
                    && (t.lower.ends_with('и')
                        || i.checked_sub(1).is_some_and(|k| {
                            ["ой", "ей", "ий", "ый", "ая", "яя", "ую", "юю"]
                                .iter()
                                .any(|e| toks[k].lower.ends_with(e))
                        }));
                // Nor is a month or a day written with a capital inside a
                // sentence before another capitalised word a day: it is a
                // name ("Augusta Deglava tilts", "Марта Иванова"); Latvian
                // and Russian write their months and weekdays small.
                let named = t.capital
                    && t.start > 0
                    && toks.get(i + 1).is_some_and(|n| n.capital && !n.number);
                if let Some(date) = calendar_word(t).filter(|_| !not_a_day && !named) {
                    push(abs(t), abs(t) + t.text.len(), date, false);
                    covered[i] = true;
                    i += 1;
                    continue;
                }
                if let Some((identity, n)) =
                    clock::clock(toks, i, body).or_else(|| figure(toks, i, body))
                {
                    let last = &toks[i + n - 1];
                    push(abs(t), abs(last) + last.text.len(), identity, false);
                    covered[i..i + n].iter_mut().for_each(|c| *c = true);
                    i += n;
                    continue;
                }
                i += 1;
            }
            for r in titled {
                covered[r].iter_mut().for_each(|c| *c = true);
            }
            // Capitalised runs: names and acronyms.
            let mut i = 0;
            while i < toks.len() {
                let t = &toks[i];
                // Calendar words were covered by the first pass.
                if covered[i]
                    || !t.capital
                    || t.number
                    || t.stopword
                    || after_tag_mark(body, t)
                    || is_never_name(&t.lower)
                {
                    i += 1;
                    continue;
                }
                // "в селе Аю Ошской области": a region's adjective before
                // its noun opens a name of its own, not the village's.
                // (Unless it ends a compound: "Восточно-Казахстанской
                // области" is one name.)
                let region_opens = |k: usize| {
                    !(k > 0 && compass_compound(body, &toks[k - 1], &toks[k]))
                        && sk_base(&toks[k].lower).is_some()
                        && toks
                            .get(k + 1)
                            .is_some_and(|n| any_prefix(&n.lower, AREA_NOUNS))
                };
                // (A particle hyphenated inside a place's name is the
                // name's: "Пор-де-Пе", "Ростов-на-Дону".)
                // What stands between a word and the one before it.
                let gap =
                    |k: usize| &body[toks[k - 1].start + toks[k - 1].text.len()..toks[k].start];
                let particle = |k: usize| {
                    k + 1 < toks.len()
                        && !toks[k].capital
                        && toks[k].text.chars().count() <= 3
                        && toks[k + 1].capital
                        && gap(k) == "-"
                        && gap(k + 1) == "-"
                };
                let mut j = i + 1;
                while j < toks.len()
                    && !covered[j]
                    && (toks[j].capital || particle(j))
                    && !region_opens(j)
                    && !toks[j].number
                    && !is_never_name(&toks[j].lower)
                    && !two_cases(&toks[j - 1], &toks[j])
                    // (A body's acronym before a person's given name is the
                    // body he heads: "глава КГГА Тимур Ткаченко".)
                    && !(is_acronym(toks[j - 1].text) && name::is_given_name(toks[j].text))
                    // (Nor does a name cross from Cyrillic words into Latin
                    // ones: "режиссера Гинтса Зилбалодиса Straume" is the
                    // director and then his film.)
                    // (Nor from Latin into Cyrillic: "представитель RA Events
                    // Янис Унбедахтс" is the company, then the man.)
                    && !(name::cyrillic(toks[j - 1].text) != name::cyrillic(toks[j].text)
                        && !is_acronym(toks[j].text)
                        && !is_acronym(toks[j - 1].text))
                    && gap(j).chars().all(|c| c == ' ' || c == '-')
                    // (Nor across a dash to a sentence's small word: "КазТАГ
                    // - В Оше" is an agency's dateline, then the news.)
                    && !(toks[j].stopword && gap(j).contains(" -"))
                {
                    j += 1;
                }
                // (A capitalised word of no meaning of its own at the end is
                // the next sentence's opener where a full stop went missing:
                // "по трассе Кызылорда — Кумколь Во время движения".)
                while j > i + 1 && toks[j - 1].stopword && !is_acronym(toks[j - 1].text) {
                    j -= 1;
                }
                // (A headline's words after its colon open a sentence too:
                // "Maxima traģēdija: Atrasti jau 54 mirušie".)
                let sentence_initial = i == 0
                    || body[..t.start].chars().all(|c| !is_word_char(c))
                    || body[..t.start].trim_end().ends_with(':');
                // "Здание РД", "Cita starpā": a capitalised sentence opener that is
                // a common word is not part of the name.
                // (Unless a head noun follows: "Augstākā tiesa", "Rīgas rajona tiesa".)
                let opener_is_common = sentence_initial
                    && (!t.concepts().is_empty() || is_opener(&t.lower))
                    && !is_acronym(t.text)
                    && !name::is_given_name(t.text)
                    // (An adverb opening the sentence heads nothing:
                    // "Patlaban operatīvais dienests", "Šorīt Rīgas centrā".)
                    && (is_opener(&t.lower)
                        || j > i + 1
                        // (A Latvian head in the plural names no one body:
                        // "Ārkārtas dienesti nobažījušies" are the emergency
                        // services.)
                        || head_after(body, toks, j).is_none_or(|(h, _)| {
                            toks[h].lang == Lang::Latvian && toks[h].lower.ends_with('i')
                        }))
                    // (Nor is such a word alone in quotes: a cry, «"Nē!"».)
                    || j == i + 1
                        && is_opener(&t.lower)
                        && titles::opens_quote(&body[..t.start]);
                // "Režisors Gints Zilbalodis": a capitalised title opening the run is not part of the name.
                let title =
                    j > i + 1 && any_prefix(&t.lower, PERSON_CUES) && t.lower.chars().count() > 3;
                // "председатель Центризбиркома Тынчтык Шайназаров": after a
                // title, a Russian noun in the genitive opening three words
                // that end in a man's surname is the body the title heads,
                // not a name of his (unless it is a given name: "Никита").
                let heads_a_body = i
                    .checked_sub(1)
                    .is_some_and(|k| !toks[k].capital && any_prefix(&toks[k].lower, PERSON_CUES))
                    && j - i == 3
                    && t.lang == Lang::Russian
                    && ["а", "я"].iter().any(|e| t.lower.ends_with(e))
                    && !name::is_given_name(t.text)
                    && ["ов", "ев", "ин", "ын", "ский", "цкий"]
                        .iter()
                        .any(|e| toks[j - 1].lower.ends_with(e));
                // "региона Валенсия Карлос Масон": a word before a given
                // name and a surname is not a part of his name (a region, a
                // body) unless it is a given name too ("Anna Marija Kalniņa").
                let before_given = j - i >= 3
                    && name::is_given_name(toks[i + 1].text)
                    && !name::is_given_name(t.text);
                let first = if opener_is_common || title || heads_a_body || before_given {
                    i + 1
                } else {
                    i
                };
                if first < j {
                    let t = &toks[first];
                    let sentence_initial = sentence_initial && first == i;
                    // A name and the common head noun after it are one name
                    // (Centrālās statistikas pārvalde, Стамбульской конвенции).
                    // (Not a person's name and a body in the dative after
                    // it: "informēja Ilze Jurēvica aģentūrai LETA" is who
                    // told the agency.)
                    let told_to = |h: usize| {
                        name::is_given_name(toks[first].text)
                            && toks[h].lang == Lang::Latvian
                            && ["ai", "am", "ei", "ām", "iem"]
                                .iter()
                                .any(|e| toks[h].lower.ends_with(e))
                    };
                    // (A Russian body's name that opens with its head, in
                    // capitals within a sentence: "в Центре оказания
                    // специальных социальных услуг", "Управление
                    // специальных прокуроров"; its genitives are its own.)
                    let opens_with_head = || {
                        (j == first + 1 && !sentence_initial && name::cyrillic(t.text))
                            .then(|| {
                                HEADS.iter().find(|(p, k)| {
                                    *k == EntityKind::Organisation && fits_cue(&t.lower, p)
                                })
                            })
                            .flatten()
                            .filter(|_| genitive_tail(body, toks, j) > j)
                            .map(|&(_, k)| (first, k))
                    };
                    let head = head_after(body, toks, j)
                        .filter(|_| !is_acronym(toks[j - 1].text) || j - first > 1)
                        .filter(|&(h, _)| !told_to(h))
                        .or_else(opens_with_head);
                    let j = head.map_or(j, |(h, _)| genitive_tail(body, toks, h + 1));
                    // A product and its number: "Boeing 737-800", "Ан-148".
                    let model = head
                        .is_none()
                        .then(|| model_end(body, toks, first, j))
                        .flatten();
                    let j = model.unwrap_or(j);
                    let run: Vec<&Token<'_>> =
                        toks[first..j].iter().filter(|t| !t.stopword).collect();
                    let acronym = model.is_none() && run.len() == 1 && is_acronym(t.text);
                    let kind = if model.is_some() {
                        EntityKind::Other
                    } else {
                        head.map_or_else(|| name_kind(body, toks, first, j, acronym), |(_, k)| k)
                    };
                    // An acronym keeps all its letters (JJ is not "j").
                    let keys: Vec<String> = if acronym {
                        vec![fold(&t.text.to_lowercase())]
                    } else if model.is_some() {
                        // (A maker's model by the maker: one text's "Boeing"
                        // is the other's "Boeing 737-800", and "Boeing
                        // 737-300" the "Boeing 737300" of a page that lost
                        // the hyphen. A mark by the mark and its number, the
                        // digits run together: "Ан-148" is "An-148", not
                        // "Ан-24".)
                        if is_maker(&t.lower) {
                            vec![t.key.to_string()]
                        } else {
                            let digits: String =
                                toks[first + 1..j].iter().map(|t| t.text).collect();
                            vec![format!("{}{digits}", t.key)]
                        }
                    } else {
                        // Common words by the key they have as words, so that the
                        // head nouns meet across languages (tiesa ~ суд by concept).
                        run.iter()
                            .map(|t| {
                                if t.capital {
                                    t.key.to_string()
                                } else {
                                    t.concepts()
                                        .first()
                                        .map_or_else(|| t.key.to_string(), |c| format!("={c}"))
                                }
                            })
                            .collect()
                    };
                    // "Vārves pagastā": the parish named whole, by its name's key,
                    // and a place whatever its name alone would be ("Bjūtas
                    // apgabalā").
                    let area = head.is_none() && !acronym && is_area_noun(toks.get(j));
                    let (j, kind) = if area {
                        (j + 1, EntityKind::Place)
                    } else {
                        (j, kind)
                    };
                    if let Some(k) = acronym.then(|| expansion(body, toks, first)).flatten() {
                        let words = words_keys(&toks[k..first]);
                        let end = abs(&toks[first - 1]) + toks[first - 1].text.len();
                        expanded.push((abs(&toks[k]), end, words, abs(t)));
                    }
                    if keys.iter().all(|k| k.chars().count() >= 2) {
                        let end = abs(&toks[j - 1]) + toks[j - 1].text.len();
                        push(
                            abs(t),
                            end,
                            Identity::Name(keys, kind),
                            sentence_initial && !acronym && run.len() == 1,
                        );
                    }
                }
                i = j;
            }
        }
        // An expansion is one name, whole: the names and places read
        // inside it ("Центр", "Latvijas", "Vides") give way.
        // (A body the known names hold, "Valsts policija (VP)", stays theirs.)
        for (start, end, words, acronym) in expanded {
            let known_body = out.iter().any(|r| {
                r.side == side.side
                    && (r.start, r.end) == (start, end)
                    && matches!(r.identity, Identity::Known(_))
            });
            if !known_body {
                out.retain(|r| !(r.side == side.side && r.start >= start && r.end <= end));
            }
            if let Some(a) = out
                .iter_mut()
                .rev()
                .find(|r| r.side == side.side && r.start == acronym)
            {
                a.expands = Some((start, end));
            }
            if known_body {
                continue;
            }
            out.push(Raw {
                side: side.side,
                start,
                end,
                paragraph: s.paragraph,
                identity: Identity::Name(words, EntityKind::Organisation),
                weak: false,
                expands: None,
                echoes: None,
            });
        }
    }
    // A body the table knows read inside a longer body's name, from a word
    // in lower case after a name's word of its own ("tautas partija" of
    // "Konservatīvā tautas partija", "народная партия" of "Консервативная
    // народная партия"), is a word of that name, not the table's body.
    // (In quotes after a preposition, «За лучшую Латвию», it is the body.)
    let inner: Vec<bool> = out
        .iter()
        .map(|r| {
            let own_word = |q: &Raw| {
                side.text[q.start..r.start].split_whitespace().any(|w| {
                    w.starts_with(char::is_uppercase)
                        && !crate::normalize::is_stopword(&w.to_lowercase())
                })
            };
            matches!(r.identity, Identity::Known(k)
                if known().entries[k].kind == EntityKind::Organisation)
                && side.text[r.start..]
                    .chars()
                    .next()
                    .is_some_and(char::is_lowercase)
                && out.iter().any(|q| {
                    q.side == r.side
                        && q.start < r.start
                        && r.end <= q.end
                        && matches!(q.identity, Identity::Name(_, EntityKind::Organisation))
                        && own_word(q)
                })
        })
        .collect();
    let mut k = 0;
    out.retain(|_| {
        k += 1;
        !inner[k - 1]
    });
    out
}

/// The keys of a name's words, stopwords left out: a capitalised word by
/// its key, a common one by its concept where the lexicon knows it (so that
/// "profilakses" and "профилактики" meet).
fn words_keys(toks: &[Token<'_>]) -> Vec<String> {
    toks.iter()
        .filter(|t| !t.stopword)
        .map(|t| {
            t.concepts()
                .first()
                .filter(|_| !t.capital)
                .map_or_else(|| t.key.to_string(), |c| format!("={c}"))
        })
        .collect()
}

/// Whether a word names a maker of [`MAKERS`] ("Boeing", "Toyotas").
fn is_maker(lower: &str) -> bool {
    let word = fold(lower);
    MAKERS
        .iter()
        .any(|m| word.starts_with(m) && word.chars().count() <= m.chars().count() + 3)
}

/// Where a product's name ends when a number completes it: a maker's
/// model ("Boeing 737-800", "Airbus 320") or a short mark joined to its
/// number by a hyphen ("Ан-148", "Il-18", "РГД-5"), with the number's own
/// hyphenated parts. Not a year ("ЧМ-2023" is a championship) nor one
/// letter's ("U-20" is an age group).
fn model_end(body: &str, toks: &[Token<'_>], first: usize, j: usize) -> Option<usize> {
    if j != first + 1 {
        return None;
    }
    let mark = &toks[first];
    let n = toks.get(j).filter(|n| n.number)?;
    let gap = &body[mark.start + mark.text.len()..n.start];
    let maker = is_maker(&mark.lower);
    // (A military mark of one capital letter too: "F-16", "Т-72"; not a
    // team's age, "U-20".)
    let letters = mark.text.chars().count();
    let short = gap == "-"
        && ((2..=3).contains(&letters) || letters == 1 && mark.capital && mark.text != "U")
        && n.text.chars().count() < 4
        && n.text.chars().all(|c| c.is_ascii_digit());
    if !(maker && (gap == " " || gap == "-") || short) {
        return None;
    }
    let mut end = j + 1;
    while let Some(t) = toks.get(end).filter(|t| t.number) {
        if &body[toks[end - 1].start + toks[end - 1].text.len()..t.start] != "-" {
            break;
        }
        end += 1;
    }
    Some(end)
}

/// Words that may stand inside an expansion without a letter in its
/// acronym, besides a language's stopwords.
const EXPANSION_GLUE: &[&str] = &["un", "и", "and", "of", "по", "для", "pie", "при"];

/// "Slimību profilakses un kontroles centrs (SPKC)", "Центр профилактики и
/// контроля заболеваний (ЦПКЗ)": where the words before an acronym in
/// brackets start, when their first letters spell it (diacritics aside) and
/// nothing but a conjunction or preposition stands between them.
fn expansion(body: &str, toks: &[Token<'_>], a: usize) -> Option<usize> {
    let acronym = &toks[a];
    let before = body[..acronym.start].trim_end_matches(' ');
    let after = &body[acronym.start + acronym.text.len()..];
    if !before.ends_with('(') || !after.starts_with(')') {
        return None;
    }
    let letters: Vec<char> = fold(&acronym.lower)
        .chars()
        .filter(|c| c.is_alphabetic())
        .collect();
    if letters.len() < 2 || a < letters.len() {
        return None;
    }
    let mut need = letters.len();
    let mut k = a;
    // The word just before the bracket must be the acronym's last letter.
    while need > 0 {
        k = k.checked_sub(1)?;
        let t = &toks[k];
        if t.number {
            return None;
        }
        let first = fold(&t.lower).chars().next()?;
        if first == letters[need - 1] {
            need -= 1;
            // A body's name opens with a capital; "akūtu elpceļu
            // infekciju (AEI)" is a term.
            if need == 0 && !t.capital {
                return None;
            }
        } else if need < letters.len() && EXPANSION_GLUE.contains(&&*t.lower) {
            continue;
        } else {
            return None;
        }
    }
    Some(k)
}

/// Whether a word is the Latvian for a municipality, a parish, a district, a
/// lake or a street (novads, pagasts, rajons, ezers, iela), which a place's name in the
/// genitive comes before.
fn is_area_noun(t: Option<&Token<'_>>) -> bool {
    t.is_some_and(|a| area_word(&a.lower).is_some())
}

/// Latvian words for a municipality, a parish, a district, a lake and a street: the
/// start of their forms, the nominative, and whether they name a street.
const AREA_WORDS: [(&str, &str, bool); 8] = [
    ("novad", "novads", false),
    ("pagast", "pagasts", false),
    ("apgabal", "apgabals", false),
    // (A city's district abroad, "Darnicas rajonā", or a former one at home.)
    ("rajon", "rajons", false),
    ("ezer", "ezers", false),
    ("iel", "iela", true),
    ("prospekt", "prospekts", true),
    ("bulvār", "bulvāris", true),
];

/// The nominative of an area or street word ("ielā" → iela), and whether it
/// names a street.
pub(crate) fn area_word(lower: &str) -> Option<(&'static str, bool)> {
    AREA_WORDS
        .iter()
        .find(|(stem, nominative, _)| {
            lower.starts_with(stem) && lower.chars().count() <= nominative.chars().count() + 2
        })
        .map(|&(_, nominative, street)| (nominative, street))
}

/// Whether two capitalised Latvian words stand in two cases that one name
/// never mixes: a man's name in the nominative, then one in the dative
/// ("Levits Rinkēvičam nodod atslēgas" is two people). A genitive before a
/// dative is one name ("Latvijas Bankai").
fn two_cases(a: &Token<'_>, b: &Token<'_>) -> bool {
    let latvian = |t: &Token<'_>| t.lang == Lang::Latvian && !is_acronym(t.text);
    // (A name's nominative, but for -us and -os, plural or foreign forms,
    // and the indeclinable -o.)
    let nominative = name::latvian_nominative_word(a.text)
        && !["us", "os", "o"].iter().any(|e| a.lower.ends_with(e));
    // (Or in the locative: "Tramps Mičiganā uzvarēja" is Trump, in
    // Michigan.)
    let dative = ["am", "im", "um", "ai", "ei", "iem", "ā", "ē", "ī", "ū"]
        .iter()
        .any(|e| b.lower.ends_with(e));
    // (Nor does a common noun in an oblique case open a man's name in the
    // nominative: "Kaklarotu Napoleons uzdāvināja" is a necklace and
    // Napoleon. A woman's given name in the accusative, "Annu", is a name.)
    let oblique = ["u", "am", "ai", "ei", "iem", "ām"]
        .iter()
        .any(|e| a.lower.ends_with(e))
        && !name::is_given_name(a.text);
    let his = name::latvian_nominative_word(b.text)
        && (b.lower.ends_with('s') || b.lower.ends_with('š'))
        && !["us", "os"].iter().any(|e| b.lower.ends_with(e));
    latvian(a) && latvian(b) && (nominative && dative || oblique && his)
}

/// Words for a road that its number follows, by prefix. Written here from
/// general knowledge of Latvian, Russian and English.
pub(crate) const ROAD_BEFORE: &[&str] = &[
    "autoceļ",
    "šosej",
    "trasē",
    "trase",
    "трасс",
    "шоссе",
    "автодорог",
    "дорог",
    "highway",
    "road",
    "route",
    "motorway",
];

/// Head nouns that make the capitalised words before them the name of an
/// institution, a treaty, an event or a place, by prefix, with the kind they
/// give. Written here from general knowledge of Latvian and Russian naming.
const HEADS: &[(&str, EntityKind)] = &[
    ("konvencij", EntityKind::Other),
    ("līgum", EntityKind::Other),
    ("likum", EntityKind::Other),
    ("deklarācij", EntityKind::Other),
    ("конвенц", EntityKind::Other),
    ("договор", EntityKind::Other),
    ("закон", EntityKind::Other),
    ("декларац", EntityKind::Other),
    ("konferenc", EntityKind::Event),
    ("festivāl", EntityKind::Event),
    ("čempionāt", EntityKind::Event),
    ("maraton", EntityKind::Event),
    ("марафон", EntityKind::Event),
    ("конференц", EntityKind::Event),
    ("фестивал", EntityKind::Event),
    ("чемпионат", EntityKind::Event),
    ("ministrij", EntityKind::Organisation),
    ("dienest", EntityKind::Organisation),
    ("padom", EntityKind::Organisation),
    ("tiesa", EntityKind::Organisation),
    ("tiesā=", EntityKind::Organisation), // (not tiesāšanās, litigation)
    ("tiesai", EntityKind::Organisation),
    ("tiesu", EntityKind::Organisation),
    ("apgabaltiesa", EntityKind::Organisation),
    ("prokuratūr", EntityKind::Organisation),
    ("pārvald", EntityKind::Organisation),
    ("komisij", EntityKind::Organisation),
    ("komitej", EntityKind::Organisation),
    ("inspekcij", EntityKind::Organisation),
    ("aģentūr", EntityKind::Organisation),
    ("birojs", EntityKind::Organisation),
    ("biroja", EntityKind::Organisation),
    ("birojā", EntityKind::Organisation),
    ("birojam", EntityKind::Organisation),
    ("departament", EntityKind::Organisation),
    ("institūt", EntityKind::Organisation),
    ("universitāt", EntityKind::Organisation),
    ("slimnīc", EntityKind::Organisation),
    ("laboratorij", EntityKind::Organisation),
    ("partij", EntityKind::Organisation),
    ("apvienīb", EntityKind::Organisation),
    ("savienīb", EntityKind::Organisation),
    ("fonds", EntityKind::Organisation),
    ("fonda", EntityKind::Organisation),
    ("bataljon", EntityKind::Organisation),
    // Associations, unions, federations, academies, chambers ("Latvijas
    // Tirdzniecības un rūpniecības kamera", "Латвийский профсоюз ...").
    ("asociācij", EntityKind::Organisation),
    ("arodbiedrīb", EntityKind::Organisation),
    ("biedrīb", EntityKind::Organisation),
    ("federācij", EntityKind::Organisation),
    ("konfederācij", EntityKind::Organisation),
    ("akadēmij", EntityKind::Organisation),
    ("kamera=", EntityKind::Organisation),
    ("kameras=", EntityKind::Organisation),
    ("kamerā=", EntityKind::Organisation),
    ("министерств", EntityKind::Organisation),
    ("ассоциац", EntityKind::Organisation),
    ("профсоюз", EntityKind::Organisation),
    ("федерац", EntityKind::Organisation),
    ("конфедерац", EntityKind::Organisation),
    ("академи", EntityKind::Organisation),
    ("палата=", EntityKind::Organisation),
    ("палаты=", EntityKind::Organisation),
    ("палате=", EntityKind::Organisation),
    ("союз=", EntityKind::Organisation),
    ("союза=", EntityKind::Organisation),
    ("союзе=", EntityKind::Organisation),
    ("союзу=", EntityKind::Organisation),
    ("союзом=", EntityKind::Organisation),
    ("служб", EntityKind::Organisation),
    ("суд", EntityKind::Organisation),
    ("прокуратур", EntityKind::Organisation),
    ("управлени", EntityKind::Organisation),
    ("комисси", EntityKind::Organisation),
    ("комитет", EntityKind::Organisation),
    ("инспекци", EntityKind::Organisation),
    ("агентств", EntityKind::Organisation),
    ("департамент", EntityKind::Organisation),
    ("институт", EntityKind::Organisation),
    ("университет", EntityKind::Organisation),
    ("больниц", EntityKind::Organisation),
    ("лаборатори", EntityKind::Organisation),
    ("парти", EntityKind::Organisation),
    ("батальон", EntityKind::Organisation),
    // Whole words ("=" after them) where the prefix opens other words
    // (pilsēta, советник); замк- (замка, замке) opens few others.
    ("совет=", EntityKind::Organisation),
    ("совета=", EntityKind::Organisation),
    ("совете=", EntityKind::Organisation),
    ("совету=", EntityKind::Organisation),
    ("советом=", EntityKind::Organisation),
    ("центр=", EntityKind::Organisation),
    ("центра=", EntityKind::Organisation),
    ("центре=", EntityKind::Organisation),
    ("центру=", EntityKind::Organisation),
    ("центром=", EntityKind::Organisation),
    ("centrs=", EntityKind::Organisation),
    ("centra=", EntityKind::Organisation),
    ("centrā=", EntityKind::Organisation),
    ("centram=", EntityKind::Organisation),
    // A town's council: "Daugavpils dome", "Даугавпилсская дума" (whole
    // words: "domāja" is a thought).
    ("dome=", EntityKind::Organisation),
    ("domes=", EntityKind::Organisation),
    ("domē=", EntityKind::Organisation),
    ("domei=", EntityKind::Organisation),
    ("domi=", EntityKind::Organisation),
    ("дума=", EntityKind::Organisation),
    ("думы=", EntityKind::Organisation),
    ("думе=", EntityKind::Organisation),
    ("думу=", EntityKind::Organisation),
    ("думой=", EntityKind::Organisation),
    ("pils=", EntityKind::Place),
    ("pilī=", EntityKind::Place),
    ("pili=", EntityKind::Place),
    ("pilij=", EntityKind::Place),
    ("замок=", EntityKind::Place),
    ("замк", EntityKind::Place),
    // A zoo, named by its town ("Tallinas zoodārzs", "Московский зоопарк").
    ("zoodārz", EntityKind::Organisation),
    ("зоопарк", EntityKind::Organisation),
    // Markets, cemeteries, reservoirs, colleges named by the words before
    // them ("Ошский рынок", "Нового еврейского кладбища", "Kempir-Abad
    // reservoir", "Керченский технологический техникум").
    ("tirgus=", EntityKind::Place),
    ("tirgū=", EntityKind::Place),
    ("kapsēt", EntityKind::Place),
    ("ūdenskrātuv", EntityKind::Place),
    // Departments named by their town ("Merkes nodaļa", "Меркенский
    // районный отдел полиции"): whole words where the stem opens others
    // (отдельный).
    ("nodaļa=", EntityKind::Organisation),
    ("nodaļas=", EntityKind::Organisation),
    ("nodaļā=", EntityKind::Organisation),
    ("отдел=", EntityKind::Organisation),
    ("отдела=", EntityKind::Organisation),
    ("отделе=", EntityKind::Organisation),
    ("отделу=", EntityKind::Organisation),
    ("отделом=", EntityKind::Organisation),
    ("отделени", EntityKind::Organisation),
    ("koledž", EntityKind::Organisation),
    ("tehnikum", EntityKind::Organisation),
    // Schools, named by their town or district ("Baldones vidusskola",
    // "Балдонская средняя школа", "Juglas vidusskola").
    ("pamatskol", EntityKind::Organisation),
    ("vidusskol", EntityKind::Organisation),
    ("sākumskol", EntityKind::Organisation),
    ("ģimnāzij", EntityKind::Organisation),
    ("школ", EntityKind::Organisation),
    ("гимнази", EntityKind::Organisation),
    ("рынок=", EntityKind::Place),
    ("рынка=", EntityKind::Place),
    ("рынке=", EntityKind::Place),
    ("базар", EntityKind::Place),
    ("кладбищ", EntityKind::Place),
    ("водохранилищ", EntityKind::Place),
    ("колледж", EntityKind::Organisation),
    ("техникум", EntityKind::Organisation),
    // Bridges: "Vestminsteras tilts", "Вестминстерский мост".
    ("tilts=", EntityKind::Place),
    ("tilta=", EntityKind::Place),
    ("tiltu=", EntityKind::Place),
    ("tiltā=", EntityKind::Place),
    ("tiltam=", EntityKind::Place),
    ("мост=", EntityKind::Place),
    ("моста=", EntityKind::Place),
    ("мосту=", EntityKind::Place),
    ("мосте=", EntityKind::Place),
    ("мостом=", EntityKind::Place),
];

/// Whether a word, in any case of letters, is the head noun of a body's
/// or a place's name ([`HEADS`]: "slimnīca", "Управление").
pub(super) fn is_head(word: &str) -> bool {
    let lower = word.to_lowercase();
    HEADS.iter().any(|(h, _)| fits_cue(&lower, h))
}

/// Whether a word fits a cue of a word list ([`HEADS`], the titles'
/// cues): the whole word where a "=" ends the cue, else any word the cue
/// opens.
fn fits_cue(lower: &str, cue: &str) -> bool {
    // Every cue opens with a letter of two bytes or two of one: the first
    // two bytes differ for nearly every word, and this runs for many.
    if lower.as_bytes().get(..2) != cue.as_bytes().get(..2) {
        return false;
    }
    match cue.strip_suffix('=') {
        Some(word) => lower == word,
        None => lower.starts_with(cue),
    }
}

/// A head noun of [`HEADS`] at `toks[j]`, or after one or two lowercase
/// genitive words ("Rīgas rajona tiesa"), within the clause: its position and kind.
fn head_after(body: &str, toks: &[Token<'_>], j: usize) -> Option<(usize, EntityKind)> {
    for h in j..(j + 3).min(toks.len()) {
        let t = &toks[h];
        let gap = &body[toks[h - 1].start + toks[h - 1].text.len()..t.start];
        // (A capitalised Latvian adjective right after the place is the
        // name's own: "Liepājas Reģionālajā slimnīcā".)
        let own_adjective = t.capital && h == j && h > 0 && latvian_adjective(&toks[h - 1], t);
        if (t.capital && !own_adjective)
            || t.number
            || !gap.chars().all(char::is_whitespace)
            || t.stopword && !matches!(&*t.lower, "un" | "и")
        {
            return None;
        }
        // (A Latvian verb's infinitive opens like a noun: "padomāt" is
        // no "padome".)
        let infinitive = ["āt", "ēt", "īt", "ot"]
            .iter()
            .any(|e| t.lower.ends_with(e))
            && !t
                .lower
                .chars()
                .any(|c| ('\u{0400}'..='\u{04FF}').contains(&c));
        // (Nor is a Russian adjective made from a head a head:
        // "университетской больнице" is a hospital.)
        let made_adjective = || {
            name::cyrillic(t.text)
                && [
                    "ий", "ая", "ой", "ое", "ого", "ому", "ом", "ую", "ие", "их", "им",
                ]
                .iter()
                .any(|e| {
                    t.lower
                        .strip_suffix(e)
                        .is_some_and(|stem| stem.ends_with("ск"))
                })
        };
        if let Some(&(_, kind)) = HEADS
            .iter()
            .find(|(p, _)| !infinitive && fits_cue(&t.lower, p))
            .filter(|_| !made_adjective())
        {
            // A press conference is no named event, whoever gives it
            // ("Preses konferencē Siliņa…", "Kariņš preses konferencē").
            if matches!(&*toks[h - 1].lower, "preses" | "пресс" | "press") {
                return None;
            }
            let name = &toks[j - 1].lower;
            let cyrillic = name
                .chars()
                .next()
                .is_some_and(|c| ('\u{0400}'..='\u{04FF}').contains(&c));
            // Russian: an adjective right before its noun (Стамбульской конвенции),
            // or before other adjectives that are (Консервативная народная
            // партия), not a name and a verb (Зеленский подписал закон).
            let adjective = |w: &str| {
                [
                    "ой", "ий", "ый", "ая", "ое", "ого", "ому", "ых", "их", "им", "ым", "ую", "ые",
                    "ие", "ском", "ном", "ьном", "вом", "яя", "юю", "ней",
                ]
                .iter()
                .any(|e| w.ends_with(e))
            };
            // (A town's adjective opening it is part of the name:
            // "Лиепайская региональная больница" is the hospital, whose
            // town the verdict still reads from its name.)
            if cyrillic && !(adjective(name) && toks[j..h].iter().all(|w| adjective(&w.lower))) {
                return None;
            }
            return Some((h, kind));
        }
        // Between name and head only genitives, not a verb (Kariņš parakstīja
        // likumu, Latvija parakstīs konvenciju). Of the words in -ās and -ēs,
        // only adjectives' genitives (trīspusējās, nacionālās, valstiskās)
        // stand there; the rest may be verbs (runās, spēlēs).
        let adjective = ["ējās", "ālās", "iskās", "īgās", "ošās", "ajās", "ējās"]
            .iter()
            .any(|e| t.lower.ends_with(e));
        // (Nor a past participle, "atklājusi", "izņēmis", or a noun in the
        // locative, "Alūksnes pusē atklājusi laboratoriju": the place is
        // where the police found a laboratory, which has no name.)
        let verb = [
            "ēja", "āja", "oja", "īja", "uja", "ot", "ēt", "āt", "īt", "ās", "ēs", "īs", "usi",
            "uši", "ušas", "jis", "ē", "ī", "ū",
        ]
        .iter()
        .any(|e| t.lower.ends_with(e));
        if verb && !adjective {
            return None;
        }
    }
    None
}

/// Whether `t`, after the Latvian place genitive `place`, is a definite
/// adjective ("Reģionālajā", "Klīniskās", "Nacionālais"): the endings of
/// the Latvian definite adjective, written here from general knowledge.
fn latvian_adjective(place: &Token<'_>, t: &Token<'_>) -> bool {
    t.lang == Lang::Latvian
        && place.lower.ends_with('s')
        && name::ADJECTIVE_STEMS.iter().any(|stem| {
            ["ā", "ās", "ajā", "ajai", "ajam", "ais", "o"]
                .iter()
                .any(|end| t.lower.ends_with(&format!("{stem}{end}")))
        })
}

/// Where a Russian name ends after its head noun: the lowercase genitives
/// that complete it ("Национального совета трехстороннего сотрудничества",
/// "центра окружающей среды, геологии и метеорологии"), up to six, in the
/// same clause; not a verb ("совета заявили").
fn genitive_tail(body: &str, toks: &[Token<'_>], mut j: usize) -> usize {
    let start = j;
    let cyrillic = |t: &Token<'_>| {
        t.lower
            .chars()
            .next()
            .is_some_and(|c| ('\u{0400}'..='\u{04FF}').contains(&c))
    };
    if !toks.get(j.wrapping_sub(1)).is_some_and(cyrillic) {
        return j;
    }
    // A word of the tail: in small Cyrillic letters, not a verb.
    let word = |t: &Token<'_>| {
        !t.capital
            && !t.number
            && !t.stopword
            && cyrillic(t)
            && !["ла", "ли", "ло", "ет", "ит", "ют", "ят", "ал", "ил", "ся"]
                .iter()
                .any(|e| t.lower.ends_with(e))
    };
    // In the genitive by its ending; or a plural noun in the genitive,
    // "прокуроров", or whatever its ending after a plural adjective,
    // "специальных социальных услуг".
    let genitive = |k: usize| {
        let t = &toks[k];
        let ending = [
            "ого", "его", "ой", "ей", "ых", "их", "ия", "ства", "ции", "ния", "ки", "ти", "ии",
            "ды", "ны", "ры", "ов", "ев",
        ]
        .iter()
        .any(|e| t.lower.ends_with(e));
        let after_plural = k > 0 && ["ых", "их"].iter().any(|e| toks[k - 1].lower.ends_with(e));
        word(t) && (ending || after_plural)
    };
    while j < toks.len() && j < start + 6 {
        let t = &toks[j];
        let gap = &body[toks[j - 1].start + toks[j - 1].text.len()..t.start];
        // "окружающей среды, геологии и метеорологии": a list of
        // genitives, joined by a comma or "и", is one tail.
        let listed = (gap == ", " && genitive(j))
            || (gap == " "
                && &*t.lower == "и"
                && j > start
                && j + 1 < toks.len()
                && genitive(j + 1));
        if listed && &*t.lower == "и" {
            j += 1;
            continue;
        }
        if !(gap == " " || listed) || !genitive(j) {
            break;
        }
        j += 1;
    }
    j
}

/// Russian nouns of an administrative area that follow their place's
/// adjective ("Кекавского края", "Резекненском районе").
const AREA_NOUNS: &[&str] = &[
    "край",
    "края",
    "крае",
    "краю",
    "краев",
    "краёв",
    "район",
    "волост",
    "област",
    "уезд",
    "округ",
];

/// How many words a list of area adjectives sharing their noun may run
/// over, the adjectives and the "и" between them.
const LISTED_AREAS: usize = 40;

/// "Кекавского края", "Резекненского района": a Russian adjective of a town
/// before a noun of an administrative area names the town's area; the
/// adjective's stem (кекав-, резекн-) is looked up among known places.
fn area_adjective(
    body: &str,
    toks: &[Token<'_>],
    i: usize,
    places: &PlaceIndex,
) -> Option<(Identity, usize)> {
    let t = &toks[i];
    // (The second half of a compound is no town's: "Западно-Казахстанской
    // области" is West Kazakhstan's.)
    if i.checked_sub(1)
        .is_some_and(|k| compass_compound(body, &toks[k], t))
    {
        return None;
    }
    // The cheap tests first: this runs for nearly every word. (Every
    // ending below holds "ск" within a word's last ten bytes.)
    let tail = &t.lower.as_bytes()[t.lower.len().saturating_sub(10)..];
    if !t
        .lower
        .chars()
        .next()
        .is_some_and(|c| ('\u{0400}'..='\u{04FF}').contains(&c))
        || !tail
            .windows(4)
            .any(|w| w == "ск".as_bytes() || w == "цк".as_bytes())
    {
        return None;
    }
    let (base, _) = sk_base(&t.lower)?;
    // The kind of area after it, or after a list of such adjectives that
    // share it ("Кандавская, Тукумская, Салдусская и Дагдская волости"):
    // a listed one names its town alone.
    // (However long the list: a municipality's emergency asked for by
    // twenty-five councils, "от Вентспилсского, ..., Энгурского и
    // Яунелгавского краев"; a compass compound among them,
    // "Южно-Курземском", is one of its adjectives.)
    let mut k = i + 1;
    while toks.get(k).is_some_and(|w| {
        !any_prefix(&w.lower, AREA_NOUNS)
            && k <= i + LISTED_AREAS
            && (matches!(w.lower.as_ref(), "и" | "или")
                || w.capital && sk_base(&w.lower).is_some()
                || toks
                    .get(k + 1)
                    .is_some_and(|b| compass_compound(body, w, b)))
    }) {
        k += 1;
    }
    // (Not the area's adjective before a body's noun: "Огреской районной
    // больнице" is a hospital, "Херсонской областной администрации" and
    // "Кулдигской краевой думы" bodies.)
    // (The plural "краев" is the noun: "Энгурского и Яунелгавского краев".)
    let next = toks.get(k).filter(|w| {
        any_prefix(&w.lower, AREA_NOUNS)
            && !["районн", "областн", "краев"]
                .iter()
                .any(|a| w.lower.starts_with(a) && w.lower.len() > a.len())
    })?;
    let span = if k == i + 1 { 2 } else { 1 };
    let stems = adjective_stems(base);
    if let Some(town) = adjective_town(&stems, places) {
        // (Its region, "Псковской области", is a place of its own.)
        if is_region_noun(&next.lower) {
            return Some((region_of(&town).unwrap_or(town), span));
        }
        return Some((town, span));
    }
    // A parish or a district no table knows ("Смарденская волость", the
    // Latvian "Smārdes pagasts"): a place named by its stem, the shortest
    // one (Смард-), which the Latvian name's key begins with.
    // (With the kind of area after it, by its concept: the Batken district
    // is not the Batken region, "Баткенском районе" and "Баткенской
    // области"; the Latvian name, one word, still meets either.)
    // (A short stem when capitalised: "Ошской области", the Osh region.)
    // (Of four letters at least, but for a capitalised short base: not
    // ряз- of "Рязанской области", which the Latvian Rjazaņas does not
    // open with five letters. Nor the vowel put out, шилв- of
    // "Шиловского района", which is Moscow's way alone.)
    let stem = stems
        .iter()
        .rev()
        .filter(|s| !s.ends_with('в') || s.as_str() == base)
        .find(|s| s.chars().count() >= 4)
        .or_else(|| {
            stems
                .iter()
                .rev()
                .find(|s| t.capital && s.chars().count() >= 2)
        })?;
    let area = next
        .concepts()
        .first()
        .map_or_else(|| next.key.to_string(), |c| format!("={c}"));
    Some((
        Identity::Name(
            vec![crate::normalize::stem_key(stem), area],
            EntityKind::Place,
        ),
        span,
    ))
}

/// The town a body's name opens with, as a place's label: "Московский
/// городской суд" and "Лиепайская региональная больница" by the town's
/// adjective, "Liepājas Reģionālā slimnīca" by its genitive. A body named
/// after its town tells where it is, though its name is one entity.
pub fn town_in_name(name: &str) -> Option<String> {
    let first = name.split_whitespace().next()?;
    let lang = if name::cyrillic(first) {
        Lang::Russian
    } else {
        Lang::Latvian
    };
    tokens(first, lang).first().and_then(town_of)
}

/// The place one word names, as a place's label: a Russian adjective of a
/// place (российских, Кулдигской), a one-word place of the gazetteer, or a
/// town of the table in a Latvian case (Kuldīgas).
pub(super) fn town_of(t: &Token<'_>) -> Option<String> {
    if let Some(place) = adjective_place(&t.lower) {
        return Some(place.to_string());
    }
    if let Some((p, 1)) = places().find(std::slice::from_ref(t), 0) {
        return Some(gazetteer_places()[p].names[0][0].to_string());
    }
    let label = |id: Identity| match id {
        Identity::Place(p) => Some(gazetteer_places()[p].names[0][0].to_string()),
        Identity::Known(k) => Some(known().entries[k].label.to_string()),
        _ => None,
    };
    if name::cyrillic(t.text) {
        let (base, _) = sk_base(&t.lower)?;
        return adjective_town(&adjective_stems(base), places()).and_then(label);
    }
    known()
        .find(std::slice::from_ref(t), 0)
        .filter(|&(k, n)| n == 1 && known().entries[k].kind == EntityKind::Place)
        .and_then(|(k, _)| label(Identity::Known(k)))
}

/// The stems a town's Russian adjective may come from: its base, less an
/// infix (алматинск- → алмат-, резекненск- → резекн-), or with a vowel
/// put back out ("московск-" → москв-).
fn adjective_stems(base: &str) -> Vec<String> {
    let mut stems = vec![base.to_string()];
    for infix in ["ен", "ин", "ан", "н"] {
        if let Some(b) = base.strip_suffix(infix) {
            stems.push(b.to_string());
        }
    }
    if let Some(b) = base.strip_suffix("ов") {
        stems.push(format!("{b}в"));
    }
    stems
}

/// The known place or gazetteer place one of a Russian adjective's stems
/// names, one word long (кекав- → Ķekava).
fn adjective_town(stems: &[String], places: &PlaceIndex) -> Option<Identity> {
    stems
        .iter()
        .filter(|s| s.chars().count() >= 3)
        .find_map(|stem| town_in(&tokens(&name::capitalised(stem), Lang::Russian), places))
}

/// The known place, or else the gazetteer place, the first word of `probe`
/// names alone.
fn town_in(probe: &[Token<'_>], places: &PlaceIndex) -> Option<Identity> {
    match known().find(probe, 0) {
        Some((k, 1)) if known().entries[k].kind == EntityKind::Place => Some(Identity::Known(k)),
        _ => places
            .find(probe, 0)
            .filter(|&(_, n)| n == 1)
            .map(|(p, _)| Identity::Place(p)),
    }
}

/// The English name of the town a province is named after ("Московская
/// область", "Brjanskas apgabals" → Moscow, Bryansk), where the tables know
/// the town.
pub fn province_town(label: &str) -> Option<String> {
    let [first, noun] = label.split_whitespace().collect::<Vec<_>>()[..] else {
        return None;
    };
    if !is_region_noun(&noun.to_lowercase()) {
        return None;
    }
    let lower = first.to_lowercase();
    let town = match sk_base(&lower) {
        Some((base, _)) => adjective_town(&adjective_stems(base), places())?,
        None => {
            // (A Latvian province is its town's genitive: "Brjanskas".)
            let lang = if name::cyrillic(first) {
                Lang::Russian
            } else {
                Lang::Latvian
            };
            town_in(&tokens(first, lang), places())?
        }
    };
    match town {
        Identity::Place(p) => Some(gazetteer_places()[p].names[0][0].to_string()),
        Identity::Known(k) => Some(known().entries[k].label.to_string()),
        _ => None,
    }
}

/// Whether two places are a town and the province named after it (Moscow
/// and "Московская область"), either way round.
pub fn town_and_province(a: &str, b: &str) -> bool {
    province_town(a).is_some_and(|t| t == b) || province_town(b).is_some_and(|t| t == a)
}

/// The gazetteer place a known place is, by its English name (Russia for
/// the table's "РФ").
fn cldr_place(k: usize) -> Option<usize> {
    let entry = &known().entries[k];
    (entry.kind == EntityKind::Place)
        .then(|| gazetteer_index(entry.label))
        .flatten()
}

/// The gazetteer place whose English name is `label` (the first so named),
/// from a map built once.
fn gazetteer_index(label: &str) -> Option<usize> {
    static BY_LABEL: std::sync::OnceLock<HashMap<&'static str, usize>> = std::sync::OnceLock::new();
    BY_LABEL
        .get_or_init(|| {
            gazetteer_places()
                .iter()
                .enumerate()
                .rev()
                .filter_map(|(p, place)| Some((*place.names[0].first()?, p)))
                .collect()
        })
        .get(label)
        .copied()
}

/// Russian words of the compass that open a compound region's name
/// ("Восточно-Казахстанская", "Северо-Западный"); written here.
const COMPASS: &[&str] = &["восточно", "западно", "северо", "южно", "юго", "центрально"];

/// The keys of [`COMPASS`], made once.
fn compass_keys() -> &'static [String] {
    static KEYS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    KEYS.get_or_init(|| {
        COMPASS
            .iter()
            .map(|c| crate::key(c, Lang::Russian))
            .collect()
    })
}

/// Whether two words are one compound opened by a compass word
/// ("Восточно-Казахстанской").
fn compass_compound(body: &str, a: &Token<'_>, b: &Token<'_>) -> bool {
    COMPASS.contains(&a.lower.as_ref())
        && a.start + a.text.len() + 1 == b.start
        && body.get(a.start + a.text.len()..b.start) == Some("-")
}

/// Latvian, Russian and English words for a region named after its town
/// (apgabals, область, oblast), by their start; written here.
fn is_region_noun(lower: &str) -> bool {
    // (Not the adjective "областной".)
    ["apgabal", "област", "oblast", "облыс"]
        .iter()
        .any(|w| lower.starts_with(w))
        && !lower.starts_with("областн")
}

/// The region named after a known town or a gazetteer place: one identity
/// in every language ("Pleskavas apgabals" = "Псковская область").
fn region_of(id: &Identity) -> Option<Identity> {
    let label = match id {
        Identity::Place(p) => gazetteer_places().get(*p)?.names[0].first()?.to_string(),
        Identity::Known(k) => known().entries.get(*k)?.label.to_string(),
        _ => return None,
    };
    Some(Identity::Name(
        vec![format!("@{label}"), "=oblast".to_string()],
        EntityKind::Place,
    ))
}

/// The case endings of a Russian "-ский" adjective (Тукумского,
/// Смарденской), which a district's or parish's name takes.
pub(super) const SK_ENDINGS: [&str; 9] = [
    "ского",
    "скому",
    "ским",
    "ском",
    "ский",
    "ской",
    "ская",
    "ское",
    "скую",
];

/// The base of a Russian "-ский" adjective and the letters its endings
/// start with: "Тукумского" → ("Тукум", "ск"); after a ц the adjective
/// takes "-кий", "Дарницком" → ("Дарниц", "к") (Донецкой, Дарницкий).
pub(super) fn sk_base(word: &str) -> Option<(&str, &'static str)> {
    SK_ENDINGS
        .iter()
        .find_map(|e| {
            let rest = word.strip_suffix(e)?;
            Some((rest, "ск"))
        })
        .or_else(|| {
            SK_ENDINGS.iter().find_map(|e| {
                let rest = word.strip_suffix(&e['с'.len_utf8()..])?;
                (rest.ends_with('ц') || rest.ends_with('Ц')).then_some((rest, "к"))
            })
        })
}

/// Whether a place's label names a country or region (not a town, street or landmark).
pub fn is_territory(label: &str) -> bool {
    gazetteer_places()
        .iter()
        .any(|p| p.territory && p.names[0].first() == Some(&label))
        || is_wide(label)
}

/// Whether a place's label names a wide region the table knows (a sea,
/// a group of states, Europe), not a country.
pub fn is_wide(label: &str) -> bool {
    known().entries.iter().any(|k| k.wide && k.label == label)
}

/// Whether a place's label names a province after its town ("Московская
/// область", "Brjanskas apgabals"): wider than the towns a report is about.
pub fn is_province(label: &str) -> bool {
    label
        .split_whitespace()
        .last()
        .is_some_and(|w| is_region_noun(&w.to_lowercase()))
}

/// Whether the place labelled `inner` lies in the one labelled `outer`, as
/// the known names' table says (Zolitūde in Riga).
pub fn lies_in(inner: &str, outer: &str) -> bool {
    known()
        .entries
        .iter()
        .any(|k| k.label == inner && k.within == Some(outer))
}

/// Whether the place labelled `label` is a town the tables know that lies
/// in no other (Daugavpils, not Imanta in Riga nor a country).
pub fn is_town(label: &str) -> bool {
    gazetteer_places()
        .iter()
        .any(|p| !p.territory && p.names[0].first() == Some(&label))
        || known().entries.iter().any(|k| {
            k.label == label && k.kind == EntityKind::Place && !k.wide && k.within.is_none()
        })
}

/// The gazetteer place or known name whose English name is `label`.
fn place_by_label(label: &str) -> Option<Identity> {
    if let Some(p) = gazetteer_index(label) {
        return Some(Identity::Place(p));
    }
    known()
        .entries
        .iter()
        .position(|k| k.label == label)
        .map(Identity::Known)
}

/// Words that open sentences and are capitalised only for that: adverbs,
/// conjunctions, pronouns and particles of Latvian and Russian. Written here
/// from general knowledge of the languages.
const OPENERS: &[&str] = &[
    "tikmēr",
    "savukārt",
    "turklāt",
    "tāpat",
    "tomēr",
    "taču",
    "līdz",
    "jau",
    "vēl",
    "arī",
    "pēc",
    "kā",
    "šodien",
    "šorīt",
    "šovakar",
    "šonakt",
    "vakar",
    "rīt",
    "tagad",
    "pašlaik",
    "patlaban",
    "iepriekš",
    "vēlāk",
    "tad",
    "tādēļ",
    "tāpēc",
    "tādējādi",
    "turpretī",
    "turpretim",
    "līdztekus",
    "papildus",
    "kopumā",
    "vienlaikus",
    "tostarp",
    "proti",
    "piemēram",
    "diemžēl",
    "protams",
    "iespējams",
    "visticamāk",
    "tāds",
    "tāda",
    "šāds",
    "šāda",
    "kopš",
    "kaut",
    "lai",
    "ja",
    "jo",
    "ne",
    "nē",
    "jā",
    "šogad",
    "pērn",
    // (Adverbs of time and sequence: "Šoreiz Siliņa ...", "Joprojām Rīgā".)
    "šoreiz",
    "toreiz",
    "šobrīd",
    "tobrīd",
    "šonedēļ",
    "aizvakar",
    "parīt",
    "nākamgad",
    "atkal",
    "joprojām",
    "vispirms",
    "beidzot",
    "visbeidzot",
    "tātad",
    "drīz",
    "вскоре",
    "наконец",
    "кстати",
    "уже",
    "ещё",
    "еще",
    "снова",
    "опять",
    "пока",
    "лишь",
    "впоследствии",
    "traģēdija",
    "hostelis",
    // (Quantifiers: "Pārējās partijas", "Citi kandidāti", "Остальные партии".)
    "pārējās",
    "pārējie",
    "pārējā",
    "pārējais",
    "citas",
    "citi",
    "abas",
    "abi",
    "dažas",
    "daži",
    "daudzas",
    "daudzi",
    "между",
    "остальные",
    "другие",
    "многие",
    "некоторые",
    "обе",
    "оба",
    "также",
    "кроме",
    "однако",
    "впрочем",
    "сегодня",
    "вчера",
    "завтра",
    "теперь",
    "сейчас",
    "ранее",
    "позже",
    "затем",
    "потом",
    "поэтому",
    "тем",
    "при",
    "после",
    "накануне",
    "тогда",
    "здесь",
    "там",
    "этот",
    "эта",
    "это",
    "такой",
    "такая",
    "новый",
    "новая",
    "напомним",
    "причем",
    "причём",
    "притом",
    "зато",
    "вдобавок",
    "итак",
    "впервые",
    "известно",
    "отметим",
    "как",
    "по",
    "в",
    "на",
    "из",
    "за",
    "meanwhile",
    "however",
    "also",
    "today",
    "yesterday",
    "earlier",
    "later",
];

fn is_opener(lower: &str) -> bool {
    OPENERS.contains(&lower)
}

/// Words that are never part of a name: photo credits and page furniture.
fn is_never_name(lower: &str) -> bool {
    matches!(
        lower,
        "foto"
            // Legal forms, not names: AS "Sadales tīkls", АО "Казахтелеком".
            | "ао"
            | "оао"
            | "зао"
            | "пао"
            | "ооо"
            | "sia"
            | "as"
            | "фото"
            | "photo"
            | "video"
            | "видео"
            | "ilustratīvs"
            | "ilustratīvais"
            | "иллюстративное"
            | "attēls"
            | "скриншот"
            | "ekrānšāviņš"
            | "avots"
            | "источник"
            // Acronyms of common nouns: a road accident, an emergency, the
            // media (ДТП, ЧП, ЧС, СМИ; CSN). (GDP and VAT, a concept both texts
            // may name, stay.)
            | "дтп"
            | "чп"
            | "чс"
            | "сми"
            | "csn"
            // A shopping centre, before its name: "ТЦ Domina Shopping".
            | "тц"
            | "трц"
            // "Нашим приоритетом...": a possessive opening a sentence.
            | "наш"
            | "наша"
            | "наше"
            | "наши"
            | "нашего"
            | "нашей"
            | "нашему"
            | "нашим"
            | "нашем"
            | "нашу"
            | "наших"
            | "нашими"
    )
}

/// The keys of a Russian area named by a hyphened name's adjective at
/// `toks[i]` ("Иссык-Кульском районе", "Усть-Каменогорской области"): the
/// first half with the adjective's base, and the kind of area by its
/// concept.
/// (Not a compass word's compound: "Западно-Казахстанской области" is West
/// Kazakhstan's, which the adjective's own town names.)
fn hyphened_area(body: &str, toks: &[Token<'_>], i: usize) -> Option<Vec<String>> {
    let (first, adjective, noun) = (toks.get(i)?, toks.get(i + 1)?, toks.get(i + 2)?);
    if !first.capital
        || !adjective.capital
        || first.lang != Lang::Russian
        || !hyphen_between(body, toks, i + 1)
        || compass_compound(body, first, adjective)
        || !any_prefix(&noun.lower, AREA_NOUNS)
        || body.get(adjective.start + adjective.text.len()..noun.start) != Some(" ")
    {
        return None;
    }
    let (base, _) = sk_base(&adjective.lower)?;
    let area = noun
        .concepts()
        .first()
        .map_or_else(|| noun.key.to_string(), |c| format!("={c}"));
    // (The halves as one key: the lake, "Иссык-Куля", and a resort named
    // after it, "Иссык-Куль-Аврора", are not the district.)
    Some(vec![
        format!("{}-{}", first.key, crate::key(base, Lang::Russian)),
        area,
    ])
}

/// Whether exactly a hyphen stands between token `k - 1` and token `k`.
fn hyphen_between(body: &str, toks: &[Token<'_>], k: usize) -> bool {
    body.get(toks[k - 1].start + toks[k - 1].text.len()..toks[k].start) == Some("-")
}

fn name_kind(body: &str, toks: &[Token<'_>], i: usize, j: usize, acronym: bool) -> EntityKind {
    let around = toks[i.saturating_sub(3)..(j + 3).min(toks.len())].iter();
    let inside = || toks[i..j].iter();
    if inside().any(|t| MEDIA_NAMES.contains(&fold(t.text).as_str())) {
        return EntityKind::Media;
    }
    // A name right after a copyright sign is whose picture it is, an agency
    // or a photo bank ("© Depositphotos"), never a place.
    if body[..toks[i].start].trim_end().ends_with('©') {
        return EntityKind::Media;
    }
    // A road's number after the word for a road ("autoceļa A2", "трассе М10").
    let road = i
        .checked_sub(1)
        .is_some_and(|k| any_prefix(&toks[k].lower, ROAD_BEFORE));
    if acronym && road && toks[i].text.chars().any(|c| c.is_ascii_digit()) {
        return EntityKind::Place;
    }
    // A monument or a street named after a person is a place: "pie Kārļa
    // Ulmaņa pieminekļa", "у памятника Карлису Улманису", "улицы Кришьяня
    // Валдемара".
    let landmark = toks
        .get(j)
        .is_some_and(|t| any_prefix(&t.lower, LANDMARK_AFTER))
        || i.checked_sub(1)
            .is_some_and(|k| any_prefix(&toks[k].lower, LANDMARK_BEFORE));
    if landmark {
        return EntityKind::Place;
    }
    // A given name and a surname: a person, whatever stands around them.
    if j - i >= 2 && name::is_given_name(toks[i].text) {
        return EntityKind::Person;
    }
    // A Latvian name in the locative (Pļaviņās, Apšupē): where something happened.
    let last = &toks[j - 1];
    // (Not -ā: "Klusā okeāna" is an adjective in the genitive.)
    // (Nor -ās before a noun in the genitive: "Militārās policijas" is an
    // adjective agreeing with its noun.)
    // (Or two words on, past a plural genitive: "Nacionālās
    // autopārvadātāju asociācijas"; and an adjective's own suffix before
    // -ās, -ālās or -iskās, makes no town.)
    let agrees = ["ās", "ēs"].iter().any(|e| last.lower.ends_with(e))
        && (toks[j..(j + 2).min(toks.len())].iter().any(|n| {
            !n.capital
                && ["as", "es", "ās", "ēs"]
                    .iter()
                    .any(|e| n.lower.ends_with(e))
        }) || ["ālās", "iskās"].iter().any(|e| last.lower.ends_with(e)));
    let latvian_locative = last.lang == Lang::Latvian
        && !agrees
        && ["ē", "ī", "ās", "ēs", "os"]
            .iter()
            .any(|e| last.lower.ends_with(e));
    if !acronym
        && latvian_locative
        && !name::is_given_name(last.text)
        && !inside().any(|t| any_prefix(&t.lower, ORGANISATION_CUES))
    {
        return EntityKind::Place;
    }
    // (The word before, in the same clause: "uzņēmuma “Gaso”"; but
    // "paziņojis dienests, Izmirā ..." names the service, then where.)
    let cue_before = toks[i.saturating_sub(1)..i].iter().any(|t| {
        any_prefix(&t.lower, ORGANISATION_CUES)
            && body
                .get(t.start + t.text.len()..toks[i].start)
                .is_some_and(|gap| {
                    gap.chars()
                        .all(|c| c.is_whitespace() || "\"“”„«»'‘’".contains(c))
                })
    });
    // (Unless a title stands before the body's word and a man's name,
    // unquoted, after it: "Руководитель службы Арвид Озолс" names the man
    // who heads it; "директор компании «Балтик Транс»", the company.)
    let spaced = |a: &Token<'_>, b: &Token<'_>| {
        body.get(a.start + a.text.len()..b.start)
            .is_some_and(|gap| gap.chars().all(char::is_whitespace))
    };
    let titled = j - i >= 2
        && i.checked_sub(2).is_some_and(|k| {
            any_prefix(&toks[k].lower, PERSON_CUES)
                && !any_prefix(&toks[k].lower, ORGANISATION_CUES)
                && spaced(&toks[k], &toks[k + 1])
                && spaced(&toks[k + 1], &toks[i])
        });
    if inside().any(|t| any_prefix(&t.lower, ORGANISATION_CUES)) || (cue_before && !titled) {
        return EntityKind::Organisation;
    }
    // (Not a name after a word for "near": "pie Kalvenes, ziņo LNT" is a
    // village.)
    let near = i.checked_sub(1).is_some_and(|k| {
        matches!(
            toks[k].lower.as_ref(),
            "pie" | "netālu" | "возле" | "около" | "близ" | "near"
        )
    });
    if !near
        && around.clone().any(|t| any_prefix(&t.lower, MEDIA_CUES))
        && (acronym || toks[i..j].len() <= 2)
    {
        // A source named next to "reports"/"сообщает": but people report too.
        let before = toks[i.saturating_sub(1)..i]
            .iter()
            .any(|t| any_prefix(&t.lower, PERSON_CUES));
        if !before && j - i == 1 {
            return EntityKind::Media;
        }
    }
    if acronym {
        return EntityKind::Organisation;
    }
    // A place, an event or a work named next to its common noun
    // ("Krustkalnu ciemā", "в посёлке", "фестиваль", "filma").
    let next_is =
        |cues: &'static [&'static str]| toks.get(j).is_some_and(|t| any_prefix(&t.lower, cues));
    let previous_is = |cues: &'static [&'static str]| {
        i.checked_sub(1)
            .is_some_and(|k| any_prefix(&toks[k].lower, cues))
    };
    // (So is a word after "near": "близ Актау", "возле Слоки".)
    let near_to = i.checked_sub(1).is_some_and(|k| {
        matches!(
            toks[k].lower.as_ref(),
            "возле" | "около" | "близ" | "вблизи" | "netālu"
        )
    }) && j - i == 1
        && !name::is_given_name(toks[i].text);
    if next_is(PLACE_AFTER) || previous_is(PLACE_BEFORE) || near_to {
        return EntityKind::Place;
    }
    if previous_is(VESSEL_BEFORE) {
        return EntityKind::Other;
    }
    if next_is(EVENT_AFTER) || previous_is(EVENT_BEFORE) {
        return EntityKind::Event;
    }
    if previous_is(WORK_BEFORE) || next_is(WORK_BEFORE) {
        return EntityKind::Work;
    }
    // Words joined by hyphens (Nur-Sultan) are one name; a run holding a
    // common word (Otrajā Kalnu Karabahas: "second", "mountains") names a thing.
    let words = (i + 1..j)
        .filter(|&k| !hyphen_between(body, toks, k))
        .count()
        + 1;
    let common = toks[i..j].iter().any(|t| !t.concepts().is_empty());
    let cued = toks[i.saturating_sub(2)..i]
        .iter()
        .any(|t| any_prefix(&t.lower, PERSON_CUES));
    // A maker is a company, and a maker with a model, or a model's number,
    // a product: "Toyota Hilux", "Airbus A220" are no people.
    let maker = is_maker(&toks[i].lower);
    let model = toks[i..j].iter().any(|t| {
        t.text.chars().any(|c| c.is_ascii_digit()) && t.text.chars().any(char::is_alphabetic)
    });
    if maker && j - i == 1 {
        return EntityKind::Organisation;
    }
    if maker || model {
        return EntityKind::Other;
    }
    // A run that opens with a given name is a person (Jānis Jaks, Евика
    // Силиня), and so is a given name alone ("stāsta Guntars").
    let given = name::is_given_name(toks[i].text);
    // Words in Latin letters no Latvian name ends so ("Baltic Pork",
    // "Forum Cinema", "Domina Shopping"), or in Latin letters on a Russian
    // page, where people are written in Cyrillic: a brand, a firm.
    let latin = |t: &Token<'_>| t.text.chars().all(|c| c.is_ascii_alphabetic());
    let unlatvian = |t: &Token<'_>| {
        t.lower.ends_with("um")
            || !t
                .lower
                .ends_with(['a', 'e', 'i', 'o', 'u', 's', 'š', 'ā', 'ē', 'ī', 'ū', 'm'])
    };
    // (Not a name's original spelling in brackets after it: "Tifānija Ng
    // (Tiffany Ng)".)
    let bracketed = body[..toks[i].start].trim_end().ends_with('(');
    let brand = words >= 2
        && !bracketed
        && toks[i..j].iter().all(latin)
        && (toks[i].lang == Lang::Russian || toks[i..j].iter().any(unlatvian));
    if brand && !cued && !given {
        return EntityKind::Organisation;
    }
    if cued || given || (words >= 2 && !common) {
        return EntityKind::Person;
    }
    EntityKind::Name
}

/// A word right after #, @, / or . belongs to a hashtag, handle, URL or
/// domain, which `tags` reads whole. (A slash between two capitals joins
/// two names, as a joint list's "NA/LRA" does; an address's path is lower
/// case.)
fn after_tag_mark(body: &str, t: &Token<'_>) -> bool {
    let b = body.as_bytes();
    t.start > 0
        && match b[t.start - 1] {
            b'#' | b'@' => true,
            // (Not after an initial glued to its surname: "А.Раматовым".)
            b'.' => {
                let mut before = body[..t.start - 1].chars().rev();
                let initial = before.next().is_some_and(char::is_uppercase)
                    && !before.next().is_some_and(char::is_alphanumeric);
                !initial
            }
            // (Nor an outlet's acronym after a photographer's name in a
            // credit, "Foto: Ken Mürk/ERR": an address's path is lower case.)
            b'/' => {
                let two_names = body[..t.start - 1].ends_with(char::is_uppercase)
                    && t.text.starts_with(char::is_uppercase);
                let address = body[..t.start - 1]
                    .rsplit(char::is_whitespace)
                    .next()
                    .is_some_and(|w| w.contains('.'));
                let credit = t.text.chars().count() >= 2
                    && t.text.chars().all(char::is_uppercase)
                    && !address;
                !two_names && !credit
            }
            _ => false,
        }
}

/// Hashtags, handles and web addresses in raw text.
fn tags(body: &str, offset: usize, push: &mut dyn FnMut(usize, usize, Identity)) {
    // Only where an address or a tag can open (an ASCII byte, so the bytes
    // are scanned), at the start of a word.
    let mut skip_to = 0;
    for (i, &b) in body.as_bytes().iter().enumerate() {
        if i < skip_to || !matches!(b, b'h' | b'p' | b'w' | b'#' | b'@') {
            continue;
        }
        if body[..i].chars().next_back().is_some_and(is_word_char) {
            continue;
        }
        let c = b as char;
        let rest = &body[i..];
        if rest.starts_with("http://")
            || rest.starts_with("https://")
            || rest.starts_with("pic.twitter.com/")
            || rest.starts_with("www.")
        {
            let len = rest
                .find(|c: char| c.is_whitespace() || matches!(c, '"' | '»' | '”' | ')' | '<'))
                .unwrap_or(rest.len());
            let url = rest[..len].trim_end_matches(['.', ',', ';', ':']);
            push(
                offset + i,
                offset + i + url.len(),
                Identity::Tag(EntityKind::Url, url.to_string()),
            );
            skip_to = i + len;
        } else if c == '#' || c == '@' {
            let word_len = rest[1..]
                .find(|c: char| !(is_word_char(c) || c == '_'))
                .unwrap_or(rest.len() - 1);
            if word_len >= 2 {
                let kind = if c == '#' {
                    EntityKind::Hashtag
                } else {
                    EntityKind::Handle
                };
                let tag = &rest[..1 + word_len];
                push(
                    offset + i,
                    offset + i + tag.len(),
                    Identity::Tag(kind, fold(tag)),
                );
                skip_to = i + tag.len();
            }
        }
    }
}

/// Two given names that may be one, adapted to two languages: the same
/// name, or one's skeleton opening the other's (Tomijs "tomi" and Томми
/// "tom"; the genitive Dāvja "dav" and Давис "davi"), but not Aleksejs and
/// Aleksandrs.
fn given_alike(a: &str, b: &str) -> bool {
    let (sa, sb) = (skeleton(a), skeleton(b));
    // (A short name read alike: Iļja "ilj" and Илья "il".)
    same_name(a, b)
        || (sa == sb && sa.chars().count() >= 2)
        || (sa.chars().count().min(sb.chars().count()) >= 3
            && (sa.starts_with(&*sb) || sb.starts_with(&*sa)))
        || one_given_name(a, b)
}

/// Whether two given-name keys are one name's Ukrainian and Russian forms
/// ([`GIVEN_VARIANTS`]).
fn one_given_name(a: &str, b: &str) -> bool {
    given_variants()
        .iter()
        .any(|group| group.iter().any(|k| k == a) && group.iter().any(|k| k == b))
}

/// One given name in its Ukrainian and its Russian form, each in Cyrillic
/// and in Latin letters (English, and Latvian where it spells the
/// Ukrainian form otherwise: Serhijs, Oleksandrs): Volodymyr Zelensky is "Volodimirs Zelenskis" in a
/// Latvian text and "Владимир Зеленский" in a Russian one. Written here
/// from general knowledge of the names.
#[rustfmt::skip]
const GIVEN_VARIANTS: &[&[&str]] = &[
    &["Володимир", "Владимир", "Volodymyr", "Vladimir", "Volodimirs"],
    &["Олександр", "Александр", "Oleksandr", "Aleksandr", "Oleksandrs"],
    &["Олексій", "Алексей", "Oleksiy", "Aleksey", "Oleksijs"],
    &["Микола", "Николай", "Mykola", "Nikolay", "Mikola"],
    &["Сергій", "Сергей", "Serhiy", "Sergey", "Serhijs"],
    &["Андрій", "Андрей", "Andriy", "Andrey", "Andrijs"],
    &["Дмитро", "Дмитрий", "Dmytro", "Dmitry", "Dmitro"],
    &["Юрій", "Юрий", "Yuriy", "Yuri", "Jurijs"],
    &["Петро", "Пётр", "Петр", "Petro", "Pyotr"],
    &["Василь", "Василий", "Vasyl", "Vasily", "Vasils"],
    &["Михайло", "Михаил", "Mykhailo", "Mikhail", "Mihailo"],
    &["Ігор", "Игорь", "Ihor", "Igor", "Ihors"],
    &["Євген", "Евгений", "Yevhen", "Yevgeny", "Jevhens"],
    &["Григорій", "Григорий", "Hryhoriy", "Grigory", "Hrihorijs"],
    &["Павло", "Павел", "Pavlo", "Pavel"],
    &["Кирило", "Кирилл", "Kyrylo", "Kirill", "Kirilo"],
    &["Олег", "Oleh", "Oleg", "Olehs"],
    &["Богдан", "Bohdan", "Bogdan", "Bohdans"],
    &["Олена", "Елена", "Olena", "Yelena"],
    &["Наталія", "Наталья", "Nataliya", "Natalya", "Natalija"],
    &["Тетяна", "Татьяна", "Tetiana", "Tatiana", "Tetjana"],
    &["Ірина", "Ирина", "Iryna", "Irina"],
    &["Віталій", "Виталий", "Vitaliy", "Vitaly", "Vitalijs"],
    &["Валерій", "Валерий", "Valeriy", "Valery", "Valerijs"],
    &["Анатолій", "Анатолий", "Anatoliy", "Anatoly", "Anatolijs"],
    &["Георгій", "Георгий", "Heorhiy", "Georgy", "Heorhijs"],
    &["Федір", "Фёдор", "Федор", "Fedir", "Fyodor", "Fedirs"],
    &["Галина", "Halyna", "Galina", "Halina"],
    &["Гліб", "Глеб", "Hlib", "Gleb", "Hlibs"],
];

/// [`GIVEN_VARIANTS`] by the keys a name's words get, in either language.
fn given_variants() -> &'static [Vec<String>] {
    static GROUPS: std::sync::OnceLock<Vec<Vec<String>>> = std::sync::OnceLock::new();
    GROUPS.get_or_init(|| {
        GIVEN_VARIANTS
            .iter()
            .map(|group| {
                let mut keys: Vec<String> = group
                    .iter()
                    .flat_map(|name| {
                        [Lang::Latvian, Lang::Russian]
                            .into_iter()
                            .flat_map(move |lang| {
                                crate::normalize::tokens(name, lang)
                                    .into_iter()
                                    .map(|t| t.key.to_string())
                                    .collect::<Vec<_>>()
                            })
                    })
                    .collect();
                keys.sort();
                keys.dedup();
                keys
            })
            .collect()
    })
}

/// Whether two name keys name the same thing: equal, an inflectional
/// extension (at most three letters longer, sharing at least five), or a
/// near-identical spelling of a long name with the same opening (one letter
/// more at most: Kazachstan and Kazahstan, but not Austrija and Australija).
fn same_name(a: &str, b: &str) -> bool {
    // (A cheap look first: most keys hold neither ю nor an opening Г, and
    // a reading keeps the first letter but for Г's H.)
    let may = |x: &str, y: &str| {
        let (fx, fy) = (x.chars().next(), y.chars().next());
        (x.starts_with('g') && fy == Some('h') || fx == fy && x.contains("ju"))
            && german_spellings(x).iter().any(|v| as_spelt(v, y))
    };
    as_spelt(a, b)
        || may(a, b)
        || may(b, a)
        || [(a, b), (b, a)].iter().any(|(x, y)| {
            // (A reading keeps the first letter but for an opening c, and
            // a key its length within a few letters: most pairs fail here.)
            let opens = match x.chars().next() {
                Some('c') => y.starts_with(['k', 's', 'c']),
                f => f == y.chars().next(),
            };
            // (Nor a pair of two Latin keys, each with its c.)
            opens
                && x.len().abs_diff(y.len()) <= 4
                && x.contains('c')
                && !y.contains('c')
                && romance_spellings(x).iter().any(|v| as_spelt(v, y))
        })
}

/// A key read as a Romance or English spelling that a Latvian text keeps
/// ("Atletico Nacional", "Chapecoense") and Russian writes as it sounds
/// («Атлетико Насьональ», «Шапекоэнсе»): c is k, but s before e, i and y,
/// and ch is ш (Portuguese, French) or ч (Spanish, English). None for keys
/// without a c, nor for short ones.
fn romance_spellings(key: &str) -> Vec<String> {
    if !key.contains('c') || key.chars().count() < 5 {
        return Vec::new();
    }
    let read = |ch: char| {
        let mut out = String::with_capacity(key.len());
        let mut chars = key.chars().peekable();
        while let Some(c) = chars.next() {
            if c != 'c' {
                out.push(c);
                continue;
            }
            match chars.peek() {
                Some('h') => {
                    chars.next();
                    out.push(ch);
                }
                Some('e' | 'i' | 'y') => out.push('s'),
                _ => out.push('k'),
            }
        }
        out
    };
    let (sh, tch) = (read('s'), read('c'));
    if sh == tch {
        vec![sh]
    } else {
        vec![sh, tch]
    }
}

/// A Russian key read back to the Latvian spelling of a German (or French)
/// name: Russian writes ü as ю where Latvian writes i (Мюнхен "mjunhen",
/// Minhene; Мюллер, Millers; Брюссель, Brisele), and an H as Г where
/// Latvian keeps it (Гамбург, Hamburga; Гаага, Hāga). Each reading alone
/// and both; none for most keys, which have neither, nor for short ones.
fn german_spellings(key: &str) -> Vec<String> {
    let umlaut = key
        .char_indices()
        .any(|(k, c)| !"aeiouyj".contains(c) && key[k + c.len_utf8()..].starts_with("ju"));
    let h = key.starts_with('g');
    // (Names of five letters or more: an acronym, "GPS", is spelt letter
    // for letter.)
    if !umlaut && !h || key.chars().count() < 5 {
        return Vec::new();
    }
    let without_umlaut = |k: &str| {
        let mut out = String::with_capacity(k.len());
        let mut prev: Option<char> = None;
        let mut chars = k.chars().peekable();
        while let Some(c) = chars.next() {
            if c == 'j'
                && prev.is_some_and(|p| p.is_alphabetic() && !"aeiouyj".contains(p))
                && chars.peek() == Some(&'u')
            {
                chars.next();
                out.push('i');
                prev = Some('i');
                continue;
            }
            out.push(c);
            prev = Some(c);
        }
        out
    };
    let with_h = |k: &str| format!("h{}", &k[1..]);
    let mut out = Vec::new();
    if umlaut {
        out.push(without_umlaut(key));
    }
    if h {
        out.push(with_h(key));
        if umlaut {
            out.push(with_h(&without_umlaut(key)));
        }
    }
    out
}

/// [`same_name`] of two keys as they are spelt.
fn as_spelt(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    // Every way below keeps the first letter (but for an English W: Уолтон
    // and Voltons).
    let w = |x: &str, y: &str| x.starts_with('u') && y.starts_with('v');
    if a.chars().next() != b.chars().next() && !w(a, b) && !w(b, a) {
        return false;
    }
    if same_spelling(a, b) {
        return true;
    }
    // A Latvian stem and the Russian spelling that keeps its nominative
    // ending as part of the name: Jaks "jak" and Якс "jaks", Jānis "jan"
    // and Янис "janis", Ozols "ozol" and Озолс "ozols".
    let (short, long) = if a.len() < b.len() { (a, b) } else { (b, a) };
    if short.chars().count() >= 3
        && long
            .strip_prefix(short)
            .is_some_and(|end| end == "s" || end == "is")
    {
        return true;
    }
    // A Russian adjectival name keyed without its ending, which the Latvian
    // spelling keeps: Лесной "lesn" and Ļesnoja "lesnoj", Толстой and
    // Tolstojs.
    if short.chars().count() >= 4
        && long
            .strip_prefix(short)
            .is_some_and(|end| end == "oj" || end == "ij")
    {
        return true;
    }
    // (A Russian surname in -ов, -ев or -ин keyed without it, which the
    // Latvian spelling keeps: Карпенков "karpenk" and Karpenkovs
    // "karpenkov". Five letters at least before it: not Иван and Ivanovs.)
    if short.chars().count() >= 5
        && long
            .strip_prefix(short)
            .is_some_and(|end| ["ov", "ev", "in"].contains(&end))
    {
        return true;
    }
    let (sa, sb) = (skeleton(a), skeleton(b));
    sa.chars().count() >= 4 && (sa == sb || same_spelling(&sa, &sb))
}

/// A key with the letters that transliteration conventions spell
/// differently merged: j after a vowel is i (Клейнбергс "klejnbergs" and
/// Kleinbergs; Узулниекс "uzulnijeks" and Uzulnieks), a j that only softens
/// a consonant is dropped (Силиня "silinja" and Siliņa "silina"), doubled
/// letters are one, a trailing nominative -is/-s goes (Dāvis, Давис), and
/// an English W before a vowel, which Russian writes У and Latvian V, is v
/// (Уолтон "uolton" and Voltons, Уильямс and Viljamss).
///
/// Most keys need no merging: those come back borrowed, with no allocation
/// (the clustering compares thousands of pairs).
pub(crate) fn skeleton(key: &str) -> std::borrow::Cow<'_, str> {
    let vowel = |c: char| "aeiouy".contains(c);
    let trimmed = |s: &str| -> usize {
        ["is", "s"]
            .iter()
            .find(|end| s.ends_with(*end) && s.chars().count() > end.len() + 3)
            .map_or(s.len(), |end| s.len() - end.len())
    };
    let english_w = key
        .strip_prefix('u')
        .is_some_and(|rest| rest.starts_with(|c: char| "aeio".contains(c)));
    let mut prev: Option<char> = None;
    let untouched = !english_w
        && key.chars().all(|c| {
            let plain = c != 'j' && prev != Some(c);
            prev = Some(c);
            plain
        });
    if untouched {
        return std::borrow::Cow::Borrowed(&key[..trimmed(key)]);
    }
    let mut out = String::with_capacity(key.len());
    let mut prev: Option<char> = None;
    let key = if english_w { &key[1..] } else { key };
    if english_w {
        out.push('v');
        prev = Some('v');
    }
    for c in key.chars() {
        let c = match (c, prev) {
            ('j', Some(p)) if vowel(p) => 'i',
            ('j', Some(_)) => continue,
            (c, _) => c,
        };
        if prev != Some(c) {
            out.push(c);
        }
        prev = Some(c);
    }
    out.truncate(trimmed(&out));
    std::borrow::Cow::Owned(out)
}

/// Equal keys, an inflectional extension, or a near-identical spelling.
fn same_spelling(a: &str, b: &str) -> bool {
    if known::extends(a, b, 5) {
        return true;
    }
    let (na, nb) = (a.chars().count(), b.chars().count());
    na.min(nb) >= 6
        && na.abs_diff(nb) <= 1
        && a.chars().take(3).eq(b.chars().take(3))
        && strsim::jaro_winkler(a, b) >= 0.95
}

/// Whether both texts mention it.
pub(crate) fn on_both_sides(mentions: &[Mention]) -> bool {
    mentions.iter().any(|m| m.side == Side::Left) && mentions.iter().any(|m| m.side == Side::Right)
}

/// Groups mentions into entities.
fn cluster(raws: Vec<Raw>, left_text: &str, right_text: &str) -> Vec<Entity> {
    // The text a mention was found in.
    let text_of = |r: &Raw| {
        if r.side == Side::Left {
            left_text
        } else {
            right_text
        }
    };
    // Union-find over mentions.
    let n = raws.len();
    let mut parent: Vec<usize> = (0..n).collect();
    fn find(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    let union = |parent: &mut Vec<usize>, a: usize, b: usize| {
        let (ra, rb) = (find(parent, a), find(parent, b));
        if ra != rb {
            parent[ra.max(rb)] = ra.min(rb);
        }
    };
    // An acronym and its expansion in brackets before it: one body.
    // (Few acronyms come with an expansion: a search each is cheap.)
    for (i, r) in raws.iter().enumerate() {
        let Some((start, end)) = r.expands else {
            continue;
        };
        if let Some(j) = raws.iter().position(|x| {
            (x.side, x.start, x.end) == (r.side, start, end)
                && matches!(x.identity, Identity::Name(..) | Identity::Known(_))
        }) {
            union(&mut parent, i, j);
        }
    }
    // A name said in small letters and the name it says.
    for (i, r) in raws.iter().enumerate() {
        let Some((start, end)) = r.echoes else {
            continue;
        };
        if let Some(j) = raws
            .iter()
            .position(|x| x.side != r.side && (x.start, x.end) == (start, end))
        {
            union(&mut parent, i, j);
        }
    }
    // Exact identities: places, dates, numbers, tags (borrowed, not spelt out).
    #[derive(PartialEq, Eq, Hash)]
    enum Exact<'a> {
        Place(usize),
        Date(&'a str, Option<Side>),
        Known(usize),
        Tag(EntityKind, &'a str),
    }
    let mut exact: HashMap<Exact<'_>, usize> = HashMap::default();
    #[allow(clippy::type_complexity)]
    type NumberKey<'k> = (&'k str, Option<Quantity>, bool, bool, Option<&'k str>);
    let mut numbers: HashMap<NumberKey<'_>, Vec<(Option<&str>, usize)>> = HashMap::default();
    // Names, looked up by the first three letters of each word's key.
    let mut by_prefix: HashMap<String, Vec<usize>> = HashMap::default();
    let mut distinct: HashMap<Vec<String>, usize> = HashMap::default();
    // Per cluster root, the given name of the first full name in it.
    let mut given: HashMap<usize, Vec<String>> = HashMap::default();
    // (Three letters: a Latvian stem "jak" meets the Russian "jaks".)
    let prefix = |k: &str| skeleton(k).chars().take(3).collect::<String>();
    for i in 0..n {
        let id = match &raws[i].identity {
            Identity::Place(p) => Some(Exact::Place(*p)),
            // A weekday or "yesterday" is a day of its own text's week: two
            // texts' Thursdays need not be one day (the verdict compares them).
            Identity::Date(d, _) if d.starts_with("weekday:") || d.starts_with("rel:") => {
                Some(Exact::Date(d, Some(raws[i].side)))
            }
            Identity::Date(d, _) => Some(Exact::Date(d, None)),
            // One value counting two things (2 killed, 2 in hospital) is two figures.
            // (People and unnamed counts are one kind of count.)
            // Nor is a count and the whole it is taken out of (100 people,
            // 87 deputies of 100), nor one value and a range's end (up to
            // -26, -16...-26).
            // Nor are two counts of two named things (43 children, 43
            // passengers); a count of people in general joins either.
            Identity::Number(f) => {
                let q = match f.quantity {
                    Quantity::People | Quantity::Other => None,
                    q => Some(q),
                };
                // (A noun the lexicon lacks, "10 000 страниц", joins no
                // count of people in general, "10 000 cilvēku": the one is
                // pages, the other a crowd. It joins a bare count or one of
                // a known noun, which another language may name.)
                let unit = f
                    .unit
                    .as_deref()
                    .filter(|u| q.is_none() && figures::counts_a_noun(u));
                // A spelled count joins only a spelled count of its noun,
                // and percentage points only percentage points (0,2 % is
                // not 0,2 процентного пункта).
                let spelled = if f.unit.as_deref() == Some(figures::POINTS) {
                    Some(figures::POINTS)
                } else {
                    f.spelled.then(|| f.unit.as_deref().unwrap_or(""))
                };
                let seen = numbers
                    .entry((f.text.as_str(), q, f.total, f.in_range, spelled))
                    .or_default();
                let meets = |u: Option<&str>, j: usize| match (u, unit) {
                    (None, _) | (_, None) => true,
                    (Some(a), Some(b)) => {
                        let people = figures::counts_people;
                        let unknown = figures::counts_an_unknown_noun;
                        if people(a) || people(b) {
                            // (In one text, "3000 cilvēku" and "3000
                            // atbalstītāju" are one crowd told twice.)
                            !(unknown(a) || unknown(b)) || raws[j].side == raws[i].side
                        } else {
                            a == b || unknown(a) || unknown(b)
                        }
                    }
                };
                match seen.iter().find(|&&(u, j)| meets(u, j)) {
                    Some(&(_, j)) => union(&mut parent, i, j),
                    None => seen.push((unit, i)),
                }
                continue;
            }
            Identity::Known(k) => Some(Exact::Known(*k)),
            Identity::Tag(kind, t) => Some(Exact::Tag(*kind, t)),
            Identity::Name(..) => None,
        };
        if let Some(id) = id {
            match exact.get(&id) {
                Some(&j) => union(&mut parent, i, j),
                None => {
                    exact.insert(id, i);
                }
            }
            continue;
        }
        let Identity::Name(keys, _) = &raws[i].identity else {
            continue;
        };
        // The same spelling again joins its first mention at once.
        if let Some(&j) = distinct.get(keys) {
            union(&mut parent, i, j);
            continue;
        }
        distinct.insert(keys.clone(), i);
        let mut matched = Vec::new();
        let mut buckets: Vec<String> = keys.iter().map(|k| prefix(k)).collect();
        if keys.len() > 1 {
            buckets.push(prefix(&keys.concat()));
        }
        // (A Russian spelling of a German name is filed under its Latvian
        // opening too: Мюнхен beside Minhene.)
        for k in keys {
            for v in german_spellings(k).into_iter().chain(romance_spellings(k)) {
                let b = prefix(&v);
                if !buckets.contains(&b) {
                    buckets.push(b);
                }
            }
        }
        for b in &buckets {
            for &j in by_prefix.get(b).into_iter().flatten() {
                let Identity::Name(other, _) = &raws[j].identity else {
                    continue;
                };
                // A lone head noun ("Университета", "the University") in
                // the other language says too little to be one particular
                // "Dienvidu Universitāte" of several words.
                let lone_head = |k: usize, n: usize| {
                    n == 1 && is_head(&text_of(&raws[k])[raws[k].start..raws[k].end])
                };
                let one_lone = (keys.len() > 1 && lone_head(j, other.len()))
                    || (other.len() > 1 && lone_head(i, keys.len()));
                if raws[i].side != raws[j].side && one_lone {
                    continue;
                }
                // (Nor is a district the body named after it: "Айыртауском
                // районе" is not "Айыртауской районной больницы".)
                let kind = |k: usize| match &raws[k].identity {
                    Identity::Name(_, kind) => Some(*kind),
                    _ => None,
                };
                let area_and_body = matches!(
                    (kind(i), kind(j)),
                    (Some(EntityKind::Place), Some(EntityKind::Organisation))
                        | (Some(EntityKind::Organisation), Some(EntityKind::Place))
                ) && keys.len() != other.len();
                // (Nor a lone word of another kind the body of several words,
                // named by its head noun, it opens: "Baldonieši" are not
                // "Baldones sākumskola", nor "Belfāstas" the "Белфастским
                // мировым судом"; a school that its one word names is:
                // "Valdorfskola", "Вальдорфская школа".)
                let surface =
                    |k: usize| text_of(&raws[k])[raws[k].start..raws[k].end].to_lowercase();
                let headed = |k: usize| {
                    text_of(&raws[k])[raws[k].start..raws[k].end]
                        .split_whitespace()
                        .any(is_head)
                };
                let lone_of_body = |a: usize, na: usize, b: usize, nb: usize| {
                    na > 1
                        && nb == 1
                        && kind(a) == Some(EntityKind::Organisation)
                        && kind(b) != Some(EntityKind::Organisation)
                        && headed(a)
                        && !surface(b).contains("skol")
                };
                let area_and_body = area_and_body
                    || lone_of_body(i, keys.len(), j, other.len())
                    || lone_of_body(j, other.len(), i, keys.len());
                if area_and_body {
                    continue;
                }
                if names_match(keys, other) {
                    matched.push(j);
                }
            }
        }
        // A lone surname that fits two full names with different given names
        // (two brothers) joins only the nearest one before it on its side.
        if keys.len() == 1 {
            let full: Vec<usize> = matched
                .iter()
                .copied()
                .filter(|&j| matches!(&raws[j].identity, Identity::Name(k, _) if k.len() > 1))
                .collect();
            let mut roots: Vec<usize> = full.iter().map(|&j| find(&mut parent, j)).collect();
            roots.sort_unstable();
            roots.dedup();
            if roots.len() > 1 {
                let nearest = full
                    .iter()
                    .copied()
                    .filter(|&j| raws[j].side == raws[i].side && raws[j].start < raws[i].start)
                    .max_by_key(|&j| raws[j].start);
                matched = nearest.into_iter().collect();
            }
        }
        // A full name never joins a cluster that already holds a full name
        // with another given name (Dairis and Dāvis Bertāns).
        // (A double surname alone, one hyphenated word, "Кара-Мурзы", has no
        // given name: it joins "Владимир Кара-Мурза".)
        let full_name = keys.len() > 1
            && text_of(&raws[i])[raws[i].start..raws[i].end].contains(char::is_whitespace);
        // (Of a person's two given names, either: "Ģirts Valdis
        // Kristovskis" is "Валдис Кристовскис".)
        let person = matches!(&raws[i].identity, Identity::Name(_, EntityKind::Person));
        let own = if person {
            &keys[..keys.len().saturating_sub(1)]
        } else {
            &keys[..1]
        };
        if full_name {
            matched.retain(|&j| {
                let r = find(&mut parent, j);
                // (Or its last, a list's surname first: "Калиев Бауржан".)
                given.get(&r).is_none_or(|g: &Vec<String>| {
                    g.iter().any(|x| {
                        own.iter()
                            .chain(keys.last().filter(|_| person))
                            .any(|y| given_alike(x, y))
                    })
                })
            });
        }
        for j in matched {
            let (ri, rj) = (find(&mut parent, i), find(&mut parent, j));
            let g = given.remove(&ri).or_else(|| given.remove(&rj));
            union(&mut parent, i, j);
            if let Some(g) = g {
                given.insert(find(&mut parent, i), g);
            }
        }
        if full_name {
            let r = find(&mut parent, i);
            given.entry(r).or_insert_with(|| own.to_vec());
        }
        for b in buckets {
            let list = by_prefix.entry(b).or_default();
            if list.last() != Some(&i) {
                list.push(i);
            }
        }
    }
    // A web address joins the outlet its domain names (pic.twitter.com → Twitter).
    for i in 0..n {
        let Identity::Tag(EntityKind::Url, url) = &raws[i].identity else {
            continue;
        };
        let host = url
            .split("://")
            .last()
            .unwrap_or(url)
            .split('/')
            .next()
            .unwrap_or("");
        let labels: Vec<&str> = host.split('.').collect();
        let Some(name) = labels.len().checked_sub(2).map(|k| labels[k]) else {
            continue;
        };
        let known = known().entries.iter().position(|k| {
            fold(k.label) == fold(name)
                && matches!(k.kind, EntityKind::Media | EntityKind::Organisation)
        });
        if let Some(&j) = known.and_then(|k| exact.get(&Exact::Known(k))) {
            union(&mut parent, i, j);
        }
    }
    // Names translated word by word (Drošības padome, Совет Безопасности),
    // between two clusters each named on one side only.
    let mut sides: HashMap<usize, [bool; 2]> = HashMap::default();
    for (i, raw) in raws.iter().enumerate() {
        let r = find(&mut parent, i);
        sides.entry(r).or_default()[raw.side as usize] = true;
    }
    for (a, b) in translated::pairs(&raws, left_text, right_text) {
        let (ra, rb) = (find(&mut parent, a), find(&mut parent, b));
        let (sa, sb) = (sides[&ra], sides[&rb]);
        if ra != rb && !sa[Side::Right as usize] && !sb[Side::Left as usize] {
            union(&mut parent, a, b);
            sides.insert(find(&mut parent, a), [true, true]);
        }
    }
    // Names that match a place's name join the place (Nur-Sultan written two ways).
    // Each spelling is read once: a later mention of it joins the first
    // at once (a long text names its country hundreds of times).
    let mut spellings: HashMap<&str, Vec<u32>> = HashMap::default();
    let mut place_keys: Vec<(usize, Vec<String>)> = Vec::new();
    for (i, r) in raws.iter().enumerate() {
        if !matches!(
            &r.identity,
            Identity::Place(_) | Identity::Known(_) | Identity::Tag(EntityKind::Hashtag, _)
        ) {
            continue;
        }
        let surface = text_of(r)[r.start..r.end].trim_start_matches('#');
        let same = spellings.entry(surface).or_default();
        if let Some(&first) = same.first() {
            union(&mut parent, i, first as usize);
            continue;
        }
        same.push(i as u32);
        let k: Vec<String> = tokens(surface, Lang::Latvian)
            .into_iter()
            .map(|t| t.key.to_string())
            .collect();
        place_keys.push((i, k));
    }
    let mut seen_place_keys: HashMap<&[String], usize> = HashMap::default();
    let mut distinct_places: Vec<(usize, &[String])> = Vec::new();
    // (Two places the tables tell apart stay apart, whatever their keys:
    // Līvāni and Ливан, Lebanon.)
    let label_of = |r: &Raw| match r.identity {
        Identity::Place(p) => Some(gazetteer_places()[p].names[0][0]),
        Identity::Known(k) if known().entries[k].kind == EntityKind::Place => {
            Some(known().entries[k].label)
        }
        _ => None,
    };
    for (i, keys) in &place_keys {
        match seen_place_keys.get(keys.as_slice()) {
            Some(&j)
                if label_of(&raws[*i])
                    .zip(label_of(&raws[j]))
                    .is_some_and(|(a, b)| a != b) => {}
            Some(&j) => union(&mut parent, *i, j),
            None => {
                seen_place_keys.insert(keys, *i);
                distinct_places.push((*i, keys));
            }
        }
    }
    // Which places and known names each name fits: a name that fits two
    // (Рижского: the port and the city council) joins neither.
    let mut fits: HashMap<usize, Vec<usize>> = HashMap::default();
    for &(i, keys) in &distinct_places {
        for k in keys {
            for &j in by_prefix.get(&prefix(k)).into_iter().flatten() {
                if let Identity::Name(other, kind) = &raws[j].identity {
                    // A person's full name never joins a place (Nursultan Nazarbayev,
                    // Nur-Sultan), nor a title, a treaty or a body that holds
                    // one (Latvijas Vides ... centrs, Латвийского центра ...).
                    // (Nor a body named in quotes: «Эстония без границ».)
                    let quoted = text_of(&raws[j])
                        .get(..raws[j].start)
                        .is_some_and(titles::opens_quote);
                    let person = (quoted
                        || matches!(
                            kind,
                            EntityKind::Person
                                | EntityKind::Event
                                | EntityKind::Work
                                | EntityKind::Other
                                | EntityKind::Organisation
                        ))
                        && other.len() > keys.len();
                    // (Nor a region named by a compass word and the
                    // country: Восточно-Казахстанская is not Kazakhstan.)
                    let compass = other.len() > keys.len()
                        && compass_keys()
                            .iter()
                            .any(|c| other[0].starts_with(c.as_str()));
                    // (Nor does a later word of a known event's name alone:
                    // "Музей" is not "Ночь музеев", Museum Night; its first,
                    // "Olimpiskajām", is the Olympics.)
                    let part = other.len() == 1
                        && keys.len() > 1
                        && matches!(raws[i].identity, Identity::Known(k)
                            if known().entries[k].kind == EntityKind::Event)
                        && !same_name(&other[0], &keys[0]);
                    // (Nor a country's Russian name in Latin letters: a
                    // Latvian text calls Russia Krievija, and its "Rossija"
                    // is a channel's.)
                    let spelt_out = matches!(raws[i].identity, Identity::Place(p)
                            if gazetteer_places()[p].territory)
                        && name::cyrillic(&text_of(&raws[i])[raws[i].start..raws[i].end])
                        && !name::cyrillic(&text_of(&raws[j])[raws[j].start..raws[j].end]);
                    // (Nor a name of three words by one of them: "Amerikānis
                    // Fils Mikelsons" is a golfer, not the United States.)
                    let longer = other.len() >= 3 && other.len() > keys.len();
                    if !person
                        && !compass
                        && !part
                        && !spelt_out
                        && !longer
                        && names_match(keys, other)
                    {
                        let list = fits.entry(j).or_default();
                        if !list.contains(&i) {
                            list.push(i);
                        }
                    }
                }
            }
        }
    }
    let gazetteer_id = |i: usize| match raws[i].identity {
        Identity::Place(p) => Some(p),
        Identity::Known(k) => Some(usize::MAX / 2 + k),
        _ => None,
    };
    for (j, list) in fits {
        let mut ids: Vec<usize> = list.iter().filter_map(|&i| gazetteer_id(i)).collect();
        ids.sort_unstable();
        ids.dedup();
        if ids.len() <= 1 {
            for i in list {
                union(&mut parent, i, j);
            }
        }
    }
    for &(a, ka) in &distinct_places {
        for &(b, kb) in &distinct_places {
            // Two different gazetteer places never merge, however alike their names.
            let different_places =
                matches!((gazetteer_id(a), gazetteer_id(b)), (Some(x), Some(y)) if x != y);
            if a < b && !different_places && names_match(ka, kb) {
                union(&mut parent, a, b);
            }
        }
    }

    let mut groups: HashMap<usize, Vec<usize>> = HashMap::default();
    for i in 0..n {
        let r = find(&mut parent, i);
        groups.entry(r).or_default().push(i);
    }
    let mut entities: Vec<Entity> = Vec::new();
    for (_, members) in groups {
        // A weak mention (a capitalised sentence opener) counts only if
        // confirmed by a strong one.
        if members.iter().all(|&m| raws[m].weak) {
            continue;
        }
        let mut mentions: Vec<Mention> = members
            .iter()
            .map(|&m| {
                let r = &raws[m];
                let text = text_of(r);
                Mention {
                    side: r.side,
                    start: r.start,
                    end: r.end,
                    paragraph: r.paragraph,
                    text: text[r.start..r.end].to_string(),
                }
            })
            .collect();
        mentions.sort_by_key(|m| (m.side, m.start));
        mentions.dedup_by_key(|m| (m.side, m.start));
        let Description {
            kind,
            label,
            value,
            quantity,
            unit,
            approximate,
        } = describe(&members, &raws, &mentions);
        // A name of no known kind both texts give, told where something
        // is or comes from ("в Кемерово", "из Канска"; "Kemerovā"), is a
        // place: a town no table knows. (Told by one text only, it may be
        // a colony's or a firm's name; its kind stays open.)
        let (kind, label) = if kind == EntityKind::Name
            && (on_both_sides(&mentions) && told_as_place(&mentions, left_text, right_text)
                || after_a_place_word(&mentions, left_text, right_text))
        {
            (EntityKind::Place, name::label(&mentions, EntityKind::Place))
        } else {
            (kind, label)
        };
        // A maker's name told of a vehicle ("automašīnas “Volkswagen” un
        // “BMW”", "микроавтобус Ford") is the vehicle: a thing, not the
        // company.
        let kind = if matches!(kind, EntityKind::Organisation | EntityKind::Name)
            && told_as_vehicle(&mentions, left_text, right_text)
        {
            EntityKind::Other
        } else {
            kind
        };
        let shared = on_both_sides(&mentions);
        entities.push(Entity {
            id: 0,
            kind,
            label,
            value,
            quantity,
            unit,
            approximate,
            mentions,
            shared,
            by_reader: false,
        });
    }
    entities.sort_by(|a, b| {
        b.shared
            .cmp(&a.shared)
            .then(a.kind.cmp(&b.kind))
            .then(b.mentions.len().cmp(&a.mentions.len()))
            .then(a.mentions[0].side.cmp(&b.mentions[0].side))
            .then(a.mentions[0].start.cmp(&b.mentions[0].start))
    });
    for (i, e) in entities.iter_mut().enumerate() {
        e.id = i;
    }
    entities
}

fn names_match(a: &[String], b: &[String]) -> bool {
    // Nur-Sultan and Nursultana: compare the words run together too.
    let opens_alike = |x: &[String], y: &[String]| {
        x.first().and_then(|w| w.chars().next()) == y.first().and_then(|w| w.chars().next())
    };
    if (a.len() > 1 || b.len() > 1) && opens_alike(a, b) && same_name(&a.concat(), &b.concat()) {
        return true;
    }
    // Surname against surname, or a single name against any word of a longer one.
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.len() == long.len() {
        return short.iter().zip(long).all(|(x, y)| same_name(x, y))
            // (Two words: of three, a middle word that differs names
            // another thing, Rīgas pilsētas / apelācijas tiesa.)
            || (short.len() == 2
                && same_name(&short[short.len() - 1], &long[long.len() - 1])
                && (same_name(&short[0], &long[0])
                    // Tomijs Kešs and Томми Кэш: one surname, given names
                    // adapted differently but opening alike.
                    || (skeleton(&short[0]).chars().take(3).eq(skeleton(&long[0]).chars().take(3))
                        && short[short.len() - 1].chars().count() >= 3)
                    // (Volodimirs and Владимир: one name's two forms.)
                    || one_given_name(&short[0], &long[0])))
            // (A list of the dead gives the surname first: "Калиев
            // Бауржан" is "Бауыржан Калиев".)
            || (short.len() == 2
                && same_name(&short[0], &long[1])
                && short[0].chars().count() >= 4
                && (same_name(&short[1], &long[0])
                    || skeleton(&short[1]).chars().take(3).eq(skeleton(&long[0]).chars().take(3))
                    || one_given_name(&short[1], &long[0])));
    }
    short.iter().all(|s| long.iter().any(|l| same_name(s, l)))
        && short.iter().any(|s| s.chars().count() >= 4)
}

/// Whether a name is told as a place: after a Russian preposition of
/// place ("в Кемерово", "из Канска"), or, one Latvian word, in the
/// locative ("Kemerovā"); and never after a word for a person.
fn told_as_place(mentions: &[Mention], left: &str, right: &str) -> bool {
    mentions.iter().any(|m| {
        let text = if m.side == Side::Left { left } else { right };
        let before = text[..m.start]
            .trim_end()
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("")
            .to_lowercase();
        let preposition = PLACE_PREPOSITIONS.contains(&before.as_str());
        let locative = !name::cyrillic(&m.text)
            && !m.text.contains(' ')
            && m.text.chars().next().is_some_and(char::is_uppercase)
            && (m.text.ends_with('ā') || m.text.ends_with('ē'));
        preposition || locative
    })
}

/// Russian words for a place before its name, by their start: a market,
/// a mine, a village, a town, a shopping centre, a checkpoint ("на рынке
/// Азиз", "шахты «Казахстанская»", "села Кумколь"). Written here from
/// general knowledge.
const PLACE_WORDS_BEFORE: &[&str] = &[
    "рынк",
    "рынок",
    "базар",
    "шахт",
    "сел",
    "посел",
    "посёл",
    "деревн",
    "аул",
    "кишлак",
    "город",
    "центр",
    "тц",
    "трц",
    "пункт",
    "аэропорт",
    "станци",
    "урочищ",
    "озер",
    "озёр",
    "рек",
    "болот",
    "остров",
    "залив",
];

/// Whether a name no table knows is told after a Russian word for a
/// place (see [`PLACE_WORDS_BEFORE`]), quotes or not, in most of its
/// Russian mentions.
fn after_a_place_word(mentions: &[Mention], left: &str, right: &str) -> bool {
    let russian: Vec<&Mention> = mentions
        .iter()
        .filter(|m| name::cyrillic(&m.text))
        .collect();
    let placed = russian
        .iter()
        .filter(|m| {
            let text = if m.side == Side::Left { left } else { right };
            text[..m.start]
                .trim_end_matches(|c: char| c.is_whitespace() || "«\"„“".contains(c))
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .is_some_and(|w| any_prefix(&w.to_lowercase(), PLACE_WORDS_BEFORE))
        })
        .count();
    placed > 0 && placed * 2 >= russian.len()
}

/// Words for a vehicle, by their start: Latvian, Russian and English,
/// written here from general knowledge.
const VEHICLES: &[&str] = &[
    "automašīn",
    "spēkrat",
    "busiņ",
    "autobus",
    "mikroautobus",
    "kravas",
    "vieglo",
    "vieglā",
    "transportlīdzekl",
    "автомобил",
    "машин",
    "автобус",
    "микроавтобус",
    "грузовик",
    "легков",
    "иномарк",
    "фургон",
    "car",
    "van",
    "truck",
];

/// Whether every mention of a name is a maker's, and one of them is told of
/// a vehicle: a vehicle word among the six words before it.
fn told_as_vehicle(mentions: &[Mention], left: &str, right: &str) -> bool {
    mentions.iter().all(|m| {
        m.text
            .split_whitespace()
            .next()
            .is_some_and(|w| is_maker(&w.to_lowercase()))
    }) && mentions.iter().any(|m| {
        let text = if m.side == Side::Left { left } else { right };
        let before: Vec<String> = text[..m.start]
            .rsplit(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .take(6)
            .map(str::to_lowercase)
            .collect();
        before.iter().any(|w| any_prefix(w, VEHICLES))
    })
}

/// Russian prepositions of place a town's name follows (в Кемерово, из
/// Канска, под Псковом); written here.
const PLACE_PREPOSITIONS: &[&str] = &["в", "во", "из", "под", "близ", "возле", "около"];

/// The kind, label, and (for figures) value and quantity of a cluster.
fn describe(members: &[usize], raws: &[Raw], mentions: &[Mention]) -> Description {
    let mut kinds: HashMap<EntityKind, usize> = HashMap::default();
    let mut place = None;
    let mut date_label = None;
    let mut figure = None;
    let mut known_entry = None;
    for &m in members {
        match &raws[m].identity {
            Identity::Place(p) => place = Some(*p),
            Identity::Date(_, label) => date_label = Some(label.clone()),
            Identity::Number(f) => {
                if figure
                    .as_ref()
                    .is_none_or(|g: &&Figure| g.quantity == Quantity::Other)
                {
                    figure = Some(f);
                }
            }
            Identity::Known(k) => known_entry = Some(*k),
            Identity::Tag(kind, _) => *kinds.entry(*kind).or_default() += 1,
            Identity::Name(_, kind) => *kinds.entry(*kind).or_default() += 1,
        }
    }
    if let Some(p) = place {
        return Description::named(
            EntityKind::Place,
            gazetteer_places()[p].names[0][0].to_string(),
        );
    }
    if let Some(label) = date_label {
        return Description::named(EntityKind::Date, label);
    }
    if let Some(f) = figure {
        return Description {
            kind: EntityKind::Number,
            label: f.text.clone(),
            value: Some(f.value),
            quantity: Some(f.quantity),
            unit: f.unit.clone(),
            approximate: f.approximate,
        };
    }
    if let Some(k) = known_entry {
        let entry = &known().entries[k];
        return Description::named(entry.kind, entry.label.to_string());
    }
    // The kind most mentions were given (a plain name only when nothing
    // more telling was); on a tie, the most telling one.
    if kinds.len() > 1 {
        kinds.remove(&EntityKind::Name);
    }
    let most = kinds.values().copied().max().unwrap_or(0);
    let kind = [
        EntityKind::Media,
        EntityKind::Organisation,
        EntityKind::Event,
        EntityKind::Work,
        EntityKind::Other,
        EntityKind::Place,
        EntityKind::Person,
        EntityKind::Hashtag,
        EntityKind::Handle,
        EntityKind::Url,
    ]
    .into_iter()
    .find(|k| kinds.get(k) == Some(&most))
    .unwrap_or(EntityKind::Name);
    let label = if matches!(
        kind,
        EntityKind::Hashtag | EntityKind::Handle | EntityKind::Url
    ) {
        mentions[0].text.clone()
    } else {
        name::label(mentions, kind)
    };
    Description::named(kind, label)
}

/// What [`describe`] tells of a cluster.
struct Description {
    kind: EntityKind,
    label: String,
    value: Option<f64>,
    quantity: Option<Quantity>,
    unit: Option<String>,
    approximate: bool,
}

impl Description {
    fn named(kind: EntityKind, label: String) -> Self {
        Description {
            kind,
            label,
            value: None,
            quantity: None,
            unit: None,
            approximate: false,
        }
    }
}

/// The labels of the entities both texts name, of the kinds `keep` wants.
#[cfg(test)]
fn shared_labels(lv: &str, ru: &str, keep: impl Fn(EntityKind) -> bool) -> Vec<String> {
    let r = crate::compare(crate::Input::text(lv), crate::Input::text(ru)).unwrap();
    r.entities
        .iter()
        .filter(|e| e.shared && keep(e.kind))
        .map(|e| e.label.clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_russian_adjective_in_ый_is_no_place() {
        // "Данный" meets Denmark's key (its doubled н merged); "Оше" is
        // Osh, a name of two letters the table gives in its cases.
        let places = shared_labels(
            "Negadījums notika Ošā.",
            "Данный случай произошёл в Оше.",
            |k| k == EntityKind::Place,
        );
        assert_eq!(places, ["Osh"]);
        let places = shared_labels(
            "Dānijā līst.",
            "Данный случай произошёл в Оше.",
            |k| k == EntityKind::Place,
        );
        assert!(places.is_empty(), "{places:?}");
    }

    #[test]
    fn an_agency_s_dateline_and_the_news_after_its_dash_are_two_things() {
        let r = crate::compare(
            crate::Input::text("Notikums."),
            crate::Input::text("Бишкек. 25 апреля. КазТАГ - В Караколе прошёл митинг."),
        )
        .unwrap();
        assert!(
            r.entities.iter().all(|e| !e.label.contains(" - ")),
            "{:?}",
            r.entities
        );
        assert!(r.entities.iter().any(|e| e.label == "Karakol"));
    }

    /// The labels of the bodies a Russian text names.
    fn bodies_of(ru: &str) -> Vec<String> {
        crate::compare(crate::Input::text("Notikums."), crate::Input::text(ru))
            .unwrap()
            .entities
            .into_iter()
            .filter(|e| e.kind == EntityKind::Organisation)
            .map(|e| e.label)
            .collect()
    }

    #[test]
    fn a_russian_body_in_the_masculine_locative_is_named_whole() {
        assert_eq!(
            bodies_of(
                "Об этом сообщили в Меркенском районном отделе полиции. Дело слушали в \
                 Таласском районном суде."
            ),
            [
                "Меркенский районный отдел полиции",
                "Таласский районный суд"
            ]
        );
    }

    #[test]
    fn a_district_and_the_hospital_named_after_it_are_two_things() {
        let r = crate::compare(
            crate::Input::text("Notikums."),
            crate::Input::text(
                "В Айыртауском районе произошло отравление. Детей доставили в \
                 Айыртаускую районную больницу.",
            ),
        )
        .unwrap();
        let hospital = r
            .entities
            .iter()
            .find(|e| e.label == "Айыртауская районная больница")
            .expect("the hospital");
        assert!(
            hospital.mentions.iter().all(|m| m.text.contains("больниц")),
            "{:?}",
            hospital.mentions
        );
    }

    #[test]
    fn a_russian_adjective_made_from_a_head_is_no_head() {
        assert_eq!(
            bodies_of("Пожар произошел в Клинической университетской больнице вчера."),
            ["Клиническая университетская больница"]
        );
    }

    #[test]
    fn a_list_that_gives_the_surname_first_names_the_same_people() {
        let found = shared_labels(
            "Погибли: Муратбаев Марат 1980 г.р., Калиев Бауржан 1974 г.р., Бертанс Дайрис.",
            "Среди погибших Марат Муратбаев, Бауыржан Калиев и Давис Бертанс.",
            |k| k == EntityKind::Person,
        );
        assert_eq!(found, ["Марат Муратбаев", "Бауыржан Калиев"]);
    }

    #[test]
    fn a_mention_that_opens_a_quote_closes_it() {
        let r = crate::compare(
            crate::Input::text("Lidostas \"Rīga\" darbs tika pārtraukts."),
            crate::Input::text("Работа аэропорта «Рига» была прервана."),
        )
        .unwrap();
        let texts: Vec<&str> = r
            .entities
            .iter()
            .flat_map(|e| &e.mentions)
            .map(|m| m.text.as_str())
            .collect();
        assert!(texts.contains(&"Lidostas \"Rīga\""), "{texts:?}");
        assert!(texts.contains(&"аэропорта «Рига»"), "{texts:?}");
    }

    #[test]
    fn a_military_mark_of_one_letter_is_one_thing_in_both_scripts() {
        let found = shared_labels(
            "Gaisā pacēlās iznīcinātāji F-16 un F-35, netālu bija tanks T-72. Spēlēja U-20 izlase.",
            "В воздух поднялись истребители F-16 и F-35, рядом был танк Т-72. Играла сборная U-20.",
            |k| k == EntityKind::Other,
        );
        assert_eq!(found, ["F-16", "F-35", "T-72"]);
    }

    #[test]
    fn a_town_s_people_are_not_the_school_named_after_it() {
        let r = crate::compare(
            crate::Input::text(
                "Baldonieši pulcējās protestā. Viņu mērķis – saglabāt Baldones sākumskolu.",
            ),
            crate::Input::text(
                "В Балдоне жители собрались на протест. Их требование - сохранить \
                 Балдонскую начальную школу. Балдонская средняя школа против.",
            ),
        )
        .unwrap();
        for school in ["Baldones sākumskol", "Балдонская средняя"] {
            let found = r
                .entities
                .iter()
                .find(|e| e.mentions.iter().any(|m| m.text.starts_with(school)))
                .expect(school);
            assert!(
                found.mentions.iter().all(|m| m.text.contains(' ')),
                "{school}: {:?}",
                found.mentions
            );
        }
    }

    #[test]
    fn a_russian_body_that_opens_with_its_head_takes_its_genitives() {
        assert_eq!(
            bodies_of(
                "Подростки живут в Центре оказания специальных социальных услуг. Дело \
                 передано в Управление специальных прокуроров. С ним согласен \
                 Центральный союз профсоюзов."
            ),
            [
                "Центр оказания специальных социальных услуг",
                "Управление специальных прокуроров",
                "Центральный союз профсоюзов"
            ]
        );
    }

    #[test]
    fn an_association_is_named_by_the_words_before_it() {
        let bodies = |lv: &str, ru: &str| shared_labels(lv, ru, |k| k == EntityKind::Organisation);
        assert_eq!(
            bodies(
                "Tas ir smags sitiens nozarei, secina Latvijas Aviācijas asociācijas valdes \
                 loceklis Jānis Bērziņš.",
                "Это тяжелый удар по отрасли, сказал член правления Латвийской ассоциации \
                 авиации Янис Берзиньш."
            ),
            ["Latvijas Aviācijas asociācija"]
        );
    }

    #[test]
    fn ukraine_s_towns_the_war_news_names_are_known_places() {
        let places = |lv: &str, ru: &str| shared_labels(lv, ru, |k| k == EntityKind::Place);
        assert_eq!(
            places(
                "Raķetes triecienā Krivijrihā gāja bojā cilvēki.",
                "Под удар попал Кривой Рог, где погибли люди."
            ),
            ["Kryvyi Rih"]
        );
    }

    #[test]
    fn a_ukrainian_given_name_spelt_the_latvian_way_meets_its_russian_form() {
        let people = |lv: &str, ru: &str| shared_labels(lv, ru, |k| k == EntityKind::Person);
        assert_eq!(
            people(
                "Apgabala vadītājs Serhijs Lisaks paziņoja par uzbrukumu.",
                "Глава области Сергей Лысак сообщил об атаке."
            ),
            ["Serhijs Lisaks"]
        );
    }

    #[test]
    fn a_country_cldr_gives_in_russian_by_its_acronym_is_found_by_its_name() {
        let places = |lv: &str, ru: &str| shared_labels(lv, ru, |k| k == EntityKind::Place);
        assert_eq!(
            places(
                "Apmaiņā palīdzēja Apvienoto Arābu Emirātu vidutāji.",
                "Обмену помогли посредники из Объединенных Арабских Эмиратов."
            ),
            ["United Arab Emirates"]
        );
    }

    #[test]
    fn islands_cldr_shortens_in_russian_are_found_written_out() {
        // CLDR has "Канарские о-ва"; the press writes "острова".
        let places = |lv: &str, ru: &str| shared_labels(lv, ru, |k| k == EntityKind::Place);
        assert_eq!(
            places(
                "Kanāriju salās nolaidās lidmašīna.",
                "Самолет приземлился на Канарских островах."
            ),
            ["Canary Islands"]
        );
    }

    #[test]
    fn a_place_the_table_names_otherwise_is_cldr_s_place() {
        // "РФ" and "Kijiva" are only the table's; Russia and Kyiv are CLDR's:
        // one place each, under its English name, in both texts.
        let places = |lv: &str, ru: &str| shared_labels(lv, ru, |k| k == EntityKind::Place);
        let found = places(
            "Krievija naktī uzbruka Kijivai.",
            "РФ нанесла удар по Киеву. Российские дроны атаковали город.",
        );
        assert_eq!(found, ["Russia", "Kyiv"]);
    }

    #[test]
    fn a_noun_opening_the_sentence_in_another_case_is_not_the_name_s() {
        let labels = |lv: &str| -> Vec<String> {
            let r = crate::compare(crate::Input::text(lv), crate::Input::text("Тест.")).unwrap();
            r.entities
                .iter()
                .filter(|e| e.kind != EntityKind::Date)
                .map(|e| e.label.clone())
                .collect()
        };
        assert_eq!(
            labels("Kaklarotu Napoleons uzdāvināja sievai."),
            ["Napoleons"]
        );
        // A plural head after a common word opening the sentence names no
        // one body; a singular one does.
        assert!(labels("Ārkārtas dienesti nobažījušies par tiltu.").is_empty());
        assert_eq!(labels("Augstākā tiesa lēma."), ["Supreme Court of Latvia"]);
        // Nor is a place in the locative after a man's name his.
        assert_eq!(
            labels("Vakar Tramps Mičiganā uzvarēja."),
            ["Tramps", "Mičigana"]
        );
        // A given name in the accusative opens a name in the accusative.
        assert_eq!(labels("Annu Kalniņu apbalvoja."), ["Anna Kalniņa"]);
    }

    #[test]
    fn a_monument_or_a_street_named_after_a_person_is_a_place() {
        let lv =
            "Gājiens sākās pie Kārļa Ulmaņa pieminekļa. Ugunsgrēks izcēlās Eduarda Smiļģa ielā.";
        let ru = "Шествие началось у памятника Карлису Улманису. Пожар начался на улице Эдуарда Смилгса.";
        let r = crate::compare(crate::Input::text(lv), crate::Input::text(ru)).unwrap();
        let kinds: Vec<(&str, EntityKind, bool)> = r
            .entities
            .iter()
            .map(|e| (e.label.as_str(), e.kind, e.shared))
            .collect();
        assert_eq!(
            kinds,
            [
                ("Kārļa Ulmaņa", EntityKind::Place, true),
                ("Eduarda Smiļģa iela", EntityKind::Place, true)
            ]
        );
    }

    #[test]
    fn a_district_named_by_a_hyphened_adjective_is_one_place() {
        let left = "Сель сошел в Иссык-Кульском районе. Вода дошла до берега Иссык-Куля.";
        let right = "В Иссык-Кульском районе пострадали 497 домов.";
        let r = crate::compare(crate::Input::text(left), crate::Input::text(right)).unwrap();
        let district = r
            .entities
            .iter()
            .find(|e| e.shared && e.kind == EntityKind::Place)
            .expect("the district both texts name");
        assert_eq!(district.label, "Иссык-Кульский район");
        // The lake is not the district.
        assert!(
            district.mentions.iter().all(|m| m.text != "Иссык-Куля"),
            "{:?}",
            district.mentions
        );
    }

    #[test]
    fn a_name_after_a_gorge_or_a_valley_is_a_place() {
        let ru = "В ущелье Абшыр-Ата смыло дорогу.";
        let r = crate::compare(crate::Input::text(ru), crate::Input::text(ru)).unwrap();
        let kinds: Vec<(&str, EntityKind)> = r
            .entities
            .iter()
            .map(|e| (e.label.as_str(), e.kind))
            .collect();
        assert!(
            kinds
                .iter()
                .any(|&(l, k)| l.starts_with("Абшыр") && k == EntityKind::Place),
            "{kinds:?}"
        );
    }

    #[test]
    fn a_town_s_centre_and_a_glossed_country_are_places() {
        let shared = |lv: &str, ru: &str| -> Vec<(String, EntityKind)> {
            let r = crate::compare(crate::Input::text(lv), crate::Input::text(ru)).unwrap();
            r.entities
                .iter()
                .filter(|e| e.shared)
                .map(|e| (e.label.clone(), e.kind))
                .collect()
        };
        // "Kabulas centrā" is in the centre of Kabul, not a centre of its name.
        let found = shared(
            "Kabulas centrā otrdienas rītā nograndis sprādziens.",
            "Взрыв прогремел в Кабуле во вторник утром.",
        );
        assert!(
            found.contains(&("Kabul".to_string(), EntityKind::Place)),
            "{found:?}"
        );
        // CLDR's "Mjanma (Birma)" is Mjanma as reports write it.
        let found = shared(
            "Zemestrīce Mjanmā nodarīja postījumus.",
            "Землетрясение в Мьянме причинило разрушения.",
        );
        assert_eq!(found, [("Myanmar".to_string(), EntityKind::Place)]);
    }

    #[test]
    fn a_region_before_a_given_name_is_not_part_of_the_name() {
        let r = crate::compare(
            crate::Input::text("Karloss Masons paziņoja par atkāpšanos."),
            crate::Input::text(
                "Глава автономного региона Валенсия Карлос Масон объявил, что уходит с должности.",
            ),
        )
        .unwrap();
        let person: Vec<_> = r
            .entities
            .iter()
            .filter(|e| e.kind == EntityKind::Person)
            .collect();
        assert_eq!(person.len(), 1, "{person:?}");
        assert!(person[0].shared, "{person:?}");
    }

    #[test]
    fn a_company_called_by_common_words_is_named_only_capitalised() {
        let labels = |lv: &str| -> Vec<String> {
            let r = crate::compare(crate::Input::text(lv), crate::Input::text(lv)).unwrap();
            r.entities.iter().map(|e| e.label.clone()).collect()
        };
        assert!(labels("Avarējušais pasažieru vilciens noskrēja no sliedēm.").is_empty());
        // (Nor is the capital a sentence opens with.)
        let opened = labels("Pasažieru vilcienā bija 350 pasažieru.");
        assert!(!opened.iter().any(|l| l.contains("vilcien")), "{opened:?}");
        assert_eq!(
            labels("AS \"Pasažieru vilciens\" atcēla reisus."),
            ["Pasažieru vilciens"]
        );
    }

    #[test]
    fn a_name_after_a_clause_that_ends_with_a_service_is_not_the_service() {
        let r = crate::compare(
            crate::Input::text("Kā paziņojis dienests, Izmirā ievainoti 885 cilvēki."),
            crate::Input::text("Kā paziņojis dienests, Izmirā ievainoti 885 cilvēki."),
        )
        .unwrap();
        assert!(
            r.entities
                .iter()
                .all(|e| e.kind != EntityKind::Organisation),
            "{:?}",
            r.entities
        );
    }

    #[test]
    fn a_town_in_the_locative_heads_no_institution() {
        let kinds = |lv: &str| -> Vec<(String, EntityKind)> {
            let r = crate::compare(crate::Input::text(lv), crate::Input::text(lv)).unwrap();
            r.entities
                .iter()
                .map(|e| (e.label.clone(), e.kind))
                .collect()
        };
        // In Vilnius, to hospital: the town, not a hospital of its name.
        let found = kinds("Pēc sprādziena Viļņā slimnīcā nogādāti četri cilvēki.");
        assert!(
            found.contains(&("Vilnius".to_string(), EntityKind::Place)),
            "{found:?}"
        );
        // The town's genitive still names its hospital.
        let found = kinds("Cietušos nogādāja Viļņas slimnīcā.");
        assert!(
            found.iter().any(|(_, k)| *k == EntityKind::Organisation),
            "{found:?}"
        );
    }

    #[test]
    fn a_province_is_named_after_its_town() {
        let town = |label: &str| super::province_town(label);
        assert_eq!(town("Московская область").as_deref(), Some("Moscow"));
        assert_eq!(town("Brjanskas apgabals").as_deref(), Some("Bryansk"));
        assert_eq!(town("Псковская область").as_deref(), Some("Pskov"));
        // Not a town, nor a street or a district.
        assert_eq!(town("Moscow"), None);
        assert_eq!(town("Brīvības iela"), None);
        assert!(super::town_and_province("Moscow", "Московская область"));
        assert!(!super::town_and_province("Pskov", "Московская область"));
    }

    #[test]
    fn a_town_no_table_knows_told_as_where_is_a_place() {
        let r = crate::compare(
            crate::Input::text("Kemerovā izcēlies liels ugunsgrēks."),
            crate::Input::text("В Кемерово произошел крупный пожар."),
        )
        .unwrap();
        let town = r
            .entities
            .iter()
            .find(|e| e.mentions.iter().any(|m| m.text == "Кемерово"))
            .expect("the town");
        assert!(town.shared, "{town:?}");
        assert_eq!(town.kind, EntityKind::Place);
        // Named by one text only, a name keeps its kind open.
        let r = crate::compare(
            crate::Input::text("Notiesātais pārvests uz citu koloniju."),
            crate::Input::text("Осужденный переведен в Аршалы."),
        )
        .unwrap();
        let colony = r
            .entities
            .iter()
            .find(|e| e.mentions.iter().any(|m| m.text == "Аршалы"))
            .expect("the name");
        assert_eq!(colony.kind, EntityKind::Name);
    }

    #[test]
    fn a_marathon_named_by_its_town_is_one_event_in_both_languages() {
        let r = crate::compare(
            crate::Input::text("Sestdien Rīgas maratonā piedalījās 30 000 skrējēju."),
            crate::Input::text("В субботу в Рижском марафоне приняли участие 30 тысяч бегунов."),
        )
        .unwrap();
        let marathon = r
            .entities
            .iter()
            .find(|e| e.kind == EntityKind::Event)
            .expect("the marathon");
        assert!(marathon.shared, "{marathon:?}");
        assert_eq!(marathon.label, "Rīgas maratons");
    }

    #[test]
    fn a_zoo_named_by_its_town_is_one_body_in_both_languages() {
        let r = crate::compare(
            crate::Input::text("Maskavas zoodārzā piedzima zilonēns."),
            crate::Input::text("В Московском зоопарке родился слонёнок."),
        )
        .unwrap();
        let zoo = r
            .entities
            .iter()
            .find(|e| e.kind == EntityKind::Organisation)
            .expect("the zoo");
        assert!(zoo.shared, "{zoo:?}");
        assert_eq!(zoo.label, "Maskavas zoodārzs");
    }

    #[test]
    fn the_head_of_a_body_named_after_the_body_s_word_is_a_person() {
        let r = crate::compare(
            crate::Input::text("VMD vadītājs Arvīds Ozols pastāstīja par uzbrukumiem."),
            crate::Input::text("Руководитель службы Арвид Озолс рассказал о нападениях."),
        )
        .unwrap();
        let head = r
            .entities
            .iter()
            .find(|e| e.mentions.iter().any(|m| m.text == "Арвид Озолс"))
            .expect("the head of the service");
        assert!(head.shared && head.kind == EntityKind::Person, "{head:?}");
        // A quoted name after the body's word is the body's own.
        let r = crate::compare(
            crate::Input::text("Uzņēmuma “Baltik Trans” direktors to apstiprināja."),
            crate::Input::text("Директор компании «Балтик Транс» это подтвердил."),
        )
        .unwrap();
        let firm = r
            .entities
            .iter()
            .find(|e| e.mentions.iter().any(|m| m.text.contains("Балтик")))
            .expect("the company");
        assert_eq!(firm.kind, EntityKind::Organisation, "{firm:?}");
    }

    #[test]
    fn a_russian_body_named_by_several_adjectives_is_one_name() {
        let r = crate::compare(
            crate::Input::text(
                "Vēlēšanas Igaunijā. Trešā ir Konservatīvā tautas partija. \
                 Cietušos nogādāja Liepājas Reģionālajā slimnīcā. \
                 Pacienti ir arī Ogres rajona slimnīcā.",
            ),
            crate::Input::text(
                "Выборы в Эстонии. Далее идет Консервативная народная партия Эстонии. \
                 Раненых доставили в Лиепайскую региональную больницу. \
                 Пациенты есть и в Огреской районной больнице.",
            ),
        )
        .unwrap();
        let right: Vec<(&str, EntityKind)> = r
            .entities
            .iter()
            .flat_map(|e| {
                e.mentions
                    .iter()
                    .filter(|m| m.side == Side::Right)
                    .map(move |m| (m.text.as_str(), e.kind))
            })
            .collect();
        // The whole party, and not the People's Party of the table inside
        // it; a town's adjective opening a hospital's name is the
        // hospital's, the Latvian name with its town and capitalised
        // adjective its match; a district's adjective is no district.
        assert!(
            right.iter().any(|&(m, k)| {
                m.starts_with("Консервативная народная партия") && k == EntityKind::Organisation
            }),
            "{right:?}"
        );
        assert!(
            !right.iter().any(|(m, _)| *m == "народная партия"),
            "{right:?}"
        );
        let hospital = r
            .entities
            .iter()
            .find(|e| {
                e.mentions
                    .iter()
                    .any(|m| m.text == "Лиепайскую региональную больницу")
            })
            .expect("the hospital");
        assert!(hospital.shared, "{hospital:?}");
        assert_eq!(hospital.label, "Liepājas Reģionālā slimnīca");
        assert!(
            right.contains(&("Огреской районной больнице", EntityKind::Organisation)),
            "{right:?}"
        );
    }

    #[test]
    fn a_village_told_by_its_junction_direction_or_province_is_a_place() {
        let places = |lv: &str, ru: &str| shared_labels(lv, ru, |k| k == EntityKind::Place);
        assert_eq!(
            places(
                "Avārija notika pie Apšupes krustojuma.",
                "Авария произошла возле Апшупе."
            ),
            ["Apšupe"]
        );
        assert_eq!(
            places(
                "Vilcieni Skultes virzienā kavējas.",
                "Поезда в направлении Скулте опаздывают."
            ),
            ["Skulte"]
        );
    }

    #[test]
    fn the_region_s_airports_are_places_in_both_languages() {
        let places = |lv: &str, ru: &str| shared_labels(lv, ru, |k| k == EntityKind::Place);
        assert_eq!(
            places(
                "Viļņas lidostā nolaidās lidmašīna.",
                "Самолет приземлился в аэропорту Вильнюса."
            ),
            ["Vilnius Airport"]
        );
        assert_eq!(
            places(
                "Lidmašīna nolaidās Šeremetjevo lidostā.",
                "Самолет приземлился в Шереметьево."
            ),
            ["Sheremetyevo"]
        );
    }

    #[test]
    fn a_brand_in_latin_letters_is_no_person() {
        let bodies = |lv: &str, ru: &str| shared_labels(lv, ru, |k| k == EntityKind::Organisation);
        assert_eq!(
            bodies(
                "Pirmizrāde notika kinoteātrī Forum Cinemas Rīgā.",
                "Премьера прошла в Forum Cinemas в Риге."
            ),
            ["Forum Cinemas"]
        );
    }

    #[test]
    fn a_sentence_opener_after_a_missing_full_stop_ends_no_name() {
        let a = "Автобус ехал по трассе Кызылорда — Кумколь Во время движения он опрокинулся.";
        let b = "Авария произошла на трассе Кызылорда — Кумколь, сообщили в МВД.";
        let r = crate::compare(crate::Input::text(a), crate::Input::text(b)).unwrap();
        let texts: Vec<&str> = r
            .entities
            .iter()
            .flat_map(|e| e.mentions.iter().map(|m| m.text.as_str()))
            .collect();
        assert!(texts.contains(&"Кумколь"), "{texts:?}");
        assert!(!texts.iter().any(|t| t.ends_with("Во")), "{texts:?}");
    }

    #[test]
    fn a_party_called_by_a_common_word_is_named_only_in_quotes() {
        let lv = "Saskaņā ar likumu deputāti balsoja. Par \"Saskaņu\" nobalsoja 16,89% vēlētāju.";
        let ru = "Согласие сторон было получено. За «Согласие» проголосовали 18,9% избирателей.";
        let r = crate::compare(crate::Input::text(lv), crate::Input::text(ru)).unwrap();
        let harmony: Vec<&str> = r
            .entities
            .iter()
            .filter(|e| e.label == "Harmony")
            .flat_map(|e| e.mentions.iter().map(|m| m.text.as_str()))
            .collect();
        assert_eq!(harmony, ["Saskaņu", "Согласие"]);
        // In quotes in another case too, and never a common word's case
        // outside them.
        let ru = "Голосование, инициированное \"Согласием\", провалилось. Согласием сторон \
                  дело закрыто.";
        let r = crate::compare(crate::Input::text(lv), crate::Input::text(ru)).unwrap();
        let harmony: Vec<&str> = r
            .entities
            .iter()
            .filter(|e| e.label == "Harmony")
            .flat_map(|e| e.mentions.iter().map(|m| m.text.as_str()))
            .collect();
        assert_eq!(harmony, ["Saskaņu", "Согласием"]);
    }

    #[test]
    fn a_region_named_after_its_town_is_a_place_of_its_own() {
        let r = crate::compare(
            crate::Input::text("Pleskavas apgabalā avarēja autobuss. Pleskavā ir auksts."),
            crate::Input::text(
                "В Псковской области разбился автобус. В Пскове холодно. \
                 В Западно-Казахстанской области паводок.",
            ),
        )
        .unwrap();
        let places: Vec<(&str, bool)> = r
            .entities
            .iter()
            .filter(|e| e.kind == EntityKind::Place)
            .map(|e| (e.label.as_str(), e.shared))
            .collect();
        assert_eq!(places, [("Pleskavas apgabals", true), ("Pskov", true)]);
        // A country after a region's noun is no region of its name unless
        // it stands unchanged right after it ("округ Колумбия").
        let found = shared_labels(
            "Šonakt Pleskavas apgabalā, Krievijā, avarēja autobuss. Kolumbijas apgabalā līst.",
            "В Харьковской области Украины тихо. В России авария. В округе Колумбия дождь.",
            |k| k == EntityKind::Place,
        );
        assert_eq!(found, ["Russia", "Kolumbijas apgabals"]);
    }

    #[test]
    fn adjectives_listed_before_one_area_noun_each_name_their_town() {
        let found = shared_labels(
            "Visvairāk cietušas Kandavas, Saldus un Dagdas apkārtnes.",
            "Больше всего пострадали Кандавская, Салдусская и Дагдская волости.",
            |k| k == EntityKind::Place,
        );
        assert_eq!(found, ["Kandava", "Saldus", "Dagda"]);
        // However long the list, with the plural "краев" or a compass
        // compound among the adjectives.
        let found = shared_labels(
            "Lūgumi nāca no Kandavas, Saldus, Talsu, Tukuma, Dobeles, Bauskas, \
             Madonas, Gulbenes, Ludzas un Dagdas novada.",
            "Просьбы поступили от Кандавского, Салдусского, Талсинского, \
             Тукумского, Добельского, Бауского, Мадонского, Гулбенского, \
             Лудзенского и Дагдского краев.",
            |k| k == EntityKind::Place,
        );
        assert_eq!(found.len(), 10, "{found:?}");
        let found = shared_labels(
            "Saslima bērni Rīgā, Siguldas un Salaspils novadā.",
            "Заболели дети в Рижском, Южно-Курземском, Сигулдском и Саласпилсском краях.",
            |k| k == EntityKind::Place,
        );
        assert_eq!(found, ["Riga", "Sigulda", "Salaspils"]);
    }

    #[test]
    fn a_region_named_by_the_compass_and_a_country_is_not_the_country() {
        let found = shared_labels(
            "Kazahstānā notika referendums.",
            "В Восточно-Казахстанской области проголосовали 86%. В Западно-Казахстанской \
             (68%) меньше. В Казахстане прошел референдум.",
            |k| k == EntityKind::Place,
        );
        assert_eq!(found, ["Kazakhstan"]);
        let r = crate::compare(
            crate::Input::text("Kazahstānā notika referendums."),
            crate::Input::text("В Восточно-Казахстанской области проголосовали 86%."),
        )
        .unwrap();
        assert!(r.entities.iter().all(|e| !e.shared), "{:?}", r.entities);
    }

    #[test]
    fn a_country_s_russian_name_in_latin_letters_is_not_the_country() {
        // "Rossija 1" is a channel; Россия is Russia.
        let r = crate::compare(
            crate::Input::text("Mamikins uzstājās kanālā \"Rossija 1\"."),
            crate::Input::text("Мамыкин выступил на российском телевидении."),
        )
        .unwrap();
        assert!(
            r.entities
                .iter()
                .all(|e| e.label != "Russia" || e.mentions.iter().all(|m| m.text != "Rossija")),
            "{:?}",
            r.entities
        );
    }

    #[test]
    fn a_district_is_named_by_its_adjective_after_a_ts_too() {
        // Дарницкий, not Дарницский: after a ц the adjective takes -кий.
        let found = shared_labels(
            "Darnicas rajonā tika bojāta māja.",
            "В Дарницком районе поврежден дом.",
            |k| k == EntityKind::Place,
        );
        assert_eq!(found, ["Darnicas rajons"]);
    }

    #[test]
    fn an_adverb_or_a_shop_s_abbreviation_opens_no_name() {
        let labels = |lv: &str, ru: &str| -> Vec<String> {
            let r = crate::compare(crate::Input::text(lv), crate::Input::text(ru)).unwrap();
            r.entities
                .iter()
                .filter(|e| e.kind != EntityKind::Number && e.kind != EntityKind::Date)
                .map(|e| e.label.clone())
                .collect()
        };
        let found = labels(
            "Šorīt Rīgas centrā apstājās tramvajs. Patlaban operatīvais dienests strādā. \
             Šoreiz Siliņa atbalstu saņēma.",
            "Пожар в ТЦ Domina Shopping потушен. Вскоре Кариньш ушёл.",
        );
        assert!(
            found
                .iter()
                .all(|l| !["Šorīt", "Patlaban", "Šoreiz", "Вскоре"]
                    .iter()
                    .any(|a| l.starts_with(a))),
            "{found:?}"
        );
        assert!(found.iter().any(|l| l == "Domina Shopping"), "{found:?}");
    }

    #[test]
    fn a_body_s_acronym_before_a_given_name_is_no_part_of_the_name() {
        let r = crate::compare(
            crate::Input::text("Nekas nenotika."),
            crate::Input::text("Об этом сообщил глава КГГА Тимур Ткаченко."),
        )
        .unwrap();
        let people: Vec<&str> = r
            .entities
            .iter()
            .filter(|e| e.kind == EntityKind::Person)
            .map(|e| e.label.as_str())
            .collect();
        assert_eq!(people, ["Тимур Ткаченко"]);
    }

    fn shared_people(lv: &str, ru: &str) -> (Vec<String>, Vec<String>) {
        let r = crate::compare(crate::Input::text(lv), crate::Input::text(ru)).unwrap();
        let people = |shared: bool| {
            r.entities
                .iter()
                .filter(|e| e.kind == EntityKind::Person && e.shared == shared)
                .map(|e| e.label.clone())
                .collect::<Vec<_>>()
        };
        (people(true), people(false))
    }

    #[test]
    fn a_short_latvian_surname_meets_its_russian_spelling() {
        let (shared, alone) = shared_people(
            "Vārtus iemeta Roberts Bukarts un Jānis Jaks, bet Kārlis Ozols nespēlēja.",
            "Шайбы забросили Роберт Букартс и Янис Якс, а Карлис Озолс не играл.",
        );
        assert_eq!(shared.len(), 3, "{shared:?} {alone:?}");
        assert!(alone.is_empty(), "{alone:?}");
    }

    #[test]
    fn a_particle_hyphenated_inside_a_place_s_name_is_the_name_s() {
        assert_eq!(
            shared_labels(
                "Epicentrs bija netālu no Pordepē pilsētas.",
                "Больше всего разрушений в городе Пор-де-Пе.",
                |k| k == EntityKind::Place
            ),
            ["Pordepe"]
        );
    }

    #[test]
    fn a_man_named_by_one_of_his_two_given_names_is_still_he() {
        let people = |lv: &str, ru: &str| shared_labels(lv, ru, |k| k == EntityKind::Person);
        assert_eq!(
            people(
                "Ārlietu ministrs būs Ģirts Valdis Kristovskis.",
                "Министром иностранных дел станет Валдис Кристовскис."
            ),
            ["Ģirts Valdis Kristovskis"]
        );
        // Two brothers keep apart.
        assert_eq!(
            people(
                "Spēlēja Dairis Bertāns un Dāvis Bertāns.",
                "Играли Дайрис Бертанс и Давис Бертанс."
            ),
            ["Dairis Bertāns", "Dāvis Bertāns"]
        );
    }

    #[test]
    fn a_double_surname_alone_is_the_man_named_in_full() {
        let r = crate::compare(
            crate::Input::text("Kara-Murzas kolēģi uzskata, ka lieta ir atriebība."),
            crate::Input::text("Владимир Кара-Мурза находится в СИЗО. Адвокат Кара-Мурзы заявил."),
        )
        .unwrap();
        let people: Vec<&Entity> = r
            .entities
            .iter()
            .filter(|e| e.mentions.iter().any(|m| m.text.contains("Мурз")))
            .collect();
        assert_eq!(people.len(), 1, "{people:?}");
        assert!(
            people[0].shared && people[0].mentions.len() == 3,
            "{people:?}"
        );
    }

    #[test]
    fn a_russian_surname_in_ov_and_a_player_s_role_meet_the_latvian_names() {
        let (shared, alone) = shared_people(
            "Pirmos punktus guva Iļja Karpenkovs. Vārtsargs Matīss Kivlenieks atvairīja metienus.",
            "Первые очки набрал Илья Карпенков. Голкипер Матис Кивлениекс отразил броски.",
        );
        assert_eq!(shared.len(), 2, "{shared:?} {alone:?}");
        assert!(alone.is_empty(), "{alone:?}");
    }

    #[test]
    fn a_name_does_not_cross_from_cyrillic_into_latin_words() {
        let r = crate::compare(
            crate::Input::text("Gintam Zilbalodim prieks."),
            crate::Input::text("Фильм режиссера Гинтса Зилбалодиса Straume получил приз."),
        )
        .unwrap();
        let texts: Vec<&str> = r
            .entities
            .iter()
            .flat_map(|e| e.mentions.iter().map(|m| m.text.as_str()))
            .collect();
        assert!(texts.contains(&"Гинтса Зилбалодиса"), "{texts:?}");
        assert!(
            !texts.iter().any(|t| t.contains("Зилбалодиса Straume")),
            "{texts:?}"
        );
    }

    #[test]
    fn a_city_named_with_a_small_word_inside_is_found_whole() {
        let places = |lv: &str, ru: &str| shared_labels(lv, ru, |k| k == EntityKind::Place);
        assert_eq!(
            places(
                "Zemestrīce skāra Portoprensu.",
                "Землетрясение в Порт-о-Пренсе."
            ),
            ["Port-au-Prince"]
        );
    }

    #[test]
    fn a_maker_s_name_told_of_a_vehicle_is_the_vehicle() {
        let kind_of = |lv: &str, ru: &str, name: &str| {
            let r = crate::compare(crate::Input::text(lv), crate::Input::text(ru)).unwrap();
            r.entities.iter().find(|e| e.label == name).map(|e| e.kind)
        };
        assert_eq!(
            kind_of(
                "Avārijā cieta automašīnas “Volkswagen” un “BMW”.",
                "В аварии пострадали автомобили Volkswagen и BMW.",
                "BMW"
            ),
            Some(EntityKind::Other)
        );
        assert_eq!(
            kind_of(
                "Koncerns “BMW” paziņoja par peļņu.",
                "Концерн BMW сообщил о прибыли.",
                "BMW"
            ),
            Some(EntityKind::Organisation)
        );
    }

    #[test]
    fn a_name_after_a_russian_word_for_a_place_is_a_place() {
        let r = crate::compare(
            crate::Input::text("Ugunsgrēks Azizas tirgū."),
            crate::Input::text("Пожар на рынке Азиз потушен. Рынок Азиз закрыт."),
        )
        .unwrap();
        let aziz = r
            .entities
            .iter()
            .find(|e| e.mentions.iter().any(|m| m.text.starts_with("Азиз")))
            .expect("Aziz");
        assert_eq!(aziz.kind, EntityKind::Place, "{aziz:?}");
    }

    #[test]
    fn a_party_called_by_common_words_is_named_only_whole() {
        let r = crate::compare(
            crate::Input::text("Policija atrada kokaīnu. Mūsu partija to kritizēja."),
            crate::Input::text("Партия кокаина найдена в Кокнесе. Наша партия раскритиковала."),
        )
        .unwrap();
        let party: Vec<&Entity> = r
            .entities
            .iter()
            .filter(|e| e.label == "Our Party")
            .collect();
        assert_eq!(party.len(), 1, "{party:?}");
        assert!(
            party[0].mentions.iter().all(|m| m.text != "Партия"),
            "{party:?}"
        );
        assert!(party[0].shared, "{party:?}");
    }

    #[test]
    fn the_body_a_title_heads_is_not_part_of_the_name_after_it() {
        let (shared, alone) = shared_people(
            "Par to paziņoja komitejas vadītājs Arsens Semjonovs.",
            "Об этом сообщил глава Горкомитета Арсен Семёнов. Позже Семёнов уточнил сроки.",
        );
        assert_eq!(shared, ["Arsens Semjonovs"], "{alone:?}");
        assert!(alone.is_empty(), "{alone:?}");
    }

    #[test]
    fn an_english_w_written_u_in_russian_and_v_in_latvian_is_one_letter() {
        let (shared, _) = shared_people(
            "Treneris Lūks Voltons teica, ka komanda spēlēja labi. Elizabete Vorena piekrita.",
            "Тренер Люк Уолтон сказал, что команда играла хорошо. Элизабет Уоррен согласилась.",
        );
        assert_eq!(shared.len(), 2, "{shared:?}");
        // (A U before a consonant is a U: Ulmanis is no Vlmanis.)
        assert_eq!(skeleton("ulmanis"), "ulman");
    }

    #[test]
    fn a_latvian_name_quoted_in_latin_letters_in_russian_is_the_same_name() {
        let labels = shared_labels(
            "Satiksmi atjaunoja, informē VSIA \"Latvijas Valsts ceļi\".",
            "Движение восстановлено, сообщает предприятие Latvijas valsts ceļi.",
            |k| k == EntityKind::Organisation,
        );
        assert_eq!(labels, ["Latvian State Roads"]);
    }

    #[test]
    fn a_town_s_council_is_one_body_in_both_languages() {
        let labels = shared_labels(
            "Daugavpils domes priekšsēdētājs atbrīvots no amata.",
            "Депутаты Даугавпилсской думы освободили мэра от должности.",
            |k| k == EntityKind::Organisation,
        );
        assert_eq!(labels, ["Daugavpils dome"]);
    }

    #[test]
    fn a_joint_list_names_both_its_parties_but_an_address_path_names_none() {
        let labels = shared_labels(
            "Tālāk seko NA/LRA apvienotais saraksts ar 9,64%.",
            "Латвийское объединение регионов и Национальное объединение набрали 8,8%.",
            |k| k == EntityKind::Organisation,
        );
        assert!(
            labels.contains(&"Latvian Association of Regions".to_string()),
            "{labels:?}"
        );
        assert!(
            labels.contains(&"Nacionālā apvienība".to_string()),
            "{labels:?}"
        );
        let labels = shared_labels(
            "Sīkāk lapā example.lv/LRA/zinas.",
            "Латвийское объединение регионов.",
            |k| k == EntityKind::Organisation,
        );
        assert!(labels.is_empty(), "{labels:?}");
    }

    #[test]
    fn regional_parties_join_and_a_possessive_is_no_place() {
        let labels = shared_labels(
            "Daugavpils domē Latgales partija un Mūsu partija noslēdza koalīciju.",
            "В Даугавпилсской думе Латгальская партия и \"Наша партия\" заключили коалицию. \
             Нашим приоритетом является бюджет.",
            |k| k == EntityKind::Organisation,
        );
        assert!(labels.contains(&"Latgale Party".to_string()), "{labels:?}");
        assert!(labels.contains(&"Our Party".to_string()), "{labels:?}");
        let r = crate::compare(
            crate::Input::text("Mūsu prioritāte ir budžets."),
            crate::Input::text("Нашим приоритетом является бюджет."),
        )
        .unwrap();
        assert!(
            r.entities.iter().all(|e| e.kind != EntityKind::Place),
            "{:?}",
            r.entities
        );
        // Nor is the acronym of a common noun a name: ДТП is a road accident.
        let r = crate::compare(
            crate::Input::text("Avārija uz šosejas."),
            crate::Input::text("На шоссе произошло ДТП, о ЧП сообщили СМИ."),
        )
        .unwrap();
        assert!(r.entities.is_empty(), "{:?}", r.entities);
    }

    #[test]
    fn a_verb_between_a_name_and_a_head_noun_ends_the_name() {
        // "parakstīs" (will sign) is no genitive: Latvia stays a place.
        let r = crate::compare(
            crate::Input::text("Latvija parakstīs konvenciju nākamnedēļ."),
            crate::Input::text("Латвия подпишет конвенцию на следующей неделе."),
        )
        .unwrap();
        assert!(
            r.entities.iter().any(|e| e.label == "Latvia" && e.shared),
            "{:?}",
            r.entities
        );
        assert!(!r.entities.iter().any(|e| e.label.contains("parakst")));
        // Nor does an infinitive that opens like a head noun make a body
        // of a man's name ("padomāt", to think, is no "padome", council).
        let r = crate::compare(
            crate::Input::text("Par jaunu suni Aivars nespēj padomāt."),
            crate::Input::text("Айварс не может думать о новой собаке."),
        )
        .unwrap();
        assert!(
            !r.entities.iter().any(|e| e.label.contains("padom")),
            "{:?}",
            r.entities
        );
    }

    #[test]
    fn a_road_number_is_a_place_and_other_acronyms_bodies() {
        let r = crate::compare(
            crate::Input::text("Uz autoceļa A2 apgāzās autobuss, ziņo VUGD."),
            crate::Input::text("На трассе А2 перевернулся автобус, сообщает ГПСС."),
        )
        .unwrap();
        let road = r
            .entities
            .iter()
            .find(|e| e.mentions.iter().any(|m| m.text == "A2"))
            .unwrap();
        assert!(road.shared && road.kind == EntityKind::Place, "{road:?}");
        assert_eq!(road.label, "Vidzeme highway");
        let vugd = r
            .entities
            .iter()
            .find(|e| e.mentions.iter().any(|m| m.text == "VUGD"))
            .unwrap();
        assert_eq!(vugd.kind, EntityKind::Organisation);
        // An acronym of the table is matched letter for letter: "GPS" is
        // not "ГПСС", though the two keys meet.
        let r = crate::compare(
            crate::Input::text("Suni atrada pēc GPS signāla, ziņo VUGD."),
            crate::Input::text("Собаку нашли по сигналу GPS, сообщает ГПСС."),
        )
        .unwrap();
        let gps = r
            .entities
            .iter()
            .find(|e| e.mentions.iter().any(|m| m.text == "GPS"));
        assert!(
            gps.is_none_or(|e| !e.mentions.iter().any(|m| m.text == "ГПСС")),
            "{gps:?}"
        );
    }

    #[test]
    fn a_latin_word_is_no_place_by_the_russian_name_it_spells() {
        // "Rimi" (a grocery chain) spells Rome's Russian name, Рим, and
        // "Vena" (a surname) Vienna's, Вена; neither is Latvian for them.
        let r = crate::compare(
            crate::Input::text("Rimi skrējienā uzvarēja Džeimss Vens. Vena ģimene bija klāt."),
            crate::Input::text("Забег прошёл в субботу."),
        )
        .unwrap();
        let places: Vec<_> = r
            .entities
            .iter()
            .filter(|e| e.kind == EntityKind::Place)
            .collect();
        assert!(places.is_empty(), "{places:?}");
        // Latvian names them Roma and Vīne.
        let r = crate::compare(
            crate::Input::text("Romā un Vīnē notika skrējieni."),
            crate::Input::text("В Риме и Вене прошли забеги."),
        )
        .unwrap();
        for label in ["Rome", "Vienna"] {
            assert!(
                r.entities.iter().any(|e| e.label == label && e.shared),
                "{label}: {:?}",
                r.entities
            );
        }
    }

    #[test]
    fn a_word_after_a_headline_s_colon_opens_a_sentence() {
        let r = crate::compare(
            crate::Input::text("Maxima traģēdija: Atrasti jau 54 mirušie"),
            crate::Input::text("Трагедия Maxima: найдены 52 погибших"),
        )
        .unwrap();
        assert!(
            !r.entities
                .iter()
                .any(|e| e.mentions.iter().any(|m| m.text.starts_with("Atrast"))),
            "{:?}",
            r.entities
        );
    }

    #[test]
    fn a_street_named_after_a_day_is_no_date() {
        let r = crate::compare(
            crate::Input::text("Koncerts notiks 11. novembra krastmalā. Tas sāksies 11. novembrī."),
            crate::Input::text("Концерт пройдет на набережной 11 Ноября, сообщили организаторы."),
        )
        .unwrap();
        let dates: Vec<_> = r
            .entities
            .iter()
            .filter(|e| e.kind == EntityKind::Date)
            .flat_map(|e| e.mentions.iter().map(|m| m.text.as_str()))
            .collect();
        assert_eq!(dates, ["11. novembrī"]);
    }

    #[test]
    fn a_highway_named_after_a_town_is_the_highway_not_the_town() {
        let r = crate::compare(
            crate::Input::text("Autobuss brauca pa Liepājas šoseju no Rīgas uz Liepāju."),
            crate::Input::text("Автобус ехал по Лиепайскому шоссе из Риги в Лиепаю."),
        )
        .unwrap();
        let shared = |label: &str| {
            r.entities
                .iter()
                .any(|e| e.label == label && e.shared && e.kind == EntityKind::Place)
        };
        assert!(shared("Liepāja highway"), "{:?}", r.entities);
        assert!(shared("Liepāja"), "{:?}", r.entities);
    }

    #[test]
    fn a_man_named_and_the_man_he_hands_something_to_are_two() {
        let (shared, alone) = shared_people(
            "Levits Rinkēvičam simboliski nodod atslēgas. Egils Levits sagaidīja Edgaru Rinkēviču.",
            "Левитс символически передал ключи Ринкевичсу. Эгилс Левитс встретил Эдгарса Ринкевичса.",
        );
        assert_eq!(shared, ["Egils Levits", "Edgars Rinkēvičs"], "{alone:?}");
        assert!(alone.is_empty(), "{alone:?}");
    }

    #[test]
    fn a_press_conference_is_no_named_event() {
        let r = crate::compare(
            crate::Input::text(
                "Preses konferencē Siliņa uzsvēra, ka Kariņš preses konferencē to neteica.",
            ),
            crate::Input::text("На пресс-конференции Силиня это подчеркнула."),
        )
        .unwrap();
        assert!(
            !r.entities
                .iter()
                .any(|e| e.label.to_lowercase().contains("konferenc")),
            "{:?}",
            r.entities
        );
    }

    #[test]
    fn a_surname_that_spells_a_town_is_still_a_surname() {
        let (shared, alone) = shared_people(
            "Saeimas priekšsēdētājs Edvards Smiltēns pasniedza apbalvojumus.",
            "Председатель Сейма Эдвардс Смилтенс вручил награды.",
        );
        assert_eq!(shared, ["Edvards Smiltēns"]);
        assert!(alone.is_empty(), "{alone:?}");
    }

    #[test]
    fn places_with_short_stems_are_found_in_every_case() {
        let r = crate::compare(
            crate::Input::text("Latvija pārstāv Āzijas un Āfrikas grupu."),
            crate::Input::text("Места закреплены за Азией и Африкой."),
        )
        .unwrap();
        for place in ["Asia", "Africa"] {
            assert!(
                r.entities.iter().any(|e| e.label == place && e.shared),
                "{place}: {:?}",
                r.entities
            );
        }
    }

    #[test]
    fn given_names_adapted_or_inflected_still_join_one_person_but_not_a_brother() {
        let (shared, _) = shared_people(
            "Latviju pārstāvēja Tomijs Kešs ar dziesmu.",
            "Латвию представлял Томми Кэш с песней.",
        );
        assert_eq!(shared, ["Tomijs Kešs"]);
        let (shared, alone) = shared_people(
            "Puslaiku noslēdza Dāvja Bertāna metiens. Dairis Bertāns spēlēja labi.",
            "Половина завершилась после броска Дависа Бертанса.",
        );
        assert_eq!(shared.len(), 1, "{shared:?}");
        assert!(
            shared[0].starts_with("Dāvis") || shared[0].starts_with("Давис"),
            "{shared:?}"
        );
        assert_eq!(alone, ["Dairis Bertāns"]);
        assert!(!given_alike("aleksejs", "aleksandrs"));
        let key = |w: &str, lang| crate::normalize::tokens(w, lang)[0].key.to_string();
        assert!(given_alike(
            &key("Volodimirs", Lang::Latvian),
            &key("Владимир", Lang::Russian)
        ));
        assert!(!given_alike(
            &key("Volodimirs", Lang::Latvian),
            &key("Александр", Lang::Russian)
        ));
    }

    use crate::{ParagraphKind, Span};

    fn side<'a>(s: Side, text: &'a str, sentences: &'a [Sentence<'a>]) -> SideText<'a> {
        SideText {
            side: s,
            text,
            sentences,
        }
    }

    fn para(text: &str, lang: Lang) -> Vec<crate::Paragraph> {
        vec![crate::Paragraph {
            start: 0,
            end: text.len(),
            kind: ParagraphKind::Body,
            lang,
            sentences: crate::segment::sentences(text),
            duplicate_of: None,
        }]
    }

    fn find<'a>(es: &'a [Entity], label: &str) -> &'a Entity {
        es.iter().find(|e| e.label == label).unwrap_or_else(|| {
            panic!(
                "no {label} in {:?}",
                es.iter().map(|e| &e.label).collect::<Vec<_>>()
            )
        })
    }

    #[test]
    fn places_link_across_script_case_and_derivation() {
        let lv = "Kazahstānā notiek protesti. Palīdzība Kazahstānai. Video no #Kazachstan galvaspilsētas.";
        let ru = "В Казахстане беспорядки. Известный казахстанский оппозиционер живёт в Лондоне.";
        let es = extract_pair(lv, ru);
        let kz = find(&es, "Kazakhstan");
        let texts: Vec<&str> = kz.mentions.iter().map(|m| m.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Kazahstānā",
                "Kazahstānai",
                "#Kazachstan",
                "Казахстане",
                "казахстанский"
            ]
        );
        assert!(kz.shared);
        assert!(!find(&es, "London").shared);
    }

    #[test]
    fn a_parish_no_table_knows_is_one_place_in_both_languages() {
        let lv = "Avārija notika Smārdes pagastā, Tukuma novadā. Vēl viena bija Zantes pagastā.";
        let ru =
            "Авария произошла в Смарденской волости Тукумского края. Ещё одна в Зантской волости.";
        let es = extract_pair(lv, ru);
        let places: Vec<(&str, Vec<&str>)> = es
            .iter()
            .filter(|e| e.kind == EntityKind::Place)
            .map(|e| {
                let texts = e.mentions.iter().map(|m| m.text.as_str()).collect();
                (e.label.as_str(), texts)
            })
            .collect();
        assert_eq!(
            places,
            [
                (
                    "Smārdes pagasts",
                    vec!["Smārdes pagastā", "Смарденской волости"]
                ),
                ("Tukums", vec!["Tukuma novadā", "Тукумского края"]),
                ("Zantes pagasts", vec!["Zantes pagastā", "Зантской волости"]),
            ]
        );
    }

    #[test]
    fn a_region_district_and_village_no_table_knows_meet_their_latvian_names() {
        // (The adjective's stem is cut once: рязан-, not ряз-; шилов-, not
        // Moscow's шилв-. Лесной keeps its -oj in Latvian.)
        let es = extract_pair(
            "Sprādziens notika Rjazaņas apgabala Šilovas rajona Ļesnojas ciemā.",
            "Взрыв произошел в поселке Лесной Шиловского района Рязанской области.",
        );
        for label in ["Rjazaņas apgabals", "Šilovas rajons", "Ļesnoja"] {
            assert!(find(&es, label).shared, "{label}: {es:?}");
        }
        // Not a longer name the Russian opens: Лесной is not Lesnojeva.
        let es = extract_pair("Tur bija Lesnojeva.", "В поселке Лесной.");
        assert!(!es.iter().any(|e| e.shared), "{es:?}");
    }

    #[test]
    fn the_riga_planning_region_is_not_the_city() {
        let es = extract_pair(
            "Zemākais bezdarba līmenis bija Rīgas reģionā, bet Rīgā tas auga.",
            "Самый низкий уровень безработицы был в Рижском регионе, а в Риге он рос.",
        );
        let region = find(&es, "Riga region");
        assert!(region.shared, "{es:?}");
        assert!(region
            .mentions
            .iter()
            .all(|m| m.text.contains("reģion") || m.text.contains("регион")));
        assert!(find(&es, "Riga").shared, "{es:?}");
    }

    #[test]
    fn a_romance_spelling_kept_in_latvian_meets_the_russian_by_sound() {
        let es = extract_pair(
            "Brazīlijas kluba “Chapecoense” futbolisti bija ceļā uz spēli ar “Atletico Nacional”.",
            "Самолет с командой «Шапекоэнсе» летел на матч против «Атлетико Насьональ».",
        );
        for label in ["Chapecoense", "Atletico Nacional"] {
            assert!(find(&es, label).shared, "{label}: {es:?}");
        }
        // A Latvian c is still ц.
        let es = extract_pair("Avārija notika Cēsīs.", "Авария произошла в Цесисе.");
        assert!(find(&es, "Cēsis").shared, "{es:?}");
    }

    #[test]
    fn a_german_town_russian_writes_with_yu_or_g_is_the_latvian_one() {
        let es = extract_pair(
            "Lībekā notika uzbrukums. Heidelbergā un Lībekā strādā policija.",
            "В Любеке произошло нападение. В Гейдельберге и Любеке работает полиция.",
        );
        // (Towns the names table does not know: it knows Munich, Hamburg.)
        assert!(find(&es, "Lībeka").shared);
        assert!(find(&es, "Heidelberga").shared);
        // (Not any two names whose vowels differ: Минск is no "Mansk".)
        let es = extract_pair("Manskā notika uzbrukums.", "В Минске произошло нападение.");
        assert!(es.iter().all(|e| !e.shared), "{es:?}");
    }

    #[test]
    fn a_participle_or_a_locative_is_no_word_of_a_body_s_name() {
        let es = extract_pair(
            "Valsts policija pagājušajā nedēļā Alūksnes pusē atklājusi laboratoriju.",
            "На прошлой неделе Госполиция обнаружила под Алуксне лабораторию.",
        );
        assert!(
            es.iter().all(|e| !e.label.contains("laborator")),
            "{:?}",
            es.iter().map(|e| &e.label).collect::<Vec<_>>()
        );
        assert!(find(&es, "Alūksne").shared);
    }

    #[test]
    fn a_county_abroad_no_table_knows_is_a_place() {
        // "Bjūtas" alone would be a name of unknown kind; its noun makes it
        // a place.
        let es = extract_pair(
            "Ugunsgrēks izpostījis Bjūtas apgabala pilsētu, apstiprināja Bjūtas apgabala šerifs.",
            "Пожар уничтожил город в округе Бьютт.",
        );
        let county = find(&es, "Bjūtas apgabals");
        assert_eq!(county.kind, EntityKind::Place);
    }

    #[test]
    fn a_lake_is_named_with_its_noun_in_the_nominative() {
        let es = extract_pair(
            "Negadījums noticis Peiteļa ezerā pie robežas.",
            "Трагедия произошла на озере Пейтеля у границы.",
        );
        let lake = find(&es, "Peiteļa ezers");
        assert!(lake.shared && lake.kind == EntityKind::Place, "{lake:?}");
    }

    #[test]
    fn a_latvian_town_is_not_the_country_whose_russian_name_it_spells() {
        let es = extract_pair(
            "Pie Līvāniem ūdens līmenis ir stabils. Libānā notika vēlēšanas.",
            "В Ливане прошли выборы. Уровень воды у Ливан стабилен.",
        );
        let livani = find(&es, "Līvāni");
        assert!(!livani.shared, "{:?}", livani.mentions);
        assert!(find(&es, "Lebanon").shared);
    }

    #[test]
    fn an_acronym_joins_its_expansion_and_the_expansion_its_translation() {
        let es = extract_pair(
            "Slimību profilakses un kontroles centrs (SPKC) ziņo par gripu. SPKC aicina vakcinēties. \
             Citu akūtu elpceļu infekciju (AEI) izplatība ir stabila.",
            "Об этом сообщает Центр профилактики и контроля заболеваний (ЦПКЗ). ЦПКЗ призывает \
             прививаться.",
        );
        // (The names table knows this one, and labels it in English; the
        // body below it knows only by the mechanism.)
        let centre = find(&es, "Centre for Disease Prevention and Control");
        let texts: Vec<&str> = centre.mentions.iter().map(|m| m.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Slimību profilakses un kontroles centrs",
                "SPKC",
                "SPKC",
                "Центр профилактики и контроля заболеваний",
                "ЦПКЗ",
                "ЦПКЗ"
            ]
        );
        // A term spelt out in lower case is no body's name.
        assert!(!es.iter().any(|e| e.label.contains("elpceļu")));
        // A body the other text names in full without its acronym.
        let es = extract_pair(
            "Liecina Latvijas Kultūras mantojuma centra (LKMC) dati.",
            "Свидетельствуют данные Латвийского центра культурного наследия.",
        );
        let lvgmc = find(&es, "Latvijas Kultūras mantojuma centrs");
        assert!(lvgmc.shared, "{:?}", lvgmc.mentions);
        // (Latvia inside the two names is part of them, no place of its own.)
        assert!(!es.iter().any(|e| e.label == "Latvia"));
    }

    #[test]
    fn the_region_s_large_companies_are_organisations_in_both_scripts() {
        let es = extract_pair(
            "Sberbank un Swedbank paziņoja par jaunu sadarbību ar Wildberries.",
            "Сбербанк и Сведбанк объявили о сотрудничестве с Wildberries.",
        );
        for label in ["Sberbank", "Swedbank", "Wildberries"] {
            let e = find(&es, label);
            assert!(e.shared, "{label}: {:?}", e.mentions);
            assert_eq!(e.kind, EntityKind::Organisation, "{label}");
        }
    }

    #[test]
    fn a_maker_is_a_company_and_a_model_a_product() {
        let es = extract_pair(
            "Vadītājs ar automobili Toyota Hilux sadūrās ar Volvo kravas auto. Lidmašīna Airbus A220 nolaidās.",
            "Водитель внедорожника Toyota Hilux столкнулся с грузовиком Volvo. Самолёт Airbus A220 приземлился.",
        );
        let kind = |label: &str| find(&es, label).kind;
        assert_eq!(kind("Toyota Hilux"), EntityKind::Other);
        assert_eq!(kind("Airbus A220"), EntityKind::Other);
        // (Told of the lorry, "грузовиком Volvo", the maker's name is the
        // vehicle too; told of the company, a body: see below.)
        assert_eq!(kind("Volvo"), EntityKind::Other);
    }

    #[test]
    fn an_initial_glued_to_a_surname_is_the_man_named_in_full() {
        let es = extract_pair(
            "Komisiju vada vicepremjers Ačilbajs Ramatovs.",
            "Комиссию возглавил вице-премьер Ачилбай Раматов. Позже прибыл и сам А.Раматов.",
        );
        let people: Vec<&Entity> = es
            .iter()
            .filter(|e| e.label.contains("Раматов") || e.label.contains("Ramatov"))
            .collect();
        assert_eq!(people.len(), 1, "{es:?}");
        assert!(
            people[0].mentions.iter().any(|m| m.text == "Раматов"),
            "{people:?}"
        );
    }

    #[test]
    fn a_state_s_citizens_name_the_state() {
        let es = extract_pair(
            "Starp bojāgājušajiem ir divi Krievijas pilsoņi.",
            "Среди погибших двое россиян.",
        );
        let russia = es.iter().find(|e| e.label == "Russia").expect("Russia");
        assert!(russia.shared, "{es:?}");
        // (A people's name is no state: "русские" is not Russia.)
        let es = extract_pair("Krievijā bija vēlēšanas.", "Русские пришли на выборы.");
        assert!(
            !es.iter().any(|e| e.label == "Russia" && e.shared),
            "{es:?}"
        );
    }

    #[test]
    fn an_acronym_speech_declines_is_the_body() {
        let es = extract_pair(
            "CVK paziņoja, ka vēlētāju aktivitāte ir augsta.",
            "Как отметил глава ЦИКа, явка высокая.",
        );
        let cec = es
            .iter()
            .find(|e| e.mentions.iter().any(|m| m.text == "ЦИКа"))
            .expect("the commission");
        assert!(cec.shared, "{es:?}");
        assert!(crate::entities::known::inflected_acronym("ЦИКа") == Some("ЦИК"));
        assert!(crate::entities::known::inflected_acronym("Рига").is_none());
    }

    #[test]
    fn an_outlet_s_acronym_in_a_photo_credit_is_the_outlet() {
        let es = extract_pair(
            "Reformu partija uzvarēja vēlēšanās, ziņo ERR.",
            "Партия реформ победила на выборах.\n\nFoto: Ken Mürk/ERR",
        );
        let err = es.iter().find(|e| e.label == "ERR").expect("ERR");
        assert!(err.shared, "{es:?}");
    }

    #[test]
    fn a_market_and_a_cemetery_are_named_by_the_words_before_them() {
        let es = extract_pair(
            "Ugunsgrēks izcēlās tirgū.",
            "Пожар вспыхнул на Ошском рынке. Вандалы осквернили могилы Нового еврейского кладбища.",
        );
        let labels: Vec<&str> = es.iter().map(|e| e.label.as_str()).collect();
        assert!(
            labels
                .iter()
                .any(|l| l.starts_with("Ошск") && l.contains("рын")),
            "{labels:?}"
        );
        assert!(
            labels
                .iter()
                .any(|l| l.contains("еврейск") && l.contains("кладбищ")),
            "{labels:?}"
        );
    }

    #[test]
    fn a_model_s_number_is_part_of_its_name() {
        let es = extract_pair(
            "Lidmašīna \"Il-18\" un \"Boeing 737-300\" nolaidās. Sprāga granāta RGD-5.",
            "Самолеты Ил-18 и Boeing 737300 приземлились. Взорвалась граната РГД-5, не Ан-24.",
        );
        let shared = |text: &str| {
            es.iter().any(|e| {
                e.kind == EntityKind::Other
                    && e.mentions.iter().any(|m| m.side == Side::Left)
                    && e.mentions
                        .iter()
                        .any(|m| m.side == Side::Right && m.text == text)
            })
        };
        assert!(shared("Ил-18"), "{es:?}");
        assert!(shared("Boeing 737300"), "{es:?}");
        assert!(shared("РГД-5"), "{es:?}");
        assert!(!shared("Ан-24"), "{es:?}");
    }

    #[test]
    fn a_bridge_is_a_place_named_in_both_languages() {
        let es = extract_pair(
            "Uzbrucējs ar automašīnu iebrauca gājējos uz Vestminsteras tilta.",
            "Нападавший въехал в толпу на Вестминстерском мосту.",
        );
        let bridge = es
            .iter()
            .find(|e| e.mentions.iter().any(|m| m.text == "Вестминстерском мосту"))
            .expect("the bridge");
        assert!(bridge.shared, "{es:?}");
        assert_eq!(bridge.kind, EntityKind::Place);
        assert_eq!(bridge.label, "Vestminsteras tilts");
    }

    #[test]
    fn a_ukrainian_given_name_is_its_russian_form() {
        let es = extract_pair(
            "Prezidents Volodimirs Zelenskis ieradās Rīgā.",
            "Президент Владимир Зеленский прибыл в Ригу.",
        );
        let people: Vec<&Entity> = es.iter().filter(|e| e.kind == EntityKind::Person).collect();
        assert_eq!(people.len(), 1, "{people:?}");
        assert!(people[0].shared);
    }

    #[test]
    fn a_village_and_its_region_are_two_places() {
        let es = extract_pair(
            "Nogruvums skāra Aju ciemu.",
            "Оползень сошел на село Аю. В селе Аю Ошской области погибли люди.",
        );
        let labels: Vec<&str> = es.iter().map(|e| e.label.as_str()).collect();
        assert!(labels.contains(&"Ошская область"), "{labels:?}");
        assert!(!labels.iter().any(|l| l.contains("Аю О")), "{labels:?}");
    }

    #[test]
    fn the_world_of_a_world_championship_is_no_place() {
        let es = extract_pair(
            "Latvija uzvarēja Pasaules čempionāta pirmajā spēlē.",
            "Латвия победила в первом матче чемпионата мира, весь мир смотрел.",
        );
        assert!(
            !es.iter().any(|e| e.label.eq_ignore_ascii_case("world")),
            "{es:?}"
        );
        assert!(es.iter().any(|e| e.label == "Latvia" && e.shared));
    }

    #[test]
    fn a_ship_is_a_thing_and_a_resort_or_a_bar_a_place() {
        let es = extract_pair(
            "Ledlauzis \"Varma\" izglāba divus cilvēkus. Šveices kūrortā Kranmontanā bārā \"Le Constellation\" izcēlās ugunsgrēks.",
            "Ледокол \"Варма\" спас двух человек. На курорте Кран-Монтана в баре «Le Constellation» произошел пожар.",
        );
        let kind = |label: &str| find(&es, label).kind;
        assert_eq!(kind("Varma"), EntityKind::Other);
        assert_eq!(kind("Le Constellation"), EntityKind::Place);
        assert!(es
            .iter()
            .any(|e| e.kind == EntityKind::Place && e.label.starts_with("Kranmontan")));
    }

    /// The entities of a Latvian and a Russian text of one paragraph each.
    fn extract_pair(lv: &str, ru: &str) -> Vec<Entity> {
        let (pl, pr) = (para(lv, Lang::Latvian), para(ru, Lang::Russian));
        let (sl, sr) = (
            crate::normalize::sentences(lv, &pl),
            crate::normalize::sentences(ru, &pr),
        );
        extract(&side(Side::Left, lv, &sl), &side(Side::Right, ru, &sr))
    }

    #[test]
    fn a_word_of_speech_alone_in_quotes_is_no_name() {
        // A group's slogan opens with "Nē!"; the party after it is a name.
        let found: Vec<String> = extract_pair(
            "Aktīvistu grupa \"Nē! \"Saskaņas centram valdībā\" sauca pie Saeimas.",
            "Активисты протестовали у Сейма.",
        )
        .into_iter()
        .filter(|e| !matches!(e.kind, EntityKind::Number | EntityKind::Date))
        .map(|e| e.label)
        .collect();
        assert!(!found.iter().any(|l| l == "Nē"), "{found:?}");
        assert!(found.iter().any(|l| l == "Harmony Centre"), "{found:?}");
    }

    #[test]
    fn words_that_spell_a_place_or_a_body_in_another_use_are_not_it() {
        let labels = |lv: &str, ru: &str| -> Vec<(String, EntityKind, bool)> {
            extract_pair(lv, ru)
                .into_iter()
                .filter(|e| !matches!(e.kind, EntityKind::Number | EntityKind::Date))
                .map(|e| (e.label, e.kind, e.shared))
                .collect()
        };
        // An agency's acronym in capitals is not Gaza; the minister is not
        // the ministry; a given name is not Libya; a street's man is no month.
        let es = labels(
            "Nodarbinātības valsts aģentūra (NVA) ziņo. Ārlietu ministrs tikās ar kolēģiem. \
             Augusta Deglava ielā ir sastrēgums.",
            "Об этом сообщает ГАЗ. Ливия Янковска рассказала о случившемся.",
        );
        assert!(
            es.iter().any(|e| e.0 == "State Employment Agency" && e.2),
            "{es:?}"
        );
        assert!(
            !es.iter().any(|e| e.0.contains("Gaza") || e.0 == "Libya"),
            "{es:?}"
        );
        assert!(
            !es.iter().any(|e| e.0.contains("Foreign Affairs")),
            "{es:?}"
        );
        assert!(
            es.iter()
                .any(|e| e.0 == "Ливия Янковска" && e.1 == EntityKind::Person),
            "{es:?}"
        );
        // A town spelt as the table writes it, or in Latin letters, is the
        // town; an inflected Ливане is still Lebanon.
        let es = labels(
            "Līvānos un Rīgas jūras līcī; Militārās policijas dienests.",
            "Мэр Ливаны. Līvānu novada ģerbonis. В Ливане и в Рижском заливе.",
        );
        for (label, shared) in [("Līvāni", true), ("Gulf of Riga", true), ("Lebanon", false)] {
            assert!(
                es.iter().any(|e| e.0 == label && e.2 == shared),
                "{label}: {es:?}"
            );
        }
        assert!(es.iter().any(|e| e.0 == "Military Police"), "{es:?}");
        // A given name before a surname is no place of its stem.
        let es = labels(
            "Apsūdzētais Imants Jurkevičs nomira. Imantā notika sapulce.",
            "Обвиняемый Имант Юркевич скончался. В Иманте прошло собрание.",
        );
        assert!(
            es.iter().any(|e| e.0 == "Imants Jurkevičs" && e.2),
            "{es:?}"
        );
        assert!(es.iter().any(|e| e.0 == "Imanta" && e.2), "{es:?}");
        // Percentage points are not the same figure as a rate in per cent.
        let es = extract_pair(
            "Cenas pieauga par 0,2%, bet pārtika deva +0,2 procentpunktus.",
            "Цены выросли на 0,2%, а продукты дали +0,2 процентного пункта.",
        );
        let points: Vec<(Option<&str>, bool)> = es
            .iter()
            .filter(|e| e.value == Some(0.2))
            .map(|e| (e.unit.as_deref(), e.shared))
            .collect();
        assert_eq!(points, [(Some("%"), true), (Some("pp"), true)]);
        // A district is not the region of one name.
        let es = extract_pair(
            "Nekas.",
            "Под обстрел попали Баткенском районе. В Баткенской области ввели режим.",
        );
        let region = find(&es, "Баткенская область");
        assert!(
            region.mentions.iter().all(|m| !m.text.contains("район")),
            "{region:?}"
        );
    }

    #[test]
    fn acronyms_and_names_link_but_look_alikes_do_not() {
        let lv = "Tokajevs lūdza ODKB palīdzību. Kasims Žomarts Tokajevs runāja. Austrija un Austrālija. To teica Aleksejs Bebinovs.";
        let ru = "Токаев обратился к ОДКБ. Об этом сообщил Алексей Бебинов.";
        let es = extract_pair(lv, ru);
        assert!(find(&es, "CSTO").shared);
        let tokayev = es
            .iter()
            .find(|e| e.mentions.iter().any(|m| m.text == "Токаев"))
            .unwrap();
        assert!(tokayev.mentions.iter().any(|m| m.text.contains("Tokajevs")));
        assert_ne!(find(&es, "Austria").id, find(&es, "Australia").id);
        assert!(find(&es, "Aleksejs Bebinovs").shared);
    }

    #[test]
    fn an_adjective_before_a_plural_genitive_is_no_town_in_the_locative() {
        let r = crate::compare(
            crate::Input::text("Lietuvas Nacionālās autopārvadātāju asociācijas pārstāvis runāja."),
            crate::Input::text("Представитель ассоциации перевозчиков Литвы говорил."),
        )
        .unwrap();
        assert!(
            !r.entities
                .iter()
                .any(|e| e.label.starts_with("Nacion") && e.kind == EntityKind::Place),
            "{:?}",
            r.entities
                .iter()
                .map(|e| (&e.label, e.kind))
                .collect::<Vec<_>>()
        );
    }

    #[test]
    fn two_courts_of_one_city_are_two() {
        let lv =
            "Rīgas pilsētas tiesa viņu attaisnoja. Vēlāk Rīgas apelācijas tiesa viņu notiesāja.";
        let ru = "Rīgas pilsētas tiesa viņu attaisnoja pirms gada.";
        let es = extract_pair(lv, ru);
        let city = es
            .iter()
            .find(|e| e.mentions.iter().any(|m| m.text == "Rīgas pilsētas tiesa"))
            .unwrap();
        assert!(
            city.mentions.iter().all(|m| !m.text.contains("apelācijas")),
            "{:?}",
            city.mentions
        );
    }

    #[test]
    fn a_country_s_acronym_is_the_country_in_either_script() {
        let lv = "ASV prezidents apmeklēja Rīgu.";
        let ru = "Президент США Джо Байден посетил Ригу.";
        let es = extract_pair(lv, ru);
        let us = find(&es, "United States");
        assert!(us.shared && us.kind == EntityKind::Place, "{us:?}");
        assert!(us.mentions.iter().any(|m| m.text == "США"), "{us:?}");
    }

    #[test]
    fn the_gazetteer_is_the_places_word_list() {
        let list = include_str!("../../data/places-lv-ru-en.tsv");
        let rows = list.lines().filter(|l| !l.starts_with('#')).count();
        assert!(rows > 500);
        // Every row but the world's.
        assert_eq!(gazetteer_places().len(), rows - 1);
        assert!(!gazetteer_places().iter().any(|p| p.code == "001"));
        assert!(gazetteer_places()
            .iter()
            .any(|p| p.names[1].contains(&"Kazahstāna")));
    }

    #[test]
    fn keys_with_multibyte_letters_compare_by_letters() {
        // Found by the compare fuzz target: a key with more bytes but fewer
        // letters than the other underflowed the length difference.
        // "kazahstana" is 10 bytes and 10 letters, "žžžžžžž" 14 bytes but 7 letters.
        assert!(!same_name("kazahstana", "žžžžžžž"));
        assert!(!same_name("žžžžžžž", "kazahstana"));
        let crash = include_bytes!("../../../../fuzz/corpus/compare/regression-underflow");
        let cut = crash.iter().position(|&b| b == 0).unwrap();
        let (l, r) = (
            String::from_utf8_lossy(&crash[..cut]),
            String::from_utf8_lossy(&crash[cut + 1..]),
        );
        let _ = crate::compare(crate::Input::text(&l), crate::Input::text(&r));
    }

    #[test]
    fn figures_know_what_they_count() {
        let ru =
            "Убиты 5 человек, ранены более 30 человек. В 2011 году, в день 20-летия независимости.";
        let pr = para(ru, Lang::Russian);
        let sr = crate::normalize::sentences(ru, &pr);
        let es = extract(&side(Side::Left, "", &[]), &side(Side::Right, ru, &sr));
        assert_eq!(find(&es, "5").quantity, Some(Quantity::Killed));
        assert_eq!(find(&es, "30").quantity, Some(Quantity::Injured));
        assert_eq!(find(&es, "2011").kind, EntityKind::Date);
        assert_eq!(find(&es, "20th anniversary").kind, EntityKind::Date);
        let _ = Span { start: 0, end: 0 };
    }

    #[test]
    fn a_toll_told_in_other_words_is_a_toll() {
        let lv = entities_of(
            "53 cilvēki zaudējuši dzīvību Magvindanao provincē.",
            Lang::Latvian,
        );
        assert_eq!(find(&lv, "53").quantity, Some(Quantity::Killed));
        let ru = entities_of(
            "По его словам, большинство жертв – 67 человек – проживало в провинции Магинданао. Спасатели вывели на поверхность 182 горняка.",
            Lang::Russian,
        );
        assert_eq!(find(&ru, "67").quantity, Some(Quantity::Killed));
        assert_eq!(find(&ru, "182").quantity, Some(Quantity::Rescued));
        let ru = entities_of(
            "Сообщается, что в больницу доставлены двое пострадавших. Ранены 5 человек.",
            Lang::Russian,
        );
        assert_eq!(find(&ru, "2").quantity, Some(Quantity::Hospitalised));
        assert_eq!(find(&ru, "5").quantity, Some(Quantity::Injured));
    }

    /// The entities of one text, read as a right side against an empty left.
    fn entities_of(text: &str, lang: Lang) -> Vec<Entity> {
        let p = para(text, lang);
        let s = crate::normalize::sentences(text, &p);
        extract(&side(Side::Left, "", &[]), &side(Side::Right, text, &s))
    }

    #[test]
    fn a_name_is_no_body_it_speaks_to_nor_one_in_another_script() {
        let named = |text: &str, lang: Lang| -> Vec<(String, EntityKind)> {
            entities_of(text, lang)
                .into_iter()
                .filter(|e| e.kind != EntityKind::Date && e.kind != EntityKind::Number)
                .map(|e| (e.label, e.kind))
                .collect()
        };
        // A picture's credit after "©" is no place.
        assert!(named("Ilustratīvs attēls © Depositphotos", Lang::Latvian)
            .iter()
            .all(|(_, kind)| *kind != EntityKind::Place));
        // Who told the agency, not a body named after her.
        assert!(named(
            "Negadījumā cieta trīs cilvēki, informēja Ilze Jurēvica aģentūrai LETA.",
            Lang::Latvian
        )
        .contains(&("Ilze Jurēvica".to_string(), EntityKind::Person)));
        assert!(named(
            "Negadījumā cieta trīs cilvēki, informēja Ilze Jurēvica aģentūrai LETA.",
            Lang::Latvian
        )
        .iter()
        .all(|(_, kind)| *kind != EntityKind::Organisation));
        // A company, then the man who speaks for it.
        assert!(named(
            "Об этом сообщил представитель RA Events Янис Унбедахтс.",
            Lang::Russian
        )
        .iter()
        .any(|(label, kind)| *kind == EntityKind::Person && label == "Янис Унбедахтс"));
    }

    #[test]
    fn a_figure_takes_its_cue_within_its_clause() {
        let quantity =
            |text: &str, lang: Lang, figure: &str| find(&entities_of(text, lang), figure).quantity;
        // The clause after a figure ends at its comma, even right after it.
        let ru = "Число погибших в Сирии превысило 780, пострадали более 2200.";
        assert_ne!(quantity(ru, Lang::Russian, "780"), Some(Quantity::Injured));
        assert_eq!(quantity(ru, Lang::Russian, "2200"), Some(Quantity::Injured));
        // A comma between two names lists them: the clause goes on.
        let ru = "Более 800 жителей провинций Кунар, Лагман и Нангархар погибли.";
        assert_eq!(quantity(ru, Lang::Russian, "800"), Some(Quantity::Killed));
        // Wounds ("ievainojumus") and deaths ("гибели") are cues too.
        let lv = "Turcijā vairāk nekā 11 000 cilvēku guvuši ievainojumus.";
        assert_eq!(
            quantity(lv, Lang::Latvian, "11000"),
            Some(Quantity::Injured)
        );
        let ru = "Ранее сообщалось о гибели 227 человек.";
        assert_eq!(quantity(ru, Lang::Russian, "227"), Some(Quantity::Killed));
        // Taken in as in-patients ("stacionēti") is taken to hospital.
        let lv = "Traumpunktā uzņemti 142 pacienti, no kuriem 24 ir stacionēti.";
        assert_eq!(
            quantity(lv, Lang::Latvian, "24"),
            Some(Quantity::Hospitalised)
        );
    }

    #[test]
    fn a_count_is_of_the_noun_past_its_adjectives() {
        let unit =
            |text: &str, figure: &str| find(&entities_of(text, Lang::Russian), figure).unit.clone();
        let houses = unit("Под завалами оказались 11 жилых домов.", "11");
        assert!(houses.is_some());
        assert_eq!(
            unit("Под завалами оказались шесть одноэтажных жилых домов.", "6"),
            houses
        );
        // A word in -их that is the counted thing itself stays so.
        let hurt = unit("Пять пострадавших доставлены в больницу.", "5");
        assert_ne!(hurt, unit("Пять пострадавших домов сгорели.", "5"));
    }

    #[test]
    fn a_toll_denied_is_a_toll_of_none() {
        let zeros = |text: &str, lang: Lang| -> Vec<Option<Quantity>> {
            entities_of(text, lang)
                .iter()
                .filter(|e| e.kind == EntityKind::Number && e.value == Some(0.0))
                .map(|e| e.quantity)
                .collect()
        };
        assert_eq!(
            zeros("Отток воды прекратился, погибших нет.", Lang::Russian),
            vec![Some(Quantity::Killed)]
        );
        assert_eq!(
            zeros("Пожар потушили без пострадавших.", Lang::Russian),
            vec![Some(Quantity::Injured)]
        );
        assert_eq!(
            zeros("Ugunsgrēkā cietušo nav.", Lang::Latvian),
            vec![Some(Quantity::Injured)]
        );
        // No news of the dead is no count of them, nor is "нет" elsewhere.
        assert!(zeros("Данных о погибших нет.", Lang::Russian).is_empty());
        assert!(zeros(
            "Погибшие были местными жителями, но нет ясности.",
            Lang::Russian
        )
        .is_empty());
    }
}
