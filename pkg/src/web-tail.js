
export {
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
};
export default init;
