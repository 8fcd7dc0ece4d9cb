import { ActionRefusedError, getSettings, type RefusalReason, type RelanceDb } from '../db';
import { t, uiLanguage, type MessageKey } from '../i18n';

const REFUSAL: Record<RefusalReason, MessageKey> = {
  'is-draft': 'deskRefusedDraft',
  'is-paid': 'deskRefusedPaid',
  'is-cancelled': 'deskRefusedCancelled',
  'is-disputed': 'deskRefusedDisputed',
  'is-credit-note': 'deskRefusedCreditNote',
  'other-currency': 'deskRefusedCurrency',
  'not-positive': 'deskRefusedNotPositive',
  'over-due': 'deskRefusedOverDue',
  'future-payment': 'deskRefusedFuturePayment',
  'past-promise': 'deskRefusedPastPromise',
  'past-pause': 'deskRefusedPastPause',
};

/**
 * Runs a desk action; a refusal (paying a paid invoice, a promise in the past) comes back to the
 * page in the user's language, as the reply's error the desk shows.
 */
export async function sayingRefusals<T>(db: RelanceDb, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof ActionRefusedError)) throw error;
    const lang = uiLanguage((await getSettings(db)).uiLanguage);
    throw new Error(t(REFUSAL[error.reason], lang, ...error.subs), { cause: error });
  }
}
