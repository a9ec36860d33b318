//! The offline report both reports write (chapter 5 over cases, GLOTIP over country data): a
//! table type whose CSV file and HTML table come from the same rows, and the page writer
//! (`index.html` with every chart inline, its definition and `n` under it, plus one file each).

use crate::esc;

/// A table: the CSV file and the HTML table are written from the same rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

impl Table {
    pub fn new(header: &[&str]) -> Table {
        Table { header: header.iter().map(|s| s.to_string()).collect(), rows: Vec::new() }
    }
    pub fn push(&mut self, row: Vec<String>) {
        self.rows.push(row);
    }
    pub fn to_csv(&self) -> String {
        let mut w = csv::Writer::from_writer(Vec::new());
        // Writing to a Vec cannot fail; a failure here would be a bug in the csv crate.
        w.write_record(&self.header).expect("csv to memory");
        for r in &self.rows {
            w.write_record(r).expect("csv to memory");
        }
        String::from_utf8(w.into_inner().expect("csv to memory")).expect("csv of UTF-8 strings is UTF-8")
    }
    pub fn to_html(&self) -> String {
        let mut s = String::from("<table><thead><tr>");
        for h in &self.header {
            s.push_str(&format!("<th>{}</th>", esc(h)));
        }
        s.push_str("</tr></thead><tbody>");
        for r in &self.rows {
            s.push_str("<tr>");
            for (i, c) in r.iter().enumerate() {
                let num = i > 0 && !c.is_empty() && c.chars().all(|ch| ch.is_ascii_digit() || ch == '.');
                s.push_str(&format!("<td{}>{}</td>", if num { " class=\"n\"" } else { "" }, esc(c)));
            }
            s.push_str("</tr>");
        }
        s.push_str("</tbody></table>");
        s
    }
}

/// One figure of a report: its tables (one CSV each), charts (one SVG each), other files, and
/// what its `n` counts (`B`: the court cases of chapter 5, the countries of the GLOTIP report).
#[derive(Debug, Clone)]
pub struct Figure<B> {
    /// File stem, e.g. `fig1-internet-by-year`.
    pub key: String,
    pub title: String,
    pub definition: String,
    /// What is behind the figure: its `n` and how it splits.
    pub basis: B,
    pub notes: Vec<String>,
    /// (file name, table)
    pub tables: Vec<(String, Table)>,
    /// (file name, SVG)
    pub charts: Vec<(String, String)>,
    /// (file name, content): other exports (the cyber-flow graph).
    pub files: Vec<(String, String)>,
}

impl<B> Figure<B> {
    pub fn new(key: &str, title: &str, definition: &str, basis: B) -> Figure<B> {
        Figure {
            key: key.into(),
            title: title.into(),
            definition: definition.into(),
            basis,
            notes: Vec::new(),
            tables: Vec::new(),
            charts: Vec::new(),
            files: Vec::new(),
        }
    }
    /// Adds a table, written as `key-suffix.csv` (`key.csv` without a suffix).
    pub fn table(&mut self, suffix: &str, t: Table) {
        self.tables.push((file_name(&self.key, suffix, "csv"), t));
    }
    /// Adds a chart, written as `key-suffix.svg`.
    pub fn chart(&mut self, suffix: &str, svg: String) {
        self.charts.push((file_name(&self.key, suffix, "svg"), svg));
    }
}

/// The page's heading, the paragraphs above the figures (HTML) and the data-version line (HTML).
pub struct Page<'a> {
    pub title: &'a str,
    pub intro_html: &'a str,
    pub version_html: &'a str,
}

const STYLE: &str = "body{font-family:sans-serif;max-width:62rem;margin:1.5rem auto;padding:0 1rem;color:#222;line-height:1.45}\
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2.5rem;border-top:1px solid #ccc;padding-top:1rem}\
svg.chart{width:100%;height:auto;display:block;margin:0.5rem 0}svg.chart text{fill:#333}\
table{border-collapse:collapse;margin:0.5rem 0;font-size:0.85rem}th,td{border:1px solid #ccc;padding:2px 6px;text-align:left}\
td.n{text-align:right;font-variant-numeric:tabular-nums}th{background:#f0f0f0}\
.def{background:#f7f7f7;padding:0.5rem 0.75rem;border-left:3px solid #0072B2}.meta{color:#555;font-size:0.9rem}\
details{margin:0.5rem 0}summary{cursor:pointer}";

/// Every file of a report by name: `index.html` (nothing fetched, no script), one CSV per table,
/// one SVG per chart, and the figures' other files. `n_html` gives the `n` line under a figure's
/// definition, as HTML (it must contain `<strong>n = `).
pub fn page_files<B>(page: &Page<'_>, sections: &[Figure<B>], n_html: impl Fn(&Figure<B>) -> String) -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = Vec::new();
    let mut html = format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{0}</title>\
<style>{STYLE}</style></head><body><h1>{0}</h1>{1}\
<p class=\"meta\"><strong>Data version:</strong> {2}</p><ol>",
        esc(page.title),
        page.intro_html,
        page.version_html
    );
    for f in sections {
        html.push_str(&format!("<li><a href=\"#{}\">{}</a></li>", esc(&f.key), esc(&f.title)));
    }
    html.push_str("</ol>");
    for (i, f) in sections.iter().enumerate() {
        html.push_str(&format!("<section id=\"{}\"><h2>Figure {}. {}</h2>", esc(&f.key), i + 1, esc(&f.title)));
        for (_, svg) in &f.charts {
            html.push_str(svg);
        }
        html.push_str(&format!(
            "<p class=\"def\"><strong>Definition.</strong> {}</p><p class=\"meta\">{}</p>",
            esc(&f.definition),
            n_html(f)
        ));
        for n in &f.notes {
            html.push_str(&format!("<p class=\"meta\">{}</p>", esc(n)));
        }
        for (name, t) in &f.tables {
            let open = if t.rows.len() <= 20 { " open" } else { "" };
            html.push_str(&format!(
                "<details{open}><summary>Table <code>{}</code> ({} rows)</summary>{}</details>",
                esc(name),
                t.rows.len(),
                t.to_html()
            ));
        }
        let links: Vec<String> = f
            .tables
            .iter()
            .map(|(n, _)| n)
            .chain(f.charts.iter().map(|(n, _)| n))
            .chain(f.files.iter().map(|(n, _)| n))
            .map(|n| format!("<a href=\"{0}\">{0}</a>", esc(n)))
            .collect();
        html.push_str(&format!("<p class=\"meta\">Files: {}</p></section>", links.join(" · ")));
        for (n, t) in &f.tables {
            files.push((n.clone(), t.to_csv()));
        }
        for (n, svg) in &f.charts {
            files.push((n.clone(), format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{svg}\n")));
        }
        files.extend(f.files.iter().cloned());
    }
    html.push_str("</body></html>\n");
    files.push(("index.html".into(), html));
    files
}

/// `key.csv` / `key-suffix.csv` (and the same for other extensions).
pub fn file_name(key: &str, suffix: &str, ext: &str) -> String {
    if suffix.is_empty() {
        format!("{key}.{ext}")
    } else {
        format!("{key}-{suffix}.{ext}")
    }
}
