//! `gen-dump --seed 1 --size 100MB --format ndjson [--labels labels.json] > dump.ndjson`
//!
//! Writes a deterministic, realistic leaked dump with exact labels.

use leakscope_corpus::gen::parse_size;
use leakscope_corpus::{generate, write_dump, GenKind, Labels};
use std::io::{BufWriter, Write};
use std::process::ExitCode;

const USAGE: &str =
    "usage: gen-dump [--seed N] [--size 100MB] [--format ndjson|json] [--labels FILE] [--out FILE]";

fn run() -> Result<(), String> {
    let mut seed: u64 = 1;
    let mut size: usize = 10_000_000;
    let mut kind = GenKind::Ndjson;
    let mut labels_path: Option<String> = None;
    let mut out_path: Option<String> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut val = || {
            args.next()
                .ok_or_else(|| format!("{a} needs a value\n{USAGE}"))
        };
        match a.as_str() {
            "--seed" => seed = val()?.parse().map_err(|e| format!("--seed: {e}"))?,
            "--size" => {
                let v = val()?;
                size = parse_size(&v).ok_or_else(|| format!("--size: cannot read {v:?}"))?;
            }
            "--format" => {
                kind = match val()?.as_str() {
                    "ndjson" => GenKind::Ndjson,
                    "json" | "json-array" => GenKind::JsonArray,
                    other => return Err(format!("--format: unknown {other:?}\n{USAGE}")),
                }
            }
            "--labels" => labels_path = Some(val()?),
            "--out" | "-o" => out_path = Some(val()?),
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(());
            }
            other => return Err(format!("unknown argument {other:?}\n{USAGE}")),
        }
    }
    // Labels are collected only when asked for: their tracker grows with
    // the dump, plain streaming does not.
    let write = |w: &mut dyn Write| -> Result<Option<Labels>, String> {
        let mut w = BufWriter::with_capacity(1 << 20, w);
        let labels = if labels_path.is_some() {
            Some(generate(seed, size, kind, &mut w).map_err(|e| e.to_string())?)
        } else {
            write_dump(seed, size, kind, &mut w).map_err(|e| e.to_string())?;
            None
        };
        w.flush().map_err(|e| e.to_string())?;
        Ok(labels)
    };
    let labels = match &out_path {
        Some(p) => {
            let mut f = std::fs::File::create(p).map_err(|e| format!("{p}: {e}"))?;
            write(&mut f)?
        }
        None => write(&mut std::io::stdout().lock())?,
    };
    if let (Some(p), Some(labels)) = (labels_path, labels) {
        let text = serde_json::to_string_pretty(&labels).map_err(|e| e.to_string())?;
        std::fs::write(&p, text).map_err(|e| format!("{p}: {e}"))?;
    }
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("gen-dump: {e}");
            ExitCode::from(2)
        }
    }
}
