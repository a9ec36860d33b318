//! Flows from the real GLOTIP file, against an independent pandas computation
//! (`scripts/expected_flows.py`, run once; its output is pasted here), and cross-tabs with
//! shares, regional roll-ups and coverage.

use crate::{ok, tipdata};

fn imported() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("t.db");
    crate::import_real_glotip(&db);
    (dir, db)
}

#[test]
fn flows_and_domestic_shares_equal_the_pandas_recount() {
    let (_dir, db) = imported();
    let csv = ok(&db, &["flows", "--domestic", "--year", "2018", "--year", "2019", "--format", "csv"]);
    // area,year,domestic low/high,foreign low/high,unknown low/high,reporters (pandas), then
    // the shares tipdata adds.
    let ours: Vec<String> = csv.lines().skip(1).map(|l| l.split(',').take(9).collect::<Vec<_>>().join(",")).collect();
    let pandas = "\
         Africa,2018,1552,1560,700,748,420,420,12\n\
         Africa,2019,1381,1389,94,142,947,947,9\n\
         Americas,2018,1532,1540,2885,3069,424,432,15\n\
         Americas,2019,7250,7254,2428,2632,491,503,16\n\
         Asia,2018,549,569,741,977,308,316,20\n\
         Asia,2019,596,624,1985,2177,210,210,18\n\
         Europe,2018,2935,2963,3465,4025,48,48,24\n\
         Europe,2019,4818,4846,10292,10852,1196,1208,24\n\
         Oceania,2018,0,12,26,30,0,8,4\n\
         Oceania,2019,16,16,0,12,8,12,4\n\
";
    assert_eq!(ours.join("\n") + "\n", pandas);
    assert!(csv.contains("\nEurope,2018,2935,2963,3465,4025,48,48,24,42.2,46.1\n"), "{csv}");

    let csv = ok(&db, &["flows", "--year", "2018", "--format", "csv"]);
    let mut ours: Vec<String> = csv
        .lines()
        .skip(1)
        .map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            [f[0], f[1], f[2], f[5], f[6], f[7]].join(",")
        })
        .collect();
    ours.sort();
    let pandas = "\
         2018,Africa,Africa,2225,2269,11\n\
         2018,Africa,Americas,203,227,4\n\
         2018,Africa,Asia,64,120,6\n\
         2018,Africa,Europe,1296,1444,12\n\
         2018,Americas,Americas,3460,3608,14\n\
         2018,Americas,Asia,0,4,1\n\
         2018,Americas,Europe,73,133,6\n\
         2018,Asia,Africa,27,39,2\n\
         2018,Asia,Americas,747,759,5\n\
         2018,Asia,Asia,1175,1327,14\n\
         2018,Asia,Europe,823,943,13\n\
         2018,Asia,Oceania,16,20,1\n\
         2018,Europe,Americas,0,4,1\n\
         2018,Europe,Asia,32,76,4\n\
         2018,Europe,Europe,4083,4339,23\n\
         2018,Oceania,Oceania,10,22,2\n\
         2018,other foreign (group of countries),Americas,7,11,1\n\
         2018,other foreign (group of countries),Asia,19,19,1\n\
         2018,other foreign (group of countries),Europe,125,129,2\n\
         2018,unknown,Africa,420,420,2\n\
         2018,unknown,Americas,424,432,6\n\
         2018,unknown,Asia,308,316,9\n\
         2018,unknown,Europe,48,48,3\n\
         2018,unknown,Oceania,0,8,2\n\
";
    let mut want: Vec<&str> = pandas.lines().collect();
    want.sort_unstable();
    assert_eq!(ours, want);
}

#[test]
fn crosstab_rolls_up_regions_with_shares_and_counts_coverage() {
    let (_dir, db) = imported();
    let base = [
        "--indicator",
        "Detected trafficking victims",
        "--filter",
        "dimension=Total",
        "--filter",
        "category=Total",
        "--filter",
        "sex=Total",
        "--filter",
        "age=Total",
    ];
    let mut args = vec!["crosstab"];
    args.extend(base);
    args.extend(["--filter", "year=2018", "--by", "year,region", "--format", "csv"]);
    let csv = ok(&db, &args);
    // The sums are those of `tipdata query --by region` (pandas-checked in glotip.rs); the
    // share of Africa is 4122/(4122+42201 high rest) .. 4130/(4130+42161 low rest).
    assert!(
        csv.starts_with(
            "year,region,value,suppressed,low,high,cells,countries,n_low,n_high,share_low_pct,share_high_pct\n\
         2018,Africa,4122,2,4122,4130,23,23,46283,46331,8.9,8.9\n"
        ),
        "{csv}"
    );
    let mut args = vec!["crosstab", "--coverage"];
    args.extend(base);
    args.extend(["--format", "csv"]);
    let csv = ok(&db, &args);
    assert!(csv.contains("\n2018,126,46283,46331,18,12743,12743\n"), "{csv}");
    // Region keys are checked against the codelist, as in `query`.
    let r = tipdata(&db, &["crosstab", "--filter", "region=Atlantis", "--by", "year"]);
    assert!(!r.ok && r.stderr.contains("Atlantis"), "{}", r.stderr);
}

#[test]
fn crosstab_of_a_csv_counts_records_with_a_filter() {
    let dir = tempfile::tempdir().expect("temp dir");
    let f = dir.path().join("r.csv");
    std::fs::write(&f, "sex,age,form\nF,adult,sexual\nM,child,labour\nF,child,sexual\nF,adult,sexual\n,adult,sexual\n")
        .expect("write");
    let db = dir.path().join("unused.db");
    let csv = ok(
        &db,
        &["crosstab", "--in", f.to_str().expect("utf-8"), "--by", "sex,age", "--filter", "form=sexual", "--format", "csv"],
    );
    assert_eq!(csv, "sex,age,count,n,share_pct\n,adult,1,1,100.0\nF,adult,2,3,66.7\nF,child,1,3,33.3\n");
    std::fs::write(&f, "sex,age\nF\n").expect("write");
    let r = tipdata(&db, &["crosstab", "--in", f.to_str().expect("utf-8"), "--by", "sex"]);
    assert!(!r.ok && r.stderr.contains("r.csv: line 2: 1 fields, the header has 2"), "{}", r.stderr);
}

#[test]
fn crosstab_json_keeps_keys_as_text_even_when_they_look_like_numbers() {
    let dir = tempfile::tempdir().expect("temp dir");
    let f = dir.path().join("r.csv");
    std::fs::write(&f, "year,code\n2019,001\n2019,001\n2019,1.5\n").expect("write");
    let db = dir.path().join("unused.db");
    let out = ok(&db, &["crosstab", "--in", f.to_str().expect("utf-8"), "--by", "year,code", "--format", "json"]);
    let rows: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(
        rows,
        serde_json::json!([
            {"year": "2019", "code": "001", "count": 2, "n": 3, "share_pct": 66.7},
            {"year": "2019", "code": "1.5", "count": 1, "n": 3, "share_pct": 33.3},
        ])
    );
}

fn csv_of(path: &std::path::Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn the_glotip_report_equals_the_query_paths_and_reads_offline() {
    let (dir, db) = imported();
    let out = dir.path().join("rep");
    let said = ok(&db, &["report", "glotip", "--out", out.to_str().expect("utf-8")]);
    assert!(said.contains("6 figures"), "{said}");
    // Regions: the same sums as `tipdata query --by year,region` (SQL GROUP BY over the
    // entities table, another path than the report's roll-up from countries).
    let q = ok(
        &db,
        &[
            "query",
            "--indicator",
            "Detected trafficking victims",
            "--filter",
            "dimension=Total",
            "--filter",
            "category=Total",
            "--filter",
            "sex=Total",
            "--filter",
            "age=Total",
            "--by",
            "year,region",
            "--format",
            "csv",
        ],
    );
    let from_query: Vec<String> = q.lines().skip(1).map(|l| l.split(',').take(7).collect::<Vec<_>>().join(",")).collect();
    let report = csv_of(&out.join("g4-regions.csv"));
    let from_report: Vec<String> = report.lines().skip(1).map(|l| l.split(',').take(7).collect::<Vec<_>>().join(",")).collect();
    assert_eq!(from_report, from_query);
    // Domestic/foreign: the flows command's table (pandas-checked above) for every year.
    assert_eq!(csv_of(&out.join("g5-domestic-foreign.csv")), ok(&db, &["flows", "--domestic", "--format", "csv"]));
    assert_eq!(csv_of(&out.join("g6-flows.csv")), ok(&db, &["flows", "--format", "csv"]));
    // Trends: the coverage rows, and 2018's total equals the pandas figure of glotip.rs.
    let cov = csv_of(&out.join("g1-trends-coverage.csv"));
    assert!(cov.contains("\n2018,126,46283,46331,18,12743,12743\n"), "{cov}");
    // Sex x age: the four groups of a year share 100% between their bounds.
    let sa = csv_of(&out.join("g2-sex-age-shares.csv"));
    let y2020: Vec<Vec<String>> =
        sa.lines().filter(|l| l.starts_with("2020,")).map(|l| l.split(',').map(String::from).collect()).collect();
    assert_eq!(y2020.len(), 4);
    let low: f64 = y2020.iter().map(|r| r[11].parse::<f64>().expect("share")).sum();
    let high: f64 = y2020.iter().map(|r| r[12].parse::<f64>().expect("share")).sum();
    assert!(low <= 100.0 + 0.2 && high >= 100.0 - 0.2, "{low} {high}");
    // Victims of 2020 by sex and age as `query` gives them (pandas-checked in glotip.rs).
    assert!(sa.contains("2020,Female,0 to 17 years,girls,7189,60,7189,7429,"), "{sa}");

    let html = csv_of(&out.join("index.html"));
    assert!(!html.contains("src=") && !html.contains("href=\"http") && !html.contains("<script"), "nothing fetched");
    assert_eq!(html.matches("<strong>n = ").count(), 6);
    assert!(html.contains("latest import #1 (glotip)"), "the data version is cited");
    for name in [
        "g1-trends-coverage.svg",
        "g2-sex-age-shares.svg",
        "g3-forms-of-exploitation.svg",
        "g4-regions.svg",
        "g5-domestic-foreign.svg",
        "g6-flows.svg",
    ] {
        let svg = csv_of(&out.join(name));
        assert!(
            svg.contains("<title>") && (svg.contains("(%)") || svg.contains("(number)")),
            "{name} has a titled axis with units"
        );
    }
}

#[test]
fn the_glotip_report_without_country_data_fails_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("t.db");
    let out = dir.path().join("rep");
    let r = tipdata(&db, &["report", "glotip", "--out", out.to_str().expect("utf-8")]);
    assert!(!r.ok && r.stderr.contains("import the country data first"), "{}", r.stderr);
    assert!(!out.exists());
}
