//! # leakscope-proxy
//!
//! A proxy-wasm filter (ABI 0.2.1, target `wasm32-wasip1`) that any
//! Envoy-based proxy (Envoy, Istio, Envoy Gateway) can load. It scans JSON
//! and NDJSON request and response bodies with the leakscope engine and, per
//! direction, redacts the values, blocks the exchange (403 naming the
//! categories, never the values) or reports (passes the body through, counts
//! and logs).
//!
//! The decision logic ([`config`], [`decode`], [`process`]) is plain Rust and
//! tested natively; the proxy-wasm glue is compiled for `wasm32` only.

#![warn(missing_docs)]

pub mod config;
pub mod decode;
pub mod process;

#[cfg(target_arch = "wasm32")]
mod filter;
