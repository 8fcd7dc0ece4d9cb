import type { Invoice, Money, Settings, Stage } from '../core';
import { nextAction, type NextAction, type NextActionInput } from './next-action';

/** How serious a stage is, for ordering and for the badge colour. */
export const SEVERITY: Readonly<Record<Stage, number>> = {
  'thank-you': 0,
  courtesy: 1,
  call: 2,
  reminder1: 3,
  reminder2: 4,
  'formal-notice': 5,
  litigation: 6,
};

export interface PlannedAction extends NextAction {
  invoice: Invoice;
}

/** The next action of each invoice that has one: what the badge, the notifications and the desk's Today are made of. */
export function planActions(
  items: Iterable<Omit<NextActionInput, 'settings' | 'today'>>,
  settings: Settings,
  today: string,
): PlannedAction[] {
  const actions: PlannedAction[] = [];
  for (const item of items) {
    const action = nextAction({ ...item, settings, today });
    if (action) actions.push({ ...action, invoice: item.invoice });
  }
  return actions;
}

/** One message or task: one client, one stage, one or several invoices. */
export interface ActionGroup {
  clientId: string;
  clientName: string;
  stage: Stage;
  date: string;
  catchUp: boolean;
  invoices: Invoice[];
  /** Per currency: never adds euros to pounds. */
  amountDue: Money[];
}

/**
 * Groups the due actions by client and stage, so that several overdue invoices of one client
 * go in one message with a table (unless `perClient` is false). Most serious first, then oldest date.
 */
export function groupDueActions(actions: readonly PlannedAction[], options: { perClient?: boolean } = {}): ActionGroup[] {
  const perClient = options.perClient ?? true;
  const groups = new Map<string, ActionGroup>();
  for (const a of actions) {
    if (!a.due) continue;
    // Grouping off (a setting): one message per invoice.
    const key = `${a.invoice.clientId}\u0000${a.stage}${perClient ? '' : `\u0000${a.invoice.id}`}`;
    const g = groups.get(key) ?? {
      clientId: a.invoice.clientId,
      clientName: a.invoice.clientName,
      stage: a.stage,
      date: a.date,
      catchUp: false,
      invoices: [],
      amountDue: [],
    };
    g.invoices.push(a.invoice);
    if (a.date < g.date) g.date = a.date;
    g.catchUp ||= a.catchUp;
    const sum = g.amountDue.find((m) => m.currency === a.amountDue.currency);
    if (sum) sum.minor += a.amountDue.minor;
    else g.amountDue.push({ ...a.amountDue });
    groups.set(key, g);
  }
  return [...groups.values()]
    .map((g) => ({ ...g, invoices: g.invoices.sort((x, y) => x.dueDate.localeCompare(y.dueDate)) }))
    .sort((x, y) => SEVERITY[y.stage] - SEVERITY[x.stage] || x.date.localeCompare(y.date) || x.clientName.localeCompare(y.clientName));
}

/** The most serious of some stages (thanks do not count), or null. */
export function worstStage(stages: Iterable<Stage>): Stage | null {
  let worst: Stage | null = null;
  for (const s of stages) if (s !== 'thank-you' && (worst === null || SEVERITY[s] > SEVERITY[worst])) worst = s;
  return worst;
}
