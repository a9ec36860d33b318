//! Integration tests of tipdata-privacy: one binary, modules by topic.

mod dp;
mod glotip;
mod regions;
mod sdc;
mod synth;
mod table;
