//! The seed pair (a Latvian article on Kazakhstan in January 2022 and a
//! Russian one on Zhanaozen in December 2011): what is shared must be found
//! across scripts and cases, and nothing else may be linked.

use diptych_core::{compare, EntityKind, Input, Lang, ParagraphKind, Side};

const LV: &str = include_str!("../../../assets/seeds/kazakhstan-2022.lv.txt");
const RU: &str = include_str!("../../../assets/seeds/zhanaozen-2011.ru.txt");

fn report() -> diptych_core::Report {
    compare(
        Input::file(LV.as_bytes(), "kazakhstan-2022.lv.txt"),
        Input::file(RU.as_bytes(), "zhanaozen-2011.ru.txt"),
    )
    .expect("the seed pair compares")
}

#[test]
fn languages_and_mixed_language_paragraphs() {
    let r = report();
    assert_eq!(r.left.lang, Lang::Latvian);
    assert_eq!(r.right.lang, Lang::Russian);
    let english: Vec<&str> = r
        .left
        .paragraphs
        .iter()
        .filter(|p| p.lang == Lang::English)
        .map(|p| &r.left.text[p.start..p.end])
        .collect();
    assert_eq!(english.len(), 2, "{english:?}");
    assert!(english.iter().all(|t| t.contains("pic.twitter.com")));
    let posts = r
        .left
        .paragraphs
        .iter()
        .filter(|p| p.kind == ParagraphKind::SocialPost)
        .count();
    assert_eq!(posts, 2);
}

#[test]
fn the_repeated_first_paragraph_is_marked() {
    let r = report();
    let first = &r.right.paragraphs[0];
    let original = first
        .duplicate_of
        .expect("the Russian first paragraph repeats a later one");
    assert!(r.right.text[r.right.paragraphs[original].start..]
        .starts_with("В свою очередь, известный казахстанский оппозиционер"));
}

#[test]
fn shared_entities_are_exactly_the_places_both_name() {
    let r = report();
    let mut shared: Vec<&str> = r
        .entities
        .iter()
        .filter(|e| e.shared)
        .map(|e| e.label.as_str())
        .collect();
    shared.sort_unstable();
    // Russia: Krievijas ~ российских; Twitter: the Latvian tweets' pic.twitter.com ~ Twitter.
    assert_eq!(shared, ["Kazakhstan", "Kyrgyzstan", "Russia", "Twitter"]);
    let kz = r.entities.iter().find(|e| e.label == "Kazakhstan").unwrap();
    let forms: Vec<&str> = kz.mentions.iter().map(|m| m.text.as_str()).collect();
    for form in [
        "Kazahstānā",
        "Kazahstānas",
        "Kazahstānai",
        "#Kazachstan",
        "Казахстане",
        "Казахстана",
        "казахстанский",
    ] {
        assert!(forms.contains(&form), "{form} not among {forms:?}");
    }
    let kg = r.entities.iter().find(|e| e.label == "Kyrgyzstan").unwrap();
    assert!(kg
        .mentions
        .iter()
        .any(|m| m.side == Side::Left && m.text == "Kirgizstāna"));
    assert!(kg
        .mentions
        .iter()
        .any(|m| m.side == Side::Right && m.text == "Киргизии"));
}

#[test]
fn one_sided_actors_and_figures() {
    let r = report();
    let left_only = |label: &str| {
        r.divergences
            .left_only_entities
            .iter()
            .any(|&e| r.entities[e].label.contains(label))
    };
    let right_only = |label: &str| {
        r.divergences
            .right_only_entities
            .iter()
            .any(|&e| r.entities[e].label.contains(label))
    };
    assert!(
        left_only("Kasims Žomarts Tokajevs")
            && left_only("Pašinjans")
            && left_only("CSTO")
            && left_only("Almaty")
    );
    assert!(right_only("Досмухамедов") && right_only("Бебинов") && right_only("London"));
    let killed: Vec<f64> = r
        .entities
        .iter()
        .filter(|e| {
            e.kind == EntityKind::Number && e.quantity == Some(diptych_core::Quantity::Killed)
        })
        .filter_map(|e| e.value)
        .collect();
    assert!(killed.contains(&5.0) && killed.contains(&3.0), "{killed:?}");
}

#[test]
fn the_overview_sees_different_dates() {
    let r = report();
    assert!(r.overview.dates.shared.is_empty());
    assert!(r.overview.dates.left_only.iter().any(|d| d == "Wednesday"));
    assert!(r.overview.dates.right_only.iter().any(|d| d == "Friday"));
    assert_ne!(
        r.overview.same_event,
        diptych_core::SameEvent::Same,
        "{}",
        r.overview.verdict
    );
    assert!(
        !r.overview.grid.when.conflicting.is_empty(),
        "{:?}",
        r.overview.grid.when
    );
}

#[test]
fn report_round_trips_through_json() {
    let r = report();
    let json = serde_json::to_string(&r).unwrap();
    let back: diptych_core::Report = serde_json::from_str(&json).unwrap();
    assert_eq!(back, r);
    assert!(json.starts_with("{\"version\":5,"));
}
