//! Throughput of the rule coder on one thread: the real case-law summaries, repeated to
//! about 100,000 documents. `cargo bench -p tipdata-coder --bench code -- [CSV] [DOCS] [MODE]`
//! (the CSV defaults to `$TIPDATA_SHARED/case-law/HumanTrafficking_CLDB.csv`, else the
//! crate's narratives). Prints one line `docs/s: N` (the `propose` pass) among a few others.

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
    let path = path.or_else(|| std::env::var("TIPDATA_SHARED").ok().map(|d| format!("{d}/case-law/HumanTrafficking_CLDB.csv")));
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

/// One timed pass: `f` codes every text `rounds` times; returns (docs, evidence spans).
fn pass(name: &str, texts: &[String], rounds: usize, mut f: impl FnMut(&str) -> usize) -> (usize, f64) {
    let start = Instant::now();
    let cpu0 = cpu_seconds();
    let (mut n, mut evidence) = (0usize, 0usize);
    for _ in 0..rounds {
        for t in texts {
            evidence += f(t);
            n += 1;
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let cpu = cpu0.and_then(|c0| cpu_seconds().map(|c1| c1 - c0)).filter(|&c| c > 0.0);
    let per_cpu = cpu.map_or(String::new(), |c| format!(", {:.0} docs per CPU-second (CPU {c:.2} s)", n as f64 / c));
    println!(
        "{name}: {:.0} docs/s wall ({secs:.2} s){per_cpu}, {:.1} evidence spans per document",
        n as f64 / secs,
        evidence as f64 / n.max(1) as f64
    );
    (n, secs)
}

fn main() {
    // cargo bench -p tipdata-coder --bench code -- [CSV] [DOCS] [MODE]; MODE is `propose`,
    // `json` or `coding` to time one of them alone (for callgrind), all three by default.
    let args: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with("--")).collect();
    let texts = summaries(args.first().cloned());
    let target: usize = args.get(1).and_then(|n| n.parse().ok()).unwrap_or(100_000);
    let mode = args.get(2).map_or("all", String::as_str);
    let coder = tipdata_coder::Coder::new();
    let mut hits = tipdata_coder::Scratch::default();
    let home = tipdata_coder::DEFAULT_HOME_COUNTRY;
    // Warm up.
    for t in &texts {
        std::hint::black_box(coder.propose(t, home, &mut hits));
    }
    let bytes: usize = texts.iter().map(String::len).sum();
    let rounds = target.div_ceil(texts.len().max(1));
    let mut main_pass = None;
    if matches!(mode, "all" | "propose") {
        // The coder: every variable and its evidence spans (byte offsets), as `tipdata code`
        // computes them before writing.
        main_pass = Some(pass("propose (rules, all variables and evidence spans)", &texts, rounds, |t| {
            std::hint::black_box(coder.propose(t, home, &mut hits)).evidence().count()
        }));
    }
    if matches!(mode, "all" | "json") {
        // ... and its JSON line (character offsets, span texts), as `tipdata code` writes it.
        let mut buf = Vec::new();
        let id = serde_json::Value::String("case".into());
        pass("propose + JSON line", &texts, rounds, |t| {
            buf.clear();
            let p = coder.propose(t, home, &mut hits);
            p.write_json(t, &id, &mut buf);
            std::hint::black_box(&buf);
            p.evidence().count()
        });
    }
    if matches!(mode, "all" | "coding") {
        // The owned `Coding` (strings for every value and span), as the store and web take it.
        pass("owned Coding (code_with)", &texts, rounds, |t| {
            let c = coder.code_with(t, &mut hits);
            std::hint::black_box(c).evidence.len()
        });
    }
    let (n, secs) = main_pass.unwrap_or((rounds * texts.len(), f64::NAN));
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
    println!("docs/s: {:.0}", n as f64 / secs);
    if let Ok(lex) = tipdata_coder::Lexicon::bundled() {
        let (phrases, bytes) = tipdata_coder::rules::matcher_size(&lex);
        println!("matcher: {phrases} phrases, about {:.0} kB of tables", bytes as f64 / 1e3);
    }
    println!("MB/s: {:.1}", (bytes * rounds) as f64 / secs / 1e6);
}
