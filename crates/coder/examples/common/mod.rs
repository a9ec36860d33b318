//! Loading of the seen coded sets, shared by the examples (`mod common;`): the gold CLDB
//! codings joined with their texts in the case-law file, the gold narratives, and the
//! held-out narrative sets of `tests/data/`.
use std::collections::HashMap;
use std::fs::File;
use std::io::BufReader;

use tipdata_coder::eval::read_gold_with;
use tipdata_coder::{read_gold, GoldCase};

/// `tests/data` of this crate.
pub const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data");

/// The gold set: `gold/cldb-gold.jsonl` with each summary read from the case-law CSV (keyed
/// by case id and web order), then `gold/narratives.jsonl`.
pub fn gold(csv_path: &str) -> Result<Vec<GoldCase>, Box<dyn std::error::Error>> {
    let mut texts: HashMap<(String, String), String> = HashMap::new();
    let mut rdr = csv::Reader::from_path(csv_path)?;
    let h = rdr.headers()?.clone();
    let col = |n: &str| h.iter().position(|x| x == n).ok_or_else(|| format!("{csv_path}: no column {n}"));
    let (ci, wi, si) = (col("Case")?, col("WebOrder")?, col("FactSummary")?);
    for r in rdr.records() {
        let r = r?;
        texts.insert((r[ci].to_string(), r[wi].to_string()), r[si].to_string());
    }
    let lookup = |id: &str, w: Option<&str>| texts.get(&(id.to_string(), w.unwrap_or("").to_string())).cloned();
    let mut gold = read_gold_with(BufReader::new(File::open(format!("{DATA}/gold/cldb-gold.jsonl"))?), &lookup)?;
    gold.extend(narratives("gold/narratives.jsonl")?);
    Ok(gold)
}

/// A gold file of `tests/data` whose lines carry their summaries.
pub fn narratives(path: &str) -> Result<Vec<GoldCase>, Box<dyn std::error::Error>> {
    Ok(read_gold(BufReader::new(File::open(format!("{DATA}/{path}"))?))?)
}

/// The held-out narrative sets of `tests/data/`, in the order they were written: each is
/// `NAME/NAME-narratives.jsonl` (its README says who wrote it, when, and its one blind score).
/// Add a new set here and as a floor in `tests/it/gold.rs`.
#[allow(dead_code)]
pub const HELDOUT_SETS: &[&str] = &[
    "heldout",
    "heldout2",
    "heldout3",
    "heldout4",
    "heldout5",
    "heldout6",
    "heldout7",
    "heldout8",
    "heldout9",
    "heldout10",
    "heldout11",
    "heldout12",
    "heldout13",
    "heldout14",
    "heldout15",
    "heldout16",
    "heldout17",
    "heldout18",
    "heldout19",
    "heldout20",
    "heldout21",
    "heldout22",
    "heldout23",
    "heldout24",
    "heldout25",
    "heldout26",
    "heldout27",
    "heldout28",
    "heldout29",
    "heldout30",
    "heldout31",
    "heldout32",
];

/// One held-out set of [`HELDOUT_SETS`] by name.
#[allow(dead_code)]
pub fn heldout_set(name: &str) -> Result<Vec<GoldCase>, Box<dyn std::error::Error>> {
    narratives(&format!("{name}/{name}-narratives.jsonl"))
}

/// The 20 scope narratives of round 5 (`tests/data/scope/`): negation and intent scope,
/// whose act, unnamed site types, first contact; written by the coder's engineer.
#[allow(dead_code)]
pub fn scope() -> Result<Vec<GoldCase>, Box<dyn std::error::Error>> {
    narratives("scope/scope-narratives.jsonl")
}
