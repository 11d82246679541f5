// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  constantTimeEqual,
  fromBase64,
  hashCode,
  ITERATIONS,
  KEY_BYTES,
  newCodeProblem,
  pbkdf2Sha256,
  SALT_BYTES,
  toBase64,
  verifyCode,
} from './code-hash';

const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join(' ');
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('PBKDF2-HMAC-SHA-256 (Node’s WebCrypto)', () => {
  // RFC 7914 §11, the published PBKDF2-HMAC-SHA-256 test vectors.
  it('gives RFC 7914’s first vector: P="passwd", S="salt", c=1, dkLen=64', async () => {
    const key = await pbkdf2Sha256('passwd', utf8('salt'), 1, 64);
    expect(hex(key)).toBe(
      '55 ac 04 6e 56 e3 08 9f ec 16 91 c2 25 44 b6 05 f9 41 85 21 6d de 04 65 e6 8b 9d 57 c2 0d ac bc ' +
        '49 ca 9c cc f1 79 b6 45 99 16 64 b3 9d 77 ef 31 7c 71 b8 45 b1 e3 0b d5 09 11 20 41 d3 a1 97 83',
    );
  });

  it('gives RFC 7914’s second vector: P="Password", S="NaCl", c=80000, dkLen=64', async () => {
    const key = await pbkdf2Sha256('Password', utf8('NaCl'), 80_000, 64);
    expect(hex(key)).toBe(
      '4d dc d8 f6 0b 98 be 21 83 0c ee 5e f2 27 01 f9 64 1a 44 18 d0 4c 04 14 ae ff 08 87 6b 34 ab 56 ' +
        'a1 d4 25 a1 22 58 33 54 9a db 84 1b 51 c9 b3 17 6a 27 2b de bb a1 d0 78 47 8f 62 b3 97 f3 3c 8d',
    );
  });
});

describe('the stored staff code', () => {
  it('is a salted hash with ≥ 600,000 iterations, a 16-byte salt and a 32-byte key, never the code', async () => {
    const stored = await hashCode('482915');
    expect(stored.kdf).toBe('PBKDF2-SHA-256');
    expect(stored.iterations).toBe(ITERATIONS);
    expect(ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(fromBase64(stored.salt)).toHaveLength(SALT_BYTES);
    expect(fromBase64(stored.hash)).toHaveLength(KEY_BYTES);
    expect(JSON.stringify(stored)).not.toContain('482915');
    expect(await verifyCode('482915', stored)).toBe(true);
    expect(await verifyCode('482916', stored)).toBe(false);
  });

  it('uses a fresh random salt each time: the same code never gives the same record', async () => {
    const a = await hashCode('482915', { iterations: 1000 });
    const b = await hashCode('482915', { iterations: 1000 });
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
  });

  it('checks with the iterations stored in the record (so the count can grow later)', async () => {
    const stored = await hashCode('271828', { iterations: 1000, randomBytes: (n) => new Uint8Array(n).fill(7) });
    expect(await verifyCode('271828', stored)).toBe(true);
    expect(await verifyCode('271828', { ...stored, iterations: 1001 })).toBe(false);
  });

  it('treats a damaged record as a wrong code, without throwing', async () => {
    const stored = await hashCode('271828', { iterations: 1000 });
    expect(await verifyCode('271828', { ...stored, hash: 'not base64!' })).toBe(false);
    expect(await verifyCode('271828', { ...stored, hash: '' })).toBe(false);
  });
});

describe('helpers', () => {
  it('compares byte strings fully, whatever their lengths', () => {
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 3]))).toBe(true);
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 4]))).toBe(false);
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2]))).toBe(false);
    expect(constantTimeEqual(new Uint8Array([]), new Uint8Array([0]))).toBe(false);
  });

  it('round-trips base64 and refuses what is not base64', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(fromBase64(toBase64(bytes))).toEqual(bytes);
    expect(fromBase64('abc')).toBeUndefined();
    expect(fromBase64('ab$=')).toBeUndefined();
  });

  it('accepts a new code of 6 or more digits that is not trivially guessable', () => {
    expect(newCodeProblem('48291')).toBe('tooShort');
    expect(newCodeProblem('48291a')).toBe('digitsOnly');
    expect(newCodeProblem('123456')).toBe('tooSimple');
    expect(newCodeProblem('654321')).toBe('tooSimple');
    expect(newCodeProblem('000000')).toBe('tooSimple');
    expect(newCodeProblem('1'.repeat(21) + '2')).toBe('tooLong');
    expect(newCodeProblem('482915')).toBeUndefined();
    expect(newCodeProblem('12345678901')).toBeUndefined();
  });
});
