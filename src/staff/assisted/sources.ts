import sourceList from './sources.json';

/**
 * The fact sheet's numbered sources (docs/facts.md, "Sources"), copied into
 * sources.json by scripts/build-sources.mjs. Staff screens show them as text, never as links:
 * the kiosk never opens another origin.
 */
export const sources: Readonly<Record<string, string>> = sourceList;

/** The address of source `n`, or undefined when the fact sheet has no such number. */
export function sourceUrl(n: number): string | undefined {
  return Object.hasOwn(sources, String(n)) ? sources[String(n)] : undefined;
}
