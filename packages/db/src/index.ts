// @sc/db: storage for the Secure Communities model.
export * from "./database";
export * from "./errors";
export * from "./event-store";
export * from "./raw";
export * from "./schema/index";
export { DataDirInUseError, lockDataDir } from "./data-dir-lock";
