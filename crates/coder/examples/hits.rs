//! Development aid: lists the lexicon cues found in each line of stdin, with their
//! sentence index and whether a negation reaches them.
//! `echo "text" | cargo run -p tipdata-coder --example hits`
use std::io::BufRead;

fn main() {
    let lex = tipdata_coder::Lexicon::bundled().expect("bundled lexicon");
    let mut scratch = tipdata_coder::Scratch::default();
    for line in std::io::stdin().lock().lines() {
        let line = line.expect("stdin");
        tipdata_coder::rules::scan(&lex, &line, &mut scratch);
        for h in &scratch.hits {
            let neg = if h.negated { " (negated)" } else { "" };
            println!("s{} {:?} {:?}{neg}", h.sentence, &line[h.start..h.end], h.cue);
        }
        println!();
    }
}
