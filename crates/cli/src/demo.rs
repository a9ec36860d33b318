//! `tipdata demo`: a database with the bundled real GLOTIP data, and the headline tables.

use std::collections::BTreeMap;

use anyhow::Result;
use tipdata_model::value::thousands;
use tipdata_model::{Query, QueryKey, QueryRow};

/// The GLOTIP country data shipped in the repository (data/README.md has the attribution).
const GLOTIP_XLSX: &[u8] = include_bytes!("../../../data/glotip/data_glotip.xlsx");
const GLOTIP_NAME: &str = "data/glotip/data_glotip.xlsx";
const VICTIMS: &str = "Detected trafficking victims";

pub fn run(db: &str) -> Result<()> {
    let mut store = tipdata_store::open(db)?;
    eprintln!("tipdata demo: loading the bundled GLOTIP data (c) UNODC into {db}");
    let report = crate::glotip::import_bytes(store.as_mut(), GLOTIP_NAME, GLOTIP_XLSX)?;
    eprint!("{}", crate::glotip::summary(&report));
    // The public pages serve a release: freeze the demo data as one (again only if it changed).
    let latest = store.latest_release()?;
    let same = match &latest {
        Some(r) => store.release_cells(&r.name, None)? == store.cells(None)?,
        None => false,
    };
    let release = match latest {
        Some(r) if same => r,
        _ => {
            let name = format!("demo-{}", store.releases()?.len() + 1);
            let r = store.create_release(&name, &crate::glotip::actor(), "made by tipdata demo")?;
            eprintln!("release {} made (sha256 {})", r.name, r.content_hash);
            r
        }
    };
    let p = crate::release::publish(store.as_mut(), &release)?;
    eprintln!(
        "public pages: release {}, protected publication of {} cells ({} hidden)",
        release.name, p.cell_count, p.hidden_count
    );
    let years: Vec<String> = (2016..=2021).map(|y| y.to_string()).collect();

    let totals = [(QueryKey::Dimension, "Total"), (QueryKey::Category, "Total")];
    let all_persons = [(QueryKey::Sex, "Total"), (QueryKey::Age, "Total")];

    let rows = run_query(store.as_ref(), &[&totals[..], &all_persons[..]].concat(), &[QueryKey::Region, QueryKey::Year])?;
    println!("\nDetected trafficking victims by region and year (countries reporting in brackets)");
    print!("{}", pivot(&rows, &years));

    let rows =
        run_query(store.as_ref(), &[&totals[..], &[(QueryKey::Year, "2020")][..]].concat(), &[QueryKey::Sex, QueryKey::Age])?;
    println!("\nDetected trafficking victims in 2020 by sex and age (countries reporting in brackets)");
    let ages: Vec<String> = ["0 to 17 years", "18 years or over", "Unknown", "Total"].map(String::from).to_vec();
    print!("{}", pivot(&rows, &ages));

    let rows = run_query(
        store.as_ref(),
        &[&[(QueryKey::Dimension, "by form of exploitation")][..], &all_persons[..]].concat(),
        &[QueryKey::Category, QueryKey::Year],
    )?;
    println!("\nDetected trafficking victims by form of exploitation and year (countries reporting in brackets)");
    print!("{}", pivot(&rows, &years));
    println!(
        "\nSums of exact counts of the stored data; cells reported as <5 are not in the sums (`tipdata query` gives their bounds).\n\
         The public pages serve the protected publication of release {release} instead (small cells and those that would give them away hidden).\n\
         Source: UNODC Global Report on Trafficking in Persons data, (c) UNODC.\n\
         Try: tipdata --db {db} query --indicator \"{VICTIMS}\" --filter dimension=Total --filter category=Total --by sex,age --filter year=2020",
        release = release.name
    );
    Ok(())
}

fn run_query(store: &dyn tipdata_store::Store, filters: &[(QueryKey, &str)], by: &[QueryKey]) -> Result<Vec<QueryRow>> {
    let mut q = Query { by: by.to_vec(), ..Query::default() };
    q.filter(QueryKey::Indicator, VICTIMS);
    for (k, v) in filters {
        q.filter(*k, *v);
    }
    Ok(store.query(&q)?)
}

/// Rows keyed (row label, column label) into a table with the given columns.
fn pivot(rows: &[QueryRow], columns: &[String]) -> String {
    let mut grid: BTreeMap<&str, BTreeMap<&str, &QueryRow>> = BTreeMap::new();
    for r in rows {
        grid.entry(&r.keys[0]).or_default().insert(&r.keys[1], r);
    }
    let mut header = vec![String::new()];
    header.extend(columns.iter().cloned());
    let body: Vec<Vec<String>> = grid
        .iter()
        .map(|(label, cols)| {
            let mut line = vec![label.to_string()];
            for c in columns {
                line.push(cols.get(c.as_str()).map_or("-".into(), |r| format!("{} ({})", thousands(r.value), r.cells)));
            }
            line
        })
        .collect();
    crate::render::table(&header, &body)
}
