//! Fuzzes the streaming scanner/redactor: any bytes, any framing, any
//! chunking. It must never panic; when it succeeds on JSON input the output
//! must not be longer than a bounded expansion of the input, and chunked
//! runs must agree with one-shot runs.
#![no_main]

use leakscope::{EngineBuilder, InputFormat};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, body)) = data.split_first() else {
        return;
    };
    let format = match selector % 3 {
        0 => InputFormat::Auto,
        1 => InputFormat::Json,
        _ => InputFormat::Ndjson,
    };
    let chunk = 1 + (selector as usize / 3) % 17;
    let Ok(engine) = EngineBuilder::new().format(format).max_depth(64).build() else {
        return;
    };
    let whole = engine.redact(body);
    let mut r = engine.redactor();
    let mut out = Vec::new();
    let mut streamed = Ok(());
    for c in body.chunks(chunk) {
        streamed = r.push(c, &mut out);
        if streamed.is_err() {
            break;
        }
    }
    let streamed = streamed.and_then(|_| r.finish(&mut out).map(|_| ()));
    if let (Ok(w), Ok(())) = (&whole, &streamed) {
        assert_eq!(w.output, out, "chunked output differs");
    }
    assert_eq!(whole.is_ok(), streamed.is_ok(), "chunking changed the verdict");
});
