//! Figures: a chart is a query plus how to draw it. Each renders as SVG with its table, its
//! `n` (cells behind each figure: countries reporting, for totals) and a CSV link (the same
//! query on `/api/query`). Figures are sums over a release's protected publication
//! ([`crate::publication`]): hidden cells are never in them, and each says how many it leaves out.

use tipdata_model::{Query, QueryKey};

use crate::html::{esc, thousands, url_encode};
use crate::publication::{PublicData, PublicRow};
use crate::svg::{self, Series};

pub const VICTIMS: &str = "Detected trafficking victims";

/// The paragraph every public page with figures carries: which release, and how it is protected.
pub fn release_notice(d: &PublicData) -> String {
    let r = &d.release;
    let p = &d.publication;
    format!(
        "<p class=\"notice\" id=\"release\">Figures from release <strong>{name}</strong> of {date} (sha256 <code>{hash}</code>), \
protected for publication: cells under {t} and the cells from which they could be worked out are hidden \
({hidden} of {cells} published cells; publication sha256 <code>{phash}</code>). A sum adds only what is published and says how many hidden cells it leaves out, \
so the true total is at least the figure shown.</p>",
        name = esc(&r.name),
        date = esc(&r.created_at),
        hash = esc(&r.content_hash),
        t = p.params.threshold,
        hidden = thousands(p.hidden_count),
        cells = thousands(p.cell_count),
        phash = esc(&p.content_hash),
    )
}

/// What a public page says when there is no release to show.
pub fn no_release() -> String {
    "<p class=\"notice\" id=\"release\">No figures yet: the public pages show a frozen, protected release of the data, and none has been made. \
An administrator makes one with <code>tipdata release create NAME</code> (for example <code>tipdata release create 2026-12</code>).</p>"
        .to_string()
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
    cells: std::collections::HashMap<(String, String), PublicRow>,
}

fn grid(chart: &Chart, rows: &[PublicRow]) -> Grid {
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

/// Years with under half the cells of the best year (reporting not complete yet; a hidden cell
/// was reported, so it counts): named, so
/// nobody reads a fall in reporting as a fall in trafficking.
fn thin_years(chart: &Chart, g: &Grid) -> Option<String> {
    if chart.query.by.last() != Some(&QueryKey::Year) || g.xs.len() < 3 {
        return None;
    }
    let n: Vec<u64> =
        g.xs.iter()
            .map(|x| g.series.iter().filter_map(|s| g.cells.get(&(s.clone(), x.clone()))).map(|r| r.cells + r.hidden).sum())
            .collect();
    let best = n.iter().copied().max()?;
    let thin: Vec<String> = g.xs.iter().zip(&n).filter(|(_, k)| **k * 2 < best).map(|(x, k)| format!("{x} (n={k})")).collect();
    // Only the most recent years matter to a reader of trends: early years are thin for a known reason.
    let recent: Vec<String> = thin.into_iter().filter(|t| g.xs.iter().rev().take(3).any(|x| t.starts_with(x.as_str()))).collect();
    (!recent.is_empty()).then(|| {
        format!(
            "Few figures reported yet for {} against n={best} in the best year: not comparable with other years.",
            recent.join(", ")
        )
    })
}

/// The chart, its table and its download links, as an HTML section.
pub fn render(chart: &Chart, rows: &[PublicRow]) -> String {
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
            values: g.xs.iter().map(|x| g.cells.get(&(name.clone(), x.clone())).and_then(|r| r.value)).collect(),
        })
        .collect();
    let partial = g.cells.values().filter(|r| r.hidden > 0).count();
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
                line.push(match g.cells.get(&(name.clone(), x.clone())) {
                    None => "<span class=\"none\">–</span>".into(),
                    Some(r) => {
                        let hidden = if r.hidden > 0 {
                            format!(
                                " <small class=\"hidden\" title=\"{h} hidden {cells} left out: the true total is at least the figure shown\">+{h} hidden</small>",
                                h = r.hidden,
                                cells = if r.hidden == 1 { "cell" } else { "cells" }
                            )
                        } else {
                            String::new()
                        };
                        match r.value {
                            None => format!("<span class=\"withheld\">hidden</span>{hidden}"),
                            Some(v) => format!("{} <small>n={}</small>{hidden}", thousands(v), r.cells),
                        }
                    }
                });
            }
            line
        })
        .collect();
    s.push_str("<details><summary>Table");
    if partial > 0 {
        s.push_str(&format!(" ({partial} {} leave out hidden cells)", if partial == 1 { "figure" } else { "figures" }));
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

    fn row(keys: &[&str], value: Option<u64>, cells: u64, hidden: u64) -> PublicRow {
        PublicRow { keys: keys.iter().map(|s| s.to_string()).collect(), value, cells, hidden }
    }

    #[test]
    fn a_chart_shows_hidden_cells_in_its_table_but_never_a_value_for_them() {
        let q = victims(&[], &[QueryKey::Region, QueryKey::Year]);
        let c = Chart::new("r", "By region", Kind::Line, q);
        let html = render(&c, &[row(&["Africa", "2020"], Some(1234), 30, 2), row(&["Oceania", "2020"], None, 0, 1)]);
        assert!(html.contains("1,234 <small>n=30</small> <small class=\"hidden\""), "{html}");
        assert!(html.contains("+2 hidden"));
        assert!(html.contains("<span class=\"withheld\">hidden</span>"));
        assert!(html.contains("2 figures leave out hidden cells"));
        assert!(html.contains("/api/query?filter=indicator%3DDetected+trafficking+victims&amp;by=region,year&amp;format=csv"));
    }
}
