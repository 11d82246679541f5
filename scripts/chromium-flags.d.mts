// Types of scripts/chromium-flags.mjs, for the e2e tests and the benches.
export declare const CHROMIUM_PATH: string;
export declare const E2E_CHROMIUM_PATH: string;
export declare const CHROMIUM_ARGS: readonly string[];
