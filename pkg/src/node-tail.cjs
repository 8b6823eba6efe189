
module.exports = {
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
