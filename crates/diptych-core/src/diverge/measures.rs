//! What a sum or a share measures, so that two reports' budgets, wages and
//! rates can be held against each other.
//!
//! A text gives many sums (revenue and spending, old and new wage, a total
//! and the part of it "of which" ...): a currency alone does not say which
//! is which. A sum or share is compared only when the nearest measure word
//! before it in its sentence names what it is — revenue, expenditure,
//! deficit, debt, wage, pension, price, inflation, tax, fine, loss, cost,
//! an election's turnout —
//! and a share is "of GDP" or not by the words after it. Parts ("в том
//! числе", "tostarp", "of which", "из них") are left out. Two values agree
//! when the finer one, rounded as the coarser one is written, is the same
//! ("2,9 триллиона" and "2,92 трлн").
//!
//! The measure words are everyday Latvian, Russian and English news words,
//! written here from general knowledge (prefixes, lower case).

use crate::entities::is_number_word;
use crate::{Document, Mention, Quantity};

/// Measures by the prefixes of their words; "=" marks a whole word, where
/// a prefix would catch others ("=alga", not "algoritms").
const MEASURES: &[(&str, &[&str])] = &[
    (
        "revenue",
        &[
            "ienākum",
            "ieņēmum",
            "доход",
            "поступлени",
            "revenue",
            "income",
        ],
    ),
    (
        "expenditure",
        &["izdevum", "расход", "spending", "expenditure"],
    ),
    ("deficit", &["deficīt", "дефицит", "deficit"]),
    (
        "debt",
        &[
            "=parāds",
            "=parādu",
            "=parādi",
            "=parādiem",
            "=parādus",
            "=долг",
            "=долга",
            "=долгу",
            "=долгом",
            "=долги",
            "=долгов",
            "debt",
        ],
    ),
    (
        "wage",
        &[
            "=alga",
            "=algu",
            "=algas",
            "=algai",
            "=algām",
            "=algā",
            "зарплат",
            "заработн",
            "wage",
            "salar",
        ],
    ),
    ("pension", &["pensij", "пенси", "pension"]),
    (
        "price",
        &[
            "=cena",
            "=cenas",
            "=cenu",
            "=cenām",
            "=cenā",
            "=цена",
            "=цены",
            "=цен",
            "=ценам",
            "=цену",
            "=ценах",
            "=ценами",
            "price",
        ],
    ),
    ("inflation", &["inflācij", "инфляци", "inflation"]),
    ("unemployment", &["bezdarb", "безработиц", "unemployment"]),
    ("tax", &["nodok", "налог", "tax"]),
    ("fine", &["=sodu", "=soda", "штраф", "=fine", "=fines"]),
    ("loss", &["zaudējum", "убыт", "ущерб", "loss", "damage"]),
    ("cost", &["izmaks", "стоимост", "cost"]),
    (
        "turnout",
        &[
            "=aktivitāte",
            "=aktivitāti",
            "=aktivitātei",
            // "piedalījušies 1 089 772 pilsoņi jeb 70,53% balsstiesīgo",
            // "в голосовании приняли участие 59%": those who took part.
            "piedalīj",
            "=участие",
            "явк",
            "turnout",
        ],
    ),
];

/// Measurements of a natural event, for figures that are neither sums nor
/// shares: compared only when the measure word stands right before the
/// figure ("магнитудой 6,2", "на глубине всего 5 км", "Глубина очага
/// составила 7 км"), since a text gives many other numbers near them.
const PHYSICAL: &[(&str, &[&str])] = &[
    ("magnitude", &["magnitūd", "магнитуд", "magnitude"]),
    ("depth", &["dziļum", "глубин", "depth"]),
];

/// Words that make the measure word after them a qualifier of another
/// ("pirms nodokļiem", "до уплаты налогов", "after tax"). Written here from
/// general knowledge of the languages.
const QUALIFIERS: &[&str] = &[
    "pirms",
    "pēc",
    "bez",
    "уплаты",
    "вычета",
    "до",
    "после",
    "без",
    "before",
    "after",
];

/// How many words back a measurement's word may stand.
const PHYSICAL_REACH: usize = 4;

/// Prison terms: a verdict story gives several (asked for, each count, the
/// earlier sentence); the final one is called so in either language
/// ("galīgais pamatsods ... uz 10 gadiem", "окончательный срок ... девять
/// лет"), and only final ones are compared.
const TERMS: &[(&str, &[&str])] = &[("final term", &["galīg", "окончательн", "final"])];

/// How many words back "final" may stand from its term.
const TERMS_REACH: usize = 8;

/// Words shortly before a figure that make it a part of a larger sum.
pub(super) const PART_OF: &[&[&str]] = &[
    &["в", "том", "числе"],
    &["из", "них"],
    &["из", "которых"],
    &["среди", "них"],
    &["среди", "которых"],
    &["no", "kuriem"],
    &["to", "skaitā"],
    &["tostarp"],
    &["t.sk"],
    &["tai", "skaitā"],
    &["of", "which"],
    &["including"],
];

/// Words after a share that make it a share of GDP.
const GDP: &[&str] = &["ikp", "ввп", "gdp", "валового", "iekšzemes"];

/// The words of a text in lower case, last first (a word already in lower
/// case is not copied).
pub(super) fn lower_words_back(text: &str) -> impl Iterator<Item = std::borrow::Cow<'_, str>> {
    text.rsplit(|c: char| !c.is_alphanumeric() && c != '.')
        .map(|w| w.trim_matches('.'))
        .filter(|w| !w.is_empty())
        .map(|w| {
            if w.chars().any(char::is_uppercase) {
                std::borrow::Cow::Owned(w.to_lowercase())
            } else {
                std::borrow::Cow::Borrowed(w)
            }
        })
}

pub(super) fn measure_of(table: &[(&'static str, &[&str])], word: &str) -> Option<&'static str> {
    table.iter().find_map(|(name, cues)| {
        cues.iter()
            .any(|c| match c.strip_prefix('=') {
                Some(whole) => word == whole,
                None => word.starts_with(c),
            })
            .then_some(*name)
    })
}

/// What the figure at this mention measures, if its sentence says: a sum
/// or share by [`MEASURES`], a prison term by [`TERMS`], another figure by
/// [`PHYSICAL`].
pub(super) fn measure(doc: &Document, m: &Mention, quantity: Quantity) -> Option<String> {
    let p = doc.paragraphs.get(m.paragraph)?;
    // From the start of the sentence before the figure's (the segmenter may
    // have cut at "2025. gadā", which the rule below does not): a long
    // paragraph is not read from its start for every figure.
    let own = p
        .sentences
        .iter()
        .rposition(|s| s.start <= m.start)
        .unwrap_or(0);
    let from = p
        .sentences
        .get(own.saturating_sub(1))
        .map_or(p.start, |s| s.start.max(p.start));
    let before = doc.text.get(from..m.start)?;
    // Which words name the measure, and how far back they may stand.
    let (table, reach) = match quantity {
        Quantity::Other => (PHYSICAL, PHYSICAL_REACH),
        Quantity::Years => (TERMS, TERMS_REACH),
        _ => (MEASURES, usize::MAX),
    };
    // Its own sentence: after the last full stop that ends one (". " and a
    // capital: not "2025. gadā", "milj. eiro"), or a "!", "?" or ";".
    let stop = before
        .match_indices(". ")
        .filter(|(k, _)| {
            before[k + 2..]
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
        })
        .map(|(k, _)| k)
        .chain(before.rfind(['!', '?', ';']))
        .max();
    let sentence = stop.map_or(before, |k| &before[k + 1..]);
    // Most figures (counts) have no measure word near them and stop here.
    // A term's word names the first term after it: in "the final term is
    // nine years and three years of probation" the three is no final term.
    // A word right after "before" or "after" qualifies another measure
    // ("pay before taxes", "до уплаты налогов"): it names none.
    let words: Vec<_> = lower_words_back(sentence).collect();
    let what = words.iter().enumerate().take(reach).find_map(|(k, w)| {
        let figure = quantity == Quantity::Years
            && (w.starts_with(|c: char| c.is_ascii_digit()) || is_number_word(w));
        if figure {
            return Some(None);
        }
        let qualified = words.get(k + 1).is_some_and(|b| QUALIFIERS.contains(&&**b));
        // A measurement's word right after another figure is that figure's:
        // in "7,3 magnitūdas stiprā zemestrīce 23,2 kilometru dziļumā" the
        // 23,2 is no magnitude.
        let others = quantity == Quantity::Other
            && words
                .get(k + 1)
                .is_some_and(|b| b.starts_with(|c: char| c.is_ascii_digit()));
        let found = measure_of(table, w);
        if others && found.is_some() {
            return Some(None);
        }
        found.filter(|_| !qualified).map(Some)
    })??;
    let tail: Vec<&str> = words.iter().take(6).rev().map(|w| &**w).collect();
    if PART_OF
        .iter()
        .any(|part| tail.windows(part.len()).any(|w| w == *part))
    {
        return None;
    }
    let after = super::text_after(&doc.text, m.end, 60, p.end);
    // The first words after the figure, in lower case: "of GDP", "за месяц".
    let later: Vec<String> = after
        .split(|c: char| !c.is_alphanumeric() && c != '.')
        .map(|w| w.trim_matches('.'))
        .filter(|w| !w.is_empty())
        .take(6)
        .map(str::to_lowercase)
        .collect();
    let of_gdp = later
        .iter()
        .take(3)
        .any(|w| GDP.iter().any(|g| w.starts_with(g)));
    // A change over a month is another measure than the one over a year,
    // which news gives unless it says otherwise ("Mēneša laikā ... cenas
    // palielinājās par 2%" against "цены за год выросли на 27,5%"): the
    // last words before the figure and the first after it.
    let near: Vec<&str> = words
        .iter()
        .take(12)
        .rev()
        .map(|w| &**w)
        .chain(later.iter().map(String::as_str))
        .collect();
    let monthly = near.windows(2).any(|w| MONTHLY.contains(&(w[0], w[1])))
        || near
            .iter()
            .any(|w| *w == "monthly" || w.starts_with("ikmēneš"));
    let what = if monthly {
        format!("{what} over a month")
    } else {
        what.to_string()
    };
    // A change ("на 10% больше", "par 5% vairāk", "rose by 3%") is another
    // measure than a level ("индекс составил 85,3%"): the word right before
    // the figure, or the first after it.
    let by = words.first().is_some_and(|w| BY.contains(&&**w));
    let comparative = later
        .first()
        .is_some_and(|w| COMPARATIVES.iter().any(|c| w.starts_with(c)));
    let what = if by || comparative {
        format!("{what}, change")
    } else {
        what
    };
    Some(if of_gdp {
        format!("{what} of GDP")
    } else {
        what
    })
}

/// The word of a change's size, right before it ("на 10%", "par 5%",
/// "by 3%"): Latvian, Russian and English, written here.
const BY: &[&str] = &["на", "par", "by"];

/// Comparatives right after a change's size ("на 10% больше", "par 5%
/// mazāk"), by their start: written here from general knowledge.
const COMPARATIVES: &[&str] = &[
    "больш",
    "меньш",
    "выше",
    "ниже",
    "vairāk",
    "mazāk",
    "augstāk",
    "zemāk",
    "more",
    "less",
    "higher",
    "lower",
];

/// Two words that make a change one over a month: Latvian, Russian and
/// English, written here from general knowledge.
const MONTHLY: &[(&str, &str)] = &[
    ("mēneša", "laikā"),
    ("mēnesī", "laikā"),
    ("за", "месяц"),
    ("в", "месячном"),
    ("month", "on"),
];

/// How finely a figure is written: the step of its last digit ("2,92 трлн"
/// is written to 0.01 trillion; "два триллиона" to one trillion).
fn step(mention: &str, value: f64) -> f64 {
    let written: String = mention
        .chars()
        .take_while(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | ' ' | '\u{a0}'))
        .collect();
    let written = written.trim_end_matches([' ', '\u{a0}', '.', ',']);
    let (mut lead, mut decimals, mut after_point) = (0.0f64, 0i32, false);
    for c in written.chars() {
        match c {
            '0'..='9' => {
                lead = lead * 10.0 + f64::from(u32::from(c) - u32::from('0'));
                if after_point {
                    decimals += 1;
                }
            }
            // A decimal mark: one comma or point followed by fewer than three digits.
            ',' | '.' => after_point = true,
            _ => {}
        }
    }
    if lead <= 0.0 {
        // A number word ("два триллиона"): exact to its leading digit.
        #[allow(clippy::cast_possible_truncation)]
        return 10f64.powi(value.abs().max(1.0).log10().floor() as i32);
    }
    // What the mention's multiplier word makes of the written digits.
    let shown = lead / 10f64.powi(decimals);
    value.abs() / shown * 10f64.powi(-decimals)
}

/// Whether two written figures can be one value, each rounded as written.
pub(super) fn agree(a: (&str, f64), b: (&str, f64)) -> bool {
    let coarse = step(a.0, a.1).max(step(b.0, b.1));
    (a.1 - b.1).abs() <= coarse / 2.0 + coarse * 1e-9
}

#[cfg(test)]
mod tests {
    use super::agree;
    use crate::{compare, Input, Quantity};

    #[test]
    fn a_change_over_a_month_is_not_one_over_a_year() {
        let lv = "Inflācija Latvijā septembrī. Mēneša laikā pārtikas cenas palielinājās par 2%.";
        let ru = "Инфляция в Латвии в сентябре. На продукты питания цены за год выросли на 27,5%.";
        let r = compare(Input::text(lv), Input::text(ru)).unwrap();
        assert!(
            r.divergences.number_conflicts.is_empty(),
            "{:?}",
            r.divergences
        );
        let ru = "Инфляция в Латвии в сентябре. На продукты питания цены за месяц выросли на 3,5%.";
        let r = compare(Input::text(lv), Input::text(ru)).unwrap();
        assert_eq!(
            r.divergences.number_conflicts.len(),
            1,
            "{:?}",
            r.divergences
        );
    }

    #[test]
    fn a_change_is_not_held_against_a_level() {
        use crate::diverge::verdicts::disagreeing;
        let a = "Зарплаты в Казахстане.\n\nВ третьем квартале 2025 года средняя \
                 номинальная заработная плата в Казахстане составила 429 368 тенге, что на \
                 10% больше, чем за тот же период 2024 года.";
        let b = "Зарплаты в Казахстане.\n\nСредняя зарплата в Казахстане составила 429 368 \
                 тенге.\n\nВ Атырауской области индекс реальной заработной платы составил \
                 85,3%, что указывает на снижение покупательной способности.";
        assert!(disagreeing(a, b).is_empty(), "{:?}", disagreeing(a, b));
        // Two changes still meet.
        let b = "Зарплаты в Казахстане.\n\nСредняя зарплата в Казахстане выросла на 12%.";
        assert_eq!(disagreeing(a, b).len(), 1);
    }

    #[test]
    fn figures_agree_when_rounded_as_the_coarser_is_written() {
        assert!(agree(("2,9 триллиона", 2.9e12), ("2,92 трлн", 2.92e12)));
        assert!(agree(("два триллиона", 2e12), ("1,9 трлн", 1.9e12)));
        assert!(!agree(("4,97 триллиона", 4.97e12), ("4,78 трлн", 4.78e12)));
        assert!(!agree(("18,4", 18.4), ("18,5", 18.5)));
        assert!(agree(("780", 780.0), ("780", 780.0)));
        assert!(!agree(("740", 740.0), ("780", 780.0)));
    }

    #[test]
    fn a_deficit_given_differently_is_reported_and_its_parts_are_not() {
        let a = "Valdība apstiprināja budžetu: izdevumi būs 4,97 miljardi eiro, \
                 budžeta deficīts sasniegs 2,9% no IKP.";
        let b = "Правительство утвердило бюджет: расходы составят 4,78 млрд евро, \
                 в том числе на оборону 1,2 млрд евро, дефицит бюджета достигнет 2,9% ВВП.";
        let r = compare(Input::text(a), Input::text(b)).unwrap();
        let c = &r.divergences.number_conflicts;
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].quantity, Quantity::Money);
        assert_eq!(r.entities[c[0].left].value, Some(4.97e9));
        assert_eq!(r.entities[c[0].right].value, Some(4.78e9));
        assert!(
            r.overview
                .verdict
                .contains("4.97 billion EUR ≠ 4.78 billion EUR"),
            "{}",
            r.overview.verdict
        );
    }

    #[test]
    fn a_year_written_with_its_point_does_not_end_the_sentence() {
        let a = "Budžeta deficīts 2026. gadā būs 2,9% no IKP, paziņoja ministrs.";
        let b = "Дефицит бюджета в 2026 году составит 3,4% ВВП, сообщил министр.";
        let r = compare(Input::text(a), Input::text(b)).unwrap();
        let c = &r.divergences.number_conflicts;
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].quantity, Quantity::Percent);
    }

    #[test]
    fn two_agencies_measuring_one_earthquake_differently_are_reported() {
        let a = "Землетрясение произошло в 12:44. Магнитуда составила 6.7, \
                 очаг залегал на глубине всего 5 км, сообщили в МЧС.";
        let b = "Землетрясение магнитудой 6,2 произошло днём. \
                 Глубина очага составила 7 км, в городе ощущались толчки силой 5 баллов.";
        let r = compare(Input::text(a), Input::text(b)).unwrap();
        let c = &r.divergences.number_conflicts;
        let mut measures: Vec<_> = c.iter().filter_map(|c| c.measure.as_deref()).collect();
        measures.sort_unstable();
        assert_eq!(measures, ["depth", "magnitude"], "{c:?}");
        assert!(
            r.overview.verdict.contains("6.7 ≠ 6.2 (magnitude)"),
            "{}",
            r.overview.verdict
        );
    }

    #[test]
    fn a_depth_after_a_magnitude_is_no_magnitude() {
        let a = "Zemestrīcē gāja bojā cilvēki. 7,3 magnitūdas stiprā zemestrīce \
                 23,2 kilometru dziļumā notika pie Halebdžas.";
        let b =
            "В результате землетрясения погибли люди. Землетрясение магнитудой 7,2 произошло днём.";
        let r = compare(Input::text(a), Input::text(b)).unwrap();
        assert!(
            !r.overview.verdict.contains("23.2"),
            "{}",
            r.overview.verdict
        );
        // Told after its word, it is one.
        let a = a.replace(
            "7,3 magnitūdas stiprā zemestrīce",
            "Zemestrīce ar magnitūdu 6,1 notika",
        );
        let r = compare(Input::text(&a), Input::text(b)).unwrap();
        assert!(
            r.overview.verdict.contains("6.1 ≠ 7.2 (magnitude"),
            "{}",
            r.overview.verdict
        );
    }

    /// Asserts that the two texts' final terms, 10 and 9 years, disagree.
    fn ten_against_nine(a: &str, b: &str) {
        let r = compare(Input::text(a), Input::text(b)).unwrap();
        let c = &r.divergences.number_conflicts;
        assert!(
            c.iter().any(|c| r.entities[c.left].value == Some(10.0)
                && r.entities[c.right].value == Some(9.0)),
            "{c:?}"
        );
    }

    #[test]
    fn final_prison_terms_are_compared_whatever_other_terms_agree() {
        let a = "Tiesa piesprieda 10 gadus cietumā. Apelācijas instance atstāja spēkā \
                 lēmumu, un galīgais pamatsods noteikts brīvības atņemšana uz 10 gadiem.";
        let b = "Суд приговорил его к десяти годам заключения. С учётом времени под стражей \
                 окончательный срок заключения составил девять лет.";
        ten_against_nine(a, b);
    }

    #[test]
    fn the_final_term_is_the_first_term_after_its_word() {
        // Both give three years of probation after the final term; only
        // the terms themselves (10 against 9) disagree.
        let a = "Galīgais pamatsods noteikts brīvības atņemšana uz 10 gadiem un \
                 probācijas uzraudzība uz trim gadiem.";
        let b = "Окончательный срок заключения составил девять лет тюрьмы и три года пробации.";
        ten_against_nine(a, b);
    }

    #[test]
    fn before_taxes_names_no_measure() {
        // 7.9% is the hourly pay's rise "before taxes", not a tax, and 7.7%
        // the monthly wage's.
        let a =
            "Vidējā bruto darba samaksa pirms nodokļiem bija 1815 eiro, kas ir par 7,7% vairāk.";
        let b = "Оплата за один час до уплаты налогов выросла на 7,9%.";
        let r = compare(Input::text(a), Input::text(b)).unwrap();
        assert!(
            r.divergences.number_conflicts.is_empty(),
            "{:?}",
            r.divergences.number_conflicts
        );
    }

    /// Asserts that no figure of the two texts is compared by what it measures.
    fn nothing_measured(a: &str, b: &str) {
        let r = compare(Input::text(a), Input::text(b)).unwrap();
        let c = &r.divergences.number_conflicts;
        assert!(c.iter().all(|c| c.measure.is_none()), "{c:?}");
    }

    #[test]
    fn terms_not_called_final_are_not_compared_by_measure() {
        nothing_measured(
            "Prokurors lūdza 12 gadus cietumā, tiesa piesprieda 10 gadus.",
            "Прокурор просил 12 лет заключения, суд приговорил к девяти годам.",
        );
    }

    #[test]
    fn a_figure_far_after_its_measure_word_is_not_a_measurement() {
        nothing_measured(
            "Землетрясение магнитудой 6,2 произошло днём, пострадали 3 человека.",
            "Землетрясение магнитудой 6,2 произошло днём, пострадали 5 человек.",
        );
    }

    #[test]
    fn sums_of_no_stated_measure_are_not_compared() {
        let a = "Valdība apstiprināja budžetu: tam piešķirti 4,97 miljardi eiro.";
        let b = "Правительство утвердило бюджет: на него выделено 4,78 млрд евро.";
        let r = compare(Input::text(a), Input::text(b)).unwrap();
        assert!(r.divergences.number_conflicts.is_empty());
    }
}
