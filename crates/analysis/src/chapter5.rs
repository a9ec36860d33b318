//! Chapter 5 of the Global Report (traffickers' use of the internet) over the coded cases: which
//! coding each case contributes (final values, else the newest automatic coding), the six
//! figures as tables and SVG charts, the cyber-flow graph, and the offline `index.html`.

use std::collections::{BTreeMap, BTreeSet};

use tipdata_model::case::CoderId;
use tipdata_model::coding::{platform_group, CodedValue, Coding, FORMS, PLATFORM_TYPES, PURPOSES};
use tipdata_model::value::thousands;
use tipdata_model::Instrument;
use tipdata_store::{CaseStore, StoreError};

use crate::esc;
pub use crate::report::Table;
use crate::report::{self, Page};
use crate::svg::{self, Series};

/// The platform groups of `coding-scheme.md` ("Derived groups"), in report order.
pub const PLATFORM_GROUPS: [&str; 4] = ["social media and apps", "websites", "livestream", "other/unspecified"];

/// Where a case's values come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// The case has final values (agreement or adjudication); variables without one fall back
    /// to the automatic coding.
    Final,
    /// No final value: the newest automatic coding.
    Automatic,
}

/// One case as the figures see it.
#[derive(Debug, Clone)]
pub struct CodedCase {
    pub id: String,
    /// Year of judgment.
    pub year: Option<i32>,
    /// The country of the court (ISO 3166-1 alpha-3), if known.
    pub country: Option<String>,
    pub coding: Coding,
    pub source: Source,
    /// The summary the coding's evidence offsets point into (empty when not at hand).
    pub summary: String,
}

/// What the report was computed from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DataVersion {
    pub cases_stored: usize,
    /// Cases with neither a final value nor an automatic coding: left out of every figure.
    pub cases_not_coded: usize,
    pub cases_final: usize,
    pub cases_automatic: usize,
    pub final_values: usize,
    pub automatic_codings: usize,
    /// The automatic coders whose codings were used (e.g. `auto-0.1.0`).
    pub automatic_coders: Vec<String>,
    /// When the report was made (UTC).
    pub date: String,
}

/// Reads the cases and picks each case's coding: its final values where they exist, else the
/// newest current automatic coding; cases with neither are counted and left out.
pub fn load<S: CaseStore + ?Sized>(store: &S, date: &str) -> Result<(Vec<CodedCase>, DataVersion), StoreError> {
    let items = store.cases()?;
    let mut finals: BTreeMap<String, Vec<(String, CodedValue)>> = BTreeMap::new();
    let all_finals = store.final_values(None)?;
    for f in &all_finals {
        finals.entry(f.case_id.clone()).or_default().push((f.variable.clone(), f.value.clone()));
    }
    let auto_coders: BTreeSet<String> =
        items.iter().flat_map(|i| i.coders.iter()).filter(|c| c.starts_with("auto-")).cloned().collect();
    let mut auto: BTreeMap<String, BTreeMap<String, Coding>> = BTreeMap::new();
    for c in &auto_coders {
        if let Ok(id) = CoderId::parse(c) {
            if id.is_automatic() {
                auto.insert(c.clone(), store.current_codings(&id)?);
            }
        }
    }
    let mut v = DataVersion { cases_stored: items.len(), date: date.to_string(), ..DataVersion::default() };
    v.final_values = all_finals.len();
    v.automatic_codings = auto.values().map(BTreeMap::len).sum();
    let mut used: BTreeSet<String> = BTreeSet::new();
    let mut out = Vec::new();
    for item in items {
        let id = item.case.id.clone();
        let mine: Vec<&String> = item.coders.iter().filter(|c| auto.contains_key(*c)).collect();
        let newest: Option<(String, Coding)> = match mine.as_slice() {
            [] => None,
            [one] => auto.get(*one).and_then(|m| m.get(&id)).map(|c| ((*one).clone(), c.clone())),
            _ => {
                // Several automatic coders: the one whose current coding is newest.
                let records = store.codings_of_case(&id)?;
                records
                    .into_iter()
                    .filter(|r| r.coder.is_automatic() && r.status == tipdata_model::case::CodingStatus::Current)
                    .max_by(|a, b| a.at.cmp(&b.at))
                    .map(|r| (r.coder.as_str().to_string(), r.coding))
            }
        };
        let fin = finals.remove(&id);
        let (coding, source) = match (fin, newest) {
            (None, None) => {
                v.cases_not_coded += 1;
                continue;
            }
            (None, Some((coder, c))) => {
                used.insert(coder);
                (c, Source::Automatic)
            }
            (Some(f), base) => {
                let mut c = match base {
                    Some((coder, c)) => {
                        used.insert(coder);
                        c
                    }
                    None => Coding::default(),
                };
                for (var, val) in f {
                    c.values.insert(var, val);
                }
                (c, Source::Final)
            }
        };
        match source {
            Source::Final => v.cases_final += 1,
            Source::Automatic => v.cases_automatic += 1,
        }
        out.push(CodedCase {
            id,
            year: item.case.year,
            country: item.case.country.clone(),
            coding,
            source,
            summary: item.case.summary.clone(),
        });
    }
    v.automatic_coders = used.into_iter().collect();
    Ok((out, v))
}

/// Today's date and time in UTC, as the report's data version shows it.
pub fn utc_now() -> String {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0);
    let (days, rem) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02} {:02}:{:02} UTC", rem / 3600, rem % 3600 / 60)
}

// ---- reading a coding -------------------------------------------------------------------

fn label<'a>(c: &'a Coding, var: &str) -> Option<&'a str> {
    match c.get(var) {
        Some(CodedValue::Label(s)) => Some(s),
        _ => None,
    }
}

fn labels<'a>(c: &'a Coding, var: &str) -> &'a [String] {
    c.get(var).map(CodedValue::labels).unwrap_or(&[])
}

fn has(c: &Coding, var: &str, l: &str) -> bool {
    labels(c, var).iter().any(|x| x == l)
}

/// `internet_used=yes`.
pub fn is_internet(c: &CodedCase) -> bool {
    label(&c.coding, "internet_used") == Some("yes")
}

fn groups_of(c: &Coding) -> BTreeSet<&'static str> {
    labels(c, "platform_types").iter().filter_map(|t| platform_group(t)).collect()
}

/// The five-year period a year falls in, aligned to multiples of five (2015–2019).
pub fn period(year: i32) -> String {
    let start = year - year.rem_euclid(5);
    format!("{start}–{}", start + 4)
}

fn pct(part: usize, whole: usize) -> String {
    if whole == 0 {
        String::new()
    } else {
        format!("{:.1}", 100.0 * part as f64 / whole as f64)
    }
}

fn pct_round(part: usize, whole: usize) -> Option<u64> {
    (whole > 0).then(|| (100.0 * part as f64 / whole as f64).round() as u64)
}

// ---- figures ----------------------------------------------------------------------------

/// The most countries the network drawing shows.
pub const MAX_NETWORK_NODES: usize = 40;

/// The fewest cases a year needs for its share to be drawn (the table has every year's share).
pub const MIN_SHARE_N: usize = 5;

/// What a chapter 5 figure's `n` counts: the cases behind it, and how many of them used final
/// values / the automatic coding only.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cases {
    pub n: usize,
    pub n_final: usize,
    pub n_automatic: usize,
}

/// One figure of the report (the shared [`report::Figure`], its `n` in cases).
pub type Figure = report::Figure<Cases>;

fn figure(key: &str, title: &str, definition: &str, behind: &[&CodedCase]) -> Figure {
    let n_final = behind.iter().filter(|c| c.source == Source::Final).count();
    Figure::new(key, title, definition, Cases { n: behind.len(), n_final, n_automatic: behind.len() - n_final })
}

fn s(v: usize) -> String {
    v.to_string()
}

fn series(name: &str, values: Vec<Option<u64>>) -> Series {
    Series { name: name.into(), values }
}

/// All six figures.
pub fn figures(cases: &[CodedCase]) -> Vec<Figure> {
    vec![
        internet_by_year(cases),
        platforms_over_time(cases),
        children_by_platform_group(cases),
        border_by_internet(cases),
        hunting_fishing(cases),
        cyber_flows(cases),
    ]
}

/// (1) Cases involving the internet by year of judgment, from the first year in the data to
/// the last, years without cases included.
pub fn internet_by_year(cases: &[CodedCase]) -> Figure {
    let dated: Vec<&CodedCase> = cases.iter().filter(|c| c.year.is_some()).collect();
    let mut f = figure(
        "fig1-internet-by-year",
        "Cases involving the internet, by year of judgment",
        "Coded cases by year of judgment, from the first year in the data to the last (years \
         without a case shown as 0). Internet case: internet_used = yes. Share: internet cases \
         as a percentage of all coded cases of the year.",
        &dated,
    );
    let mut t = Table::new(&["year", "cases", "internet_cases", "share_internet_pct"]);
    let years: Vec<i32> = dated.iter().filter_map(|c| c.year).collect();
    let (xs, mut all, mut net, mut share) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut xs = xs;
    if let (Some(&lo), Some(&hi)) = (years.iter().min(), years.iter().max()) {
        for y in lo..=hi {
            let of_year: Vec<&&CodedCase> = dated.iter().filter(|c| c.year == Some(y)).collect();
            let n = of_year.len();
            let i = of_year.iter().filter(|c| is_internet(c)).count();
            t.push(vec![y.to_string(), s(n), s(i), pct(i, n)]);
            xs.push(y.to_string());
            all.push(Some(n as u64));
            net.push(Some(i as u64));
            // A share of one or two cases swings between 0 and 100%: drawn only from 5 cases.
            share.push(if n >= MIN_SHARE_N { pct_round(i, n) } else { None });
        }
        f.notes.push(format!("First year in the data: {lo}; last: {hi}."));
    }
    f.notes.push(format!(
        "The share line leaves out years with fewer than {MIN_SHARE_N} coded cases (their share swings on one case); the table has them all."
    ));
    let undated = cases.len() - dated.len();
    if undated > 0 {
        f.notes.push(format!("{} coded cases have no year of judgment and are not shown.", thousands(undated as u64)));
    }
    f.chart(
        "",
        svg::bar_chart(
            &f.title,
            "Bars: all coded cases and cases involving the internet, per year of judgment.",
            &xs,
            &[series("all coded cases", all), series("cases involving the internet", net)],
            "cases (number)",
            "year of judgment",
        ),
    );
    f.chart(
        "share",
        svg::line_chart(
            "Share of cases involving the internet, by year of judgment",
            "Line: internet cases as a percentage of the year's coded cases, rounded; years with fewer than 5 cases are left out (a gap).",
            &xs,
            &[series("share of cases involving the internet", share)],
            "share of the year's cases (%)",
            "year of judgment",
        ),
    );
    f.table("", t);
    f
}

/// (2) Platform types and platform groups over five-year periods, among internet cases.
pub fn platforms_over_time(cases: &[CodedCase]) -> Figure {
    let net: Vec<&CodedCase> = cases.iter().filter(|c| is_internet(c) && c.year.is_some()).collect();
    let mut f = figure(
        "fig2-platforms-over-time",
        "Platform types and platform groups, by period of judgment",
        "Internet cases (internet_used = yes) with a year of judgment, by five-year period. A case \
         counts once under each platform type it names and once under each platform group \
         (coding-scheme.md, derived groups), so the rows of a period can add up to more than its \
         cases. Share: percentage of the period's internet cases. Every platform type is listed, \
         also those never coded (0).",
        &net,
    );
    let mut periods: Vec<i32> = net.iter().filter_map(|c| c.year).map(|y| y - y.rem_euclid(5)).collect();
    periods.sort_unstable();
    periods.dedup();
    let all_periods: Vec<i32> = match (periods.first(), periods.last()) {
        (Some(&lo), Some(&hi)) => (lo..=hi).step_by(5).collect(),
        _ => Vec::new(),
    };
    let mut t = Table::new(&["period", "level", "platform", "cases", "internet_cases_in_period", "share_pct"]);
    let xs: Vec<String> = all_periods.iter().map(|p| period(*p)).collect();
    let mut by_group: Vec<Vec<Option<u64>>> = vec![Vec::new(); PLATFORM_GROUPS.len() + 1];
    for p in &all_periods {
        let of: Vec<&&CodedCase> = net.iter().filter(|c| c.year.is_some_and(|y| y - y.rem_euclid(5) == *p)).collect();
        let n = of.len();
        for ty in PLATFORM_TYPES {
            let k = of.iter().filter(|c| has(&c.coding, "platform_types", ty)).count();
            t.push(vec![period(*p), "type".into(), ty.to_string(), s(k), s(n), pct(k, n)]);
        }
        for (gi, g) in PLATFORM_GROUPS.iter().enumerate() {
            let k = of.iter().filter(|c| groups_of(&c.coding).contains(g)).count();
            t.push(vec![period(*p), "group".into(), g.to_string(), s(k), s(n), pct(k, n)]);
            by_group[gi].push(Some(k as u64));
        }
        let none = of.iter().filter(|c| groups_of(&c.coding).is_empty()).count();
        t.push(vec![period(*p), "group".into(), "no platform coded".into(), s(none), s(n), pct(none, n)]);
        by_group[PLATFORM_GROUPS.len()].push(Some(none as u64));
    }
    let mut ser: Vec<Series> = PLATFORM_GROUPS.iter().zip(by_group.iter()).map(|(g, v)| series(g, v.clone())).collect();
    ser.push(series("no platform coded", by_group[PLATFORM_GROUPS.len()].clone()));
    f.chart(
        "",
        svg::bar_chart(
            &f.title,
            "Bars: internet cases naming a platform of each group, per five-year period.",
            &xs,
            &ser,
            "internet cases (number)",
            "period of judgment (five years)",
        ),
    );
    f.table("", t);
    f
}

/// (3) Share of cases with child victims by platform group.
pub fn children_by_platform_group(cases: &[CodedCase]) -> Figure {
    let all: Vec<&CodedCase> = cases.iter().collect();
    let mut f = figure(
        "fig3-children-by-platform-group",
        "Cases with child victims, by platform group",
        "A case involves children when victims_minor = yes (coding-scheme.md); no and unknown \
         (or not coded) count as not involving children. Platform groups among internet cases; a \
         case naming platforms of two groups counts in both. For comparison: all internet cases, \
         and the coded cases not involving the internet. Share: cases with children as a \
         percentage of the row's cases.",
        &all,
    );
    let mut t = Table::new(&["group", "cases", "children_yes", "children_no", "children_unknown", "share_children_pct"]);
    let mut rows: Vec<(String, Vec<&CodedCase>)> = Vec::new();
    for g in PLATFORM_GROUPS {
        rows.push((g.to_string(), cases.iter().filter(|c| is_internet(c) && groups_of(&c.coding).contains(g)).collect()));
    }
    rows.push(("all internet cases".into(), cases.iter().filter(|c| is_internet(c)).collect()));
    rows.push(("cases not involving the internet".into(), cases.iter().filter(|c| !is_internet(c)).collect()));
    let mut xs = Vec::new();
    let mut share = Vec::new();
    for (g, of) in &rows {
        let n = of.len();
        let yes = of.iter().filter(|c| label(&c.coding, "victims_minor") == Some("yes")).count();
        let no = of.iter().filter(|c| label(&c.coding, "victims_minor") == Some("no")).count();
        t.push(vec![g.clone(), s(n), s(yes), s(no), s(n - yes - no), pct(yes, n)]);
        xs.push(format!("{g} (n={n})"));
        share.push(pct_round(yes, n));
    }
    f.chart(
        "",
        svg::bar_chart(
            &f.title,
            "Bars: percentage of cases with child victims in each platform group, rounded.",
            &xs,
            &[series("cases with child victims", share)],
            "share of the group's cases (%)",
            "platform group",
        ),
    );
    f.table("", t);
    f
}

/// (4) Domestic vs cross-border, internet cases vs the others.
pub fn border_by_internet(cases: &[CodedCase]) -> Figure {
    let all: Vec<&CodedCase> = cases.iter().collect();
    let mut f = figure(
        "fig4-border-by-internet",
        "Domestic and cross-border cases: internet cases and the others",
        "border as coded: domestic, cross_border, or unknown (unknown also when not coded). \
         Internet cases: internet_used = yes; other cases: every other coded case (no, or not \
         coded). Shares: percentage of the row's cases; share_cross_border_of_known leaves the \
         unknown out.",
        &all,
    );
    let mut t = Table::new(&[
        "group",
        "cases",
        "domestic",
        "cross_border",
        "unknown",
        "share_domestic_pct",
        "share_cross_border_pct",
        "share_unknown_pct",
        "share_cross_border_of_known_pct",
    ]);
    let mut ser = vec![series("domestic", vec![]), series("cross-border", vec![]), series("unknown", vec![])];
    let mut xs = Vec::new();
    for (name, internet) in [("internet cases", true), ("other cases", false)] {
        let of: Vec<&CodedCase> = cases.iter().filter(|c| is_internet(c) == internet).collect();
        let n = of.len();
        let d = of.iter().filter(|c| label(&c.coding, "border") == Some("domestic")).count();
        let x = of.iter().filter(|c| label(&c.coding, "border") == Some("cross_border")).count();
        let u = n - d - x;
        t.push(vec![name.into(), s(n), s(d), s(x), s(u), pct(d, n), pct(x, n), pct(u, n), pct(x, d + x)]);
        xs.push(format!("{name} (n={n})"));
        for (i, k) in [d, x, u].into_iter().enumerate() {
            ser[i].values.push(pct_round(k, n));
        }
    }
    f.chart(
        "",
        svg::bar_chart(
            &f.title,
            "Bars: percentage of each group's cases that were domestic, cross-border or unknown.",
            &xs,
            &ser,
            "share of the group's cases (%)",
            "group of cases",
        ),
    );
    f.table("", t);
    f
}

fn short_form(f: &str) -> String {
    f.replace('_', " ")
}

/// (5) Hunting vs fishing, by purpose and by form of exploitation, among internet cases.
pub fn hunting_fishing(cases: &[CodedCase]) -> Figure {
    let net: Vec<&CodedCase> = cases.iter().filter(|c| is_internet(c)).collect();
    let mut f = figure(
        "fig5-hunting-fishing",
        "Hunting and fishing, by purpose and by form of exploitation",
        "Internet cases (internet_used = yes). hunting: the offender approached victims or buyers \
         online; fishing: the offender posted advertisements and waited (coding-scheme.md, \
         strategies). A case with both counts in both columns (and in both_strategies); \
         neither: no strategy coded. A case counts under each purpose and each form it has.",
        &net,
    );
    let mut t = Table::new(&["dimension", "category", "cases", "hunting", "fishing", "both_strategies", "neither"]);
    // (dimension, categories, hunting, fishing) for one chart per dimension.
    type Bars<'a> = (&'a str, Vec<String>, Vec<Option<u64>>, Vec<Option<u64>>);
    let mut charts: Vec<Bars> = Vec::new();
    for (dim, var, cats) in [("purpose", "purposes", PURPOSES), ("form", "forms", FORMS)] {
        let (mut xs, mut h, mut fi) = (Vec::new(), Vec::new(), Vec::new());
        for cat in cats {
            let of: Vec<&&CodedCase> = net.iter().filter(|c| has(&c.coding, var, cat)).collect();
            let hu = of.iter().filter(|c| has(&c.coding, "strategies", "hunting")).count();
            let fs = of.iter().filter(|c| has(&c.coding, "strategies", "fishing")).count();
            let both =
                of.iter().filter(|c| has(&c.coding, "strategies", "hunting") && has(&c.coding, "strategies", "fishing")).count();
            let neither = of.iter().filter(|c| labels(&c.coding, "strategies").is_empty()).count();
            t.push(vec![dim.into(), cat.to_string(), s(of.len()), s(hu), s(fs), s(both), s(neither)]);
            xs.push(short_form(cat));
            h.push(Some(hu as u64));
            fi.push(Some(fs as u64));
        }
        charts.push((dim, xs, h, fi));
    }
    for (dim, xs, h, fi) in charts {
        let title = format!(
            "Hunting and fishing, by {}",
            if dim == "purpose" { "purpose of internet use" } else { "form of exploitation" }
        );
        f.chart(
            if dim == "purpose" { "purpose" } else { "form" },
            svg::bar_chart(
                &title,
                "Bars: internet cases with each strategy.",
                &xs,
                &[series("hunting", h), series("fishing", fi)],
                "internet cases (number)",
                if dim == "purpose" { "purpose of internet use" } else { "form of exploitation" },
            ),
        );
    }
    f.table("", t);
    f
}

/// The cyber-flow graph: countries linked by the internet cases they share.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FlowGraph {
    /// Country -> ids of the cases naming it.
    pub nodes: BTreeMap<String, BTreeSet<String>>,
    /// (country, country) with the first < the second -> ids of the cases linking them.
    pub edges: BTreeMap<(String, String), BTreeSet<String>>,
    /// Country -> role -> ids of the cases giving the country that role ([`country_roles`]).
    pub roles: BTreeMap<String, BTreeMap<Role, BTreeSet<String>>>,
}

impl FlowGraph {
    /// The cases in which `country` had `role`.
    pub fn role_cases(&self, country: &str, role: Role) -> usize {
        self.roles.get(country).and_then(|r| r.get(&role)).map_or(0, BTreeSet::len)
    }

    /// The roles a country had in any case, as `offender victim`.
    pub fn role_names(&self, country: &str) -> String {
        Role::ALL.iter().filter(|r| self.role_cases(country, **r) > 0).map(|r| r.as_str()).collect::<Vec<_>>().join(" ")
    }
}

impl FlowGraph {
    pub fn degree(&self, country: &str) -> usize {
        self.edges.keys().filter(|(a, b)| a == country || b == country).count()
    }

    /// Connected components, largest first (ties by their first country), each sorted.
    pub fn components(&self) -> Vec<Vec<String>> {
        let names: Vec<&String> = self.nodes.keys().collect();
        let index: BTreeMap<&String, usize> = names.iter().enumerate().map(|(i, n)| (*n, i)).collect();
        let mut parent: Vec<usize> = (0..names.len()).collect();
        fn root(p: &mut [usize], mut i: usize) -> usize {
            while p[i] != i {
                p[i] = p[p[i]];
                i = p[i];
            }
            i
        }
        for (a, b) in self.edges.keys() {
            if let (Some(&i), Some(&j)) = (index.get(a), index.get(b)) {
                let (ri, rj) = (root(&mut parent, i), root(&mut parent, j));
                parent[ri] = rj;
            }
        }
        let mut comps: BTreeMap<usize, Vec<String>> = BTreeMap::new();
        for (i, name) in names.iter().enumerate() {
            let r = root(&mut parent, i);
            comps.entry(r).or_default().push((*name).clone());
        }
        let mut out: Vec<Vec<String>> = comps.into_values().collect();
        out.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
        out
    }
}

/// The countries of a case: the coded `countries` and the country of the court.
fn case_countries(c: &CodedCase) -> BTreeSet<String> {
    let mut set: BTreeSet<String> = labels(&c.coding, "countries").iter().cloned().collect();
    if let Some(k) = &c.country {
        if k.len() == 3 && k.chars().all(|ch| ch.is_ascii_uppercase()) {
            set.insert(k.clone());
        }
    }
    set
}

/// A country's role in a case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    Offender,
    Victim,
    Consumer,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::Offender, Role::Victim, Role::Consumer];
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Offender => "offender",
            Role::Victim => "victim",
            Role::Consumer => "consumer",
        }
    }
}

/// Words that say whose country a place is, by role (matched at a word start, lower case).
const ROLE_CUES: [(&str, Role); 27] = [
    ("defendant", Role::Offender),
    ("offender", Role::Offender),
    ("trafficker", Role::Offender),
    ("accused", Role::Offender),
    ("perpetrator", Role::Offender),
    ("pimp", Role::Offender),
    ("operated", Role::Offender),
    ("organis", Role::Offender),
    ("organiz", Role::Offender),
    ("victim", Role::Victim),
    ("girl", Role::Victim),
    ("women", Role::Victim),
    ("woman", Role::Victim),
    ("child", Role::Victim),
    ("minor", Role::Victim),
    ("recruited", Role::Victim),
    ("lured", Role::Victim),
    ("boys", Role::Victim),
    ("worker", Role::Victim),
    ("customer", Role::Consumer),
    ("buyer", Role::Consumer),
    ("client", Role::Consumer),
    ("consumer", Role::Consumer),
    ("paying", Role::Consumer),
    ("viewer", Role::Consumer),
    ("watched", Role::Consumer),
    ("purchaser", Role::Consumer),
];

/// The role of each country the coding names, read from the summary around the evidence that
/// names it: the role word nearest to the country's mention within its sentence ("Victims in
/// the Philippines ... for paying customers in Europe": PHL victim, Europe's country consumer).
/// The coding scheme has no role variable, so this is a reading of the text, and a country
/// without evidence or without a role word nearby has no role.
pub fn country_roles(c: &CodedCase) -> BTreeMap<String, BTreeSet<Role>> {
    let mut out: BTreeMap<String, BTreeSet<Role>> = BTreeMap::new();
    let chars: Vec<char> = c.summary.chars().collect();
    for e in c.coding.evidence.iter().filter(|e| e.variable == "countries") {
        if e.end > chars.len() || e.start >= e.end {
            continue;
        }
        let is_end = |ch: char| matches!(ch, '.' | '!' | '?' | ';');
        let from = (0..e.start).rev().find(|&i| is_end(chars[i])).map_or(0, |i| i + 1);
        let to = (e.end..chars.len()).find(|&i| is_end(chars[i])).unwrap_or(chars.len());
        let sentence: String = chars[from..to].iter().collect::<String>().to_lowercase();
        let words: Vec<(usize, &str)> = sentence
            .char_indices()
            .filter(|(i, ch)| {
                ch.is_alphabetic() && (*i == 0 || !sentence[..*i].chars().next_back().is_some_and(char::is_alphabetic))
            })
            .map(|(i, _)| (sentence[..i].chars().count() + from, &sentence[i..]))
            .collect();
        let mut best: Option<(usize, Role)> = None;
        for (at, rest) in words {
            if let Some((_, role)) = ROLE_CUES.iter().find(|(cue, _)| rest.starts_with(cue)) {
                let d = if at < e.start { e.start - at } else { at.saturating_sub(e.end) };
                if best.is_none_or(|(bd, _)| d < bd) {
                    best = Some((d, *role));
                }
            }
        }
        if let Some((_, role)) = best {
            out.entry(e.value.clone()).or_default().insert(role);
        }
    }
    out
}

/// Cases in the graph: internet cases with cyber_flow = yes or naming several countries.
pub fn in_flow_graph(c: &CodedCase) -> bool {
    is_internet(c) && (label(&c.coding, "cyber_flow") == Some("yes") || case_countries(c).len() >= 2)
}

pub fn flow_graph(cases: &[CodedCase]) -> FlowGraph {
    let mut g = FlowGraph::default();
    for c in cases.iter().filter(|c| in_flow_graph(c)) {
        let cs: Vec<String> = case_countries(c).into_iter().collect();
        for k in &cs {
            g.nodes.entry(k.clone()).or_default().insert(c.id.clone());
        }
        for (k, roles) in country_roles(c) {
            if cs.contains(&k) {
                for r in roles {
                    g.roles.entry(k.clone()).or_default().entry(r).or_default().insert(c.id.clone());
                }
            }
        }
        for (i, a) in cs.iter().enumerate() {
            for b in &cs[i + 1..] {
                g.edges.entry((a.clone(), b.clone())).or_default().insert(c.id.clone());
            }
        }
    }
    g
}

fn country_name(code: &str) -> String {
    Instrument::v1().entity(code).map(|e| e.name.clone()).unwrap_or_else(|| code.to_string())
}

fn xml(s: &str) -> String {
    esc(s)
}

/// (6) Cyber flows.
pub fn cyber_flows(cases: &[CodedCase]) -> Figure {
    let behind: Vec<&CodedCase> = cases.iter().filter(|c| in_flow_graph(c)).collect();
    let mut f = figure(
        "fig6-cyber-flows",
        "Cyber flows: countries linked by internet cases",
        "Internet cases (internet_used = yes) with cyber_flow = yes or naming two or more \
         countries. The countries of a case are its coded countries and the country of its \
         court. Nodes are countries; an edge links every two countries of one case, weighted by \
         the number of cases. Degree: number of countries a country is linked to. Components: \
         groups of countries connected by edges.",
        &behind,
    );
    f.notes.push(
        "Roles (offender, victim, consumer country): the coding scheme records the countries of a case \
         but not their roles, so a country's role in a case is read from the summary: the role word \
         nearest to the country's evidence in its sentence (defendant, trafficker... / victim, girls, \
         recruited... / customers, buyers, paying...). A country can have several roles over its \
         cases; one named without a role word nearby has none in that case."
            .into(),
    );
    let g = flow_graph(cases);
    let comps = g.components();
    let comp_of: BTreeMap<&String, usize> =
        comps.iter().enumerate().flat_map(|(i, c)| c.iter().map(move |k| (k, i + 1))).collect();
    let mut nodes = Table::new(&[
        "country",
        "name",
        "cases",
        "degree",
        "component",
        "roles",
        "offender_cases",
        "victim_cases",
        "consumer_cases",
    ]);
    let mut node_rows: Vec<(&String, usize, usize)> = g.nodes.iter().map(|(k, ids)| (k, ids.len(), g.degree(k))).collect();
    node_rows.sort_by(|a, b| b.2.cmp(&a.2).then(b.1.cmp(&a.1)).then(a.0.cmp(b.0)));
    for (k, n, d) in &node_rows {
        let mut row = vec![
            (*k).clone(),
            country_name(k),
            s(*n),
            s(*d),
            comp_of.get(k).map(|c| c.to_string()).unwrap_or_default(),
            g.role_names(k),
        ];
        row.extend(Role::ALL.iter().map(|r| s(g.role_cases(k, *r))));
        nodes.push(row);
    }
    let mut pairs = Table::new(&["country_a", "country_b", "cases"]);
    let mut edge_rows: Vec<(&(String, String), usize)> = g.edges.iter().map(|(k, v)| (k, v.len())).collect();
    edge_rows.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    for ((a, b), n) in &edge_rows {
        pairs.push(vec![a.clone(), b.clone(), s(*n)]);
    }
    let mut ct = Table::new(&["component", "countries", "members"]);
    for (i, c) in comps.iter().enumerate() {
        ct.push(vec![(i + 1).to_string(), s(c.len()), c.join(" ")]);
    }
    f.notes.push(format!("{} countries, {} country pairs, {} components.", g.nodes.len(), g.edges.len(), comps.len()));
    let top: Vec<&(&(String, String), usize)> = edge_rows.iter().take(12).collect();
    let xs: Vec<String> = top.iter().map(|((a, b), _)| format!("{a} – {b}")).collect();
    let vals: Vec<Option<u64>> = top.iter().map(|(_, n)| Some(*n as u64)).collect();
    f.chart(
        "pairs",
        svg::bar_chart(
            "Top country pairs linked by internet cases",
            "Bars: the country pairs linked by the most cases (ISO 3166-1 alpha-3 codes).",
            &xs,
            &[series("cases linking the pair", vals)],
            "cases (number)",
            "country pair (ISO codes)",
        ),
    );
    // The network itself, for the best-connected countries (a circle of more is unreadable).
    let shown: Vec<&String> = node_rows.iter().take(MAX_NETWORK_NODES).map(|t| t.0).collect();
    let pos: BTreeMap<&String, usize> = {
        let mut sorted = shown.clone();
        sorted.sort();
        sorted.into_iter().enumerate().map(|(i, k)| (k, i)).collect()
    };
    let mut net_nodes: Vec<(String, u64)> = vec![(String::new(), 0); pos.len()];
    for (k, i) in &pos {
        net_nodes[*i] = ((*k).clone(), g.nodes.get(*k).map_or(0, |ids| ids.len() as u64));
    }
    let net_edges: Vec<(usize, usize, u64)> =
        g.edges.iter().filter_map(|((a, b), ids)| Some((*pos.get(a)?, *pos.get(b)?, ids.len() as u64))).collect();
    if node_rows.len() > MAX_NETWORK_NODES {
        f.notes.push(format!(
            "The network drawing shows the {MAX_NETWORK_NODES} best-connected of {} countries; the tables and exports have them all.",
            node_rows.len()
        ));
    }
    f.chart(
        "network",
        svg::network_chart(
            "Countries linked by internet cases",
            "Network: countries (ISO 3166-1 alpha-3) around a circle; a line joins two countries named in the same internet case, thicker for more cases; a larger circle is a country in more cases.",
            &net_nodes,
            &net_edges,
            "Line width: cases linking the two countries. Circle size: cases naming the country.",
        ),
    );
    let topn: Vec<&(&String, usize, usize)> = node_rows.iter().take(15).collect();
    let xs: Vec<String> = topn.iter().map(|(k, _, _)| (*k).clone()).collect();
    f.chart(
        "degree",
        svg::bar_chart(
            "Countries with the most links",
            "Bars: degree (countries linked to) and cases of the best-connected countries.",
            &xs,
            &[
                series("degree (linked countries)", topn.iter().map(|t| Some(t.2 as u64)).collect()),
                series("cases", topn.iter().map(|t| Some(t.1 as u64)).collect()),
            ],
            "number",
            "country (ISO code)",
        ),
    );
    // The drawing first, then the bars.
    if let Some(i) = f.charts.iter().position(|(n, _)| n.ends_with("-network.svg")) {
        let c = f.charts.remove(i);
        f.charts.insert(0, c);
    }
    f.table("pairs", pairs);
    f.table("nodes", nodes);
    f.table("components", ct);
    // GraphML
    let mut gm = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n\
  <key id=\"name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n\
  <key id=\"ncases\" for=\"node\" attr.name=\"cases\" attr.type=\"int\"/>\n\
  <key id=\"degree\" for=\"node\" attr.name=\"degree\" attr.type=\"int\"/>\n\
  <key id=\"component\" for=\"node\" attr.name=\"component\" attr.type=\"int\"/>\n\
  <key id=\"roles\" for=\"node\" attr.name=\"roles\" attr.type=\"string\"/>\n\
  <key id=\"offender\" for=\"node\" attr.name=\"offender_cases\" attr.type=\"int\"/>\n\
  <key id=\"victim\" for=\"node\" attr.name=\"victim_cases\" attr.type=\"int\"/>\n\
  <key id=\"consumer\" for=\"node\" attr.name=\"consumer_cases\" attr.type=\"int\"/>\n\
  <key id=\"ecases\" for=\"edge\" attr.name=\"cases\" attr.type=\"int\"/>\n\
  <key id=\"case_ids\" for=\"edge\" attr.name=\"case_ids\" attr.type=\"string\"/>\n\
  <graph id=\"cyber-flows\" edgedefault=\"undirected\">\n",
    );
    for (k, ids) in &g.nodes {
        gm.push_str(&format!(
            "    <node id=\"{}\"><data key=\"name\">{}</data><data key=\"ncases\">{}</data><data key=\"degree\">{}</data><data key=\"component\">{}</data><data key=\"roles\">{}</data><data key=\"offender\">{}</data><data key=\"victim\">{}</data><data key=\"consumer\">{}</data></node>\n",
            xml(k),
            xml(&country_name(k)),
            ids.len(),
            g.degree(k),
            comp_of.get(k).copied().unwrap_or(0),
            xml(&g.role_names(k)),
            g.role_cases(k, Role::Offender),
            g.role_cases(k, Role::Victim),
            g.role_cases(k, Role::Consumer)
        ));
    }
    for ((a, b), ids) in &g.edges {
        let list: Vec<&str> = ids.iter().map(String::as_str).collect();
        gm.push_str(&format!(
            "    <edge source=\"{}\" target=\"{}\"><data key=\"ecases\">{}</data><data key=\"case_ids\">{}</data></edge>\n",
            xml(a),
            xml(b),
            ids.len(),
            xml(&list.join(" "))
        ));
    }
    gm.push_str("  </graph>\n</graphml>\n");
    let json = serde_json::json!({
        "definition": f.definition,
        "nodes": g.nodes.iter().map(|(k, ids)| serde_json::json!({
            "id": k, "name": country_name(k), "cases": ids.len(), "degree": g.degree(k),
            "component": comp_of.get(k).copied().unwrap_or(0), "case_ids": ids,
            "roles": Role::ALL.iter().map(|r| (r.as_str(), g.roles.get(k).and_then(|m| m.get(r)).cloned().unwrap_or_default()))
                .collect::<BTreeMap<&str, BTreeSet<String>>>(),
        })).collect::<Vec<_>>(),
        "edges": g.edges.iter().map(|((a, b), ids)| serde_json::json!({
            "source": a, "target": b, "cases": ids.len(), "case_ids": ids,
        })).collect::<Vec<_>>(),
        "components": comps,
    });
    f.files.push(("cyber-flows.graphml".into(), gm));
    f.files.push(("cyber-flows.json".into(), format!("{json:#}\n")));
    f
}

// ---- the report -------------------------------------------------------------------------

/// Every file of the report, by name: `index.html`, one CSV per table, one SVG per chart, the
/// graph exports and `version.json`.
pub fn report_files(figs: &[Figure], v: &DataVersion) -> Vec<(String, String)> {
    let coders = if v.automatic_coders.is_empty() { "none".to_string() } else { v.automatic_coders.join(", ") };
    let version = format!(
        "{} cases in the database; {} coded cases used: {} with final values, {} with only an automatic coding ({}); \
         {} cases not coded are left out. {} final values, {} current automatic codings. Made {}.",
        thousands(v.cases_stored as u64),
        thousands((v.cases_final + v.cases_automatic) as u64),
        thousands(v.cases_final as u64),
        thousands(v.cases_automatic as u64),
        esc(&coders),
        thousands(v.cases_not_coded as u64),
        thousands(v.final_values as u64),
        thousands(v.automatic_codings as u64),
        esc(&v.date),
    );
    let n_html = |f: &Figure| {
        format!(
            "<strong>n = {}</strong> cases ({} with final values, {} with the automatic coding only, coder {}). \
             Data version: {} coded cases, {}.",
            thousands(f.basis.n as u64),
            thousands(f.basis.n_final as u64),
            thousands(f.basis.n_automatic as u64),
            esc(&coders),
            thousands((v.cases_final + v.cases_automatic) as u64),
            esc(&v.date)
        )
    };
    let page = Page {
        title: "Chapter 5: trafficking in persons and the internet",
        intro_html: "<p>Figures over the court cases coded with the case-coding scheme v1 (<code>coding-scheme.md</code>). \
Each case contributes its final values (agreed or adjudicated by people) where it has them, and \
otherwise the newest automatic coding; automatic codings are machine output and have not been \
checked by a person. Every figure says how many cases are behind it and from which source.</p>",
        version_html: &version,
    };
    let mut files = report::page_files(&page, figs, n_html);
    let vj = serde_json::json!({
        "cases_stored": v.cases_stored, "cases_final": v.cases_final, "cases_automatic": v.cases_automatic,
        "cases_not_coded": v.cases_not_coded, "final_values": v.final_values,
        "automatic_codings": v.automatic_codings, "automatic_coders": v.automatic_coders, "date": v.date,
        "figures": figs.iter().map(|f| serde_json::json!({"key": f.key, "title": f.title, "n": f.basis.n,
            "n_final": f.basis.n_final, "n_automatic": f.basis.n_automatic})).collect::<Vec<_>>(),
    });
    files.push(("version.json".into(), format!("{vj:#}\n")));
    files
}
