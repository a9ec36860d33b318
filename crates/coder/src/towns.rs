//! Towns and regions as places of a country (`data/towns.tsv`, made by
//! `scripts/make_towns.py` from GeoNames and ISO 3166-2): "convicted by the Regional Court
//! of Vienna" names Austria, "recruited in Caaguazú" Paraguay.
//!
//! Some 41,000 names are too many for the phrase matcher, whose tables stay in the
//! processor's cache because they are small. They are looked up after it, from the words it
//! has split and keyed, and only in a summary that does not name the case's own country
//! already (most CLDB summaries do; the look-up also stops at the first town of that
//! country, most often the court's): a word the text writes capitalised is looked up in a
//! bit filter of the names' first words, then of their keys (32 KiB each), then in a hash
//! map. A name is read only where no place of the lexicon already is ("San Pedro Sula" is a
//! place of `places.tsv`; "San Pedro" inside it is not looked up).
//!
//! A name's countries: a `city` row is read as a place of its country in any case; a
//! `town` row only in a case of that country (a small town abroad is more often a person, a
//! street or a shop of the same name). A name shared by towns of several countries is read
//! as the case's own where it is one of them, else as its city, if it has one.

use crate::keyhash::KeyMap;
use crate::matcher::{phrase_word_keys, Span};
use crate::CodeError;

/// Bits of the filter of first words (32 KiB: about one bit in eight is set).
const FILTER_BITS: u32 = 18;

/// The towns of the lexicon.
#[derive(Debug, Clone, Default)]
pub struct Towns {
    /// One bit per filter slot of a name's first word (`first`), and of a name's key
    /// (its word's, or the [`pair`] of its first two words': `filter`).
    first: Vec<u64>,
    filter: Vec<u64>,
    /// The names of one word by its key, and the names of several by the [`pair`] of
    /// their first two words' keys (the longest first): indexes into `names`. (By the first
    /// word alone, a capitalised "The", "San" or "Al" tried hundreds of names.)
    singles: KeyMap<u64, u32>,
    pairs: KeyMap<u64, Vec<u32>>,
    names: Vec<Town>,
}

#[derive(Debug, Clone)]
struct Town {
    /// The keys of the words after the first.
    rest: Vec<u64>,
    /// The countries of towns or regions of this name (indexes into the lexicon's
    /// countries), and the one read in any case, if any.
    countries: Vec<u16>,
    city: Option<u16>,
}

/// A town found in a text: its byte span and its country (an index into the lexicon's
/// countries).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TownHit {
    pub start: usize,
    pub end: usize,
    pub country: u16,
}

/// The key of two consecutive words' keys.
#[inline(always)]
fn pair(first: u64, second: u64) -> u64 {
    let h = (first.rotate_left(29) ^ second).wrapping_mul(0xD6E8_FEB8_6659_FD93);
    h ^ (h >> 32)
}

#[inline(always)]
fn slot(key: u64) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - FILTER_BITS)) as usize
}

impl Towns {
    /// Reads `towns.tsv` (name, ISO3, kind `city` or `town`); `country` gives a country's
    /// index in the lexicon, or `None` for a code that is not a country.
    pub(crate) fn from_tsv(text: &str, mut country: impl FnMut(&str) -> Option<u16>) -> Result<Towns, CodeError> {
        let bad = |line: usize, message: String| CodeError::Lexicon { file: "towns.tsv".to_string(), line, message };
        let mut t = Towns { first: vec![0; 1 << (FILTER_BITS - 6)], filter: vec![0; 1 << (FILTER_BITS - 6)], ..Towns::default() };
        // (By the names' word keys, hashed as the look-up's maps are: SipHash over 40,000
        // names cost more than the rest of the load.)
        let mut by_name: KeyMap<Vec<u64>, u32> = KeyMap::default();
        // (Scratch for the names' keys, kept from one line to the next.)
        let (mut ws, mut padded, mut keys) = (Vec::new(), Vec::new(), Vec::new());
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let mut cols = line.split('\t');
            let (Some(name), Some(iso), Some(kind), None) = (cols.next(), cols.next(), cols.next(), cols.next()) else {
                return Err(bad(i + 1, "expected 3 tab-separated columns".to_string()));
            };
            let c = country(iso.trim()).ok_or_else(|| bad(i + 1, format!("'{iso}' is not an ISO3 country code")))?;
            let city = match kind.trim() {
                "city" => true,
                "town" => false,
                k => return Err(bad(i + 1, format!("unknown kind '{k}'"))),
            };
            let name = name.trim();
            // ("San Pedro" and "San-Pedro" are one name: the same words.)
            phrase_word_keys(name, &mut ws, &mut padded, &mut keys);
            let ix = match by_name.get(&keys) {
                Some(&ix) => ix,
                None => {
                    let key = match keys[..] {
                        [] => return Err(bad(i + 1, "empty name".to_string())),
                        [one] => one,
                        [first, second, ..] => pair(first, second),
                    };
                    let ix = u32::try_from(t.names.len()).map_err(|_| bad(i + 1, "too many names".to_string()))?;
                    t.names.push(Town { rest: keys[1..].to_vec(), countries: Vec::new(), city: None });
                    if keys.len() == 1 {
                        t.singles.insert(key, ix);
                    } else {
                        t.pairs.entry(key).or_default().push(ix);
                    }
                    t.filter[slot(key) / 64] |= 1 << (slot(key) % 64);
                    t.first[slot(keys[0]) / 64] |= 1 << (slot(keys[0]) % 64);
                    by_name.insert(keys.clone(), ix);
                    ix
                }
            };
            let town = &mut t.names[ix as usize];
            if town.countries.contains(&c) {
                continue;
            }
            town.countries.push(c);
            if city {
                if town.city.is_some() {
                    return Err(bad(i + 1, format!("'{name}' has two cities")));
                }
                town.city = Some(c);
            }
        }
        for list in t.pairs.values_mut() {
            let names = &t.names;
            list.sort_by_key(|&ix| std::cmp::Reverse(names[ix as usize].rest.len()));
        }
        Ok(t)
    }

    /// Names read.
    pub fn len(&self) -> usize {
        self.names.len()
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// The towns of `text` (split into `words` by the matcher) read as places, in text
    /// order, into `out`: words the text writes capitalised, outside the spans `taken`
    /// (the lexicon's own places, in text order), `home` the index of the case's country.
    /// Stops at the first town of the case's own country.
    pub fn find(&self, text: &str, words: &[Span], taken: &[(usize, usize)], home: Option<u16>, out: &mut Vec<TownHit>) {
        out.clear();
        if self.names.is_empty() {
            return;
        }
        let b = text.as_bytes();
        let mut taken = taken.iter().peekable();
        let mut i = 0;
        while i < words.len() {
            let w = words[i];
            i += 1;
            // Only words written capitalised (or beginning with a non-ASCII letter), one in
            // seven or so. (One pass, which ends at the case's own country, most often
            // named early by its court's town: a first pass that gathered the capitals
            // without a branch cost more, over every word.)
            let c = b.get(w.start as usize).copied().unwrap_or(0);
            if !(c.is_ascii_uppercase() || c >= 0x80) {
                continue;
            }
            let at = i - 1;
            // (Most capitalised words begin no name: "The", "He", people's names.)
            let s = slot(w.key());
            if self.first[s / 64] >> (s % 64) & 1 == 0 {
                continue;
            }
            let start = w.start as usize;
            // Names of several words first (the longest wins), then of one.
            let mut found = None;
            if let Some(&second) = words.get(at + 1) {
                let key = pair(w.key(), second.key());
                let s = slot(key);
                if self.filter[s / 64] >> (s % 64) & 1 != 0 {
                    for &ix in self.pairs.get(&key).map_or(&[][..], Vec::as_slice) {
                        let town = &self.names[ix as usize];
                        let n = town.rest.len();
                        if at + n >= words.len() {
                            continue;
                        }
                        let fits = town.rest.iter().enumerate().all(|(k, &key)| {
                            let (prev, next) = (words[at + k], words[at + k + 1]);
                            // (One space or hyphen between: compared as bytes, not as slices.)
                            let (e, s) = (prev.end as usize, next.start as usize);
                            next.key() == key && s == e + 1 && matches!(b[e], b' ' | b'-')
                        });
                        if fits {
                            found = Some((ix, n));
                            break;
                        }
                    }
                }
            }
            if found.is_none() {
                let s = slot(w.key());
                if self.filter[s / 64] >> (s % 64) & 1 != 0 {
                    found = self.singles.get(&w.key()).map(|&ix| (ix, 0));
                }
            }
            let Some((ix, n)) = found else {
                continue;
            };
            let end = words[at + n].end as usize;
            i = at + n + 1;
            while taken.next_if(|&&(_, e)| e <= start).is_some() {}
            if taken.peek().is_some_and(|&&(s, _)| s < end) {
                continue;
            }
            let town = &self.names[ix as usize];
            let country = match home {
                Some(h) if town.countries.contains(&h) => Some(h),
                _ => town.city,
            };
            if let Some(country) = country {
                out.push(TownHit { start, end, country });
                // (The case's own country named: the rest is read only for cities abroad,
                // which added little to the list and cost a look-up per capital.)
                if Some(country) == home {
                    return;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matcher::{Buffers, Matcher};

    fn towns() -> Towns {
        let tsv = "# test\nVienna\tAUT\tcity\nVienna\tUSA\ttown\nCaaguazú\tPRY\ttown\nSan Pedro\tPHL\tcity\n\
                   San Pedro\tUSA\ttown\nSan Pedro de Macorís\tDOM\tcity\nEssex\tUSA\ttown\nEssex\tGBR\ttown\n";
        let codes = ["AUT", "USA", "PRY", "PHL", "DOM", "GBR"];
        Towns::from_tsv(tsv, |c| codes.iter().position(|x| *x == c).map(|i| i as u16)).expect("valid")
    }

    fn find(text: &str, taken: &[(usize, usize)], home: u16) -> Vec<(String, u16)> {
        let m = Matcher::default();
        let mut buf = Buffers::default();
        m.scan(text, &mut buf);
        let mut out = Vec::new();
        towns().find(text, buf.words(), taken, Some(home), &mut out);
        out.iter().map(|h| (text[h.start..h.end].to_string(), h.country)).collect()
    }

    #[test]
    fn a_city_is_read_in_any_case_and_a_town_only_at_home() {
        // AUT 0, USA 1, PRY 2, PHL 3, DOM 4, GBR 5.
        assert_eq!(find("The Regional Court of Vienna convicted him.", &[], 5), [("Vienna".to_string(), 0)]);
        // Vienna, Virginia, in a US case.
        assert_eq!(find("He lived in Vienna with the women.", &[], 1), [("Vienna".to_string(), 1)]);
        assert_eq!(find("Women recruited in Caaguazú were brought here.", &[], 2), [("Caaguazú".to_string(), 2)]);
        assert!(find("Women recruited in Caaguazú were brought here.", &[], 0).is_empty());
        // A name of two countries, neither the case's, and no city: not read.
        assert!(find("A pub in Essex.", &[], 0).is_empty());
        assert_eq!(find("A pub in Essex.", &[], 5), [("Essex".to_string(), 5)]);
    }

    #[test]
    fn the_longest_name_wins_and_only_capitalised_words_are_read() {
        assert_eq!(find("recruited in San Pedro de Macorís by a woman", &[], 0), [("San Pedro de Macorís".to_string(), 4)]);
        assert_eq!(find("recruited in San Pedro by a woman", &[], 0), [("San Pedro".to_string(), 3)]);
        assert!(find("she went to vienna", &[], 0).is_empty());
        // Words of a name are next to each other, not across a comma.
        assert!(find("in San, Pedro", &[], 0).is_empty());
        assert_eq!(find("in San-Pedro", &[], 0), [("San-Pedro".to_string(), 3)]);
    }

    #[test]
    fn a_place_of_the_lexicon_hides_the_towns_inside_it() {
        let text = "from San Pedro Sula and Vienna";
        let at = text.find("San Pedro Sula").unwrap();
        assert_eq!(find(text, &[(at, at + "San Pedro Sula".len())], 5), [("Vienna".to_string(), 0)]);
    }

    #[test]
    fn bad_rows_name_their_line() {
        let codes = |c: &str| (c == "AUT").then_some(0u16);
        let e = Towns::from_tsv("Vienna\tXXX\tcity\n", codes).unwrap_err().to_string();
        assert!(e.contains("towns.tsv") && e.contains('1') && e.contains("XXX"), "{e}");
        let e = Towns::from_tsv("# x\nVienna\tAUT\tvillage\n", codes).unwrap_err().to_string();
        assert!(e.contains('2') && e.contains("village"), "{e}");
        assert!(Towns::from_tsv("Vienna\tAUT\n", codes).is_err());
    }
}
