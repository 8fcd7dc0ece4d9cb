import type { Invoice, ReminderEvent, Settings, Stage } from '../core';
import { addDays } from '../core/calendar';
import { nextAction } from './next-action';

/**
 * The dates the schedule gives one invoice if every step is done the day it is proposed: for the
 * settings' preview, from the real nextAction. Stops at the end of the ladder (or after 10 steps).
 */
export function previewSchedule(settings: Settings, invoice: Invoice): { stage: Stage; date: string }[] {
  const steps: { stage: Stage; date: string }[] = [];
  const history: ReminderEvent[] = [];
  let today = addDays(invoice.dueDate, -60);
  for (let i = 0; i < 10; i++) {
    const action = nextAction({ invoice, history, settings, today });
    if (!action) break;
    steps.push({ stage: action.stage, date: action.date });
    const done = action.stage === 'call' ? 'called' : action.stage === 'litigation' ? 'done' : 'sent';
    history.push({
      invoiceIds: [invoice.id],
      clientId: invoice.clientId,
      stage: action.stage,
      channel: action.stage === 'call' ? 'phone' : 'email',
      action: done,
      at: `${action.date}T09:00:00.000Z`,
      date: action.date,
      to: [],
    });
    if (action.stage === 'litigation') break;
    today = action.date;
  }
  return steps;
}
