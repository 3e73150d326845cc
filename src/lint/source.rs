//! Reading a draft: a file or standard input's bytes become text, or a one-line reason
//! a writer can act on (not found, a directory, binary, not UTF-8).

use std::path::Path;

/// Read `path` as a draft: UTF-8 (a BOM is fine), not binary, not a directory.
pub fn read_source(path: &Path) -> Result<String, String> {
    if path.is_dir() {
        return Err("is a directory, not a file".into());
    }
    let bytes = std::fs::read(path).map_err(|e| io_reason(&e))?;
    decode(bytes)
}

/// Check that bytes are a text draft and return them as a string.
pub fn decode(bytes: Vec<u8>) -> Result<String, String> {
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
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}
