//! Quoted titles: a conference, a discussion, a film, a programme, a
//! venue, a ship or (in Russian and English) an organisation named in quotes
//! after the word for what it is — konferencē “Krievijas tautiešu
//! etnocīds Baltijas valstīs”, мультфильм «Мыслями наизнанку 2». Such a
//! title is one name however many lowercase words it holds, and the places
//! inside it are part of it, not places of the story.
//!
//! The cue words are everyday Latvian, Russian and English news words,
//! written here from general knowledge (prefixes, lower case).

use crate::normalize::Token;
use crate::EntityKind;

/// What a quoted title names, by the word before it (its beginning, or the
/// whole word where a "=" ends the cue: AS “Rīgas siltums”).
const CUES: &[(&str, EntityKind)] = &[
    ("konferenc", EntityKind::Event),
    ("diskusij", EntityKind::Event),
    ("forum", EntityKind::Event),
    ("festivāl", EntityKind::Event),
    ("izstād", EntityKind::Event),
    ("kampaņ", EntityKind::Event),
    ("конференц", EntityKind::Event),
    ("дискусс", EntityKind::Event),
    ("форум", EntityKind::Event),
    ("фестивал", EntityKind::Event),
    ("выставк", EntityKind::Event),
    ("кампани", EntityKind::Event),
    ("conference", EntityKind::Event),
    ("festival", EntityKind::Event),
    ("exhibition", EntityKind::Event),
    ("campaign", EntityKind::Event),
    ("filma", EntityKind::Work),
    ("filmu", EntityKind::Work),
    ("filmā", EntityKind::Work),
    ("grāmat", EntityKind::Work),
    ("izrād", EntityKind::Work),
    ("raidījum", EntityKind::Work),
    ("dziesm", EntityKind::Work),
    ("albūm", EntityKind::Work),
    ("фильм", EntityKind::Work),
    ("мультфильм", EntityKind::Work),
    ("книг", EntityKind::Work),
    ("спектакл", EntityKind::Work),
    ("передач", EntityKind::Work),
    ("программ", EntityKind::Work),
    ("песн", EntityKind::Work),
    ("альбом", EntityKind::Work),
    // Bodies named in quotes: Russian keeps such a name in the nominative
    // (организация «Гражданская инициатива»); Latvian declines it
    // ("Jaunās Vienotības"), so Latvian ones are left to the other passes,
    // but for a company's, which stands in the nominative after the word
    // for it (uzņēmums “Valsts nekustamie īpašumi”, SIA “Rīgas ūdens”).
    // Outlets (medijs "Jēkabpils Laiks", портал «Delfi»).
    ("medij", EntityKind::Media),
    ("portāl", EntityKind::Media),
    ("laikrakst", EntityKind::Media),
    ("портал", EntityKind::Media),
    ("газет", EntityKind::Media),
    ("uzņēmum", EntityKind::Organisation),
    ("kompānij", EntityKind::Organisation),
    ("sia", EntityKind::Organisation),
    ("as=", EntityKind::Organisation),
    ("vas=", EntityKind::Organisation),
    ("организац", EntityKind::Organisation),
    ("обществ", EntityKind::Organisation),
    ("движени", EntityKind::Organisation),
    ("парти", EntityKind::Organisation),
    ("фонд", EntityKind::Organisation),
    ("компани", EntityKind::Organisation),
    ("ассоциац", EntityKind::Organisation),
    ("объединени", EntityKind::Organisation),
    // A band, in its nominative after the word (grupa "Prāta vētra",
    // группа «Ленинград»).
    ("grupa", EntityKind::Organisation),
    ("grupas", EntityKind::Organisation),
    ("grupai", EntityKind::Organisation),
    ("ansambl", EntityKind::Organisation),
    ("групп", EntityKind::Organisation),
    ("ансамбл", EntityKind::Organisation),
    ("band", EntityKind::Organisation),
    ("organisation", EntityKind::Organisation),
    ("organization", EntityKind::Organisation),
    ("party", EntityKind::Organisation),
    ("foundation", EntityKind::Organisation),
    ("association", EntityKind::Organisation),
    // Venues are places (bārā "Le Constellation", в кафе «Маяк»). (Ships
    // are things, by the words before a ship's name: `VESSEL_BEFORE`.)
    ("bārā", EntityKind::Place),
    ("bāra", EntityKind::Place),
    ("bārs", EntityKind::Place),
    ("restorān", EntityKind::Place),
    ("kafejnīc", EntityKind::Place),
    ("viesnīc", EntityKind::Place),
    ("бар", EntityKind::Place),
    ("ресторан", EntityKind::Place),
    ("кафе", EntityKind::Place),
    ("гостиниц", EntityKind::Place),
    ("отел", EntityKind::Place),
    // (A shopping centre: tirdzniecības centrā “Zimņaja Višņa”, в торговом
    // центре «Зимняя вишня».)
    ("tirdzniecīb", EntityKind::Place),
    ("торгов", EntityKind::Place),
    ("shopping", EntityKind::Place),
    ("mall", EntityKind::Place),
    ("bar", EntityKind::Place),
    ("restaurant", EntityKind::Place),
    ("hotel", EntityKind::Place),
    ("film", EntityKind::Work),
    ("movie", EntityKind::Work),
    ("book", EntityKind::Work),
    ("programme", EntityKind::Work),
    ("song", EntityKind::Work),
    ("album", EntityKind::Work),
];

const OPENING: &[char] = &['“', '«', '„', '"', '”'];
const CLOSING: &[char] = &['”', '»', '“', '"'];

/// Whether text ending with `before` opens a quotation where it ends.
pub(super) fn opens_quote(before: &str) -> bool {
    before.ends_with(OPENING)
}

/// The quoted title opening at `toks[i]`: how many tokens it spans and its kind.
pub(super) fn quoted(body: &str, toks: &[Token<'_>], i: usize) -> Option<(usize, EntityKind)> {
    let t = &toks[i];
    if !t.capital {
        return None;
    }
    // The word for what it is, among the four before the quote ("konferencē",
    // "под названием" after "конференции").
    let cue = || {
        toks[i.saturating_sub(4)..i].iter().rev().find_map(|w| {
            CUES.iter()
                .find(|(cue, _)| super::fits_cue(&w.lower, cue))
                .map(|(_, k)| *k)
                .or_else(|| {
                    super::any_prefix(&w.lower, super::VESSEL_BEFORE).then_some(EntityKind::Other)
                })
        })
    };
    let span = in_quotes(body, toks, i);
    // Two words at least (one is a plain name), a dozen at most.
    let quoted = span
        .filter(|&(_, n)| (2..=12).contains(&n))
        .and_then(|(_, n)| cue().map(|kind| (n, kind)));
    quoted
        .or_else(|| {
            span.filter(|&(close, n)| english_title(body, toks, i, close, n))
                .map(|(_, n)| (n, cue().unwrap_or(EntityKind::Work)))
        })
        .or_else(|| {
            latvian_in_russian(body, toks, i)
                .map(|n| (n, cue().unwrap_or(EntityKind::Organisation)))
        })
}

/// Where the quote `toks[i]` opens closes, and how many words it holds:
/// None where no quote opens there or none closes it.
fn in_quotes(body: &str, toks: &[Token<'_>], i: usize) -> Option<(usize, usize)> {
    let t = &toks[i];
    if !opens_quote(body.get(..t.start)?) {
        return None;
    }
    let close = t.start + body[t.start..].find(CLOSING)?;
    let n = toks[i..].iter().take_while(|w| w.start < close).count();
    Some((close, n))
}

/// English words that join the capitalised words of a title ("Memoir of a
/// Snail", "The Wild Robot"); written here from general knowledge.
const ENGLISH_JOINS: &[&str] = &[
    "of", "a", "an", "the", "and", "in", "on", "at", "to", "for", "from", "with", "my", "your",
];

/// An English title quoted whole in a Latvian or Russian text, as the
/// press keeps a film's, a song's or a book's ("Memoir of a Snail",
/// "Wallace & Gromit: Vengeance Most Fowl", "The Wild Robot"): Latin words
/// alone up to the closing quote, opening with "The" or joined by an
/// English small word, an ampersand or a colon: the quote at `toks[i]`,
/// of `n` words, closing at `close`.
fn english_title(body: &str, toks: &[Token<'_>], i: usize, close: usize, n: usize) -> bool {
    let t = &toks[i];
    let inside = &body[t.start..close];
    let words = &toks[i..i + n];
    let latin = inside
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || " &:-',.!?".contains(c));
    let joined = t.text == "The"
        || inside.contains(['&', ':'])
        || words[1..].iter().any(|w| ENGLISH_JOINS.contains(&w.text));
    latin && joined && (2..=12).contains(&n)
}

/// A Latvian name in Latin letters in a Russian sentence, quoted or not:
/// how many words it spans. A Russian text keeps a Latvian company's or
/// outlet's name as the company writes it, small letters and all
/// ("Предприятие Rīgas siltums", "АО «Rīgas siltums»", "Портал Jēkabpils
/// laiks"): a capitalised Latin word after a Cyrillic one and the Latin
/// words after it, one at least in small letters (capitalised runs are
/// read as names anyway), up to six.
fn latvian_in_russian(body: &str, toks: &[Token<'_>], i: usize) -> Option<usize> {
    let latin = |w: &Token<'_>| {
        w.text
            .chars()
            .all(|c| c.is_alphabetic() && (c.is_ascii() || ('\u{0100}'..='\u{017F}').contains(&c)))
    };
    if !(i > 0 && super::name::cyrillic(toks[i - 1].text) && latin(&toks[i])) {
        return None;
    }
    let mut n = 1;
    while let Some(w) = toks.get(i + n) {
        let prev = &toks[i + n - 1];
        if n == 6 || !latin(w) || &body[prev.start + prev.text.len()..w.start] != " " {
            break;
        }
        n += 1;
    }
    let small = toks[i + 1..i + n].iter().any(|w| !w.capital);
    (n >= 2 && small).then_some(n)
}

#[cfg(test)]
mod tests {
    use crate::{compare, EntityKind, Input};

    #[test]
    fn an_english_title_quoted_in_a_list_is_one_work() {
        let r = compare(
            Input::text(
                "Balvai bija nominētas arī filmas \"Moana 2\", \"Memoir of a Snail\", \
                 \"The Wild Robot\" un \"Wallace & Gromit: Vengeance Most Fowl\".",
            ),
            Input::text(
                "На премию номинировались \"Moana 2\", \"Memoir of a Snail\", \
                 \"The Wild Robot\" и \"Wallace & Gromit: Vengeance Most Fowl\".",
            ),
        )
        .unwrap();
        let works: Vec<&str> = r
            .entities
            .iter()
            .filter(|e| e.kind == EntityKind::Work && e.shared)
            .map(|e| e.label.as_str())
            .collect();
        for title in [
            "Memoir of a Snail",
            "The Wild Robot",
            "Wallace & Gromit: Vengeance Most Fowl",
        ] {
            assert!(works.contains(&title), "{title}: {works:?}");
        }
    }

    #[test]
    fn a_band_is_named_after_the_word_for_it() {
        let r = compare(
            Input::text("Koncertā uzstāsies grupa \"Zelta zivtiņa\" no Rīgas."),
            Input::text("На концерте выступит группа «Золотая рыбка» из Риги."),
        )
        .unwrap();
        for name in ["Zelta zivtiņa", "Золотая рыбка"] {
            assert!(
                r.entities.iter().any(|e| e.kind == EntityKind::Organisation
                    && e.mentions.iter().any(|m| m.text == name)),
                "{name}: {:?}",
                r.entities
            );
        }
    }

    #[test]
    fn a_joint_stock_company_is_named_after_its_as() {
        let r = compare(
            Input::text("Komisija apstiprinājusi AS “Rīgas siltums” jaunu tarifu."),
            Input::text("Тариф на отопление в Риге повысится."),
        )
        .unwrap();
        assert!(r
            .entities
            .iter()
            .any(|e| e.kind == EntityKind::Organisation && e.label == "Rīgas siltums"));
        // (Only the word "AS" is the cue: "asistents" opens no company.)
        let r = compare(
            Input::text("Viņš strādāja par asistentu “Rīgas siltums” birojā."),
            Input::text("Он работал ассистентом."),
        )
        .unwrap();
        assert!(!r.entities.iter().any(|e| e.label == "Rīgas siltums"));
    }

    #[test]
    fn a_latvian_company_in_a_russian_sentence_is_named_whole() {
        for ru in [
            "Предприятие Rīgas siltums повышает тариф в Риге.",
            "Тариф АО «Rīgas siltums» в Риге вырастет.",
        ] {
            let r = compare(
                Input::text("AS “Rīgas siltums” paaugstina tarifu Rīgā."),
                Input::text(ru),
            )
            .unwrap();
            let company = r
                .entities
                .iter()
                .find(|e| e.label == "Rīgas siltums")
                .expect("the company");
            assert!(company.shared, "{ru}: {company:?}");
            assert_eq!(company.kind, EntityKind::Organisation);
        }
        // (Capitalised Latin words are names anyway; one Latin word is no run.)
        let r = compare(
            Input::text("Ziņo Associated Press."),
            Input::text("Сообщает Associated Press, а также BBC и ещё Delfi."),
        )
        .unwrap();
        assert!(!r.entities.iter().any(|e| e.label.contains("BBC и")));
    }

    #[test]
    fn a_shopping_centre_named_in_quotes_is_one_place_in_both_scripts() {
        let r = compare(
            Input::text("Kemerovā tirdzniecības centrā “Zimņaja Višņa” izcēlies ugunsgrēks."),
            Input::text("В кемеровском торговом центре \"Зимняя вишня\" произошел пожар."),
        )
        .unwrap();
        let mall = r
            .entities
            .iter()
            .find(|e| e.mentions.iter().any(|m| m.text == "Зимняя вишня"))
            .expect("the shopping centre, whole");
        assert_eq!(mall.kind, EntityKind::Place);
        assert!(mall.shared, "{mall:?}");
    }

    #[test]
    fn a_company_named_in_quotes_is_named_whole() {
        let r = compare(
            Input::text("To apstiprinājis uzņēmums “Valsts nekustamie īpašumi”, kas būvē robežu."),
            Input::text("Председатель правления Valsts nekustamie īpašumi подтвердил это."),
        )
        .unwrap();
        let vni = r
            .entities
            .iter()
            .find(|e| e.kind == EntityKind::Organisation)
            .expect("the company");
        assert!(vni.shared, "{vni:?}");
        assert_eq!(vni.mentions[0].text, "Valsts nekustamie īpašumi");
    }

    #[test]
    fn a_quoted_conference_title_is_one_event_in_both_languages() {
        let r = compare(
            Input::text("Viņš piedalījās diskusijā “Krievijas tautiešu etnocīds Baltijas valstīs” Maskavā."),
            Input::text("Он участвовал в конференции «Этноцид российских соотечественников в странах Балтии» в Москве."),
        )
        .unwrap();
        let events: Vec<_> = r
            .entities
            .iter()
            .filter(|e| e.kind == EntityKind::Event)
            .collect();
        assert_eq!(events.len(), 1, "{events:?}");
        assert!(events[0].shared);
        assert_eq!(
            events[0].label,
            "Krievijas tautiešu etnocīds Baltijas valstīs"
        );
        // The places inside are still named, and Moscow stays Moscow.
        for place in ["Moscow", "Baltic states"] {
            assert!(
                r.entities.iter().any(|e| e.label == place && e.shared),
                "{place}"
            );
        }
    }

    #[test]
    fn a_title_keeps_its_words_and_its_number_is_no_figure() {
        let r = compare(
            Input::text("Kinoteātrī rādīs filmu “Kā glābt pilsētu 2”."),
            Input::text("В кинотеатре покажут фильм «Как спасти город 2»."),
        )
        .unwrap();
        let works: Vec<&str> = r
            .entities
            .iter()
            .filter(|e| e.kind == EntityKind::Work)
            .map(|e| e.label.as_str())
            .collect();
        assert!(works.contains(&"Kā glābt pilsētu 2"), "{works:?}");
        assert!(!r.entities.iter().any(|e| e.kind == EntityKind::Number));
    }

    #[test]
    fn a_body_quoted_after_the_word_organisation_is_one_name_and_not_its_country() {
        let r = compare(
            Input::text("Igaunijas valdība sanāca uz sēdi. Par to ziņoja kāda biedrība."),
            Input::text(
                "Правительство Эстонии собралось на заседание, сообщила организация «Эстония без границ».",
            ),
        )
        .unwrap();
        let body = r
            .entities
            .iter()
            .find(|e| e.kind == EntityKind::Organisation)
            .expect("the body");
        assert_eq!(body.label, "Эстония без границ");
        let estonia = r.entities.iter().find(|e| e.label == "Estonia").unwrap();
        assert!(estonia.shared && estonia.id != body.id, "{estonia:?}");
    }

    #[test]
    fn quotes_without_a_word_for_what_they_name_are_not_a_title() {
        let r = compare(
            Input::text("Ministrs teica: “Latvija ir gatava”."),
            Input::text("Министр сказал: «Латвия готова»."),
        )
        .unwrap();
        assert!(!r
            .entities
            .iter()
            .any(|e| matches!(e.kind, EntityKind::Event | EntityKind::Work)));
    }
}
