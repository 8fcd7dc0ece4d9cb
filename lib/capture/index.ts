import { registerReaders } from './extract';
import { ALL_READERS } from './readers';

/**
 * The whole capture, every reader registered: what tests, the bench and every caller use. The
 * portal content script imports ./extract instead, and loads the readers only on a page that needs
 * them (entrypoints/readers), which gives the same invoices.
 */
registerReaders(ALL_READERS);

export * from './extract';
