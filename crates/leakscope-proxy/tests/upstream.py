#!/usr/bin/env python3
"""Test upstream for the leakscope Envoy filter: serves fixture documents on
127.0.0.1 (stdlib only, threaded).

    upstream.py [--port N] [--corpus DIR]

Prints "listening on PORT" once ready. Routes:

  GET  /corpus/<file>      a file of the corpus, content type per extension
                           (.json: application/json, .ndjson: application/x-ndjson)
       ?chunked=1          sent with Transfer-Encoding: chunked in 997-byte chunks
       ?gzip=1             gzip-encoded whatever the request's accept-encoding
       ?encoding=br        a content-encoding the filter cannot inflate
       ?type=<media type>  override the content type
  GET  /big?bytes=N        a generated JSON document of about N bytes (records
                           with e-mail addresses, phones, IPs), also ?chunked/?gzip
  GET  /invalid            a broken JSON document holding an e-mail address
  GET  /clean              a JSON document without personal data
  GET  /text               text/plain holding an e-mail address
  POST /echo               answers text/plain with exactly the body received,
                           and x-upstream-* headers describing the request
  GET  /                   "ok"
"""

import argparse
import functools
import gzip
import json
import os
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

TYPES = {".json": "application/json", ".ndjson": "application/x-ndjson"}


@functools.lru_cache(maxsize=16)
def big_document(size):
    """A deterministic JSON document of about `size` bytes."""
    records = []
    total = 20
    i = 0
    while total < size:
        rec = {
            "id": i,
            "email": f"user{i}@example.org",
            "phone": f"+1 415 555 {i % 10000:04d}",
            "last_login_ip": f"203.0.113.{i % 250 + 1}",
            "plan": "pro" if i % 3 else "free",
            "score": i * 7 % 101,
        }
        text = json.dumps(rec, separators=(",", ":"))
        records.append(text)
        total += len(text) + 1
        i += 1
    return ('{"users":[' + ",".join(records) + "]}").encode()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    corpus = "."

    def log_message(self, fmt, *args):  # quiet
        pass

    def send_body(self, status, ctype, body, q, extra=None):
        encoding = None
        if q.get("gzip") == ["1"]:
            body = gzip.compress(body)
            encoding = "gzip"
        elif "encoding" in q:
            encoding = q["encoding"][0]
        self.send_response(status)
        self.send_header("content-type", q.get("type", [ctype])[0])
        if encoding:
            self.send_header("content-encoding", encoding)
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        if q.get("chunked") == ["1"]:
            self.send_header("transfer-encoding", "chunked")
            self.end_headers()
            for i in range(0, len(body), 997):
                part = body[i : i + 997]
                self.wfile.write(b"%x\r\n" % len(part) + part + b"\r\n")
                self.wfile.flush()
            self.wfile.write(b"0\r\n\r\n")
        else:
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        self.wfile.flush()

    def do_GET(self):
        u = urlparse(self.path)
        q = parse_qs(u.query)
        if u.path.startswith("/corpus/"):
            name = os.path.basename(u.path[len("/corpus/") :])
            path = os.path.join(self.corpus, name)
            if not os.path.isfile(path):
                return self.send_body(404, "text/plain", b"not found\n", {})
            with open(path, "rb") as f:
                body = f.read()
            ctype = TYPES.get(os.path.splitext(name)[1], "application/octet-stream")
            return self.send_body(200, ctype, body, q)
        if u.path == "/big":
            size = int(q.get("bytes", ["16384"])[0])
            return self.send_body(200, "application/json", big_document(size), q)
        if u.path == "/invalid":
            body = b'{"user": {"email": "jane.doe@example.com", "note": broken\n'
            return self.send_body(200, "application/json", body, q)
        if u.path == "/clean":
            return self.send_body(200, "application/json", b'{"plan": "pro", "count": 3}\n', q)
        if u.path == "/text":
            body = b"Contact jane.doe@example.com for access.\n"
            return self.send_body(200, "text/plain; charset=utf-8", body, q)
        if u.path == "/":
            return self.send_body(200, "text/plain", b"ok\n", q)
        return self.send_body(404, "text/plain", b"not found\n", q)

    def do_POST(self):
        u = urlparse(self.path)
        if self.headers.get("transfer-encoding", "").lower() == "chunked":
            body = b""
            while True:
                line = self.rfile.readline()
                n = int(line.split(b";")[0].strip() or b"0", 16)
                if n == 0:
                    self.rfile.readline()
                    break
                body += self.rfile.read(n)
                self.rfile.readline()
        else:
            body = self.rfile.read(int(self.headers.get("content-length", "0")))
        if u.path != "/echo":
            return self.send_body(404, "text/plain", b"not found\n", {})
        extra = {
            "x-upstream-content-length": self.headers.get("content-length", "-"),
            "x-upstream-content-encoding": self.headers.get("content-encoding", "-"),
            "x-upstream-accept-encoding": self.headers.get("accept-encoding", "-"),
        }
        return self.send_body(200, "text/plain", body, {}, extra)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--corpus", default=os.path.join(os.path.dirname(__file__), "..", "..", "..", "tests", "corpus"))
    args = ap.parse_args()
    Handler.corpus = args.corpus
    srv = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    srv.daemon_threads = True
    print(f"listening on {srv.server_address[1]}", flush=True)
    try:
        srv.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
