// Types of scripts/font-characters.mjs, for tests/fonts.test.ts.
export interface Face {
  package: string;
  file: string;
  family: string;
  weight: number;
  unicodeRange: string;
  alphabet: string;
}
export const FACES: Face[];
export function parseRange(range: string): [number, number][];
export function inRange(face: Face, char: string): boolean;
export function kioskCharacters(root: string): Set<string>;
export function charactersFor(face: Face, used: Iterable<string>): string;
