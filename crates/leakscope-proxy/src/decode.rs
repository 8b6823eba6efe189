//! Content-encoding handling: gzip and deflate bodies are inflated (with a
//! size limit, so a compression bomb cannot exhaust the VM) and scanned;
//! other encodings cannot be scanned and go to the failure action.

use flate2::read::{GzDecoder, ZlibDecoder};
use std::io::Read;

/// A body's `content-encoding`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// No encoding (absent header or `identity`).
    Identity,
    /// `gzip` / `x-gzip`.
    Gzip,
    /// `deflate` (zlib-wrapped, as RFC 9110 specifies).
    Deflate,
    /// Anything else (`br`, `zstd`, stacked encodings ...): not scannable.
    Unsupported,
}

impl Encoding {
    /// Reads a `content-encoding` header value.
    pub fn from_header(value: Option<&str>) -> Encoding {
        let v = match value {
            None => return Encoding::Identity,
            Some(v) => v.trim().to_ascii_lowercase(),
        };
        match v.as_str() {
            "" | "identity" => Encoding::Identity,
            "gzip" | "x-gzip" => Encoding::Gzip,
            "deflate" => Encoding::Deflate,
            _ => Encoding::Unsupported,
        }
    }
}

/// Why a body could not be decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// Inflated size above the limit.
    TooLarge,
    /// Corrupt or truncated compressed data.
    Corrupt,
    /// An encoding the filter does not implement.
    Unsupported,
}

/// Inflates `body` into at most `limit` bytes.
pub fn decode(encoding: Encoding, body: &[u8], limit: usize) -> Result<Vec<u8>, DecodeError> {
    match encoding {
        Encoding::Identity => Ok(body.to_vec()),
        Encoding::Gzip => read_limited(GzDecoder::new(body), limit),
        Encoding::Deflate => read_limited(ZlibDecoder::new(body), limit),
        Encoding::Unsupported => Err(DecodeError::Unsupported),
    }
}

fn read_limited(reader: impl Read, limit: usize) -> Result<Vec<u8>, DecodeError> {
    let mut out = Vec::new();
    let cap = (limit as u64).saturating_add(1);
    reader
        .take(cap)
        .read_to_end(&mut out)
        .map_err(|_| DecodeError::Corrupt)?;
    if out.len() > limit {
        return Err(DecodeError::TooLarge);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use flate2::write::{GzEncoder, ZlibEncoder};
    use flate2::Compression;
    use std::io::Write;

    fn gzip(data: &[u8]) -> Vec<u8> {
        let mut e = GzEncoder::new(Vec::new(), Compression::default());
        e.write_all(data).unwrap();
        e.finish().unwrap()
    }

    #[test]
    fn header_values() {
        assert_eq!(Encoding::from_header(None), Encoding::Identity);
        assert_eq!(Encoding::from_header(Some(" GZIP ")), Encoding::Gzip);
        assert_eq!(Encoding::from_header(Some("deflate")), Encoding::Deflate);
        assert_eq!(Encoding::from_header(Some("br")), Encoding::Unsupported);
        assert_eq!(
            Encoding::from_header(Some("gzip, br")),
            Encoding::Unsupported
        );
    }

    #[test]
    fn round_trips_and_limits() {
        let data = br#"{"email":"jane@example.com"}"#.repeat(100);
        assert_eq!(
            decode(Encoding::Gzip, &gzip(&data), data.len()).unwrap(),
            data
        );
        assert_eq!(
            decode(Encoding::Gzip, &gzip(&data), data.len() - 1),
            Err(DecodeError::TooLarge)
        );
        let mut z = ZlibEncoder::new(Vec::new(), Compression::default());
        z.write_all(&data).unwrap();
        let z = z.finish().unwrap();
        assert_eq!(decode(Encoding::Deflate, &z, 1 << 20).unwrap(), data);
    }

    #[test]
    fn corrupt_input() {
        let g = gzip(b"{\"a\":1}");
        assert_eq!(
            decode(Encoding::Gzip, &g[..g.len() / 2], 1000),
            Err(DecodeError::Corrupt)
        );
        assert_eq!(
            decode(Encoding::Gzip, b"not gzip", 1000),
            Err(DecodeError::Corrupt)
        );
        assert_eq!(
            decode(Encoding::Unsupported, b"x", 1000),
            Err(DecodeError::Unsupported)
        );
    }
}
