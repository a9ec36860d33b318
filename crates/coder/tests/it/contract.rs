//! The `tipdata code` I/O contract of `interfaces.md`.

use std::io::Cursor;

use serde_json::{Map, Value as Json};
use tipdata_coder::{code_jsonl, is_country, CodeError};
use tipdata_model::coding::Coding;

fn run(input: &str) -> Result<(tipdata_coder::Stats, Vec<Map<String, Json>>), CodeError> {
    let mut out = Vec::new();
    let stats = code_jsonl(Cursor::new(input), &mut out)?;
    let text = String::from_utf8(out).map_err(|e| CodeError::Json { line: 0, message: e.to_string() })?;
    let lines = text.lines().map(|l| serde_json::from_str(l).expect("output lines are JSON objects")).collect();
    Ok((stats, lines))
}

#[test]
fn each_input_line_gives_one_output_line_in_order_with_every_variable() {
    let input = concat!(
        r#"{"id": "a", "summary": "He posted ads on Backpage."}"#,
        "\n",
        "\n",
        r#"{"id": "b", "summary": "She called the victims by telephone."}"#,
        "\n",
        r#"{"id": 7, "summary": "C\u00f4te d'Ivoire via Facebook"}"#,
        "\n",
    );
    let (stats, lines) = run(input).expect("valid input codes");
    assert_eq!(stats.coded, 3);
    assert_eq!(stats.blank_lines, 1);
    assert_eq!(stats.internet_used, 2);
    let ids: Vec<&Json> = lines.iter().map(|l| &l["id"]).collect();
    assert_eq!(ids, [&Json::from("a"), &Json::from("b"), &Json::from(7)]);
    for l in &lines {
        for name in tipdata_coder::variable_names() {
            assert!(l.contains_key(name), "{name} missing in {l:?}");
        }
        assert!(l["evidence"].is_array());
        // The output reads back as a coding of the scheme.
        Coding::from_json(l, &["id"], &is_country).expect("output is a valid coding");
    }
    // Evidence offsets count characters: "Facebook" starts at character 18, not byte 19.
    let ev = lines[2]["evidence"].as_array().expect("array");
    assert!(ev.iter().any(|e| e["text"] == "Facebook" && e["start"] == 18 && e["end"] == 26));
}

#[test]
fn a_bad_line_names_its_line_number_and_field() {
    let cases = [
        (r#"{"summary": "x"}"#, "id"),
        (r#"{"id": "a"}"#, "summary"),
        (r#"{"id": "a", "summary": 3}"#, "summary"),
        (r#"{"id": ["a"], "summary": "x"}"#, "id"),
    ];
    for (bad, field) in cases {
        let input = format!("{{\"id\": \"ok\", \"summary\": \"fine\"}}\n{bad}\n");
        match run(&input) {
            Err(CodeError::Field { line, field: f, .. }) => {
                assert_eq!(line, 2);
                assert_eq!(f, field);
            }
            other => panic!("expected a field error for {bad}, got {other:?}"),
        }
    }
    match run("{\"id\": \"a\", \"summary\": \"x\"}\nnot json\n") {
        Err(CodeError::Json { line, .. }) => assert_eq!(line, 2),
        other => panic!("expected a JSON error, got {other:?}"),
    }
}

#[test]
fn the_coder_id_carries_the_version() {
    assert_eq!(tipdata_coder::coder_id(), format!("auto-{}", tipdata_coder::VERSION));
}

#[test]
fn the_version_file_holds_one_clean_version_number() {
    let v = tipdata_coder::VERSION;
    let parts: Vec<&str> = v.split('.').collect();
    assert_eq!(parts.len(), 3, "'{v}' in crates/coder/VERSION is not x.y.z");
    assert!(parts.iter().all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit())), "'{v}' (no newline allowed)");
}
