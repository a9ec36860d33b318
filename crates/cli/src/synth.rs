//! `tipdata synth`: privacy-safe synthetic microdata from a categorical CSV (no database), or
//! from a victim-level dataset in the database (`--dataset ctdc`).

use std::path::PathBuf;

use anyhow::Result;
use tipdata_privacy::{evaluate, read_csv, synthesize, write_csv, SynthConfig};

#[derive(clap::Args)]
pub struct SynthArgs {
    /// The sensitive records: header row, one record per row, empty = missing.
    #[arg(long = "in", required_unless_present_any = ["evaluate", "dataset"], conflicts_with = "dataset")]
    input: Option<PathBuf>,
    /// Or a victim-level dataset from the database (e.g. ctdc, stored by `tipdata import ctdc`).
    #[arg(long)]
    dataset: Option<String>,
    /// Where to write the synthetic records.
    #[arg(long = "out", required_unless_present = "evaluate")]
    output: Option<PathBuf>,
    /// No combination of up to reporting-length values seen in fewer than k input records appears.
    #[arg(long, default_value_t = 10)]
    k: usize,
    #[arg(long = "reporting-length", default_value_t = 4)]
    reporting_length: usize,
    /// Seed of the synthesis; the same seed gives the same output.
    #[arg(long, default_value_t = 0)]
    seed: u64,
    /// Rounds of column generation over every safe record (values of different input records
    /// mixed) before the final selection; 0 = off. Lowers the error a little at a large CPU cost.
    #[arg(long = "priced-rounds", default_value_t = 0)]
    priced_rounds: usize,
    /// Compute the quality metrics of an existing pair of files instead: SENSITIVE SYNTHETIC.
    #[arg(long, num_args = 2, value_names = ["SENSITIVE", "SYNTHETIC"], conflicts_with_all = ["input", "output", "dataset"])]
    evaluate: Option<Vec<PathBuf>>,
}

pub fn run(db: &str, a: &SynthArgs) -> Result<()> {
    anyhow::ensure!(a.k >= 1, "--k must be at least 1");
    anyhow::ensure!(a.reporting_length >= 1, "--reporting-length must be at least 1");
    if let Some(pair) = &a.evaluate {
        let sensitive = read_csv(&pair[0])?;
        let synthetic = read_csv(&pair[1])?;
        let m = evaluate(&sensitive, &synthetic, a.k, a.reporting_length)?;
        eprint!("{}", m.report());
        anyhow::ensure!(m.leakage == 0, "{} rare combinations of the sensitive file appear in the synthetic file", m.leakage);
        return Ok(());
    }
    let Some(output) = &a.output else { anyhow::bail!("--out is needed") };
    let table = match (&a.input, &a.dataset) {
        (Some(i), _) => read_csv(i)?,
        (None, Some(d)) => crate::ctdc::table(tipdata_store::open(db)?.as_ref(), d)?,
        (None, None) => anyhow::bail!("say what to synthesize: --in FILE.csv or --dataset NAME"),
    };
    let cfg = SynthConfig {
        k: a.k,
        reporting_length: a.reporting_length,
        seed: a.seed,
        priced_rounds: a.priced_rounds,
        ..SynthConfig::default()
    };
    let started = std::time::Instant::now();
    let synthetic = synthesize(&table, &cfg)?;
    let secs = started.elapsed().as_secs_f64();
    // (Into a target that is no regular file, `/dev/null` or a pipe, directly: `crate::staging`.)
    crate::staging::write_via(output, "partial", |path, _| Ok(write_csv(&synthetic, path)?))?;
    let m = evaluate(&table, &synthetic, a.k, a.reporting_length)?;
    eprintln!("synthesized {} records from {} in {secs:.2} s", m.synthetic_records, m.sensitive_records);
    eprint!("{}", m.report());
    Ok(())
}
