import type { Plugin } from 'vite';

type Catalog = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
export function pickMessages(catalog: Catalog, prefixes: string[]): Catalog;
export function catalogKeys(): Plugin;
