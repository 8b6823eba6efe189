//! Opening the input: a file or stdin (`-`), transparently gunzipped when it
//! starts with the gzip magic bytes `1f 8b` (whatever its name).

use crate::exit::CliError;
use flate2::read::MultiGzDecoder;
use std::fs::File;
use std::io::{self, Cursor, IsTerminal, Read};
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

/// The gzip magic bytes.
const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];

/// An opened input.
pub struct Input {
    /// Decoded bytes.
    pub reader: Box<dyn Read + Send>,
    /// Size of the raw (possibly compressed) input when known.
    pub raw_len: Option<u64>,
    /// Raw bytes read so far (for the progress bar).
    pub raw_read: Arc<AtomicU64>,
    /// Name for messages.
    pub name: String,
}

/// Counts the raw bytes that pass through.
struct Counting<R> {
    inner: R,
    count: Arc<AtomicU64>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// Opens `path` (`-` is stdin).
pub fn open(path: &Path) -> Result<Input, CliError> {
    let (raw, raw_len, name): (Box<dyn Read + Send>, Option<u64>, String) =
        if path.as_os_str() == "-" {
            if io::stdin().is_terminal() {
                return Err(CliError::usage(
                    "no input: pass a file, or pipe data into stdin",
                ));
            }
            (Box::new(io::stdin()), None, String::from("<stdin>"))
        } else {
            let name = path.display().to_string();
            let file = File::open(path).map_err(|e| CliError::io(&name, &e))?;
            let meta = file.metadata().map_err(|e| CliError::io(&name, &e))?;
            if meta.is_dir() {
                return Err(CliError {
                    code: crate::exit::IO,
                    message: format!("{name}: is a directory"),
                });
            }
            let len = meta.is_file().then_some(meta.len());
            (Box::new(file), len, name)
        };
    let raw_read = Arc::new(AtomicU64::new(0));
    let mut counting = Counting {
        inner: raw,
        count: Arc::clone(&raw_read),
    };
    let magic =
        read_prefix(&mut counting, GZIP_MAGIC.len()).map_err(|e| CliError::io(&name, &e))?;
    let gzip = magic == GZIP_MAGIC;
    let rejoined = Cursor::new(magic).chain(counting);
    let reader: Box<dyn Read + Send> = if gzip {
        Box::new(MultiGzDecoder::new(io::BufReader::with_capacity(
            1 << 16,
            rejoined,
        )))
    } else {
        Box::new(rejoined)
    };
    Ok(Input {
        reader,
        raw_len,
        raw_read,
        name,
    })
}

/// Reads up to `n` bytes (fewer only at end of input).
fn read_prefix(reader: &mut impl Read, n: usize) -> io::Result<Vec<u8>> {
    let mut buf = vec![0u8; n];
    let mut filled = 0;
    while filled < n {
        match reader.read(&mut buf[filled..]) {
            Ok(0) => break,
            Ok(k) => filled += k,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    buf.truncate(filled);
    Ok(buf)
}

/// Reads until `buf` is full or the input ends; returns the bytes read.
pub fn read_full(reader: &mut dyn Read, buf: &mut [u8]) -> io::Result<usize> {
    let mut filled = 0;
    while filled < buf.len() {
        match reader.read(&mut buf[filled..]) {
            Ok(0) => break,
            Ok(k) => filled += k,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(filled)
}

#[cfg(test)]
mod tests {
    use super::*;
    use flate2::write::GzEncoder;
    use flate2::Compression;
    use std::io::Write;

    fn temp(name: &str, bytes: &[u8]) -> std::path::PathBuf {
        let path =
            std::env::temp_dir().join(format!("leakscope-input-{}-{name}", std::process::id()));
        let mut f = File::create(&path).unwrap();
        f.write_all(bytes).unwrap();
        path
    }

    #[test]
    fn gzip_is_detected_by_magic_not_name() {
        let mut enc = GzEncoder::new(Vec::new(), Compression::fast());
        enc.write_all(b"{\"a\":1}\n").unwrap();
        let gz = enc.finish().unwrap();
        let path = temp("nogz.json", &gz);
        let mut input = open(&path).unwrap();
        let mut s = String::new();
        input.reader.read_to_string(&mut s).unwrap();
        assert_eq!(s, "{\"a\":1}\n");
        assert_eq!(input.raw_len, Some(gz.len() as u64));
        std::fs::remove_file(&path).unwrap();
    }

    #[test]
    fn plain_and_tiny_inputs_pass_through() {
        for body in [&b""[..], b"x", b"{\"a\":1}"] {
            let path = temp("plain.json", body);
            let mut input = open(&path).unwrap();
            let mut v = Vec::new();
            input.reader.read_to_end(&mut v).unwrap();
            assert_eq!(v, body);
            std::fs::remove_file(&path).unwrap();
        }
    }

    #[test]
    fn missing_file_is_io_error() {
        let err = open(Path::new("/nonexistent/leakscope/x.json"))
            .err()
            .unwrap();
        assert_eq!(err.code, crate::exit::IO);
    }
}
