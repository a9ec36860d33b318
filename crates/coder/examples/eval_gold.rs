//! Development loop: scores the rule coder on the gold set.
//! `cargo run -p tipdata-coder --example eval_gold -- CSV GOLD_DIR SPLIT [VAR]`
use std::collections::HashMap;
use std::fs::File;
use std::io::BufReader;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let (Some(csv_path), Some(dir)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: eval_gold CSV GOLD_DIR [dev|test|all] [VARIABLE]");
        std::process::exit(2);
    };
    let split = args.get(3).cloned().unwrap_or("dev".into());
    let var = args.get(4).cloned();
    let mut texts: HashMap<(String, String), String> = HashMap::new();
    let mut rdr = csv::Reader::from_path(csv_path)?;
    let h = rdr.headers()?.clone();
    let col = |n: &str| h.iter().position(|x| x == n).ok_or("no column");
    let (ci, wi, si) = (col("Case")?, col("WebOrder")?, col("FactSummary")?);
    for r in rdr.records() {
        let r = r?;
        texts.insert((r[ci].to_string(), r[wi].to_string()), r[si].to_string());
    }
    let lookup = |id: &str, w: Option<&str>| texts.get(&(id.to_string(), w.unwrap_or("").to_string())).cloned();
    let mut gold = tipdata_coder::eval::read_gold_with(BufReader::new(File::open(format!("{dir}/cldb-gold.jsonl"))?), &lookup)?;
    gold.extend(tipdata_coder::read_gold(BufReader::new(File::open(format!("{dir}/narratives.jsonl"))?))?);
    let train: Vec<(String, tipdata_model::coding::Coding)> =
        gold.iter().filter(|g| g.split.as_deref() == Some("dev")).map(|g| (g.summary.clone(), g.coding.clone())).collect();
    let gold: Vec<_> = gold.into_iter().filter(|g| split == "all" || g.split.as_deref() == Some(&split)).collect();
    let mut coder = tipdata_coder::Coder::new();
    if std::env::var("WITH_MODEL").is_ok_and(|v| !v.is_empty()) {
        let m = tipdata_coder::train(&train);
        eprintln!("model: {} features, {} classifiers", m.features.len(), m.classifiers.len());
        coder = coder.with_model(m);
    }
    let home = std::env::var("HOME_COUNTRY").unwrap_or("USA".into());
    let mut rep = tipdata_coder::eval::evaluate_in(&gold, &coder, &home);
    if let Some(v) = var {
        rep.errors.retain(|e| e.variable == v);
    } else {
        rep.errors.clear();
    }
    println!("{}", rep.to_text(1000));
    Ok(())
}
