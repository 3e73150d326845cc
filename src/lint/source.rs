//! Reading a draft: a file or standard input's bytes become text, or a one-line reason
//! a writer can act on (not found, a directory, a FIFO or device, too large, a symlink
//! loop, UTF-16, binary, not UTF-8). Only regular files are read, and never more than the
//! size limit, so no input can block a run or fill the memory.

use std::io::Read;
use std::path::Path;

/// Read `path` as a draft of at most `limit` bytes: a regular file, UTF-8 (a BOM is
/// fine), not binary.
pub fn read_source(path: &Path, limit: u64) -> Result<String, String> {
    // Looked at before opening: opening a FIFO blocks until something writes to it.
    let meta = std::fs::metadata(path).map_err(|e| io_reason(&e))?;
    if meta.is_dir() {
        return Err("is a directory, not a file".into());
    }
    if !meta.is_file() {
        return Err("is not a regular file (a FIFO, socket or device); only files are checked".into());
    }
    let file = std::fs::File::open(path).map_err(|e| io_reason(&e))?;
    read_limited(file, limit)
}

/// All of `reader`, or an error past `limit` bytes (a file can grow while it is read).
pub fn read_limited(reader: impl Read, limit: u64) -> Result<String, String> {
    let mut bytes = Vec::new();
    reader.take(limit.saturating_add(1)).read_to_end(&mut bytes).map_err(|e| io_reason(&e))?;
    if bytes.len() as u64 > limit {
        return Err(format!(
            "is larger than the limit of {limit} bytes; raise `max_file_size` in copydesk.toml to check it"
        ));
    }
    decode(bytes)
}

/// Check that bytes are a text draft and return them as a string.
pub fn decode(bytes: Vec<u8>) -> Result<String, String> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        let order = if bytes[0] == 0xFF { "little-endian" } else { "big-endian" };
        return Err(format!(
            "is UTF-16 ({order}, with a byte order mark); copydesk reads UTF-8: convert it, e.g. `iconv -f UTF-16 -t UTF-8`"
        ));
    }
    if bytes.contains(&0) {
        return Err("looks like a binary file (contains NUL bytes)".into());
    }
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        format!("is not valid UTF-8 (invalid byte at offset {at})")
    })
}

/// An I/O error as the reason shown next to a path.
pub fn io_reason(e: &std::io::Error) -> String {
    // ELOOP: `ErrorKind::FilesystemLoop` is not stable yet.
    const ELOOP: i32 = 40;
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ if e.raw_os_error() == Some(ELOOP) => "is a symlink loop (too many levels of symbolic links)".into(),
        _ => e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_is_named_with_advice() {
        let e = decode(vec![0xFF, 0xFE, b'h', 0, b'i', 0]).unwrap_err();
        assert!(e.starts_with("is UTF-16 (little-endian") && e.contains("convert it"), "{e}");
        assert!(decode(vec![0xFE, 0xFF, 0, b'h']).unwrap_err().contains("big-endian"));
    }

    #[test]
    fn only_regular_files_are_read_and_never_past_the_limit() {
        let e = read_source(Path::new("/dev/zero"), 1 << 20).unwrap_err();
        assert!(e.contains("not a regular file"), "{e}");
        let e = read_limited(std::io::repeat(b'a'), 10).unwrap_err();
        assert!(e.contains("larger than the limit of 10 bytes") && e.contains("max_file_size"), "{e}");
        assert_eq!(read_limited(&b"0123456789"[..], 10).unwrap(), "0123456789");
    }

    #[test]
    fn a_symlink_loop_is_called_one() {
        let dir = tempfile::tempdir().unwrap();
        std::os::unix::fs::symlink("b", dir.path().join("a")).unwrap();
        std::os::unix::fs::symlink("a", dir.path().join("b")).unwrap();
        let e = read_source(&dir.path().join("a"), 100).unwrap_err();
        assert!(e.contains("symlink loop"), "{e}");
    }
}
