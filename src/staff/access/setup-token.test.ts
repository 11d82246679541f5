// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isSetupToken, DEFAULT_SETUP_TOKEN } from './setup-token';
import { setupTokenRecord } from './setup-token-build';

describe('the set-up token', () => {
  it('a build without KIOSK_SETUP_TOKEN takes the documented default; only its hash is kept', async () => {
    const record = setupTokenRecord(undefined);
    expect(JSON.stringify(record)).not.toContain(DEFAULT_SETUP_TOKEN);
    expect(await isSetupToken(DEFAULT_SETUP_TOKEN, record)).toBe(true);
    expect(await isSetupToken('27183640', record)).toBe(false);
    expect(await isSetupToken('', record)).toBe(false);
  });

  it("a deployer's own token replaces the default", async () => {
    const record = setupTokenRecord(' 90817263544 ');
    expect(await isSetupToken('90817263544', record)).toBe(true);
    expect(await isSetupToken(DEFAULT_SETUP_TOKEN, record)).toBe(false);
  });

  it('a token that cannot be typed on the keypad stops the build', () => {
    for (const bad of ['1234567', 'abcd12345', '1'.repeat(21)]) expect(() => setupTokenRecord(bad)).toThrow(/KIOSK_SETUP_TOKEN/u);
  });

  it('the app built by Vite carries a token hash (no build leaves the set-up open or impossible)', async () => {
    const { BUILT_SETUP_TOKEN } = await import('./setup-token');
    // The unit tests run with vite.config.ts's define, as the build does.
    expect(BUILT_SETUP_TOKEN?.kdf).toBe('PBKDF2-SHA-256');
  });
});

describe('docs/deploy.md', () => {
  it('prints the default token the build uses, and how to choose another', async () => {
    const { readFileSync } = await import('node:fs');
    const doc = readFileSync(new URL('../../../docs/deploy.md', import.meta.url), 'utf8');
    expect(doc).toContain(`\`${DEFAULT_SETUP_TOKEN}\``);
    expect(doc).toContain('KIOSK_SETUP_TOKEN=');
  });
});
