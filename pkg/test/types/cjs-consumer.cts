// CommonJS flavour of the declarations (index.d.cts).
import leakscope = require("leakscope");
const out: string = leakscope.redact("{}").output;
const err: typeof leakscope.LeakscopeError = leakscope.LeakscopeError;
void [out, err];
