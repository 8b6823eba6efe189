//! `leakscope`: scan JSON/NDJSON dumps for personal data and secrets, write
//! redacted copies and field reports, and turn reports into policies.

mod exit;
mod input;
mod output;
mod progress;
mod run;
mod table;

use clap::{Args, Parser, Subcommand, ValueEnum};
use exit::CliError;
use leakscope::{Category, EngineBuilder, InputFormat, Operator, Policy, Report};
use output::Sink;
use progress::Progress;
use run::Mode;
use std::collections::BTreeMap;
use std::io::{Cursor, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const EXIT_CODES: &str = "\
Exit codes:
  0  success
  1  success, but personal data or secrets were found and --fail-on-findings was given
  2  usage or configuration error (bad flag, --op, policy, key file)
  3  input error (invalid JSON or UTF-8, truncated or corrupt input, unreadable report);
     broken NDJSON lines are reported on stderr and in the report, but are not fatal
  4  I/O error (cannot open, read or write a file or stream)";

/// Finds and redacts personal data and secrets in JSON and NDJSON, field by field.
#[derive(Debug, Parser)]
#[command(name = "leakscope", version, after_help = EXIT_CODES)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Scan an input and print the field table (or the JSON report).
    #[command(after_help = EXIT_CODES)]
    Scan(ScanArgs),
    /// Write a redacted copy of an input.
    #[command(after_help = EXIT_CODES)]
    Redact(RedactArgs),
    /// Turn a report into a policy.
    #[command(after_help = EXIT_CODES)]
    Policy(PolicyArgs),
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum FormatArg {
    /// Detect from the first bytes.
    Auto,
    /// One JSON document.
    Json,
    /// One JSON document per line.
    Ndjson,
}

/// Options shared by `scan` and `redact`.
#[derive(Debug, Args)]
struct EngineArgs {
    /// Input framing.
    #[arg(long, value_enum, default_value = "auto")]
    format: FormatArg,
    /// Enforce a policy file (JSON).
    #[arg(long, value_name = "POLICY")]
    policy: Option<PathBuf>,
    /// Operator for a category (repeatable): keep, label, mask, null, pseudonymize.
    #[arg(long = "op", value_name = "CATEGORY=OPERATOR")]
    ops: Vec<String>,
    /// Secret key for the pseudonymize operator (trailing whitespace is ignored).
    #[arg(long, value_name = "KEY_FILE")]
    key_file: Option<PathBuf>,
    /// Worker threads for NDJSON (0: one per core).
    #[arg(long, default_value_t = 1, value_name = "N")]
    threads: usize,
    /// Exit with 1 when anything was found.
    #[arg(long)]
    fail_on_findings: bool,
    /// Never show the progress bar.
    #[arg(long, short = 'q')]
    quiet: bool,
    /// Print the peak resident memory on stderr at exit (benchmarks).
    #[arg(long, hide = true)]
    print_peak_rss: bool,
}

#[derive(Debug, Args)]
struct ScanArgs {
    /// Input file (`-` for stdin; gzip is detected automatically).
    #[arg(default_value = "-")]
    input: PathBuf,
    /// Print the JSON report instead of the table.
    #[arg(long)]
    json: bool,
    /// Print only the breach-impact summary (JSON with --json).
    #[arg(long)]
    summary: bool,
    /// Also write the JSON report to a file.
    #[arg(long, value_name = "REPORT")]
    report: Option<PathBuf>,
    /// Write a policy made from the report to a file.
    #[arg(long, value_name = "POLICY")]
    policy_out: Option<PathBuf>,
    #[command(flatten)]
    engine: EngineArgs,
}

#[derive(Debug, Args)]
struct RedactArgs {
    /// Input file (`-` for stdin; gzip is detected automatically).
    input: PathBuf,
    /// Output file (`-` for stdout, the default); written atomically.
    #[arg(
        short = 'o',
        long = "output",
        default_value = "-",
        value_name = "OUTPUT"
    )]
    output: PathBuf,
    /// Write the JSON report to a file.
    #[arg(long, value_name = "REPORT")]
    report: Option<PathBuf>,
    /// Print the breach-impact summary on stderr.
    #[arg(long)]
    summary: bool,
    #[command(flatten)]
    engine: EngineArgs,
}

#[derive(Debug, Args)]
struct PolicyArgs {
    /// Report file (`-` for stdin).
    report: PathBuf,
    /// Output file (`-` for stdout, the default).
    #[arg(
        short = 'o',
        long = "output",
        default_value = "-",
        value_name = "POLICY"
    )]
    output: PathBuf,
    /// Operator for a category (repeatable): keep, label, mask, null, pseudonymize.
    #[arg(long = "op", value_name = "CATEGORY=OPERATOR")]
    ops: Vec<String>,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let peak = match &cli.command {
        Command::Scan(a) => a.engine.print_peak_rss,
        Command::Redact(a) => a.engine.print_peak_rss,
        Command::Policy(_) => false,
    };
    let result = match cli.command {
        Command::Scan(args) => scan(args),
        Command::Redact(args) => redact(args),
        Command::Policy(args) => policy(args),
    };
    if peak {
        print_peak_rss();
    }
    match result {
        Ok(code) => ExitCode::from(code),
        Err(err) => {
            if !err.message.is_empty() {
                eprintln!("leakscope: {}", err.message);
            }
            ExitCode::from(err.code)
        }
    }
}

/// Prints `VmHWM` (peak resident set) from /proc/self/status.
fn print_peak_rss() {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    match status.lines().find(|l| l.starts_with("VmHWM:")) {
        Some(line) => eprintln!(
            "leakscope: peak RSS {}",
            line.trim_start_matches("VmHWM:").trim()
        ),
        None => eprintln!("leakscope: peak RSS unknown"),
    }
}

/// Parses `CATEGORY=OPERATOR` flags.
fn parse_ops(ops: &[String]) -> Result<BTreeMap<Category, Operator>, CliError> {
    let mut map = BTreeMap::new();
    for op in ops {
        let (cat, action) = op
            .split_once('=')
            .ok_or_else(|| CliError::usage(format!("--op `{op}`: expected CATEGORY=OPERATOR")))?;
        let category = Category::from_id(cat.trim()).ok_or_else(|| {
            let ids: Vec<&str> = Category::ALL.iter().map(|c| c.id()).collect();
            CliError::usage(format!(
                "--op `{op}`: unknown category `{cat}` (one of: {})",
                ids.join(", ")
            ))
        })?;
        let operator = Operator::from_id(action.trim()).ok_or_else(|| {
            CliError::usage(format!(
                "--op `{op}`: unknown operator `{action}` (one of: keep, label, mask, null, pseudonymize)"
            ))
        })?;
        map.insert(category, operator);
    }
    Ok(map)
}

fn read_config(path: &Path, what: &str) -> Result<Vec<u8>, CliError> {
    std::fs::read(path).map_err(|e| CliError::usage(format!("{what} {}: {e}", path.display())))
}

/// The engine settings of a run, before the input format is known.
struct Setup {
    builder: EngineBuilder,
}

fn setup(args: &EngineArgs) -> Result<Setup, CliError> {
    let ops = parse_ops(&args.ops)?;
    let mut builder = EngineBuilder::new();
    let mut pseudonymizes = ops.values().any(|o| *o == Operator::Pseudonymize);
    if let Some(path) = &args.policy {
        let bytes = read_config(path, "policy")?;
        let text = String::from_utf8(bytes)
            .map_err(|_| CliError::usage(format!("policy {}: not UTF-8", path.display())))?;
        let policy = Policy::from_json(&text)
            .map_err(|e| CliError::usage(format!("policy {}: {e}", path.display())))?;
        pseudonymizes |= policy
            .categories
            .values()
            .any(|o| *o == Operator::Pseudonymize)
            || policy
                .fields
                .iter()
                .any(|f| f.action == Operator::Pseudonymize);
        builder = builder.policy(policy);
    }
    for (category, operator) in ops {
        builder = builder.operator(category, operator);
    }
    match &args.key_file {
        Some(path) => {
            let mut key = read_config(path, "key file")?;
            while key.last().is_some_and(|b| b.is_ascii_whitespace()) {
                key.pop();
            }
            if key.is_empty() {
                return Err(CliError::usage(format!(
                    "key file {}: empty key",
                    path.display()
                )));
            }
            builder = builder.hmac_key(key);
        }
        None if pseudonymizes => {
            return Err(CliError::usage(
                "the pseudonymize operator needs a secret key: pass --key-file FILE",
            ))
        }
        None => {}
    }
    Ok(Setup { builder })
}

/// What `scan` and `redact` share: runs the input through the engine.
fn process(
    args: &EngineArgs,
    input_path: &Path,
    mode: Mode,
    out: &mut dyn Write,
    out_name: &str,
) -> Result<(Report, Vec<leakscope::Error>, u64), CliError> {
    let setup = setup(args)?;
    let mut input = input::open(input_path)?;
    let threads = match args.threads {
        0 => std::thread::available_parallelism().map_or(1, |n| n.get()),
        n => n,
    };
    // Sniff the first chunk when threads could be used.
    let mut prefix = vec![0u8; run::CHUNK];
    let n = if threads > 1 {
        input::read_full(&mut input.reader, &mut prefix)
            .map_err(|e| CliError::read(&input.name, &e))?
    } else {
        0
    };
    prefix.truncate(n);
    let ndjson = match args.format {
        FormatArg::Ndjson => true,
        FormatArg::Json => false,
        FormatArg::Auto => threads > 1 && run::looks_like_ndjson(&prefix),
    };
    let format = match args.format {
        FormatArg::Auto if ndjson => InputFormat::Ndjson,
        FormatArg::Auto => InputFormat::Auto,
        FormatArg::Json => InputFormat::Json,
        FormatArg::Ndjson => InputFormat::Ndjson,
    };
    let engine = setup
        .builder
        .format(format)
        .build()
        .map_err(|e| CliError::engine("configuration", &e))?;
    let progress = Progress::new(!args.quiet, input.raw_len, input.raw_read.clone());
    let name = input.name.clone();
    let mut reader: Box<dyn Read + Send> = Box::new(Cursor::new(prefix).chain(input.reader));
    let result = if threads > 1 && ndjson {
        run::threaded(
            &engine, mode, reader, &name, out, out_name, &progress, threads,
        )?
    } else {
        if threads > 1 {
            eprintln!("leakscope: note: --threads applies to NDJSON only; using one thread");
        }
        run::single(&engine, mode, &mut reader, &name, out, out_name, &progress)?
    };
    progress.finish();
    let mut report = result.outcome.report();
    if threads > 1 && ndjson {
        // Positions from worker blocks were rebased to the whole input.
        let kept = report.errors.len();
        report.errors = result
            .line_errors
            .iter()
            .take(kept)
            .map(|e| leakscope::report::ReportedError {
                code: e.code().to_string(),
                line: e.position().map_or(0, |p| p.line),
                byte_offset: e.position().map_or(0, |p| p.byte_offset),
                message: e.message().to_string(),
            })
            .collect();
    }
    let total = result.outcome.line_error_count();
    Ok((report, result.line_errors, total))
}

/// Prints recoverable line errors on stderr (the first few).
fn warn_line_errors(errors: &[leakscope::Error], total: u64) {
    const SHOWN: usize = 10;
    for e in errors.iter().take(SHOWN) {
        eprintln!("leakscope: warning: {e}");
    }
    let shown = errors.len().min(SHOWN) as u64;
    if total > shown {
        eprintln!(
            "leakscope: warning: {} more broken lines (see the report)",
            total - shown
        );
    }
}

fn stdout_style() -> table::Style {
    table::Style {
        color: std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
    }
}

fn findings_code(report: &Report, fail_on_findings: bool) -> u8 {
    if fail_on_findings && !report.fields.is_empty() {
        exit::FINDINGS
    } else {
        exit::OK
    }
}

fn scan(args: ScanArgs) -> Result<u8, CliError> {
    let mut sink = std::io::sink();
    let (report, line_errors, broken) =
        process(&args.engine, &args.input, Mode::Scan, &mut sink, "-")?;
    warn_line_errors(&line_errors, broken);
    if let Some(path) = &args.report {
        output::write_text(path, &report.to_json_pretty())?;
    }
    if let Some(path) = &args.policy_out {
        let ops = parse_ops(&args.engine.ops)?;
        output::write_text(
            path,
            &Policy::from_report_with(&report, &ops).to_json_pretty(),
        )?;
    }
    let text = match (args.json, args.summary) {
        (true, false) => report.to_json_pretty(),
        (true, true) => serde_json::to_string_pretty(&report.summary)
            .map_err(|e| CliError::input(format!("summary: {e}")))?,
        (false, true) => table::summary(&report, stdout_style()),
        (false, false) => {
            let style = stdout_style();
            format!(
                "{}\n{}",
                table::field_table(&report, style),
                table::summary(&report, style)
            )
        }
    };
    output::write_text(Path::new("-"), &text)?;
    Ok(findings_code(&report, args.engine.fail_on_findings))
}

fn redact(args: RedactArgs) -> Result<u8, CliError> {
    let mut sink = Sink::create(&args.output)?;
    let out_name = sink.name();
    let (report, line_errors, broken) = process(
        &args.engine,
        &args.input,
        Mode::Redact,
        &mut sink,
        &out_name,
    )?;
    // Dropping the sink on error (above) removes the temporary file.
    sink.commit()?;
    warn_line_errors(&line_errors, broken);
    if let Some(path) = &args.report {
        output::write_text(path, &report.to_json_pretty())?;
    }
    if args.summary {
        let style = table::Style {
            color: std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
        };
        eprint!("{}", table::summary(&report, style));
    }
    Ok(findings_code(&report, args.engine.fail_on_findings))
}

fn policy(args: PolicyArgs) -> Result<u8, CliError> {
    let ops = parse_ops(&args.ops)?;
    let mut input = input::open(&args.report)?;
    let mut text = String::new();
    input
        .reader
        .read_to_string(&mut text)
        .map_err(|e| CliError::read(&input.name, &e))?;
    let report = Report::from_json(&text).map_err(|e| CliError::engine(&input.name, &e))?;
    let policy = Policy::from_report_with(&report, &ops);
    output::write_text(&args.output, &policy.to_json_pretty())?;
    Ok(exit::OK)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_ops() {
        let m = parse_ops(&["email=mask".into(), "api_key = null".into()]).unwrap();
        assert_eq!(m.get(&Category::Email), Some(&Operator::Mask));
        assert_eq!(m.get(&Category::ApiKey), Some(&Operator::Null));
        for bad in ["email", "mail=mask", "email=blur"] {
            assert_eq!(
                parse_ops(&[bad.into()]).unwrap_err().code,
                exit::USAGE,
                "{bad}"
            );
        }
    }

    #[test]
    fn cli_definition_is_valid() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}
