//! The proxy-wasm glue: root context (configuration, counters) and one HTTP
//! context per stream. Only compiled for `wasm32`.

use crate::config::{BodyKind, Config, Direction, FailureAction, Mode};
use crate::decode::Encoding;
use crate::process::{self, Failure, Processed, Verdict};
use leakscope::Redactor;
use proxy_wasm::hostcalls;
use proxy_wasm::traits::{Context, HttpContext, RootContext};
use proxy_wasm::types::{Action, ContextType, LogLevel, MetricType};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

proxy_wasm::main! {{
    proxy_wasm::set_log_level(LogLevel::Info);
    proxy_wasm::set_root_context(|_| -> Box<dyn RootContext> {
        Box::new(Root { config: None, metrics: Rc::new(RefCell::new(Metrics::default())) })
    });
}}

/// Counters, defined lazily (they show up as `wasmcustom.<name>` in `/stats`).
#[derive(Default)]
struct Metrics {
    ids: HashMap<String, u32>,
}

impl Metrics {
    fn add(&mut self, name: &str, n: u64) {
        if n == 0 {
            return;
        }
        let id = match self.ids.get(name) {
            Some(id) => *id,
            None => match hostcalls::define_metric(MetricType::Counter, name) {
                Ok(id) => {
                    self.ids.insert(name.to_string(), id);
                    id
                }
                Err(_) => return,
            },
        };
        let _ = hostcalls::increment_metric(id, i64::try_from(n).unwrap_or(i64::MAX));
    }
}

fn log(level: LogLevel, msg: &str) {
    let _ = hostcalls::log(level, msg);
}

struct Root {
    config: Option<Rc<Config>>,
    metrics: Rc<RefCell<Metrics>>,
}

impl Context for Root {}

impl RootContext for Root {
    fn on_configure(&mut self, _size: usize) -> bool {
        let bytes = self.get_plugin_configuration().unwrap_or_default();
        match Config::parse(&bytes) {
            Ok(c) => {
                log(
                    LogLevel::Info,
                    &format!(
                        "leakscope: configured: response {} ({}), request {} ({}), max_body_bytes {}, on_failure {}",
                        if c.response.enabled { "on" } else { "off" },
                        c.response.mode.id(),
                        if c.request.enabled { "on" } else { "off" },
                        c.request.mode.id(),
                        c.max_body_bytes,
                        match c.on_failure {
                            FailureAction::Block => "block",
                            FailureAction::RedactAsText => "redact_as_text",
                        }
                    ),
                );
                self.config = Some(Rc::new(c));
                true
            }
            Err(e) => {
                log(
                    LogLevel::Critical,
                    &format!("leakscope: invalid configuration: {e}"),
                );
                false
            }
        }
    }

    fn create_http_context(&self, _id: u32) -> Option<Box<dyn HttpContext>> {
        let config = self.config.clone()?;
        Some(Box::new(Stream {
            config,
            metrics: self.metrics.clone(),
            path: String::new(),
            request: None,
            response: None,
            local_reply: false,
        }))
    }

    fn get_type(&self) -> Option<ContextType> {
        Some(ContextType::HttpContext)
    }
}

/// Per-direction state of a stream whose body is scanned.
struct BodyState {
    kind: BodyKind,
    encoding: Encoding,
    mode: Mode,
    /// Report mode: a copy of the body (the body itself flows on).
    copy: Vec<u8>,
    copy_overflow: bool,
    /// Redact-as-text over the size limit: the streaming redactor.
    streaming: Option<Redactor>,
}

struct Stream {
    config: Rc<Config>,
    metrics: Rc<RefCell<Metrics>>,
    path: String,
    request: Option<BodyState>,
    response: Option<BodyState>,
    local_reply: bool,
}

impl Context for Stream {}

impl Stream {
    fn header(&self, d: Direction, name: &str) -> Option<String> {
        match d {
            Direction::Request => self.get_http_request_header(name),
            Direction::Response => self.get_http_response_header(name),
        }
    }

    fn set_header(&self, d: Direction, name: &str, value: Option<&str>) {
        match d {
            Direction::Request => self.set_http_request_header(name, value),
            Direction::Response => self.set_http_response_header(name, value),
        }
    }

    fn body(&self, d: Direction, size: usize) -> Vec<u8> {
        let b = match d {
            Direction::Request => self.get_http_request_body(0, size),
            Direction::Response => self.get_http_response_body(0, size),
        };
        b.unwrap_or_default()
    }

    fn set_body(&self, d: Direction, size: usize, value: &[u8]) {
        match d {
            Direction::Request => self.set_http_request_body(0, size, value),
            Direction::Response => self.set_http_response_body(0, size, value),
        }
    }

    fn state(&mut self, d: Direction) -> &mut Option<BodyState> {
        match d {
            Direction::Request => &mut self.request,
            Direction::Response => &mut self.response,
        }
    }

    fn count(&self, name: &str, n: u64) {
        if let Ok(mut m) = self.metrics.try_borrow_mut() {
            m.add(name, n);
        }
    }

    /// Headers phase: decide whether this body is scanned.
    fn on_headers(&mut self, d: Direction, end_of_stream: bool) -> Action {
        let dc = self.config.direction(d);
        if !dc.enabled || end_of_stream || self.local_reply {
            return Action::Continue;
        }
        let ct = self.header(d, "content-type").unwrap_or_default();
        let Some(kind) = self.config.body_kind(&ct) else {
            self.count(&format!("leakscope.{}.skipped", d.id()), 1);
            return Action::Continue;
        };
        let encoding = Encoding::from_header(self.header(d, "content-encoding").as_deref());
        let state = BodyState {
            kind,
            encoding,
            mode: dc.mode,
            copy: Vec::new(),
            copy_overflow: false,
            streaming: None,
        };
        *self.state(d) = Some(state);
        if dc.mode == Mode::Report {
            return Action::Continue;
        }
        // Early size check from content-length: no need to buffer what
        // will be rejected anyway.
        let declared = self
            .header(d, "content-length")
            .and_then(|v| v.trim().parse::<u64>().ok());
        if let Some(len) = declared {
            let too_large = len > self.config.max_body_bytes as u64;
            if too_large && !self.can_stream(d) {
                self.apply_failure(d, Failure::TooLarge);
                return Action::Pause;
            }
        }
        // The body will change length: drop content-length now, it is set
        // again when the body is final.
        self.set_header(d, "content-length", None);
        Action::Pause
    }

    /// Over the size limit, redact-as-text bodies are redacted as a stream.
    fn can_stream(&self, d: Direction) -> bool {
        let dc = self.config.direction(d);
        dc.mode == Mode::Redact
            && self.config.on_failure == FailureAction::RedactAsText
            && self
                .request_or_response(d)
                .is_some_and(|s| s.encoding == Encoding::Identity)
    }

    fn request_or_response(&self, d: Direction) -> Option<&BodyState> {
        match d {
            Direction::Request => self.request.as_ref(),
            Direction::Response => self.response.as_ref(),
        }
    }

    fn apply_failure(&mut self, d: Direction, failure: Failure) {
        let mode = self.config.direction(d).mode;
        let p = process::failed(&self.config, d, mode, failure, None);
        self.finish_stats(d, mode, &p);
        if let Verdict::Reject { status, body } = &p.verdict {
            self.reject(*status, body);
        }
        *self.state(d) = None;
    }

    fn reject(&mut self, status: u32, body: &str) {
        self.local_reply = true;
        let _ = hostcalls::send_http_response(
            status,
            vec![("content-type", "application/json")],
            Some(body.as_bytes()),
        );
    }

    /// Body phase.
    fn on_body(&mut self, d: Direction, size: usize, end_of_stream: bool) -> Action {
        let Some(mut st) = self.state(d).take() else {
            return Action::Continue;
        };
        let action = self.body_step(d, &mut st, size, end_of_stream);
        if !end_of_stream && !self.local_reply {
            *self.state(d) = Some(st);
        }
        action
    }

    /// Trailers end the body (HTTP/2, gRPC): whatever is buffered is
    /// processed now, so nothing leaves unscanned.
    fn on_trailers(&mut self, d: Direction) -> Action {
        let Some(mut st) = self.state(d).take() else {
            return Action::Continue;
        };
        if st.streaming.is_some() {
            if let Some(r) = st.streaming.take() {
                let mut out = Vec::new();
                if r.finish(&mut out).is_err() || !out.is_empty() {
                    // The tail cannot be placed before trailers: cut the stream.
                    self.reject(502, &process::error_body(d, "trailing_data", &[]));
                    return Action::Pause;
                }
            }
            return Action::Continue;
        }
        let size = if st.mode == Mode::Report {
            0
        } else {
            self.body(d, u32::MAX as usize).len()
        };
        self.body_step(d, &mut st, size, true)
    }

    fn body_step(&mut self, d: Direction, st: &mut BodyState, size: usize, eos: bool) -> Action {
        let max = self.config.max_body_bytes;
        if st.mode == Mode::Report {
            if !st.copy_overflow {
                if st.copy.len().saturating_add(size) > max {
                    st.copy_overflow = true;
                    st.copy = Vec::new();
                } else {
                    let chunk = self.body(d, size);
                    st.copy.extend_from_slice(&chunk);
                }
            }
            if eos {
                let p = if st.copy_overflow {
                    process::failed(&self.config, d, st.mode, Failure::TooLarge, None)
                } else {
                    process::process(&self.config, d, st.kind, st.encoding, &st.copy)
                };
                self.finish_stats(d, st.mode, &p);
            }
            return Action::Continue;
        }
        if let Some(r) = st.streaming.as_mut() {
            let chunk = self.body(d, size);
            let mut out = Vec::with_capacity(chunk.len());
            let mut result = r.push(&chunk, &mut out);
            if eos && result.is_ok() {
                if let Some(r) = st.streaming.take() {
                    result = r.finish(&mut out).map(|o| {
                        let (counts, findings) = (o.redacted_by_category(), Vec::new());
                        let p = Processed {
                            verdict: Verdict::Pass,
                            counts: counts
                                .into_iter()
                                .filter(|(c, _)| self.config.acts_on(*c))
                                .collect(),
                            findings,
                            failure: Some(Failure::TooLarge),
                        };
                        self.finish_stats(d, st.mode, &p);
                    });
                }
            }
            match result {
                Ok(()) => {
                    self.set_body(d, size, &out);
                    Action::Continue
                }
                Err(e) => {
                    // Headers are gone already: cut the stream rather than
                    // let anything unscanned through.
                    log(
                        LogLevel::Error,
                        &format!(
                            "leakscope: {} {}: streaming redaction failed ({}); stream reset",
                            d.id(),
                            self.path,
                            e.code()
                        ),
                    );
                    self.set_body(d, size, &[]);
                    self.reject(502, &process::error_body(d, e.code(), &[]));
                    Action::Pause
                }
            }
        } else if !eos {
            if size > max {
                if self.can_stream_state(st) {
                    return self.start_streaming(d, st, size);
                }
                self.apply_failure(d, Failure::TooLarge);
                return Action::Pause;
            }
            Action::Pause
        } else {
            if size > max && self.can_stream_state(st) {
                return self.start_streaming_and_finish(d, st, size);
            }
            let raw = self.body(d, size);
            let p = process::process(&self.config, d, st.kind, st.encoding, &raw);
            self.finish_stats(d, st.mode, &p);
            match &p.verdict {
                Verdict::Pass => {
                    self.set_header(d, "content-length", Some(&raw.len().to_string()));
                    Action::Continue
                }
                Verdict::Replace { body, redacted, .. } => {
                    self.set_body(d, size, body);
                    self.set_header(d, "content-length", Some(&body.len().to_string()));
                    self.set_header(d, "content-encoding", None);
                    if st.mode == Mode::Redact {
                        let n = redacted.to_string();
                        let h = self.config.count_header.clone();
                        self.set_header(d, &h, Some(&n));
                    }
                    Action::Continue
                }
                Verdict::Reject { status, body } => {
                    self.reject(*status, body);
                    Action::Pause
                }
            }
        }
    }

    fn can_stream_state(&self, st: &BodyState) -> bool {
        st.mode == Mode::Redact
            && self.config.on_failure == FailureAction::RedactAsText
            && st.encoding == Encoding::Identity
    }

    fn start_streaming(&mut self, d: Direction, st: &mut BodyState, size: usize) -> Action {
        log(
            LogLevel::Warn,
            &format!(
                "leakscope: {} {}: body over max_body_bytes ({}), redacting as a text stream",
                d.id(),
                self.path,
                self.config.max_body_bytes
            ),
        );
        let mut r = self.config.ndjson.redactor();
        let chunk = self.body(d, size);
        let mut out = Vec::with_capacity(chunk.len());
        if let Err(e) = r.push(&chunk, &mut out) {
            log(
                LogLevel::Error,
                &format!("leakscope: {} {}: {}", d.id(), self.path, e.code()),
            );
            self.apply_failure(d, Failure::Invalid);
            return Action::Pause;
        }
        self.set_body(d, size, &out);
        st.streaming = Some(r);
        Action::Continue
    }

    fn start_streaming_and_finish(
        &mut self,
        d: Direction,
        st: &mut BodyState,
        size: usize,
    ) -> Action {
        let raw = self.body(d, size);
        let p = process::failed(&self.config, d, st.mode, Failure::TooLarge, Some(&raw));
        self.finish_stats(d, st.mode, &p);
        match &p.verdict {
            Verdict::Replace { body, redacted, .. } => {
                self.set_body(d, size, body);
                self.set_header(d, "content-length", Some(&body.len().to_string()));
                let h = self.config.count_header.clone();
                self.set_header(d, &h, Some(&redacted.to_string()));
                Action::Continue
            }
            Verdict::Reject { status, body } => {
                self.reject(*status, body);
                Action::Pause
            }
            Verdict::Pass => Action::Continue,
        }
    }

    /// Counters and the log line of a processed body.
    fn finish_stats(&self, d: Direction, mode: Mode, p: &Processed) {
        let prefix = format!("leakscope.{}.{}", d.id(), mode.id());
        self.count(&format!("{prefix}.bodies"), 1);
        for (c, n) in &p.counts {
            self.count(&format!("{prefix}.{}", c.id()), *n);
        }
        if let Verdict::Reject { status, .. } = &p.verdict {
            self.count(&format!("{prefix}.rejected_{status}"), 1);
        }
        if let Some(f) = p.failure {
            self.count(&format!("{prefix}.failed.{}", f.code()), 1);
            log(
                LogLevel::Warn,
                &format!(
                    "leakscope: {} {}: body not scannable as configured ({}), {}",
                    d.id(),
                    self.path,
                    f.code(),
                    match &p.verdict {
                        Verdict::Pass if mode == Mode::Report => "passed (report mode)".to_string(),
                        Verdict::Pass => "redacted as a text stream".to_string(),
                        Verdict::Replace { .. } => "redacted as text".to_string(),
                        Verdict::Reject { status, .. } => format!("rejected with {status}"),
                    }
                ),
            );
        }
        if !p.counts.is_empty() {
            let cats: Vec<String> = p
                .counts
                .iter()
                .map(|(c, n)| format!("{}:{n}", c.id()))
                .collect();
            let mut fields: Vec<String> = p
                .findings
                .iter()
                .take(20)
                .map(|f| format!("{} ({})", f.path, f.category.id()))
                .collect();
            if p.findings.len() > 20 {
                fields.push(format!("... {} more", p.findings.len() - 20));
            }
            let what = match (&p.verdict, mode) {
                (Verdict::Reject { .. }, _) => "blocked",
                (_, Mode::Report) => "reported",
                _ => "redacted",
            };
            log(
                LogLevel::Info,
                &format!(
                    "leakscope: {} {}: {what} categories [{}] fields [{}]",
                    d.id(),
                    self.path,
                    cats.join(", "),
                    fields.join(", ")
                ),
            );
        }
    }
}

impl HttpContext for Stream {
    fn on_http_request_headers(&mut self, _n: usize, end_of_stream: bool) -> Action {
        if let Some(h) = &self.config.test_panic_header {
            if self.get_http_request_header(h).is_some() {
                panic!("leakscope: test panic requested through {h}");
            }
        }
        let path = self.get_http_request_header(":path").unwrap_or_default();
        // Paths only, never the query string (it may hold personal data).
        self.path = path.split('?').next().unwrap_or("").to_string();
        if self.config.response.enabled && self.config.strip_accept_encoding {
            self.set_http_request_header("accept-encoding", None);
        }
        self.on_headers(Direction::Request, end_of_stream)
    }

    fn on_http_request_body(&mut self, size: usize, end_of_stream: bool) -> Action {
        self.on_body(Direction::Request, size, end_of_stream)
    }

    fn on_http_response_headers(&mut self, _n: usize, end_of_stream: bool) -> Action {
        self.on_headers(Direction::Response, end_of_stream)
    }

    fn on_http_response_body(&mut self, size: usize, end_of_stream: bool) -> Action {
        self.on_body(Direction::Response, size, end_of_stream)
    }

    fn on_http_request_trailers(&mut self, _n: usize) -> Action {
        self.on_trailers(Direction::Request)
    }

    fn on_http_response_trailers(&mut self, _n: usize) -> Action {
        self.on_trailers(Direction::Response)
    }
}
