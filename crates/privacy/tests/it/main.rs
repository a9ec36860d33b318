//! Integration tests of tipdata-privacy: one binary, modules by topic.

mod synth;
mod table;
mod sdc;
mod glotip;
mod dp;
mod regions;
