import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The two longest end-to-end files (the fit of every screen, the walk of every topic in nine
 * languages, ~3–5 min each) start first, side by side, and the short files fill in around them.
 * Without this, a clean clone (no timing cache) runs files by size, and the walk of every topic,
 * a short file, started last and ran alone on one of the two cores at the end.
 */
const LONGEST = ['tests/e2e/fit.e2e.ts', 'tests/e2e/topics.e2e.ts'];

export class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification) => {
      const index = LONGEST.findIndex((path) => file.moduleId.endsWith(path));
      return index < 0 ? LONGEST.length : index;
    };
    // Array sort is stable: every other file keeps Vitest's own order.
    return [...sorted].sort((a, b) => rank(a) - rank(b));
  }
}
