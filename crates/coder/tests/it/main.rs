//! Integration tests of the automatic coder: the worked examples of `coding-scheme.md`,
//! negation and intent traps, the `tipdata code` I/O contract, the learned layer and the
//! evaluation over the authored narratives of the gold set (no `../shared` needed).

mod contract;
mod examples;
mod gold;
mod home_country;
mod learned;
mod props;
mod traps;

use tipdata_model::coding::{CodedValue, Coding};

/// The value of a variable as JSON text, for compact assertions.
pub fn v(c: &Coding, name: &str) -> String {
    c.get(name).map(|x| x.to_json().to_string()).unwrap_or_else(|| "absent".into())
}

pub fn labels(c: &Coding, name: &str) -> Vec<String> {
    match c.get(name) {
        Some(CodedValue::Labels(xs)) => xs.clone(),
        _ => Vec::new(),
    }
}

/// Every evidence span quotes the summary exactly (character offsets).
pub fn assert_spans_quote(summary: &str, c: &Coding) {
    let chars: Vec<char> = summary.chars().collect();
    for e in &c.evidence {
        let quoted: String = chars[e.start..e.end].iter().collect();
        assert_eq!(quoted, e.text, "evidence {e:?} does not quote the summary");
    }
}
