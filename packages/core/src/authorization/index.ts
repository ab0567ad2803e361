// Authorisation as pure functions: who may perform which action on what
// (PERMISSIONS, mayPerform), who may see which record (maySee), and the
// redaction of ICE-only fields for SIBs and LEAs (MOA III).
export * from "./actions";
export * from "./may-perform";
export * from "./may-see";
export * from "./permissions";
export * from "./print";
export * from "./redact";
