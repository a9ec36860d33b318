//! Where a command writes its output file: a temporary file beside it, renamed over it at the
//! end (a reader never sees half a file, and a failed run leaves none), unless the target
//! exists and is no regular file (`/dev/null`, `/dev/stdout`, a pipe): a rename would replace
//! the device or pipe itself with a regular file, so that is written to directly.

use std::path::{Path, PathBuf};

/// The temporary file to write for `dest` (`dest` with extension `ext`), or `None` when
/// `dest` is to be written directly.
pub fn staging(dest: &Path, ext: &str) -> Option<PathBuf> {
    let special = std::fs::metadata(dest).is_ok_and(|m| !m.is_file() && !m.is_dir());
    (!special).then(|| dest.with_extension(ext))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_or_regular_file_is_staged_and_a_device_is_not() {
        let dir = tempfile::tempdir().unwrap();
        let new = dir.path().join("out.csv");
        assert_eq!(staging(&new, "partial"), Some(dir.path().join("out.partial")));
        std::fs::write(&new, "x").unwrap();
        assert_eq!(staging(&new, "partial"), Some(dir.path().join("out.partial")));
        #[cfg(unix)]
        assert_eq!(staging(Path::new("/dev/null"), "partial"), None);
    }
}
