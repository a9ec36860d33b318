//! The learned layer on top of a frozen coder's output: trains on TRAIN (gold JSON lines),
//! then completes each coding of CODED (a frozen `tipdata code` output for GOLD's texts).
//! `layer_lab TRAIN[,TRAIN..] GOLD CODED > completed.jsonl`; LAYER_THRESHOLD sets the threshold,
//! LAYER_MAX_WEIGHTS the weights kept per classifier (`all`: every one), LAYER_OUT=FILE writes
//! the model.
use std::io::{BufRead, BufReader, Write};

use serde_json::{Map, Value as Json};
use tipdata_model::coding::Coding;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let [_, train, gold, coded] = args.as_slice() else { return Err("usage: layer_lab TRAIN GOLD CODED".into()) };
    let mut config = tipdata_coder::TrainConfig::default();
    if let Ok(t) = std::env::var("LAYER_THRESHOLD") {
        config.threshold = t.parse()?;
    }
    if let Ok(k) = std::env::var("LAYER_MAX_WEIGHTS") {
        config.max_weights = k.parse().ok();
    }
    let mut examples = Vec::new();
    for path in train.split(',') {
        let g = tipdata_coder::read_gold(BufReader::new(std::fs::File::open(path)?))?;
        examples.extend(g.into_iter().map(|g| (g.summary, g.coding)));
    }
    let model = tipdata_coder::learn::train_with(&examples, &config);
    eprintln!("{} examples, {} features", examples.len(), model.features.len());
    if let Ok(path) = std::env::var("LAYER_OUT") {
        std::fs::write(path, model.to_json())?;
    }
    let gold = tipdata_coder::read_gold(BufReader::new(std::fs::File::open(gold)?))?;
    let out = std::io::stdout();
    let mut out = out.lock();
    for (g, line) in gold.iter().zip(BufReader::new(std::fs::File::open(coded)?).lines()) {
        let obj: Map<String, Json> = serde_json::from_str(&line?)?;
        assert_eq!(obj.get("id").and_then(Json::as_str), Some(g.id.as_str()));
        let mut c = Coding::from_json(&obj, &["id"], &|_| true)?;
        model.complete(&g.summary, &mut c);
        let mut o = Map::new();
        o.insert("id".into(), Json::String(g.id.clone()));
        o.extend(c.to_json());
        writeln!(out, "{}", Json::Object(o))?;
    }
    Ok(())
}
