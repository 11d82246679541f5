// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypesSource, GENERATED_PATH } from '../scripts/build-content-types.mjs';

const root = join(import.meta.dirname, '..');

describe('the text keys and pictogram ids tsc checks flows against', () => {
  it(`are current in ${GENERATED_PATH} (run \`npm run content-types\` after editing locales/fr or scripts/pictograms.json)`, () => {
    expect(readFileSync(join(root, GENERATED_PATH), 'utf8')).toBe(contentTypesSource(root));
  });
});
