import type { ReadAloud, ReadOutcome } from '../speech/read-aloud';
import { clearReadingHighlight, highlightReading } from './reading-highlight';
import { screenSegments } from './screen-text';

/**
 * Reads what is on screen, piece by piece, each piece in its own language (a language's name in
 * that language, a French description in French), highlighting the sentence being heard.
 * Ends at the first piece that could not be read (no voice) or when the reading is stopped.
 */
export async function readScreen(reader: ReadAloud, root: Element, pageLang: string): Promise<ReadOutcome> {
  let outcome: ReadOutcome = 'done';
  try {
    for (const segment of screenSegments(root, pageLang)) {
      outcome = await reader.read(segment.text, segment.lang, {
        onSentence: (_index, sentence) => highlightReading(segment.element, sentence),
      });
      if (outcome !== 'done') break;
    }
  } finally {
    clearReadingHighlight();
  }
  return outcome;
}
