//! Where a command writes its output file: a temporary file beside it, renamed over it at the
//! end (a reader never sees half a file, and a failed run leaves none), unless the target
//! exists and is no regular file (`/dev/null`, `/dev/stdout`, a pipe): a rename would replace
//! the device or pipe itself with a regular file, so that is written to directly.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

/// The temporary file to write for `dest` (`dest` with extension `ext`), or `None` when
/// `dest` is to be written directly.
pub fn staging(dest: &Path, ext: &str) -> Option<PathBuf> {
    let special = std::fs::metadata(dest).is_ok_and(|m| !m.is_file() && !m.is_dir());
    (!special).then(|| dest.with_extension(ext))
}

/// Writes `dest` through [`staging`]: `write` is given the path to write (the temporary file,
/// or `dest` itself when it is no regular file) and whether it is the temporary one; what it
/// returns is returned. The temporary file is renamed over `dest` when `write` succeeds and
/// removed when it fails, so `dest` is never left half written.
pub fn write_via<T>(dest: &Path, ext: &str, write: impl FnOnce(&Path, bool) -> Result<T>) -> Result<T> {
    let staged = staging(dest, ext);
    let result = write(staged.as_deref().unwrap_or(dest), staged.is_some());
    let Some(tmp) = staged else { return result };
    match result {
        Ok(value) => {
            std::fs::rename(&tmp, dest).with_context(|| format!("{}: cannot rename to {}", tmp.display(), dest.display()))?;
            Ok(value)
        }
        Err(e) => {
            let _ = std::fs::remove_file(&tmp);
            Err(e)
        }
    }
}

/// [`write_via`] into a buffered file that `write` fills; it is flushed, and with `sync` its
/// contents reach the disk before the rename (a staged file only: a device is not synced).
pub fn write_file<T>(dest: &Path, ext: &str, sync: bool, write: impl FnOnce(&mut BufWriter<File>) -> Result<T>) -> Result<T> {
    write_via(dest, ext, |path, staged| {
        let file = File::create(path).with_context(|| format!("{}: cannot create", path.display()))?;
        let mut w = BufWriter::new(file);
        let value = write(&mut w)?;
        w.flush().with_context(|| format!("{}: cannot write", path.display()))?;
        if sync && staged {
            w.get_ref().sync_all().with_context(|| format!("{}: cannot sync", path.display()))?;
        }
        Ok(value)
    })
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

    /// A write that succeeds replaces the file; one that fails leaves the old file and no
    /// temporary file; a device is written directly.
    #[test]
    fn a_failed_write_leaves_the_old_file_and_no_partial_one() {
        let dir = tempfile::tempdir().unwrap();
        let dest = dir.path().join("out.csv");
        std::fs::write(&dest, "old").unwrap();
        let failed: Result<()> = write_file(&dest, "partial", true, |w| {
            w.write_all(b"half")?;
            anyhow::bail!("disk full")
        });
        assert!(failed.is_err());
        assert_eq!(std::fs::read_to_string(&dest).unwrap(), "old");
        assert!(!dir.path().join("out.partial").exists());
        write_file(&dest, "partial", true, |w| Ok(w.write_all(b"new")?)).unwrap();
        assert_eq!(std::fs::read_to_string(&dest).unwrap(), "new");
        assert!(!dir.path().join("out.partial").exists());
        #[cfg(unix)]
        write_file(Path::new("/dev/null"), "partial", true, |w| Ok(w.write_all(b"x")?)).unwrap();
    }
}
