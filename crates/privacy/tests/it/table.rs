use tipdata_privacy::{read_csv, read_csv_columns, write_csv, Table, TableError};

fn write(dir: &std::path::Path, name: &str, text: &str) -> std::path::PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).expect("temp file writes");
    p
}

#[test]
fn a_short_row_is_reported_with_file_and_row() {
    let dir = std::env::temp_dir().join(format!("tipdata-privacy-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let p = write(&dir, "short.csv", "a,b\n1,2\n3\n");
    match read_csv(&p) {
        Err(TableError::RowWidth { row, expected, found, path }) => {
            assert_eq!((row, expected, found), (3, 2, 1));
            assert_eq!(path, p);
        }
        other => panic!("expected a row-width error, got {other:?}"),
    }
}

#[test]
fn a_missing_column_is_named() {
    let dir = std::env::temp_dir().join(format!("tipdata-privacy-mc-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let p = write(&dir, "t.csv", "a,b\n1,2\n");
    let err = read_csv_columns(&p, &["a", "zz"]).expect_err("zz is not a column");
    assert!(err.to_string().contains("`zz`"), "{err}");
}

#[test]
fn a_table_round_trips_through_csv() {
    let dir = std::env::temp_dir().join(format!("tipdata-privacy-rt-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let t =
        Table::new(vec!["a".into(), "b".into()], vec![vec!["x".into(), "".into()], vec!["with, comma".into(), "\"q\"".into()]])
            .expect("valid table");
    let p = dir.join("rt.csv");
    write_csv(&t, &p).expect("writes");
    assert_eq!(read_csv(&p).expect("reads"), t);
}

#[test]
fn a_record_wider_than_the_header_is_rejected() {
    let err = Table::new(vec!["a".into()], vec![vec!["1".into(), "2".into()]]).expect_err("too wide");
    assert!(matches!(err, TableError::RecordWidth { record: 1, expected: 1, found: 2 }));
}
