//! The GLOTIP country-data report (`tipdata report glotip`): trends with coverage, sex x age
//! shares, forms of exploitation, regional roll-ups and flows, each a table (CSV) and a chart
//! (SVG) with its definition and `n`, over the stored observations, citing the latest import.

use std::collections::BTreeMap;

use tipdata_model::value::thousands;
use tipdata_model::{Instrument, Query, QueryKey, QueryRow};
use tipdata_store::{ImportInfo, Store, StoreError};

use crate::country::{self, share_bounds, CrossTab};
use crate::esc;
use crate::flows::{self, Level, VICTIMS};
use crate::report::{self, Page, Table};
use crate::svg::{self, Series};

/// What the report reads from the store (rows of the queries in [`load`]).
#[derive(Debug, Clone, Default)]
pub struct Inputs {
    /// Victims, no breakdown, by country and year.
    pub totals: Vec<QueryRow>,
    /// Victims by country, year, sex and age (no other breakdown).
    pub sex_age: Vec<QueryRow>,
    /// Victims by country, year and form of exploitation.
    pub forms: Vec<QueryRow>,
    /// Victims by country, citizenship category and year ([`flows::query`]).
    pub citizenship: Vec<QueryRow>,
}

/// The data the report came from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DataVersion {
    pub latest_import: Option<ImportInfo>,
    pub observations: u64,
    /// When the report was made (UTC).
    pub date: String,
}

fn victims(dimension: &str) -> Query {
    let mut q = Query::default();
    q.filter(QueryKey::Indicator, VICTIMS);
    q.filter(QueryKey::Dimension, dimension);
    q
}

fn totals_query() -> Query {
    let mut q = victims("Total");
    q.filter(QueryKey::Category, "Total");
    q.filter(QueryKey::Sex, "Total");
    q.filter(QueryKey::Age, "Total");
    q.by = vec![QueryKey::Country, QueryKey::Year];
    q
}

fn sex_age_query() -> Query {
    let mut q = victims("Total");
    q.filter(QueryKey::Category, "Total");
    for s in ["Female", "Male"] {
        q.filter(QueryKey::Sex, s);
    }
    for a in ["0 to 17 years", "18 years or over"] {
        q.filter(QueryKey::Age, a);
    }
    q.by = vec![QueryKey::Country, QueryKey::Year, QueryKey::Sex, QueryKey::Age];
    q
}

fn forms_query() -> Query {
    let mut q = victims("by form of exploitation");
    q.filter(QueryKey::Sex, "Total");
    q.filter(QueryKey::Age, "Total");
    q.by = vec![QueryKey::Country, QueryKey::Year, QueryKey::Category];
    q
}

/// Reads the report's inputs and its data version.
pub fn load(store: &(impl Store + ?Sized), date: &str) -> Result<(Inputs, DataVersion), StoreError> {
    let inputs = Inputs {
        totals: store.query(&totals_query())?,
        sex_age: store.query(&sex_age_query())?,
        forms: store.query(&forms_query())?,
        citizenship: flows::load(store, &[])?,
    };
    let v = DataVersion {
        latest_import: store.latest_observation_import()?,
        observations: store.counts()?.observations,
        date: date.into(),
    };
    Ok((inputs, v))
}

/// What a GLOTIP figure's `n` counts: the countries with a reported cell behind it, and their
/// country-years.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Countries {
    pub countries: usize,
    pub country_years: usize,
}

/// One figure of the report (the shared [`report::Figure`], its `n` in countries).
pub type Figure = report::Figure<Countries>;

/// A figure over query rows keyed (country, year, ...): its `n` from the rows with a cell.
fn figure(key: &str, title: &str, definition: &str, rows: &[QueryRow]) -> Figure {
    let reported: Vec<&QueryRow> = rows.iter().filter(|r| r.cells > 0).collect();
    let countries: std::collections::BTreeSet<&str> = reported.iter().map(|r| r.keys[0].as_str()).collect();
    let cy: std::collections::BTreeSet<(&str, &str)> =
        reported.iter().map(|r| (r.keys[0].as_str(), r.keys[1].as_str())).collect();
    Figure::new(key, title, definition, Countries { countries: countries.len(), country_years: cy.len() })
}

/// Rows of `q.by` = (country, year, ...) re-keyed as (year, country, ...) for [`country::crosstab`].
fn crosstab(rows: &[QueryRow], by: &[QueryKey]) -> CrossTab {
    let q = Query { filters: Vec::new(), by: by.to_vec() };
    country::crosstab(&q, rows, Instrument::v1())
}

/// The midpoint of a share interval, rounded, for charts (tables carry both bounds).
fn mid(low: Option<f64>, high: Option<f64>) -> Option<u64> {
    match (low, high) {
        (Some(l), Some(h)) => Some(((l + h) / 2.0).round() as u64),
        (None, Some(h)) => Some((h / 2.0).round() as u64),
        _ => None,
    }
}

fn years_of(rows: &[QueryRow]) -> Vec<String> {
    let mut y: Vec<i64> = rows.iter().filter_map(|r| r.keys[1].parse().ok()).collect();
    y.sort_unstable();
    y.dedup();
    y.iter().map(i64::to_string).collect()
}

/// One line per value of the second key of a (year, key) cross-tab, a point per year of `xs`.
fn series_by_year(tab: &CrossTab, xs: &[String], value: impl Fn(&country::CrossRow) -> Option<u64>) -> Vec<Series> {
    let mut names: Vec<String> = tab.rows.iter().map(|r| r.sum.keys[1].clone()).collect();
    names.sort();
    names.dedup();
    let mut ser: Vec<Series> = names.iter().map(|n| Series { name: n.clone(), values: vec![None; xs.len()] }).collect();
    for r in &tab.rows {
        let (Some(x), Some(k)) = (xs.iter().position(|y| *y == r.sum.keys[0]), names.iter().position(|n| *n == r.sum.keys[1]))
        else {
            continue;
        };
        ser[k].values[x] = value(r);
    }
    ser
}

/// All figures, in report order.
pub fn figures(i: &Inputs) -> Vec<Figure> {
    vec![trends(i), sex_age(i), forms(i), regions(i), domestic_foreign(i), region_flows(i)]
}

/// (1) Detected victims by year with coverage and the constant panel.
pub fn trends(i: &Inputs) -> Figure {
    let mut f = figure(
        "g1-trends-coverage",
        "Detected victims by year, and how many countries reported",
        "Detected trafficking victims, no breakdown (dimension, category, sex and age Total), summed \
         over the countries and territories reporting that year (aggregates and joint reports left out). \
         low/high: bounds when cells are reported as <5 (0 to 4 each). countries: countries reporting \
         the year. panel: the countries reporting every year of the series, and their own total, so a \
         rise that is only more countries reporting shows as a flat panel line.",
        &i.totals,
    );
    let cov = country::coverage(&i.totals);
    let mut t = Table::new(&["year", "countries", "low", "high", "panel_countries", "panel_low", "panel_high"]);
    for c in &cov {
        t.push(vec![
            c.year.clone(),
            c.countries.to_string(),
            c.low.to_string(),
            c.high.to_string(),
            c.panel_countries.to_string(),
            c.panel_low.to_string(),
            c.panel_high.to_string(),
        ]);
    }
    let xs: Vec<String> = cov.iter().map(|c| c.year.clone()).collect();
    let panel = cov.first().map_or(0, |c| c.panel_countries);
    f.chart(
        "",
        svg::line_chart(
            &f.title,
            "Lines: detected victims in all reporting countries, and in the countries that reported every year.",
            &xs,
            &[
                Series {
                    name: "all reporting countries (lower bound)".into(),
                    values: cov.iter().map(|c| Some(c.low)).collect(),
                },
                Series {
                    name: format!("the {panel} countries reporting every year"),
                    values: cov.iter().map(|c| Some(c.panel_low)).collect(),
                },
            ],
            "detected victims (number)",
            "year",
        ),
    );
    f.chart(
        "countries",
        svg::bar_chart(
            "Countries reporting detected victims, by year",
            "Bars: the number of countries reporting a total of detected victims for the year.",
            &xs,
            &[Series { name: "countries reporting".into(), values: cov.iter().map(|c| Some(c.countries)).collect() }],
            "countries (number)",
            "year",
        ),
    );
    let most = cov.iter().map(|c| c.countries).max().unwrap_or(0);
    let thin: Vec<String> =
        cov.iter().filter(|c| c.countries * 2 < most).map(|c| format!("{} ({} countries)", c.year, c.countries)).collect();
    if !thin.is_empty() {
        f.notes.push(format!(
            "Fewer than half of the {most} countries of the best-covered year reported in {}: a fall in those years is first of all fewer countries reporting (compare the panel line).",
            thin.join(", ")
        ));
    }
    if panel == 0 && !cov.is_empty() {
        f.notes.push("No country reported every year, so there is no constant panel.".into());
    }
    f.table("", t);
    f
}

const SEX_AGE: [(&str, &str, &str); 4] = [
    ("Female", "18 years or over", "women"),
    ("Female", "0 to 17 years", "girls"),
    ("Male", "18 years or over", "men"),
    ("Male", "0 to 17 years", "boys"),
];

/// (2) Shares of women, girls, men and boys among detected victims by year.
pub fn sex_age(i: &Inputs) -> Figure {
    let mut f = figure(
        "g2-sex-age-shares",
        "Detected victims by sex and age: shares by year",
        "Detected victims with sex Female or Male and age 0 to 17 or 18 or over (no other breakdown), \
         summed over the countries reporting that breakdown. Share: the group's victims as a percentage \
         of the four groups' victims in the year; with cells reported as <5 the share is an interval \
         (share_low..share_high). The chart shows the interval's midpoint, rounded.",
        &i.sex_age,
    );
    let tab = crosstab(&i.sex_age, &[QueryKey::Year, QueryKey::Sex, QueryKey::Age]);
    // Shares of the year (the cross-tab's own shares are within sex).
    let mut year_tot: BTreeMap<&str, (u64, u64)> = BTreeMap::new();
    for r in &tab.rows {
        let e = year_tot.entry(r.sum.keys[0].as_str()).or_default();
        e.0 += r.sum.low;
        e.1 += r.sum.high;
    }
    let mut t = Table::new(&[
        "year",
        "sex",
        "age",
        "group",
        "value",
        "suppressed",
        "low",
        "high",
        "countries",
        "n_low",
        "n_high",
        "share_low_pct",
        "share_high_pct",
    ]);
    let xs: Vec<String> = year_tot.keys().map(|y| y.to_string()).collect();
    let mut ser: Vec<Series> =
        SEX_AGE.iter().map(|(_, _, n)| Series { name: n.to_string(), values: vec![None; xs.len()] }).collect();
    let p = |v: Option<f64>| v.map(|v| format!("{v:.1}")).unwrap_or_default();
    for r in &tab.rows {
        let k = &r.sum.keys;
        let Some(g) = SEX_AGE.iter().position(|(s, a, _)| *s == k[1] && *a == k[2]) else { continue };
        let (nl, nh) = year_tot[k[0].as_str()];
        let (sl, sh) = share_bounds(r.sum.low, r.sum.high, nl, nh);
        t.push(vec![
            k[0].clone(),
            k[1].clone(),
            k[2].clone(),
            SEX_AGE[g].2.into(),
            r.sum.value.to_string(),
            r.sum.suppressed.to_string(),
            r.sum.low.to_string(),
            r.sum.high.to_string(),
            r.countries.to_string(),
            nl.to_string(),
            nh.to_string(),
            p(sl),
            p(sh),
        ]);
        if let Some(x) = xs.iter().position(|y| y == &k[0]) {
            ser[g].values[x] = mid(sl, sh);
        }
    }
    f.chart(
        "",
        svg::line_chart(
            &f.title,
            "Lines: share of women, girls, men and boys among detected victims of known sex and age, per year.",
            &xs,
            &ser,
            "share of the year's victims (%)",
            "year",
        ),
    );
    f.table("", t);
    f
}

/// (3) Forms of exploitation: shares by year.
pub fn forms(i: &Inputs) -> Figure {
    let mut f = figure(
        "g3-forms-of-exploitation",
        "Detected victims by form of exploitation: shares by year",
        "Detected victims by form of exploitation (sex and age Total), summed over the countries \
         reporting the breakdown. Share: the form's victims as a percentage of the year's victims of \
         the three forms, an interval when cells are reported as <5; the chart shows its midpoint.",
        &i.forms,
    );
    let tab = crosstab(&i.forms, &[QueryKey::Year, QueryKey::Category]);
    let xs = years_of(&i.forms);
    let ser = series_by_year(&tab, &xs, |r| mid(r.share_low, r.share_high));
    f.chart(
        "",
        svg::line_chart(
            &f.title,
            "Lines: share of each form of exploitation among detected victims, per year.",
            &xs,
            &ser,
            "share of the year's victims (%)",
            "year",
        ),
    );
    f.table("", tab.table());
    f
}

/// (4) Regional roll-ups of detected victims.
pub fn regions(i: &Inputs) -> Figure {
    let mut f = figure(
        "g4-regions",
        "Detected victims by UN M49 region and year",
        "Detected victims, no breakdown, summed from the reporting countries into their UN M49 region \
         (entity codelist); aggregates and joint reports are never summed into a region. countries: \
         the countries behind each sum. Share: the region's part of the year's total (an interval \
         when cells are reported as <5).",
        &i.totals,
    );
    let tab = crosstab(&i.totals, &[QueryKey::Year, QueryKey::Region]);
    let xs = years_of(&i.totals);
    let ser = series_by_year(&tab, &xs, |r| Some(r.sum.low));
    f.chart(
        "",
        svg::line_chart(
            &f.title,
            "Lines: detected victims per region (lower bound), per year; compare with the countries column of the table.",
            &xs,
            &ser,
            "detected victims (number)",
            "year",
        ),
    );
    f.table("", tab.table());
    f
}

/// The fewest detecting countries a region-year needs for its domestic share to be drawn.
pub const MIN_REPORTERS: u64 = 3;

/// (5) Domestic vs foreign victims by region and year.
pub fn domestic_foreign(i: &Inputs) -> Figure {
    let mut f = figure(
        "g5-domestic-foreign",
        "Domestic and foreign victims by region of detection",
        "Detected victims by citizenship (sex and age Total). Domestic: nationals, or the detecting \
         country's own citizens named; foreign: any other country, a group of countries, stateless; \
         unknown: citizenship unknown or not resolved. Citizenship wordings resolve through the alias \
         table. Share: domestic victims as a percentage of those of known citizenship, an interval when \
         cells are reported as <5; the chart shows its midpoint.",
        &flows_rows(i),
    );
    let rows = flows::domestic_foreign(&i.citizenship, Level::Region, Instrument::v1());
    let xs = years_of(&flows_rows(i));
    let areas: Vec<String> = {
        let mut a: Vec<String> = rows.iter().map(|r| r.area.clone()).collect();
        a.dedup();
        a
    };
    let mut ser: Vec<Series> = areas.iter().map(|a| Series { name: a.clone(), values: vec![None; xs.len()] }).collect();
    for r in &rows {
        let (Some(x), Some(g)) = (xs.iter().position(|y| *y == r.year), areas.iter().position(|a| *a == r.area)) else {
            continue;
        };
        let (l, h) = r.domestic_share();
        // A share from one or two countries swings with one country's report: table only.
        ser[g].values[x] = if r.reporters >= MIN_REPORTERS { mid(l, h) } else { None };
    }
    f.notes.push(format!("The chart leaves out region-years with fewer than {MIN_REPORTERS} detecting countries (a gap in the line); the table has them all."));
    let unknown = flows::unresolved(&i.citizenship);
    if !unknown.is_empty() {
        f.notes.push(format!(
            "{} citizenship wordings are not in the alias table and count as unknown: {}.",
            unknown.len(),
            unknown.join("; ")
        ));
    }
    f.chart(
        "",
        svg::line_chart(
            &f.title,
            "Lines: domestic victims as a share of victims of known citizenship, per region of detection and year.",
            &xs,
            &ser,
            "domestic share (%)",
            "year",
        ),
    );
    f.table("", flows::domestic_foreign_table(&rows));
    f
}

/// The citizenship rows re-keyed (country, year) for [`figure`]'s counts.
fn flows_rows(i: &Inputs) -> Vec<QueryRow> {
    i.citizenship.iter().map(|r| QueryRow { keys: vec![r.keys[0].clone(), r.keys[2].clone()], ..r.clone() }).collect()
}

/// (6) Origin -> detection flows between regions.
pub fn region_flows(i: &Inputs) -> Figure {
    let mut f = figure(
        "g6-flows",
        "Flows of detected victims from region of citizenship to region of detection",
        "Detected victims by citizenship (sex and age Total), from the region of their citizenship \
         (UN M49) to the region of the detecting country, per year. Nationals are flows within the \
         region; groups of countries, stateless and unknown citizenship keep their own origin. low/high: \
         bounds when cells are reported as <5. reporters: detecting countries behind the flow. The chart \
         shows the year with the most detecting countries.",
        &flows_rows(i),
    );
    let all = flows::flows(&i.citizenship, Level::Region, Instrument::v1());
    // The year with the most reporting countries.
    let mut per_year: BTreeMap<&str, std::collections::BTreeSet<&str>> = BTreeMap::new();
    for r in i.citizenship.iter().filter(|r| r.cells > 0) {
        per_year.entry(r.keys[2].as_str()).or_default().insert(r.keys[0].as_str());
    }
    let best = per_year.iter().max_by(|a, b| a.1.len().cmp(&b.1.len()).then(b.0.cmp(a.0))).map(|(y, c)| (y.to_string(), c.len()));
    if let Some((year, n)) = &best {
        let of: Vec<&flows::Flow> = all.iter().filter(|x| &x.year == year).collect();
        let mut dests: Vec<String> = of.iter().map(|x| x.destination.clone()).collect();
        dests.sort();
        dests.dedup();
        let mut origins: Vec<String> = of.iter().map(|x| x.origin.clone()).collect();
        origins.sort();
        origins.dedup();
        let ser: Vec<Series> = origins
            .iter()
            .map(|o| Series {
                name: format!("from {o}"),
                values: dests.iter().map(|d| of.iter().find(|x| &x.origin == o && &x.destination == d).map(|x| x.low)).collect(),
            })
            .collect();
        f.notes.push(format!("Chart: {year}, the year with the most detecting countries reporting citizenship ({n})."));
        f.chart(
            "",
            svg::bar_chart(
                &format!("Detected victims by region of citizenship, per region of detection, {year}"),
                "Bars: for each region of detection, its detected victims by the region of their citizenship (lower bound).",
                &dests,
                &ser,
                "detected victims (number)",
                "region of detection",
            ),
        );
    }
    f.table("", flows::flows_table(&all));
    f
}

/// Every file of the report, by name: `index.html`, one CSV per table, one SVG per chart and
/// `version.json`.
pub fn report_files(figs: &[Figure], v: &DataVersion) -> Vec<(String, String)> {
    let source = match &v.latest_import {
        Some(i) => format!(
            "latest import #{} ({}) of <code>{}</code>, SHA-256 <code>{}</code>, applied {}",
            i.id,
            esc(&i.kind),
            esc(&i.file),
            esc(&i.sha256),
            esc(&i.at)
        ),
        None => "no import recorded".into(),
    };
    let version = format!("{}; {} stored cells. Made {}.", source, thousands(v.observations), esc(&v.date));
    let short = match &v.latest_import {
        Some(i) => format!("import #{} (SHA-256 {}…)", i.id, esc(&i.sha256.chars().take(12).collect::<String>())),
        None => "no import recorded".into(),
    };
    let n_html = |f: &Figure| {
        format!(
            "<strong>n = {}</strong> countries ({} country-years with a reported cell). Data version: {}, {}.",
            thousands(f.basis.countries as u64),
            thousands(f.basis.country_years as u64),
            short,
            esc(&v.date)
        )
    };
    let page = Page {
        title: "Trafficking in persons: country data (GLOTIP)",
        intro_html: "<p>Figures over the country data in the database (UNODC GLOTIP format): detected \
victims by year with the number of countries reporting, by sex and age, by form of exploitation, by \
UN M49 region, and by citizenship (domestic and foreign victims, flows between regions). Cells \
reported as <code>&lt;5</code> are carried as bounds (0 to 4), never as zero; regional aggregates and \
joint reports are never summed into regions. Every figure states its definition and the countries \
behind it. Data © UNODC (GLOTIP).</p>",
        version_html: &version,
    };
    let mut files = report::page_files(&page, figs, n_html);
    let vj = serde_json::json!({
        "latest_import": v.latest_import.as_ref().map(|i| serde_json::json!({"id": i.id, "kind": i.kind, "file": i.file, "sha256": i.sha256, "at": i.at})),
        "observations": v.observations, "date": v.date,
        "figures": figs.iter().map(|f| serde_json::json!({"key": f.key, "title": f.title, "countries": f.basis.countries, "country_years": f.basis.country_years})).collect::<Vec<_>>(),
    });
    files.push(("version.json".into(), format!("{vj:#}\n")));
    files
}
