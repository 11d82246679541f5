/**
 * Anonymous usage events: what staff may count on the device (N15), never who did it. An event
 * carries no text typed, no identifier and no time finer than what the recorder keeps (days);
 * the recorder adds to counters and keeps no sequence of events per person.
 */
export type UsageEvent =
  | { type: 'session-start' }
  | { type: 'session-end'; reason: 'stop' | 'idle' }
  | { type: 'language'; lang: string }
  | { type: 'topic-start'; topic: string }
  | { type: 'topic-finish'; topic: string }
  /** A topic left unfinished (Home, Stop, idle): the step where the person stopped. */
  | { type: 'topic-abandon'; topic: string; step: string }
  /** A teach-back question needed a second look. */
  | { type: 'teach-back-retry'; topic: string; step: string }
  | { type: 'finder-open' }
  | { type: 'finder-filter'; filter: string }
  | { type: 'slip-printed' }
  | { type: 'error' };

type Sink = (event: UsageEvent) => void;

let sink: Sink | undefined;
const waiting: UsageEvent[] = [];

/** Counts an event (queued until the recorder has loaded; the recorder is lazy). */
export function emitUsage(event: UsageEvent): void {
  if (sink) sink(event);
  else if (waiting.length < 200) waiting.push(event);
}

/** Connects the recorder; events emitted before it loaded are handed over. */
export function setUsageSink(next: Sink | undefined): void {
  sink = next;
  if (next) for (const event of waiting.splice(0)) next(event);
}
