//! Privacy of what tipdata publishes: synthetic microdata without rare combinations
//! ([`synthesize`], [`evaluate`]) and disclosure control of published tables
//! ([`suppress`], [`rr3`], [`audit`]). See docs/privacy.md.

mod combos;
pub mod dp;
mod evaluate;
pub mod glotip;
pub mod regions;
pub mod release;
mod rng;
mod sdc;
mod synth;
mod synth_bound;
mod synth_pricing;
mod table;

pub use evaluate::{evaluate, LengthMetrics, Metrics};
pub use sdc::{
    audit, check_widths, check_widths_counted, rr3, suppress, suppress_preset, Additivity, AuditReport, CellId, CellInterval,
    CellStatus, Dimension, LpWork, Mark, Published, Rounded, SdcError, Suppression, TableSet, Width,
};
pub use synth::{synthesize, SynthConfig, SynthError};
pub use synth_bound::{
    any_record_bound, pool_bound, subrecord_bound, AnyRecordFloor, AnyRecordRound, AnyRecordSearch, BoundSearch, GenerationRound,
    PoolBound, RecordSpace,
};
pub use table::{read_csv, read_csv_columns, write_csv, Table, TableError};
