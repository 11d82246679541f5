/** Splits screen text into sentences to speak one at a time (short utterances, easy to stop). */
export function splitSentences(text: string): string[] {
  return text
    .split(/\n+|(?<=[.!?…:;])\s+/u)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s.length > 0);
}
