/**
 * Each kind of page's code (./page-code.ts), handed down by the route table
 * (src/app.tsx): pages prefetch the code of the pages a click away
 * (./prefetch.ts) without importing the table that imports them.
 */
import { createContext } from 'react';
import type { PageKind } from '../content/parts.ts';

export type PageCode = Partial<Record<PageKind, { preload(): Promise<unknown> }>>;

export const PageCodeContext = createContext<PageCode>({});
