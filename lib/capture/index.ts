import { readAsDetail } from './detail-reader';
import { registerReaders } from './extract';

/**
 * The whole capture, every reader registered: what tests, the bench and every caller use. The
 * portal content script imports ./extract instead and loads the single-invoice reader only on a
 * page that needs it (entrypoints/detail.content), which gives the same invoices.
 */
registerReaders({ detail: readAsDetail });

export * from './extract';
