// leakscope: Node ES module entry. It re-exports the CommonJS build so that
// `import` and `require` share one wasm instance.
import lib from "./index.cjs";

export const {
  init,
  initSync,
  scan,
  redact,
  Redactor,
  Scanner,
  policyFromReport,
  version,
  LeakscopeError,
  __leakscope_test_panic,
} = lib;
export default init;
