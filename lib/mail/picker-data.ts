import type { Stage } from '../core/reminder-event';
import type { ComposedReminder, PickerClient, PickerData, PickerInvoice, PickerTemplate } from './messages';

/** The stages a reminder can be written for, in the order the template list shows them. */
export const WRITABLE: readonly Stage[] = ['courtesy', 'reminder1', 'reminder2', 'formal-notice', 'thank-you'];

/** The template list's values: a stage's default template, or a template of the user's. */
export const stageValue = (stage: Stage): string => `stage:${stage}`;
export const templateValue = (id: string): string => `tpl:${id}`;

/** The client shown first with invoices ticked: the first with an invoice due a reminder, else the first. */
export function firstClient(data: PickerData): PickerClient | undefined {
  return data.clients.find((c) => c.invoices.some((i) => i.stage)) ?? data.clients[0];
}

/** The invoices ticked when the list is shown: the first client's invoices due a reminder, else its first one. */
export function preselected(client: PickerClient, first: PickerClient | undefined): PickerInvoice[] {
  if (client !== first) return [];
  return client.invoices.some((i) => i.stage) ? client.invoices.filter((i) => i.stage) : client.invoices.slice(0, 1);
}

/** The templates offered for a client, by stage: those written in the client's language. */
export function templateGroups(data: PickerData, client: PickerClient): { stage: Stage; templates: PickerTemplate[] }[] {
  return WRITABLE.map((stage) => ({ stage, templates: data.templates.filter((x) => x.stage === stage && x.language === client.language) }));
}

/** The template to keep selected when the list is refilled: the user's own choice, else the client's stage. */
export function keptTemplate(client: PickerClient, touched: boolean, current: string, values: readonly string[]): string {
  const keep = touched ? current : stageValue(client.stage);
  return values.includes(keep) ? keep : stageValue(client.stage);
}

/** The stage and template a value of the template list stands for. */
export function chosenTemplate(data: PickerData | null, value: string): { stage: Stage; templateId?: string } {
  const template = value.startsWith('tpl:') ? data?.templates.find((x) => x.id === value.slice(4)) : undefined;
  return { stage: (template?.stage ?? value.slice(6)) as Stage, templateId: template?.id };
}

/** What the picker knows and what the user chose, apart from the checkboxes themselves. */
export class PickerState {
  data: PickerData | null = null;
  /** The reminder the preview shows, which Insert writes. */
  reminder: ComposedReminder | null = null;
  /** The user picked a template or set "Attach" themselves: refreshes keep their choice. */
  templateTouched = false;
  attachTouched = false;
  private generation = 0;

  /** A new preview: earlier ones still under way are stale once it starts. */
  nextPreview(): number {
    return ++this.generation;
  }

  isLatest(run: number): boolean {
    return run === this.generation;
  }

  clientOf(id: string): PickerClient | undefined {
    return this.data?.clients.find((c) => c.id === id);
  }
}
