//! Tests of tipdata-analysis: the chapter 5 figures against counts recomputed another way, and
//! which coding each case contributes when read from a store.

mod chapter5;
mod load;
