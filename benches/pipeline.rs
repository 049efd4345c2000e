//! Throughput of the whole pipeline (quotes, speakers, claims), natively.
//!
//! Texts: a generated article of about 1 MB written for this benchmark, the
//! same at 10 MB (to check that time grows linearly), hostile shapes, and
//! PolNeAR's training articles when `../shared/corpora` is present (the
//! benchmark says so when it is absent).

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;
use whosaid::{annotate, OffsetUnit, Options};

const PARAGRAPHS: &[&str] = &[
    "Finance Minister Amina Okafor said on Monday that the budget deficit fell to 3.1 percent of output last year, down from 4.4 percent in 2023.",
    "“We will not raise taxes on families,” Okafor told reporters in Abuja. “The numbers speak for themselves.”",
    "The opposition was unconvinced. “This budget is dead on arrival,” said Sen. Daniel Alvarez, who chairs the finance committee. He added that the plan would cut 40,000 public-sector jobs by 2026.",
    "A spokeswoman for the Ministry of Defence said the MoD had “no comment at this stage” on the cuts. Asked about the report, the spokeswoman said that talks with unions would resume next week.",
    "According to the central bank, inflation rose to 12 percent in March because fuel subsidies were removed.",
    "Officials say the two countries are old friends. No deal is on the table yet, says MoD.",
    "The port reopened on Thursday after a week of strikes, and traders said prices of rice and cooking oil had already begun to fall in the city’s markets.",
];

/// An article of at least `bytes` bytes made of the paragraphs above.
fn article(bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + 1024);
    let mut index = 0;
    while text.len() < bytes {
        text.push_str(PARAGRAPHS[index % PARAGRAPHS.len()]);
        text.push_str("\n\n");
        index += 1;
    }
    text
}

fn polnear_text() -> Option<String> {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/corpora/polnear/train/text");
    let mut entries: Vec<_> = std::fs::read_dir(&folder)
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    let mut text = String::new();
    for path in entries {
        text.push_str(&std::fs::read_to_string(path).ok()?);
        text.push_str("\n\n");
    }
    Some(text)
}

fn throughput(criterion: &mut Criterion) {
    let options = Options {
        offsets: OffsetUnit::Utf16,
        claims: true,
    };
    let mut group = criterion.benchmark_group("annotate");
    group.sample_size(10);
    let mut inputs = vec![
        ("article-1k-words".to_string(), article(6_500)),
        ("generated-1MB".to_string(), article(1 << 20)),
        ("generated-10MB".to_string(), article(10 << 20)),
        ("quote-marks-100k".to_string(), "“".repeat(100_000)),
        (
            "one-line-no-punctuation-1MB".to_string(),
            "word ".repeat(1 << 18),
        ),
        ("names-50k".to_string(), "Alice Brown ".repeat(50_000)),
        // Title words with no name after them: each rejected run was read
        // again from its next word (130 KB/s before the run was bounded).
        (
            "title-words-1MB".to_string(),
            "State Senate ".repeat(80_000),
        ),
        // Shapes that were once quadratic, each one long sentence or
        // paragraph of about 1 MB: mixed straight quotation marks, cues
        // after commas and parentheses, relative pronouns, glosses, and
        // "seems" with no subject before it.
        (
            "mixed-straight-quotes-1MB".to_string(),
            "' \" ".repeat(1 << 18),
        ),
        (
            "cues-after-commas-1MB".to_string(),
            "asked it warned who , Ruiz ".repeat(1 << 15),
        ),
        (
            "cue-after-parenthesis-1MB".to_string(),
            "added Says it ) was ".repeat(1 << 16),
        ),
        (
            "relative-pronouns-1MB".to_string(),
            "and who told ".repeat(1 << 16),
        ),
        (
            "seems-without-subject-1MB".to_string(),
            "saying she ?’” seems ".repeat(1 << 15),
        ),
        (
            "said-a-phrase-after-commas-1MB".to_string(),
            format!("Alpha Beta{}", ", said a man".repeat(1 << 16)),
        ),
        (
            "interview-turns-1MB".to_string(),
            format!(
                "Dana Whitfield is mayor.\n\n{}",
                "Q: Why?\nA: Because we stopped building.\n\n".repeat(1 << 15)
            ),
        ),
        (
            "glosses-1MB".to_string(),
            format!(
                "Ruiz said the plan was dead, {}",
                "x, a thing, ".repeat(1 << 16)
            ),
        ),
    ];
    match polnear_text() {
        Some(text) => inputs.push(("polnear-train-840-articles".to_string(), text)),
        None => eprintln!(
            "PolNeAR absent (../shared/corpora/polnear/train/text): skipping the real-news input"
        ),
    }
    for (name, text) in &inputs {
        group.throughput(Throughput::Bytes(text.len() as u64));
        // The byte count in the id lets scripts/bench.sh print MB/s from the bencher format.
        let id = format!("{name}:{}", text.len());
        group.bench_with_input(BenchmarkId::from_parameter(id), text, |bencher, text| {
            bencher.iter(|| annotate(black_box(text), &options).expect("annotates"))
        });
    }
    group.finish();
}

criterion_group!(benches, throughput);
criterion_main!(benches);
