/** The fact sheet's numbered sources, { "1": "https://…" }, made from docs/facts.md by scripts/content-plugins.ts. */
declare module 'virtual:fact-sources' {
  const sources: Readonly<Record<string, string>>;
  export default sources;
}
