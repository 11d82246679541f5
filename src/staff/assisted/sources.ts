import sourceList from 'virtual:fact-sources';

/**
 * The fact sheet's numbered sources (docs/facts.md, "Sources"), read from it at build time
 * (scripts/content-plugins.ts): a new source is written in the fact sheet only. Staff screens
 * show them as text, never as links: the kiosk never opens another origin.
 */
export const sources: Readonly<Record<string, string>> = sourceList;

/** The address of source `n`, or undefined when the fact sheet has no such number. */
export function sourceUrl(n: number): string | undefined {
  return Object.hasOwn(sources, String(n)) ? sources[String(n)] : undefined;
}
