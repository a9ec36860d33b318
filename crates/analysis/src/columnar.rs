//! Cross-tabs of categorical microdata (one record per row, e.g. victim-level records) held as
//! dictionary-encoded columns: each distinct value of a column is stored once and rows hold a
//! `u32` code, so counting by two keys is one pass over a few integer arrays.
//!
//! Reading a CSV uses every core when no field is quoted (rows are split at line ends; a quoted
//! field could hold a line end, so a file with quotes is read by the `csv` crate on one core).
//! Empty fields are values too (missing), filterable as `col=`.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::path::{Path, PathBuf};

/// What went wrong, and where (file, line, column).
#[derive(Debug, thiserror::Error)]
pub enum ColumnarError {
    #[error("{file}: {source}")]
    Io { file: PathBuf, source: std::io::Error },
    #[error("{file}: line {line}: {message}")]
    Csv { file: PathBuf, line: u64, message: String },
    #[error("{file}: no column '{column}' (columns: {have})")]
    NoColumn { file: PathBuf, column: String, have: String },
    #[error("{0}")]
    Spec(String),
}

/// One column: its distinct values (in order of first appearance) and a code per row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    pub name: String,
    pub dict: Vec<String>,
    pub codes: Vec<u32>,
}

/// Columns of equal length.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Frame {
    pub columns: Vec<Column>,
    pub rows: usize,
}

/// `key IN (values)`; all filters must hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Filter {
    pub column: String,
    pub values: Vec<String>,
}

/// Counts by the `by` columns, rows sorted by their values (bytes); only non-zero counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Counts {
    pub by: Vec<String>,
    pub rows: Vec<(Vec<String>, u64)>,
    /// Records that passed the filters.
    pub total: u64,
}

/// A fast hasher for short byte strings (FxHash's multiply-rotate); SipHash's protection
/// against chosen keys is not needed for counting a file's values.
#[derive(Default)]
struct Fx(u64);

impl Hasher for Fx {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut b = [0u8; 8];
            b[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
    fn write_u8(&mut self, i: u8) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(i)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    fn write_usize(&mut self, i: usize) {
        self.0 = (self.0.rotate_left(5) ^ i as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

type FxMap<'a> = HashMap<&'a [u8], u32, BuildHasherDefault<Fx>>;

/// One column being read by one thread: codes local to the thread's dictionary.
struct Part<'a> {
    map: FxMap<'a>,
    dict: Vec<&'a [u8]>,
    codes: Vec<u32>,
}

impl<'a> Part<'a> {
    fn new() -> Part<'a> {
        Part { map: FxMap::default(), dict: Vec::new(), codes: Vec::new() }
    }
    #[inline]
    fn push(&mut self, v: &'a [u8]) {
        let next = self.dict.len() as u32;
        let code = *self.map.entry(v).or_insert_with(|| next);
        if code == next {
            self.dict.push(v);
        }
        self.codes.push(code);
    }
}

/// Reads the named columns (all when `only` is `None`) of a CSV with a header row.
pub fn read_csv(path: &Path, only: Option<&[String]>) -> Result<Frame, ColumnarError> {
    let bytes = std::fs::read(path).map_err(|source| ColumnarError::Io { file: path.into(), source })?;
    read_bytes(path, &bytes, only)
}

fn csv_err(path: &Path, line: u64, message: impl Into<String>) -> ColumnarError {
    ColumnarError::Csv { file: path.into(), line, message: message.into() }
}

/// [`read_csv`] over the file's bytes (`path` names it in errors).
pub fn read_bytes(path: &Path, bytes: &[u8], only: Option<&[String]>) -> Result<Frame, ColumnarError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.contains(&b'"') {
        return read_quoted(path, bytes, only);
    }
    let header_end = bytes.iter().position(|&b| b == b'\n').unwrap_or(bytes.len());
    let header: Vec<String> =
        trim_cr(&bytes[..header_end]).split(|&b| b == b',').map(|f| String::from_utf8_lossy(f).into_owned()).collect();
    let wanted = wanted_columns(path, &header, only)?;
    let body = &bytes[(header_end + 1).min(bytes.len())..];
    // Split the body at line ends into one chunk per core.
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).min(16);
    let mut bounds = vec![0usize];
    for t in 1..threads {
        let guess = (body.len() * t / threads).max(*bounds.last().expect("bounds starts with 0"));
        let cut = body[guess..].iter().position(|&b| b == b'\n').map_or(body.len(), |p| guess + p + 1);
        bounds.push(cut);
    }
    bounds.push(body.len());
    let ncols = header.len();
    let parts: Vec<Result<Vec<Part<'_>>, ChunkError>> = std::thread::scope(|s| {
        let handles: Vec<_> = bounds
            .windows(2)
            .map(|w| {
                let chunk = &body[w[0]..w[1]];
                let wanted = &wanted;
                s.spawn(move || parse_chunk(chunk, ncols, wanted))
            })
            .collect();
        handles.into_iter().map(|h| h.join().expect("a parsing thread does not panic")).collect()
    });
    let mut chunks = Vec::with_capacity(parts.len());
    for (i, p) in parts.into_iter().enumerate() {
        match p {
            Ok(p) => chunks.push(p),
            Err((local_line, msg)) => {
                // Line numbers: the header, the lines of earlier chunks, then this chunk's.
                let before = body[..bounds[i]].iter().filter(|&&b| b == b'\n').count() as u64;
                return Err(csv_err(path, 1 + before + local_line, msg));
            }
        }
    }
    Ok(merge(&header, &wanted, chunks))
}

fn trim_cr(line: &[u8]) -> &[u8] {
    line.strip_suffix(b"\r").unwrap_or(line)
}

fn wanted_columns(path: &Path, header: &[String], only: Option<&[String]>) -> Result<Vec<usize>, ColumnarError> {
    match only {
        None => Ok((0..header.len()).collect()),
        Some(names) => names
            .iter()
            .map(|n| {
                header.iter().position(|h| h == n).ok_or_else(|| ColumnarError::NoColumn {
                    file: path.into(),
                    column: n.clone(),
                    have: header.join(", "),
                })
            })
            .collect(),
    }
}

/// (line within the chunk, message)
type ChunkError = (u64, String);

/// Parses whole lines; `wanted[i]` is the file column read into part `i`.
fn parse_chunk<'a>(chunk: &'a [u8], ncols: usize, wanted: &[usize]) -> Result<Vec<Part<'a>>, ChunkError> {
    let mut parts: Vec<Part<'a>> = wanted.iter().map(|_| Part::new()).collect();
    // slot[c] = the part file column c goes to.
    let mut slot = vec![usize::MAX; ncols];
    for (i, &c) in wanted.iter().enumerate() {
        slot[c] = i;
    }
    let mut line_no = 0u64;
    let mut pos = 0usize;
    while pos < chunk.len() {
        line_no += 1;
        let end = chunk[pos..].iter().position(|&b| b == b'\n').map_or(chunk.len(), |p| pos + p);
        let line = trim_cr(&chunk[pos..end]);
        pos = end + 1;
        if line.is_empty() {
            continue;
        }
        let mut col = 0usize;
        for field in line.split(|&b| b == b',') {
            if col < ncols && slot[col] != usize::MAX {
                parts[slot[col]].push(field);
            }
            col += 1;
        }
        if col != ncols {
            return Err((line_no, format!("{col} fields, the header has {ncols}")));
        }
    }
    Ok(parts)
}

/// One dictionary per column over all chunks (values in order of first appearance), codes
/// rewritten to it.
fn merge(header: &[String], wanted: &[usize], chunks: Vec<Vec<Part<'_>>>) -> Frame {
    let rows: usize = chunks.iter().map(|c| c.first().map_or(0, |p| p.codes.len())).sum();
    let mut columns = Vec::with_capacity(wanted.len());
    let mut per_col: Vec<Vec<Part<'_>>> = wanted.iter().map(|_| Vec::new()).collect();
    for chunk in chunks {
        for (i, p) in chunk.into_iter().enumerate() {
            per_col[i].push(p);
        }
    }
    for (i, parts) in per_col.into_iter().enumerate() {
        let mut global: HashMap<&[u8], u32, BuildHasherDefault<Fx>> = HashMap::default();
        let mut dict: Vec<String> = Vec::new();
        let mut codes: Vec<u32> = Vec::with_capacity(rows);
        for p in parts {
            let remap: Vec<u32> = p
                .dict
                .iter()
                .map(|v| {
                    let next = dict.len() as u32;
                    *global.entry(v).or_insert_with(|| {
                        dict.push(String::from_utf8_lossy(v).into_owned());
                        next
                    })
                })
                .collect();
            codes.extend(p.codes.iter().map(|&c| remap[c as usize]));
        }
        columns.push(Column { name: header[wanted[i]].clone(), dict, codes });
    }
    Frame { columns, rows }
}

/// The general path for files with quoted fields: the `csv` crate, one core.
fn read_quoted(path: &Path, bytes: &[u8], only: Option<&[String]>) -> Result<Frame, ColumnarError> {
    let mut rdr = csv::ReaderBuilder::new().has_headers(true).from_reader(bytes);
    let header: Vec<String> = rdr.headers().map_err(|e| csv_err(path, 1, e.to_string()))?.iter().map(String::from).collect();
    let wanted = wanted_columns(path, &header, only)?;
    let mut maps: Vec<HashMap<Vec<u8>, u32>> = wanted.iter().map(|_| HashMap::new()).collect();
    let mut columns: Vec<Column> =
        wanted.iter().map(|&c| Column { name: header[c].clone(), dict: Vec::new(), codes: Vec::new() }).collect();
    let mut rec = csv::ByteRecord::new();
    let mut rows = 0;
    loop {
        match rdr.read_byte_record(&mut rec) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                return Err(csv_err(path, line, e.to_string()));
            }
        }
        for (i, &c) in wanted.iter().enumerate() {
            let v = &rec[c];
            let col = &mut columns[i];
            let next = col.dict.len() as u32;
            let code = *maps[i].entry(v.to_vec()).or_insert_with(|| {
                col.dict.push(String::from_utf8_lossy(v).into_owned());
                next
            });
            col.codes.push(code);
        }
        rows += 1;
    }
    Ok(Frame { columns, rows })
}

impl Frame {
    fn column(&self, name: &str) -> Result<&Column, ColumnarError> {
        self.columns.iter().find(|c| c.name == name).ok_or_else(|| {
            ColumnarError::Spec(format!(
                "no column '{name}' (columns: {})",
                self.columns.iter().map(|c| c.name.as_str()).collect::<Vec<_>>().join(", ")
            ))
        })
    }
}

/// The largest dense table of counts (product of the `by` columns' distinct values) counted in
/// an array; beyond it, a hash map.
const DENSE_MAX: usize = 1 << 24;

/// Counts records by the `by` columns among those passing every filter, on every core.
pub fn crosstab(frame: &Frame, by: &[String], filters: &[Filter]) -> Result<Counts, ColumnarError> {
    if by.is_empty() {
        return Err(ColumnarError::Spec("a cross-tab needs at least one --by column".into()));
    }
    let keys: Vec<&Column> = by.iter().map(|b| frame.column(b)).collect::<Result<_, _>>()?;
    // Each filter as a yes/no per code of its column; a value the column never holds matches
    // nothing (not an error: the filter is asked of this data, and the answer is zero).
    let masks: Vec<(&Column, Vec<bool>)> = filters
        .iter()
        .map(|f| {
            let c = frame.column(&f.column)?;
            Ok((c, c.dict.iter().map(|v| f.values.contains(v)).collect()))
        })
        .collect::<Result<_, ColumnarError>>()?;
    let sizes: Vec<usize> = keys.iter().map(|c| c.dict.len().max(1)).collect();
    let cells = sizes.iter().try_fold(1usize, |a, &b| a.checked_mul(b)).unwrap_or(usize::MAX);
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).min(16);
    let per = frame.rows.div_ceil(threads).max(1);
    let ranges: Vec<(usize, usize)> = (0..frame.rows).step_by(per).map(|s| (s, (s + per).min(frame.rows))).collect();
    let pass = |i: usize| masks.iter().all(|(c, m)| m[c.codes[i] as usize]);
    let mut counted: Vec<(Vec<u32>, u64)> = Vec::new();
    if cells <= DENSE_MAX {
        let strides: Vec<usize> = sizes
            .iter()
            .rev()
            .scan(1usize, |s, &n| {
                let r = *s;
                *s *= n;
                Some(r)
            })
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        let tables: Vec<Vec<u64>> = std::thread::scope(|s| {
            let hs: Vec<_> = ranges
                .iter()
                .map(|&(a, b)| {
                    let (keys, strides, pass, masks) = (&keys, &strides, &pass, &masks);
                    s.spawn(move || {
                        let mut t = vec![0u64; cells];
                        if let ([k1, k2], true) = (keys.as_slice(), masks.len() <= 1) {
                            // The common case (two keys, at most one filter) without inner loops.
                            let (c1, c2, s1) = (&k1.codes[a..b], &k2.codes[a..b], strides[0]);
                            match masks.first() {
                                Some((fc, m)) => {
                                    for ((&x, &y), &f) in c1.iter().zip(c2).zip(&fc.codes[a..b]) {
                                        t[x as usize * s1 + y as usize] += u64::from(m[f as usize]);
                                    }
                                }
                                None => {
                                    for (&x, &y) in c1.iter().zip(c2) {
                                        t[x as usize * s1 + y as usize] += 1;
                                    }
                                }
                            }
                        } else {
                            for i in a..b {
                                if pass(i) {
                                    let at: usize = keys.iter().zip(strides).map(|(c, s)| c.codes[i] as usize * s).sum();
                                    t[at] += 1;
                                }
                            }
                        }
                        t
                    })
                })
                .collect();
            hs.into_iter().map(|h| h.join().expect("a counting thread does not panic")).collect()
        });
        let mut sum = vec![0u64; cells];
        for t in tables {
            for (a, b) in sum.iter_mut().zip(t) {
                *a += b;
            }
        }
        for (at, n) in sum.into_iter().enumerate().filter(|(_, n)| *n > 0) {
            let codes: Vec<u32> = strides.iter().zip(&sizes).map(|(s, z)| ((at / s) % z) as u32).collect();
            counted.push((codes, n));
        }
    } else {
        let mut m: HashMap<Vec<u32>, u64> = HashMap::new();
        for i in (0..frame.rows).filter(|&i| pass(i)) {
            *m.entry(keys.iter().map(|c| c.codes[i]).collect()).or_default() += 1;
        }
        counted.extend(m);
    }
    let mut rows: Vec<(Vec<String>, u64)> = counted
        .into_iter()
        .map(|(codes, n)| (codes.iter().zip(&keys).map(|(&c, col)| col.dict[c as usize].clone()).collect(), n))
        .collect();
    rows.sort();
    let total = rows.iter().map(|r| r.1).sum();
    Ok(Counts { by: by.to_vec(), rows, total })
}

/// Reads only the columns a cross-tab needs from a CSV, then counts.
pub fn crosstab_csv(path: &Path, by: &[String], filters: &[Filter]) -> Result<Counts, ColumnarError> {
    let mut need: Vec<String> = by.to_vec();
    for f in filters {
        if !need.contains(&f.column) {
            need.push(f.column.clone());
        }
    }
    let frame = read_csv(path, Some(&need))?;
    crosstab(&frame, by, filters)
}

impl Counts {
    /// The keys, `count`, and the count's share of its group (rows with the same keys but the
    /// last): `n` and `share_pct`.
    pub fn table(&self) -> crate::report::Table {
        let mut header: Vec<&str> = self.by.iter().map(String::as_str).collect();
        header.extend(["count", "n", "share_pct"]);
        let mut t = crate::report::Table::new(&header);
        let group = |k: &[String]| k[..k.len() - 1].to_vec();
        let mut totals: HashMap<Vec<String>, u64> = HashMap::new();
        for (k, n) in &self.rows {
            *totals.entry(group(k)).or_default() += n;
        }
        for (k, n) in &self.rows {
            let g = totals[&group(k)];
            let mut row = k.clone();
            row.extend([n.to_string(), g.to_string(), format!("{:.1}", 100.0 * *n as f64 / g as f64)]);
            t.push(row);
        }
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame(text: &str) -> Result<Frame, ColumnarError> {
        read_bytes(Path::new("t.csv"), text.as_bytes(), None)
    }

    const TEXT: &str =
        "sex,age,kind\nF,adult,sexual\nM,child,labour\nF,child,sexual\nF,adult,labour\nF,adult,sexual\n,adult,sexual\n";

    #[test]
    fn counts_by_two_keys_with_a_filter_and_missing_as_a_value() {
        let f = frame(TEXT).unwrap();
        let c = crosstab(&f, &["sex".into(), "age".into()], &[Filter { column: "kind".into(), values: vec!["sexual".into()] }])
            .unwrap();
        let got: Vec<(String, u64)> = c.rows.iter().map(|(k, n)| (k.join("/"), *n)).collect();
        assert_eq!(got, vec![("/adult".into(), 1), ("F/adult".into(), 2), ("F/child".into(), 1)]);
        assert_eq!(c.total, 4);
        let t = c.table();
        assert_eq!(t.rows[1], vec!["F", "adult", "2", "3", "66.7"]);
    }

    #[test]
    fn quoted_files_read_the_same_as_plain_ones() {
        let quoted = TEXT.replace("F,adult,labour", "\"F\",\"adult\",\"labour\"");
        let (a, b) = (frame(TEXT).unwrap(), frame(&quoted).unwrap());
        let by = ["sex".to_string(), "kind".to_string()];
        assert_eq!(crosstab(&a, &by, &[]).unwrap(), crosstab(&b, &by, &[]).unwrap());
    }

    #[test]
    fn a_short_row_is_an_error_naming_file_and_line() {
        let e = frame("a,b\n1,2\n3\n").unwrap_err().to_string();
        assert_eq!(e, "t.csv: line 3: 1 fields, the header has 2");
        let e = crosstab(&frame(TEXT).unwrap(), &["nope".into()], &[]).unwrap_err().to_string();
        assert!(e.contains("no column 'nope'"), "{e}");
    }

    #[test]
    fn many_chunks_agree_with_a_recount() {
        // Enough rows that every core gets a chunk, CRLF line ends, and a recount by hand.
        let mut text = String::from("a,b,c\r\n");
        let mut want: std::collections::BTreeMap<(String, String), u64> = Default::default();
        for i in 0..10_000u32 {
            let (a, b, c) = (format!("a{}", i % 7), format!("b{}", (i / 3) % 5), if i % 4 == 0 { "x" } else { "y" });
            text.push_str(&format!("{a},{b},{c}\r\n"));
            if c == "y" {
                *want.entry((a, b)).or_default() += 1;
            }
        }
        let f = frame(&text).unwrap();
        assert_eq!(f.rows, 10_000);
        let c = crosstab(&f, &["a".into(), "b".into()], &[Filter { column: "c".into(), values: vec!["y".into()] }]).unwrap();
        let got: std::collections::BTreeMap<(String, String), u64> =
            c.rows.into_iter().map(|(k, n)| ((k[0].clone(), k[1].clone()), n)).collect();
        assert_eq!(got, want);
        // Three keys and two filters take the general path.
        let c3 = crosstab(
            &f,
            &["a".into(), "b".into(), "c".into()],
            &[
                Filter { column: "c".into(), values: vec!["y".into()] },
                Filter { column: "a".into(), values: vec!["a1".into(), "a2".into()] },
            ],
        )
        .unwrap();
        let n: u64 = want.iter().filter(|((a, _), _)| a == "a1" || a == "a2").map(|(_, n)| n).sum();
        assert_eq!(c3.total, n);
    }
}
