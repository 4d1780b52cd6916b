import { createHash, randomBytes } from "node:crypto";

/** 256 random bits, base64url: 43 characters. */
export function generateToken(): string {
  return randomBytes(32).toString("base64url");
}

/** 96 random bits for ids that appear in URLs; 16 base64url characters. */
export function generateId(): string {
  return randomBytes(12).toString("base64url");
}

/**
 * Tokens are stored only as SHA-256 hashes. A fast hash is right here: tokens carry 256 bits of
 * entropy, so there is nothing to brute-force, and lookups go by hash, so comparing never touches
 * the secret itself.
 */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
