//! Each figure's CSV against an independent count over the raw test cases (no code shared with
//! the figures: own platform-group table, own pair and component search).

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{json, Map, Value as Json};
use tipdata_analysis::chapter5::{self, CodedCase, Source};
use tipdata_model::coding::Coding;

/// One hand-rolled case: what the coder said, as plain values.
#[derive(Debug, Clone)]
struct Raw {
    id: String,
    year: Option<i32>,
    court: Option<&'static str>,
    internet: Option<&'static str>,
    types: Vec<&'static str>,
    minor: Option<&'static str>,
    border: Option<&'static str>,
    strategies: Vec<&'static str>,
    purposes: Vec<&'static str>,
    forms: Vec<&'static str>,
    countries: Vec<&'static str>,
    cyber: Option<&'static str>,
}

/// xorshift: the same cases on every run.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        xs[(self.next() % xs.len() as u64) as usize]
    }
    fn subset(&mut self, xs: &[&'static str]) -> Vec<&'static str> {
        xs.iter().copied().filter(|_| self.next().is_multiple_of(3)).collect()
    }
}

// 2012 never occurs (a year without cases); job_portal never occurs (a platform never seen).
const YEARS: [Option<i32>; 6] = [Some(2008), Some(2010), Some(2011), Some(2013), Some(2014), None];
const TYPES: [&str; 8] = [
    "social_media",
    "messaging_app",
    "classified_ads",
    "freestanding_website",
    "dating",
    "webcam_livestream",
    "email",
    "unspecified",
];
const COUNTRIES: [&str; 6] = ["USA", "PHL", "GBR", "ROU", "NGA", "THA"];

fn raw_cases(n: usize) -> Vec<Raw> {
    let mut r = Rng(0x9E37_79B9_7F4A_7C15);
    (0..n)
        .map(|i| {
            let internet = r.pick(&[Some("yes"), Some("yes"), Some("no"), None]);
            let net = internet == Some("yes");
            Raw {
                id: format!("c{i:03}"),
                year: r.pick(&YEARS),
                court: r.pick(&[Some("USA"), Some("GBR"), None]),
                internet,
                types: if net { r.subset(&TYPES) } else { vec![] },
                minor: r.pick(&[Some("yes"), Some("no"), Some("unknown"), None]),
                border: r.pick(&[Some("domestic"), Some("cross_border"), Some("unknown"), None]),
                strategies: if net { r.subset(&["hunting", "fishing"]) } else { vec![] },
                purposes: if net { r.subset(&["advertising", "recruitment", "exploitation", "logistics"]) } else { vec![] },
                forms: r.subset(&["sexual_exploitation", "forced_labour", "forced_begging"]),
                countries: r.subset(&COUNTRIES),
                cyber: r.pick(&[Some("yes"), Some("no"), Some("unknown"), None]),
            }
        })
        .collect()
}

fn iso(c: &str) -> bool {
    c.len() == 3
}

/// Through the scheme's JSON reader, as codings reach the store.
fn coded(r: &Raw) -> CodedCase {
    let mut o = Map::new();
    let mut put = |k: &str, v: Json| {
        o.insert(k.to_string(), v);
    };
    if let Some(v) = r.internet {
        put("internet_used", json!(v));
    }
    if let Some(v) = r.minor {
        put("victims_minor", json!(v));
    }
    if let Some(v) = r.border {
        put("border", json!(v));
    }
    if let Some(v) = r.cyber {
        put("cyber_flow", json!(v));
    }
    put("platform_types", json!(r.types));
    put("strategies", json!(r.strategies));
    put("purposes", json!(r.purposes));
    put("forms", json!(r.forms));
    put("countries", json!(r.countries));
    let coding = Coding::from_json(&o, &[], &iso).expect("test codings fit the scheme");
    CodedCase {
        id: r.id.clone(),
        year: r.year,
        country: r.court.map(String::from),
        coding,
        source: Source::Automatic,
        summary: String::new(),
    }
}

fn csv_rows(f: &chapter5::Figure, file: &str) -> Vec<Vec<String>> {
    let (_, t) = f.tables.iter().find(|(n, _)| n == file).unwrap_or_else(|| panic!("no table {file}"));
    let text = t.to_csv();
    let mut rdr = csv::Reader::from_reader(text.as_bytes());
    rdr.records().map(|r| r.expect("csv reads").iter().map(String::from).collect()).collect()
}

fn count(raws: &[Raw], pred: impl Fn(&Raw) -> bool) -> String {
    raws.iter().filter(|r| pred(r)).count().to_string()
}

fn net(r: &Raw) -> bool {
    r.internet == Some("yes")
}

fn group(t: &str) -> &'static str {
    match t {
        "social_media" | "messaging_app" => "social media and apps",
        "webcam_livestream" => "livestream",
        "email" | "unspecified" => "other/unspecified",
        _ => "websites",
    }
}

fn setup() -> (Vec<Raw>, Vec<chapter5::Figure>) {
    let raws = raw_cases(400);
    let cases: Vec<CodedCase> = raws.iter().map(coded).collect();
    let figs = chapter5::figures(&cases);
    (raws, figs)
}

#[test]
fn internet_by_year_counts_every_year_from_the_first_including_a_year_without_cases() {
    let (raws, figs) = setup();
    let rows = csv_rows(&figs[0], "fig1-internet-by-year.csv");
    let years: Vec<String> = rows.iter().map(|r| r[0].clone()).collect();
    assert_eq!(years, (2008..=2014).map(|y| y.to_string()).collect::<Vec<_>>());
    for row in &rows {
        let y: i32 = row[0].parse().expect("a year");
        assert_eq!(row[1], count(&raws, |r| r.year == Some(y)), "{row:?}");
        assert_eq!(row[2], count(&raws, |r| r.year == Some(y) && net(r)), "{row:?}");
    }
    let gap = rows.iter().find(|r| r[0] == "2012").expect("2012 listed");
    assert_eq!(gap, &["2012", "0", "0", ""]);
    assert_eq!(figs[0].basis.n, raws.iter().filter(|r| r.year.is_some()).count());
}

#[test]
fn platform_types_and_groups_per_period_match_a_recount_and_list_the_unseen_type() {
    let (raws, figs) = setup();
    let rows = csv_rows(&figs[1], "fig2-platforms-over-time.csv");
    let periods: BTreeSet<&str> = rows.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(periods, BTreeSet::from(["2005–2009", "2010–2014"]));
    let in_period = |r: &Raw, p: &str| match r.year {
        Some(y) if p == "2005–2009" => (2005..=2009).contains(&y),
        Some(y) => (2010..=2014).contains(&y),
        None => false,
    };
    for row in &rows {
        let (p, level, name) = (row[0].as_str(), row[1].as_str(), row[2].as_str());
        let expected = match (level, name) {
            ("type", t) => count(&raws, |r| net(r) && in_period(r, p) && r.types.contains(&t)),
            ("group", "no platform coded") => count(&raws, |r| net(r) && in_period(r, p) && r.types.is_empty()),
            ("group", g) => count(&raws, |r| net(r) && in_period(r, p) && r.types.iter().any(|t| group(t) == g)),
            other => panic!("unexpected row {other:?}"),
        };
        assert_eq!(row[3], expected, "{row:?}");
        assert_eq!(row[4], count(&raws, |r| net(r) && in_period(r, p)), "{row:?}");
    }
    let unseen: Vec<&Vec<String>> = rows.iter().filter(|r| r[2] == "job_portal").collect();
    assert_eq!(unseen.len(), 2);
    assert!(unseen.iter().all(|r| r[3] == "0" && r[5] == "0.0"));
}

#[test]
fn child_victim_shares_by_platform_group_match_a_recount() {
    let (raws, figs) = setup();
    let rows = csv_rows(&figs[2], "fig3-children-by-platform-group.csv");
    for row in &rows {
        let g = row[0].as_str();
        let member = |r: &Raw| match g {
            "all internet cases" => net(r),
            "cases not involving the internet" => !net(r),
            _ => net(r) && r.types.iter().any(|t| group(t) == g),
        };
        let n = raws.iter().filter(|r| member(r)).count();
        let yes = raws.iter().filter(|r| member(r) && r.minor == Some("yes")).count();
        assert_eq!(row[1], n.to_string(), "{row:?}");
        assert_eq!(row[2], yes.to_string(), "{row:?}");
        assert_eq!(row[3], count(&raws, |r| member(r) && r.minor == Some("no")), "{row:?}");
        let share = if n == 0 { String::new() } else { format!("{:.1}", yes as f64 * 100.0 / n as f64) };
        assert_eq!(row[5], share, "{row:?}");
    }
    assert_eq!(rows.len(), 6);
}

#[test]
fn domestic_and_cross_border_match_a_recount() {
    let (raws, figs) = setup();
    let rows = csv_rows(&figs[3], "fig4-border-by-internet.csv");
    for (row, internet) in rows.iter().zip([true, false]) {
        assert_eq!(row[1], count(&raws, |r| net(r) == internet));
        assert_eq!(row[2], count(&raws, |r| net(r) == internet && r.border == Some("domestic")));
        assert_eq!(row[3], count(&raws, |r| net(r) == internet && r.border == Some("cross_border")));
        assert_eq!(row[4], count(&raws, |r| net(r) == internet && !matches!(r.border, Some("domestic" | "cross_border"))));
    }
}

#[test]
fn hunting_and_fishing_by_purpose_and_form_match_a_recount() {
    let (raws, figs) = setup();
    let rows = csv_rows(&figs[4], "fig5-hunting-fishing.csv");
    assert_eq!(rows.len(), 4 + 7);
    for row in &rows {
        let cat = row[1].as_str();
        let of = |r: &Raw| net(r) && if row[0] == "purpose" { r.purposes.contains(&cat) } else { r.forms.contains(&cat) };
        assert_eq!(row[2], count(&raws, of));
        assert_eq!(row[3], count(&raws, |r| of(r) && r.strategies.contains(&"hunting")));
        assert_eq!(row[4], count(&raws, |r| of(r) && r.strategies.contains(&"fishing")));
        assert_eq!(row[5], count(&raws, |r| of(r) && r.strategies.len() == 2));
        assert_eq!(row[6], count(&raws, |r| of(r) && r.strategies.is_empty()));
    }
    let never = rows.iter().find(|r| r[1] == "organ_removal").expect("every form listed");
    assert_eq!(&never[2..], ["0", "0", "0", "0", "0"]);
}

#[test]
fn the_cyber_flow_graph_matches_a_brute_force_pair_count() {
    let (raws, figs) = setup();
    let countries_of = |r: &Raw| -> BTreeSet<&str> { r.countries.iter().copied().chain(r.court).collect() };
    let members: Vec<&Raw> = raws.iter().filter(|r| net(r) && (r.cyber == Some("yes") || countries_of(r).len() >= 2)).collect();
    assert_eq!(figs[5].basis.n, members.len());
    let all: BTreeSet<&str> = members.iter().flat_map(|r| countries_of(r)).collect();
    let mut pairs: BTreeMap<(String, String), usize> = BTreeMap::new();
    for a in &all {
        for b in &all {
            if a < b {
                let k = members.iter().filter(|r| countries_of(r).contains(a) && countries_of(r).contains(b)).count();
                if k > 0 {
                    pairs.insert((a.to_string(), b.to_string()), k);
                }
            }
        }
    }
    let rows = csv_rows(&figs[5], "fig6-cyber-flows-pairs.csv");
    let got: BTreeMap<(String, String), usize> =
        rows.iter().map(|r| ((r[0].clone(), r[1].clone()), r[2].parse().expect("a count"))).collect();
    assert_eq!(got, pairs);
    // Top pairs first.
    let counts: Vec<usize> = rows.iter().map(|r| r[2].parse().expect("a count")).collect();
    assert!(counts.windows(2).all(|w| w[0] >= w[1]));
    for r in csv_rows(&figs[5], "fig6-cyber-flows-nodes.csv") {
        let degree = pairs.keys().filter(|(a, b)| *a == r[0] || *b == r[0]).count();
        assert_eq!(r[3], degree.to_string(), "{r:?}");
        assert_eq!(r[2], members.iter().filter(|m| countries_of(m).contains(r[0].as_str())).count().to_string());
    }
    // Components by breadth-first search.
    let mut seen: BTreeSet<String> = BTreeSet::new();
    let mut sizes = Vec::new();
    for start in &all {
        if seen.contains(*start) {
            continue;
        }
        let mut queue = vec![start.to_string()];
        let mut size = 0;
        seen.insert(start.to_string());
        while let Some(x) = queue.pop() {
            size += 1;
            for (a, b) in pairs.keys() {
                let other = if *a == x {
                    b
                } else if *b == x {
                    a
                } else {
                    continue;
                };
                if seen.insert(other.clone()) {
                    queue.push(other.clone());
                }
            }
        }
        sizes.push(size);
    }
    sizes.sort_unstable_by(|a, b| b.cmp(a));
    let comps: Vec<usize> =
        csv_rows(&figs[5], "fig6-cyber-flows-components.csv").iter().map(|r| r[1].parse().expect("a count")).collect();
    assert_eq!(comps, sizes);
    let drawing = &figs[5].charts.iter().find(|(n, _)| n == "fig6-cyber-flows-network.svg").expect("the network drawing").1;
    assert_eq!(drawing.matches("<line ").count(), pairs.len(), "one line per country pair");
    assert_eq!(drawing.matches("<circle ").count(), all.len());
    let graphml = &figs[5].files.iter().find(|(n, _)| n == "cyber-flows.graphml").expect("graphml").1;
    assert_eq!(graphml.matches("<edge ").count(), pairs.len());
    assert_eq!(graphml.matches("<node ").count(), all.len());
    let json: Json =
        serde_json::from_str(&figs[5].files.iter().find(|(n, _)| n == "cyber-flows.json").expect("json").1).expect("valid JSON");
    assert_eq!(json["edges"].as_array().map(Vec::len), Some(pairs.len()));
}

#[test]
fn no_cases_give_empty_tables_not_a_panic() {
    let figs = chapter5::figures(&[]);
    assert_eq!(figs.len(), 6);
    assert!(figs[0].tables[0].1.rows.is_empty());
    assert!(figs.iter().all(|f| f.basis.n == 0));
    let files = chapter5::report_files(&figs, &chapter5::DataVersion::default());
    assert!(files.iter().any(|(n, _)| n == "index.html"));
}

#[test]
fn the_report_is_offline_and_names_n_and_source_under_every_figure() {
    let (_, figs) = setup();
    let v = chapter5::DataVersion {
        cases_stored: 400,
        cases_automatic: 400,
        date: "2026-11-28 12:00 UTC".into(),
        ..Default::default()
    };
    let files = chapter5::report_files(&figs, &v);
    let html = &files.iter().find(|(n, _)| n == "index.html").expect("index").1;
    assert!(!html.contains("src=") && !html.contains("href=\"http"), "nothing fetched");
    assert!(!html.contains("<script") && !html.contains("<link"));
    assert_eq!(html.matches("<strong>n = ").count(), 6);
    assert_eq!(html.matches("<svg ").count(), figs.iter().map(|f| f.charts.len()).sum::<usize>());
    for f in &figs {
        for (name, _) in &f.tables {
            assert!(files.iter().any(|(n, _)| n == name), "{name} written");
        }
    }
    let svg = &files.iter().find(|(n, _)| n == "fig1-internet-by-year.svg").expect("svg").1;
    assert!(svg.contains("<title>") && svg.contains("year of judgment") && svg.contains("cases (number)"));
}

#[test]
fn flow_graph_nodes_carry_the_roles_the_summary_gives_their_countries() {
    let summary = "Victims in the Philippines were made to perform sexual acts in front of a webcam for paying \
                   customers in Sweden. The defendant, a national of Australia, ran the livestreams. The \
                   appeal was heard in Norway.";
    let ev = |code: &str, name: &str| {
        let b = summary.find(name).expect("the name is in the summary");
        let start = summary[..b].chars().count();
        json!({"variable": "countries", "value": code, "start": start, "end": start + name.chars().count(), "text": name})
    };
    let mut o = Map::new();
    o.insert("internet_used".into(), json!("yes"));
    o.insert("cyber_flow".into(), json!("yes"));
    o.insert("countries".into(), json!(["AUS", "NOR", "PHL", "SWE"]));
    o.insert(
        "evidence".into(),
        json!([ev("PHL", "Philippines"), ev("SWE", "Sweden"), ev("AUS", "Australia"), ev("NOR", "Norway")]),
    );
    let coding = Coding::from_json(&o, &[], &iso).expect("a valid coding");
    let case = CodedCase {
        id: "c1".into(),
        year: Some(2019),
        country: None,
        coding,
        source: Source::Automatic,
        summary: summary.into(),
    };
    let roles = chapter5::country_roles(&case);
    let got: Vec<(String, Vec<&str>)> = roles.iter().map(|(k, r)| (k.clone(), r.iter().map(|r| r.as_str()).collect())).collect();
    assert_eq!(got, vec![("AUS".into(), vec!["offender"]), ("PHL".into(), vec!["victim"]), ("SWE".into(), vec!["consumer"])]);
    let g = chapter5::flow_graph(std::slice::from_ref(&case));
    assert_eq!(g.role_names("PHL"), "victim");
    assert_eq!(g.role_names("NOR"), "", "named without a role word: no role");
    let fig = chapter5::cyber_flows(std::slice::from_ref(&case));
    let nodes = csv_rows(&fig, "fig6-cyber-flows-nodes.csv");
    let swe = nodes.iter().find(|r| r[0] == "SWE").expect("SWE is a node");
    assert_eq!(&swe[5..], ["consumer", "0", "0", "1"]);
    let graphml = &fig.files.iter().find(|(n, _)| n == "cyber-flows.graphml").expect("graphml").1;
    assert!(graphml.contains("<data key=\"roles\">offender</data>"));
}
