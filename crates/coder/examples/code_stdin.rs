//! Codes JSON lines `{"id", "summary"}` from stdin to stdout, as `tipdata code` does.
fn main() {
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    // CODER_TRAIN=gold.jsonl trains the learned layer on that gold file first.
    let mut coder = tipdata_coder::Coder::new();
    if let Ok(path) = std::env::var("CODER_TRAIN") {
        let file = std::fs::File::open(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let gold = tipdata_coder::read_gold(std::io::BufReader::new(file)).unwrap_or_else(|e| panic!("{path}: {e}"));
        let examples: Vec<_> = gold.into_iter().map(|g| (g.summary, g.coding)).collect();
        coder = coder.with_model(tipdata_coder::train(&examples));
    }
    match tipdata_coder::code_jsonl_with(&coder, stdin.lock(), stdout.lock()) {
        Ok(stats) => eprintln!("{stats:?}"),
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    }
}
