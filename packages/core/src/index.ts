// @sc/core: the Secure Communities domain, pure (no I/O, no clock, no randomness).
export * from "./classification";
export * from "./reference/parties";
export * from "./shared/time";
export * from "./shared/text";
export * from "./shared/own";
export * from "./moa";
export * from "./reference";
export * from "./flow";
export * from "./statistics";
export * from "./oversight";
export * from "./scenario";
export * from "./authorization";
