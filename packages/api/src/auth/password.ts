// Passwords: node:crypto scrypt (memory-hard, in the standard library), with
// OWASP's listed parameters N=2^15, r=8, p=3. The hash string carries its own
// parameters so they can be raised later without breaking stored hashes.
// Policy: 8 to 256 characters, not the username, not in zxcvbn-ts's list of
// ~49,000 common passwords (a well-kept npm package), compared case-insensitively.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";
import { dictionary } from "@zxcvbn-ts/language-common";

const KEY_LENGTH = 32;

export interface ScryptCost {
  readonly logN: number;
  readonly r: number;
  readonly p: number;
}

/** OWASP Password Storage Cheat Sheet, scrypt: N=2^15, r=8, p=3 (about 32 MiB, ~0.2 s a hash). */
export const PRODUCTION_COST: ScryptCost = { logN: 15, r: 8, p: 3 };
let cost: ScryptCost = PRODUCTION_COST;

/**
 * Tests lower the work factor (vitest.setup.ts) so a suite can sign in hundreds
 * of times; the code path is the same, and verification reads the parameters
 * from each stored hash, so hashes made at any cost keep verifying.
 */
export function setPasswordHashCost(next: ScryptCost): void {
  cost = next;
  dummyHash = undefined;
}

const commonPasswords: ReadonlySet<string> = new Set(
  (dictionary["passwords-common"] ?? []).map((p) => p.toLowerCase()),
);

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize("NFKC"), salt, KEY_LENGTH, { ...options, maxmem: 256 * 1024 * 1024 }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const { logN, r, p } = cost;
  const key = await derive(password, salt, { N: 2 ** logN, r, p });
  return ["scrypt", logN, r, p, salt.toString("base64url"), key.toString("base64url")].join("$");
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, logN, r, p, salt, key] = stored.split("$");
  if (scheme !== "scrypt" || !logN || !r || !p || !salt || !key) return false;
  const expected = Buffer.from(key, "base64url");
  const actual = await derive(password, Buffer.from(salt, "base64url"), { N: 2 ** Number(logN), r: Number(r), p: Number(p) });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

let dummyHash: Promise<string> | undefined;

/** A hash of a random password: verifying against it costs what a real check costs (no timing hint for unknown names). */
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(18).toString("base64url"));
  return dummyHash;
}

/** Why a new password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, username: string): string | null {
  if (password.length < 8) return "a password needs at least 8 characters";
  if (password.length > 256) return "a password has at most 256 characters";
  if (password.toLowerCase() === username.toLowerCase()) return "a password must not be the username";
  if (commonPasswords.has(password.toLowerCase())) return "this password is on the list of common passwords; choose another";
  return null;
}
