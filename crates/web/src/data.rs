//! Figures: a chart is a query plus how to draw it. Each renders as SVG with its table, its
//! `n` (cells behind each figure: countries reporting, for totals) and a CSV link (the same
//! query on `/api/query`). The public rule lives here too: totals under 5 are withheld.

use serde::Serialize;
use tipdata_model::{Query, QueryKey, QueryRow};

use crate::html::{esc, thousands, url_encode};
use crate::svg::{self, Series};

/// Until the disclosure-control issue lands: public figures show only totals of at least this.
pub const PUBLIC_MIN: u64 = 5;
pub const VICTIMS: &str = "Detected trafficking victims";

/// A query row as the public may see it.
#[derive(Debug, Clone, Serialize)]
pub struct PublicRow {
    pub value: Option<u64>,
    pub suppressed: Option<u64>,
    pub low: Option<u64>,
    pub high: Option<u64>,
    pub cells: u64,
    /// The total is under [`PUBLIC_MIN`]: value and bounds are not shown.
    pub withheld: bool,
}

pub fn public(r: &QueryRow) -> PublicRow {
    if r.value < PUBLIC_MIN {
        PublicRow { value: None, suppressed: None, low: None, high: None, cells: r.cells, withheld: true }
    } else {
        PublicRow { value: Some(r.value), suppressed: Some(r.suppressed), low: Some(r.low), high: Some(r.high), cells: r.cells, withheld: false }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Line,
    Bar,
}

/// A chart: the query's last `by` key runs along the x axis, the others name the series.
pub struct Chart {
    pub id: String,
    pub title: String,
    pub note: String,
    pub kind: Kind,
    pub query: Query,
    pub y_label: String,
    pub x_label: String,
    /// Series in this order (by label) when given; the others follow, sorted.
    pub series_order: Vec<String>,
}

impl Chart {
    pub fn new(id: &str, title: impl Into<String>, kind: Kind, query: Query) -> Chart {
        Chart {
            id: id.into(),
            title: title.into(),
            note: String::new(),
            kind,
            query,
            y_label: "Detected victims".into(),
            x_label: "Year".into(),
            series_order: Vec::new(),
        }
    }

    /// The same query on `/api/query`.
    pub fn api_url(&self, format: &str) -> String {
        api_url(&self.query, format)
    }
}

pub fn api_url(q: &Query, format: &str) -> String {
    let mut parts = Vec::new();
    for f in &q.filters {
        for v in &f.values {
            parts.push(format!("filter={}", url_encode(&format!("{}={v}", f.key))));
        }
    }
    let by: Vec<&str> = q.by.iter().map(|k| k.as_str()).collect();
    parts.push(format!("by={}", by.join(",")));
    parts.push(format!("format={format}"));
    format!("/api/query?{}", parts.join("&"))
}

/// A victims query over totals (no breakdown), with extra filters.
pub fn victims(filters: &[(QueryKey, &str)], by: &[QueryKey]) -> Query {
    let mut q = Query { by: by.to_vec(), ..Query::default() };
    q.filter(QueryKey::Indicator, VICTIMS);
    for (k, v) in filters {
        q.filter(*k, *v);
    }
    q
}

/// How people say sex and age together.
pub fn label(s: &str) -> String {
    match s {
        "Female, 0 to 17 years" => "Girls (0-17)".into(),
        "Female, 18 years or over" => "Women (18+)".into(),
        "Male, 0 to 17 years" => "Boys (0-17)".into(),
        "Male, 18 years or over" => "Men (18+)".into(),
        s => s.into(),
    }
}

struct Grid {
    xs: Vec<String>,
    series: Vec<String>,
    cells: std::collections::HashMap<(String, String), QueryRow>,
}

fn grid(chart: &Chart, rows: &[QueryRow]) -> Grid {
    let mut xs: Vec<String> = Vec::new();
    let mut series: Vec<String> = Vec::new();
    let mut cells = std::collections::HashMap::new();
    for r in rows {
        let Some((x, rest)) = r.keys.split_last() else { continue };
        let s = label(&rest.join(", "));
        if !xs.contains(x) {
            xs.push(x.clone());
        }
        if !series.contains(&s) {
            series.push(s.clone());
        }
        cells.insert((s, x.clone()), r.clone());
    }
    if chart.query.by.last() == Some(&QueryKey::Year) {
        xs.sort_by_key(|y| y.parse::<i64>().unwrap_or(i64::MAX));
        // Every year from the first to the last: a year nobody reported is a gap, not a
        // step the axis silently skips.
        let years: Vec<i64> = xs.iter().filter_map(|y| y.parse().ok()).collect();
        if let (Some(first), Some(last)) = (years.first(), years.last()) {
            if years.len() == xs.len() && last - first < 200 {
                xs = (*first..=*last).map(|y| y.to_string()).collect();
            }
        }
    } else {
        xs.sort();
    }
    series.sort_by_key(|s| (chart.series_order.iter().position(|o| o == s).unwrap_or(usize::MAX), s.clone()));
    Grid { xs, series, cells }
}

/// Years with under half the cells of the best year (reporting not complete yet): named, so
/// nobody reads a fall in reporting as a fall in trafficking.
fn thin_years(chart: &Chart, g: &Grid) -> Option<String> {
    if chart.query.by.last() != Some(&QueryKey::Year) || g.xs.len() < 3 {
        return None;
    }
    let n: Vec<u64> = g.xs.iter().map(|x| g.series.iter().filter_map(|s| g.cells.get(&(s.clone(), x.clone()))).map(|r| r.cells).sum()).collect();
    let best = n.iter().copied().max()?;
    let thin: Vec<String> = g.xs.iter().zip(&n).filter(|(_, k)| **k * 2 < best).map(|(x, k)| format!("{x} (n={k})")).collect();
    // Only the most recent years matter to a reader of trends: early years are thin for a known reason.
    let recent: Vec<String> = thin.into_iter().filter(|t| g.xs.iter().rev().take(3).any(|x| t.starts_with(x.as_str()))).collect();
    (!recent.is_empty()).then(|| {
        format!("Few figures reported yet for {} against n={best} in the best year: not comparable with other years.", recent.join(", "))
    })
}

/// The chart, its table and its download links, as an HTML section.
pub fn render(chart: &Chart, rows: &[QueryRow]) -> String {
    let g = grid(chart, rows);
    let mut s = format!("<section class=\"figure\" id=\"{}\"><h2>{}</h2>", esc(&chart.id), esc(&chart.title));
    if !chart.note.is_empty() {
        s.push_str(&format!("<p class=\"note\">{}</p>", esc(&chart.note)));
    }
    if g.xs.is_empty() {
        s.push_str("<p class=\"empty\">No figures reported.</p></section>");
        return s;
    }
    let series: Vec<Series> = g
        .series
        .iter()
        .map(|name| Series {
            name: name.clone(),
            values: g.xs.iter().map(|x| g.cells.get(&(name.clone(), x.clone())).and_then(|r| public(r).value)).collect(),
        })
        .collect();
    let withheld = g.cells.values().filter(|r| public(r).withheld).count();
    if let Some(note) = thin_years(chart, &g) {
        s.push_str(&format!("<p class=\"note warn\">{}</p>", esc(&note)));
    }
    let desc = format!("{}; {} series over {} {}", chart.title, series.len(), g.xs.len(), chart.x_label.to_lowercase());
    s.push_str(&match chart.kind {
        Kind::Line => svg::line_chart(&chart.title, &desc, &g.xs, &series, &chart.y_label, &chart.x_label),
        Kind::Bar => svg::bar_chart(&chart.title, &desc, &g.xs, &series, &chart.y_label, &chart.x_label),
    });
    let mut header = vec![chart.x_label.clone()];
    header.extend(g.series.iter().cloned());
    let body: Vec<Vec<String>> = g
        .xs
        .iter()
        .map(|x| {
            let mut line = vec![esc(x)];
            for name in &g.series {
                line.push(match g.cells.get(&(name.clone(), x.clone())).map(|r| (public(r), r)) {
                    None => "<span class=\"none\">–</span>".into(),
                    Some((p, _)) if p.withheld => format!("<span class=\"withheld\">withheld</span> <small>n={}</small>", p.cells),
                    Some((p, r)) => format!("{} <small>n={}</small>{}", thousands(r.value), p.cells, if r.suppressed > 0 { format!(" <small title=\"cells reported as under 5; the true total is between {} and {}\">+{}&lt;5</small>", thousands(r.low), thousands(r.high), r.suppressed) } else { String::new() }),
                });
            }
            line
        })
        .collect();
    s.push_str("<details><summary>Table");
    if withheld > 0 {
        s.push_str(&format!(" ({withheld} {} under {PUBLIC_MIN} withheld)", if withheld == 1 { "total" } else { "totals" }));
    }
    s.push_str("</summary>");
    s.push_str(&crate::html::table(&chart.title, &header, &body, 1));
    s.push_str("</details>");
    s.push_str(&format!(
        "<p class=\"links\"><a href=\"{}\" download>Download CSV</a> · <a href=\"{}\">JSON</a> · <em>n</em> = cells behind each figure (for totals: countries reporting)</p></section>",
        esc(&chart.api_url("csv")),
        esc(&chart.api_url("json"))
    ));
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(keys: &[&str], value: u64, cells: u64) -> QueryRow {
        QueryRow { keys: keys.iter().map(|s| s.to_string()).collect(), value, suppressed: 0, low: value, high: value, cells }
    }

    #[test]
    fn totals_under_five_are_withheld_with_their_bounds() {
        let r = QueryRow { keys: vec![], value: 4, suppressed: 1, low: 4, high: 8, cells: 2 };
        let p = public(&r);
        assert!(p.withheld);
        assert_eq!((p.value, p.low, p.high, p.cells), (None, None, None, 2));
        assert_eq!(public(&row(&[], 5, 1)).value, Some(5));
    }

    #[test]
    fn a_chart_shows_withheld_cells_in_its_table_but_not_their_value() {
        let q = victims(&[], &[QueryKey::Region, QueryKey::Year]);
        let c = Chart::new("r", "By region", Kind::Line, q);
        let html = render(&c, &[row(&["Africa", "2020"], 1234, 30), row(&["Oceania", "2020"], 3, 1)]);
        assert!(html.contains("1,234 <small>n=30</small>"));
        assert!(html.contains("withheld</span> <small>n=1</small>"));
        assert!(!html.contains(">3<"), "the withheld value appears nowhere");
        assert!(html.contains("/api/query?filter=indicator%3DDetected+trafficking+victims&amp;by=region,year&amp;format=csv"));
    }
}
