//! A small cache for public aggregates: a fresh entry is answered at once; a stale one too,
//! while one background task refreshes it (an expiry never stalls requests); a key with no
//! entry is computed once however many requests ask for it at the same time.

use std::collections::HashMap;
use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tokio::sync::OnceCell;

use crate::Failure;

/// Keys beyond this many empty the cache: every distinct query string makes a key.
const MAX_KEYS: usize = 4096;

struct Entry<V> {
    at: Instant,
    value: V,
    refreshing: bool,
}

pub struct Cache<V> {
    ttl: Duration,
    entries: Mutex<HashMap<String, Entry<V>>>,
    inflight: Mutex<HashMap<String, Arc<OnceCell<V>>>>,
}

impl<V: Clone + Send + Sync + 'static> Cache<V> {
    /// A cache keeping values `ttl` fresh; a zero `ttl` computes every time.
    pub fn new(ttl: Duration) -> Cache<V> {
        Cache { ttl, entries: Mutex::default(), inflight: Mutex::default() }
    }

    pub async fn get<F, Fut>(self: &Arc<Self>, key: String, make: F) -> Result<V, Failure>
    where
        F: Fn() -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<V, Failure>> + Send + 'static,
    {
        if self.ttl.is_zero() {
            return make().await;
        }
        {
            let mut entries = self.entries.lock().unwrap_or_else(|p| p.into_inner());
            if let Some(e) = entries.get_mut(&key) {
                if e.at.elapsed() >= self.ttl && !e.refreshing {
                    e.refreshing = true;
                    let (me, k, fut) = (self.clone(), key.clone(), make());
                    tokio::spawn(async move {
                        match fut.await {
                            Ok(v) => me.put(k, v),
                            // Keep answering the stale value; the next request past the TTL retries.
                            Err(_) => {
                                if let Some(e) = me.entries.lock().unwrap_or_else(|p| p.into_inner()).get_mut(&k) {
                                    e.refreshing = false;
                                }
                            }
                        }
                    });
                }
                return Ok(e.value.clone());
            }
        }
        let cell = self.inflight.lock().unwrap_or_else(|p| p.into_inner()).entry(key.clone()).or_default().clone();
        let value = cell.get_or_try_init(&make).await?.clone();
        self.put(key.clone(), value.clone());
        self.inflight.lock().unwrap_or_else(|p| p.into_inner()).remove(&key);
        Ok(value)
    }

    fn put(&self, key: String, value: V) {
        let mut entries = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        if entries.len() >= MAX_KEYS && !entries.contains_key(&key) {
            entries.clear();
        }
        entries.insert(key, Entry { at: Instant::now(), value, refreshing: false });
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};

    use super::*;

    #[tokio::test]
    async fn many_asking_at_once_compute_once_and_a_stale_value_is_answered_while_it_refreshes() {
        let cache = Arc::new(Cache::new(Duration::from_millis(50)));
        let calls = Arc::new(AtomicUsize::new(0));
        let make = |calls: Arc<AtomicUsize>| {
            move || {
                let calls = calls.clone();
                async move {
                    tokio::time::sleep(Duration::from_millis(20)).await;
                    Ok(calls.fetch_add(1, Ordering::SeqCst) + 1)
                }
            }
        };
        let asks: Vec<_> = (0..20)
            .map(|_| {
                let (c, m) = (cache.clone(), make(calls.clone()));
                tokio::spawn(async move { c.get("k".into(), m).await })
            })
            .collect();
        for a in asks {
            assert_eq!(a.await.expect("joins").expect("computes"), 1);
        }
        assert_eq!(calls.load(Ordering::SeqCst), 1);
        tokio::time::sleep(Duration::from_millis(60)).await;
        assert_eq!(cache.get("k".into(), make(calls.clone())).await.expect("stale"), 1, "stale, answered at once");
        // The refresh runs in the background: wait for it rather than for a fixed time, which
        // a loaded machine (six builds on two cores) can overrun.
        let mut seen = 1;
        for _ in 0..500 {
            tokio::time::sleep(Duration::from_millis(10)).await;
            seen = cache.get("k".into(), make(calls.clone())).await.expect("answers");
            if seen == 2 {
                break;
            }
        }
        assert_eq!(seen, 2, "refreshed in the background");
    }
}
