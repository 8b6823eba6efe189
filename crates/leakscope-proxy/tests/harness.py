"""Starts the test upstream and a real Envoy (with the built filter) on
127.0.0.1, on free ports, and stops both on exit, also on failure or signal.
Shared by e2e.py and bench.py."""

import atexit
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))

PROCS = []


def stop_all():
    while PROCS:
        p = PROCS.pop()
        if p.poll() is None:
            try:
                os.killpg(p.pid, signal.SIGTERM)
            except ProcessLookupError:
                continue
            try:
                p.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(p.pid, signal.SIGKILL)
                p.wait()


def _on_signal(signum, _frame):
    stop_all()
    sys.exit(128 + signum)


atexit.register(stop_all)
signal.signal(signal.SIGTERM, _on_signal)
signal.signal(signal.SIGINT, _on_signal)
signal.signal(signal.SIGHUP, _on_signal)


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def spawn(args, log_path):
    log = open(log_path, "wb")
    p = subprocess.Popen(
        args, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True
    )
    PROCS.append(p)
    return p


def start_upstream(corpus, workdir):
    log = os.path.join(workdir, "upstream.log")
    port = free_port()
    p = spawn([sys.executable, os.path.join(HERE, "upstream.py"), "--port", str(port), "--corpus", corpus], log)
    deadline = time.time() + 30
    while time.time() < deadline:
        if p.poll() is not None:
            raise RuntimeError("upstream exited: " + open(log).read())
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as r:
                if r.status == 200:
                    return port
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("upstream did not start")


BUFFER_LIMIT = 32 << 20


def listener(name, port, upstream_cluster, plugin=None, vm_id="leakscope", wasm=None, failure_policy="FAIL_RELOAD"):
    filters = []
    if plugin is not None:
        filters.append(
            {
                "name": "envoy.filters.http.wasm",
                "typed_config": {
                    "@type": "type.googleapis.com/envoy.extensions.filters.http.wasm.v3.Wasm",
                    "config": {
                        "name": name,
                        "root_id": name,
                        "failure_policy": failure_policy,
                        "allow_on_headers_stop_iteration": True,
                        "configuration": {
                            "@type": "type.googleapis.com/google.protobuf.StringValue",
                            "value": json.dumps(plugin),
                        },
                        "vm_config": {
                            "vm_id": vm_id,
                            "runtime": "envoy.wasm.runtime.v8",
                            "code": {"local": {"filename": wasm}},
                        },
                    },
                },
            }
        )
    filters.append(
        {
            "name": "envoy.filters.http.router",
            "typed_config": {"@type": "type.googleapis.com/envoy.extensions.filters.http.router.v3.Router"},
        }
    )
    return {
        "name": name,
        "address": {"socket_address": {"address": "127.0.0.1", "port_value": port}},
        "per_connection_buffer_limit_bytes": BUFFER_LIMIT,
        "filter_chains": [
            {
                "filters": [
                    {
                        "name": "envoy.filters.network.http_connection_manager",
                        "typed_config": {
                            "@type": "type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager",
                            "stat_prefix": name,
                            "route_config": {
                                "name": name,
                                "virtual_hosts": [
                                    {
                                        "name": "all",
                                        "domains": ["*"],
                                        "routes": [{"match": {"prefix": "/"}, "route": {"cluster": upstream_cluster}}],
                                    }
                                ],
                            },
                            "http_filters": filters,
                        },
                    }
                ]
            }
        ],
    }


def envoy_config(listeners, upstream_port, admin_port):
    return {
        "admin": {"address": {"socket_address": {"address": "127.0.0.1", "port_value": admin_port}}},
        "static_resources": {
            "listeners": listeners,
            "clusters": [
                {
                    "name": "upstream",
                    "connect_timeout": "2s",
                    "type": "STATIC",
                    "per_connection_buffer_limit_bytes": BUFFER_LIMIT,
                    "load_assignment": {
                        "cluster_name": "upstream",
                        "endpoints": [
                            {
                                "lb_endpoints": [
                                    {
                                        "endpoint": {
                                            "address": {
                                                "socket_address": {"address": "127.0.0.1", "port_value": upstream_port}
                                            }
                                        }
                                    }
                                ]
                            }
                        ],
                    },
                }
            ],
        },
    }


class Envoy:
    """A running Envoy with named listeners {name: port}."""

    def __init__(self, envoy_bin, wasm, upstream_port, plugins, workdir, start_timeout=180):
        """plugins: list of (name, plugin config or None for no filter, vm_id
        [, failure_policy])."""
        self.ports = {}
        listeners = []
        for name, plugin, vm_id, *policy in plugins:
            port = free_port()
            self.ports[name] = port
            fp = policy[0] if policy else "FAIL_RELOAD"
            listeners.append(listener(name, port, "upstream", plugin, vm_id, wasm, fp))
        self.admin = free_port()
        cfg = envoy_config(listeners, upstream_port, self.admin)
        self.config_path = os.path.join(workdir, "envoy.json")
        with open(self.config_path, "w") as f:
            json.dump(cfg, f, indent=1)
        self.log_path = os.path.join(workdir, "envoy.log")
        self.proc = spawn(
            [envoy_bin, "-c", self.config_path, "--concurrency", "1", "--disable-hot-restart", "-l", "info"],
            self.log_path,
        )
        deadline = time.time() + start_timeout
        pending = set(self.ports)
        while pending and time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("envoy exited:\n" + self.log()[-3000:])
            for name in list(pending):
                try:
                    with urllib.request.urlopen(f"http://127.0.0.1:{self.ports[name]}/", timeout=5) as r:
                        if r.status == 200:
                            pending.discard(name)
                except OSError:
                    pass
            if pending:
                time.sleep(0.5)
        if pending:
            raise RuntimeError(f"envoy listeners not ready: {sorted(pending)}\n" + self.log()[-3000:])

    def log(self):
        with open(self.log_path, encoding="utf-8", errors="replace") as f:
            return f.read()

    def url(self, name, path):
        return f"http://127.0.0.1:{self.ports[name]}{path}"

    def stats(self):
        with urllib.request.urlopen(f"http://127.0.0.1:{self.admin}/stats?filter=wasmcustom", timeout=10) as r:
            out = {}
            for line in r.read().decode().splitlines():
                k, _, v = line.partition(": ")
                try:
                    out[k.strip()] = int(v)
                except ValueError:
                    pass
            return out


def workdir():
    return tempfile.mkdtemp(prefix="leakscope-proxy-")
