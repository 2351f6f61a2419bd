import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE_FILES } from '../../scripts/content-plugin/bundle-assets.ts';
import { PAGE_CODE } from '../../src/routes/page-code.ts';

describe("each page's own code", () => {
  it('is preloaded by the pages of its kind: the build knows the file of every page kind that has a chunk', () => {
    expect(Object.values(PAGE_FILES).sort()).toEqual(Object.keys(PAGE_CODE).sort());
    for (const file of Object.keys(PAGE_FILES)) expect(existsSync(resolve(import.meta.dirname, '../../src/routes', `${file}.tsx`)), file).toBe(true);
  });
});
