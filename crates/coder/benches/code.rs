//! Throughput of the rule coder on one thread: the real case-law summaries, repeated to
//! about 100,000 documents. `cargo bench -p tipdata-coder --bench code -- [CSV] [DOCS]`
//! (the CSV defaults to `$TIPDATA_SHARED/case-law/HumanTrafficking_CLDB.csv`, else the
//! crate's narratives). Prints one line `docs/s: N` among a few others.

use std::time::Instant;

/// CPU seconds this process has run (user + system), from /proc: on a machine shared with
/// other builds, wall-clock docs/s understates the coder; CPU-time docs/s does not.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let after = stat.rsplit_once(')')?.1;
    let f: Vec<&str> = after.split_whitespace().collect();
    let ticks: f64 = f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

fn summaries(path: Option<String>) -> Vec<String> {
    let path = path.or_else(|| {
        std::env::var("TIPDATA_SHARED").ok().map(|d| format!("{d}/case-law/HumanTrafficking_CLDB.csv"))
    });
    if let Some(p) = path {
        if let Ok(mut rdr) = csv::Reader::from_path(&p) {
            let col = rdr.headers().ok().and_then(|h| h.iter().position(|x| x == "FactSummary"));
            if let Some(col) = col {
                let texts: Vec<String> =
                    rdr.records().filter_map(|r| r.ok()).filter_map(|r| r.get(col).map(str::to_string)).collect();
                if !texts.is_empty() {
                    eprintln!("summaries: {} from {p}", texts.len());
                    return texts;
                }
            }
        }
        eprintln!("cannot read {p}; using the crate's narratives");
    }
    let text = include_str!("../tests/data/gold/narratives.jsonl");
    text.lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v.get("summary").and_then(|s| s.as_str()).map(str::to_string))
        .collect()
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with("--")).collect();
    let texts = summaries(args.first().cloned());
    let target: usize = args.get(1).and_then(|n| n.parse().ok()).unwrap_or(100_000);
    let coder = tipdata_coder::Coder::new();
    let mut hits = tipdata_coder::Scratch::default();
    // Warm up.
    for t in &texts {
        std::hint::black_box(coder.code_with(t, &mut hits));
    }
    let bytes: usize = texts.iter().map(String::len).sum();
    let rounds = target.div_ceil(texts.len().max(1));
    let start = Instant::now();
    let cpu0 = cpu_seconds();
    let mut n = 0usize;
    let mut evidence = 0usize;
    for _ in 0..rounds {
        for t in &texts {
            let c = coder.code_with(t, &mut hits);
            evidence += c.evidence.len();
            std::hint::black_box(c);
            n += 1;
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let cpu = cpu0.and_then(|c0| cpu_seconds().map(|c1| c1 - c0));
    if std::env::var("SCAN_ONLY").is_ok() {
        let lex = tipdata_coder::Lexicon::bundled().expect("bundled lexicon");
        let s2 = Instant::now();
        let mut hcount = 0usize;
        for _ in 0..rounds {
            for t in &texts {
                tipdata_coder::rules::scan(&lex, t, &mut hits);
                hcount += hits.hits.len();
            }
        }
        let s = s2.elapsed().as_secs_f64();
        let s5 = Instant::now();
        let mut m = 0usize;
        for _ in 0..rounds {
            for t in &texts {
                m += std::hint::black_box(t.as_bytes()).iter().filter(|&&c| c == b'.' || c == b'e').count();
            }
        }
        println!("byte count baseline: {:.0} docs/s ({m})", n as f64 / s5.elapsed().as_secs_f64());
        let s4 = Instant::now();
        let mut m = 0usize;
        for _ in 0..rounds {
            for t in &texts {
                m += tipdata_coder::text::sentences(t).len();
            }
        }
        println!("sentences only: {:.0} docs/s, {:.0} per doc", n as f64 / s4.elapsed().as_secs_f64(), m as f64 / n as f64);
        println!("scan only: {:.0} docs/s, hits per doc {:.0}", n as f64 / s, hcount as f64 / n as f64);
    }
    println!("documents: {n} ({} distinct, mean {} chars)", texts.len(), bytes / texts.len().max(1));
    println!("seconds: {secs:.3}");
    println!("docs/s: {:.0}", n as f64 / secs);
    if let Some(cpu) = cpu.filter(|&c| c > 0.0) {
        println!("docs per CPU-second: {:.0} (CPU {cpu:.2} s of {secs:.2} s wall)", n as f64 / cpu);
    }
    if let Ok(lex) = tipdata_coder::Lexicon::bundled() {
        let (phrases, bytes) = tipdata_coder::rules::matcher_size(&lex);
        println!("matcher: {phrases} phrases, about {:.0} kB of tables", bytes as f64 / 1e3);
    }
    println!("MB/s: {:.1}", (bytes * rounds) as f64 / secs / 1e6);
    println!("evidence spans per document: {:.1}", evidence as f64 / n.max(1) as f64);
}
