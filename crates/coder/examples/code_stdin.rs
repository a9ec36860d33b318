//! Codes JSON lines `{"id", "summary"}` from stdin to stdout, as `tipdata code` does.
fn main() {
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    match tipdata_coder::code_jsonl(stdin.lock(), stdout.lock()) {
        Ok(stats) => eprintln!("{stats:?}"),
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    }
}
