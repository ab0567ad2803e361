// Authorisation as pure functions: who may perform which action on what
// (PERMISSIONS, mayPerform), who may see which record (maySee) and which kinds
// of party may see some record of a kind (mayEverSee, readersOf), and the
// redaction of ICE-only fields for SIBs and LEAs (MOA III).
export * from "./actions";
export * from "./may-perform";
export * from "./may-see";
export * from "./permissions";
export * from "./print";
export * from "./record-readers";
export * from "./redact";
