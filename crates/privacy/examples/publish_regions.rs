//! Suppression across the M49 hierarchy on a table in the GLOTIP long format (e.g. the stored
//! cells of a release), per indicator x year: `cargo run --release -p tipdata-privacy --example
//! publish_regions -- CELLS.csv [INDICATOR [YEAR]]`. Prints the time of each indicator x year
//! (TIPDATA_TRACE), the report, and the independent audit of the output (`--audit`).

use tipdata_model::validation::RuleSet;
use tipdata_privacy::glotip::{audit_published, publish_with, read_csv, Method};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let audit = args.iter().any(|a| a == "--audit");
    let args: Vec<&String> = args.iter().filter(|a| *a != "--audit").collect();
    let Some(path) = args.first() else {
        eprintln!("usage: publish_regions CELLS.csv [INDICATOR [YEAR]] [--audit]");
        std::process::exit(2);
    };
    let mut cells = read_csv(std::path::Path::new(path.as_str())).unwrap_or_else(|e| panic!("{e}"));
    if let Some(ind) = args.get(1) {
        cells.retain(|(k, _)| &k.indicator == *ind);
    }
    if let Some(year) = args.get(2) {
        let y: i32 = year.parse().expect("year");
        cells.retain(|(k, _)| k.year == y);
    }
    let rules = RuleSet::v1();
    let t = std::time::Instant::now();
    let p = publish_with(&cells, rules, Method::Suppress, 5, 4, 0, true).unwrap_or_else(|e| panic!("{e}"));
    eprintln!("published {} cells in {:.2} s", cells.len(), t.elapsed().as_secs_f64());
    print!("{}", p.report(Method::Suppress, 5, 4));
    if audit {
        let t = std::time::Instant::now();
        let a = audit_published(&p.all_cells(), rules, 4).unwrap_or_else(|e| panic!("{e}"));
        print!("{}", a.report());
        eprintln!("audited in {:.2} s", t.elapsed().as_secs_f64());
        if a.recovered() > 0 {
            std::process::exit(1);
        }
    }
}
