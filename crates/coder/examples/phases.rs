//! Measurement aid: is a slow run of the coder the coder's doing or the machine's? Runs, in
//! turn and on one thread, short batches of the coder (every summary of the CSV, and five of
//! them over and over) and of fixed control loops that each lean on one part of the core:
//! integer throughput, load latency at three working-set sizes (L1, L2, L3), and loads that
//! overlap integer work. Prints one line per round, then for each column the ratio of its
//! mean in the rounds where the coder was fast to its mean where it was slow: a control that
//! slows with the coder shares its bottleneck.
//!
//! `cargo run --release -p tipdata-coder --example phases -- CSV [ROUNDS]`, pinned to a core
//! with `taskset -c 0` (CSV: a file with a `FactSummary` column, such as the UNODC case-law
//! file). Figures and what they showed: docs/benchmarks-coder.md, "The VM's slow phases".
use std::hint::black_box;
use std::time::Instant;

/// One step of a xorshift generator.
#[inline(always)]
fn step(x: &mut u64) {
    *x ^= *x << 13;
    *x ^= *x >> 7;
    *x ^= *x << 17;
}

/// Four independent xorshift chains: integer throughput, no memory.
fn alu4(iters: u64) -> u64 {
    let (mut a, mut b, mut c, mut d) = (1u64, 2u64, 3u64, 4u64);
    let mut acc = 0u64;
    for _ in 0..iters {
        step(&mut a);
        step(&mut b);
        step(&mut c);
        step(&mut d);
        acc = acc.wrapping_add(a ^ b).wrapping_add(c ^ d);
    }
    acc
}

/// A chain of dependent loads over `v`: load latency at `v`'s size.
fn chase(v: &[u64], iters: u64) -> u64 {
    let n = v.len();
    let (mut i, mut acc) = (1usize, 0u64);
    for _ in 0..iters {
        let y = v[i % n];
        acc = acc.wrapping_add(y);
        i = (y ^ (y >> 29)) as usize;
    }
    acc
}

/// The chain of `chase` with ~100 independent integer instructions beside each load: how
/// much of the work overlaps the load depends on the out-of-order window.
fn overlap(v: &[u64], iters: u64) -> u64 {
    let n = v.len();
    let (mut i, mut acc) = (1usize, 0u64);
    let (mut a, mut b) = (1u64, 2u64);
    for _ in 0..iters {
        let y = v[i % n];
        for _ in 0..8 {
            step(&mut a);
            step(&mut b);
        }
        acc = acc.wrapping_add(y ^ a ^ b);
        i = (y ^ (y >> 29)) as usize;
    }
    acc
}

/// Copies 8 kB within a 64 kB buffer (in L1 and L2), `iters` times: load and store
/// throughput, 32 bytes at a time.
fn copy8k(buf: &mut [u8], iters: usize) {
    for i in 0..iters {
        let (src, dst) = buf.split_at_mut(16 << 10);
        dst[..8 << 10].copy_from_slice(black_box(&src[..8 << 10]));
        dst[i & 7] ^= 1;
    }
}

/// Sums 8 kB, `iters` times: load throughput alone.
fn read8k(buf: &[u8], iters: usize) -> u64 {
    let mut acc = 0u64;
    for _ in 0..iters {
        acc = acc.wrapping_add(
            black_box(&buf[..8 << 10])
                .chunks_exact(8)
                .map(|c| u64::from_le_bytes(c.try_into().unwrap()))
                .fold(0, u64::wrapping_add),
        );
    }
    acc
}

fn table(bytes: usize) -> Vec<u64> {
    (0..(bytes / 8) as u64).map(|i| i.wrapping_mul(0x9E37_79B9_7F4A_7C15)).collect()
}

/// Runs `f` once; its rate per second times `per`.
fn rate(per: f64, f: impl FnOnce()) -> f64 {
    let t = Instant::now();
    f();
    per / t.elapsed().as_secs_f64()
}

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: phases CSV [ROUNDS]");
    let rounds: usize = args.next().and_then(|x| x.parse().ok()).unwrap_or(60);
    let mut rdr = csv::Reader::from_path(&path).expect("a CSV file");
    let col = rdr.headers().expect("a header").iter().position(|x| x == "FactSummary").expect("a FactSummary column");
    let texts: Vec<String> = rdr.records().filter_map(|r| r.ok()).filter_map(|r| r.get(col).map(str::to_string)).collect();
    assert!(texts.len() >= 5, "at least five summaries");
    let coder = tipdata_coder::Coder::new();
    let mut scratch = tipdata_coder::Scratch::default();
    let home = tipdata_coder::DEFAULT_HOME_COUNTRY;
    let (l1, l2, l3) = (table(24 << 10), table(384 << 10), table(8 << 20));
    let mut bytes = vec![1u8; 64 << 10];
    for t in &texts {
        black_box(coder.propose(t, home, &mut scratch));
    }
    // About 5,000 documents a batch (50 ms on a fast core); the controls take 20-70 ms each.
    let repeat = 5_000usize.div_ceil(texts.len());
    let names = ["docs/s", "docs/s (5 texts)", "alu4", "chase 24k", "chase 384k", "chase 8M", "overlap 8M", "copy 8k", "read 8k"];
    println!("{}", names.join(" | "));
    let mut rows: Vec<[f64; 9]> = Vec::with_capacity(rounds);
    for _ in 0..rounds {
        let all = rate((repeat * texts.len()) as f64, || {
            for _ in 0..repeat {
                for t in &texts {
                    black_box(coder.propose(t, home, &mut scratch));
                }
            }
        });
        let five = rate(5_000.0, || {
            for _ in 0..1_000 {
                for t in &texts[..5] {
                    black_box(coder.propose(t, home, &mut scratch));
                }
            }
        });
        let row = [
            all,
            five,
            rate(1.0, || {
                black_box(alu4(black_box(20_000_000)));
            }),
            rate(1.0, || {
                black_box(chase(&l1, black_box(10_000_000)));
            }),
            rate(1.0, || {
                black_box(chase(&l2, black_box(5_000_000)));
            }),
            rate(1.0, || {
                black_box(chase(&l3, black_box(3_000_000)));
            }),
            rate(1.0, || {
                black_box(overlap(&l3, black_box(300_000)));
            }),
            rate(1.0, || copy8k(&mut bytes, black_box(200_000))),
            rate(1.0, || {
                black_box(read8k(&bytes, black_box(200_000)));
            }),
        ];
        println!("{}", row.map(|x| format!("{x:.1}")).join(" "));
        rows.push(row);
    }
    let mut order: Vec<f64> = rows.iter().map(|r| r[0]).collect();
    order.sort_by(f64::total_cmp);
    let median = order[order.len() / 2];
    let mean = |fast: bool, c: usize| {
        let v: Vec<f64> = rows.iter().filter(|r| (r[0] >= median) == fast).map(|r| r[c]).collect();
        v.iter().sum::<f64>() / v.len().max(1) as f64
    };
    println!("rounds where the coder was fast (at or above its median, {median:.0} docs/s) against slow:");
    for (c, name) in names.iter().enumerate() {
        println!("  {name}: fast/slow {:.3}", mean(true, c) / mean(false, c));
    }
}
