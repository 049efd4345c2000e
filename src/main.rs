//! The `whosaid` command line: a thin shell over the library.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    match cli::run() {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("whosaid: {error:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use anyhow::{bail, Context, Result};
    use clap::{Parser, Subcommand, ValueEnum};
    use rayon::prelude::*;
    use std::io::{IsTerminal, Read, Write};
    use std::path::{Path, PathBuf};
    use whosaid::{annotate, OffsetUnit, Options};

    #[derive(Parser)]
    #[command(
        name = "whosaid",
        version,
        about = "Tags speakers, quotes and claims in news text"
    )]
    struct Arguments {
        #[command(subcommand)]
        command: Command,
    }

    #[derive(Clone, Copy, ValueEnum)]
    enum Format {
        /// One pretty-printed JSON document (a list of them for several files).
        Json,
        /// One compact JSON document per line, with a "file" field.
        Jsonl,
    }

    #[derive(Clone, Copy, ValueEnum)]
    enum Offsets {
        /// UTF-16 code units (JavaScript string indices).
        Utf16,
        /// UTF-8 bytes.
        Utf8,
        /// Unicode code points (Python string indices).
        Chars,
    }

    #[derive(Subcommand)]
    enum Command {
        /// Annotate files (or standard input) and print the JSON document.
        Annotate {
            /// Output format.
            #[arg(long, value_enum, default_value = "json")]
            format: Format,
            /// Offset unit of every span.
            #[arg(long, value_enum, default_value = "utf16")]
            offsets: Offsets,
            /// Skip claim detection.
            #[arg(long)]
            no_claims: bool,
            /// Files to read; standard input when none.
            files: Vec<PathBuf>,
        },
        /// Measure whosaid against an annotated corpus.
        Eval {
            #[command(subcommand)]
            corpus: EvalCorpus,
        },
        /// Retrain the attribution stage's learned parts on PolNeAR's training split, in order (the cue detector, the content boundary model, the confidence table), and write them into src/attribution/.
        TrainAttribution {
            /// The PolNeAR training split folder (text/ and attributions/).
            #[arg(long, default_value = "../shared/corpora/polnear/train")]
            polnear: PathBuf,
            /// The folder to write cue_model.bin, boundary_model.bin and confidence_table.txt into.
            #[arg(long, default_value = "src/attribution")]
            output_dir: PathBuf,
        },
        /// Recount how often each kind of attribution matches on PolNeAR's training split, with the embedded cue and boundary models, and write src/attribution/confidence_table.txt.
        TrainConfidence {
            /// The PolNeAR training split folder (text/ and attributions/).
            #[arg(long, default_value = "../shared/corpora/polnear/train")]
            polnear: PathBuf,
            /// Where to write the table.
            #[arg(long, default_value = "src/attribution/confidence_table.txt")]
            output: PathBuf,
        },
        /// Retrain the check-worthiness model and write src/claims/model.bin.
        TrainClaims {
            /// ClaimBuster's train.json.
            #[arg(long, default_value = "../shared/corpora/claimbuster/train.json")]
            claimbuster: PathBuf,
            /// The CheckThat! 2019 folder of .tsv debates.
            #[arg(long, default_value = "../shared/corpora/checkthat2019")]
            checkthat: PathBuf,
            /// Where to write the model.
            #[arg(long, default_value = "src/claims/model.bin")]
            output: PathBuf,
        },
    }

    #[derive(Subcommand)]
    enum EvalCorpus {
        /// Attribution scores on a PolNeAR split folder (train or dev).
        Polnear {
            /// The split folder, holding text/ and attributions/.
            folder: PathBuf,
        },
        /// Agreement between PolNeAR's annotators, and of whosaid with each,
        /// on the articles of a split that several annotators marked up.
        PolnearAgreement {
            /// The split folder, holding text/ and attributions/.
            folder: PathBuf,
        },
        /// Check-worthiness scores on ClaimBuster (held-out fifth) and CheckThat! 2019 (leave-one-debate-out).
        Claims {
            /// ClaimBuster's train.json.
            #[arg(long, default_value = "../shared/corpora/claimbuster/train.json")]
            claimbuster: PathBuf,
            /// The CheckThat! 2019 folder of .tsv debates.
            #[arg(long, default_value = "../shared/corpora/checkthat2019")]
            checkthat: PathBuf,
        },
    }

    pub fn run() -> Result<()> {
        let arguments = Arguments::parse();
        match arguments.command {
            Command::Annotate {
                format,
                offsets,
                no_claims,
                files,
            } => {
                let options = Options {
                    offsets: match offsets {
                        Offsets::Utf16 => OffsetUnit::Utf16,
                        Offsets::Utf8 => OffsetUnit::Utf8,
                        Offsets::Chars => OffsetUnit::Chars,
                    },
                    claims: !no_claims,
                };
                run_annotate(format, options, &files)
            }
            Command::Eval {
                corpus: EvalCorpus::Polnear { folder },
            } => {
                let documents = read_polnear_split(&folder)?;
                let started = std::time::Instant::now();
                let report = whosaid::eval::polnear::evaluate(&documents)?;
                print!("{}", whosaid::eval::polnear::format_report(&report));
                println!("annotated in {:.2} s", started.elapsed().as_secs_f64());
                Ok(())
            }
            Command::Eval {
                corpus: EvalCorpus::PolnearAgreement { folder },
            } => {
                require_folder(&folder)?;
                let documents = whosaid::corpora::polnear::read_multiply_annotated(&folder)?;
                let agreement = whosaid::eval::polnear::evaluate_agreement(&documents)?;
                print!("{}", whosaid::eval::polnear::format_agreement(&agreement));
                Ok(())
            }
            Command::Eval {
                corpus:
                    EvalCorpus::Claims {
                        claimbuster,
                        checkthat,
                    },
            } => {
                require_folder(&claimbuster)?;
                require_folder(&checkthat)?;
                let claimbuster = whosaid::corpora::checkworthy::read_claimbuster(&claimbuster)?;
                let checkthat = whosaid::corpora::checkworthy::read_checkthat(&checkthat)?;
                let report = whosaid::eval::claims::evaluate(&claimbuster, &checkthat);
                print!("{}", whosaid::eval::claims::format_report(&report));
                Ok(())
            }
            Command::TrainAttribution {
                polnear,
                output_dir,
            } => {
                use whosaid::attribution::{train, AttributionModels};
                let documents = read_polnear_split(&polnear)?;
                std::fs::create_dir_all(&output_dir)
                    .with_context(|| format!("creating {}", output_dir.display()))?;
                let articles = documents.len();
                // Each part is trained on the output of the ones before it,
                // passed on here rather than embedded, so that one run
                // rebuilds all three with no rebuild of the binary between.
                let (cue_model, boundary_model) = train::train_attribution_models(&documents)?;
                let header = format!(
                    "generated by `whosaid train-attribution`, do not edit.\n\
                     Logistic regression over hashed cue features (src/attribution/cue_model.rs),\n\
                     trained on the {articles} articles of PolNeAR's training split."
                );
                write_model(&output_dir.join("cue_model.bin"), &cue_model, &header)?;
                let header = format!(
                    "generated by `whosaid train-attribution`, do not edit.\n\
                     Logistic regression over hashed content boundary features\n\
                     (src/attribution/boundary_model.rs), trained on the {articles} articles of\n\
                     PolNeAR's training split against the rules' own content."
                );
                write_model(
                    &output_dir.join("boundary_model.bin"),
                    &boundary_model,
                    &header,
                )?;
                let models = AttributionModels {
                    cue: &cue_model,
                    boundary: Some(&boundary_model),
                };
                write_confidence_table(
                    &output_dir.join("confidence_table.txt"),
                    &documents,
                    models,
                    "train-attribution",
                )
            }
            Command::TrainConfidence { polnear, output } => {
                let documents = read_polnear_split(&polnear)?;
                let models = whosaid::attribution::AttributionModels::embedded()?;
                write_confidence_table(&output, &documents, models, "train-confidence")
            }
            Command::TrainClaims {
                claimbuster,
                checkthat,
                output,
            } => {
                require_folder(&claimbuster)?;
                require_folder(&checkthat)?;
                let claimbuster = whosaid::corpora::checkworthy::read_claimbuster(&claimbuster)?;
                let checkthat = whosaid::corpora::checkworthy::read_checkthat(&checkthat)?;
                let mut training: Vec<_> = claimbuster.iter().collect();
                training.extend(checkthat.iter());
                let model = whosaid::claims::train::train_recipe(&training);
                let header = format!(
                    "generated by `whosaid train-claims`, do not edit.\n\
                     Logistic regression over hashed features (src/claims/features.rs),\n\
                     trained on {} ClaimBuster and {} CheckThat! 2019 sentences.",
                    claimbuster.len(),
                    checkthat.len()
                );
                write_model(&output, &model, &header)
            }
        }
    }

    /// Counts the confidence table on `documents` with `models` and writes
    /// it, with a header naming `command`.
    fn write_confidence_table(
        output: &Path,
        documents: &[whosaid::corpora::polnear::GoldDocument],
        models: whosaid::attribution::AttributionModels<'_>,
        command: &str,
    ) -> Result<()> {
        let table = whosaid::attribution::train::train_confidence_table(documents, models)?;
        let header = format!(
            "generated by `whosaid {command}`, do not edit.\n\
             Per kind of attribution (pattern, kind, cue, speaker, source): the confidence\n\
             (smoothed share of matches, src/attribution/confidence.rs) and matched/count\n\
             on the {} articles of PolNeAR's training split.",
            documents.len()
        );
        std::fs::write(output, table.to_text(&header))
            .with_context(|| format!("writing {}", output.display()))?;
        eprintln!("wrote {}", output.display());
        Ok(())
    }

    fn write_model(
        output: &Path,
        model: &whosaid::linear::LinearModel,
        header: &str,
    ) -> Result<()> {
        std::fs::write(output, model.to_bytes(header))
            .with_context(|| format!("writing {}", output.display()))?;
        eprintln!(
            "wrote {} (threshold {:.2})",
            output.display(),
            model.threshold
        );
        Ok(())
    }

    /// A PolNeAR split (its `text/` and `attributions/` folders), with a
    /// clear message when the corpora are not beside the checkout.
    fn read_polnear_split(folder: &Path) -> Result<Vec<whosaid::corpora::polnear::GoldDocument>> {
        require_folder(folder)?;
        Ok(whosaid::corpora::polnear::read_split(folder)?)
    }

    fn require_folder(path: &Path) -> Result<()> {
        if !path.exists() {
            bail!(
                "{} does not exist: the corpora live in ../shared/corpora beside the project checkout",
                path.display()
            );
        }
        Ok(())
    }

    fn run_annotate(format: Format, options: Options, files: &[PathBuf]) -> Result<()> {
        let stdout = std::io::stdout();
        let mut out = std::io::BufWriter::new(stdout.lock());
        if files.is_empty() {
            let mut text = String::new();
            std::io::stdin()
                .read_to_string(&mut text)
                .context("reading standard input (it must be UTF-8)")?;
            let document = annotate(&text, &options)?;
            match format {
                Format::Json => serde_json::to_writer_pretty(&mut out, &document)?,
                Format::Jsonl => serde_json::to_writer(&mut out, &document)?,
            }
            writeln!(out)?;
            return Ok(());
        }
        #[derive(serde::Serialize)]
        struct FileDocument {
            file: String,
            #[serde(flatten)]
            document: whosaid::Document,
        }
        let annotate_file = |file: &PathBuf| -> Result<FileDocument> {
            let text = std::fs::read_to_string(file)
                .with_context(|| format!("reading {} (it must be UTF-8 text)", file.display()))?;
            let document = annotate(&text, &options)
                .with_context(|| format!("annotating {}", file.display()))?;
            Ok(FileDocument {
                file: file.display().to_string(),
                document,
            })
        };
        // Files are annotated in parallel, a batch at a time, and written in
        // input order as each batch completes, so output streams.
        let progress = if files.len() >= 50 && std::io::stderr().is_terminal() {
            let bar = indicatif::ProgressBar::new(files.len() as u64);
            bar.set_style(
                indicatif::ProgressStyle::with_template(
                    "{bar:40} {pos}/{len} files {elapsed} (eta {eta})",
                )
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
            );
            Some(bar)
        } else {
            None
        };
        let batch_size = (rayon::current_num_threads() * 8).max(8);
        let mut documents = Vec::new();
        for batch in files.chunks(batch_size) {
            let annotated: Vec<Result<FileDocument>> =
                batch.par_iter().map(annotate_file).collect();
            for named in annotated {
                let named = named?;
                match format {
                    Format::Jsonl => {
                        serde_json::to_writer(&mut out, &named)?;
                        writeln!(out)?;
                    }
                    Format::Json => documents.push(named),
                }
            }
            out.flush()?;
            if let Some(bar) = &progress {
                bar.inc(batch.len() as u64);
            }
        }
        if let Some(bar) = progress {
            bar.finish_and_clear();
        }
        if let Format::Json = format {
            if documents.len() == 1 {
                serde_json::to_writer_pretty(&mut out, &documents[0])?;
            } else {
                serde_json::to_writer_pretty(&mut out, &documents)?;
            }
            writeln!(out)?;
        }
        Ok(())
    }
}
