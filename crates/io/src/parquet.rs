//! Stored cells as an Apache Parquet file, for analysis that outgrows one machine (Spark,
//! DuckDB, DataFusion). Written with the `parquet` crate's column writers (no arrow).

use std::io::Write;
use std::sync::Arc;

use parquet::basic::Compression;
use parquet::data_type::{BoolType, ByteArray, ByteArrayType, Int32Type, Int64Type};
use parquet::file::properties::WriterProperties;
use parquet::file::writer::SerializedFileWriter;
use parquet::schema::parser::parse_message_type;
use tipdata_model::{CellValue, ObsKey};

/// The file's schema. A cell's value is one of: an exact count (`value`), a suppressed count
/// below a bound (`below`: `<5` is 5), or not reported (`missing`). `source` and `version` are
/// the store's provenance of the current value.
pub const SCHEMA: &str = "
message observation {
  required binary country (UTF8);
  required binary indicator (UTF8);
  required binary dimension (UTF8);
  required binary category (UTF8);
  required binary sex (UTF8);
  required binary age (UTF8);
  required int32 year;
  optional int64 value;
  optional int32 below;
  required boolean missing;
  required binary source (UTF8);
  required int64 version;
}";

/// Rows per row group: small enough to bound the writer's memory, large enough for scans.
const ROW_GROUP: usize = 128 * 1024;

/// One stored cell as the export sees it.
pub struct ParquetCell<'a> {
    pub key: &'a ObsKey,
    pub value: CellValue,
    pub source: &'a str,
    pub version: i64,
}

#[derive(Debug, thiserror::Error)]
#[error("cannot write Parquet: {0}")]
pub struct ParquetWriteError(#[from] parquet::errors::ParquetError);

/// Writes `cells` in order as one Parquet file; returns the writer.
pub fn write_observations_parquet<W: Write + Send>(cells: &[ParquetCell<'_>], out: W) -> Result<W, ParquetWriteError> {
    let schema = Arc::new(parse_message_type(SCHEMA)?);
    let props = Arc::new(WriterProperties::builder().set_compression(Compression::UNCOMPRESSED).build());
    let mut writer = SerializedFileWriter::new(out, schema, props)?;
    for group in cells.chunks(ROW_GROUP) {
        let mut rg = writer.next_row_group()?;
        let strings = [
            text(group, |c| &c.key.entity),
            text(group, |c| &c.key.indicator),
            text(group, |c| &c.key.dimension),
            text(group, |c| &c.key.category),
            text(group, |c| &c.key.sex),
            text(group, |c| &c.key.age),
        ];
        for column in &strings {
            let mut col = rg.next_column()?.expect("the schema has the key columns");
            col.typed::<ByteArrayType>().write_batch(column, None, None)?;
            col.close()?;
        }
        let years: Vec<i32> = group.iter().map(|c| c.key.year).collect();
        let mut col = rg.next_column()?.expect("the schema has year");
        col.typed::<Int32Type>().write_batch(&years, None, None)?;
        col.close()?;

        // Optional columns: a definition level per row (1 = present), values only where present.
        let counts: Vec<i64> = group.iter().filter_map(|c| count(c.value)).collect();
        let defined: Vec<i16> = group.iter().map(|c| i16::from(count(c.value).is_some())).collect();
        let mut col = rg.next_column()?.expect("the schema has value");
        col.typed::<Int64Type>().write_batch(&counts, Some(&defined), None)?;
        col.close()?;
        let bounds: Vec<i32> = group.iter().filter_map(|c| below(c.value)).collect();
        let defined: Vec<i16> = group.iter().map(|c| i16::from(below(c.value).is_some())).collect();
        let mut col = rg.next_column()?.expect("the schema has below");
        col.typed::<Int32Type>().write_batch(&bounds, Some(&defined), None)?;
        col.close()?;

        let missing: Vec<bool> = group.iter().map(|c| c.value == CellValue::Missing).collect();
        let mut col = rg.next_column()?.expect("the schema has missing");
        col.typed::<BoolType>().write_batch(&missing, None, None)?;
        col.close()?;
        let mut col = rg.next_column()?.expect("the schema has source");
        col.typed::<ByteArrayType>().write_batch(&text(group, |c| c.source), None, None)?;
        col.close()?;
        let versions: Vec<i64> = group.iter().map(|c| c.version).collect();
        let mut col = rg.next_column()?.expect("the schema has version");
        col.typed::<Int64Type>().write_batch(&versions, None, None)?;
        col.close()?;
        rg.close()?;
    }
    Ok(writer.into_inner()?)
}

fn text<'a>(group: &'a [ParquetCell<'a>], f: impl Fn(&'a ParquetCell<'a>) -> &'a str) -> Vec<ByteArray> {
    group.iter().map(|c| ByteArray::from(f(c))).collect()
}

fn count(v: CellValue) -> Option<i64> {
    match v {
        // Counts of people fit i64 by many orders of magnitude; saturate rather than wrap.
        CellValue::Count(n) => Some(i64::try_from(n).unwrap_or(i64::MAX)),
        _ => None,
    }
}

fn below(v: CellValue) -> Option<i32> {
    match v {
        CellValue::Below(b) => Some(i32::try_from(b).unwrap_or(i32::MAX)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use parquet::file::reader::{FileReader, SerializedFileReader};
    use parquet::record::Field;

    fn key(entity: &str, year: i32) -> ObsKey {
        ObsKey {
            entity: entity.into(),
            indicator: "Detected trafficking victims".into(),
            dimension: "Total".into(),
            category: "Total".into(),
            sex: "Total".into(),
            age: "Total".into(),
            year,
        }
    }

    #[test]
    fn counts_bounds_and_missing_cells_read_back_as_written() {
        let keys = [key("PHL", 2019), key("GBR", 2020), key("USA", 2021)];
        let values = [CellValue::Count(1282), CellValue::Below(5), CellValue::Missing];
        let cells: Vec<ParquetCell<'_>> = keys
            .iter()
            .zip(values)
            .enumerate()
            .map(|(i, (k, v))| ParquetCell { key: k, value: v, source: "data_glotip.xlsx", version: i as i64 + 1 })
            .collect();
        let file = write_observations_parquet(&cells, tempfile::tempfile().unwrap()).unwrap();
        let reader = SerializedFileReader::new(file).unwrap();
        assert_eq!(reader.metadata().file_metadata().num_rows(), 3);
        let rows: Vec<Vec<(String, Field)>> = reader.get_row_iter(None).unwrap().map(|r| r.unwrap().into_columns()).collect();
        let get = |row: usize, name: &str| rows[row].iter().find(|(n, _)| n == name).unwrap().1.clone();
        assert_eq!(get(0, "country"), Field::Str("PHL".into()));
        assert_eq!(get(0, "value"), Field::Long(1282));
        assert_eq!(get(0, "below"), Field::Null);
        assert_eq!(get(1, "value"), Field::Null);
        assert_eq!(get(1, "below"), Field::Int(5));
        assert_eq!(get(1, "missing"), Field::Bool(false));
        assert_eq!(get(2, "missing"), Field::Bool(true));
        assert_eq!(get(2, "year"), Field::Int(2021));
        assert_eq!(get(2, "version"), Field::Long(3));
        assert_eq!(get(2, "source"), Field::Str("data_glotip.xlsx".into()));
    }
}
