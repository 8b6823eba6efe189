//! Loading the labeled fixtures of a corpus directory.

use crate::labels::Labels;
use std::fmt;
use std::path::{Path, PathBuf};

/// Framing of a fixture.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// One JSON document (`.json`).
    Json,
    /// One JSON document per line (`.ndjson`).
    Ndjson,
}

impl Format {
    /// File extension without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Ndjson => "ndjson",
        }
    }

    /// Is it NDJSON?
    pub fn is_ndjson(self) -> bool {
        self == Format::Ndjson
    }
}

/// One labeled fixture.
#[derive(Debug, Clone)]
pub struct Case {
    /// File stem, e.g. `es-users`.
    pub name: String,
    /// Framing.
    pub format: Format,
    /// The input bytes, as stored.
    pub input: Vec<u8>,
    /// Where the input was read from.
    pub input_path: PathBuf,
    /// Ground truth.
    pub labels: Labels,
}

impl Case {
    /// File name of the expected redacted output (`<name>.redacted.<ext>`).
    pub fn expected_output_name(&self) -> String {
        format!("{}.redacted.{}", self.name, self.format.extension())
    }

    /// File name of the expected report (`<name>.report.json`).
    pub fn expected_report_name(&self) -> String {
        format!("{}.report.json", self.name)
    }
}

/// Errors while reading a corpus.
#[derive(Debug)]
pub enum CorpusError {
    /// A file could not be read.
    Io(PathBuf, std::io::Error),
    /// A label file or input is not valid JSON (what, message).
    Json(String, String),
    /// A label file without its input (or with both `.json` and `.ndjson`).
    Input(String),
}

impl fmt::Display for CorpusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CorpusError::Io(p, e) => write!(f, "{}: {e}", p.display()),
            CorpusError::Json(what, e) => write!(f, "{what}: {e}"),
            CorpusError::Input(name) => {
                write!(f, "case {name}: needs exactly one of .json or .ndjson")
            }
        }
    }
}

impl std::error::Error for CorpusError {}

fn read(path: &Path) -> Result<Vec<u8>, CorpusError> {
    std::fs::read(path).map_err(|e| CorpusError::Io(path.to_path_buf(), e))
}

/// Loads every case of `dir` (each `<name>.labels.json` with its
/// `<name>.json` or `<name>.ndjson`), sorted by name. Subdirectories
/// (`bad/`, `expected/`) are not cases.
pub fn cases(dir: &Path) -> Result<Vec<Case>, CorpusError> {
    let entries = std::fs::read_dir(dir).map_err(|e| CorpusError::Io(dir.to_path_buf(), e))?;
    let mut names = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| CorpusError::Io(dir.to_path_buf(), e))?;
        let file = entry.file_name();
        if let Some(name) = file.to_str().and_then(|f| f.strip_suffix(".labels.json")) {
            names.push(name.to_string());
        }
    }
    names.sort();
    let mut out = Vec::with_capacity(names.len());
    for name in names {
        let labels_path = dir.join(format!("{name}.labels.json"));
        let labels: Labels = serde_json::from_slice(&read(&labels_path)?)
            .map_err(|e| CorpusError::Json(labels_path.display().to_string(), e.to_string()))?;
        let json = dir.join(format!("{name}.json"));
        let ndjson = dir.join(format!("{name}.ndjson"));
        let (format, input_path) = match (json.is_file(), ndjson.is_file()) {
            (true, false) => (Format::Json, json),
            (false, true) => (Format::Ndjson, ndjson),
            _ => return Err(CorpusError::Input(name)),
        };
        let input = read(&input_path)?;
        out.push(Case {
            name,
            format,
            input,
            input_path,
            labels,
        });
    }
    Ok(out)
}

/// The corpus directory of this repository (`tests/corpus`).
pub fn default_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{evaluate, oracle_redact, oracle_report};

    /// Every fixture's labels are consistent: they match leaves, and the
    /// labels' own redaction scores perfectly while a passthrough scores 0.
    #[test]
    fn fixtures_are_consistent() {
        let all = cases(&default_dir()).unwrap();
        assert!(all.len() >= 30, "only {} cases", all.len());
        let mut categories = std::collections::BTreeSet::new();
        for c in &all {
            let nd = c.format.is_ndjson();
            let out = oracle_redact(&c.input, &c.labels, nd).unwrap();
            let m = evaluate(&c.input, &out, &oracle_report(&c.labels), &c.labels, nd);
            assert!(m.errors.is_empty(), "{}: {:#?}", c.name, m.errors);
            assert_eq!(m.recall(), 1.0, "{}: {:#?}", c.name, m.misses);
            assert_eq!(
                m.over_redaction(),
                0.0,
                "{}: {:#?}",
                c.name,
                m.over_redactions
            );
            assert!(m.nonpii_leaves > 0, "{}: no negative leaves", c.name);
            let pass = evaluate(&c.input, &c.input, r#"{"fields":[]}"#, &c.labels, nd);
            if pass.pii_items > 0 {
                assert_eq!(pass.recall(), 0.0, "{}", c.name);
            }
            for (_, cat) in c.labels.pairs() {
                categories.insert(cat);
            }
        }
        for id in crate::CATEGORY_IDS {
            assert!(categories.contains(id), "no fixture covers {id}");
        }
    }

    /// The README example and its corpus copy must not drift apart.
    #[test]
    fn example_matches_corpus_copy() {
        let example = std::fs::read(default_dir().join("../../examples/es-users.json")).unwrap();
        let copy = std::fs::read(default_dir().join("es-users.json")).unwrap();
        assert_eq!(
            example, copy,
            "examples/es-users.json and tests/corpus/es-users.json differ"
        );
    }
}
