// The README's typed-client script: sign in, classify a code, look up acronyms, sign out.
// Run from the repo root: npx tsx examples/classify.ts (SC_API_URL for another server).
import { createClient } from "@sc/client";

const url = process.env.SC_API_URL ?? "http://localhost:4000";
const { token } = await createClient({ url }).auth.signIn.mutate({ username: "lea.va", password: "demo-lea.va-2026" });
const api = createClient({ url, token });
const answer = await api.classification.classify.query({ code: "3562", sentence: "18m" });
console.log(`Level ${answer.level}: ${answer.category} (rule ${answer.rule?.id})`);
const glossary = await api.glossary.termsIn.query({ text: "The SIB sends a CAR to CJIS" });
console.log(glossary.map((g) => `${g.acronym} = ${g.definition}`).join("\n"));
await api.auth.signOut.mutate();
