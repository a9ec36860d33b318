//! Development loop: scores the rule coder on the seen coded sets.
//! `cargo run -p tipdata-coder --example eval_gold -- CSV SET [VARIABLE|all]`
//! SET: `dev`, `test` (gold CLDB + narratives of that split), `narratives` (all gold
//! narratives), `gold` (both splits), a held-out set (`heldout`, `heldout2` ... `heldout17`, the
//! list in `common::HELDOUT_SETS`), `scope`, or `seen` (a table of every set:
//! F1 per benchmark label, macro-F1 and accuracy per variable). With a VARIABLE (or `all`)
//! the errors on it are listed; `WITH_MODEL=1` adds the learned layer trained on gold dev.
mod common;

use tipdata_coder::eval::{evaluate_in, Report};
use tipdata_coder::{Coder, GoldCase, BENCHMARK_LABELS};
use tipdata_model::coding::SCHEME;

fn split(gold: &[GoldCase], name: &str) -> Vec<GoldCase> {
    gold.iter().filter(|g| g.split.as_deref() == Some(name)).cloned().collect()
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let Some(csv_path) = args.get(1) else {
        eprintln!("usage: eval_gold CSV [dev|test|gold|narratives|{}|scope|seen] [VARIABLE|all]", common::HELDOUT_SETS.join("|"));
        std::process::exit(2);
    };
    let set = args.get(2).cloned().unwrap_or("dev".into());
    let var = args.get(3).cloned();
    let gold = common::gold(csv_path)?;
    let narratives: Vec<GoldCase> = gold.iter().filter(|g| g.id.starts_with('N')).cloned().collect();
    let mut coder = Coder::new();
    if std::env::var("WITH_MODEL").is_ok_and(|v| !v.is_empty()) {
        let train: Vec<_> = split(&gold, "dev").into_iter().map(|g| (g.summary, g.coding)).collect();
        let m = tipdata_coder::train(&train);
        eprintln!("model: {} features, {} classifiers", m.features.len(), m.classifiers.len());
        coder = coder.with_model(m);
    }
    let home = std::env::var("HOME_COUNTRY").unwrap_or("USA".into());
    let mut sets: Vec<(&str, Vec<GoldCase>)> =
        vec![("dev", split(&gold, "dev")), ("test", split(&gold, "test")), ("narratives", narratives)];
    for name in common::HELDOUT_SETS {
        sets.push((name, common::heldout_set(name)?));
    }
    sets.push(("scope", common::scope()?));
    if set == "seen" {
        let reports: Vec<(&str, Report)> = sets.iter().map(|(n, g)| (*n, evaluate_in(g, &coder, &home))).collect();
        print!("{:<38}", "label (F1)");
        for (n, r) in &reports {
            print!(" {:>10}", format!("{n}({})", r.cases));
        }
        println!();
        for (v, l) in BENCHMARK_LABELS {
            print!("{:<38}", format!("{v}={l}"));
            for (_, r) in &reports {
                print!(" {:>10}", r.label(v, l).and_then(|s| s.f1).map_or("-".into(), |x| format!("{x:.3}")));
            }
            println!();
        }
        print!("{:<38}", "macro-F1");
        for (_, r) in &reports {
            print!(" {:>10}", r.macro_f1.map_or("-".into(), |x| format!("{x:.3}")));
        }
        println!("\n");
        print!("{:<38}", "variable (accuracy)");
        println!();
        for var in SCHEME {
            print!("{:<38}", var.name);
            for (_, r) in &reports {
                let a = r.variables.iter().find(|s| s.variable == var.name);
                print!(" {:>10}", a.map_or("-".into(), |s| format!("{:.3}", s.accuracy)));
            }
            println!();
        }
        return Ok(());
    }
    let gold: Vec<GoldCase> = match set.as_str() {
        "gold" | "all" => gold,
        s => sets.into_iter().find(|(n, _)| *n == s).ok_or_else(|| format!("unknown set {s}"))?.1,
    };
    let mut rep = evaluate_in(&gold, &coder, &home);
    match var.as_deref() {
        Some("all") => {}
        Some(v) => rep.errors.retain(|e| e.variable == v),
        None => rep.errors.clear(),
    }
    println!("{}", rep.to_text(10_000));
    Ok(())
}
