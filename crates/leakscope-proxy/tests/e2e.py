#!/usr/bin/env python3
"""End-to-end test of the leakscope proxy-wasm filter in a real Envoy.

    e2e.py --envoy ENVOY --wasm leakscope_proxy.wasm --cli leakscope [--corpus tests/corpus]

Starts the test upstream and Envoy on 127.0.0.1 (free ports), sends real
HTTP requests, compares redacted bodies with the native CLI's output (the
expected files of the corpus, or the CLI run on the same input), and prints
"N passed, N failed". Envoy and the upstream are stopped on exit.
"""

import argparse
import gzip
import http.client
import json
import os
import subprocess
import sys
import time
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402
import upstream  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
COUNT = "x-leakscope-redacted"

RESULTS = []


def check(name, fn):
    try:
        fn()
        RESULTS.append((name, None))
        print(f"ok   {name}", flush=True)
    except Exception as e:  # noqa: BLE001 - report every failure and go on
        RESULTS.append((name, e))
        print(f"FAIL {name}: {e}", flush=True)
        if not isinstance(e, AssertionError):
            traceback.print_exc()


def request(port, method, path, body=None, headers=None, timeout=60):
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        c.request(method, path, body=body, headers=headers or {})
        r = c.getresponse()
        data = r.read()
        return r.status, {k.lower(): v for k, v in r.getheaders()}, data
    finally:
        c.close()


def expect(cond, msg):
    if not cond:
        raise AssertionError(msg)


class Ctx:
    pass


def cli_redact(ctx, data, ext, extra=()):
    """The native CLI's redacted output for `data`."""
    path = os.path.join(ctx.work, "cli-input" + ext)
    with open(path, "wb") as f:
        f.write(data)
    fmt = "ndjson" if ext == ".ndjson" else "json"
    out = subprocess.run(
        [ctx.cli, "redact", path, "--format", fmt, "-q", *extra], capture_output=True, timeout=120, check=False
    )
    expect(out.returncode == 0, f"CLI failed ({out.returncode}): {out.stderr.decode()[:300]}")
    return out.stdout


def reference(ctx, name):
    """Expected redacted bytes of a corpus file: the native CLI's output for
    it (the CLI is built from the same source as the filter). The corpus's
    expected file must agree, unless it is stale against this build (then a
    note is printed: refreshing goldens is the corpus's business)."""
    stem, ext = os.path.splitext(name)
    with open(os.path.join(ctx.corpus, name), "rb") as f:
        want = cli_redact(ctx, f.read(), ext)
    exp = os.path.join(ctx.corpus, "expected", f"{stem}.redacted{ext}")
    if os.path.isfile(exp):
        with open(exp, "rb") as f:
            golden = f.read()
        if golden != want and name not in ctx.stale:
            ctx.stale.add(name)
            print(f"note: {exp} differs from this build's CLI output (stale golden)", flush=True)
    return want


def corpus_files(ctx):
    names = []
    for n in sorted(os.listdir(ctx.corpus)):
        if n.endswith(".labels.json") or not os.path.isfile(os.path.join(ctx.corpus, n)):
            continue
        if n.endswith(".json") or n.endswith(".ndjson"):
            names.append(n)
    return names


def assert_redacted_response(status, headers, body, want):
    expect(status == 200, f"status {status}: {body[:200]!r}")
    expect(body == want, f"body differs from the CLI's output ({len(body)} vs {len(want)} bytes)")
    expect(headers.get("content-length") == str(len(body)), f"content-length {headers.get('content-length')}")
    expect("content-encoding" not in headers, f"content-encoding {headers.get('content-encoding')}")
    n = headers.get(COUNT)
    expect(n is not None and n.isdigit(), f"{COUNT} missing or not a number: {n}")


def tests(ctx):
    env = ctx.envoy
    redact, block, report = env.ports["redact"], env.ports["block"], env.ports["report"]

    names = corpus_files(ctx)
    expect(names, "no corpus files")

    for name in names:
        def t(name=name):
            want = reference(ctx, name)
            status, h, body = request(redact, "GET", f"/corpus/{name}")
            assert_redacted_response(status, h, body, want)
            with open(os.path.join(ctx.corpus, name), "rb") as f:
                orig = f.read()
            if orig != want:
                expect(int(h[COUNT]) > 0, f"{COUNT} is {h[COUNT]} but the body changed")

        check(f"redact: {name} equals the CLI output", t)

    first_json = next(n for n in names if n.endswith(".json"))
    ndjson = [n for n in names if n.endswith(".ndjson")]

    def chunked():
        for name in [first_json] + ndjson[:1]:
            status, h, body = request(redact, "GET", f"/corpus/{name}?chunked=1")
            assert_redacted_response(status, h, body, reference(ctx, name))

    check("redact: chunked upstream responses (JSON and NDJSON streams)", chunked)

    def gzipped():
        for name in [first_json] + ndjson[:1]:
            status, h, body = request(redact, "GET", f"/corpus/{name}?gzip=1", headers={"accept-encoding": "gzip"})
            assert_redacted_response(status, h, body, reference(ctx, name))
            status, h, body = request(redact, "GET", f"/corpus/{name}?gzip=1&chunked=1")
            assert_redacted_response(status, h, body, reference(ctx, name))

    check("redact: gzip upstream bodies are inflated, scanned and sent identity", gzipped)

    def accept_encoding_removed():
        status, h, _ = request(
            redact, "POST", "/echo", body=b"x", headers={"content-type": "text/plain", "accept-encoding": "gzip, br"}
        )
        expect(status == 200, f"status {status}")
        expect(h.get("x-upstream-accept-encoding") == "-", f"upstream saw accept-encoding {h.get('x-upstream-accept-encoding')}")

    check("redact: accept-encoding is removed towards the upstream", accept_encoding_removed)

    def unsupported_encoding():
        status, h, body = request(redact, "GET", f"/corpus/{first_json}?encoding=br")
        expect(status == 502, f"status {status}")
        expect(json.loads(body)["error"] == "unsupported_encoding", body[:200])

    check("redact: unknown content-encoding is never passed through", unsupported_encoding)

    def big():
        for size in (16 * 1024, 2_500_000):
            doc = upstream.big_document(size)
            want = cli_redact(ctx, doc, ".json")
            for q in ("", "&chunked=1", "&gzip=1"):
                status, h, body = request(redact, "GET", f"/big?bytes={size}{q}")
                assert_redacted_response(status, h, body, want)
                expect(b"@example.org" not in body, "an e-mail address went through")

    check("redact: 16 KB and 2.5 MB bodies (over Envoy's default 1 MiB buffer)", big)

    def policy_and_pseudonyms():
        pol = os.path.join(ctx.work, "policy.json")
        with open(pol, "w") as f:
            json.dump(POLICY, f)
        key = os.path.join(ctx.work, "hmac.key")
        with open(key, "w") as f:
            f.write(HMAC_KEY)
        doc = upstream.big_document(16 * 1024)
        want = cli_redact(ctx, doc, ".json", ["--policy", pol, "--op", "email=pseudonymize", "--key-file", key])
        status, h, body = request(env.ports["policy"], "GET", "/big?bytes=16384")
        assert_redacted_response(status, h, body, want)
        expect(b"[EMAIL]" not in body and b"@example.org" not in body, "e-mails not pseudonymized")

    check("redact: policy file content and HMAC pseudonyms equal the CLI output", policy_and_pseudonyms)

    def oversize():
        port = env.ports["small"]
        for q in ("", "&chunked=1"):
            status, h, body = request(port, "GET", f"/big?bytes=20000{q}")
            expect(status == 502, f"status {status}")
            err = json.loads(body)
            expect(err["error"] == "too_large", body[:200])
        status, _, body = request(port, "GET", "/big?bytes=100000&gzip=1")
        expect(status == 502 and b"too_large" in body, f"gzip bomb-ish body: {status} {body[:100]!r}")

    check("failure: bodies over max_body_bytes are rejected (fail closed)", oversize)

    def oversize_as_text():
        port = env.ports["text"]
        status, h, body = request(port, "GET", "/big?bytes=300000")
        expect(status == 200, f"status {status}")
        expect(b"@example.org" not in body, "an e-mail address went through")
        expect(body.count(b"[EMAIL]") > 100, "e-mails not redacted")
        json.loads(body)  # still valid JSON: one line, redacted as a JSON line

    check("failure: redact_as_text streams bodies over the limit, redacted", oversize_as_text)

    def invalid_json():
        status, h, body = request(redact, "GET", "/invalid")
        expect(status == 502, f"status {status}")
        expect(json.loads(body)["error"] == "invalid_body", body[:200])
        expect(b"jane" not in body, "value in error")
        status, h, body = request(env.ports["text"], "GET", "/invalid")
        expect(status == 200, f"redact_as_text status {status}")
        expect(b"jane.doe@example.com" not in body, f"e-mail went through: {body!r}")
        expect(b"[EMAIL]" in body, f"not redacted as text: {body!r}")
        expect(h.get("content-length") == str(len(body)), "content-length")

    check("failure: invalid JSON is blocked (default) or redacted as text", invalid_json)

    def non_json():
        status, h, body = request(redact, "GET", "/text")
        expect(status == 200 and body == b"Contact jane.doe@example.com for access.\n", f"{status} {body!r}")
        expect(COUNT not in h, "count header on an unscanned body")

    check("non-JSON content types pass through untouched", non_json)

    def block_mode():
        status, h, body = request(block, "GET", f"/corpus/{first_json}")
        expect(status == 403, f"status {status}")
        err = json.loads(body)
        expect(err["error"] == "sensitive_data" and err["direction"] == "response", body[:200])
        expect(len(err["categories"]) > 0, "no categories named")
        with open(os.path.join(ctx.corpus, first_json), "rb") as f:
            orig = json.load(f)
        values = set()

        def walk(v):
            if isinstance(v, dict):
                for x in v.values():
                    walk(x)
            elif isinstance(v, list):
                for x in v:
                    walk(x)
            elif isinstance(v, str) and len(v) >= 6:
                values.add(v)

        walk(orig)
        text = body.decode()
        leaked = [v for v in values if v in text]
        expect(not leaked, f"values in the error body: {leaked[:3]}")
        status, h, body = request(block, "GET", "/clean")
        expect(status == 200 and body == b'{"plan": "pro", "count": 3}\n', f"clean body: {status} {body!r}")

    check("block: 403 naming categories, never values; clean bodies pass", block_mode)

    def report_mode():
        with open(os.path.join(ctx.corpus, first_json), "rb") as f:
            orig = f.read()
        status, h, body = request(report, "GET", f"/corpus/{first_json}")
        expect(status == 200 and body == orig, f"report mode changed the body ({status})")
        expect(COUNT not in h, "count header in report mode")
        st = env.stats()
        n = sum(v for k, v in st.items() if k.startswith("wasmcustom.leakscope.response.report.") and not k.endswith(".bodies"))
        expect(n > 0, "report mode counted nothing")

    check("report: body unchanged, findings counted", report_mode)

    def request_redact():
        doc = b'{"user": {"email": "jane.doe@example.com", "plan": "pro"}}'
        status, h, body = request(redact, "POST", "/echo", body=doc, headers={"content-type": "application/json"})
        expect(status == 200, f"status {status}")
        expect(b"jane.doe@example.com" not in body, f"upstream got the e-mail: {body!r}")
        expect(body == cli_redact(ctx, doc, ".json"), f"upstream got {body!r}")
        expect(h.get("x-upstream-content-length") == str(len(body)), "request content-length not fixed")
        gz = gzip.compress(doc)
        status, h, body = request(
            redact, "POST", "/echo", body=gz, headers={"content-type": "application/json", "content-encoding": "gzip"}
        )
        expect(status == 200 and b"jane.doe" not in body and b"[EMAIL]" in body, f"gzip request: {status} {body!r}")
        expect(h.get("x-upstream-content-encoding") == "-", "content-encoding still set upstream")
        text = b"jane.doe@example.com"
        status, h, body = request(redact, "POST", "/echo", body=text, headers={"content-type": "text/plain"})
        expect(body == text, "text/plain request body changed")

    check("request bodies: redacted before the upstream (also gzip)", request_redact)

    def request_block():
        port = env.ports["reqblock"]
        doc = b'{"email": "jane.doe@example.com"}'
        status, h, body = request(port, "POST", "/echo", body=doc, headers={"content-type": "application/json"})
        expect(status == 403, f"status {status}")
        err = json.loads(body)
        expect(err["direction"] == "request" and "email" in err["categories"], body[:200])
        expect(b"jane" not in body, "value in error")
        status, h, body = request(port, "POST", "/echo", body=b'{"plan":"pro"}', headers={"content-type": "application/json"})
        expect(status == 200 and body == b'{"plan":"pro"}', f"clean request: {status} {body!r}")
        status, h, body = request(port, "POST", "/echo", body=b'{"a": broken', headers={"content-type": "application/json"})
        expect(status == 400, f"invalid JSON request: {status}")

    check("request bodies: block mode answers 403 / 400", request_block)

    def stats():
        st = env.stats()
        for key in (
            "wasmcustom.leakscope.response.redact.email",
            "wasmcustom.leakscope.response.redact.bodies",
            "wasmcustom.leakscope.response.block.rejected_403",
            "wasmcustom.leakscope.response.redact.failed.invalid_body",
            "wasmcustom.leakscope.response.redact.failed.too_large",
            "wasmcustom.leakscope.request.redact.email",
            "wasmcustom.leakscope.request.block.rejected_403",
            "wasmcustom.leakscope.response.skipped",
        ):
            expect(st.get(key, 0) > 0, f"{key} = {st.get(key)}")

    check("stats: counters per direction, mode and category", stats)

    def logs():
        log = env.log()
        expect("leakscope: response /corpus/" in log and "redacted categories [" in log, "no finding log line")
        expect("$." in log, "no field paths in the log")
        for value in (b"jane.doe@example.com", b"user1@example.org"):
            expect(value.decode() not in log, f"value {value!r} in the Envoy log")

    check("logs: paths and categories, never values", logs)

    def panic_reload():
        port = env.ports["panic"]
        status, _, _ = request(port, "GET", "/clean", headers={"x-leakscope-test-panic": "1"})
        expect(status >= 500, f"panic request answered {status}")
        ok = False
        for _ in range(40):
            status, h, body = request(port, "GET", f"/corpus/{first_json}")
            if status == 200:
                expect(body == reference(ctx, first_json), "after reload: body differs")
                ok = True
                break
            time.sleep(0.5)
        expect(ok, f"after a panic the filter still answers {status} (no reload)")

    check("panic: FAIL_RELOAD brings the filter back", panic_reload)

    def panic_fail_closed():
        # Why FAIL_RELOAD: with Envoy's default the dead VM answers 503 to
        # every later request.
        port = env.ports["panic-closed"]
        status, _, _ = request(port, "GET", "/clean", headers={"x-leakscope-test-panic": "1"})
        expect(status >= 500, f"panic request answered {status}")
        later = []
        for _ in range(5):
            status, _, body = request(port, "GET", f"/corpus/{first_json}")
            later.append(status)
            expect(b"@" not in body, "a body went through unscanned after the panic")
            time.sleep(0.2)
        expect(all(s == 503 for s in later), f"FAIL_CLOSED after a panic: {later}")

    check("panic: with FAIL_CLOSED the filter stays dead (503), never open", panic_fail_closed)

    def invalid_config():
        work = os.path.join(ctx.work, "bad")
        os.makedirs(work, exist_ok=True)
        try:
            harness.Envoy(
                ctx.envoy_bin,
                ctx.wasm,
                ctx.upstream_port,
                [("bad", {"mode": "redact", "categories": ["emails"]}, "bad")],
                work,
                start_timeout=120,
            )
            started = True
        except RuntimeError:
            started = False
        with open(os.path.join(work, "envoy.log"), encoding="utf-8", errors="replace") as f:
            log = f.read()
        expect('leakscope: invalid configuration: unknown category "emails"' in log, "no clear log line")
        expect(not started, "Envoy served with an invalid plugin configuration")

    check("invalid configuration fails at load with a clear log line", invalid_config)


POLICY = {"version": 1, "categories": {"phone": "mask", "ip_address": "null"}}
HMAC_KEY = "e2e-test-key"

PLUGINS = [
    ("policy", {"policy": POLICY, "operators": {"email": "pseudonymize"}, "hmac_key": HMAC_KEY}, "leakscope"),
    ("redact", {"mode": "redact", "request": {"enabled": True}}, "leakscope"),
    ("block", {"mode": "block"}, "leakscope"),
    ("report", {"mode": "report"}, "leakscope"),
    ("small", {"max_body_bytes": 4096}, "leakscope"),
    ("text", {"on_failure": "redact_as_text", "max_body_bytes": 65536}, "leakscope"),
    ("reqblock", {"response": {"enabled": False}, "request": {"enabled": True, "mode": "block"}}, "leakscope"),
    ("panic", {"test_panic_header": "x-leakscope-test-panic"}, "leakscope-panic"),
    ("panic-closed", {"test_panic_header": "x-leakscope-test-panic"}, "leakscope-closed", "FAIL_CLOSED"),
]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--envoy", required=True)
    ap.add_argument("--wasm", required=True)
    ap.add_argument("--cli", required=True)
    ap.add_argument("--corpus", default=os.path.join(ROOT, "tests", "corpus"))
    args = ap.parse_args()
    ctx = Ctx()
    ctx.cli, ctx.corpus, ctx.envoy_bin = args.cli, args.corpus, args.envoy
    ctx.wasm = os.path.abspath(args.wasm)
    ctx.work = harness.workdir()
    ctx.stale = set()
    try:
        ctx.upstream_port = harness.start_upstream(ctx.corpus, ctx.work)
        ctx.envoy = harness.Envoy(ctx.envoy_bin, ctx.wasm, ctx.upstream_port, PLUGINS, ctx.work)
        tests(ctx)
    except Exception as e:  # noqa: BLE001
        traceback.print_exc()
        RESULTS.append(("setup", e))
    finally:
        harness.stop_all()
    failed = [n for n, e in RESULTS if e is not None]
    passed = len(RESULTS) - len(failed)
    if failed:
        print(f"logs kept in {ctx.work}")
    print(f"{passed} passed, {len(failed)} failed")
    return 1 if failed or not RESULTS else 0


if __name__ == "__main__":
    sys.exit(main())
