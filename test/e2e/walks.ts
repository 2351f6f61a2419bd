/** Walks the e2e tests share, in a page or inside a frame. */
import type { FrameLocator, Page } from 'playwright-core';

/** The cause the walk below ends on, and its heading. */
export const READ_ONLY = { id: 'read-only-filesystem', title: 'App writes to a read-only filesystem' } as const;

/**
 * From the first question (English): no recent change, every time, every page,
 * "Permission denied", "Read-only file system": five answers to READ_ONLY.
 */
export async function walkToReadOnly(scope: Page | FrameLocator): Promise<void> {
  for (const answer of [/^No/, /^Every time/, /^Every page/, /^Permission denied/, /^Read-only file system/]) {
    await scope.getByRole('link', { name: answer }).click();
  }
}
