//! HTML by hand: escaping and the page frame. Pages are small and few; `format!` with one
//! escaping function keeps them readable without a template engine to build and learn.

use tipdata_store::Role;

use crate::auth::Principal;

/// Escapes text for HTML content and quoted attribute values (one function for pages and charts).
pub use tipdata_analysis::esc;

/// Percent-encodes a query-string component.
pub fn url_encode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => out.push(b as char),
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// Percent-encodes one path segment (a case id may hold spaces or slashes).
pub fn path_encode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => out.push(b as char),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

pub use tipdata_model::value::thousands;

pub fn bare_page(title: &str, body: &str) -> String {
    format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
<title>{} · tipdata</title><link rel=\"stylesheet\" href=\"/static/style.css\"></head><body>\
<header><a class=\"brand\" href=\"/\">tipdata</a><nav><a href=\"/\">Dashboard</a><a href=\"/countries\">Countries</a><a href=\"/account\">Account</a></nav></header>\
<main>{body}</main></body></html>",
        esc(title)
    )
}

/// A page with the site's header (who is signed in, what they may open) and footer.
pub fn page(title: &str, principal: &Principal, body: &str) -> String {
    let mut nav = String::from("<a href=\"/\">Dashboard</a><a href=\"/countries\">Countries</a><a href=\"/chapter5\">Chapter 5</a><a href=\"/api/openapi.json\">API</a>");
    let who = match principal.user() {
        None => "<a href=\"/login\">Sign in</a>".to_string(),
        Some(u) => {
            if u.role == Role::Admin {
                nav.push_str("<a href=\"/admin/users\">Users</a>");
            }
            if matches!(u.role, Role::Admin | Role::Analyst) {
                nav.push_str("<a href=\"/submissions\">Submissions</a>");
            }
            if matches!(u.role, Role::Admin | Role::Analyst | Role::Coder) {
                nav.push_str("<a href=\"/cases\">Coding</a>");
            }
            if let (Role::FocalPoint, Some(c)) = (u.role, &u.country) {
                nav.push_str(&format!(
                    "<a href=\"/countries/{c}/submissions\">Submissions {c}</a><a href=\"/countries/{c}/review\">Review {c}</a>",
                    c = esc(c)
                ));
            }
            let scope = u.country.as_deref().map(|c| format!(", {}", esc(c))).unwrap_or_default();
            let logout = match principal.csrf() {
                Some(csrf) => format!(
                    "<form method=\"post\" action=\"/logout\" class=\"inline\"><input type=\"hidden\" name=\"csrf\" value=\"{}\"><button type=\"submit\">Sign out</button></form>",
                    esc(csrf)
                ),
                None => String::new(),
            };
            format!("<a href=\"/account\">{} ({}{scope})</a>{logout}", esc(&u.username), u.role)
        }
    };
    format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
<title>{t} · tipdata</title><link rel=\"stylesheet\" href=\"/static/style.css\"></head><body>\
<header><a class=\"brand\" href=\"/\">tipdata</a><nav>{nav}</nav><div class=\"who\">{who}</div></header>\
<main>{body}</main>\
<footer><p>Data: UNODC Global Report on Trafficking in Persons (GLOTIP) country data, © UNODC. \
Figures are victims <em>detected</em> by national authorities, not estimates of all victims; they depend on how many countries reported each year (<em>n</em>). \
Public figures come from a frozen release, protected for publication: small cells, and the cells that would give them away, are hidden and never in a sum.</p></footer></body></html>",
        t = esc(title)
    )
}

/// A table: header cells and rows of already-escaped HTML cells; numeric columns align right.
pub fn table(caption: &str, header: &[String], rows: &[Vec<String>], numeric_from: usize) -> String {
    let mut s = format!("<div class=\"table-wrap\"><table><caption>{}</caption><thead><tr>", esc(caption));
    for (i, h) in header.iter().enumerate() {
        let cls = if i >= numeric_from { " class=\"num\"" } else { "" };
        s.push_str(&format!("<th scope=\"col\"{cls}>{}</th>", esc(h)));
    }
    s.push_str("</tr></thead><tbody>");
    for r in rows {
        s.push_str("<tr>");
        for (i, c) in r.iter().enumerate() {
            if i == 0 {
                s.push_str(&format!("<th scope=\"row\">{c}</th>"));
            } else {
                let cls = if i >= numeric_from { " class=\"num\"" } else { "" };
                s.push_str(&format!("<td{cls}>{c}</td>"));
            }
        }
        s.push_str("</tr>");
    }
    s.push_str("</tbody></table></div>");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_text_is_escaped() {
        assert_eq!(esc("<a href=\"x\">'&'</a>"), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    }

    #[test]
    fn query_components_are_percent_encoded() {
        assert_eq!(url_encode("Detected trafficking victims"), "Detected+trafficking+victims");
        assert_eq!(url_encode("dimension=by form/x&y"), "dimension%3Dby+form%2Fx%26y");
        assert_eq!(thousands(1282), "1,282");
        assert_eq!(thousands(12), "12");
        assert_eq!(path_encode("USA 174/b"), "USA%20174%2Fb");
    }
}
