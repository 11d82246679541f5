// Types of scripts/build-content-types.mjs, for flows/content-types.test.ts.
export const GENERATED_PATH: string;
export function contentTypesSource(root: string): string;
