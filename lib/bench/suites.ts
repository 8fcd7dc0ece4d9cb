import { captureSuite } from './capture-suite';
import { pdfLinksSuite } from './pdf-links-suite';
import { dbSuite } from './db-suite';
import { deskSuite } from './desk-suite';
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
  einvoice: einvoiceSuite,
  pdflinks: pdfLinksSuite,
};
