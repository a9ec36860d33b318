//! `tipdata publish`: disclosure-controlled public tables from the stored country data, and the
//! attacker's audit of a publication (a directory of CSV tables, or the stored data as it is
//! published today with its `<5` cells).

use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use clap::ValueEnum;
use tipdata_model::validation::RuleSet;
use tipdata_model::CellValue;
use tipdata_privacy::glotip::{self, Method, Shown};
use tipdata_store::PublicationParams;

#[derive(Clone, Copy, ValueEnum)]
pub enum MethodArg {
    Suppress,
    Rr3,
}

#[derive(clap::Args)]
pub struct PublishArgs {
    /// Write the public tables (tables.csv, tables.xlsx, tables-sdmx.csv, report.txt) here.
    #[arg(long, conflicts_with_all = ["audit", "audit_stored"])]
    out: Option<PathBuf>,
    /// Cells below this count are not published.
    #[arg(long, default_value_t = 5)]
    threshold: u64,
    /// No hidden cell may be narrowed to an interval narrower than this (default: threshold - 1,
    /// the width of what `<threshold` itself tells).
    #[arg(long)]
    margin: Option<u64>,
    #[arg(long, value_enum, default_value_t = MethodArg::Suppress)]
    method: MethodArg,
    /// Seed of the random rounding (rr3).
    #[arg(long, default_value_t = 0)]
    seed: u64,
    /// Only this country (entity code).
    #[arg(long)]
    country: Option<String>,
    /// The release to publish from (default: the latest; `tipdata release create NAME` makes one).
    #[arg(long)]
    release: Option<String>,
    /// Audit the published CSV tables (GLOTIP long format) in this directory; fails if any
    /// hidden cell is recovered or narrowed.
    #[arg(long, value_name = "DIR")]
    audit: Option<PathBuf>,
    /// Audit the stored data as published today (its `<5` cells beside its totals).
    #[arg(long)]
    audit_stored: bool,
    /// With --audit-stored: add regional sums (M49 regions and subregions) the way GLOTIP's
    /// reports print them, the `<5` cells filled with values consistent with each country's
    /// breakdowns, and audit everything together. With --out it changes nothing: regional sums
    /// are published by default (shown where every member country cell is shown).
    #[arg(long, conflicts_with = "no_regional_sums")]
    regional_sums: bool,
    /// With --out: publish the country tables without regional sums.
    #[arg(long)]
    no_regional_sums: bool,
}

pub fn run(db: &str, a: &PublishArgs) -> Result<()> {
    let rules = RuleSet::v1();
    let margin = a.margin.unwrap_or(a.threshold.saturating_sub(1));
    if let Some(dir) = &a.audit {
        let mut cells = Vec::new();
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
            .with_context(|| format!("cannot read {}", dir.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x.eq_ignore_ascii_case("csv")) && !is_sdmx(p))
            .collect();
        files.sort();
        if files.is_empty() {
            bail!("{} holds no CSV table", dir.display());
        }
        for f in &files {
            cells.extend(glotip::read_csv(f).map_err(anyhow::Error::msg)?);
        }
        return audit(&cells, rules, margin);
    }
    let mut store = tipdata_store::open(db)?;
    let shown = |cells: Vec<(tipdata_model::ObsKey, CellValue)>| -> Vec<(tipdata_model::ObsKey, Shown)> {
        cells.into_iter().filter_map(|(k, v)| Shown::from_value(v).map(|s| (k, s))).collect()
    };
    if a.audit_stored {
        // The live data, as GLOTIP publishes it today.
        let cells = shown(store.cells(a.country.as_deref())?);
        if a.regional_sums {
            return audit(&glotip::with_regional_sums(&cells, rules)?, rules, margin);
        }
        return audit(&cells, rules, margin);
    }
    let Some(out) = &a.out else { bail!("say what to do: --out DIR, --audit DIR or --audit-stored") };
    let release = crate::release::pick(store.as_ref(), a.release.as_deref())?;
    let method = match a.method {
        MethodArg::Suppress => Method::Suppress,
        MethodArg::Rr3 => Method::Rr3,
    };
    // A regional sum over the countries of one --country run would not be the region's.
    let regions = !a.no_regional_sums && a.country.is_none();
    let params = PublicationParams {
        method: match method {
            Method::Suppress => "suppress",
            Method::Rr3 => "rr3",
        }
        .into(),
        threshold: a.threshold,
        margin,
        seed: a.seed,
    };
    // The release's kept publication when it is exactly this one (its parameters, every
    // country, regional sums): what the public pages serve, not computed again. One made by
    // older disclosure code (an older format version: before regional sums, before the
    // withheld fix) or under other validation rules is never written: it is computed again
    // and replaces the kept copy, as every reader of it does.
    let kept = match if regions { store.release_publication(&release.name, &params)? } else { None } {
        Some(p) if tipdata_privacy::release::is_current(&p) => {
            let cells = store.publication_cells_checked(&p)?;
            Some((p, cells))
        }
        Some(p) => {
            eprintln!(
                "note: the publication kept with release {} was made by older disclosure code (format version {}, rules {}): computing it again and replacing it",
                release.name, p.format_version, p.rules_version
            );
            Some(tipdata_privacy::release::ensure_publication_with(store.as_mut(), &release, &params, &crate::glotip::actor())?)
        }
        None => None,
    };
    let (mut all, done) = match kept {
        Some((p, cells)) => {
            let all: Vec<_> = cells.into_iter().map(|(k, v)| (k, tipdata_privacy::release::shown(v))).collect();
            (
                all,
                format!(
                    "{}(the publication kept with the release, sha256 {}, made {} by {})\n",
                    p.report, p.content_hash, p.created_at, p.created_by
                ),
            )
        }
        None => {
            let stored = shown(store.release_cells(&release.name, a.country.as_deref())?);
            // rr3 is keyed on the database's secret (made on first use), never shown anywhere.
            let secret = if matches!(method, Method::Rr3) { store.rr3_secret()? } else { [0; 32] };
            let p = glotip::publish_keyed(&stored, rules, method, a.threshold, margin, a.seed, &secret, regions)?;
            (p.all_cells(), p.report(method, a.threshold, margin))
        }
    };
    // In key order whichever way it was made (a store may return a kept one in its own collation).
    all.sort_by(|x, y| x.0.cmp(&y.0));
    std::fs::create_dir_all(out).with_context(|| format!("cannot create {}", out.display()))?;
    glotip::write_csv(&all, &out.join("tables.csv")).map_err(anyhow::Error::msg)?;
    glotip::write_xlsx(&all, &out.join("tables.xlsx")).map_err(anyhow::Error::msg)?;
    let sdmx: Vec<_> = all
        .iter()
        .map(|(k, v)| {
            let v = match v {
                Shown::Count(n) => CellValue::Count(*n),
                Shown::Below(t) => CellValue::Below(u32::try_from(*t).unwrap_or(u32::MAX)),
                Shown::Hidden => CellValue::Missing,
            };
            (k.clone(), v)
        })
        .collect();
    match tipdata_io::sdmx::write_sdmx_csv(&sdmx) {
        Ok(text) => std::fs::write(out.join("tables-sdmx.csv"), text).context("cannot write tables-sdmx.csv")?,
        Err(e) => eprintln!("note: no SDMX-CSV written: {e}"),
    }
    let mut report =
        format!("release: {} ({} cells, sha256 {})\n{}", release.name, release.cell_count, release.content_hash, done);
    if matches!(method, Method::Rr3) {
        // The rounding is reproducible from this database's secret and the seed; the seed alone
        // replays nothing. Publish one seed per release (two seeds on one release round a cell
        // two ways, which together narrow it).
        report.push_str(&format!("rr3: rounding keyed on this database's secret and seed {}\n", a.seed));
    }
    std::fs::write(out.join("report.txt"), &report).context("cannot write report.txt")?;
    print!("{report}");
    println!("written to {}", out.display());
    Ok(())
}

fn is_sdmx(p: &std::path::Path) -> bool {
    p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.contains("sdmx"))
}

fn audit(cells: &[(tipdata_model::ObsKey, Shown)], rules: &RuleSet, margin: u64) -> Result<()> {
    let r = glotip::audit_published(cells, rules, margin)?;
    print!("{}", r.report());
    if r.recovered() > 0 {
        bail!("{} hidden cells recovered exactly, {} narrowed", r.exact, r.narrowed);
    }
    println!("audit passed: no hidden cell recovered or narrowed (margin {margin})");
    Ok(())
}
