//! Property tests: no input makes the engine panic or hang, and paragraph and
//! sentence spans always cover the text in order.

use diptych_core::{compare, read, Input};
use proptest::prelude::*;

/// Text that looks like news in our three languages, with the punctuation,
/// quotes, digits, hashtags and line breaks that exercise every stage.
fn newsy() -> impl Strategy<Value = String> {
    let word = prop_oneof![
        "[a-zāēīūčģķļņšž]{1,12}",
        "[A-ZĀČŠŽ][a-zāēīūčšž]{1,10}",
        "[а-яё]{1,12}",
        "[А-Я][а-я]{1,10}",
        "[A-Z]{2,5}",
        "[0-9]{1,4}([.,][0-9]{1,3})?",
        Just("#Kazachstan".to_string()),
        Just("pic.twitter.com/x1".to_string()),
        Just("Казахстане".to_string()),
        Just("Kazahstānā".to_string()),
    ];
    let sep = prop_oneof![
        Just(" "),
        Just(" "),
        Just(" "),
        Just(", "),
        Just(". "),
        Just("! "),
        Just("? "),
        Just(" – "),
        Just("\n"),
        Just("\n\n"),
        Just(" «"),
        Just("» "),
        Just(" \""),
        Just("\" "),
        Just(": "),
        Just("-"),
        Just("…"),
        Just(" g. "),
    ];
    prop::collection::vec((word, sep), 0..120)
        .prop_map(|parts| parts.into_iter().map(|(w, s)| format!("{w}{s}")).collect())
}

fn check_spans(text: &str, doc: &diptych_core::Document) {
    let mut last_end = 0;
    for p in &doc.paragraphs {
        assert!(
            p.start >= last_end && p.start < p.end && p.end <= text.len(),
            "paragraph {p:?} out of order"
        );
        assert!(text.is_char_boundary(p.start) && text.is_char_boundary(p.end));
        // Nothing but white space between paragraphs.
        assert!(
            text[last_end..p.start].trim().is_empty(),
            "text dropped between paragraphs: {:?}",
            &text[last_end..p.start]
        );
        let mut s_end = p.start;
        for s in &p.sentences {
            assert!(
                s.start >= s_end && s.start < s.end && s.end <= p.end,
                "sentence {s:?} outside paragraph {p:?}"
            );
            assert!(
                text[s_end..s.start].trim().is_empty(),
                "text dropped between sentences"
            );
            s_end = s.end;
        }
        assert!(
            text[s_end..p.end].trim().is_empty(),
            "paragraph tail not in a sentence"
        );
        last_end = p.end;
    }
    assert!(
        text[last_end..].trim().is_empty(),
        "text dropped after the last paragraph"
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn spans_cover_the_text_in_order(text in newsy()) {
        if let Ok(doc) = read(Input::text(&text)) {
            check_spans(&doc.text, &doc);
        } else {
            prop_assert!(text.trim().is_empty());
        }
    }

    #[test]
    fn comparing_any_texts_never_panics(left in newsy(), right in newsy()) {
        if let Ok(report) = compare(Input::text(&left), Input::text(&right)) {
            for link in &report.links {
                prop_assert!(!link.left.is_empty() && !link.right.is_empty());
                prop_assert!(link.left.iter().all(|&p| p < report.left.paragraphs.len()));
                prop_assert!(link.right.iter().all(|&p| p < report.right.paragraphs.len()));
                prop_assert!((0.0..=1.0).contains(&link.score));
                // No link without evidence: a name, a figure or a word both
                // sides share, or a translation's length.
                let e = &link.evidence;
                prop_assert!(
                    !e.entities.is_empty() || !e.numbers.is_empty() || !e.terms.is_empty() || e.length_fits,
                    "a link with nothing to show: {:?}", link
                );
            }
            // The side-by-side rows show every paragraph exactly once.
            let rows = report.rows();
            let mut left: Vec<usize> = rows.iter().flat_map(|r| r.left.iter().copied()).collect();
            let mut right: Vec<usize> = rows.iter().flat_map(|r| r.right.iter().copied()).collect();
            left.sort_unstable();
            right.sort_unstable();
            prop_assert_eq!(left, (0..report.left.paragraphs.len()).collect::<Vec<_>>());
            prop_assert_eq!(right, (0..report.right.paragraphs.len()).collect::<Vec<_>>());
            // Per-paragraph marks: in order, not overlapping, inside their paragraph.
            for side in [diptych_core::Side::Left, diptych_core::Side::Right] {
                let doc = report.side(side);
                let linked = report.linked(side);
                for (p, marks) in report.marks(side).iter().enumerate() {
                    let para = &doc.paragraphs[p];
                    let mut end = para.start;
                    for &(s, e, id) in marks {
                        prop_assert!(s >= end && s < e && e <= para.end);
                        prop_assert!(report.entities[id].mentions.iter().any(|m| m.side == side && m.start == s));
                        end = e;
                    }
                    let in_link = report.links.iter().any(|l| if side == diptych_core::Side::Left { l.left.contains(&p) } else { l.right.contains(&p) });
                    prop_assert_eq!(linked[p], in_link);
                }
            }
            for e in &report.entities {
                for m in &e.mentions {
                    let doc = report.side(m.side);
                    prop_assert!(m.start < m.end && m.end <= doc.text.len());
                    prop_assert_eq!(&doc.text[m.start..m.end], m.text.as_str());
                    let p = &doc.paragraphs[m.paragraph];
                    prop_assert!(p.start <= m.start && m.end <= p.end);
                }
            }
        }
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048), name in prop_oneof![
        Just(None), Just(Some("a.txt")), Just(Some("a.html")), Just(Some("a.md")), Just(Some("a.docx")), Just(Some("a.pdf"))
    ]) {
        if let Ok(doc) = read(Input {
            bytes: &bytes,
            name,
            decoded: None,
        }) {
            check_spans(&doc.text, &doc);
        }
    }

    #[test]
    fn arbitrary_html_never_panics(body in "(<[a-z]{1,8}( [a-z]+=\"[^\"]{0,8}\")?>|</[a-z]{1,8}>|[^<>]{0,20}|&[a-z]{2,5};|<!--|-->|<script>|</script>){0,60}") {
        let html = format!("<html><body>{body}</body></html>");
        if let Ok(doc) = read(Input::file(html.as_bytes(), "x.html")) {
            check_spans(&doc.text, &doc);
            prop_assert!(!doc.text.contains("<script"));
        }
    }
}
