export * from "./agencies";
export * from "./contacts";
export * from "./directory";
export * from "./field-offices";
export * from "./glossary";
export * from "./parties";
export * from "./problem";
export * from "./states";
