//! Benchmark driver for scripts/bench_synth.py (harness = false):
//!   synth IN.csv OUT.csv K LEN SEED [COL,COL,...]   synthesize and write
//!   evaluate SENSITIVE.csv SYNTHETIC.csv K LEN [COL,...]  print the metrics as JSON
//!   bound IN.csv K LEN ITERATIONS   the selection's error and a lower bound of any selection
//!                                   from the same candidate pool (JSON; see synth_bound.rs)
//!   colgen IN.csv K LEN ITERATIONS ROUNDS   the floor over every output of safe sub-records
//!                                   of input records, by column generation (JSON, per round)
//!   anygen IN.csv K LEN ITERATIONS ROUNDS SPACE [OUT.csv]   the floor over every output of
//!                                   records of SPACE (strict | leakfree), any values mixed, by
//!                                   column generation with exact branch-and-bound pricing
//!                                   (JSON, per round); OUT gets the selection from the final
//!                                   candidates. TIPDATA_PRICE_NODES (node limit per pricing,
//!                                   default 20,000,000), TIPDATA_PRICE_KEEP (records kept per
//!                                   round, default 200), TIPDATA_PRICE_SUBRECORDS=0 (no
//!                                   sub-record pricing)
//! Without arguments (plain `cargo bench`), runs the CTDC 7-column case once and reports.
//! TIPDATA_REPAIR_PASSES=N overrides SynthConfig::repair_passes (record-swap passes after the
//! greedy selection; for experiments). TIPDATA_GROW_RECORDS=1 sets SynthConfig::grow_records.
//! TIPDATA_RECORD_TOLERANCE=T sets SynthConfig::record_tolerance_per_mille.
//! TIPDATA_PRICED_ROUNDS=N sets SynthConfig::priced_rounds.

use std::path::{Path, PathBuf};
use std::time::Instant;
use tipdata_privacy::{
    any_record_bound, evaluate, pool_bound, read_csv, read_csv_columns, subrecord_bound, synthesize, write_csv, AnyRecordSearch,
    BoundSearch, Metrics, RecordSpace, SynthConfig, Table,
};

const CTDC_COLUMNS: &str = "yearOfRegistration,gender,ageBroad,citizenship,isForcedLabour,isSexualExploit,CountryOfExploitation";

fn load(path: &Path, cols: Option<&String>) -> Result<Table, String> {
    match cols {
        Some(c) if !c.is_empty() => {
            let names: Vec<&str> = c.split(',').collect();
            read_csv_columns(path, &names).map_err(|e| e.to_string())
        }
        _ => read_csv(path).map_err(|e| e.to_string()),
    }
}

fn num(args: &[String], i: usize, name: &str) -> Result<u64, String> {
    args.get(i).ok_or_else(|| format!("missing {name}"))?.parse().map_err(|e| format!("{name}: {e}"))
}

fn json(m: &Metrics, seconds: f64) -> String {
    let by: Vec<String> = m
        .by_length
        .iter()
        .map(|l| {
            format!(
                "{{\"length\":{},\"common\":{},\"rare\":{},\"synthetic\":{},\"mae\":{:.6},\"mpe\":{:.6},\"under\":{:.6},\"over\":{:.6},\"suppressed\":{},\"fabricated\":{},\"leaked\":{}}}",
                l.length, l.sensitive_common, l.sensitive_rare, l.synthetic, l.mean_absolute_error,
                l.mean_proportional_error, l.under_error, l.over_error, l.suppressed, l.fabricated, l.leaked
            )
        })
        .collect();
    format!(
        "{{\"sensitive_records\":{},\"synthetic_records\":{},\"mae\":{:.6},\"mpe\":{:.6},\"suppressed_share\":{:.6},\"fabricated_share\":{:.6},\"leakage\":{},\"evaluate_seconds\":{:.4},\"by_length\":[{}]}}",
        m.sensitive_records, m.synthetic_records, m.mean_absolute_error, m.mean_proportional_error,
        m.suppressed_share, m.fabricated_share, m.leakage, seconds, by.join(",")
    )
}

/// The synthesizer's configuration, with the experiment overrides of the environment.
fn config(k: usize, reporting_length: usize, seed: u64) -> SynthConfig {
    let env = |name: &str| std::env::var(name).ok().and_then(|v| v.parse::<u64>().ok());
    let d = SynthConfig::default();
    SynthConfig {
        k,
        reporting_length,
        seed,
        repair_passes: env("TIPDATA_REPAIR_PASSES").map_or(d.repair_passes, |v| v as usize),
        grow_records: env("TIPDATA_GROW_RECORDS") == Some(1),
        record_tolerance_per_mille: env("TIPDATA_RECORD_TOLERANCE").map_or(d.record_tolerance_per_mille, |v| v as u32),
        priced_rounds: env("TIPDATA_PRICED_ROUNDS").map_or(d.priced_rounds, |v| v as usize),
    }
}

fn run(args: &[String]) -> Result<(), String> {
    match args.first().map(String::as_str) {
        Some("synth") => {
            let t = Instant::now();
            let input = load(Path::new(args.get(1).ok_or("missing IN")?), args.get(6))?;
            let cfg = config(num(args, 3, "K")? as usize, num(args, 4, "LEN")? as usize, num(args, 5, "SEED")?);
            let out = synthesize(&input, &cfg).map_err(|e| e.to_string())?;
            write_csv(&out, Path::new(args.get(2).ok_or("missing OUT")?)).map_err(|e| e.to_string())?;
            eprintln!("synth: {} records in {:.3}s", out.len(), t.elapsed().as_secs_f64());
            Ok(())
        }
        Some("bound") => {
            let t = Instant::now();
            let input = load(Path::new(args.get(1).ok_or("missing IN")?), None)?;
            let cfg = config(num(args, 2, "K")? as usize, num(args, 3, "LEN")? as usize, 0);
            let f = |name: &str, d: f64| std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(d);
            let d = BoundSearch::default();
            let search = BoundSearch {
                iterations: num(args, 4, "ITERATIONS")? as usize,
                tau: (f("TIPDATA_BOUND_TAU0", d.tau.0), f("TIPDATA_BOUND_TAU1", d.tau.1)),
                step: (f("TIPDATA_BOUND_STEP0", d.step.0), f("TIPDATA_BOUND_STEP1", d.step.1)),
            };
            let b = pool_bound(&input, &cfg, &search).map_err(|e| e.to_string())?;
            println!(
                "{{\"common\":{},\"in_pool\":{},\"candidates\":{},\"records\":[{},{}],\"selected_records\":{},\"selected_error\":{:.3},\"selected_mpe\":{:.6},\"lower_bound\":{:.3},\"mpe_floor\":{:.6},\"iterations\":{},\"seconds\":{:.2}}}",
                b.common, b.in_pool, b.candidates, b.records.0, b.records.1, b.selected_records, b.selected_error,
                b.selected_mpe(), b.lower_bound, b.mpe_floor(), b.iterations, t.elapsed().as_secs_f64()
            );
            Ok(())
        }
        Some("colgen") => {
            let t = Instant::now();
            let input = load(Path::new(args.get(1).ok_or("missing IN")?), None)?;
            let cfg = config(num(args, 2, "K")? as usize, num(args, 3, "LEN")? as usize, 0);
            let search = BoundSearch { iterations: num(args, 4, "ITERATIONS")? as usize, ..BoundSearch::default() };
            let (common, rounds) =
                subrecord_bound(&input, &cfg, &search, num(args, 5, "ROUNDS")? as usize).map_err(|e| e.to_string())?;
            let r: Vec<String> = rounds
                .iter()
                .map(|g| {
                    format!(
                        "{{\"candidates\":{},\"pool_floor\":{:.6},\"subrecord_floor\":{:.6},\"added\":{}}}",
                        g.candidates,
                        g.pool_bound / common as f64,
                        g.subrecord_bound / common as f64,
                        g.added
                    )
                })
                .collect();
            println!("{{\"common\":{common},\"seconds\":{:.2},\"rounds\":[{}]}}", t.elapsed().as_secs_f64(), r.join(","));
            Ok(())
        }
        Some("anygen") => {
            let t = Instant::now();
            let input = load(Path::new(args.get(1).ok_or("missing IN")?), None)?;
            let cfg = config(num(args, 2, "K")? as usize, num(args, 3, "LEN")? as usize, 0);
            let search = BoundSearch { iterations: num(args, 4, "ITERATIONS")? as usize, ..BoundSearch::default() };
            let env = |name: &str, d: u64| std::env::var(name).ok().and_then(|v| v.parse::<u64>().ok()).unwrap_or(d);
            let space = match args.get(6).map(String::as_str) {
                Some("strict") => RecordSpace::Strict,
                Some("leakfree") => RecordSpace::LeakFree,
                _ => return Err("SPACE: strict or leakfree".into()),
            };
            let any = AnyRecordSearch {
                space,
                rounds: num(args, 5, "ROUNDS")? as usize,
                keep: env("TIPDATA_PRICE_KEEP", 200) as usize,
                node_limit: env("TIPDATA_PRICE_NODES", 20_000_000),
                subrecords: env("TIPDATA_PRICE_SUBRECORDS", 1) == 1,
            };
            let mut progress = |g: &tipdata_privacy::AnyRecordRound| {
                eprintln!(
                    "{:.1}s candidates {} pool bound {:.1} any-record bound {:.1} prices pool {:.4} best {:.4} upper {:.4} nodes {} complete {} added {}",
                    t.elapsed().as_secs_f64(), g.candidates, g.pool_bound, g.any_record_bound, g.pool_price, g.best_price,
                    g.upper_price, g.nodes, g.complete, g.added
                )
            };
            let f = any_record_bound(&input, &cfg, &search, &any, &mut progress).map_err(|e| e.to_string())?;
            let c = f.common as f64;
            let r: Vec<String> = f
                .rounds
                .iter()
                .map(|g| {
                    format!(
                        "{{\"candidates\":{},\"pool_floor\":{:.6},\"any_record_floor\":{:.6},\"pool_price\":{:.6},\"best_price\":{:.6},\"upper_price\":{:.6},\"nodes\":{},\"complete\":{},\"added\":{}}}",
                        g.candidates, g.pool_bound / c, g.any_record_bound / c, g.pool_price, g.best_price, g.upper_price,
                        g.nodes, g.complete, g.added
                    )
                })
                .collect();
            let m = evaluate(&input, &f.selection, cfg.k, cfg.reporting_length).map_err(|e| e.to_string())?;
            if let Some(out) = args.get(7) {
                write_csv(&f.selection, Path::new(out)).map_err(|e| e.to_string())?;
            }
            println!(
                "{{\"common\":{},\"seconds\":{:.2},\"mpe_floor\":{:.6},\"selection_mpe\":{:.6},\"selection_records\":{},\"selection_leakage\":{},\"selection_fabricated\":{:.6},\"mixed_records\":{},\"rounds\":[{}]}}",
                f.common, t.elapsed().as_secs_f64(), f.mpe_floor(), m.mean_proportional_error, m.synthetic_records, m.leakage,
                m.fabricated_share, f.mixed_records, r.join(",")
            );
            Ok(())
        }
        Some("evaluate") => {
            let t = Instant::now();
            let a = load(Path::new(args.get(1).ok_or("missing SENSITIVE")?), args.get(5))?;
            let b = load(Path::new(args.get(2).ok_or("missing SYNTHETIC")?), args.get(5))?;
            let m = evaluate(&a, &b, num(args, 3, "K")? as usize, num(args, 4, "LEN")? as usize).map_err(|e| e.to_string())?;
            println!("{}", json(&m, t.elapsed().as_secs_f64()));
            Ok(())
        }
        _ => {
            let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data/ctdc/ctdc_global_2020_subset.csv");
            let input = load(&root, Some(&CTDC_COLUMNS.to_string()))?;
            let t = Instant::now();
            let out = synthesize(&input, &SynthConfig::default()).map_err(|e| e.to_string())?;
            let secs = t.elapsed().as_secs_f64();
            let m = evaluate(&input, &out, 10, 4).map_err(|e| e.to_string())?;
            println!("ctdc 7 columns, k=10, length 4: synthesize {secs:.3}s\n{}", m.report());
            Ok(())
        }
    }
}

fn main() {
    // `cargo bench` passes `--bench`; drop flags.
    let args: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with("--")).collect();
    if let Err(e) = run(&args) {
        eprintln!("error: {e}");
        std::process::exit(1);
    }
}
