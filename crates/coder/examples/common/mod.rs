//! Loading of the seen coded sets, shared by the examples (`mod common;`): the gold CLDB
//! codings joined with their texts in the case-law file, the gold narratives, and the two
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

/// The first held-out set (90 narratives).
#[allow(dead_code)]
pub fn heldout() -> Result<Vec<GoldCase>, Box<dyn std::error::Error>> {
    narratives("heldout/heldout-narratives.jsonl")
}

/// The second held-out set (120 narratives).
#[allow(dead_code)]
pub fn heldout2() -> Result<Vec<GoldCase>, Box<dyn std::error::Error>> {
    narratives("heldout2/heldout2-narratives.jsonl")
}

/// The third held-out set (120 narratives).
#[allow(dead_code)]
pub fn heldout3() -> Result<Vec<GoldCase>, Box<dyn std::error::Error>> {
    narratives("heldout3/heldout3-narratives.jsonl")
}

/// The fourth held-out set (120 narratives).
#[allow(dead_code)]
pub fn heldout4() -> Result<Vec<GoldCase>, Box<dyn std::error::Error>> {
    narratives("heldout4/heldout4-narratives.jsonl")
}

/// The fifth held-out set (120 narratives).
#[allow(dead_code)]
pub fn heldout5() -> Result<Vec<GoldCase>, Box<dyn std::error::Error>> {
    narratives("heldout5/heldout5-narratives.jsonl")
}

/// The sixth held-out set (120 narratives).
#[allow(dead_code)]
pub fn heldout6() -> Result<Vec<GoldCase>, Box<dyn std::error::Error>> {
    narratives("heldout6/heldout6-narratives.jsonl")
}

/// The seventh held-out set (120 narratives).
#[allow(dead_code)]
pub fn heldout7() -> Result<Vec<GoldCase>, Box<dyn std::error::Error>> {
    narratives("heldout7/heldout7-narratives.jsonl")
}

/// The eighth held-out set (120 narratives, the first under the conventions annex).
#[allow(dead_code)]
pub fn heldout8() -> Result<Vec<GoldCase>, Box<dyn std::error::Error>> {
    narratives("heldout8/heldout8-narratives.jsonl")
}

/// The ninth held-out set (120 narratives, under the conventions annex).
#[allow(dead_code)]
pub fn heldout9() -> Result<Vec<GoldCase>, Box<dyn std::error::Error>> {
    narratives("heldout9/heldout9-narratives.jsonl")
}

/// The tenth held-out set (120 narratives, under the conventions annex v1.1).
#[allow(dead_code)]
pub fn heldout10() -> Result<Vec<GoldCase>, Box<dyn std::error::Error>> {
    narratives("heldout10/heldout10-narratives.jsonl")
}

/// The eleventh held-out set (120 narratives, under the conventions annex v1.1).
#[allow(dead_code)]
pub fn heldout11() -> Result<Vec<GoldCase>, Box<dyn std::error::Error>> {
    narratives("heldout11/heldout11-narratives.jsonl")
}

/// The twelfth held-out set (120 narratives, under the conventions annex v1.1).
#[allow(dead_code)]
pub fn heldout12() -> Result<Vec<GoldCase>, Box<dyn std::error::Error>> {
    narratives("heldout12/heldout12-narratives.jsonl")
}

/// The thirteenth held-out set (120 narratives, under the conventions annex v1.1).
#[allow(dead_code)]
pub fn heldout13() -> Result<Vec<GoldCase>, Box<dyn std::error::Error>> {
    narratives("heldout13/heldout13-narratives.jsonl")
}

/// The fourteenth held-out set (120 narratives, under the conventions annex v1.1).
#[allow(dead_code)]
pub fn heldout14() -> Result<Vec<GoldCase>, Box<dyn std::error::Error>> {
    narratives("heldout14/heldout14-narratives.jsonl")
}

/// The fifteenth held-out set (120 narratives, under the conventions annex v1.1).
#[allow(dead_code)]
pub fn heldout15() -> Result<Vec<GoldCase>, Box<dyn std::error::Error>> {
    narratives("heldout15/heldout15-narratives.jsonl")
}

/// The 20 scope narratives of round 5 (`tests/data/scope/`): negation and intent scope,
/// whose act, unnamed site types, first contact; written by the coder's engineer.
#[allow(dead_code)]
pub fn scope() -> Result<Vec<GoldCase>, Box<dyn std::error::Error>> {
    narratives("scope/scope-narratives.jsonl")
}
