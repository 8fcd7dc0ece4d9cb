import { captureSuite } from './capture-suite';
import { pdfLinksSuite } from './pdf-links-suite';
import { dbSuite } from './db-suite';
import { deskSuite, todayBench } from './desk-suite';
import { einvoiceSuite } from './einvoice-suite';
import { remindersSuite } from './reminders-suite';
import { webmailSuite } from './webmail-suite';

/** Each suite runs in the bench page of a `--mode bench` build and returns its measurements. */
export const suites = {
  db: dbSuite,
  capture: captureSuite,
  reminders: remindersSuite,
  webmail: webmailSuite,
  desk: deskSuite,
  /** The desk's first view only (also part of desk), for a quick run while working on it. */
  today: todayBench,
  einvoice: einvoiceSuite,
  pdflinks: pdfLinksSuite,
};
