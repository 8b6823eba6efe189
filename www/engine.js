// Adapter between the page's worker and the browser build of the `leakscope`
// npm package (copied into vendor/ by scripts/build-www.sh). Keeps the
// worker independent of the binding's exact call shapes.

let ready = null;

/** Loads and initialises the wasm engine once. */
export function loadEngine() {
  if (!ready) {
    ready = (async () => {
      let mod;
      try {
        mod = await import("./vendor/leakscope.js");
      } catch (err) {
        const e = new Error(`the wasm engine is missing (run scripts/build-www.sh): ${err && err.message ? err.message : err}`);
        e.kind = "engine-missing";
        throw e;
      }
      if (typeof mod.default === "function") await mod.default();
      else if (typeof mod.init === "function") await mod.init();
      return wrap(mod);
    })();
  }
  return ready;
}

function toObject(value) {
  if (typeof value === "string") return JSON.parse(value);
  return value;
}

function wrap(mod) {
  const { Redactor } = mod;
  return {
    /** Streaming scan: push chunks, finish() returns the report object. */
    scanner() {
      const r = new Redactor({ scanOnly: true });
      return {
        push(chunk) {
          r.push(chunk);
        },
        finish() {
          r.finish();
          return toObject(r.report());
        },
      };
    },
    /** Streaming redaction with a policy object and an optional pseudonym key. */
    redactor(policy, key) {
      const options = {};
      if (policy) options.policy = policy;
      if (key) options.hmacKey = key;
      const r = new Redactor(options);
      return {
        push(chunk) {
          return r.push(chunk);
        },
        finishOutput() {
          return r.finish();
        },
      };
    },
    /** Policy made from a report (the core's Policy::from_report). */
    policyFromReport(report) {
      return toObject(mod.policyFromReport(report));
    },
  };
}
