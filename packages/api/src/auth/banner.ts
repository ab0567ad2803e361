// The system use notification shown before sign-in (CJIS Security Policy AC-8).
// Part of the API (auth.banner) so every client shows the same words.
// Paragraphs are separated by blank lines; clients wrap the lines themselves.
export const SIGN_IN_BANNER = [
  "SECURE COMMUNITIES INTEROPERABILITY - WORKING MODEL",
  "You are accessing a system that models a U.S. Government information system. Use is limited to authorized parties of the Secure Communities Memorandum of Agreement.",
  "Every sign-in, every change and every read of a person's record is recorded in an audit log that auditors may review. Unauthorized use may result in action against you. Use of this system for racial or ethnic profiling is not permitted (MOA X).",
  "All people in this model are synthetic; it holds no real personal data.",
].join("\n\n");
