//! Streaming the input through the engine: one redactor fed in 1 MiB chunks,
//! or, for NDJSON with `--threads N`, line-aligned blocks redacted on worker
//! threads and written back in input order.

use crate::exit::CliError;
use crate::input::read_full;
use crate::progress::Progress;
use leakscope::{Engine, Error, Outcome, Redactor};
use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::panic::{self, AssertUnwindSafe};
use std::sync::mpsc::{self, Receiver, Sender, SyncSender};
use std::sync::{Arc, Mutex};
use std::thread;

/// Size of the chunks pushed into a redactor.
pub const CHUNK: usize = 1 << 20;
/// Target size of a line-aligned block handed to a worker.
pub const BLOCK: usize = 4 << 20;

/// Most recoverable errors kept with rebased positions (like the engine).
const MAX_LINE_ERRORS: usize = 1000;

/// Scan only, or scan and write redacted output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Findings only; nothing is written.
    Scan,
    /// Redacted output.
    Redact,
}

fn start(engine: &Engine, mode: Mode) -> Redactor {
    match mode {
        Mode::Scan => engine.scanner(),
        Mode::Redact => engine.redactor(),
    }
}

/// What a run produced.
pub struct RunResult {
    /// Merged statistics and findings.
    pub outcome: Outcome,
    /// Recoverable errors with positions relative to the whole input, in
    /// input order (only the threaded path needs to rebase them).
    pub line_errors: Vec<Error>,
}

/// Streams `input` through one redactor in [`CHUNK`]-sized pieces.
pub fn single(
    engine: &Engine,
    mode: Mode,
    input: &mut dyn Read,
    input_name: &str,
    out: &mut dyn Write,
    out_name: &str,
    progress: &Progress,
) -> Result<RunResult, CliError> {
    let mut redactor = start(engine, mode);
    let mut buf = vec![0u8; CHUNK];
    let mut produced = Vec::with_capacity(CHUNK + CHUNK / 4);
    loop {
        let n = read_full(input, &mut buf).map_err(|e| CliError::read(input_name, &e))?;
        if n == 0 {
            break;
        }
        let chunk = buf.get(..n).unwrap_or_default();
        redactor
            .push(chunk, &mut produced)
            .map_err(|e| CliError::engine(input_name, &e))?;
        out.write_all(&produced)
            .map_err(|e| CliError::io(out_name, &e))?;
        produced.clear();
        progress.tick();
        if n < buf.len() {
            break;
        }
    }
    let outcome = redactor
        .finish(&mut produced)
        .map_err(|e| CliError::engine(input_name, &e))?;
    out.write_all(&produced)
        .map_err(|e| CliError::io(out_name, &e))?;
    let line_errors = outcome.line_errors().to_vec();
    Ok(RunResult {
        outcome,
        line_errors,
    })
}

/// A line-aligned block of the input.
struct Job {
    seq: u64,
    line_base: u64,
    byte_base: u64,
    data: Vec<u8>,
}

/// Redacted bytes and statistics of one block, or its fatal error.
type BlockResult = Result<(Vec<u8>, Outcome), Error>;

/// A processed block.
struct Done {
    seq: u64,
    line_base: u64,
    byte_base: u64,
    result: BlockResult,
}

/// Messages to the writing (main) thread.
enum Msg {
    Done(Box<Done>),
    ReadFailed(std::io::Error),
    Eof(u64),
    Panicked,
}

/// Moves an error's position from block-relative to input-relative.
fn rebase(err: &Error, line_base: u64, byte_base: u64) -> Error {
    match err.position() {
        Some(p) => Error::at(
            err.kind(),
            err.message(),
            p.line + line_base,
            p.byte_offset + byte_base,
        ),
        None => err.clone(),
    }
}

/// Redacts NDJSON over `threads` workers. `engine` must be configured for
/// NDJSON. Memory stays bounded: at most `2 * threads + 1` blocks are in
/// flight (read, being redacted, or waiting to be written in order).
#[allow(clippy::too_many_arguments)]
pub fn threaded(
    engine: &Engine,
    mode: Mode,
    input: Box<dyn Read + Send>,
    input_name: &str,
    out: &mut dyn Write,
    out_name: &str,
    progress: &Progress,
    threads: usize,
) -> Result<RunResult, CliError> {
    let threads = threads.max(1);
    let slots = 2 * threads + 1;
    let (token_tx, token_rx) = mpsc::sync_channel::<()>(slots);
    for _ in 0..slots {
        // Cannot fail: the channel has room for every token and the receiver is alive.
        let _ = token_tx.send(());
    }
    let (job_tx, job_rx) = mpsc::sync_channel::<Job>(slots);
    let job_rx = Arc::new(Mutex::new(job_rx));
    let (msg_tx, msg_rx) = mpsc::channel::<Msg>();

    let reader_msgs = msg_tx.clone();
    let reader = thread::spawn(move || read_blocks(input, job_tx, token_rx, reader_msgs));
    let mut workers = Vec::with_capacity(threads);
    for _ in 0..threads {
        let engine = engine.clone();
        let jobs = Arc::clone(&job_rx);
        let msgs = msg_tx.clone();
        workers.push(thread::spawn(move || work(engine, mode, jobs, msgs)));
    }
    drop(msg_tx);

    let result = write_in_order(msg_rx, token_tx, input_name, out, out_name, progress);
    if result.is_ok() {
        // Every block was written, so every thread is about to exit.
        let _ = reader.join();
        for w in workers {
            let _ = w.join();
        }
    }
    // On error the channels are dropped here, which stops the threads; a
    // reader blocked on a silent stdin is left to die with the process.
    result
}

fn write_in_order(
    msgs: Receiver<Msg>,
    tokens: SyncSender<()>,
    input_name: &str,
    out: &mut dyn Write,
    out_name: &str,
    progress: &Progress,
) -> Result<RunResult, CliError> {
    let mut pending: BTreeMap<u64, Box<Done>> = BTreeMap::new();
    let mut next = 0u64;
    let mut total: Option<u64> = None;
    let mut outcome = Outcome::default();
    let mut line_errors = Vec::new();
    while total != Some(next) {
        match msgs.recv() {
            Ok(Msg::Done(done)) => {
                pending.insert(done.seq, done);
            }
            Ok(Msg::Eof(blocks)) => total = Some(blocks),
            Ok(Msg::ReadFailed(e)) => return Err(CliError::read(input_name, &e)),
            Ok(Msg::Panicked) | Err(_) => {
                return Err(CliError {
                    code: crate::exit::INPUT,
                    message: format!("{input_name}: internal error while processing a block"),
                })
            }
        }
        while let Some(done) = pending.remove(&next) {
            let Done {
                line_base,
                byte_base,
                result,
                ..
            } = *done;
            let (bytes, part) = result
                .map_err(|e| CliError::engine(input_name, &rebase(&e, line_base, byte_base)))?;
            out.write_all(&bytes)
                .map_err(|e| CliError::io(out_name, &e))?;
            let room = MAX_LINE_ERRORS.saturating_sub(line_errors.len());
            line_errors.extend(
                part.line_errors()
                    .iter()
                    .take(room)
                    .map(|e| rebase(e, line_base, byte_base)),
            );
            outcome.merge(part);
            // The reader may already be gone after the last block.
            let _ = tokens.send(());
            next += 1;
            progress.tick();
        }
    }
    Ok(RunResult {
        outcome,
        line_errors,
    })
}

/// Reads line-aligned blocks of about [`BLOCK`] bytes, one per token.
fn read_blocks(
    mut input: Box<dyn Read + Send>,
    jobs: SyncSender<Job>,
    tokens: Receiver<()>,
    msgs: Sender<Msg>,
) {
    let mut seq = 0u64;
    let mut line_base = 0u64;
    let mut byte_base = 0u64;
    let mut carry: Vec<u8> = Vec::new();
    let mut eof = false;
    while !eof {
        if tokens.recv().is_err() {
            return;
        }
        let mut block = std::mem::take(&mut carry);
        block.reserve(BLOCK + CHUNK);
        loop {
            let old = block.len();
            block.resize(old + CHUNK, 0);
            let n = match read_full(&mut *input, block.get_mut(old..).unwrap_or_default()) {
                Ok(n) => n,
                Err(e) => {
                    let _ = msgs.send(Msg::ReadFailed(e));
                    return;
                }
            };
            block.truncate(old + n);
            if n < CHUNK {
                eof = true;
                break;
            }
            if block.len() >= BLOCK {
                // Only the new part can hold the last newline: the carried
                // part never contains one.
                let fresh = block.get(old..).unwrap_or_default();
                if let Some(pos) = memchr::memrchr(b'\n', fresh) {
                    let cut = old + pos + 1;
                    carry = block.split_off(cut);
                    break;
                }
            }
        }
        if block.is_empty() {
            break;
        }
        let lines = memchr::memchr_iter(b'\n', &block).count() as u64;
        let len = block.len() as u64;
        let job = Job {
            seq,
            line_base,
            byte_base,
            data: block,
        };
        if jobs.send(job).is_err() {
            return;
        }
        seq += 1;
        line_base += lines;
        byte_base += len;
    }
    let _ = msgs.send(Msg::Eof(seq));
}

fn work(engine: Engine, mode: Mode, jobs: Arc<Mutex<Receiver<Job>>>, msgs: Sender<Msg>) {
    loop {
        let job = {
            let Ok(guard) = jobs.lock() else { return };
            match guard.recv() {
                Ok(job) => job,
                Err(_) => return,
            }
        };
        let processed = panic::catch_unwind(AssertUnwindSafe(|| {
            let mut redactor = start(&engine, mode);
            let mut out = Vec::with_capacity(match mode {
                Mode::Scan => 0,
                Mode::Redact => job.data.len() + job.data.len() / 8,
            });
            redactor.push(&job.data, &mut out)?;
            let outcome = redactor.finish(&mut out)?;
            Ok((out, outcome))
        }));
        let msg = match processed {
            Ok(result) => Msg::Done(Box::new(Done {
                seq: job.seq,
                line_base: job.line_base,
                byte_base: job.byte_base,
                result,
            })),
            Err(_) => Msg::Panicked,
        };
        if msgs.send(msg).is_err() {
            return;
        }
    }
}

/// Decides from the first bytes whether the input is NDJSON: the first line
/// is a complete JSON value and more non-blank input follows it.
pub fn looks_like_ndjson(prefix: &[u8]) -> bool {
    let start = prefix
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(prefix.len());
    let rest = prefix.get(start..).unwrap_or_default();
    let Some(nl) = memchr::memchr(b'\n', rest) else {
        return false;
    };
    let (line, after) = rest.split_at(nl);
    if serde_json::from_slice::<serde::de::IgnoredAny>(line).is_err() {
        return false;
    }
    after.iter().any(|b| !b.is_ascii_whitespace())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffs_ndjson() {
        assert!(looks_like_ndjson(b"{\"a\":1}\n{\"a\":2}\n"));
        assert!(looks_like_ndjson(b"\n  {\"a\":1}\r\n{\"a\""));
        assert!(!looks_like_ndjson(b"{\"a\":1}\n"));
        assert!(!looks_like_ndjson(b"{\n  \"a\": 1\n}\n"));
        assert!(!looks_like_ndjson(b"[1,\n2]"));
        assert!(!looks_like_ndjson(b""));
        assert!(!looks_like_ndjson(b"{\"a\":1}"));
    }

    #[test]
    fn rebases_positions() {
        let e = Error::at(leakscope::ErrorKind::InvalidJson, "bad", 2, 10);
        let r = rebase(&e, 100, 5000);
        let p = r.position().unwrap();
        assert_eq!((p.line, p.byte_offset), (102, 5010));
        assert_eq!(r.kind(), e.kind());
    }
}
