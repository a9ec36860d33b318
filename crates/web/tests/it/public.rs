//! Every public GET route reads the served release's protected publication, and nothing else:
//! on a database with a release and later, unreleased edits, no answer shows a hidden cell's
//! value, a sum that includes one, an unreleased value, or a sum that includes one.

use std::collections::{BTreeMap, BTreeSet};

use axum::http::StatusCode;
use tipdata_model::{CellValue, ObsKey};
use tipdata_store::testing::TestDb;
use tipdata_store::{ObservationImport, PublicValue, PublicationParams, ReleaseStore, SqlStore, Store, SubmissionStore};
use tipdata_web::{Access, AppState, Config, ROUTES};

use crate::{json, Env, Who};

const HEADER: &str = "Iso3_code,Country,Indicator,Dimension,Category,Sex,Age,Year,txtVALUE\n";

/// Released: BOL's 2020 female victims (3) are below 5, so the publication hides them and a
/// cell that would give them away (the total 7,331 or the 7,328 males); CHL's 2020 total (2)
/// is hidden too. Values are chosen so that every sum is a distinctive number.
const RELEASED: &str = "\
BOL,Bolivia,Detected trafficking victims,Total,Total,Total,Total,2020,\"7,331\"
BOL,Bolivia,Detected trafficking victims,Total,Total,Female,Total,2020,3
BOL,Bolivia,Detected trafficking victims,Total,Total,Male,Total,2020,\"7,328\"
BOL,Bolivia,Detected trafficking victims,Total,Total,Total,Total,2019,\"6,113\"
BOL,Bolivia,Persons convicted,Total,Total,Total,Total,2020,\"1,117\"
PER,Peru,Detected trafficking victims,Total,Total,Total,Total,2020,\"4,447\"
PER,Peru,Detected trafficking victims,Total,Total,Total,Total,2019,\"5,209\"
PER,Peru,Detected trafficking victims,by form of exploitation,Sexual exploitation,Total,Total,2020,\"3,301\"
CHL,Chile,Detected trafficking victims,Total,Total,Total,Total,2020,2
CHL,Chile,Detected trafficking victims,Total,Total,Total,Total,2019,\"3,989\"
";

/// Imported after the release: a revision, a new year, a new country (none of it public yet).
const UNRELEASED: &str = "\
BOL,Bolivia,Detected trafficking victims,Total,Total,Total,Total,2019,\"9,187\"
PER,Peru,Detected trafficking victims,Total,Total,Total,Total,2021,\"8,831\"
ARG,Argentina,Detected trafficking victims,Total,Total,Total,Total,2020,\"6,679\"
CHL,Chile,Detected trafficking victims,Total,Total,Total,Total,2020,\"2,741\"
";

fn import(store: &mut SqlStore, name: &str, rows: &str) {
    let text = format!("{HEADER}{rows}");
    let file = tipdata_io::read_glotip_bytes(name, text.as_bytes(), &|_, _| {}).expect("the fixture reads");
    let collapsed = tipdata_model::collapse(file.observations.clone());
    store
        .import_observations(&ObservationImport {
            kind: "glotip",
            file: name,
            sha256: name.into(),
            actor: "test",
            rows_read: file.rows_read,
            collapsed: &collapsed,
            reader_findings: &file.findings,
        })
        .expect("imports");
}

/// Numbers as a page or an answer writes them (`7,331` is 7331), each a whole token: digits
/// inside a hash or a token do not count.
fn numbers(body: &str) -> Vec<u64> {
    let b = body.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_digit() && (i == 0 || !b[i - 1].is_ascii_alphanumeric()) {
            let mut j = i;
            let mut digits = String::new();
            while j < b.len() {
                if b[j].is_ascii_digit() {
                    digits.push(b[j] as char);
                    j += 1;
                } else if b[j] == b','
                    && j + 3 < b.len() + 1
                    && b[j + 1..].iter().take(3).all(u8::is_ascii_digit)
                    && b.get(j + 4).is_none_or(|c| !c.is_ascii_digit())
                {
                    j += 1;
                } else {
                    break;
                }
            }
            if b.get(j).is_none_or(|c| !c.is_ascii_alphanumeric()) {
                if let Ok(n) = digits.parse() {
                    out.push(n);
                }
            }
            i = j.max(i + 1);
        } else {
            i += 1;
        }
    }
    out
}

/// Sums of every subset of `cells` (by group: indicator, dimension, category, sex, age; across
/// countries and years, as the public queries sum) that include at least one cell `marked`.
fn sums_including(cells: &[(ObsKey, u64, bool)]) -> BTreeSet<u64> {
    type Group = (String, String, String, String, String);
    let mut groups: BTreeMap<Group, Vec<(u64, bool)>> = BTreeMap::new();
    for (k, v, marked) in cells {
        groups
            .entry((k.indicator.clone(), k.dimension.clone(), k.category.clone(), k.sex.clone(), k.age.clone()))
            .or_default()
            .push((*v, *marked));
    }
    let mut out = BTreeSet::new();
    for g in groups.values() {
        assert!(g.len() < 16, "the fixture is small");
        for mask in 1u32..(1 << g.len()) {
            let pick: Vec<&(u64, bool)> = g.iter().enumerate().filter(|(i, _)| mask & (1 << i) != 0).map(|(_, c)| c).collect();
            if pick.iter().any(|c| c.1) {
                out.insert(pick.iter().map(|c| c.0).sum());
            }
        }
    }
    out
}

fn count(v: CellValue) -> u64 {
    match v {
        CellValue::Count(n) => n,
        _ => 0,
    }
}

/// Every public GET route, with its path parameters filled in, and the query variants the
/// pages link to.
fn public_uris() -> Vec<String> {
    let mut uris = Vec::new();
    for r in ROUTES.iter().filter(|r| r.access == Access::Public && r.method == "GET") {
        let mut filled = vec![r.path.to_string()];
        if r.path.contains("{iso3}") {
            filled = ["BOL", "PER", "CHL", "ARG"].iter().map(|c| r.path.replace("{iso3}", c)).collect();
        }
        if r.path.contains("{name}") {
            filled = vec![r.path.replace("{name}", "fig1-internet-by-year.csv")];
        }
        for u in filled {
            uris.push(u.clone());
            match u.as_str() {
                "/" => uris.extend(["/?year=2019".to_string(), "/?year=2020".to_string(), "/?year=2021".to_string()]),
                "/api/query" => {
                    for by in [
                        "country,year",
                        "region,year",
                        "subregion,year",
                        "indicator,year",
                        "sex,age",
                        "category,year",
                        "country",
                        "year",
                        "country,indicator,dimension,category,sex,age,year",
                    ] {
                        for format in ["json", "csv"] {
                            uris.push(format!("/api/query?by={by}&format={format}"));
                            uris.push(format!("/api/query?indicator=Detected+trafficking+victims&dimension=Total&category=Total&sex=Total&age=Total&by={by}&format={format}"));
                        }
                    }
                    uris.push("/api/query?country=BOL&by=sex&year=2020".into());
                }
                _ => {}
            }
        }
    }
    uris
}

#[tokio::test]
async fn no_public_route_shows_a_hidden_cell_a_sum_with_one_or_an_unreleased_edit() {
    let test_db = TestDb::new();
    let db = test_db.url().to_string();
    let mut store = test_db.open();
    import(&mut store, "released.csv", RELEASED);
    store.create_release("r1", "test", "").expect("release");
    import(&mut store, "later.csv", UNRELEASED);
    let env = Env { app: tipdata_web::app(AppState::new(Config::new(db.clone()))), db, _db: test_db };

    // The first public request computes the publication and keeps it with the release.
    let (s, _, _) = env.send(Who::Public, "GET", "/", None).await;
    assert_eq!(s, StatusCode::OK);
    let p = store.release_publication("r1", &PublicationParams::public()).expect("reads").expect("kept with the release");
    // Country rows, and the regional sums kept with them (entity = M49 code).
    let (regional, published): (BTreeMap<ObsKey, PublicValue>, BTreeMap<ObsKey, PublicValue>) =
        store.publication_cells(p.id).expect("cells").into_iter().partition(|(k, _)| tipdata_privacy::regions::is_regional(k));
    let released: BTreeMap<ObsKey, CellValue> = store.release_cells("r1", None).expect("cells").into_iter().collect();
    let live: BTreeMap<ObsKey, CellValue> = store.cells(None).expect("cells").into_iter().collect();

    // Forbidden: hidden cells' values and every sum that includes one; unreleased values and
    // every sum of the live data that includes one.
    let with_hidden: Vec<(ObsKey, u64, bool)> =
        published.iter().map(|(k, v)| (k.clone(), count(released[k]), !matches!(v, PublicValue::Count(_)))).collect();
    let hidden_values: BTreeSet<u64> = with_hidden.iter().filter(|c| c.2).map(|c| c.1).collect();
    let unreleased: Vec<(ObsKey, u64, bool)> =
        live.iter().map(|(k, v)| (k.clone(), count(*v), released.get(k) != Some(v))).collect();
    let mut forbidden: BTreeSet<u64> = sums_including(&with_hidden).into_iter().chain(sums_including(&unreleased)).collect();
    // What the publication shows may be shown, whatever it adds up to.
    let shown: Vec<(ObsKey, u64, bool)> = published
        .iter()
        .filter_map(|(k, v)| match v {
            PublicValue::Count(n) => Some((k.clone(), *n, true)),
            _ => None,
        })
        .collect();
    for ok in sums_including(&shown) {
        forbidden.remove(&ok);
    }
    // Small numbers and years are everywhere (n=, axes, dates): only distinctive ones are checked.
    forbidden.retain(|n| *n >= 100 && !(1990..=2100).contains(n));
    for must in [9187, 8831, 6679, 2741, 7331 + 4447 + 2, 9187 + 5209 + 3989] {
        assert!(forbidden.contains(&must), "the check covers {must}: {forbidden:?}");
    }
    assert!(hidden_values.contains(&3) && hidden_values.contains(&2), "the small cells are hidden: {published:?}");
    assert!(hidden_values.contains(&7331) || hidden_values.contains(&7328), "and a cell that would give BOL's 3 away");
    assert!(hidden_values.iter().any(|v| forbidden.contains(v)), "a hidden value is checked");

    let cite = format!("sha256 {}", store.release("r1").expect("reads").expect("r1").content_hash);
    let mut checked = 0;
    for uri in public_uris() {
        let (status, headers, body) = env.send(Who::Public, "GET", &uri, None).await;
        assert!(!status.is_server_error(), "{uri}: {status}");
        let leaks: Vec<u64> = numbers(&body).into_iter().filter(|n| forbidden.contains(n)).collect();
        assert!(leaks.is_empty(), "{uri} shows {leaks:?}, not in the release's publication:\n{body}");
        // Every answer with figures names the release.
        let data = uri == "/"
            || uri.starts_with("/?")
            || uri.starts_with("/countries")
            || uri.starts_with("/api/query")
            || (uri.starts_with("/api/countries/") && status == StatusCode::OK);
        if data {
            assert_eq!(status, StatusCode::OK, "{uri}");
            let named = body.contains(&cite)
                || body.contains(&cite.replace("sha256 ", ""))
                || headers.get("x-tipdata-release").is_some_and(|h| h.to_str().unwrap_or("").contains(&cite));
            assert!(named, "{uri} does not name release r1");
        }
        checked += 1;
    }
    assert!(checked > 40, "{checked} answers checked");

    // Regional sums (Latin America and the Caribbean, 419, and the Americas, 019): 2019's total
    // of all three countries is shown, 2020's (CHL hidden) is not; and a region's figure on the
    // public routes is the published regional value where one is shown, else the sum of the
    // shown countries with the hidden ones counted.
    let total = |entity: &str, year: i32| ObsKey {
        entity: entity.into(),
        indicator: "Detected trafficking victims".into(),
        dimension: "Total".into(),
        category: "Total".into(),
        sex: "Total".into(),
        age: "Total".into(),
        year,
    };
    for area in ["419", "019"] {
        assert_eq!(regional.get(&total(area, 2019)), Some(&PublicValue::Count(6113 + 5209 + 3989)), "{regional:?}");
        assert_eq!(regional.get(&total(area, 2020)), Some(&PublicValue::Hidden), "{regional:?}");
    }
    let mut compared = 0;
    for (k, v) in &regional {
        let a = tipdata_privacy::regions::area(&k.entity).expect("an M49 area");
        let level = if a.region.is_some() { "subregion" } else { "region" };
        let enc = |x: &str| x.replace(' ', "+");
        let uri = format!(
            "/api/query?indicator={}&dimension={}&category={}&sex={}&age={}&year={}&{level}={}&by={level}",
            enc(&k.indicator),
            enc(&k.dimension),
            enc(&k.category),
            enc(&k.sex),
            enc(&k.age),
            k.year,
            enc(a.name)
        );
        let (status, _, body) = env.send(Who::Public, "GET", &uri, None).await;
        assert_eq!(status, StatusCode::OK, "{uri}");
        let row = &json(&body)["rows"][0];
        match v {
            PublicValue::Count(n) => {
                assert_eq!((row["value"].as_u64(), row["hidden"].as_u64()), (Some(*n), Some(0)), "{uri}: {body}")
            }
            _ => assert!(row["hidden"].as_u64().is_some_and(|h| h >= 1), "{uri}: {body}"),
        }
        compared += 1;
    }
    assert_eq!(compared, regional.len());
    assert!(compared >= 10, "{regional:?}");

    // Cell by cell: every released cell appears with its published value, a hidden one with
    // none, and no unreleased cell appears at all.
    let (_, _, body) =
        env.send(Who::Public, "GET", "/api/query?by=country,indicator,dimension,category,sex,age,year", None).await;
    let v = json(&body);
    let rows = v["rows"].as_array().expect("rows");
    assert_eq!(rows.len(), published.len());
    for r in rows {
        let k = ObsKey {
            entity: r["country"].as_str().expect("country").into(),
            indicator: r["indicator"].as_str().expect("indicator").into(),
            dimension: r["dimension"].as_str().expect("dimension").into(),
            category: r["category"].as_str().expect("category").into(),
            sex: r["sex"].as_str().expect("sex").into(),
            age: r["age"].as_str().expect("age").into(),
            year: r["year"].as_i64().expect("year") as i32,
        };
        match published.get(&k) {
            Some(PublicValue::Count(n)) => assert_eq!((r["value"].as_u64(), r["hidden"].as_u64()), (Some(*n), Some(0)), "{k:?}"),
            Some(_) => assert_eq!((r["value"].is_null(), r["hidden"].as_u64()), (true, Some(1)), "{k:?}"),
            None => panic!("{k:?} is not in the release's publication"),
        }
    }
}

#[tokio::test]
async fn serve_release_name_serves_that_release_and_a_new_release_replaces_the_latest() {
    let test_db = TestDb::new();
    let db = test_db.url().to_string();
    let mut store = test_db.open();
    import(&mut store, "released.csv", RELEASED);
    store.create_release("r1", "test", "").expect("release");
    import(&mut store, "later.csv", UNRELEASED);
    store.create_release("r2", "test", "").expect("release");
    let pinned = Env {
        app: tipdata_web::app(AppState::new(Config { release: Some("r1".into()), ..Config::new(db.clone()) })),
        db: db.clone(),
        _db: TestDb::new(),
    };
    let latest = Env { app: tipdata_web::app(AppState::new(Config::new(db.clone()))), db, _db: test_db };
    let uri = "/api/query?country=PER&year=2021&indicator=Detected+trafficking+victims&by=country";
    let (_, _, body) = pinned.send(Who::Public, "GET", uri, None).await;
    let v = json(&body);
    assert_eq!(
        (v["release"]["name"].as_str(), v["rows"].as_array().map(Vec::len)),
        (Some("r1"), Some(0)),
        "r1 has no PER 2021: {body}"
    );
    let (_, _, body) = latest.send(Who::Public, "GET", uri, None).await;
    let v = json(&body);
    assert_eq!((v["release"]["name"].as_str(), v["rows"][0]["value"].as_u64()), (Some("r2"), Some(8831)), "{body}");
}

/// A publication kept by older disclosure code (format version 0; here one that shows every
/// hidden cell with its value, as a real disclosure would) is never served: the first public
/// request computes the publication again and replaces the kept copy; the release is unchanged.
#[tokio::test]
async fn a_stale_kept_publication_is_never_served_and_is_replaced() {
    let test_db = TestDb::new();
    let db = test_db.url().to_string();
    let mut store = test_db.open();
    import(&mut store, "released.csv", RELEASED);
    let release = store.create_release("r1", "test", "").expect("release");
    let params = PublicationParams::public();
    let (fresh, _) = tipdata_privacy::release::compute(&store, &release, &params).expect("computes");
    let released: BTreeMap<ObsKey, CellValue> = store.release_cells("r1", None).expect("cells").into_iter().collect();
    let hidden: Vec<(ObsKey, u64)> = fresh
        .iter()
        .filter(|(k, v)| !matches!(v, PublicValue::Count(_)) && released.contains_key(k))
        .map(|(k, _)| (k.clone(), count(released[k])))
        .collect();
    assert!(hidden.iter().any(|(k, _)| k.entity == "BOL" && k.sex == "Female"), "{hidden:?}");
    let leaked: Vec<(ObsKey, PublicValue)> = fresh
        .iter()
        .map(|(k, v)| match released.get(k) {
            Some(c) if !matches!(v, PublicValue::Count(_)) => (k.clone(), PublicValue::Count(count(*c))),
            _ => (k.clone(), *v),
        })
        .collect();
    let stale = store
        .store_publication(
            "r1",
            &tipdata_store::NewPublication {
                params: params.clone(),
                rules_version: &tipdata_model::validation::RuleSet::v1().version,
                format_version: 0,
                cells: &leaked,
                report: "",
                actor: "older-tipdata",
            },
        )
        .expect("kept");
    let env = Env { app: tipdata_web::app(AppState::new(Config::new(db.clone()))), db, _db: test_db };

    let uri = "/api/query?country=BOL&year=2020&indicator=Detected+trafficking+victims&by=sex";
    let (s, _, body) = env.send(Who::Public, "GET", uri, None).await;
    assert_eq!(s, StatusCode::OK, "{body}");
    let v = json(&body);
    let female = v["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .find(|r| r["sex"] == "Female")
        .unwrap_or_else(|| panic!("a female row: {body}"))
        .clone();
    assert!(female["value"].is_null() && female["hidden"] == 1, "the stale copy is not served: {body}");
    assert_ne!(v["release"]["publication"]["sha256"].as_str(), Some(stale.content_hash.as_str()), "{body}");
    let big: BTreeSet<u64> = hidden.iter().map(|(_, n)| *n).filter(|n| *n >= 100).collect();
    for uri in ["/countries/BOL", "/api/countries/BOL"] {
        let (_, _, page) = env.send(Who::Public, "GET", uri, None).await;
        assert!(numbers(&page).iter().all(|n| !big.contains(n)), "{uri} shows a hidden cell: {page}");
    }

    let kept = store.release_publication("r1", &params).expect("reads").expect("kept");
    assert_eq!(kept.format_version, tipdata_privacy::release::PUBLICATION_FORMAT, "replaced");
    assert_eq!(kept.content_hash, tipdata_store::publication_hash(&fresh));
    assert_eq!(store.release("r1").expect("reads").expect("r1"), release, "the release never changes");
    assert!(store.verify_audit().expect("verifies").ok());
}

#[tokio::test]
async fn without_a_release_the_public_pages_say_how_to_make_one_and_show_no_figure() {
    let test_db = TestDb::new();
    let db = test_db.url().to_string();
    let mut store = test_db.open();
    import(&mut store, "released.csv", RELEASED);
    let env = Env { app: tipdata_web::app(AppState::new(Config::new(db.clone()))), db, _db: test_db };
    for uri in ["/", "/countries", "/countries/BOL"] {
        let (s, _, page) = env.send(Who::Public, "GET", uri, None).await;
        assert_eq!(s, StatusCode::OK, "{uri}");
        assert!(page.contains("tipdata release create NAME"), "{uri}: {page}");
        assert!(!page.contains("<svg class=\"chart\""), "{uri}: no chart");
        let stored: BTreeSet<u64> = numbers(RELEASED).into_iter().filter(|n| *n >= 100 && !(1990..=2100).contains(n)).collect();
        assert!(numbers(&page).iter().all(|n| !stored.contains(n)), "{uri}: no figure: {:?}", numbers(&page));
    }
    for uri in ["/api/query?by=country", "/api/countries/BOL"] {
        let (s, _, body) = env.send(Who::Public, "GET", uri, None).await;
        assert_eq!(s, StatusCode::SERVICE_UNAVAILABLE, "{uri}");
        assert_eq!(json(&body)["code"], "no_release");
    }
}

#[test]
fn numbers_are_read_as_a_reader_reads_them() {
    assert_eq!(numbers("7,331 <small>n=2</small> a7331b 12,34 x 4447"), vec![7331, 2, 12, 34, 4447]);
    assert_eq!(numbers("sha256 9f86d081884c7d65 1,234,567."), vec![1234567]);
}
