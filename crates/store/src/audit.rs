//! The audit trail: each entry's hash covers the previous entry's hash and its own fields,
//! so an edited, removed or reordered entry breaks the chain.

use sha2::{Digest, Sha256};

pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// One entry's fields, in the order the hash covers them.
pub struct Entry<'a> {
    pub at: &'a str,
    pub actor: &'a str,
    pub action: &'a str,
    pub table: &'a str,
    pub row_key: &'a str,
    pub old: Option<&'a str>,
    pub new: Option<&'a str>,
}

pub fn hash(prev: &str, e: &Entry<'_>) -> String {
    let mut h = Sha256::new();
    for part in [Some(prev), Some(e.at), Some(e.actor), Some(e.action), Some(e.table), Some(e.row_key), e.old, e.new] {
        match part {
            Some(s) => {
                h.update((s.len() as u64).to_le_bytes());
                h.update(s.as_bytes());
            }
            None => h.update(u64::MAX.to_le_bytes()),
        }
    }
    hex(&h.finalize())
}

pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(DIGITS[usize::from(b >> 4)] as char);
        s.push(DIGITS[usize::from(b & 15)] as char);
    }
    s
}

/// What `tipdata audit verify` found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuditReport {
    pub entries: u64,
    /// Entries whose hash or link does not match, by sequence number.
    pub broken: Vec<String>,
    /// Stored cells whose value is not the last value the trail recorded for them.
    pub unaccounted: Vec<String>,
}

impl AuditReport {
    pub fn ok(&self) -> bool {
        self.broken.is_empty() && self.unaccounted.is_empty()
    }
}
