//! Figures: a number (in digits or words), what it counts, its unit, and
//! whether it was given as approximate.

use rustc_hash::FxHashMap as HashMap;

use super::{any_prefix, Identity, ANNIVERSARY_CUES};
use crate::normalize::Token;
use crate::Quantity;

/// Number words of Latvian, Russian and English in their case forms, with
/// their values. Written here from general knowledge of the languages'
/// numeral declensions (Latvian 2–9 decline like nouns of both genders,
/// Russian numerals by case; collective двое, трое...).
fn number_words() -> &'static HashMap<String, f64> {
    static WORDS: std::sync::OnceLock<HashMap<String, f64>> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        let mut m: HashMap<String, f64> = HashMap::default();
        // Latvian: masculine -i -u -iem -us -os, feminine -as -u -ām -as -ās.
        for (stem, v) in [
            ("div", 2.0),
            ("četr", 4.0),
            ("piec", 5.0),
            ("seš", 6.0),
            ("septiņ", 7.0),
            ("astoņ", 8.0),
            ("deviņ", 9.0),
        ] {
            for end in ["i", "u", "iem", "us", "os", "as", "ām", "ās"] {
                m.insert(format!("{stem}{end}"), v);
            }
        }
        for (w, v) in [
            ("viens", 1.0),
            ("viena", 1.0),
            ("vienam", 1.0),
            ("vienu", 1.0),
            ("vienai", 1.0),
            ("trīs", 3.0),
            ("triju", 3.0),
            ("trim", 3.0),
            ("trijiem", 3.0),
            ("trijām", 3.0),
            ("trijos", 3.0),
            ("desmit", 10.0),
            ("vienpadsmit", 11.0),
            ("divpadsmit", 12.0),
            ("trīspadsmit", 13.0),
            ("četrpadsmit", 14.0),
            ("piecpadsmit", 15.0),
            ("sešpadsmit", 16.0),
            ("septiņpadsmit", 17.0),
            ("astoņpadsmit", 18.0),
            ("deviņpadsmit", 19.0),
            ("divdesmit", 20.0),
            ("trīsdesmit", 30.0),
            ("četrdesmit", 40.0),
            ("piecdesmit", 50.0),
            ("simts", 100.0),
            ("simt", 100.0),
            ("divsimt", 200.0),
            ("trīssimt", 300.0),
            ("četrsimt", 400.0),
            ("piecsimt", 500.0),
            ("sešsimt", 600.0),
            ("septiņsimt", 700.0),
            ("astoņsimt", 800.0),
            ("deviņsimt", 900.0),
            // Russian
            ("один", 1.0),
            ("одна", 1.0),
            ("одного", 1.0),
            ("одной", 1.0),
            ("одному", 1.0),
            ("два", 2.0),
            ("две", 2.0),
            ("двух", 2.0),
            ("двум", 2.0),
            ("двумя", 2.0),
            ("двое", 2.0),
            ("двоих", 2.0),
            ("три", 3.0),
            ("трех", 3.0),
            ("трёх", 3.0),
            ("трем", 3.0),
            ("трём", 3.0),
            ("тремя", 3.0),
            ("трое", 3.0),
            ("троих", 3.0),
            ("четыре", 4.0),
            ("четырех", 4.0),
            ("четырёх", 4.0),
            ("четырем", 4.0),
            ("четырём", 4.0),
            ("четверо", 4.0),
            ("четверых", 4.0),
            ("пять", 5.0),
            ("пяти", 5.0),
            ("пятью", 5.0),
            ("пятеро", 5.0),
            ("пятерых", 5.0),
            ("шесть", 6.0),
            ("шести", 6.0),
            ("шестеро", 6.0),
            ("шестерых", 6.0),
            ("семь", 7.0),
            ("семи", 7.0),
            ("семеро", 7.0),
            ("восемь", 8.0),
            ("восьми", 8.0),
            ("девять", 9.0),
            ("девяти", 9.0),
            ("десять", 10.0),
            ("десяти", 10.0),
            ("одиннадцать", 11.0),
            ("двенадцать", 12.0),
            ("тринадцать", 13.0),
            ("четырнадцать", 14.0),
            ("пятнадцать", 15.0),
            ("шестнадцать", 16.0),
            ("семнадцать", 17.0),
            ("восемнадцать", 18.0),
            ("девятнадцать", 19.0),
            ("двадцать", 20.0),
            ("двадцати", 20.0),
            ("тридцать", 30.0),
            ("тридцати", 30.0),
            ("сорок", 40.0),
            ("сорока", 40.0),
            ("пятьдесят", 50.0),
            ("сто", 100.0),
            ("двести", 200.0),
            ("двухсот", 200.0),
            ("триста", 300.0),
            ("трехсот", 300.0),
            ("трёхсот", 300.0),
            ("четыреста", 400.0),
            ("четырехсот", 400.0),
            ("четырёхсот", 400.0),
            ("пятьсот", 500.0),
            ("пятисот", 500.0),
            ("шестьсот", 600.0),
            ("шестисот", 600.0),
            ("семьсот", 700.0),
            ("семисот", 700.0),
            ("восемьсот", 800.0),
            ("восьмисот", 800.0),
            ("девятьсот", 900.0),
            ("девятисот", 900.0),
            // English
            ("one", 1.0),
            ("two", 2.0),
            ("three", 3.0),
            ("four", 4.0),
            ("five", 5.0),
            ("six", 6.0),
            ("seven", 7.0),
            ("eight", 8.0),
            ("nine", 9.0),
            ("ten", 10.0),
            ("eleven", 11.0),
            ("twelve", 12.0),
            ("twenty", 20.0),
        ] {
            m.insert(w.to_string(), v);
        }
        m
    })
}

/// Words of a span of time, a time of day or a number of times, by
/// prefix: a number word before one counts no thing ("trīs dienas", "два
/// раза", "piecos pēcpusdienā").
const SPANS: &[&str] = &[
    "gad",
    "dien",
    "nedēļ",
    "mēneš",
    "mēnes",
    "stund",
    "minūt",
    "minūš",
    "sekund",
    "reiz",
    "rīt",
    "pēcpusdien",
    "vakar",
    "nakt",
    "год",
    "лет",
    "дн",
    "недел",
    "месяц",
    "час",
    "минут",
    "секунд",
    "раз",
    "утр",
    "вечер",
    "ноч",
    "year",
    "day",
    "week",
    "month",
    "hour",
    "minute",
    "second",
    "time",
    "morning",
    "afternoon",
    "evening",
    "night",
];

/// Whether a word is one of [`SPANS`].
fn is_span(lower: &str) -> bool {
    SPANS.iter().any(|p| lower.starts_with(p))
}

/// Words for per cent, by prefix.
const PERCENT: &[&str] = &["procent", "процент", "percent"];

/// The unit of a figure in percentage points ("0,2 procentpunkti", "+1,1
/// процентного пункта", "0.3 percentage points"): a difference of two
/// rates, never the same figure as a rate in per cent.
pub(crate) const POINTS: &str = "pp";

/// Whether the words after a figure say percentage points.
fn in_points(after: &[&Token<'_>]) -> bool {
    let word = |k: usize, p: &[&str]| {
        after
            .get(k)
            .is_some_and(|t| p.iter().any(|x| t.lower.starts_with(x)))
    };
    word(0, &["procentpunkt"])
        || (word(0, &["процент", "percentage"]) && word(1, &["пункт", "point"]))
}

/// Whether the word for per cent after a figure belongs to another figure
/// between them ("7 миллионов 820 тысяч 204, или 63,66 процента").
fn percent_of_another(after: &[&Token<'_>]) -> bool {
    after
        .iter()
        .position(|t| PERCENT.iter().any(|p| t.lower.starts_with(p)))
        .is_some_and(|k| after[..k].iter().any(|t| counted(t)))
}

/// Words that say a four-digit figure is a year ("2019. gadā", "в 2019
/// году", "2019 г.", "in 2019"), by their start; written here.
const YEAR_WORDS: &[&str] = &["gad", "g", "год", "г", "year"];

/// Whether a four-digit figure that could be a year counts the words after
/// it instead ("1895 избирательных участках", "1200 iedzīvotāju"): a
/// lower-case word follows after a space alone, with no ordinal dot
/// ("2019. gadā") and no year word among the next two, and no name stands
/// before it ("Rīgas maratons 2018", "Supernova 2026" are editions).
fn counts_before_a_noun(
    body: &str,
    before: &[&Token<'_>],
    end: usize,
    after: &[&Token<'_>],
) -> bool {
    // (A one-letter abbreviation, "g." or "г.", only as a word of its own.)
    let year_word = |t: &Token<'_>| {
        YEAR_WORDS.iter().any(|w| {
            t.lower.starts_with(w) && (w.chars().count() > 1 || t.lower.chars().count() <= 2)
        })
    };
    !before.last().is_some_and(|t| t.capital)
        && after.first().is_some_and(|t| {
            body.get(end..t.start)
                .is_some_and(|gap| gap.trim().is_empty())
                && !t.number
                && !t.stopword
                && !t.capital
                && t.text.chars().all(char::is_alphabetic)
        })
        && !after.iter().take(2).any(|t| year_word(t))
}
/// Whether the figure at `toks[i..i + n]` is one of several groups told
/// together ("četri vīrieši un trīs sievietes", "четыре женщины и трое
/// мужчин"): each is a part of the count, which neither gives.
/// ("двое погибли и трое ранены" are two kinds, each counted: a word of
/// what is counted stands after a figure there.)
fn one_of_groups(toks: &[Token<'_>], i: usize, n: usize) -> bool {
    let and = |k: usize| {
        toks.get(k)
            .is_some_and(|t| matches!(&*t.lower, "un" | "и" | "and"))
    };
    // A plain noun: no figure, no stopword, no word of what is counted.
    let noun = |k: usize| {
        toks.get(k)
            .is_some_and(|t| !t.number && !t.stopword && !counted(t) && cue_of(&t.lower).is_none())
    };
    let group_after = noun(i + n)
        && and(i + n + 1)
        && toks.get(i + n + 2).is_some_and(counted)
        && noun(i + n + 3);
    let group_before = i >= 3 && and(i - 1) && noun(i - 2) && counted(&toks[i - 3]) && noun(i + n);
    group_after || group_before
}

/// The two sides of a vote, whole words: for, and against (the tally's
/// figures are read here and compared in `diverge::votes`).
pub(crate) const VOTE_FOR: &[&str] = &["par", "за", "for"];
pub(crate) const VOTE_AGAINST: &[&str] = &["pret", "против", "against"];

/// Words that deny a clause.
const NEGATIONS: &[&str] = &["nav", "nebija", "netika", "nebūs", "не", "нет", "not"];

/// What a word multiplies the figure before it by, by its longest prefix
/// among [`MULTIPLIERS`]: "miljardu" is a milliard, not a million.
fn multiplier(lower: &str) -> Option<f64> {
    MULTIPLIERS
        .iter()
        .filter(|(p, _)| lower.starts_with(p))
        .max_by_key(|(p, _)| p.len())
        .map(|&(_, m)| m)
}

/// Words that multiply the figure before them ("5 тысяч" = 5000), by prefix.
const MULTIPLIERS: &[(&str, f64)] = &[
    ("трлн", 1e12),
    ("триллион", 1e12),
    ("triljon", 1e12),
    ("trillion", 1e12),
    ("тыс", 1e3),
    ("млн", 1e6),
    ("миллион", 1e6),
    ("млрд", 1e9),
    ("миллиард", 1e9),
    ("tūkst", 1e3),
    // "deviņus simtus": nine hundred.
    ("simt", 1e2),
    ("hundred", 1e2),
    ("milj", 1e6),
    ("miljard", 1e9),
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("mln", 1e6),
    ("mljrd", 1e9),
];

/// Currency words by prefix, with their ISO 4217 codes.
const CURRENCIES: &[(&str, &str)] = &[
    ("eiro", "EUR"),
    ("euro", "EUR"),
    ("евро", "EUR"),
    ("eur", "EUR"),
    ("dolār", "USD"),
    ("доллар", "USD"),
    ("dollar", "USD"),
    ("usd", "USD"),
    ("рубл", "RUB"),
    ("rubļ", "RUB"),
    ("гривн", "UAH"),
    ("гривен", "UAH"),
    ("grivn", "UAH"),
    ("грн", "UAH"),
    ("hryvn", "UAH"),
    ("тенге", "KZT"),
    ("сом", "KGS"),
    ("фунт", "GBP"),
    ("mārciņ", "GBP"),
];

/// Words of a bound besides [`APPROXIMATE`] ("по меньшей мере", "не
/// менее", "как минимум", "vairāk nekā"); written here.
const BOUND_WORDS: &[&str] = &[
    "по",
    "меньшей",
    "мере",
    "не",
    "как",
    "минимум",
    "чем",
    "nekā",
    "kā",
    "vismaz",
    "least",
    "at",
    "than",
];

/// Whether a word (lower case) makes the figure after it approximate or
/// a bound.
pub(crate) fn is_bound_word(lower: &str) -> bool {
    APPROXIMATE.contains(&lower) || BOUND_WORDS.contains(&lower)
}

/// Words before a figure that make it approximate or a bound.
const APPROXIMATE: &[&str] = &[
    "aptuveni",
    "apmēram",
    "ap",
    "gandrīz",
    "vairāk",
    "vairāki",
    "mazāk",
    "līdz",
    "vismaz",
    "ap",
    "около",
    "примерно",
    "почти",
    "более",
    "менее",
    "свыше",
    "больше",
    "меньше",
    "порядка",
    "около",
    "приблизительно",
    "about",
    "around",
    "nearly",
    "almost",
    "over",
    "more",
    "less",
    "least",
    "approximately",
    "up",
];

/// What a figure counts, by cue words (prefixes; "=" marks a whole word) near it, most specific
/// first. Written here from general knowledge of news wording.
const QUANTITY_CUES: &[(Quantity, &[&str])] = &[
    (
        Quantity::Killed,
        &[
            "nogalin",
            "bojāgāj",
            // "gāja bojā", "iet bojā": the particle alone (a cue is one word).
            "=bojā",
            "gājuš",
            "miru",
            "upur",
            "zaudēja dzīv",
            // "dzīvību ir zaudējuši 4 cilvēki": lost their lives.
            "dzīvīb",
            // "3354 nāves gadījumi": deaths.
            "=nāves",
            "=nāvi",
            "убит",
            "погиб",
            "гибел",
            "жертв",
            "смерт",
            "мертв",
            "скончал",
            // "унесли жизни 229 человек": took the lives of.
            "унес",
            "kill",
            "dead",
            "died",
            "death",
        ],
    ),
    (
        Quantity::Hospitalised,
        &[
            "hospitaliz",
            "slimnīc",
            "stacionē",
            "госпитализ",
            "больниц",
            "стационар",
            // "доставлены в медицинские учреждения", "в медучреждение",
            // "nogādāti ārstniecības iestādē".
            "медицинск",
            "медучрежд",
            "ārstniecīb",
            "hospital",
        ],
    ),
    (
        Quantity::Injured,
        &[
            "ievainot",
            "ievainoj",
            "cietuš",
            // "cieta 12 cilvēki" (were hurt), "cietis", "cietusi": the
            // verb's past and its participles, whole words ("cietums", a
            // prison, is not one).
            "=cieta",
            "=cietis",
            "=cietusi",
            "traum",
            "ранен",
            "пострада",
            "травм",
            // "покалечились девять человек", "cilvēki guva savainojumus"
            "покалеч",
            "savainoj",
            "injur",
            "wound",
        ],
    ),
    (
        Quantity::Detained,
        &[
            "aizturē",
            "arestē",
            "задержа",
            "арестова",
            "arrest",
            "detain",
        ],
    ),
    (
        Quantity::Rescued,
        &[
            "izglāb",
            "glābt",
            "evakuē",
            "izdzīvo",
            "спас",
            "эвакуир",
            // "182 из них уже вывели на поверхность": brought out of a mine.
            "вывел",
            "выведен",
            "выжил",
            "выжив",
            "rescu",
            "evacuat",
            "surviv",
        ],
    ),
    (
        Quantity::Missing,
        &[
            "pazud",
            "bezvēst",
            "пропавш",
            "пропал",
            // "Разыскивается 43 человека": sought.
            "разыскива",
            // "пропавшими без вести считаются 18 человек": the cue's last
            // word, nearest the figure.
            "=вести",
            "=vēsts",
            // "поиски еще 31 шахтера" (the search for them), whole words:
            // "поисково-спасательные работы" search for no one counted.
            "=поиски",
            "=поисков",
            "missing",
        ],
    ),
    (
        Quantity::Area,
        &[
            "kvadrātmetr",
            "m2",
            "m²",
            "hektār",
            "квадратн",
            // "140 кв. метров", not "квартира"; "2240 кв.м", "2240 м²".
            "=кв",
            "=кв.м",
            "=kv.m",
            "м²",
            "м2",
            "гектар",
            // "400 га", "400 ha": the hectare's sign, whole.
            "=га",
            "=ha",
            "square",
            "hectare",
        ],
    ),
];

/// What a figure counts, by the cue word nearest to it: up to five words
/// after it and three before ("двое из них находятся в больнице"; in
/// "četri bija cietuši, trīs tika hospitalizēti" each figure takes its own).
/// Where none stands that near, the verb of the figure's clause a little
/// further on, short of the next figure ("11 человек из соседних палат
/// сначала эвакуировали"). A part taken out of a group ("viens no
/// bojāgājušajiem", "один из погибших") takes no cue from the group after
/// it: it counts one of them, not how many there were.
fn nearest_cue(toks: &[Token<'_>], i: usize, n: usize, body: &str) -> Option<Quantity> {
    let part_of = toks
        .get(i + n)
        .is_some_and(|w| matches!(&*w.lower, "no" | "из" | "of"));
    // "один из погибших": the word "из" and the group after it.
    let skip = if part_of { 2 } else { 0 };
    let near = cue_within(toks, i, n, body, 5, skip);
    // "в больницу доставлены двое пострадавших": the hurt taken to
    // hospital are counted as hospitalised, the verb before the figure
    // saying more than the noun after it.
    if near == Some(Quantity::Injured)
        && cue_within(toks, i, n, body, 0, 0) == Some(Quantity::Hospitalised)
    {
        return Some(Quantity::Hospitalised);
    }
    if near.is_some() {
        return near;
    }
    if delivered_to_hospital(toks, i, n, body) {
        return Some(Quantity::Hospitalised);
    }
    if let Some(q) = gapped_cue(toks, i, n, body) {
        return Some(q);
    }
    let clause = (i + n..toks.len())
        .take(8)
        .take_while(|&k| !counted(&toks[k]))
        .count();
    cue_within(toks, i, n, body, clause, skip).or_else(|| count_of(toks, i))
}

/// Words before a range of years that make it one of ages ("в возрасте",
/// "дети", "vecumā", "bērni"), by their start; written here.
const AGE_RANGE_CUES: &[&str] = &[
    "возраст",
    "дети",
    "детей",
    "детям",
    "ребен",
    "ребён",
    "подрост",
    "школьник",
    "учени",
    "vecum",
    "bērn",
    "skolēn",
    "pusaudž",
    "aged",
    "children",
];

/// Whether a figure is an end of a range of ages: "дети от 8 до 15 лет",
/// "в возрасте от семи до 17-ти лет", "bērni vecumā no 5 līdz 12 gadiem".
fn age_range(toks: &[Token<'_>], i: usize, n: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| &*t.lower);
    let years = |k: usize| {
        word(k) == "лет"
            || word(k).starts_with("gad")
            || word(k) == "years"
            || matches!(word(k), "ти" | "х") && word(k + 1) == "лет"
    };
    let figure = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.number || is_number_word(&t.lower))
    };
    let from = |k: usize| matches!(word(k), "от" | "no" | "from");
    let to = |k: usize| matches!(word(k), "до" | "līdz" | "to");
    // The range's "from": before the lower end, or three words before the
    // upper one.
    let opens = if i >= 1 && from(i - 1) && to(i + n) && figure(i + n + 1) && years(i + n + 2) {
        Some(i - 1)
    } else if i >= 3 && to(i - 1) && figure(i - 2) && from(i - 3) && years(i + n) {
        Some(i - 3)
    } else {
        None
    };
    opens.is_some_and(|k| {
        toks[k.saturating_sub(3)..k]
            .iter()
            .any(|b| any_prefix(&b.lower, AGE_RANGE_CUES))
    })
}

/// Verbs of taking someone somewhere, by their start ("доставлен",
/// "nogādāti"): everyday Latvian, Russian and English, written here.
const DELIVERED: &[&str] = &["доставл", "привез", "nogādā", "aizvest", "taken"];

/// How many words either side of a figure its sentence is searched for
/// the hospital it was taken to.
const DELIVERED_REACH: usize = 15;

/// Whether a figure is of those taken to hospital, the verb next to it and
/// the hospital further off in its sentence: "в ... больницу из зоны
/// отдыха «Туран» доставлен 21 подросток".
fn delivered_to_hospital(toks: &[Token<'_>], i: usize, n: usize, body: &str) -> bool {
    let mut next_to = (i.saturating_sub(2)..i).chain(i + n..(i + n + 2).min(toks.len()));
    if !next_to.any(|k| any_prefix(&toks[k].lower, DELIVERED)) {
        return false;
    }
    // The sentence's words: up to a full stop, either way.
    let ends = |a: usize, b: usize| {
        body[toks[a].start + toks[a].text.len()..toks[b].start].contains(['.', '!', '?'])
    };
    let first = (i.saturating_sub(DELIVERED_REACH)..i)
        .rev()
        .take_while(|&k| !ends(k, k + 1))
        .last()
        .unwrap_or(i);
    let last = (i + n..(i + n + DELIVERED_REACH).min(toks.len()))
        .take_while(|&k| k == i + n || !ends(k - 1, k))
        .last()
        .unwrap_or(i + n);
    toks[first..=last.min(toks.len() - 1)]
        .iter()
        .any(|t| cue_of(&t.lower).is_some_and(|(_, q)| q == Quantity::Hospitalised))
}

/// The cue of a figure told by gapping, its verb said once for two figures:
/// "Число жертв ... увеличилось до семи человек, пострадавших — до 28",
/// "bojāgājušo skaits pieaudzis līdz septiņiem, ievainoto — līdz 28". The
/// word before the dash says what the figure after "до" counts.
fn gapped_cue(toks: &[Token<'_>], i: usize, n: usize, body: &str) -> Option<Quantity> {
    // "еще около 70 — пострадали": the dash between a figure and its verb.
    let last = toks.get((i + n).saturating_sub(1))?;
    if let Some(next) = toks.get(i + n) {
        let dash = body
            .get(last.start + last.text.len()..next.start)
            .unwrap_or("");
        if matches!(dash.trim(), "—" | "–") {
            if let Some((_, q)) = cue_of(&next.lower) {
                return Some(q);
            }
        }
    }
    // "большинство жертв – 67 человек –": the figure set off by a dash
    // tells how many the word before the dash counts.
    let before = toks.get(i.checked_sub(1)?)?;
    let dash = body.get(before.start + before.text.len()..toks[i].start)?;
    if dash.contains(char::is_whitespace) && matches!(dash.trim(), "—" | "–" | "-") {
        if let Some((_, q)) = cue_of(&before.lower) {
            return Some(q);
        }
    }
    let reach = toks.get(i.checked_sub(1)?)?;
    let noun = toks.get(i.checked_sub(2)?)?;
    let between = body.get(noun.start + noun.text.len()..reach.start)?;
    (REACHES.contains(&&*reach.lower) && between.trim().starts_with(['—', '–', '-']))
        .then(|| cue_of(&noun.lower).map(|(_, q)| q))
        .flatten()
}

/// Whether a word is the plain word for people ("человек", "людей",
/// "cilvēki"), by its start; written here.
fn is_people_noun(lower: &str) -> bool {
    ["человек", "cilvēk", "людей"]
        .iter()
        .any(|p| lower.starts_with(p))
}

/// Words for "the number of" (число погибших, bojāgājušo skaits); written
/// here, by their start.
/// (The list of them too: "список погибших увеличился с 11 до 14".)
const COUNT_WORDS: &[&str] = &["числ", "количеств", "списк", "skait", "number"];

/// Words right before the figure a number reaches: "увеличилось до",
/// "достигло", "составило", "pieaudzis līdz", "sasniedzis", "rose to";
/// written here.
const REACHES: &[&str] = &[
    "до",
    "līdz",
    "to",
    "достигло",
    // "выросло на три человека, достигнув 21": the gerund.
    "достигнув",
    "составило",
    "составив",
    "sasniedza",
    "sasniedzis",
    "sasniedzot",
    "reaching",
    // (And passed: "Число погибших в Сирии превысило 780", the count
    // given.)
    "превысило",
    "превысил",
    "превысив",
    "pārsniedza",
    "pārsniedzis",
    "pārsniedzot",
    "exceeded",
];

/// Where the words for "the number of" stand before a figure the number
/// reached ("Число погибших ... выросло до 39", "skaits pieaudzis līdz
/// 39"), nearest first; none unless a word of reaching stands right before
/// the figure.
fn count_words_before<'a>(toks: &'a [Token<'_>], i: usize) -> impl Iterator<Item = usize> + 'a {
    // (A bound may stand between: "pieaudzis līdz vismaz 292", "выросло
    // до не менее чем 40".)
    let bound = |t: &Token<'_>| is_bound_word(&t.lower);
    let reached = (1..=4)
        .filter_map(|d| i.checked_sub(d))
        .any(|k| REACHES.contains(&&*toks[k].lower) && toks[k + 1..i].iter().all(bound));
    (0..if reached { i } else { 0 })
        .rev()
        .filter(move |&k| any_prefix(&toks[k].lower, COUNT_WORDS))
}

/// A casualty figure told as what the number of them reached, far from the
/// word for them: "Число погибших при крушении поездов в Испании выросло
/// до 39", "Bojāgājušo skaits pieaudzis līdz 39".
fn count_of(toks: &[Token<'_>], i: usize) -> Option<Quantity> {
    count_words_before(toks, i).find_map(|k| {
        // (The word for them right after it, or one or two before it:
        // "Bojāgājušo cilvēku skaits ... līdz 164"; or after the word for
        // people: "Количество людей, госпитализированных ..., выросло до
        // 84".)
        let people = toks.get(k + 1).is_some_and(|t| is_people_noun(&t.lower));
        let after_people = if people { k + 2 } else { usize::MAX };
        [k + 1, after_people, k.wrapping_sub(1), k.wrapping_sub(2)]
            .into_iter()
            .filter_map(|c| toks.get(c))
            .find_map(|t| cue_of(&t.lower))
            .map(|(_, q)| q)
            .filter(|q| {
                matches!(
                    q,
                    Quantity::Killed
                        | Quantity::Injured
                        | Quantity::Hospitalised
                        | Quantity::Missing
                )
            })
    })
}

/// The noun after "the number of" that a figure reached: "Количество
/// детей, отравившихся ..., увеличилось до 141" counts children.
fn counted_by_count_word(toks: &[Token<'_>], i: usize) -> Option<String> {
    let k = count_words_before(toks, i).next()?;
    let noun = toks.get(k + 1).filter(|a| {
        !a.stopword && !a.number && !a.capital && a.key.chars().count() >= 3 && k + 1 < i
    })?;
    Some(unit_key(noun))
}

/// A counted noun as a figure's unit: "=" and its lexicon concept where
/// the lexicon knows the word (bojājumi ~ повреждения), else the first six
/// letters of its skeleton.
fn unit_key(a: &Token<'_>) -> String {
    match a.concepts().first() {
        Some(c) => format!("={c}"),
        None => super::skeleton(&a.key).chars().take(6).collect::<String>(),
    }
}

/// [`nearest_cue`] with `reach` words looked at after the figure, the
/// first `skip` of them passed over.
fn cue_within(
    toks: &[Token<'_>],
    i: usize,
    n: usize,
    body: &str,
    reach: usize,
    skip: usize,
) -> Option<Quantity> {
    let mut best: Option<(usize, usize, Quantity)> = None;
    // A clause ends at a comma, semicolon, colon or dash: cues beyond it
    // belong to another figure. A comma between two names lists them
    // ("800 жителей провинций Кунар, Лагман и Нангархар погибли").
    let boundary = |a: usize, b: usize| {
        let between = &body[toks[a].start + toks[a].text.len()..toks[b].start];
        between.contains([';', ':', '–', '—', '(', ')'])
            || (between.contains(',') && !(toks[a].capital && toks[b].capital))
    };
    // (Past an attribution between commas: "15 человек, по последним
    // данным, стали жертвами", "7 cilvēki, pēc VUGD datiem, cieta".)
    let aside = |k: usize| {
        toks.get(k)
            .is_some_and(|t| ASIDE_OPENS.contains(&&*t.lower))
            && (k + 1..toks.len().min(k + 5)).any(|j| {
                any_prefix(&toks[j].lower, ASIDE_WORDS)
                    && toks.get(j + 1).is_some_and(|_| {
                        body[toks[j].start + toks[j].text.len()..toks[j + 1].start].contains(',')
                    })
            })
    };
    let mut inside = false;
    let after_end = (i + n..toks.len())
        .take(reach)
        .take_while(|&k| {
            if !boundary(k - 1, k) {
                return true;
            }
            let comma =
                body[toks[k - 1].start + toks[k - 1].text.len()..toks[k].start].trim() == ",";
            if comma && !inside && aside(k) {
                inside = true;
                return true;
            }
            if comma && inside {
                inside = false;
                return true;
            }
            false
        })
        .last()
        .map_or(i + n, |k| k + 1);
    // (Past the words of a bound between the cue and the figure: "погибли
    // по меньшей мере шесть человек".)
    let bound = toks[..i]
        .iter()
        .rev()
        .take_while(|t| is_bound_word(&t.lower))
        .count();
    // (Nor past "and" after another figure's clause: in "27 человек
    // погибло и 46 были ранены" the verb before "и" is the 27's.)
    let joins_another = |k: usize| {
        AND.contains(&&*toks[k].lower) && toks[k.saturating_sub(3)..k].iter().any(counted)
    };
    let before_start = (i.saturating_sub(3 + bound)..i)
        .rev()
        .take_while(|&k| !boundary(k, k + 1) && !joins_another(k))
        .last()
        .unwrap_or(i);
    let after = toks[i + n..after_end.max(i + n)]
        .iter()
        .enumerate()
        .skip(skip)
        .map(|(d, t)| (d + 1, t));
    let before = toks[before_start..i]
        .iter()
        .rev()
        .enumerate()
        .map(|(d, t)| (d + 1, t));
    for (distance, t) in after.chain(before) {
        // (Word boundaries part a unit from its superscript: "m²", "м²".)
        let squared = body[t.start + t.text.len()..].starts_with('²');
        let lower = if squared {
            std::borrow::Cow::Owned(format!("{}²", t.lower))
        } else {
            std::borrow::Cow::Borrowed(&*t.lower)
        };
        if let Some((rank, q)) = cue_of(&lower) {
            if best.is_none_or(|(d, r, _)| (distance, rank) < (d, r)) {
                best = Some((distance, rank, q));
            }
        }
    }
    best.map(|(_, _, q)| q)
}

/// Words for "and" that join two figures' clauses; written here.
const AND: &[&str] = &["и", "а", "un", "bet", "and"];

/// Words that open an attribution set between commas ("по последним
/// данным", "pēc VUGD datiem", "according to the police"), and the words
/// that end one, by their start; written here from general knowledge.
const ASIDE_OPENS: &[&str] = &["по", "pēc", "saskaņā", "according", "as"];
const ASIDE_WORDS: &[&str] = &[
    "данны",
    "информац",
    "слова",
    "сведени",
    "dati",
    "ziņ",
    "informācij",
    "vārd",
    "report",
    "data",
    "police",
    "полиц",
    "policij",
];

/// The first of [`QUANTITY_CUES`] a word is a cue of ("=" a whole word,
/// else a prefix): its rank among them and what it counts.
fn cue_of(lower: &str) -> Option<(usize, Quantity)> {
    QUANTITY_CUES
        .iter()
        .enumerate()
        .find(|(_, (_, cues))| {
            cues.iter().any(|c| match c.strip_prefix('=') {
                Some(word) => lower == word,
                // (Rescuers are not the rescued: "12 спасателей".)
                None => lower.starts_with(c) && !RESCUERS.iter().any(|r| lower.starts_with(r)),
            })
        })
        .map(|(rank, (q, _))| (rank, *q))
}

/// Words for rescuers and rescue services, which open like the rescued's
/// cues; written here.
const RESCUERS: &[&str] = &["спасател", "спасательн", "rescuer"];

/// The unit of a reading in a unit of measure: such figures are never
/// compared as counts.
pub(crate) const READING: &str = "~reading";

/// The unit of an earthquake's magnitude, a reading compared as the
/// story's own (a text gives one, or the main shock's and an aftershock's).
pub(crate) const MAGNITUDE: &str = "~magnitude";

/// Words for an earthquake's magnitude, by their start; written here.
const MAGNITUDE_WORDS: &[&str] = &["magnitūd", "магнитуд", "magnitud"];

/// Words for hours, minutes and seconds, by their start; written here.
const DURATIONS: &[&str] = &[
    "stund",
    "minūt",
    "minūš",
    "sekund",
    "час",
    "минут",
    "секунд",
    "hour",
    "minute",
    "second",
];

/// Units of measure, by the start of their word in each language (a
/// trailing "=" asks for the whole word): a figure in one is a reading.
/// Written here from general knowledge of the languages.
const MEASURE_UNITS: &[&str] = &[
    "grād",
    "градус",
    "degree",
    "metr",
    "метр",
    "metre",
    "meter",
    "kilometr",
    "километр",
    "centimetr",
    "сантиметр",
    "milimetr",
    "миллиметр",
    "km=",
    "км=",
    "cm=",
    "см=",
    "mm=",
    "мм=",
    "m=",
    "м=",
    "kilogram",
    "килограмм",
    "kg=",
    "кг=",
    "tonn",
    "тонн",
    "litr",
    "литр",
];

/// Whether a word is a number word ("два", "trīs", "five").
pub(crate) fn is_number_word(lower: &str) -> bool {
    number_words().contains_key(lower)
}

/// The value of a number word ("septiņos" 7, "восемь" 8), or of digits.
pub(crate) fn number_value(lower: &str) -> Option<f64> {
    number_words()
        .get(lower)
        .copied()
        .or_else(|| lower.parse::<u32>().ok().map(f64::from))
}

/// The least figure in digits after "ещё" that is a count of its own.
const MORE_SIZEABLE: f64 = 100.0;

/// Words for "one more" before a figure (vēl trīs, ещё двое).
const MORE: &[&str] = &["vēl", "ещё", "еще"];

/// Russian ordinal endings after a hyphen (16-я минута, 267-й, 2-го).
const ORDINAL_ENDINGS: &[&str] = &[
    "й", "я", "е", "го", "му", "м", "ом", "ой", "ая", "ый", "ий", "ое", "ую", "ые", "ых",
];

/// "Per" before the base of a rate (uz 100 000 iedzīvotāju, на 100 тысяч).
const PER: &[&str] = &["uz", "на", "per"];

/// Whether a token is a number, in digits or in words.
fn counted(t: &Token<'_>) -> bool {
    t.number || is_number_word(&t.lower)
}

/// A figure starting at `toks[i]`: its identity and how many tokens it spans.
pub(super) fn figure(toks: &[Token<'_>], i: usize, body: &str) -> Option<(Identity, usize)> {
    none_of(toks, i).or_else(|| figure_in(toks, i, body, true))
}

/// Words that deny a toll ("погибших нет", "cietušo nav", "без жертв"):
/// everyday Latvian and Russian, written here.
const NONE: &[&str] = &["нет", "без", "nav", "bez"];

/// Words before a denied toll that make it a want of news, not a count:
/// "данных о погибших нет", "ziņu par cietušajiem nav".
const NO_NEWS: &[&str] = &[
    "о",
    "об",
    "par",
    "данных",
    "информации",
    "сведений",
    "ziņu",
    "informācijas",
];

/// Whether `toks[i]` denies a toll beside it (see [`none_of`]).
pub(super) fn denies_toll(toks: &[Token<'_>], i: usize) -> bool {
    none_of(toks, i).is_some()
}

/// A toll of none: "погибших нет", "нет пострадавших", "без жертв",
/// "cietušo nav", "bez cietušajiem" — the denying word, read as 0 of the
/// killed or the hurt beside it.
fn none_of(toks: &[Token<'_>], i: usize) -> Option<(Identity, usize)> {
    let t = &toks[i];
    if !NONE.contains(&&*t.lower) {
        return None;
    }
    let toll = |k: usize| {
        toks.get(k)
            .and_then(|w| cue_of(&w.lower))
            .and_then(|(_, q)| {
                matches!(
                    q,
                    Quantity::Killed | Quantity::Injured | Quantity::Hospitalised
                )
                .then_some((k, q))
            })
    };
    // "без"/"bez" only before it; "нет"/"nav" before or after.
    let before = !matches!(&*t.lower, "без" | "bez");
    let (k, quantity) =
        toll(i + 1).or_else(|| i.checked_sub(1).filter(|_| before).and_then(toll))?;
    let news = toks[k.saturating_sub(4)..k]
        .iter()
        .any(|w| NO_NEWS.contains(&&*w.lower));
    // "avārijām bez cietušajiem", "ДТП без пострадавших": a sort of
    // accident, not a toll denied.
    let sort_of = !before
        && i.checked_sub(1).is_some_and(|k| {
            let w = &*toks[k].lower;
            ACCIDENTS.iter().any(|a| w.starts_with(a))
        });
    if news || sort_of {
        return None;
    }
    Some((
        Identity::Number(Figure {
            text: "0".to_string(),
            value: 0.0,
            quantity,
            unit: None,
            approximate: false,
            total: false,
            in_range: false,
            spelled: false,
        }),
        1,
    ))
}

/// [`figure`], looking at the other figures of the sentence or not (when
/// asked about one of them).
fn figure_in(
    toks: &[Token<'_>],
    i: usize,
    body: &str,
    look_around: bool,
) -> Option<(Identity, usize)> {
    let t = &toks[i];
    let (mut value, mut n) = if t.number {
        let mut digits = t.text.replace(' ', "");
        let mut n = 1;
        // "1 000 000": groups of three digits after a space.
        while let Some(next) = toks.get(i + n) {
            let gap = &body[toks[i + n - 1].start + toks[i + n - 1].text.len()..next.start];
            if next.number && next.text.len() == 3 && (gap == " " || gap == "\u{a0}") {
                digits.push_str(next.text);
                n += 1;
            } else {
                break;
            }
        }
        (parse_number(&digits)?, n)
    } else {
        (*number_words().get(&*t.lower)?, 1)
    };
    // "vēl vienu mirušu", "ещё один погибший": one more than was told
    // before, not the toll. After another figure of the sentence, "ещё
    // двое" is the next group ("погибли два человека, ещё двое ранены").
    let more = i
        .checked_sub(1)
        .is_some_and(|k| MORE.contains(&&*toks[k].lower));
    // (But "поиски еще 31 шахтера" are those still searched for: all the
    // missing, not more of them.)
    let still_missing = i
        .checked_sub(2)
        .and_then(|k| cue_of(&toks[k].lower))
        .is_some_and(|(_, q)| q == Quantity::Missing);
    // (Nor a figure in digits of a hundred people or more, "еще 205
    // человек получили ранения": another group with its own verb, not one
    // more. More of a thing, "еще 156 сотрудников" to be cut, is still an
    // increment.)
    let sizeable = t.number
        && value >= MORE_SIZEABLE
        && toks.get(i + 1).is_some_and(|w| is_people_noun(&w.lower));
    if more && !still_missing && !sizeable && !toks[..i].iter().any(counted) {
        return None;
    }
    let end_of = |k: usize| toks[k].start + toks[k].text.len();
    // A clock time (10:30, 4.59 in "plkst. 4.59") or a score (109:75) is not a count.
    let after_first = &body[end_of(i + n - 1)..];
    if t.number
        && (after_first.starts_with(':')
            && after_first[1..].starts_with(|c: char| c.is_ascii_digit()))
    {
        return None;
    }
    let before_text = &body[..t.start];
    // A model or a name's number glued to its letters ("A220-300",
    // "Covid-19", "Су-27") counts nothing; digits on both sides of the
    // hyphen are a range ("5-6").
    if t.number
        && before_text.strip_suffix(['-', '‑']).is_some_and(|b| {
            b.chars()
                .rev()
                .take_while(|c| c.is_alphanumeric())
                .any(char::is_alphabetic)
        })
    {
        return None;
    }
    if t.number
        && before_text.ends_with(':')
        && before_text[..before_text.len() - 1].ends_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    let prev_word = i.checked_sub(1).map(|k| &*toks[k].lower);
    let prev2 = i.checked_sub(2).map(|k| &*toks[k].lower);
    if matches!(prev_word, Some("plkst" | "pulksten" | "в" | "at"))
        && (t.text.contains('.') || t.text.contains(':'))
    {
        return None;
    }
    if matches!(prev_word, Some("plkst" | "pulksten"))
        || (prev_word == Some("ap") && prev2 == Some("plkst"))
    {
        return None;
    }
    // "5 тысяч": a multiplier word right after (not after digits already
    // grouped in thousands: "12 244 683 млн человек" is a slip of the pen).
    if let Some(next) = toks.get(i + n).filter(|_| n == 1) {
        if let Some(m) = multiplier(&next.lower) {
            value *= m;
            if m >= 1e3 {
                value = value.round(); // 4,39 трлн: no float dust in the label
            }
            n += 1;
            // "1 milj. 883 tūkst.", "2 миллиона 45 тысяч 271": smaller
            // figures after it, each with a smaller multiplier or none,
            // add up.
            let mut last = m;
            while let Some(more) = toks.get(i + n).filter(|t| t.number) {
                let Some(v2) = parse_number(more.text) else {
                    break;
                };
                let smaller = toks.get(i + n + 1).and_then(|unit| multiplier(&unit.lower));
                match smaller {
                    Some(m2) if m2 < last && v2 < 1000.0 => {
                        value += v2 * m2;
                        n += 2;
                        last = m2;
                    }
                    // The units after the thousands, three digits at most.
                    None if last == 1e3 && v2 < 1000.0 && !more.text.contains([',', '.']) => {
                        value += v2;
                        n += 1;
                        break;
                    }
                    _ => break,
                }
            }
        }
    }
    // "от семи до десяти тысяч", "no 5 līdz 7 tūkstošiem", "5–6 тысяч": a
    // range's lower end takes the multiplier its upper end has.
    let ranged = n == 1 && {
        let m = range_multiplier(toks, i, body, value);
        if let Some(m) = m {
            value *= m;
        }
        m.is_some()
    };
    let last = i + n - 1;
    let end_byte = end_of(last);
    let after: Vec<&Token<'_>> = toks[i + n..].iter().take(3).collect();
    // (The words up to another figure, unless joined to it by "un": in
    // "četri cilvēki, arī desmit gadu vecs bērns" the age is the ten's.)
    let next_five: Vec<&Token<'_>> = toks[i + n..].iter().take(5).collect();
    let joined =
        |k: usize| k == 1 && matches!(&*next_five[0].lower, "un" | "и" | "and" | "vai" | "или");
    let upto = next_five
        .iter()
        .position(|t| counted(t))
        .filter(|&k| !joined(k))
        .unwrap_or(next_five.len());
    let after4: Vec<&str> = next_five[..upto].iter().map(|t| &*t.lower).collect();
    let before: Vec<&Token<'_>> = toks[i.saturating_sub(3)..i].iter().collect();
    let next_char = body[end_byte..].chars().next();
    let prev_char = body[..t.start].chars().next_back();
    let context = || after.iter().chain(before.iter()).map(|t| &*t.lower);
    let cue = |cues: &[&str]| context().any(|w| cues.iter().any(|c| w.starts_with(c)));
    if after
        .iter()
        .take(2)
        .any(|t| any_prefix(&t.lower, ANNIVERSARY_CUES))
        || body[end_byte..].starts_with("-летие")
        || body[end_byte..].starts_with("-лети")
    {
        return Some((
            Identity::Date(
                format!("anniversary:{}", figure_text(value)),
                format!("{} anniversary", ordinal(value)),
            ),
            n,
        ));
    }
    // A Latvian ordinal ("14. martā", "2025. gada") is a date, read by the calendar.
    let approximate = before
        .iter()
        .rev()
        .take(2)
        .any(|b| APPROXIMATE.contains(&&*b.lower));
    let after_words: Vec<&str> = after.iter().map(|t| &*t.lower).collect();
    // "5 gadus vecs", "piecus un 15 gadus veci bērni": an age, also when a second figure follows.
    let age = (after4.iter().take(4).any(|w| w.starts_with("gad"))
        && after4.iter().any(|w| w.starts_with("vec")))
        || body[end_byte..].starts_with("-gadīg")
        || body[end_byte..].starts_with("-х лет")
        || body[end_byte..].starts_with("-ти лет")
        || (after_words
            .first()
            .is_some_and(|w| *w == "лет" || *w == "год" || *w == "года")
            && before.iter().any(|b| {
                [
                    "девоч",
                    "мальчик",
                    "ребен",
                    "ребён",
                    "мужчин",
                    "женщин",
                    "подрост",
                    "сын",
                    "дочь",
                    // "пенсионер 80 лет" ("молодой человек 17 лет": below).
                    "пенсионер",
                    "юнош",
                    "девушк",
                    "парен",
                    "пешеход",
                    "водител",
                    "пассажир",
                    "житель",
                    "жительниц",
                ]
                .iter()
                .any(|c| b.lower.starts_with(c))
            }))
        // "молодой человек 17 лет": the word right before the figure only
        // (not "погибли 300 человек, а за 2 года").
        || (after_words.first().is_some_and(|w| *w == "лет")
            && before.last().is_some_and(|b| &*b.lower == "человек"))
        || age_range(toks, i, n)
        || (after_words.iter().take(3).any(|w| *w == "х" || *w == "ти")
            && after_words.iter().take(3).any(|w| *w == "лет"));
    let term = !age
        && after_words
            .first()
            .is_some_and(|w| w.starts_with("gad") || *w == "лет" || *w == "года" || *w == "год")
        && context()
            .chain(toks[i.saturating_sub(8)..i].iter().map(|t| &*t.lower))
            .any(|w| {
                [
                    "cietum",
                    "brīvības",
                    "sod",
                    "ieslodz",
                    "заключ",
                    "лишени",
                    "колони",
                    "срок",
                    "тюрьм",
                    "prison",
                    "sentence",
                ]
                .iter()
                .any(|c| w.contains(c))
            });
    let money = matches!(prev_char, Some('$' | '€' | '£'))
        || matches!(next_char, Some('€' | '$'))
        || cue(&[
            "eiro",
            "euro",
            "dolār",
            "доллар",
            "евро",
            "рубл",
            "rubļ",
            "dollar",
            "€",
            "$",
        ]);
    // A year told with its word, or listed before another year that has
    // it ("2004 и 1989 года рождения", "1998. un 2001. gadā"): a year,
    // whatever the words around it count (an age of 1989 is none).
    let year_word =
        |w: &str| ["gad", "год", "year"].iter().any(|y| w.starts_with(y)) || matches!(w, "g" | "г");
    let four_digits = |t: &Token<'_>| {
        t.number
            && t.text.len() == 4
            && t.text
                .parse::<u16>()
                .is_ok_and(|v| (1800..=2100).contains(&v))
    };
    // (A year of birth, "2018 года рождения", tells a person's age: it is
    // compared as one.)
    let word_at = match after_words.first() {
        Some(w) if year_word(w) => Some(0),
        Some(&("и" | "un" | "and"))
            if after.get(1).is_some_and(|t| four_digits(t))
                && after_words.get(2).is_some_and(|w| year_word(w)) =>
        {
            Some(2)
        }
        _ => None,
    };
    let year_told = n == 1 && four_digits(t) && word_at.is_some();
    let birth = year_told
        && word_at.is_some_and(|k| {
            toks.get(i + n + k + 1)
                .is_some_and(|w| w.lower.starts_with("рожден") || w.lower.starts_with("dzim"))
        });
    if year_told && !birth {
        return Some((
            Identity::Date(format!("year:{}", figure_text(value)), figure_text(value)),
            n,
        ));
    }
    let quantity = if age || birth {
        Quantity::Age
    } else if term {
        Quantity::Years
    } else if next_char == Some('%') || (cue(PERCENT) && !percent_of_another(&after)) {
        Quantity::Percent
    } else if let Some(q) = nearest_cue(toks, i, n, body)
        // People hurt are not counted in money: "cieta 2 miljonu eiro
        // zaudējumus" (suffered losses) is a sum.
        .filter(|&q| !(money && q == Quantity::Injured))
    {
        q
    } else if money {
        Quantity::Money
    } else if cue(&[
        "cilvēk",
        "person",
        "человек",
        "люд",
        "people",
        "iedzīvotāj",
        "жител",
    ]) {
        Quantity::People
    } else if t.number
        && t.text.len() == 4
        && (1800.0..=2100.0).contains(&value)
        && n == 1
        && !counts_before_a_noun(body, &before, end_byte, &after)
    {
        return Some((
            Identity::Date(format!("year:{}", figure_text(value)), figure_text(value)),
            n,
        ));
    } else {
        Quantity::Other
    };
    // "два триллиона гривен" is a sum; "one of the..." is not a figure.
    let multiplied = ranged
        || toks
            .get(i + 1)
            .is_some_and(|m| multiplier(&m.lower).is_some());
    // A number word before the noun it counts ("pieci spēkrati", "шести
    // автомобилей") is a figure; "one of the...", "viens no", a number
    // word on its own ("abi divi", "раз-два") are not, nor a span of time
    // ("trīs dienas", "два года"), nor those of whom something is denied
    // ("trīs hokejisti nav spēlējuši": a part of a group, not its size).
    // Two is left out: "two countries", "abas puses" say who, not how many.
    let counts_a_noun = value >= 3.0
        && toks.get(i + 1).is_some_and(|w| {
            !w.capital
                && !w.stopword
                && !w.number
                && !is_number_word(&w.lower)
                && !is_span(&w.lower)
        })
        && !toks[i + 1..]
            .iter()
            .take(4)
            .any(|w| NEGATIONS.contains(&&*w.lower));
    let spelled = !t.number
        && !multiplied
        && matches!(
            quantity,
            Quantity::Other | Quantity::People | Quantity::Money
        );
    // "trīspadsmit pret", "против - семь": one side of a vote's tally.
    let vote_side = |t: Option<&Token<'_>>| {
        t.is_some_and(|t| VOTE_FOR.contains(&&*t.lower) || VOTE_AGAINST.contains(&&*t.lower))
    };
    let tally = vote_side(toks.get(i + n)) || vote_side(i.checked_sub(1).map(|k| &toks[k]));
    if spelled && !counts_a_noun && !tally {
        return None; // "one of the..." is not a figure
    }
    // The thing counted: the first content word after the figure, by key
    // (klientu / клиентов meet as "klient"), unless a unit sign stands there.
    let currency = after
        .iter()
        .chain(before.iter().rev().take(1))
        .find_map(|a| {
            CURRENCIES
                .iter()
                // (Europe is no euro: "Eiropas Savienības", "европейский".)
                .find(|(p, _)| {
                    a.lower.starts_with(p)
                        && !["eirop", "europ", "европ"]
                            .iter()
                            .any(|e| a.lower.starts_with(e))
                })
                .map(|(_, c)| *c)
        })
        .or(match (prev_char, next_char) {
            (Some('€'), _) | (_, Some('€')) => Some("EUR"),
            (Some('$'), _) | (_, Some('$')) => Some("USD"),
            _ => None,
        });
    let quantity = if currency.is_some() && matches!(quantity, Quantity::Other | Quantity::People) {
        Quantity::Money
    } else {
        quantity
    };
    let unit = if quantity == Quantity::Percent && in_points(&after) {
        Some(POINTS.to_string())
    } else if next_char == Some('%') {
        Some("%".to_string())
    } else if let Some(c) = currency {
        Some(c.to_string())
    } else {
        // The counted thing is a common noun: names and the words of a
        // name ("1200 "Sadales tīkls" klientu") are passed over, and so are
        // Russian adjectives before their noun ("шесть одноэтажных жилых
        // домов" counts houses, as "11 жилых домов" does).
        let content = |a: &Token<'_>| {
            !a.stopword
                && !a.number
                && a.key.chars().count() >= 3
                && !["х", "ти"].contains(&&*a.lower)
                // "7 820 204 млн человек": the multiplier is no thing.
                && multiplier(&a.lower).is_none()
        };
        // (The first half of a compound, "дорожно-" of
        // "дорожно-транспортных происшествий", goes with the adjective.)
        let compound = |k: usize| {
            toks.get(k + 1).is_some_and(|next| {
                body.get(toks[k].start + toks[k].text.len()..next.start) == Some("-")
                    && toks[k].lower.ends_with(['о', 'е'])
            })
        };
        // (After two to four, the adjective may stand in -ие/-ые before a
        // noun in -ы/-и: "Четыре депутатские группы" count groups.)
        let plural = |a: &Token<'_>| ["ие", "ые"].iter().any(|e| a.lower.ends_with(e));
        let adjectival =
            |a: &Token<'_>| ["ых", "их"].iter().any(|e| a.lower.ends_with(e)) || plural(a);
        let adjective_before_noun = |k: usize| {
            // (Within the clause: "четверо взрослых, сообщает" counts adults.)
            let spaced = |m: &usize| {
                body.get(toks[m - 1].start + toks[m - 1].text.len()..toks[*m].start)
                    .is_some_and(|gap| gap.trim().is_empty())
            };
            adjectival(&toks[k])
                && (k + 1..toks.len())
                    .take(3)
                    .take_while(|m| spaced(m) && !toks[*m].capital && content(&toks[*m]))
                    .map(|m| &toks[m])
                    .find(|a| !adjectival(a))
                    .is_some_and(|a| {
                        ["ов", "ев", "ёв", "ей", "ий"]
                            .iter()
                            .any(|e| a.lower.ends_with(e))
                            || plural(&toks[k]) && a.lower.ends_with(['ы', 'и'])
                            // (or none, as "цистерн", "машин": a consonant
                            // no verb ends its plural with, nor its present)
                            || a.lower.chars().count() >= 4
                                && a.lower.ends_with(|c: char| {
                                    "бвгджзкмнпрстфхцчшщ".contains(c)
                                })
                                && !["ает", "яет", "еет", "ует", "ит", "ют", "ят", "ат"]
                                    .iter()
                                    .any(|e| a.lower.ends_with(e))
                    })
        };
        // A Latvian adjective of a common suffix in its definite form
        // ("72 operatīvā darba brigādes", "iekšējās", "valstiskās") before
        // a word of the clause.
        let latvian_adjective = |k: usize| {
            let w = &*toks[k].lower;
            ["īv", "isk", "ēj", "īg"].iter().any(|x| w.contains(x))
                && [
                    "ais", "ā", "ās", "ie", "ajiem", "ajām", "ajā", "ajos", "ajās", "o",
                ]
                .iter()
                .any(|e| w.ends_with(e))
                && toks.get(k + 1).is_some_and(|a| !a.capital && content(a))
        };
        // A word that stands before the noun it qualifies.
        let modifier = |k: usize| {
            adjective_before_noun(k)
                || latvian_adjective(k)
                || compound(k)
                || GENITIVE_MODIFIERS.contains(&&*toks[k].lower)
                    && toks.get(k + 1).is_some_and(|a| !a.capital && content(a))
        };
        toks[i + n..]
            .iter()
            .take(4)
            .enumerate()
            .filter(|(d, a)| !(a.capital || *d > 0 && toks[i + n + d - 1].capital))
            .filter(|(d, _)| !modifier(i + n + d))
            .map(|(_, a)| a)
            .find(|a| content(a))
            // Hours, days, times: "около 23 часов" and "11 часов вечера"
            // are two ways to say one time, no count of anything.
            .filter(|a| !is_span(&a.lower))
            .map(|a| unit_key(a))
    };
    // "Количество детей ... увеличилось до 141": the noun after the word
    // for "the number of" is what the figure it reached counts.
    let unit = unit.or_else(|| counted_by_count_word(toks, i));
    // A reading in a unit of measure (-32,8 grādi, 5,73 метра, 20 km) is
    // no count: a story gives many (places, hours, forecasts), so two that
    // differ do not disagree.
    let reading = toks[i + n..].first().is_some_and(|a| {
        MEASURE_UNITS.iter().any(|u| match u.strip_suffix('=') {
            Some(word) => *a.lower == *word,
            None => {
                a.lower.starts_with(u)
                    && !a.lower.starts_with("metro")
                    && !a.lower.starts_with("метро")
            }
        })
    }) || next_char == Some('°');
    // (Degrees are a reading whatever cue stands near: "температура до
    // 39,2°C", then "доставили в больницу"; "-28,3 °C".)
    let degrees = body[end_byte..]
        .trim_start_matches([' ', '\u{a0}'])
        .starts_with('°');
    // A span of hours, minutes or seconds ("5 часов между жизнью и смертью",
    // "pēc piecu stundu meklēšanas") is a reading too, whatever cue of a
    // toll stands near: it counts no one.
    let duration = toks[i + n..].first().is_some_and(|a| {
        DURATIONS.iter().any(|u| a.lower.starts_with(u)) && !a.lower.starts_with("част")
    });
    // A reading below zero: "-32,8 grādi", "mīnus 28,3 grādi", "минус 5".
    let minus = before_text
        .strip_suffix(['-', '−'])
        .is_some_and(|b| !b.ends_with(|c: char| c.is_ascii_digit()))
        || matches!(prev_word, Some("mīnus" | "минус" | "minus"));
    if reading && t.number && minus {
        value = -value;
    }
    // "trīs ... Rīgā, vēl trīs Tukumā": two groups of one kind in a
    // sentence, each a part and neither the count ("погибли два человека,
    // ещё двое ранены" are two kinds, and each is counted).
    // (The injured and those taken to hospital are one group told twice.)
    let family = |q: Quantity| match q {
        Quantity::Hospitalised => Quantity::Injured,
        q => q,
    };
    let same_kind = |k: usize| {
        figure_in(toks, k, body, false).is_some_and(
            |(f, _)| matches!(f, Identity::Number(ref f) if family(f.quantity) == family(quantity)),
        )
    };
    // "trīs no cietušajiem ..., vēl trīs ...": a part of a group, and the
    // next part after it.
    let part_at = |k: usize| {
        toks.get(k + 1)
            .is_some_and(|w| matches!(&*w.lower, "no" | "из" | "of"))
    };
    let one_more = look_around
        && ((more
            && (0..i)
                .filter(|&k| counted(&toks[k]))
                .any(|k| part_at(k) || same_kind(k)))
            || toks[i + n..]
                .windows(2)
                .position(|w| MORE.contains(&&*w[0].lower) && counted(&w[1]))
                .is_some_and(|d| {
                    // "vēl trim hospitalizācija nebija nepieciešama": the
                    // others were not, so this group is all there were.
                    let k = i + n + d + 1;
                    let denied = toks[k + 1..(k + 5).min(toks.len())]
                        .iter()
                        .any(|t| NEGATIONS.contains(&&*t.lower));
                    !denied && same_kind(k)
                }));
    // "8. nedēļā", "12. minūtē", "16-я минута": an ordinal is a place in a
    // series, and "uz 100 000 iedzīvotāju", "на 100 тысяч населения" the
    // base of a rate: neither counts anything.
    let rest = &body[end_byte..];
    let ordinal = t.number
        && n == 1
        && (rest
            .strip_prefix('.')
            .map(|r| r.trim_start_matches(' '))
            .is_some_and(|r| r.starts_with(char::is_lowercase))
            || rest.strip_prefix('-').is_some_and(|r| {
                let suffix: String = r.chars().take_while(|c| c.is_alphabetic()).collect();
                ORDINAL_ENDINGS.contains(&suffix.as_str())
            }));
    let rate_base = prev_word.is_some_and(|w| PER.contains(&w))
        && [1e2, 1e3, 1e4, 1e5, 1e6].contains(&value)
        && after_words.first().is_some_and(|w| {
            [
                "iedz",
                "cilvēk",
                "насел",
                "жител",
                "человек",
                "resident",
                "inhabitant",
                "people",
            ]
            .iter()
            .any(|p| w.starts_with(p))
        });
    // A quake's magnitude ("6,8 magnitūdas", "магнитудой 7,4"): the
    // story's one reading of its strength.
    let magnitude = (toks[i + n..].first().map(|a| &*a.lower))
        .into_iter()
        .chain(prev_word)
        .any(|w| MAGNITUDE_WORDS.iter().any(|m| w.starts_with(m)));
    let (quantity, unit) = if ordinal || rate_base {
        (Quantity::Other, None)
    } else if magnitude {
        (Quantity::Other, Some(MAGNITUDE.to_string()))
    } else if reading && quantity == Quantity::Other || duration || degrees {
        (Quantity::Other, Some(READING.to_string()))
    } else if one_more {
        (Quantity::Other, None)
    } else if one_of_groups(toks, i, n) {
        // A part counts its own noun, not the toll: "43 bērni" of 45.
        (Quantity::Other, unit)
    } else {
        (quantity, unit)
    };
    // "87 депутатов из 100", "3 no 10", "desmit no 17": the whole a count is
    // taken out of.
    let total = i >= 2
        && matches!(&*toks[i - 1].lower, "из" | "no" | "of")
        && toks[i.saturating_sub(4)..i - 1]
            .iter()
            .any(|t| t.number || is_number_word(&t.lower));
    // "-16...-26 градусов", "20–25": an end of a range.
    let in_range = t.number && (range_mark(rest, true) || range_mark(before_text, false));
    Some((
        Identity::Number(Figure {
            text: figure_text(value),
            value,
            quantity,
            unit,
            approximate,
            total,
            in_range,
            spelled,
        }),
        n,
    ))
}

/// The multiplier a range's lower end shares with its upper end: the
/// figure at `toks[i]` (of `value`) followed by "до"/"līdz"/"to" or a dash,
/// then a larger figure and a multiplier word ("семи до десяти тысяч").
fn range_multiplier(toks: &[Token<'_>], i: usize, body: &str, value: f64) -> Option<f64> {
    let here = &toks[i];
    let next = toks.get(i + 1)?;
    let gap = &body[here.start + here.text.len()..next.start];
    // (Not a share's change down to a sum: "на 48,7% до 135,718 млн".)
    let (upper, at) = if matches!(&*next.lower, "до" | "līdz" | "to") && gap.trim().is_empty() {
        (toks.get(i + 2)?, i + 2)
    } else if matches!(gap.trim(), "-" | "–" | "—") {
        (next, i + 1)
    } else {
        return None;
    };
    let top = if upper.number {
        parse_number(upper.text)?
    } else {
        *number_words().get(&*upper.lower)?
    };
    let m = multiplier(&toks.get(at + 1)?.lower)?;
    (value < top && m >= 1e3).then_some(m)
}

/// Whether a range's mark ("...", "…", or a dash between digits) stands
/// right after a figure (`after`: the text after it) or right before it.
fn range_mark(text: &str, after: bool) -> bool {
    if after {
        let t = text.trim_start_matches(' ');
        t.starts_with("...")
            || t.starts_with('…')
            || (text.starts_with('–') && text[3..].starts_with(|c: char| c.is_ascii_digit()))
    } else {
        let t = text.trim_end_matches([' ', '-', '−']);
        t.ends_with("...")
            || t.ends_with('…')
            || text
                .strip_suffix('–')
                .is_some_and(|d| d.ends_with(|c: char| c.is_ascii_digit()))
    }
}

/// Whether a figure's counted thing (its unit, "=concept" where the lexicon
/// knows the noun) names a particular sort of thing (children, passengers),
/// not people in general (cilvēki, personas, человек, лица), which any count
/// of people may be.
pub(crate) fn counts_a_named_thing(unit: &str) -> bool {
    static GENERIC: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    let generic = GENERIC.get_or_init(|| {
        [
            ("cilvēki", crate::Lang::Latvian),
            ("personas", crate::Lang::Latvian),
            // (Residents: "10 tūkstoši Latvijas iedzīvotāju pulcējās" are
            // the "3500 человек" who took part.)
            ("iedzīvotāji", crate::Lang::Latvian),
            ("человек", crate::Lang::Russian),
            ("лица", crate::Lang::Russian),
            ("people", crate::Lang::English),
        ]
        .iter()
        .flat_map(|(w, lang)| crate::normalize::concepts_in(&crate::key(w, *lang), Some(*lang)))
        .map(|c| format!("={c}"))
        .collect()
    });
    unit.starts_with('=') && !generic.iter().any(|g| g == unit)
}

/// Groups of people a count of the hurt may be of, each against its
/// counterpart (children against adults, women against men), by a Latvian
/// and a Russian word of each: written here.
const GROUPS: [[(&str, &str); 2]; 2] = [
    [("bērni", "дети"), ("pieaugušie", "взрослые")],
    [("sievietes", "женщины"), ("vīrieši", "мужчины")],
];

/// Whether two counted things (units) are two groups that make up a
/// whole, neither the other: children and adults, women and men.
pub(crate) fn groups_apart(a: &str, b: &str) -> bool {
    // Each group's units, as a figure counting its words would have them.
    static UNITS: std::sync::OnceLock<Vec<[Vec<String>; 2]>> = std::sync::OnceLock::new();
    let units = UNITS.get_or_init(|| {
        let of = |(lv, ru): (&str, &str)| -> Vec<String> {
            [(lv, crate::Lang::Latvian), (ru, crate::Lang::Russian)]
                .iter()
                .filter_map(|&(w, lang)| {
                    let toks = crate::normalize::tokens(w, lang);
                    let t = toks.first()?;
                    t.concepts().first().map(|_| unit_key(t))
                })
                .collect()
        };
        GROUPS
            .iter()
            .map(|&[one, other]| [of(one), of(other)])
            .collect()
    });
    let is = |u: &str, group: &[String]| group.iter().any(|g| g == u);
    units
        .iter()
        .any(|[one, other]| (is(a, one) && is(b, other)) || (is(a, other) && is(b, one)))
}

/// Words for accidents and incidents (word starts), which "bez
/// cietušajiem" / "без пострадавших" after them sort rather than count.
/// Written here from general knowledge.
const ACCIDENTS: &[&str] = &[
    "negadījum",
    "avārij",
    "incident",
    "дтп",
    "авари",
    "происшеств",
    "инцидент",
    "accident",
    "crash",
];

/// Latvian nouns in the genitive that stand before the noun a figure
/// counts, in news' set phrases: "246 ceļu satiksmes negadījumi" counts
/// accidents, not roads. Written here from general knowledge.
const GENITIVE_MODIFIERS: &[&str] = &["ceļu", "satiksmes", "kravas", "darba"];

/// Whether a figure counts a noun, known to the lexicon or not (not a
/// unit sign, a currency or a reading).
pub(crate) fn counts_a_noun(unit: &str) -> bool {
    unit.starts_with('=') || counts_an_unknown_noun(unit)
}

/// Whether a figure's counted thing is people in general (cilvēki,
/// человек): the concept of one of [`counts_a_named_thing`]'s general words.
pub(crate) fn counts_people(unit: &str) -> bool {
    unit.starts_with('=') && !counts_a_named_thing(unit)
}

/// Whether a figure counts a noun the lexicon does not know (kept by its
/// letters, "strani"), not a unit sign, a currency or a reading.
pub(crate) fn counts_an_unknown_noun(unit: &str) -> bool {
    !unit.starts_with(['=', '~', '%'])
        && unit != POINTS
        && !unit.chars().all(|c| c.is_ascii_uppercase())
}

/// A figure as read: its value, what it counts, the unit or counted thing.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Figure {
    /// The value as text ("30", "2.5").
    pub text: String,
    /// The value.
    pub value: f64,
    /// What it counts.
    pub quantity: Quantity,
    /// The key of the unit or counted thing.
    pub unit: Option<String>,
    /// Given as "about", "more than"...
    pub approximate: bool,
    /// The whole a count is taken out of ("87 депутатов из 100"): another
    /// figure than a count of that size.
    pub total: bool,
    /// An end of a range ("-16...-26"): another figure than the one value.
    pub in_range: bool,
    /// A number word counting the noun after it ("pieci spēkrati"): one
    /// with the same noun, not any figure of its value ("Piecos
    /// pēcpusdienā", five o'clock).
    pub spelled: bool,
}

fn ordinal(value: f64) -> String {
    let n = figure_text(value);
    let suffix = match (
        n.ends_with('1') && !n.ends_with("11"),
        n.ends_with('2') && !n.ends_with("12"),
        n.ends_with('3') && !n.ends_with("13"),
    ) {
        (true, _, _) => "st",
        (_, true, _) => "nd",
        (_, _, true) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// Reads "1,5", "2.5", "1 000" (already joined), "10,000" as a number.
/// Written out rather than `str::parse::<f64>`, whose tables the web build
/// would carry for this one call.
fn parse_number(s: &str) -> Option<f64> {
    let commas = s.matches(',').count();
    let dots = s.matches('.').count();
    // One comma and no dot is a decimal comma; several marks group thousands.
    let decimal = (commas == 1 && dots == 0) || (commas == 0 && dots == 1);
    let (mut mantissa, mut scale, mut after_point) = (0u64, 0i32, false);
    for c in s.chars() {
        match c {
            '0'..='9' => {
                mantissa = mantissa
                    .checked_mul(10)?
                    .checked_add(u64::from(c as u8 - b'0'))?;
                if after_point {
                    scale += 1;
                }
            }
            ',' | '.' if decimal => after_point = true,
            ',' | '.' => {}
            _ => return None,
        }
    }
    #[allow(clippy::cast_precision_loss)] // figures in news text are far below 2^53
    Some(mantissa as f64 / 10f64.powi(scale))
}

/// A figure as text: "30", "2.5". Written out rather than `{}` on an f64,
/// for the same reason as [`parse_number`].
pub(crate) fn figure_text(value: f64) -> String {
    let sign = if value < 0.0 { "-" } else { "" };
    let value = value.abs();
    let mut scale = 0;
    while scale < 6 && (value * 10f64.powi(scale)).fract().abs() > 1e-9 {
        scale += 1;
    }
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let units = (value * 10f64.powi(scale)).round() as u64;
    if scale == 0 {
        return format!("{sign}{units}");
    }
    let digits = format!("{units:0>width$}", width = scale as usize + 1);
    let (whole, fraction) = digits.split_at(digits.len() - scale as usize);
    format!("{sign}{whole}.{}", fraction.trim_end_matches('0'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_are_read_and_written_back() {
        for (text, value, shown) in [
            ("30", 30.0, "30"),
            ("2,5", 2.5, "2.5"),
            ("1.25", 1.25, "1.25"),
            ("10,5", 10.5, "10.5"),
            ("1,000,000", 1e6, "1000000"),
            ("1.000.000", 1e6, "1000000"),
            ("007", 7.0, "7"),
        ] {
            let v = parse_number(text).expect(text);
            assert!((v - value).abs() < 1e-9, "{text} read as {v}");
            assert_eq!(figure_text(v), shown);
        }
        assert_eq!(parse_number("12a"), None);
        assert_eq!(figure_text(-0.5), "-0.5");
        assert_eq!(figure_text(0.857), "0.857");
    }

    /// The figures of a text compared with one that has none.
    fn numbers_of(text: &str) -> Vec<crate::Entity> {
        crate::compare(
            crate::Input::text(text),
            crate::Input::text("Nekas nenotika."),
        )
        .unwrap()
        .entities
        .into_iter()
        .filter(|e| e.kind == crate::EntityKind::Number)
        .collect()
    }

    #[test]
    fn stopword_numbers_count_and_one_more_is_no_toll() {
        let figures = |text: &str| {
            numbers_of(text)
                .iter()
                .flat_map(|e| e.mentions.iter().map(|m| m.text.clone()))
                .collect::<Vec<_>>()
        };
        // "два" is a stopword of Russian, and a figure still.
        assert_eq!(
            figures("Дефицит составит два триллиона гривен."),
            ["два триллиона"]
        );
        // One more dead found is not a toll of one.
        assert_eq!(
            figures("Policija ēkā atradusi vēl vienu mirušu personu."),
            Vec::<String>::new()
        );
        // After a toll, "ещё двое" is the next group, counted.
        assert_eq!(
            figures("Погибли два человека, ещё двое получили травмы."),
            ["два", "двое"]
        );
        // Another group of a hundred people or more is counted; more of a
        // thing to come is not.
        assert_eq!(figures("Еще 205 человек получили ранения."), ["205"]);
        assert_eq!(
            figures("Дорога сократит еще 156 сотрудников."),
            Vec::<String>::new()
        );
    }

    /// Each figure of a text with what it counts.
    fn read(text: &str) -> Vec<(String, Option<crate::Quantity>)> {
        numbers_of(text)
            .iter()
            .map(|e| (e.label.clone(), e.quantity))
            .collect()
    }

    #[test]
    fn a_range_of_ages_and_those_taken_to_hospital_are_read() {
        use crate::Quantity::{Age, Hospitalised, Years};
        // Both ends of a range of ages, a spelled one too.
        assert_eq!(
            read("Пострадали дети от 8 до 15 лет."),
            [("8".to_string(), Some(Age)), ("15".to_string(), Some(Age))]
        );
        assert_eq!(
            read("Заболели школьники в возрасте от семи до 17-ти лет."),
            [("7".to_string(), Some(Age)), ("17".to_string(), Some(Age))]
        );
        // Not a term: "от 3 до 5 лет лишения свободы".
        assert!(read("Ему грозит от 3 до 5 лет лишения свободы.")
            .iter()
            .all(|(_, q)| *q != Some(Age)));
        assert_eq!(
            read("Ему грозит до 5 лет лишения свободы.")[0].1,
            Some(Years)
        );
        // The hospital further off in the sentence than the verb next to
        // the figure.
        assert_eq!(
            read("Вечером в районную больницу из зоны отдыха «Туран» доставлен 21 подросток."),
            [("21".to_string(), Some(Hospitalised))]
        );
        // Taken elsewhere is no one in hospital.
        assert_ne!(
            read("Вечером в отдел полиции из зоны отдыха доставлен 21 подросток.")[0].1,
            Some(Hospitalised)
        );
    }

    #[test]
    fn each_figure_takes_the_verb_of_its_own_clause() {
        use crate::Quantity::{Age, Hospitalised, Injured, Killed};
        // The verb before "и" is the first figure's.
        assert_eq!(
            read("Как минимум 27 человек погибло и 46 были ранены при пожаре."),
            [
                ("27".to_string(), Some(Killed)),
                ("46".to_string(), Some(Injured))
            ]
        );
        assert_eq!(
            read("Ugunsgrēkā gāja bojā 5 cilvēki un 12 tika ievainoti."),
            [
                ("5".to_string(), Some(Killed)),
                ("12".to_string(), Some(Injured))
            ]
        );
        // A dash between a figure and its verb.
        assert_eq!(
            read("Погибли минимум 52 человека, еще около 70 — пострадали."),
            [
                ("52".to_string(), Some(Killed)),
                ("70".to_string(), Some(Injured))
            ]
        );
        // The number of people taken to hospital, the people named first.
        assert_eq!(
            read("Количество людей, госпитализированных после отравления в городе, выросло до 84."),
            [("84".to_string(), Some(Hospitalised))]
        );
        // The age after another figure is that figure's.
        assert_eq!(
            read("Gājuši bojā vismaz četri cilvēki, arī desmit gadu vecs bērns."),
            [
                ("4".to_string(), Some(Killed)),
                ("10".to_string(), Some(Age))
            ]
        );
        // A young man's age among the dead is no toll.
        assert_eq!(
            read("Погибли 2 человека: молодой человек 17 лет и мужчина."),
            [
                ("2".to_string(), Some(Killed)),
                ("17".to_string(), Some(Age))
            ]
        );
    }

    #[test]
    fn years_of_birth_are_ages_never_a_toll() {
        // Among the dead, two women born in 2004 and 1989: no toll of 2004.
        let found = numbers_of("Среди погибших женщины 2004 и 1989 года рождения.");
        let quantities: Vec<(String, Option<crate::Quantity>)> = found
            .iter()
            .map(|e| (e.label.clone(), e.quantity))
            .collect();
        assert_eq!(
            quantities,
            [
                ("2004".to_string(), Some(crate::Quantity::Age)),
                ("1989".to_string(), Some(crate::Quantity::Age)),
            ]
        );
        // A year with its word and no birth is a year, whatever it follows.
        assert!(numbers_of("Погибших в 2004 году было меньше.").is_empty());
    }

    #[test]
    fn a_year_s_digits_before_the_noun_they_count_are_a_count() {
        let counts = |text: &str| {
            numbers_of(text)
                .iter()
                .map(|e| e.label.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            counts("Голосование прошло на 1895 избирательных участках."),
            ["1895"]
        );
        assert_eq!(counts("Plūdos applūduši 1852 dzīvokļi."), ["1852"]);
        // A year stays a year: before its word, after an ordinal dot, or
        // after the name of what it is an edition of.
        for year in [
            "В 2019 году выборы прошли спокойно.",
            "2019. gadā vēlēšanas noritēja mierīgi.",
            "Konkursā Supernova 2026 uzvarēja grupa Kautkaili.",
        ] {
            assert_eq!(counts(year), Vec::<String>::new(), "{year}");
        }
    }

    #[test]
    fn the_figure_a_number_of_casualties_reaches_is_that_toll() {
        let tolls = |text: &str| {
            numbers_of(text)
                .iter()
                .map(|e| (e.label.clone(), e.quantity))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            tolls(
                "Число погибших при теракте, произошедшем накануне в немецком городе \
                 Магдебург, увеличилось до четырех человек."
            ),
            [("4".to_string(), Some(Quantity::Killed))]
        );
        // Degrees are a reading beside a word for hospital.
        assert!(
            tolls("Температура поднялась до 39,2°C, её доставили в больницу.")
                .iter()
                .all(|(_, q)| *q == Some(Quantity::Other))
        );
        // The noun after "the number of" is what the figure it reached counts.
        let counted = numbers_of("Количество детей, отравившихся в школе, увеличилось до 141.");
        assert_eq!(counted[0].unit, numbers_of("Отравились 60 детей.")[0].unit);
        // Deaths counted as cases, and lives a flood took; the word for the
        // dead before a bound and the figure.
        for text in [
            "Apstiprināti 3354 nāves gadījumi.",
            "Проливные дожди унесли жизни 229 человек.",
            "В результате погибли по меньшей мере шесть человек.",
            "Avārija izraisīja trīs cilvēku nāvi.",
        ] {
            assert_eq!(tolls(text)[0].1, Some(Quantity::Killed), "{text}");
        }
    }

    /// The conflicts the report raises, as (left value, right value).
    /// The values of the figures that disagree between two texts.
    fn conflicts(lv: &str, ru: &str) -> Vec<(f64, f64)> {
        crate::diverge::verdicts::disagreeing(lv, ru)
            .into_iter()
            .map(|(l, r, _)| (l, r))
            .collect()
    }

    #[test]
    fn hours_and_minutes_count_no_one() {
        // "5 часов между жизнью и смертью" is how long, not five dead; nor
        // are "piecu stundu" five rescued. The toll beside them stands.
        assert_eq!(
            conflicts(
                "Pēc piecu stundu meklēšanas ledlauzis izglāba divus cilvēkus.",
                "5 часов между жизнью и смертью: спасены два человека."
            ),
            []
        );
        assert_eq!(
            conflicts(
                "Avārijā gāja bojā trīs cilvēki.",
                "Через 3 часа после аварии стало известно: погибли двое."
            ),
            [(3.0, 2.0)]
        );
    }

    #[test]
    fn hectares_by_their_sign_are_an_area_and_europe_is_no_euro() {
        // "Eiropas Savienības" after the hectares is no currency, and "га"
        // is the hectare's sign: the two areas burnt disagree.
        assert_eq!(
            conflicts(
                "Kūdras ugunsgrēks Talsu novadā. Izdeguši jau vairāk nekā 1200 hektāru, \
                 atklāj Eiropas Savienības satelītattēli.",
                "Торфяной пожар в Талсинском крае. Площадь возгорания составляет 400 га."
            ),
            [(1200.0, 400.0)]
        );
    }

    #[test]
    fn square_metres_by_their_abbreviations_are_an_area() {
        // "кв.м" is one word to the word splitter, and "m²" two ("m", "²").
        for (lv, ru) in [
            (
                "Kopējā degšanas platība – 2245 kvadrātmetri.",
                "Общая площадь горения составила 2240 кв.м.",
            ),
            (
                "Kopējā degšanas platība – 2245 m².",
                "Общая площадь горения составила 2240 м².",
            ),
        ] {
            assert_eq!(
                conflicts(
                    &format!("Rīgā deg māja. {lv}"),
                    &format!("В Риге горит дом. {ru}")
                ),
                [(2245.0, 2240.0)],
                "{lv} / {ru}"
            );
        }
    }

    #[test]
    fn rescuers_at_work_are_not_people_rescued() {
        let r = crate::compare(
            crate::Input::text("Glābēji turpina darbu. Drupās strādā divpadsmit glābēji."),
            crate::Input::text(
                "Спасатели продолжают работу. Здесь работают не более 12 спасателей.",
            ),
        )
        .unwrap();
        assert!(
            !r.entities
                .iter()
                .any(|e| e.quantity == Some(crate::Quantity::Rescued)),
            "{:?}",
            r.entities
        );
    }

    #[test]
    fn readings_in_units_of_measure_are_no_counts() {
        // Temperatures at different stations do not disagree; only the
        // one place both give a reading for does (see `diverge::readings`).
        assert_eq!(
            conflicts(
                "Sals Latvijā. Daugavpilī bija -32,8 grādi, Kurzemes ziemeļos -5 grādi.",
                "Мороз в Латвии. В Даугавпилсе было -32 градуса, в Колке -7 градусов."
            ),
            [(-32.8, -32.0)]
        );
    }

    #[test]
    fn two_groups_of_one_kind_are_parts_but_a_denied_one_is_not() {
        // Three in one hospital and three more in another: not a count of three.
        assert_eq!(
            conflicts(
                "Avārija uz šosejas. Trīs no cietušajiem bērniem ir nogādāti slimnīcā Rīgā, vēl trīs atrodas Tukuma slimnīcā.",
                "Авария на шоссе. Скорая помощь доставила в больницу восемь человек."
            ),
            []
        );
        // "Three more did not need hospital": the three taken there are all.
        assert_eq!(
            conflicts(
                "Ugunsgrēks mājā. Četri bija cietuši – trīs personas tika hospitalizētas, bet vēl trim hospitalizācija nebija nepieciešama.",
                "Пожар в доме. Несколько человек пострадали, двое из них находятся в больнице."
            ),
            [(3.0, 2.0)]
        );
    }

    #[test]
    fn an_ordinal_or_the_base_of_a_rate_counts_nothing() {
        let counted = |text: &str| {
            numbers_of(text)
                .into_iter()
                .filter(|e| e.quantity != Some(Quantity::Other))
                .map(|e| e.label)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            counted("Gripa 8. nedēļā: 250 gadījumi uz 100 000 iedzīvotāju, miruši 6 cilvēki."),
            ["6"]
        );
        assert_eq!(
            counted("На 16-й минуте забил гол, в больницу доставлены 5 человек."),
            ["5"]
        );
        assert_eq!(
            counted("Заболеваемость 250 на 100 тысяч населения."),
            Vec::<String>::new()
        );
    }

    /// The figures both texts give, by label.
    fn shared(lv: &str, ru: &str) -> Vec<String> {
        crate::compare(crate::Input::text(lv), crate::Input::text(ru))
            .unwrap()
            .entities
            .into_iter()
            .filter(|e| e.shared && e.kind == crate::EntityKind::Number)
            .map(|e| e.label)
            .collect()
    }

    #[test]
    fn road_accidents_are_counted_by_their_head_noun_and_sorted_not_denied() {
        // "ceļu satiksmes negadījumi" and "дорожно-транспортных
        // происшествий" both count accidents, and disagree...
        let lv = "Piektdien Latvijā reģistrēti 246 ceļu satiksmes negadījumi.";
        let ru = "В пятницу в Латвии зарегистрировано 160 дорожно-транспортных происшествий.";
        assert_eq!(conflicts(lv, ru), [(246.0, 160.0)]);
        // ...and accidents "without injured" deny no toll.
        let none = numbers_of("No avārijām bez cietušajiem lielākais skaits notika Rīgā.");
        assert!(none.iter().all(|e| e.value != Some(0.0)), "{none:?}");
        let denied = numbers_of("Avārija notika naktī, bez cietušajiem.");
        assert!(denied.iter().any(|e| e.value == Some(0.0)), "{denied:?}");
    }

    #[test]
    fn two_to_four_count_the_noun_after_an_adjective_in_ie() {
        // "Четыре депутатские группы" count groups, not deputies: no
        // disagreement with the 18 deputies of another sentence.
        let groups = numbers_of("Его выдвинули четыре депутатские группы.");
        let groups_of = numbers_of("Его выдвинули четыре группы.");
        assert_eq!(groups[0].unit, groups_of[0].unit, "{groups:?}");
        assert_ne!(
            groups[0].unit,
            numbers_of("Его поддержали 18 депутатов.")[0].unit,
            "{groups:?}"
        );
    }

    #[test]
    fn a_models_number_is_no_figure_but_a_range_is() {
        let values =
            |text: &str| -> Vec<f64> { numbers_of(text).iter().filter_map(|e| e.value).collect() };
        assert!(values("Daļa Airbus A220-300 lidmašīnu nevarēs lidot.").is_empty());
        assert_eq!(values("Ar Covid-19 saslimuši 5 cilvēki."), [5.0]);
        let mut range = values("Cietuši 5-6 cilvēki.");
        range.sort_by(f64::total_cmp);
        assert_eq!(range, [5.0, 6.0]);
    }

    #[test]
    fn a_crowd_is_not_pages_of_the_same_number() {
        // A noun the lexicon lacks does not join a count of people in
        // general in the other text...
        assert!(shared(
            "LETA ziņoja, ka aptuveni 10 000 cilvēku pulcējās uz protesta akciju.",
            "Дело насчитывает около 10 000 страниц."
        )
        .is_empty());
        // ...but joins a bare count, and in one text a crowd told twice is
        // one crowd.
        assert_eq!(
            shared(
                "LETA ziņoja, ka aptuveni 10 000 cilvēku pulcējās uz protesta akciju.",
                "Протест собрал около 10 000, сообщила полиция."
            ),
            ["10000"]
        );
        let r = crate::compare(
            crate::Input::text("Mītiņā pulcējās 3000 cilvēku. Tur bija 3000 atbalstītāju."),
            crate::Input::text("Ничего."),
        )
        .unwrap();
        let threes = r
            .entities
            .iter()
            .filter(|e| e.value == Some(3000.0))
            .count();
        assert_eq!(threes, 1, "{:?}", r.entities);
    }

    #[test]
    fn a_range_s_lower_end_shares_its_multiplier() {
        let values =
            |text: &str| -> Vec<f64> { numbers_of(text).iter().filter_map(|e| e.value).collect() };
        let mut found = values("В шествии участвовали от семи до десяти тысяч человек.");
        found.sort_by(f64::total_cmp);
        assert_eq!(found, [7000.0, 10000.0]);
        let mut found = values("Gājienā piedalījās 5-6 tūkstoši cilvēku.");
        found.sort_by(f64::total_cmp);
        assert_eq!(found, [5000.0, 6000.0]);
        let mut found = values("Убытки уменьшились на 48,7% до 135,718 млн евро.");
        found.sort_by(f64::total_cmp);
        assert_eq!(found, [48.7, 135_718_000.0]);
    }

    #[test]
    fn an_end_of_a_range_is_not_the_one_value() {
        let forecast = "Sestdien gaidāms stiprs sals - līdz mīnus 26 grādiem.";
        assert_eq!(
            shared(
                forecast,
                "В субботу утром термометры показывали -16...-26 градусов."
            ),
            Vec::<String>::new()
        );
        assert_eq!(
            shared(
                forecast,
                "В субботу ожидается сильный мороз - до минус 26 градусов."
            ),
            ["-26"]
        );
    }

    #[test]
    fn a_whole_taken_out_of_is_not_a_count_of_its_size() {
        assert_eq!(
            shared(
                "Ceremoniju vēroja apmēram 100 iedzīvotāju.",
                "В голосовании участвовали 87 депутатов из 100."
            ),
            Vec::<String>::new()
        );
        assert_eq!(
            shared(
                "Balsojumā piedalījās 87 deputāti no 100.",
                "В голосовании участвовали 87 депутатов из 100."
            ),
            ["87", "100"]
        );
    }

    #[test]
    fn figures_written_in_words_and_digits_add_up() {
        let values =
            |text: &str| -> Vec<f64> { numbers_of(text).iter().filter_map(|e| e.value).collect() };
        assert_eq!(
            values("Против высказались 2 миллиона 45 тысяч 271 человек."),
            [2_045_271.0]
        );
        assert_eq!(
            values("В списки внесены 12 миллионов 284 тысячи 487 человек."),
            [12_284_487.0]
        );
        assert_eq!(
            values("В списки внесены 12 244 683 млн человек."),
            [12_244_683.0]
        );
        // Hundreds in words.
        for (text, v) in [
            ("Cietušo skaits pārsniedz deviņus simtus.", 900.0),
            ("Ievainoti astoņsimt cilvēku.", 800.0),
            ("Пострадали пятьсот человек.", 500.0),
        ] {
            assert_eq!(values(text), [v], "{text}");
        }
    }

    #[test]
    fn a_number_word_counts_the_noun_after_it() {
        // Five vehicles against six cars: one count, told two ways.
        assert_eq!(
            conflicts(
                "Avārija Tukuma novadā. Kopumā sadursmē bija iesaistīti pieci spēkrati.",
                "Авария в Тукумском крае. Произошло столкновение шести автомобилей."
            ),
            [(5.0, 6.0)]
        );
        // Those of whom something is denied are a part, and days are no count.
        assert!(numbers_of("Trīs hokejisti nav spēlējuši olimpiskajās spēlēs.").is_empty());
        assert!(numbers_of("Prezidentam ir desmit dienas laika.").is_empty());
        // Two groups told together are parts of the toll, not the toll.
        assert_eq!(
            conflicts(
                "Ugunsgrēks Rīgā. Ugunsgrēkā gāja bojā septiņi cilvēki.",
                "Пожар в Риге. В огне погибли четыре женщины и трое мужчин."
            ),
            []
        );
        assert_eq!(
            conflicts(
                "Ugunsgrēks Rīgā. Ugunsgrēkā gāja bojā septiņi cilvēki.",
                "Пожар в Риге. В огне погибли четыре человека и трое ранены."
            ),
            [(7.0, 4.0)]
        );
        // Nor are hours of the clock a count of hours.
        assert_eq!(
            conflicts(
                "Granāta ballītē Rīgā. Incidents notika ap 23 stundām.",
                "Граната на вечеринке в Риге. Инцидент произошел в 11 часов вечера."
            ),
            []
        );
    }

    #[test]
    fn one_of_a_group_is_no_count_of_it() {
        // "One of the dead" is not one dead: the other text's two stand.
        assert_eq!(
            conflicts(
                "Sprādzienā Rīgā gāja bojā divi cilvēki. Viens no bojāgājušajiem bija Gaso darbinieks.",
                "При взрыве в Риге погибли два человека. Один из погибших — сотрудник Gaso."
            ),
            []
        );
        // "Two of them are in hospital" counts those in hospital.
        let two = numbers_of("Несколько человек пострадали. Двое из них находятся в больнице.");
        assert_eq!(two.len(), 1);
        assert_eq!(two[0].quantity, Some(crate::Quantity::Hospitalised));
    }

    #[test]
    fn the_verb_of_the_clause_says_what_a_figure_counts() {
        // Evacuated is said six words after the figure.
        assert_eq!(
            conflicts(
                "Ugunsgrēks pansionātā Biškekā. No degošās ēkas evakuēti 15 iemītnieki.",
                "Пожар в доме престарелых в Бишкеке. Остальных 11 человек из соседних палат сначала эвакуировали в другое отделение."
            ),
            [(15.0, 11.0)]
        );
    }

    #[test]
    fn an_attribution_between_commas_does_not_cut_a_figure_from_its_verb() {
        assert_eq!(
            conflicts(
                "Raķešu triecienā tirdzniecības centram Kremenčukā gājuši bojā 10 cilvēki.",
                "По меньшей мере 15 человек, по последним данным, стали жертвами удара \
                 по торговому центру в Кременчуге."
            ),
            [(10.0, 15.0)]
        );
        // Any other clause after the comma is another figure's.
        assert_eq!(
            conflicts(
                "Raķešu triecienā tirdzniecības centram Kremenčukā gājuši bojā 10 cilvēki.",
                "По меньшей мере 15 человек были в центре, другие стали жертвами удара \
                 по торговому центру в Кременчуге."
            ),
            []
        );
    }

    #[test]
    fn a_toll_told_as_what_it_reached_by_a_gerund_counts_the_dead() {
        assert_eq!(
            conflicts(
                "Nemieros Nukusā nogalināti 18 cilvēki.",
                "Число погибших из-за беспорядков в Нукусе выросло на три человека, достигнув 21."
            ),
            [(18.0, 21.0)]
        );
    }

    #[test]
    fn a_toll_that_reached_a_bound_counts_the_dead() {
        let found = numbers_of(
            "Bojāgājušo skaits zemestrīcē, kas notika Itālijā, ir pieaudzis līdz vismaz 292 cilvēkiem.",
        );
        assert_eq!(found[0].quantity, Some(Quantity::Killed), "{found:?}");
        let found =
            numbers_of("Количество погибших при землетрясении выросло до более чем 2 200 человек.");
        assert_eq!(found[0].quantity, Some(Quantity::Killed), "{found:?}");
    }

    #[test]
    fn those_sought_are_missing() {
        // 43 sought are not 30 who may lie under the rubble.
        assert_eq!(
            conflicts(
                "Удар по дому в Днепре. Разыскивается 43 человека.",
                "Удар по дому в Днепре. Под завалами могут оставаться еще около 30 человек."
            ),
            []
        );
    }

    #[test]
    fn those_missing_without_trace_are_missing() {
        assert_eq!(
            conflicts(
                "Pēc sprādziena Erevānā bez vēsts pazuduši 27 cilvēki.",
                "После взрыва в Ереване пропавшими без вести считаются 18 человек."
            ),
            [(27.0, 18.0)]
        );
    }

    #[test]
    fn those_taken_to_medical_facilities_are_in_hospital() {
        assert_eq!(
            conflicts(
                "Pēc sprādziena Viļņā slimnīcā nogādāti četri cilvēki.",
                "После взрыва в Вильнюсе пять человек были доставлены в медицинские учреждения."
            ),
            [(4.0, 5.0)]
        );
    }
}
