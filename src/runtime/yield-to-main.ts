/**
 * Lets the browser handle a touch or paint a frame before work goes on: `scheduler.yield()` where
 * the browser has it (the work then resumes ahead of other queued tasks), else a new task.
 * Background work split by it stays in slices well under the 50 ms of a long task.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
