//! Analysis over the stored data and the reports built from it: the chapter 5 figures over the
//! coded cases (`chapter5`), and the SVG charts the reports and the web pages share (`svg`).

pub mod chapter5;
pub mod columnar;
pub mod country;
pub mod flows;
pub mod glotip;
pub mod report;
pub mod svg;

/// Escapes text for HTML and SVG content and quoted attribute values.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}
