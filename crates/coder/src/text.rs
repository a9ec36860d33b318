//! Text primitives of the rule coder: sentence segmentation, word boundaries, numbers
//! written as digits or words, and byte-to-character offsets for evidence spans.

/// Words before a period that do not end a sentence (matched in `is_abbreviation`).
const ABBREVIATIONS: &[&str] = &[
    "u.s", "u.s.a", "jr", "sr", "mr", "mrs", "ms", "dr", "st", "v", "vs", "no", "inc", "co", "corp", "ltd", "approx", "e.g",
    "i.e", "d.c", "n.y", "p.m", "a.m", "gen", "gov", "sgt", "lt", "capt", "rev", "mt", "ft", "jan", "feb", "mar", "apr", "aug",
    "sept", "sep", "oct", "nov", "dec", "cir", "supp", "f", "al", "et", "seq",
];

/// Byte ranges of the sentences of `text`, in order, covering the whole text.
pub fn sentences(text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(b.len() / 100 + 1);
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if !matches!(c, b'\n' | b'!' | b'?' | b'.') {
            i += 1;
            continue;
        }
        if let Some(j) = sentence_end(b, start, i) {
            out.push((start, j));
            start = j;
            i = j;
            continue;
        }
        i += 1;
    }
    if start < b.len() {
        out.push((start, b.len()));
    }
    out
}

/// Where the sentence begun at `start` ends if it ends at byte `i` (a blank line, `!`, `?`,
/// or a `.` that is not an abbreviation, before a sentence start): the byte after `i` and any
/// closing quotes or brackets, which stay with the sentence they close.
#[inline(always)]
fn sentence_end(b: &[u8], start: usize, i: usize) -> Option<usize> {
    // All but the closing quotes, decided as the rules of `sentence_end_general` decide
    // them: a newline ends a sentence before a blank line; a `.`, `!` or `?` at the end of
    // the text, or before spaces and then the end or a byte that is not a lowercase letter,
    // ends one (unless an abbreviation ends at the period), and before any other byte but
    // a closing quote does not ("3.5", "U.S.", "No.;"). Nothing to skip then: the end is
    // `i + 1`.
    let c = b.get(i).copied();
    let after = b.get(i + 1).copied();
    if c == Some(b'\n') {
        return matches!(after, Some(b'\n' | b'\r')).then_some(i + 1);
    }
    if matches!(c, Some(b'.' | b'!' | b'?')) {
        let starts = match after {
            None => true,
            Some(b'"' | b'\'' | b')' | 0xE2) => return sentence_end_general(b, start, i),
            Some(_) => space_then_no_lowercase(b, i + 1),
        };
        return (starts && (c != Some(b'.') || !is_abbreviation(b, start, i))).then_some(i + 1);
    }
    sentence_end_general(b, start, i)
}

/// Whether `b[j..]` (`j` in `b`) begins with ASCII whitespace, then the end of the text or
/// a byte that is not a lowercase letter: after a terminator, what begins a sentence. The
/// 8 bytes at `j` at once when there are 8 and not all whitespace (nearly always), so a
/// word or one space or two there takes no branch on which.
#[inline(always)]
fn space_then_no_lowercase(b: &[u8], j: usize) -> bool {
    if let Some(eight) = b.get(j..j + 8) {
        let x = u64::from_le_bytes(eight.try_into().unwrap_or([0; 8]));
        // The first byte that is not whitespace, and whether any came before it.
        let first = (!space_high8(x) & HIGH).trailing_zeros() / 8;
        if first < 8 {
            let next = (x >> (8 * first)) as u8;
            return (first > 0) & !next.is_ascii_lowercase();
        }
    }
    if !b.get(j).is_some_and(u8::is_ascii_whitespace) {
        return false;
    }
    let mut k = j + 1;
    while k < b.len() && b[k].is_ascii_whitespace() {
        k += 1;
    }
    k >= b.len() || !b[k].is_ascii_lowercase()
}

/// The high bit of each byte of `x` that is ASCII whitespace (`u8::is_ascii_whitespace`:
/// space, tab, newline, form feed, carriage return), the other bits clear.
#[inline(always)]
fn space_high8(x: u64) -> u64 {
    // Exact per byte: the high bit of each zero byte of y (no carry crosses a byte).
    let zero = |y: u64| !(((y & LOW7) + LOW7) | y) & HIGH;
    zero(x ^ (ONES * 0x20))
        | zero(x ^ (ONES * 0x0A))
        | zero(x ^ (ONES * 0x09))
        | zero(x ^ (ONES * 0x0D))
        | zero(x ^ (ONES * 0x0C))
}

/// [`sentence_end`] by its rules, without the fast path (tested to agree with it).
#[inline(never)]
fn sentence_end_general(b: &[u8], start: usize, i: usize) -> Option<usize> {
    let end_here = match b[i] {
        b'\n' => i + 1 < b.len() && (b[i + 1] == b'\n' || b[i + 1] == b'\r'),
        b'!' | b'?' => next_starts_sentence(b, i + 1),
        b'.' => next_starts_sentence(b, i + 1) && !is_abbreviation(b, start, i),
        _ => false,
    };
    if !end_here {
        return None;
    }
    let mut j = i + 1;
    loop {
        if j < b.len() && matches!(b[j], b'"' | b'\'' | b')') {
            j += 1;
        } else if j + 2 < b.len() && b[j] == 0xE2 && b[j + 1] == 0x80 && matches!(b[j + 2], 0x99 | 0x9D) {
            j += 3;
        } else {
            return Some(j);
        }
    }
}

/// The same sentences as [`sentences`], found from the words of the text: only the gaps
/// between words are read, which is most of the speed of the coder's single pass.
pub fn sentences_from_words(text: &str, words: &[crate::matcher::Word]) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(words.len() / 16 + 1);
    let mut start = 0;
    for k in 0..=words.len() {
        // Gap k lies before word k (the last one after the last word).
        let gap_start = if k == 0 { 0 } else { words[k - 1].end };
        let gap_end = words.get(k).map_or(b.len(), |w| w.start);
        let gap = &b[gap_start..gap_end];
        if !gap.iter().any(|&c| matches!(c, b'.' | b'!' | b'?' | b'\n')) {
            continue;
        }
        // Re-run the byte rules over this gap only.
        let mut i = gap_start;
        while i < gap_end {
            if let Some(j) = sentence_end(b, start, i) {
                out.push((start, j));
                start = j;
                i = j;
                continue;
            }
            i += 1;
        }
    }
    if start < b.len() {
        out.push((start, b.len()));
    }
    if words.is_empty() {
        return sentences(text);
    }
    out
}

/// Where the sentences of `text` end (the ends of [`sentences`], in order), from the
/// offsets of its `.`, `!`, `?` and newlines (`terms`, ascending: the only bytes a sentence
/// ends at), into `ends`. The matcher's pass finds `terms`, so the text is not read again.
/// With AVX2, four terminators are decided at once (`flat4_avx2`, private).
pub fn sentence_ends(text: &str, terms: &[usize], ends: &mut Vec<usize>) {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: AVX2 is available (checked just above).
        unsafe { sentence_ends_avx2(text, terms, ends) };
        return;
    }
    sentence_ends_scalar(text, terms, ends);
}

/// [`sentence_ends`] one terminator at a time (the fallback without AVX2; tested equal).
fn sentence_ends_scalar(text: &str, terms: &[usize], ends: &mut Vec<usize>) {
    let b = text.as_bytes();
    let mut out = Ends::new(ends, terms.len());
    let mut start = 0;
    for &i in terms {
        end_at(b, &mut start, i, &mut out);
    }
    out.finish(start, b.len());
}

/// The sentence ends being written into a vector sized for one a terminator and one more
/// (an end is written and then counted or not, with no test of the vector's capacity).
struct Ends<'a> {
    ends: &'a mut Vec<usize>,
    n: usize,
}

impl<'a> Ends<'a> {
    /// Room in `ends` for the ends of `terms` terminators and the text's end.
    fn new(ends: &'a mut Vec<usize>, terms: usize) -> Self {
        ends.clear();
        ends.resize(terms + 1, 0);
        Ends { ends, n: 0 }
    }

    /// Writes `end` as the next end, counted if `is_end`.
    #[inline(always)]
    fn push_if(&mut self, end: usize, is_end: bool) {
        // (Always in bounds: at most one end a terminator, and one more.)
        if let Some(slot) = self.ends.get_mut(self.n) {
            *slot = end;
        }
        self.n += usize::from(is_end);
    }

    /// The text's end (`len`) added if the last sentence, begun at `start`, has bytes;
    /// `ends` cut to the ends written.
    fn finish(mut self, start: usize, len: usize) {
        self.push_if(len, start < len);
        self.ends.truncate(self.n);
    }
}

/// [`sentence_ends`] with AVX2: the terminators four at a time, decided by [`flat4_avx2`]
/// except where it cannot tell (within 8 bytes of either end of the text, and the cases
/// `sentence_end_flat` leaves to `sentence_end`) and where a period's sentence began fewer
/// than 8 bytes before it (the word before the period may then run past the sentence's
/// start): those by [`end_at`], as without AVX2.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
fn sentence_ends_avx2(text: &str, terms: &[usize], ends: &mut Vec<usize>) {
    let b = text.as_bytes();
    if b.len() < 17 {
        return sentence_ends_scalar(text, terms, ends);
    }
    let mut out = Ends::new(ends, terms.len());
    let mut start = 0;
    // Four terminators (the last ones repeated to fill the last four).
    // SAFETY: AVX2 is available (this function's feature) and `b` has 17 bytes or more.
    let lanes = |at: [usize; 4]| unsafe { flat4_avx2(b, at) };
    // The terminator `i`, lane `k` of a four.
    macro_rules! step {
        ($i:expr, $k:expr, $decided:expr, $end:expr, $dot:expr) => {
            let (i, k) = ($i, $k);
            if ($decided >> k & 1 != 0) & (i >= start) & (($dot >> k & 1 == 0) | (i.wrapping_sub(start) >= 8)) {
                // As `end_at` does: the end written, then counted or not.
                let is_end = $end >> k & 1 != 0;
                out.push_if(i + 1, is_end);
                start = std::hint::select_unpredictable(is_end, i + 1, start);
            } else {
                end_at(b, &mut start, i, &mut out);
            }
        };
    }
    let mut chunks = terms.chunks_exact(4);
    for chunk in &mut chunks {
        let at = [chunk[0], chunk[1], chunk[2], chunk[3]];
        let (decided, end, dot) = lanes(at);
        // (Written out: a loop of four ends at a mispredicted branch.)
        step!(at[0], 0, decided, end, dot);
        step!(at[1], 1, decided, end, dot);
        step!(at[2], 2, decided, end, dot);
        step!(at[3], 3, decided, end, dot);
    }
    let rest = chunks.remainder();
    if let Some(&last) = rest.last() {
        let (decided, end, dot) = lanes([0, 1, 2, 3].map(|k| rest.get(k).copied().unwrap_or(last)));
        for (k, &i) in rest.iter().enumerate() {
            step!(i, k, decided, end, dot);
        }
    }
    out.finish(start, b.len());
}

/// One step of [`sentence_ends`]: the terminator at `i`, in the sentence begun at `start`
/// (moved to its end if it ends there).
#[inline(always)]
fn end_at(b: &[u8], start: &mut usize, i: usize, out: &mut Ends) {
    // An end found skips only closing quotes and brackets, never a terminator.
    if i < *start {
        return;
    }
    match sentence_end_flat(b, *start, i) {
        // Most terminators: the end (or not) is written and then counted or not, with
        // no branch on which (the text decides, and half would be mispredicted).
        Some(is_end) => {
            out.push_if(i + 1, is_end);
            *start = std::hint::select_unpredictable(is_end, i + 1, *start);
        }
        None => {
            if let Some(j) = sentence_end(b, *start, i) {
                out.push_if(j, true);
                *start = j;
            }
        }
    }
}

/// [`sentence_end_flat`] for the four terminators at `at` at once, each in a sentence begun
/// 8 bytes or more before it (or not a period): bit `k` of the first mask is set when `at[k]`
/// is decided (`sentence_end_flat` gives `Some`), bit `k` of the second when it then ends a
/// sentence, bit `k` of the third when it is a period. The same 8-byte words, one per 64-bit
/// lane; where the scalar code counts bytes (the first one after the spaces, the length of
/// the word before a period) the lanes use masks: the lowest byte not a space, the run of
/// letters and periods at the top of the 8 bytes before (smeared down from the highest
/// other byte), and the abbreviation looked up by that run in place, in [`ABBREVIATION_TOP`].
///
/// A terminator without 8 bytes before and after it in `b` is left undecided.
///
/// # Safety
/// AVX2 must be available, and `b` have 17 bytes or more.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn flat4_avx2(b: &[u8], at: [usize; 4]) -> (u32, u32, u32) {
    use std::arch::x86_64::*;
    macro_rules! s {
        ($k:expr) => {
            _mm256_set1_epi64x(($k) as i64)
        };
    }
    macro_rules! and {
        ($a:expr, $b:expr) => {
            _mm256_and_si256($a, $b)
        };
    }
    macro_rules! or {
        ($a:expr, $b:expr) => {
            _mm256_or_si256($a, $b)
        };
    }
    macro_rules! xor {
        ($a:expr, $b:expr) => {
            _mm256_xor_si256($a, $b)
        };
    }
    // andnot!(a, b) = !a & b.
    macro_rules! andnot {
        ($a:expr, $b:expr) => {
            _mm256_andnot_si256($a, $b)
        };
    }
    macro_rules! add {
        ($a:expr, $b:expr) => {
            _mm256_add_epi64($a, $b)
        };
    }
    let z = _mm256_setzero_si256();
    let ones = _mm256_cmpeq_epi64(z, z);
    // All ones where the lane is 0 / equals `k`.
    macro_rules! is_zero {
        ($a:expr) => {
            _mm256_cmpeq_epi64($a, z)
        };
    }
    macro_rules! eq {
        ($a:expr, $k:expr) => {
            _mm256_cmpeq_epi64($a, s!($k))
        };
    }
    let (low7, high) = (s!(LOW7), s!(HIGH));
    // As `sentence_end_flat`'s closure: the high bit of each zero byte.
    macro_rules! zero {
        ($y:expr) => {{
            let y = $y;
            andnot!(or!(add!(and!(y, low7), low7), y), high)
        }};
    }
    // The high bit of each byte in lo..=hi (ASCII).
    macro_rules! in_range {
        ($a:expr, $lo:expr, $hi:expr) => {{
            let a = $a;
            let t = and!(a, low7);
            let ge = add!(t, s!(ONES * (0x80 - $lo as u64)));
            let gt = add!(t, s!(ONES * (0x80 - $hi as u64 - 1)));
            and!(andnot!(a, andnot!(gt, ge)), high)
        }};
    }
    // All ones where bit `bit` of the lane is set.
    macro_rules! has {
        ($a:expr, $bit:literal) => {
            andnot!(is_zero!(and!($a, s!(1u64 << $bit))), ones)
        };
    }
    // The terminators with 8 bytes before and 8 after them (`at` as signed: an offset in a
    // slice is below 2^63); the others read at byte 8.
    let idx = _mm256_set_epi64x(at[3] as i64, at[2] as i64, at[1] as i64, at[0] as i64);
    let inside = and!(_mm256_cmpgt_epi64(idx, s!(7)), _mm256_cmpgt_epi64(s!(b.len() - 8), idx));
    let idx = _mm256_blendv_epi8(s!(8), idx, inside);
    let p = b.as_ptr().cast::<i64>();
    // SAFETY: every index of `idx` is in 8..=b.len() - 9, so the 8 bytes at idx - 7 (the 7
    // before the terminator and it) and at idx + 1 are in `b`.
    let (c8, x) = unsafe {
        (_mm256_i64gather_epi64::<1>(p, _mm256_sub_epi64(idx, s!(7))), _mm256_i64gather_epi64::<1>(p, add!(idx, s!(1))))
    };
    // The 7 bytes before the terminator, with a zero byte (not a letter nor a period) below
    // them: as the 8 bytes before it, for a word of more than 6 bytes abbreviates nothing.
    let bf = _mm256_slli_epi64::<8>(c8);
    // The terminator: the top byte of the 8 that end with it.
    let c = _mm256_srli_epi64::<56>(c8);
    let space = or!(zero!(xor!(x, s!(ONES * 0x20))), zero!(xor!(x, s!(ONES * 0x0A))));
    let up_to_space = andnot!(or!(add!(and!(x, low7), s!(ONES * (0x80 - 0x21))), x), high);
    let not_space = andnot!(space, high);
    let a0 = and!(x, s!(0xFF));
    let closing = or!(or!(eq!(a0, b'"'), eq!(a0, b'\'')), or!(eq!(a0, b')'), eq!(a0, 0xE2)));
    let terminator = or!(or!(eq!(c, b'.'), eq!(c, b'!')), or!(eq!(c, b'?'), eq!(c, b'\n')));
    // Undecided: a closing quote or bracket after, 8 whitespace bytes, a control byte.
    let decided =
        and!(inside, andnot!(or!(closing, is_zero!(not_space)), and!(terminator, is_zero!(andnot!(space, up_to_space)))));
    let blank_line = or!(eq!(a0, b'\n'), eq!(a0, b'\r'));
    // A space first, then (the lowest byte not a space) no lowercase letter.
    let first = and!(not_space, _mm256_sub_epi64(z, not_space));
    let starts = andnot!(is_zero!(and!(space, s!(0x80))), is_zero!(and!(first, in_range!(x, b'a', b'z'))));
    // The word before a period: the letters and periods above the highest other byte.
    let dots = zero!(xor!(bf, s!(ONES * u64::from(b'.'))));
    let letters = andnot!(bf, in_range!(or!(and!(bf, low7), s!(ONES * 0x20)), b'a', b'z'));
    let mut other = andnot!(or!(letters, dots), high);
    other = or!(other, _mm256_srli_epi64::<8>(other));
    other = or!(other, _mm256_srli_epi64::<16>(other));
    other = or!(other, _mm256_srli_epi64::<32>(other));
    let word = andnot!(other, high);
    // Its length from 1 to 6 (its top byte in it, not the second lowest); of 1, uppercase.
    let fits = andnot!(has!(word, 15), has!(word, 63));
    let initial = andnot!(has!(word, 55), has!(and!(word, in_range!(bf, b'A', b'Z')), 63));
    // Its bytes, lowercased, in place: `packed_lower` of the word moved to the top.
    let bytes = or!(word, _mm256_sub_epi64(word, _mm256_srli_epi64::<7>(word)));
    let key = and!(or!(bf, s!(ONES * 0x20)), bytes);
    let hash = xor!(_mm256_srli_epi64::<16>(key), _mm256_srli_epi64::<45>(key));
    let slot = and!(_mm256_srli_epi64::<32>(_mm256_mul_epu32(hash, s!(ABBREVIATION_TOP.mul))), s!(TOP_SLOTS - 1));
    // SAFETY: every index is below TOP_SLOTS (masked just above), the length of `keys`.
    let held = unsafe { _mm256_i64gather_epi64::<8>(ABBREVIATION_TOP.keys.as_ptr().cast::<i64>(), slot) };
    let is_dot = eq!(c, b'.');
    let abbreviation = and!(is_dot, and!(fits, or!(initial, _mm256_cmpeq_epi64(held, key))));
    let is_newline = eq!(c, b'\n');
    let end = or!(and!(is_newline, blank_line), andnot!(is_newline, andnot!(abbreviation, starts)));
    let mask = |a: __m256i| _mm256_movemask_pd(_mm256_castsi256_pd(a)) as u32;
    (mask(decided), mask(end), mask(is_dot))
}

/// The places of [`ABBREVIATION_TOP`].
const TOP_SLOTS: usize = 256;

/// [`ABBREVIATIONS`] by their [`packed_lower`] keys moved to the top bytes (as the word
/// before a period sits in the 8 bytes before it), in a perfect hash table of a hash that
/// AVX2 computes (a 32-bit product): see [`top_slot`].
struct TopTable {
    mul: u64,
    keys: [u64; TOP_SLOTS],
}

/// The place of a top key in a [`TopTable`] of multiplier `mul` (below 2^32).
const fn top_slot(key: u64, mul: u64) -> usize {
    (((((key >> 16) ^ (key >> 45)) & 0xFFFF_FFFF) * mul) >> 32) as usize & (TOP_SLOTS - 1)
}

/// A [`packed_lower`] key (of 1 to 8 bytes) moved to the top bytes.
const fn top_key(packed: u64) -> u64 {
    packed << (packed.leading_zeros() / 8 * 8)
}

static ABBREVIATION_TOP: TopTable = {
    let mut mul: u64 = 0x9E37_79B9;
    let mut tries = 0;
    loop {
        assert!(tries < 10_000, "no perfect multiplier found");
        let mut keys = [u64::MAX; TOP_SLOTS];
        let mut ok = true;
        let mut i = 0;
        while i < ABBREVIATION_KEYS.len() {
            let k = top_key(ABBREVIATION_KEYS[i].0);
            let at = top_slot(k, mul);
            if keys[at] != u64::MAX {
                ok = false;
                break;
            }
            keys[at] = k;
            i += 1;
        }
        if ok {
            break TopTable { mul, keys };
        }
        mul ^= mul << 13;
        mul ^= mul >> 7;
        mul ^= mul << 17;
        mul = (mul & 0xFFFF_FFFF) | 1;
        tries += 1;
    }
};

/// [`END_BYTES`]: a closing quote or bracket (or the first byte of ’ or ”).
const CLOSING: u8 = 1;
/// [`END_BYTES`]: a `.`, `!`, `?` or newline.
const TERMINATOR: u8 = 2;

/// The bytes around a sentence end, by kind ([`CLOSING`], [`TERMINATOR`]).
static END_BYTES: [u8; 256] = {
    let mut t = [0u8; 256];
    t[b'"' as usize] = CLOSING;
    t[b'\'' as usize] = CLOSING;
    t[b')' as usize] = CLOSING;
    t[0xE2] = CLOSING;
    t[b'.' as usize] = TERMINATOR;
    t[b'!' as usize] = TERMINATOR;
    t[b'?' as usize] = TERMINATOR;
    t[b'\n' as usize] = TERMINATOR;
    t
};

/// Whether the sentence begun at `start` ends after the terminator at `i` (a `.`, `!`, `?`
/// or newline), as [`sentence_end`] decides (the end is then `i + 1`), worked out with no
/// branch on the text: `None` where `sentence_end` must decide (a closing quote or bracket
/// after `i`, 8 whitespace bytes after it, or `i` within 8 bytes of either end of the text).
#[inline(always)]
fn sentence_end_flat(b: &[u8], start: usize, i: usize) -> Option<bool> {
    let before = b.get(i.checked_sub(8)?..i)?;
    let after = b.get(i + 1..i + 9)?;
    let c = b[i];
    let x = u64::from_le_bytes(after.try_into().unwrap_or([0; 8]));
    let a = x as u8;
    // One look-up each, not a chain of compares on the text.
    if (END_BYTES[usize::from(a)] & CLOSING) | (!END_BYTES[usize::from(c)] & TERMINATOR) != 0 {
        return None;
    }
    // A newline ends a sentence before a blank line.
    let blank_line = (a == b'\n') | (a == b'\r');
    // A `.`, `!` or `?` does before whitespace then a byte not a lowercase letter, unless an
    // abbreviation ends at the period.
    // Spaces and newlines, the whitespace of nearly all texts: other bytes up to 0x20
    // (tabs, other controls) leave the decision to `sentence_end`.
    let zero = |y: u64| !(((y & LOW7) + LOW7) | y) & HIGH;
    let space = zero(x ^ (ONES * 0x20)) | zero(x ^ (ONES * 0x0A));
    let up_to_space = !(((x & LOW7) + ONES * (0x80 - 0x21)) | x) & HIGH;
    let first = (!space & HIGH).trailing_zeros() / 8;
    if (first == 8) | (up_to_space & !space != 0) {
        return None;
    }
    let next = (x >> (8 * first)) as u8;
    let starts = (first > 0) & !next.is_ascii_lowercase();
    let abbreviation = (c == b'.') & abbreviation_before(u64::from_le_bytes(before.try_into().unwrap_or([0; 8])), i - start);
    Some(std::hint::select_unpredictable(c == b'\n', blank_line, starts & !abbreviation))
}

fn next_starts_sentence(b: &[u8], mut i: usize) -> bool {
    // Skip closing quotes (ASCII, or the UTF-8 right quotes ’ ” = E2 80 99 / E2 80 9D).
    loop {
        if i < b.len() && matches!(b[i], b'"' | b'\'' | b')') {
            i += 1;
        } else if i + 2 < b.len() && b[i] == 0xE2 && b[i + 1] == 0x80 && matches!(b[i + 2], 0x99 | 0x9D) {
            i += 3;
        } else {
            break;
        }
    }
    if i >= b.len() {
        return true;
    }
    if !b[i].is_ascii_whitespace() {
        return false;
    }
    while i < b.len() && b[i].is_ascii_whitespace() {
        i += 1;
    }
    i >= b.len() || !b[i].is_ascii_lowercase()
}

#[inline(always)]
fn is_abbreviation(b: &[u8], sentence_start: usize, dot: usize) -> bool {
    // The 8 bytes before the dot, when there are 8: the letters and periods that end them
    // are the word (its bytes are then at hand for the key).
    if let Some(eight) = dot.checked_sub(8).and_then(|lo| b.get(lo..dot)) {
        return abbreviation_before(u64::from_le_bytes(eight.try_into().unwrap_or([0; 8])), dot - sentence_start);
    }
    is_abbreviation_near_start(b, sentence_start, dot)
}

/// [`is_abbreviation`] for a dot with 8 bytes before it, `x` (the first lowest), and
/// `room` bytes of its sentence before it: no branch on the word.
#[inline(always)]
fn abbreviation_before(x: u64, room: usize) -> bool {
    let y = x ^ (ONES * u64::from(b'.'));
    // Exact per byte: the high bit of each zero byte of y (no carry crosses a byte).
    let dots = !(((y & LOW7) + LOW7) | y) & HIGH;
    // The high bits of the bytes that are neither letters nor periods: the bytes above
    // the highest one are the word.
    let other = !(letter_high8(x) | dots) & HIGH;
    let run = ((other.leading_zeros() / 8) as usize).min(room);
    // No abbreviation has more than 6 bytes (7 or 8 here: a word of 7 or more). Worked
    // out without a branch on the word (whose length is anyone's guess): `sh` is any
    // shift when `run` is out of range, as `fits` then decides.
    let fits = run.wrapping_sub(1) < 6;
    let sh = (8 * (8 - run)) & 63;
    let top = x >> sh;
    // An initial: "Arthur W. Webster".
    let initial = run == 1 && (top as u8).is_ascii_uppercase();
    // ABBREVIATIONS, by a perfect hash of their packed lowercase bytes (tested to agree;
    // this is `packed_lower` of the word).
    let key = top | (ONES * 0x20) >> sh;
    fits & (initial | ABBREVIATION_TABLE.contains(key))
}

/// [`is_abbreviation`] for a dot in the first 8 bytes of the text.
#[inline(never)]
fn is_abbreviation_near_start(b: &[u8], sentence_start: usize, dot: usize) -> bool {
    // The letters and periods before the dot; no abbreviation has more than 6, so the
    // scan stops after 7 (a longer word is none).
    let floor = sentence_start.max(dot.saturating_sub(7));
    let part = |c: u8| c.is_ascii_alphabetic() || c == b'.';
    let mut s = dot;
    while s > floor && part(b[s - 1]) {
        s -= 1;
    }
    if s == floor && s > sentence_start && part(b[s - 1]) {
        return false;
    }
    let word = &b[s..dot];
    if word.len() == 1 && word[0].is_ascii_uppercase() {
        return true; // an initial: "Arthur W. Webster"
    }
    // ABBREVIATIONS, by a perfect hash of their packed lowercase bytes (tested to agree).
    let key = packed_lower(word);
    word.len() <= 6 && ABBREVIATION_TABLE.contains(key)
}

/// The bytes of `word` (at most 8), ASCII letters lowercased, packed into a `u64` (first
/// byte lowest) with 0x20 set on every byte of the word: one to one on words of letters,
/// digits and periods, and two words that differ beyond ASCII case never pack alike when
/// one of them is all lowercase letters and periods (a byte c has c | 0x20 equal to a
/// lowercase letter only if it is that letter in either case, and '.' | 0x20 is '.').
/// Empty or longer words pack to 0, no word's key.
#[inline]
fn packed_lower(word: &[u8]) -> u64 {
    if word.len() > 8 {
        return 0;
    }
    // Byte by byte (a copy of a variable length would call `memcpy`).
    let mut x = 0u64;
    for (k, &c) in word.iter().enumerate() {
        x |= u64::from(c | 0x20) << (8 * k);
    }
    x
}

/// [`packed_lower`] at compile time.
const fn packed_const(word: &str) -> u64 {
    let b = word.as_bytes();
    let mut x = 0u64;
    let mut i = 0;
    while i < b.len() {
        x |= ((b[i] | 0x20) as u64) << (8 * i);
        i += 1;
    }
    x
}

/// The [`packed_const`] keys of the words of at most 8 bytes of a list (`N` of them),
/// with their values, sorted by key (for a binary search).
const fn sorted_keys<const N: usize>(words: &[(&str, u64)]) -> [(u64, u64); N] {
    let mut keys = [(0u64, 0u64); N];
    let (mut i, mut n) = (0, 0);
    while i < words.len() {
        if words[i].0.len() <= 8 {
            keys[n] = (packed_const(words[i].0), words[i].1);
            n += 1;
        }
        i += 1;
    }
    assert!(n == N, "N is the number of words of at most 8 bytes");
    // Insertion sort.
    let mut i = 1;
    while i < N {
        let mut j = i;
        while j > 0 && keys[j - 1].0 > keys[j].0 {
            let t = keys[j];
            keys[j] = keys[j - 1];
            keys[j - 1] = t;
            j -= 1;
        }
        i += 1;
    }
    keys
}

/// [`ABBREVIATIONS`] (with the value 0), as [`ABBREVIATION_KEYS`] holds them.
const ABBREVIATION_PAIRS: [(&str, u64); ABBREVIATIONS.len()] = {
    let mut out = [("", 0u64); ABBREVIATIONS.len()];
    let mut i = 0;
    while i < out.len() {
        out[i].0 = ABBREVIATIONS[i];
        i += 1;
    }
    out
};

/// [`ABBREVIATIONS`] packed by [`packed_lower`], sorted (none is longer than 6 bytes).
const ABBREVIATION_KEYS: [(u64, u64); ABBREVIATIONS.len()] = sorted_keys(&ABBREVIATION_PAIRS);

/// [`ABBREVIATION_KEYS`] in a perfect hash table (one load and one comparison a word).
static ABBREVIATION_TABLE: PerfectTable<256> = PerfectTable::new(&ABBREVIATION_KEYS);

/// Packed words ([`packed_lower`] keys, at most 8 bytes) with a small value each, in a
/// table of `S` places (a power of two) where each key has its own place: the top bits of
/// `key * mul`, a multiplier the compiler searches for until no two keys of the list share
/// a place. A lookup is one multiplication, one load and one comparison, where a binary
/// search of the sorted keys takes five or six dependent, ill-predicted steps. Empty places
/// hold `u64::MAX`, no word's key (a key has 0x20 set in each of its bytes and no 0xFF
/// byte: 0xFF is in no UTF-8 text, and the abbreviation keys leave their top bytes zero).
struct PerfectTable<const S: usize> {
    mul: u64,
    keys: [u64; S],
    values: [u8; S],
}

impl<const S: usize> PerfectTable<S> {
    /// The table of `pairs` (keys distinct, values below 256); the build fails if no
    /// multiplier is found in the first tries (a bigger `S` then).
    const fn new(pairs: &[(u64, u64)]) -> Self {
        assert!(S.is_power_of_two() && S >= 2 && pairs.len() <= S / 2);
        let mut mul: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut tries = 0;
        loop {
            assert!(tries < 10_000, "no perfect multiplier found: make the table bigger");
            let mut keys = [u64::MAX; S];
            let mut values = [0u8; S];
            let mut ok = true;
            let mut i = 0;
            while i < pairs.len() {
                let (k, v) = pairs[i];
                assert!(k != u64::MAX && v < 256);
                let at = Self::place(mul, k);
                if keys[at] != u64::MAX {
                    ok = false;
                    break;
                }
                keys[at] = k;
                values[at] = v as u8;
                i += 1;
            }
            if ok {
                return PerfectTable { mul, keys, values };
            }
            // The next odd multiplier (xorshift).
            mul ^= mul << 13;
            mul ^= mul >> 7;
            mul ^= mul << 17;
            mul |= 1;
            tries += 1;
        }
    }

    #[inline(always)]
    const fn place(mul: u64, key: u64) -> usize {
        (key.wrapping_mul(mul) >> (64 - S.trailing_zeros())) as usize
    }

    /// The value of `key`, if it is one of the table's.
    #[inline(always)]
    fn get(&self, key: u64) -> Option<u64> {
        let at = Self::place(self.mul, key) & (S - 1);
        (self.keys[at] == key).then(|| u64::from(self.values[at]))
    }

    #[inline(always)]
    fn contains(&self, key: u64) -> bool {
        self.keys[Self::place(self.mul, key) & (S - 1)] == key
    }
}

/// Calls `f(i)` for each byte `i` of `b` that begins a run of ASCII letters (a letter
/// first in `b` or after a byte that is not one), in order. Reads 8 bytes at a time: a
/// mask of the letters, and of those not after a letter.
#[inline]
pub fn for_each_letter_run(b: &[u8], mut f: impl FnMut(usize)) {
    // Whether the byte before the 8 is a letter.
    let mut after_letter = 0u64;
    let whole = b.len() / 8;
    for c in 0..whole + 1 {
        let x = match b.get(8 * c..8 * c + 8) {
            Some(eight) => u64::from_le_bytes(eight.try_into().unwrap_or([0; 8])),
            None => {
                // The last bytes (fewer than 8), then zeros (not letters).
                let mut x = 0u64;
                for (k, &byte) in b[8 * whole..].iter().enumerate() {
                    x |= u64::from(byte) << (8 * k);
                }
                x
            }
        };
        let m = letter_mask8(x);
        let mut starts = m & !((m << 1) | after_letter);
        while starts != 0 {
            f(8 * c + starts.trailing_zeros() as usize);
            starts &= starts - 1;
        }
        after_letter = (m >> 7) & 1;
    }
}

/// The first `f(i)` that is not `None`, over the positions `i` in `1..end` (and in `b`), in
/// order, where a space ends `b[..i]` and `b[i] | 0x20` is one of `firsts` (for letters:
/// the byte is that letter in either case). On x86_64, 32 positions at a time with SSE2
/// (part of its baseline; two blocks of 16 make one mask, so the loop over its bits ends
/// half as often): a mask of the bytes after a space that are one of `firsts`; the last
/// positions (and other processors) byte by byte. A test compares it with the byte loop.
/// Test-only now: the conviction verb search it served is the word scan, and a test of that
/// scan takes this as its reference.
#[cfg(test)]
#[inline(always)]
pub fn first_after_space_among<T, const N: usize>(
    b: &[u8],
    end: usize,
    firsts: &[u8; N],
    mut f: impl FnMut(usize) -> Option<T>,
) -> Option<T> {
    // The last position.
    let stop = end.min(b.len()).saturating_sub(1);
    let mut i = 1;
    while i <= stop {
        let n = (stop + 1 - i).min(32);
        #[cfg(target_arch = "x86_64")]
        let (mut m, step) = match n {
            32 => (after_space_block(b, i, firsts) | after_space_block(b, i + 16, firsts) << 16, 32),
            16..=31 => (after_space_block(b, i, firsts), 16),
            _ => (after_space_bits(b, i, n, firsts), n),
        };
        #[cfg(not(target_arch = "x86_64"))]
        let (mut m, step) = (after_space_bits(b, i, n, firsts), n);
        while m != 0 {
            let k = i + m.trailing_zeros() as usize;
            m &= m - 1;
            if let Some(t) = f(k) {
                return Some(t);
            }
        }
        i += step;
    }
    None
}

/// [`after_space_bits`] of the 16 positions from `i` (`1 <= i` and `i + 16 <= b.len()`), with
/// SSE2.
#[cfg(all(test, target_arch = "x86_64"))]
#[inline(always)]
fn after_space_block<const N: usize>(b: &[u8], i: usize, firsts: &[u8; N]) -> u32 {
    use std::arch::x86_64::{
        __m128i, _mm_and_si128, _mm_cmpeq_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8,
        _mm_setzero_si128,
    };
    assert!(i >= 1 && i + 16 <= b.len());
    // SAFETY: SSE2 is in every x86_64 processor (the target's baseline). The loads read
    // b[i - 1..i + 15] and b[i..i + 16], in bounds by the assertion (unaligned reads).
    unsafe {
        let prev = _mm_loadu_si128(b.as_ptr().add(i - 1).cast::<__m128i>());
        let cur = _mm_or_si128(_mm_loadu_si128(b.as_ptr().add(i).cast::<__m128i>()), _mm_set1_epi8(0x20));
        let mut among = _mm_setzero_si128();
        for &c in firsts {
            among = _mm_or_si128(among, _mm_cmpeq_epi8(cur, _mm_set1_epi8(c as i8)));
        }
        _mm_movemask_epi8(_mm_and_si128(among, _mm_cmpeq_epi8(prev, _mm_set1_epi8(b' ' as i8)))) as u32
    }
}

/// Bit k set when position `i + k` (k < n) is one [`first_after_space_among`] looks at.
#[cfg(test)]
#[inline]
fn after_space_bits<const N: usize>(b: &[u8], i: usize, n: usize, firsts: &[u8; N]) -> u32 {
    let mut m = 0u32;
    for k in 0..n {
        if b[i + k - 1] == b' ' && firsts.contains(&(b[i + k] | 0x20)) {
            m |= 1 << k;
        }
    }
    m
}

/// Whether the byte is part of a word (non-ASCII bytes count as letters).
#[inline]
pub fn is_word_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c >= 0x80
}

/// The number words [`number_value`] reads, with their values.
const NUMBER_WORDS: &[(&str, u64)] = &[
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
    ("hundred", 100),
    ("both", 2),
    ("a", 1),
    ("an", 1),
    ("single", 1),
];

/// The [`NUMBER_WORDS`] of at most 8 bytes (all but "seventeen"), packed by
/// [`packed_lower`], sorted.
const NUMBER_KEYS: [(u64, u64); NUMBER_WORDS.len() - 1] = sorted_keys(NUMBER_WORDS);

/// [`NUMBER_KEYS`] in a perfect hash table.
static NUMBER_TABLE: PerfectTable<128> = PerfectTable::new(&NUMBER_KEYS);

/// The 1 to 8 bytes of `b` packed into a `u64`, first byte lowest (the bytes above zero),
/// in two or three loads instead of a loop (overlapping loads read the same bytes).
#[inline(always)]
fn load_short(b: &[u8]) -> u64 {
    let n = b.len();
    debug_assert!((1..=8).contains(&n));
    if n >= 4 {
        let lo = u32::from_le_bytes([b[0], b[1], b[2], b[3]]);
        let hi = u32::from_le_bytes([b[n - 4], b[n - 3], b[n - 2], b[n - 1]]);
        u64::from(lo) | u64::from(hi) << (8 * (n - 4))
    } else {
        u64::from(b[0]) | u64::from(b[n / 2]) << (8 * (n / 2)) | u64::from(b[n - 1]) << (8 * (n - 1))
    }
}

/// The number a word stands for: digits ("15"), or a number word ("fifteen").
#[inline(always)]
pub fn number_value(word: &str) -> Option<u64> {
    let b = word.as_bytes();
    let n = if (1..=8).contains(&b.len()) {
        let x = load_short(b);
        // The high bit of each of the word's bytes.
        let high = HIGH >> (8 * (8 - b.len()));
        let low = x & LOW7;
        let digits = at_least(low, b'0') & !at_least(low, b'9' + 1) & !x;
        if digits & high == high && b.len() <= 7 {
            // Up to 7 digits: the value, digit by digit (what `parse` gives).
            return Some(b.iter().fold(0u64, |v, &c| v * 10 + u64::from(c - b'0')));
        }
        // The packed lowercase bytes (`packed_lower`: one to one for the words of the list,
        // all lowercase letters; tested to agree with it), by a perfect hash.
        NUMBER_TABLE.get(x | (ONES * 0x20) >> (8 * (8 - b.len())))
    } else if b.eq_ignore_ascii_case(b"seventeen") {
        Some(17)
    } else {
        None
    };
    debug_assert_eq!(NUMBER_WORDS.iter().find(|(w, _)| w.eq_ignore_ascii_case(word)).map(|&(_, n)| n), n, "{word}");
    n
}

/// The word that ends right before byte `end` (skipping spaces, hyphens and parentheses),
/// with its byte start.
#[inline(always)]
pub fn word_before(text: &str, end: usize) -> Option<(usize, &str)> {
    let b = text.as_bytes();
    let mut e = end.min(b.len());
    while e > 0 && matches!(b[e - 1], b' ' | b'-' | b'(' | b'\t') {
        e -= 1;
    }
    // Back over letters and digits, 8 bytes at a time while 8 are there.
    let mut s = e;
    while let Some(eight) = s.checked_sub(8).and_then(|lo| b.get(lo..s)) {
        // The high bits of the bytes that are neither letters nor digits: the bytes above the
        // highest one end the word.
        let other = !alnum_high8(u64::from_le_bytes(eight.try_into().unwrap_or([0; 8]))) & HIGH;
        let run = (other.leading_zeros() / 8) as usize;
        s -= run;
        if run < 8 {
            return (s < e).then(|| (s, &text[s..e]));
        }
    }
    while s > 0 && (b[s - 1].is_ascii_alphanumeric()) {
        s -= 1;
    }
    (s < e).then(|| (s, &text[s..e]))
}

/// Whether `s` has at most `most` words between whitespace (`s.split_whitespace().count()
/// <= most`): for ASCII text 8 bytes at a time (a mask of the whitespace bytes, and of the
/// bytes after one that are not), stopping once past `most`; other text as `str` counts.
pub fn at_most_words(s: &str, most: usize) -> bool {
    let b = s.as_bytes();
    let mut count = 0;
    // The high bit of the byte before the 8: whitespace (or the start of `s`).
    let mut after_space = 0x80;
    for chunk in b.chunks(8) {
        // (The last bytes padded with spaces, which begin no word.)
        let mut eight = [b' '; 8];
        for (e, &c) in eight.iter_mut().zip(chunk) {
            *e = c;
        }
        let x = u64::from_le_bytes(eight);
        if x & HIGH != 0 {
            return s.split_whitespace().count() <= most;
        }
        // ASCII whitespace as `char::is_whitespace` has it: 0x09 to 0x0D and the space.
        let space = (at_least(x, 0x09) & !at_least(x, 0x0E)) | (!(((x ^ (ONES * 0x20)) + LOW7) | (x ^ (ONES * 0x20))) & HIGH);
        let starts = !space & HIGH & ((space << 8) | after_space);
        // The starts counted (each byte of `starts >> 7` is 0 or 1: their sum, in the top byte).
        count += ((starts >> 7).wrapping_mul(ONES) >> 56) as usize;
        if count > most {
            return false;
        }
        after_space = (space >> 56) & 0x80;
    }
    true
}

/// The word that starts at or after byte `start` (skipping spaces, hyphens, parentheses).
pub fn word_after(text: &str, start: usize) -> Option<(usize, &str)> {
    word_span_after(text.as_bytes(), start).map(|(s, e)| (e, &text[s..e]))
}

/// [`word_after`] as the byte range `(start, end)` of the word, for callers that compare its
/// bytes and need no string slice.
pub fn word_span_after(b: &[u8], start: usize) -> Option<(usize, usize)> {
    let mut s = start.min(b.len());
    while s < b.len() && matches!(b[s], b' ' | b'-' | b'(' | b'\t') {
        s += 1;
    }
    // On over letters and digits, 8 bytes at a time while 8 are there.
    let mut e = s;
    while let Some(eight) = b.get(e..e + 8) {
        let other = !alnum_high8(u64::from_le_bytes(eight.try_into().unwrap_or([0; 8]))) & HIGH;
        let run = (other.trailing_zeros() / 8) as usize;
        e += run;
        if run < 8 {
            return (s < e).then_some((s, e));
        }
    }
    while e < b.len() && b[e].is_ascii_alphanumeric() {
        e += 1;
    }
    (s < e).then_some((s, e))
}

const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
const HIGH: u64 = 0x8080_8080_8080_8080;
const ONES: u64 = 0x0101_0101_0101_0101;

/// The high bit of each byte of `x` (high bits clear) that is at least `lo`: no carry
/// crosses a byte (each sum stays below 0x100).
#[inline(always)]
fn at_least(x: u64, lo: u8) -> u64 {
    x.wrapping_add(ONES * u64::from(0x80 - lo)) & HIGH
}

/// The high bit of each byte of `marks`, gathered into bit k for byte k.
#[inline(always)]
fn gather8(marks: u64) -> u64 {
    ((marks >> 7).wrapping_mul(0x0102_0408_1020_4080)) >> 56
}

/// Bit k set when byte k of `x` (first byte lowest) is an ASCII letter.
#[inline(always)]
fn letter_mask8(x: u64) -> u64 {
    gather8(letter_high8(x))
}

/// The high bit of each byte of `x` that is an ASCII letter (the other bits clear).
#[inline(always)]
fn letter_high8(x: u64) -> u64 {
    let l = (x & LOW7) | (ONES * 0x20);
    at_least(l, b'a') & !at_least(l, b'z' + 1) & !x
}

/// The high bit of each byte of `x` that is an ASCII letter or digit (the other bits clear).
#[inline(always)]
fn alnum_high8(x: u64) -> u64 {
    let low = x & LOW7;
    let l = low | (ONES * 0x20);
    let letter = at_least(l, b'a') & !at_least(l, b'z' + 1);
    let digit = at_least(low, b'0') & !at_least(low, b'9' + 1);
    (letter | digit) & !x
}

/// Converts byte offsets to character offsets. For ASCII text (the common case) they are
/// the same; otherwise a character offset is the byte offset less the UTF-8 continuation
/// bytes before it, whose positions are listed once (summaries have a few).
pub struct CharOffsets<'a> {
    text: &'a str,
    /// Positions of the continuation bytes (10xxxxxx), ascending; empty for ASCII text.
    continuation: Vec<usize>,
}

impl<'a> CharOffsets<'a> {
    pub fn new(text: &'a str) -> Self {
        let mut continuation = Vec::new();
        if !text.is_ascii() {
            let b = text.as_bytes();
            let mut chunks = b.chunks_exact(8);
            let mut at = 0;
            for c in &mut chunks {
                if u64::from_le_bytes(c.try_into().unwrap_or([0; 8])) & 0x8080_8080_8080_8080 != 0 {
                    continuation.extend(c.iter().enumerate().filter(|(_, &x)| x & 0xC0 == 0x80).map(|(k, _)| at + k));
                }
                at += 8;
            }
            continuation.extend(chunks.remainder().iter().enumerate().filter(|(_, &x)| x & 0xC0 == 0x80).map(|(k, _)| at + k));
        }
        CharOffsets { text, continuation }
    }

    fn char_at(&self, byte: usize) -> usize {
        byte - self.continuation.partition_point(|&p| p < byte)
    }

    pub fn span(&self, start: usize, end: usize) -> (usize, usize) {
        if self.continuation.is_empty() {
            (start, end)
        } else {
            debug_assert!(self.text.is_char_boundary(start) && self.text.is_char_boundary(end));
            (self.char_at(start), self.char_at(end))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(t: &str) -> Vec<&str> {
        sentences(t).into_iter().map(|(s, e)| t[s..e].trim()).collect()
    }

    #[test]
    fn sentences_end_at_periods_but_not_at_abbreviations_or_initials() {
        let t = "The U.S. Attorney charged Arthur W. Webster Jr. with trafficking. He posted ads! Did she? Yes.";
        assert_eq!(
            split(t),
            vec!["The U.S. Attorney charged Arthur W. Webster Jr. with trafficking.", "He posted ads!", "Did she?", "Yes."]
        );
    }

    #[test]
    fn a_closing_quote_stays_with_its_sentence() {
        let t = "He called them \u{201c}dates.\u{201d} The victims escaped.";
        let s = split(t);
        assert_eq!(s.len(), 2, "{s:?}");
        assert!(s[0].ends_with('\u{201d}'));
    }

    #[test]
    fn sentences_cover_the_text_without_gaps() {
        let t = "One. Two.\n\nThree";
        let spans = sentences(t);
        assert_eq!(spans.first().map(|s| s.0), Some(0));
        assert_eq!(spans.last().map(|s| s.1), Some(t.len()));
        for w in spans.windows(2) {
            assert_eq!(w[0].1, w[1].0);
        }
    }

    #[test]
    fn sentences_from_words_agree_with_the_byte_scan() {
        let texts = [
            "The U.S. Attorney charged Arthur W. Webster Jr. with trafficking. He posted ads! Did she? Yes.",
            "He called them \u{201c}dates.\u{201d} The victims escaped.",
            "One. Two.\n\nThree",
            ". Leading dot. And 3.5 million dollars. End",
            "",
        ];
        let mut ws = Vec::new();
        for t in texts {
            crate::matcher::words(t, &mut ws);
            assert_eq!(sentences_from_words(t, &ws), sentences(t), "{t:?}");
        }
    }

    fn ends_by_terms(t: &str) -> Vec<usize> {
        let terms: Vec<usize> =
            t.bytes().enumerate().filter(|(_, c)| matches!(c, b'.' | b'!' | b'?' | b'\n')).map(|(i, _)| i).collect();
        let mut ends = Vec::new();
        sentence_ends(t, &terms, &mut ends);
        ends
    }

    proptest::proptest! {
        #[test]
        fn sentence_ends_from_the_terminators_agree_with_the_byte_scan(
            parts in proptest::collection::vec(("[a-zA-Z]{0,4}|U\\.S|Jr|W|\\PC{0,3}", "[ .!?\n\"')\u{2019}\u{201d}]{0,4}"), 0..30)
        ) {
            let t: String = parts.iter().flat_map(|(w, s)| [w.as_str(), s.as_str()]).collect();
            let want: Vec<usize> = sentences(&t).into_iter().map(|s| s.1).collect();
            proptest::prop_assert_eq!(ends_by_terms(&t), want, "{:?}", t);
        }
    }

    proptest::proptest! {
        #[test]
        fn the_fast_sentence_end_agrees_with_the_rules(
            parts in proptest::collection::vec(("[a-zA-Z]{0,4}|U\\.S|Jr|W|[0-9]|\\PC{0,2}", "[ .!?\n\t\r\x0C\"');,a-zA-Z0-9\u{2019}\u{201d}\u{e9}]{0,4}"), 0..30),
            start in 0usize..8
        ) {
            let t: String = parts.iter().flat_map(|(w, s)| [w.as_str(), s.as_str()]).collect();
            let b = t.as_bytes();
            for i in 0..b.len() {
                let start = start.min(i);
                proptest::prop_assert_eq!(sentence_end(b, start, i), sentence_end_general(b, start, i), "{:?} at {}", t, i);
                if let Some(is_end) = sentence_end_flat(b, start, i) {
                    proptest::prop_assert_eq!(is_end.then_some(i + 1), sentence_end_general(b, start, i), "{:?} at {}", t, i);
                }
            }
        }
    }

    /// Random texts of the parts that matter around a terminator: words (abbreviations,
    /// initials, lowercase and uppercase, with periods), the terminators, every kind of
    /// whitespace, closing quotes and brackets, digits, two- and three-byte characters.
    fn terminator_texts(n: usize) -> Vec<String> {
        let parts = [
            "U.S",
            "u.s.a",
            "Mr",
            "mrs",
            "Dr",
            "e.g",
            "i.e",
            "No",
            "no",
            "inc",
            "Sept",
            "approx",
            "approxi",
            "W",
            "j",
            "al",
            "et",
            "v",
            "vs",
            "st",
            "word",
            "Word",
            "words",
            "abcdefgh",
            "3",
            "12",
            "x1",
            ".",
            ". ",
            "! ",
            "? ",
            "?",
            "!",
            ".\n",
            "\n",
            "\n\n",
            "\r\n",
            " ",
            "  ",
            "        ",
            "\t",
            "\x0B",
            "\x0C",
            "\"",
            "'",
            ")",
            "(",
            "\u{2019}",
            "\u{201d}",
            "\u{e9}",
            ",",
            ";",
            "-",
            "A",
            "The",
            "the",
            "a",
            " Mr. Smith",
            " U.S. The",
            " J. Doe",
            "(e.g. This",
            " No. 5",
            " it. He",
        ];
        let mut rng = crate::test_rng::Xorshift::new();
        let mut next = move |m: usize| rng.below(m);
        (0..n).map(|_| (0..next(60)).map(|_| parts[next(parts.len())]).collect()).collect()
    }

    #[test]
    #[cfg(target_arch = "x86_64")]
    fn four_terminators_at_once_are_decided_as_one_at_a_time() {
        if !std::arch::is_x86_feature_detected!("avx2") {
            return;
        }
        let (mut decided, mut ends, mut abbreviations) = (0, 0, 0);
        for t in terminator_texts(20_000) {
            let b = t.as_bytes();
            if b.len() < 17 {
                continue;
            }
            // Every byte (a terminator or not) and past the end, four at a time, in every
            // lane: those without 8 bytes before and after them undecided.
            let all: Vec<usize> = (0..b.len() + 3).collect();
            for at in all.windows(4) {
                let at = [at[0], at[1], at[2], at[3]];
                // SAFETY: AVX2 is available (checked above); `b` has 17 bytes or more.
                let (got_decided, got_end, dots) = unsafe { flat4_avx2(b, at) };
                for (k, &i) in at.iter().enumerate() {
                    let inside = i >= 8 && i + 9 <= b.len();
                    let want = if inside { sentence_end_flat(b, i - 8, i) } else { None };
                    let got = (got_decided >> k & 1 != 0).then_some(got_end >> k & 1 != 0);
                    assert_eq!(got, want, "{t:?} at {i}");
                    if inside {
                        assert_eq!(dots >> k & 1 != 0, b[i] == b'.');
                    }
                    if k == 0 {
                        decided += usize::from(want.is_some());
                        ends += usize::from(want == Some(true));
                        abbreviations += usize::from(
                            want == Some(false) && b[i] == b'.' && b.get(i + 1) == Some(&b' ') && b[i + 2].is_ascii_uppercase(),
                        );
                    }
                }
            }
        }
        assert!(decided > 50_000 && ends > 20_000 && abbreviations > 5_000, "{decided} {ends} {abbreviations}");
    }

    #[test]
    fn sentence_ends_four_at_a_time_are_those_one_at_a_time() {
        let mut checked = 0;
        for t in terminator_texts(20_000) {
            let terms: Vec<usize> =
                t.bytes().enumerate().filter(|(_, c)| matches!(c, b'.' | b'!' | b'?' | b'\n')).map(|(i, _)| i).collect();
            let (mut got, mut want) = (Vec::new(), Vec::new());
            sentence_ends(&t, &terms, &mut got);
            sentence_ends_scalar(&t, &terms, &mut want);
            assert_eq!(got, want, "{t:?}");
            let by_bytes: Vec<usize> = sentences(&t).into_iter().map(|s| s.1).collect();
            assert_eq!(got, by_bytes, "{t:?}");
            checked += got.len();
        }
        assert!(checked > 50_000, "{checked}");
    }

    #[test]
    fn the_top_table_holds_the_abbreviations_and_no_other_word() {
        for w in ABBREVIATIONS {
            let k = top_key(packed_lower(w.as_bytes()));
            assert_eq!(ABBREVIATION_TOP.keys[top_slot(k, ABBREVIATION_TOP.mul)], k, "{w}");
        }
        let held = ABBREVIATION_TOP.keys.iter().filter(|&&k| k != u64::MAX).count();
        assert_eq!(held, ABBREVIATIONS.len());
        for w in ["us", "u.", "jrr", "m", "mrss", "appro", "sep.", "a", "ab"] {
            let k = top_key(packed_lower(w.as_bytes()));
            assert_ne!(ABBREVIATION_TOP.keys[top_slot(k, ABBREVIATION_TOP.mul)], k, "{w}");
        }
    }

    #[test]
    fn at_most_words_counts_as_split_whitespace_does() {
        let parts = [
            "a", "word", "Ab9", " ", "  ", "\t", "\n", "\r", "\x0B", "\x0C", "\x1C", "\x1F", "\x08", ",", "-", "\u{a0}",
            "\u{2003}", "\u{e9}", "\u{85}", "!",
        ];
        let mut rng = crate::test_rng::Xorshift(0x2545_F491_4F6C_DD1D);
        let mut next = move |m: usize| rng.below(m);
        let (mut yes, mut no) = (0, 0);
        for _ in 0..50_000 {
            let t: String = (0..next(30)).map(|_| parts[next(parts.len())]).collect();
            for most in 0..6 {
                let want = t.split_whitespace().count() <= most;
                assert_eq!(at_most_words(&t, most), want, "{t:?} {most}");
                yes += usize::from(want);
                no += usize::from(!want);
            }
        }
        assert!(yes > 50_000 && no > 50_000, "{yes} {no}");
    }

    #[test]
    fn the_flat_sentence_end_decides_most_terminators_as_the_rules_do() {
        let t = "Mr. Smith met J. Doe at 3.5 p.m. in the U.S. He left!  Then? no.\n\nThe end. e.g. this\nand that. (Quoted.) Done.\r\nOver.   \t  Fine.";
        let b = t.as_bytes();
        let (mut decided, mut ends) = (0, 0);
        for start in [0, 5] {
            for i in start..b.len() {
                if let Some(is_end) = sentence_end_flat(b, start, i) {
                    assert_eq!(is_end.then_some(i + 1), sentence_end_general(b, start, i), "at {i}");
                    decided += 1;
                    ends += usize::from(is_end);
                }
            }
        }
        assert!(decided > 20 && ends > 5 && ends < decided, "{decided} {ends}");
    }

    #[test]
    fn the_number_words_and_abbreviations_match_their_lists() {
        for (w, n) in [("one", 1), ("Seventeen", 17), ("HUNDRED", 100), ("both", 2), ("An", 1), ("single", 1), ("ninety", 90)] {
            assert_eq!(number_value(w), Some(n), "{w}");
        }
        for w in [
            "",
            "o",
            "onee",
            "seventeenth",
            "zero",
            "million",
            "one",
            "eleven",
            "thirteen",
            "fourteen",
            "sixteen",
            "eighteen",
            "nineteen",
            "twenty",
            "thirty",
            "forty",
            "fifty",
            "sixty",
            "seventy",
            "eighty",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "twelve",
        ] {
            // The debug assertions compare with the list for every word asked.
            let _ = number_value(w);
        }
        for w in ["", "o", "onee", "seventeenth", "zero", "million"] {
            assert_eq!(number_value(w), None, "{w}");
        }
        for a in ABBREVIATIONS {
            let t = format!("x {}. Next", a.to_uppercase());
            assert!(is_abbreviation(t.as_bytes(), 0, 2 + a.len()), "{a}");
        }
        for w in ["ads", "her", "approxi", "us"] {
            let t = format!("x {w}. Next");
            assert!(!is_abbreviation(t.as_bytes(), 0, 2 + w.len()), "{w}");
        }
    }

    #[test]
    fn whitespace_words_find_what_the_byte_loop_finds() {
        // Every byte value in every position of a word, among others that are whitespace.
        for c in 0..=255u8 {
            for at in 0..8 {
                let mut w = *b" a\t\n\x0c\rB\x0b";
                w[at] = c;
                let x = u64::from_le_bytes(w);
                for (k, &byte) in w.iter().enumerate() {
                    assert_eq!(space_high8(x) >> (8 * k + 7) & 1 == 1, byte.is_ascii_whitespace(), "{w:?} {k}");
                }
            }
        }
        let slow = |b: &[u8], j: usize| {
            let mut k = j;
            while k < b.len() && b[k].is_ascii_whitespace() {
                k += 1;
            }
            k > j && (k >= b.len() || !b[k].is_ascii_lowercase())
        };
        let pieces: [&[u8]; 8] = [b" ", b"\n", b"\t\r", b"        ", b"a", b"B", b"1", b"\xc3\xa9"];
        let mut texts: Vec<Vec<u8>> = vec![Vec::new()];
        for _ in 0..4 {
            texts = texts.iter().flat_map(|t| pieces.iter().map(move |p| [t.as_slice(), p].concat())).collect();
        }
        let mut differ = 0;
        for t in &texts {
            for j in 0..t.len() {
                assert_eq!(space_then_no_lowercase(t, j), slow(t, j), "{t:?} {j}");
                differ += usize::from(space_then_no_lowercase(t, j));
            }
        }
        assert!(differ > 0 && differ < texts.iter().map(Vec::len).sum::<usize>());
    }

    #[test]
    fn positions_after_a_space_are_found_as_the_byte_loop_finds_them() {
        let texts = ["", " ", "a", " c", "x cy", " leading and trailing ", "a  b   c    d     e      f       g        h"];
        let mut all: Vec<Vec<u8>> = texts.iter().map(|t| t.as_bytes().to_vec()).collect();
        let mut seed = 0x2545_F491_4F6C_DD1Du64;
        for _ in 0..3000 {
            let n = (seed % 110) as usize;
            let mut v = Vec::new();
            for _ in 0..n {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                v.push([b' ', b'c', b'C', b's', b'a', 0, b'!', b'#', 0xC3, 0x43 | 0x80, b'W'][(seed % 11) as usize]);
            }
            all.push(v);
        }
        let firsts = b"csfwpt";
        for b in &all {
            for end in 0..=b.len() + 2 {
                let stop = end.min(b.len());
                let want: Vec<usize> =
                    (1..stop).filter(|&i| b[i - 1] == b' ' && firsts.contains(&b[i].to_ascii_lowercase())).collect();
                let mut got = Vec::new();
                let none: Option<()> = first_after_space_among(b, end, firsts, |i| {
                    got.push(i);
                    None
                });
                assert!(none.is_none());
                assert_eq!(got, want, "{b:?} end {end}");
                // The first answer stops the search.
                assert_eq!(first_after_space_among(b, end, firsts, Some), want.first().copied());
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn letter_runs_are_found_as_the_byte_loop_finds_them(text in "([a-zA-Z0-9 .,@\\[`{\n-]|\u{2019}|é|Ü|\u{1F600}){0,40}") {
            let b = text.as_bytes();
            let want: Vec<usize> =
                (0..b.len()).filter(|&i| b[i].is_ascii_alphabetic() && (i == 0 || !b[i - 1].is_ascii_alphabetic())).collect();
            let mut got = Vec::new();
            for_each_letter_run(b, |i| got.push(i));
            proptest::prop_assert_eq!(got, want);
        }

        #[test]
        fn packed_words_are_found_as_the_lists_find_them(word in "[a-zA-Z.]{0,9}|[a-zA-Z0-9\u{0}-\u{7f}é]{0,4}") {
            let want = NUMBER_WORDS.iter().find(|(w, _)| w.eq_ignore_ascii_case(&word)).map(|&(_, n)| n);
            if !word.bytes().all(|c| c.is_ascii_digit()) || word.is_empty() {
                proptest::prop_assert_eq!(number_value(&word), want);
            }
            let t = format!("{word}.");
            let abbreviation = ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(&word))
                || (word.len() == 1 && word.as_bytes()[0].is_ascii_uppercase());
            if word.bytes().all(|c| c.is_ascii_alphabetic() || c == b'.') {
                proptest::prop_assert_eq!(is_abbreviation(t.as_bytes(), 0, word.len()), abbreviation);
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn words_before_and_after_are_found_as_the_byte_loops_find_them(
            text in "([a-zA-Z0-9 (\t.,@\\[`{/:-]|\u{2019}|é|\u{1F600}){0,40}", at in 0usize..45
        ) {
            let b = text.as_bytes();
            let at = (0..=at.min(b.len())).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
            // The byte loops (the code before the 8-byte steps).
            let mut e = at;
            while e > 0 && matches!(b[e - 1], b' ' | b'-' | b'(' | b'\t') {
                e -= 1;
            }
            let mut s = e;
            while s > 0 && b[s - 1].is_ascii_alphanumeric() {
                s -= 1;
            }
            proptest::prop_assert_eq!(word_before(&text, at), (s < e).then(|| (s, &text[s..e])));
            let mut s = at;
            while s < b.len() && matches!(b[s], b' ' | b'-' | b'(' | b'\t') {
                s += 1;
            }
            let mut e = s;
            while e < b.len() && b[e].is_ascii_alphanumeric() {
                e += 1;
            }
            proptest::prop_assert_eq!(word_after(&text, at), (s < e).then(|| (e, &text[s..e])));
        }
    }

    /// `is_abbreviation` as a byte loop over the whole word (the reference).
    fn is_abbreviation_by_bytes(b: &[u8], sentence_start: usize, dot: usize) -> bool {
        let mut s = dot;
        while s > sentence_start && (b[s - 1].is_ascii_alphabetic() || b[s - 1] == b'.') {
            s -= 1;
        }
        let word = &b[s..dot];
        if word.len() == 1 && word[0].is_ascii_uppercase() {
            return true;
        }
        ABBREVIATIONS.iter().any(|a| a.as_bytes().eq_ignore_ascii_case(word))
    }

    proptest::proptest! {
        #[test]
        fn abbreviations_are_found_as_the_byte_loop_finds_them(
            parts in proptest::collection::vec("[a-zA-Z]{0,3}|U\\.S|u\\.s\\.a|Approx|SUPP|e\\.g|[ .,0-9\u{0}\u{2e}\u{ae}é@\\[`{]", 0..12),
            start in 0usize..20
        ) {
            let t: String = parts.concat();
            let b = t.as_bytes();
            for dot in 0..=b.len() {
                let start = start.min(dot);
                proptest::prop_assert_eq!(
                    is_abbreviation(b, start, dot), is_abbreviation_by_bytes(b, start, dot), "{:?} start {} dot {}", t, start, dot
                );
            }
        }
    }

    #[test]
    fn the_perfect_tables_hold_their_keys_and_no_other() {
        fn check<const S: usize>(table: &PerfectTable<S>, pairs: &[(u64, u64)]) {
            for &(k, v) in pairs {
                assert_eq!(table.get(k), Some(v), "{k:x}");
                assert!(table.contains(k));
            }
            assert_eq!(table.keys.iter().filter(|&&k| k != u64::MAX).count(), pairs.len());
            // Other keys (near the list's, and scattered), as the binary search finds them.
            let mut seed = 0x2545_F491_4F6C_DD1Du64;
            let mut probes: Vec<u64> = pairs.iter().flat_map(|&(k, _)| [k ^ 1, k ^ 0x100, k + 1, k << 8 | 0x61]).collect();
            for _ in 0..20_000 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                probes.push(seed >> (8 * (seed % 8)));
            }
            probes.extend([0, u64::MAX - 1]);
            for k in probes {
                let want = pairs.iter().find(|p| p.0 == k).map(|p| p.1);
                assert_eq!(table.get(k), want, "{k:x}");
                assert_eq!(table.contains(k), want.is_some(), "{k:x}");
            }
        }
        check(&NUMBER_TABLE, &NUMBER_KEYS);
        check(&ABBREVIATION_TABLE, &ABBREVIATION_KEYS);
    }

    #[test]
    fn short_loads_pack_as_the_byte_loop_packs() {
        let b: Vec<u8> = (1..=12u8).map(|c| c.wrapping_mul(37) | 1).collect();
        for s in 0..b.len() {
            for n in 1..=8.min(b.len() - s) {
                let w = &b[s..s + n];
                let want = w.iter().enumerate().fold(0u64, |x, (k, &c)| x | u64::from(c) << (8 * k));
                assert_eq!(load_short(w), want, "{w:?}");
            }
        }
        for (w, n) in
            [("0", Some(0)), ("7", Some(7)), ("1234567", Some(1_234_567)), ("12345678", None), ("12a", None), ("0009", Some(9))]
        {
            assert_eq!(number_value(w), n, "{w}");
        }
    }

    #[test]
    fn char_offsets_count_forward_and_back() {
        let t = "Côte d'Ivoire, “São Paulo” and Zürich; then 中文 text";
        let offsets = CharOffsets::new(t);
        let mut spans: Vec<(usize, usize)> = t.char_indices().map(|(i, c)| (i, i + c.len_utf8())).collect();
        // Forward, backward and jumping about, as evidence spans come.
        spans.extend(spans.clone().into_iter().rev());
        spans.extend([(t.len(), t.len()), (0, 0), (7, 9)]);
        for (s, e) in spans {
            let want = (t[..s].chars().count(), t[..e].chars().count());
            assert_eq!(offsets.span(s, e), want, "{s}..{e}");
        }
    }

    #[test]
    fn numbers_read_as_digits_or_words() {
        assert_eq!(number_value("15"), Some(15));
        assert_eq!(number_value("Fifteen"), Some(15));
        assert_eq!(number_value("several"), None);
        assert_eq!(number_value("12345678901"), None);
    }

    #[test]
    fn words_before_and_after_skip_hyphens() {
        let t = "the 15-year-old girl";
        let i = t.find("year").unwrap_or(0);
        assert_eq!(word_before(t, i).map(|w| w.1), Some("15"));
        assert_eq!(word_after(t, 3).map(|w| w.1), Some("15"));
    }
}
