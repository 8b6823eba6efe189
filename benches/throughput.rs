//! Throughput of scan and redact on a generated mixed dump, single thread and
//! on every core, next to a `serde_json` parse + serialize round trip of the
//! same data (one `serde_json::Value` per line) measured in the same run.
//!
//! Last, the peak resident memory of a single-thread redact of a 2 GB
//! NDJSON stream, measured in a child process that generates the stream on
//! the fly (this process holds the throughput corpus in memory).
//!
//! `cargo bench --bench throughput`; `LEAKSCOPE_BENCH_MB=300` for more data,
//! `LEAKSCOPE_BENCH_RUNS=3` to keep the best of three runs (default one),
//! `LEAKSCOPE_BENCH_RSS_MB=500` for a shorter memory run (0 skips it).
//! Prints numbers, asserts nothing.

use leakscope::{Engine, EngineBuilder, InputFormat, Outcome};
use leakscope_corpus::{generate, write_dump, GenKind};
use std::hint::black_box;
use std::io::Write;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

const CHUNK: usize = 1 << 20;
const BLOCK: usize = 4 << 20;

/// Set in the child process that measures peak memory.
const RSS_CHILD: &str = "LEAKSCOPE_BENCH_RSS_CHILD";

fn main() {
    if std::env::var_os(RSS_CHILD).is_some() {
        memory_child();
        return;
    }
    let mb: usize = std::env::var("LEAKSCOPE_BENCH_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100);
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let t = Instant::now();
    let mut ndjson = Vec::with_capacity(mb * 1_000_000 + (1 << 20));
    if let Err(e) = generate(42, mb * 1_000_000, GenKind::Ndjson, &mut ndjson) {
        println!("generator failed: {e}");
        return;
    }
    println!(
        "corpus: {:.1} MB NDJSON ({} lines), generated in {:.1}s; {cores} cores",
        ndjson.len() as f64 / 1e6,
        memchr::memchr_iter(b'\n', &ndjson).count(),
        t.elapsed().as_secs_f64()
    );
    let engine = match EngineBuilder::new().format(InputFormat::Ndjson).build() {
        Ok(e) => e,
        Err(e) => {
            println!("engine: {e}");
            return;
        }
    };
    let blocks = line_blocks(&ndjson);

    let serde1 = best(|| serde_round_trip(&ndjson));
    let serde_n = best(|| parallel(&blocks, cores, serde_round_trip));
    let scan1 = best(|| stream(&engine, &ndjson, false));
    let redact1 = best(|| stream(&engine, &ndjson, true));
    let scan_n = best(|| parallel_engine(&engine, &blocks, cores, false));
    let redact_n = best(|| parallel_engine(&engine, &blocks, cores, true));

    let len = ndjson.len();
    println!();
    println!("{:<40} {:>10} {:>10}", "NDJSON", "MB/s", "vs serde");
    row("serde_json Value round trip, 1 thread", len, serde1, serde1);
    row(
        &format!("serde_json Value round trip, {cores} threads"),
        len,
        serde_n,
        serde_n,
    );
    row("leakscope scan, 1 thread", len, scan1, serde1);
    row("leakscope redact, 1 thread", len, redact1, serde1);
    row(
        &format!("leakscope scan, {cores} threads"),
        len,
        scan_n,
        serde_n,
    );
    row(
        &format!("leakscope redact, {cores} threads"),
        len,
        redact_n,
        serde_n,
    );

    // One big JSON document (an array of records), a quarter of the size.
    let mut array = Vec::with_capacity(mb * 250_000 + (1 << 20));
    if generate(7, mb * 250_000, GenKind::JsonArray, &mut array).is_err() {
        return;
    }
    let json_engine = match EngineBuilder::new().format(InputFormat::Json).build() {
        Ok(e) => e,
        Err(_) => return,
    };
    let serde_doc = best(|| serde_round_trip_doc(&array));
    let scan_doc = best(|| stream(&json_engine, &array, false));
    let redact_doc = best(|| stream(&json_engine, &array, true));
    println!();
    println!(
        "{:<40} {:>10} {:>10}   ({:.1} MB JSON array)",
        "JSON document",
        "MB/s",
        "vs serde",
        array.len() as f64 / 1e6
    );
    row(
        "serde_json Value round trip",
        array.len(),
        serde_doc,
        serde_doc,
    );
    row("leakscope scan", array.len(), scan_doc, serde_doc);
    row("leakscope redact", array.len(), redact_doc, serde_doc);
    drop((ndjson, array));
    memory_parent();
}

/// Size of the memory run in MB (`LEAKSCOPE_BENCH_RSS_MB`, default 2000).
fn rss_mb() -> usize {
    std::env::var("LEAKSCOPE_BENCH_RSS_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2000)
}

/// Runs this bench again as a child in memory mode and prints what it says.
fn memory_parent() {
    let mb = rss_mb();
    if mb == 0 {
        return;
    }
    let exe = match std::env::current_exe() {
        Ok(e) => e,
        Err(e) => {
            println!("\npeak RSS: cannot find this executable: {e}");
            return;
        }
    };
    let t = Instant::now();
    match std::process::Command::new(exe).env(RSS_CHILD, "1").output() {
        Ok(o) if o.status.success() => {
            println!();
            print!("{}", String::from_utf8_lossy(&o.stdout));
            println!("  (wall {:.1}s)", t.elapsed().as_secs_f64());
        }
        Ok(o) => println!(
            "\npeak RSS run failed: {}",
            String::from_utf8_lossy(&o.stderr).trim()
        ),
        Err(e) => println!("\npeak RSS run failed to start: {e}"),
    }
}

/// Feeds everything written to it through one redactor, keeping nothing.
struct RedactSink {
    redactor: Option<leakscope::Redactor>,
    out: Vec<u8>,
    bytes: u64,
}

impl Write for RedactSink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let r = self
            .redactor
            .as_mut()
            .ok_or_else(|| std::io::Error::other("redactor finished"))?;
        r.push(buf, &mut self.out)
            .map_err(|e| std::io::Error::other(e.to_string()))?;
        black_box(&self.out);
        self.out.clear();
        self.bytes += buf.len() as u64;
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The child: streams the generated dump through a redactor in 1 MiB
/// writes and prints the peak resident set (`VmHWM`).
fn memory_child() {
    let mb = rss_mb();
    let engine = match EngineBuilder::new().format(InputFormat::Ndjson).build() {
        Ok(e) => e,
        Err(e) => {
            eprintln!("engine: {e}");
            std::process::exit(1);
        }
    };
    let mut sink = std::io::BufWriter::with_capacity(
        CHUNK,
        RedactSink {
            redactor: Some(engine.redactor()),
            out: Vec::with_capacity(CHUNK * 2),
            bytes: 0,
        },
    );
    let t = Instant::now();
    // Without labels: their tracker would count in this process's memory.
    if let Err(e) = write_dump(3, mb * 1_000_000, GenKind::Ndjson, &mut sink) {
        eprintln!("stream: {e}");
        std::process::exit(1);
    }
    let mut sink = match sink.into_inner() {
        Ok(s) => s,
        Err(e) => {
            eprintln!("stream: {}", e.error());
            std::process::exit(1);
        }
    };
    let outcome = match sink.redactor.take().map(|r| r.finish(&mut sink.out)) {
        Some(Ok(o)) => o,
        Some(Err(e)) => {
            eprintln!("finish: {e}");
            std::process::exit(1);
        }
        None => std::process::exit(1),
    };
    let secs = t.elapsed().as_secs_f64().max(1e-9);
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let peak = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .map_or_else(|| "unknown".to_string(), |v| v.trim().to_string());
    println!(
        "peak RSS, redact 1 thread of a {:.0} MB NDJSON stream: {peak} \
         ({} values redacted; generation and redaction together {:.1} MB/s)",
        sink.bytes as f64 / 1e6,
        outcome.redacted_values(),
        sink.bytes as f64 / 1e6 / secs
    );
}

fn row(name: &str, bytes: usize, time: Option<Duration>, baseline: Option<Duration>) {
    match (time, baseline) {
        (Some(t), Some(b)) => println!(
            "{name:<40} {:>10.1} {:>9.2}x",
            bytes as f64 / 1e6 / t.as_secs_f64().max(1e-9),
            b.as_secs_f64() / t.as_secs_f64().max(1e-9)
        ),
        _ => println!("{name:<40} {:>10}", "failed"),
    }
}

/// Best of `LEAKSCOPE_BENCH_RUNS` timings; `None` when the run failed.
fn best(mut f: impl FnMut() -> Option<u64>) -> Option<Duration> {
    let runs: usize = std::env::var("LEAKSCOPE_BENCH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1);
    let mut best: Option<Duration> = None;
    for _ in 0..runs.max(1) {
        let t = Instant::now();
        let r = f();
        let e = t.elapsed();
        black_box(r?);
        best = Some(best.map_or(e, |b| b.min(e)));
    }
    best
}

/// Streams `data` through one redactor (or scanner) in 1 MiB chunks;
/// returns the number of redacted values.
fn stream(engine: &Engine, data: &[u8], redact: bool) -> Option<u64> {
    stream_outcome(engine, data, redact).map(|o| outcome_size(&o))
}

fn stream_outcome(engine: &Engine, data: &[u8], redact: bool) -> Option<Outcome> {
    let mut r = if redact {
        engine.redactor()
    } else {
        engine.scanner()
    };
    let mut out = Vec::with_capacity(CHUNK * 2);
    for chunk in data.chunks(CHUNK) {
        if let Err(e) = r.push(chunk, &mut out) {
            println!("  error: {e}");
            return None;
        }
        black_box(&out);
        out.clear();
    }
    match r.finish(&mut out) {
        Ok(outcome) => Some(outcome),
        Err(e) => {
            println!("  error: {e}");
            None
        }
    }
}

fn outcome_size(o: &Outcome) -> u64 {
    o.redacted_values() + o.line_errors().len() as u64
}

/// Parses each line into a `serde_json::Value` and serializes it again.
fn serde_round_trip(data: &[u8]) -> Option<u64> {
    let mut out = Vec::with_capacity(64 << 10);
    let mut n = 0u64;
    for line in data.split(|&b| b == b'\n') {
        if line.is_empty() {
            continue;
        }
        match serde_json::from_slice::<serde_json::Value>(line) {
            Ok(v) => {
                if serde_json::to_writer(&mut out, &v).is_ok() {
                    out.push(b'\n');
                }
                n += 1;
            }
            Err(_) => n += 1,
        }
        if out.len() > 60 << 10 {
            black_box(&out);
            out.clear();
        }
    }
    Some(n)
}

fn serde_round_trip_doc(data: &[u8]) -> Option<u64> {
    let v: serde_json::Value = serde_json::from_slice(data).ok()?;
    let out = serde_json::to_vec(&v).ok()?;
    Some(black_box(out).len() as u64)
}

/// Line-aligned blocks of about [`BLOCK`] bytes.
fn line_blocks(data: &[u8]) -> Vec<&[u8]> {
    let mut blocks = Vec::new();
    let mut rest = data;
    while !rest.is_empty() {
        let cut = if rest.len() <= BLOCK {
            rest.len()
        } else {
            match memchr::memchr(b'\n', rest.get(BLOCK..).unwrap_or_default()) {
                Some(p) => BLOCK + p + 1,
                None => rest.len(),
            }
        };
        let (block, tail) = rest.split_at(cut);
        blocks.push(block);
        rest = tail;
    }
    blocks
}

/// Runs `f` over the blocks on `threads` threads (work stealing by index).
fn parallel(
    blocks: &[&[u8]],
    threads: usize,
    f: impl Fn(&[u8]) -> Option<u64> + Sync,
) -> Option<u64> {
    let next = AtomicUsize::new(0);
    let total = Mutex::new(Some(0u64));
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(block) = blocks.get(i) else { break };
                let r = f(block);
                if let Ok(mut t) = total.lock() {
                    *t = match (*t, r) {
                        (Some(a), Some(b)) => Some(a + b),
                        _ => None,
                    };
                }
            });
        }
    });
    total.into_inner().ok().flatten()
}

/// Like the CLI's `--threads`: one redactor per block on `threads` threads,
/// outcomes merged.
fn parallel_engine(engine: &Engine, blocks: &[&[u8]], threads: usize, redact: bool) -> Option<u64> {
    let next = AtomicUsize::new(0);
    let merged = Mutex::new(Some(Outcome::default()));
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(block) = blocks.get(i) else { break };
                let r = stream_outcome(engine, block, redact);
                if let Ok(mut m) = merged.lock() {
                    match (m.as_mut(), r) {
                        (Some(all), Some(part)) => all.merge(part),
                        _ => *m = None,
                    }
                }
            });
        }
    });
    let outcome = merged.into_inner().ok().flatten()?;
    black_box(outcome.report().fields.len());
    Some(outcome_size(&outcome))
}
