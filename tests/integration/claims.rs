//! Claims: kinds, non-claims, and links to quotes and speakers.

use crate::helpers::annotate_bytes;
use whosaid::claims::claim_kind;
use whosaid::ClaimKind;

#[test]
fn each_kind_is_recognised() {
    let cases = [
        (
            "Unemployment fell to 4.2 percent in March.",
            ClaimKind::Quantity,
        ),
        (
            "The new tax will cut revenue by next year.",
            ClaimKind::Prediction,
        ),
        (
            "Crime rose because police budgets were cut.",
            ClaimKind::Correlation,
        ),
        (
            "Under the law, companies are required to publish their pay gaps.",
            ClaimKind::Rule,
        ),
        (
            "I was a nurse in that hospital and I saw the queues myself.",
            ClaimKind::PersonalExperience,
        ),
        ("The minister visited Nairobi in March.", ClaimKind::Event),
        (
            "Temperatures could reach 44C later in the week.",
            ClaimKind::Prediction,
        ),
        (
            "She expects supply constraints to ease by mid-2027.",
            ClaimKind::Prediction,
        ),
        (
            "Coffee drinkers are a fifth less likely to develop liver disease.",
            ClaimKind::Quantity,
        ),
        (
            "Waiting times varied fourfold across England.",
            ClaimKind::Quantity,
        ),
    ];
    for (sentence, kind) in cases {
        assert_eq!(claim_kind(sentence), kind, "{sentence}");
    }
}

#[test]
fn checkable_statements_are_claims_and_opinions_are_not() {
    let text = "The government spent $4.5 billion on roads in 2023, up 12 percent from 2022.\n\n\
                Thank you all so much for coming tonight.\n\n\
                What a wonderful evening this is, isn't it?";
    let document = annotate_bytes(text);
    let claims: Vec<&str> = document
        .claims
        .iter()
        .map(|c| &text[c.start..c.end])
        .collect();
    assert_eq!(claims.len(), 1, "{claims:?}");
    assert!(
        claims[0].starts_with("The government spent $4.5 billion"),
        "{claims:?}"
    );
    assert_eq!(document.claims[0].kind, ClaimKind::Quantity);
    assert!(document.claims[0].score >= 0.5);
}

#[test]
fn quoted_claims_link_to_their_quote_and_speaker() {
    let text =
        "“Our exports doubled to 300,000 tonnes last year,” said Trade Minister Rosa Quispe.";
    let document = annotate_bytes(text);
    assert_eq!(document.claims.len(), 1, "{:?}", document.claims);
    let claim = &document.claims[0];
    assert_eq!(
        &text[claim.start..claim.end],
        "Our exports doubled to 300,000 tonnes last year"
    );
    assert_eq!(claim.quote.as_deref(), Some("q1"));
    let speaker = document
        .speakers
        .iter()
        .find(|s| Some(&s.id) == claim.speaker.as_ref())
        .expect("speaker");
    assert_eq!(speaker.name, "Rosa Quispe");
}

#[test]
fn scores_are_probabilities() {
    let document =
        annotate_bytes("In 2019 the city built 1,400 homes, and in 2020 it built 2,100.");
    for claim in &document.claims {
        assert!((0.0..=1.0).contains(&claim.score));
    }
}

#[test]
fn a_claim_keeps_the_signs_of_its_numbers_at_either_end() {
    let text = "$4.5 million was spent on repairs to the library roof last year.\n\n\
                The union said 90% of members backed industrial action, on a turnout of 53%.";
    let document = annotate_bytes(text);
    let claims: Vec<&str> = document
        .claims
        .iter()
        .map(|claim| &text[claim.start..claim.end])
        .collect();
    assert!(
        claims.contains(&"$4.5 million was spent on repairs to the library roof last year"),
        "{claims:?}"
    );
    assert!(
        claims
            .iter()
            .any(|claim| claim.ends_with("on a turnout of 53%")),
        "{claims:?}"
    );
}
