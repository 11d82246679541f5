import { verifyCode, type CodeHash } from './code-hash.ts';

/**
 * The set-up token: a kiosk without a staff code asks for it before anyone may choose the code,
 * so that a patient who held the corner of a kiosk not yet set up cannot choose it. The deployer
 * sets it at build time (KIOSK_SETUP_TOKEN, docs/deploy.md); vite.config.ts writes its hash here.
 */
declare const __SETUP_TOKEN__: CodeHash | undefined;

/** The token of a build made without KIOSK_SETUP_TOKEN. Printed in docs/deploy.md: change it. */
export const DEFAULT_SETUP_TOKEN = '27183649';

/** A token is digits only (typed on the staff keypad), 8 to 20 of them. */
export const SETUP_TOKEN_PATTERN = /^\d{8,20}$/u;

/** The hash this build was made with (undefined outside a Vite build: no set-up is possible then). */
export const BUILT_SETUP_TOKEN: CodeHash | undefined = typeof __SETUP_TOKEN__ === 'object' ? __SETUP_TOKEN__ : undefined;

/** Whether `token` is this kiosk's set-up token. */
export async function isSetupToken(token: string, record: CodeHash | undefined = BUILT_SETUP_TOKEN): Promise<boolean> {
  if (!record || !SETUP_TOKEN_PATTERN.test(token)) return false;
  return verifyCode(token, record);
}
