//! Does the learned layer help? K-fold cross-validation of rules + model over every seen
//! coded case (gold CLDB joined with the case-law file, gold narratives, every held-out
//! narrative set), against the rules alone on the same cases.
//! `cargo run --release -p tipdata-coder --example cv_learned -- CSV [FOLDS] [THRESHOLDS]`
//! e.g. `... -- ../shared/data/case-law/HumanTrafficking_CLDB.csv 5 0.5,0.65,0.8`
mod common;

use tipdata_coder::eval::{cross_validate, evaluate, Report};
use tipdata_coder::{Coder, TrainConfig, BENCHMARK_LABELS};

fn row(name: &str, r: &Report) {
    let f: Vec<String> = BENCHMARK_LABELS
        .iter()
        .map(|(v, l)| r.label(v, l).and_then(|s| s.f1).map_or("-".into(), |x| format!("{x:.3}")))
        .collect();
    println!("{name:<28} {} | macro {:.3}", f.join(" "), r.macro_f1.unwrap_or(0.0));
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let csv_path = args.get(1).ok_or("usage: cv_learned CSV [FOLDS] [THRESHOLDS]")?;
    let folds: usize = args.get(2).map_or(Ok(5), |x| x.parse())?;
    let thresholds: Vec<f64> =
        args.get(3).map_or("0.5,0.65,0.8".into(), String::clone).split(',').map(str::parse).collect::<Result<_, _>>()?;
    let mut gold = common::gold(csv_path)?;
    for name in common::HELDOUT_SETS {
        gold.extend(common::heldout_set(name)?);
    }
    println!("{} coded cases, {folds}-fold cross-validation (case i in fold i % {folds})", gold.len());
    println!("{:<28} {}", "", BENCHMARK_LABELS.iter().map(|(_, l)| &l[..l.len().min(5)]).collect::<Vec<_>>().join(" "));
    row("rules alone", &evaluate(&gold, &Coder::new()));
    for t in thresholds {
        let config = TrainConfig { threshold: t, ..TrainConfig::default() };
        row(&format!("rules + model (p >= {t})"), &cross_validate(&gold, folds, &config, "USA"));
    }
    Ok(())
}
