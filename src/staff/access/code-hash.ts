/**
 * The staff code is kept only as a salted PBKDF2-HMAC-SHA-256 hash (WebCrypto). The code itself
 * is never stored, logged or exported. 600,000 iterations is OWASP's 2023 recommendation for
 * PBKDF2-SHA-256; one hash takes a few hundred milliseconds on a kiosk mini-PC, which is
 * unnoticed once but slows down anyone trying codes by the thousand on a copied record.
 */

/** Iterations for new codes (a stored record keeps its own count, so this may grow later). */
export const ITERATIONS = 600_000;
/** Fewest iterations accepted in a stored record (a weaker record is treated as damaged). */
export const MIN_ITERATIONS = 600_000;
/** Most iterations accepted in a stored record (about 20 s of hashing on a slow kiosk). */
export const MAX_ITERATIONS = 20_000_000;
/** Salt length in bytes (random for each code). */
export const SALT_BYTES = 16;
/** Derived key length in bytes. */
export const KEY_BYTES = 32;

/** The stored form of a staff code: no code, only what it takes to check one. */
export interface CodeHash {
  kdf: 'PBKDF2-SHA-256';
  iterations: number;
  /** base64 */
  salt: string;
  /** base64 */
  hash: string;
}

/** PBKDF2-HMAC-SHA-256 of a password (UTF-8) with a salt: `bytes` bytes of derived key. */
export async function pbkdf2Sha256(
  password: string,
  salt: Uint8Array,
  iterations: number,
  bytes: number,
  subtle: SubtleCrypto = globalThis.crypto.subtle,
): Promise<Uint8Array> {
  const key = await subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveBits']);
  const bits = await subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, key, bytes * 8);
  return new Uint8Array(bits);
}

/**
 * Whether two byte strings are equal, always looking at every byte (no early exit), so the time
 * taken says nothing about how much of a guess was right.
 */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  let diff = a.length ^ b.length;
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

/** Bytes → base64. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

/** base64 → bytes; undefined when the text is not base64. */
export function fromBase64(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9+/]*={0,2}$/u.test(text) || text.length % 4 !== 0) return undefined;
  try {
    const binary = atob(text);
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

/** Hashes a new staff code with a fresh random salt. */
export async function hashCode(
  code: string,
  options: { iterations?: number; randomBytes?: (n: number) => Uint8Array; subtle?: SubtleCrypto } = {},
): Promise<CodeHash> {
  const iterations = options.iterations ?? ITERATIONS;
  const salt = (options.randomBytes ?? ((n) => globalThis.crypto.getRandomValues(new Uint8Array(n))))(SALT_BYTES);
  const hash = await pbkdf2Sha256(code, salt, iterations, KEY_BYTES, options.subtle);
  return { kdf: 'PBKDF2-SHA-256', iterations, salt: toBase64(salt), hash: toBase64(hash) };
}

/** Whether a code matches a stored hash (false for a damaged record, never throws on one). */
export async function verifyCode(code: string, stored: CodeHash, subtle?: SubtleCrypto): Promise<boolean> {
  const salt = fromBase64(stored.salt);
  const expected = fromBase64(stored.hash);
  if (!salt || !expected || expected.length === 0) return false;
  const actual = await pbkdf2Sha256(code, salt, stored.iterations, expected.length, subtle);
  return constantTimeEqual(actual, expected);
}

/** A new staff code is at least this many digits. */
export const MIN_CODE_DIGITS = 6;
/** … and at most this many (a longer one is surely a slip). */
export const MAX_CODE_DIGITS = 20;

/** Why a new staff code is refused, or undefined when it is fine. */
export function newCodeProblem(code: string): 'tooShort' | 'digitsOnly' | 'tooLong' | 'tooSimple' | undefined {
  if (!/^\d*$/u.test(code)) return 'digitsOnly';
  if (code.length < MIN_CODE_DIGITS) return 'tooShort';
  if (code.length > MAX_CODE_DIGITS) return 'tooLong';
  // 000000, 123456, 987654: the first codes anyone tries.
  const steps = new Set([...code].slice(1).map((c, i) => Number(c) - Number(code[i])));
  if (steps.size === 1 && [0, 1, -1].includes([...steps][0]!)) return 'tooSimple';
  return undefined;
}
