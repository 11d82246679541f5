/**
 * Build side of the set-up token (imported by vite.config.ts only, never by the app): the token
 * a kiosk needs for its first staff-code set-up is chosen by whoever builds and deploys it
 * (KIOSK_SETUP_TOKEN), and only its PBKDF2 hash goes into the staff chunk. A build without one
 * uses DEFAULT_SETUP_TOKEN, which is printed in docs/deploy.md: it keeps out a patient who found
 * the corner, not someone who has read that page (the page says to choose one's own).
 */
import { pbkdf2Sync } from 'node:crypto';
import type { CodeHash } from './code-hash.ts';
import { DEFAULT_SETUP_TOKEN, SETUP_TOKEN_PATTERN } from './setup-token.ts';

/** Same strength as a staff code (code-hash.ts), so the check takes the same time. */
const ITERATIONS = 600_000;
/**
 * A fixed salt keeps builds reproducible; a token is one per deployment, not one per person, so
 * a per-build random salt would buy little.
 */
const SALT = Buffer.from('kiosque-esante/setup-token/v1', 'utf8');

/** The hash of the set-up token to build with; throws (stopping the build) on a token that cannot be typed on the pad. */
export function setupTokenRecord(fromEnv: string | undefined): CodeHash {
  const token = fromEnv === undefined || fromEnv.trim() === '' ? DEFAULT_SETUP_TOKEN : fromEnv.trim();
  if (!SETUP_TOKEN_PATTERN.test(token)) throw new Error('KIOSK_SETUP_TOKEN must be 8 to 20 digits (it is typed on the staff keypad).');
  return {
    kdf: 'PBKDF2-SHA-256',
    iterations: ITERATIONS,
    salt: SALT.toString('base64'),
    hash: pbkdf2Sync(token, SALT, ITERATIONS, 32, 'sha256').toString('base64'),
  };
}
