// Adapter between the page's worker and the browser build of the `leakscope`
// npm package (pkg/dist/web, copied into vendor/ by scripts/build-www.sh).
// Keeps the worker independent of the package's exact call shapes.

let ready = null;

/** Loads and initialises the wasm engine once (fetches vendor/leakscope_bg.wasm). */
export function loadEngine() {
  if (!ready) {
    ready = (async () => {
      let mod;
      try {
        mod = await import("./vendor/index.js");
      } catch (err) {
        const e = new Error(`the wasm engine is missing next to the page (run scripts/build-www.sh): ${err && err.message ? err.message : err}`);
        e.kind = "engine-missing";
        throw e;
      }
      await mod.init();
      return wrap(mod);
    })();
    ready.catch(() => {
      ready = null;
    });
  }
  return ready;
}

function wrap(mod) {
  return {
    /** Streaming scan: push chunks; finish() returns the report object. */
    scanner() {
      const s = new mod.Scanner();
      return {
        push(chunk) {
          s.push(chunk);
        },
        finish() {
          return s.finish();
        },
      };
    },
    /** Streaming redaction with a policy object and an optional pseudonym key. */
    redactor(policy, key) {
      const options = {};
      if (policy) options.policy = policy;
      if (key) options.hmacKey = key;
      const r = new mod.Redactor(options);
      return {
        push(chunk) {
          return r.push(chunk);
        },
        finishOutput() {
          return r.finish().output;
        },
      };
    },
    /** Policy made from a report (the core's Policy::from_report). */
    policyFromReport(report) {
      return mod.policyFromReport(report);
    },
  };
}
