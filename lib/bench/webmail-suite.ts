import type { WebmailAdapter } from '../mail/compose';
import { gmail } from '../mail/gmail';
import { insertReminder } from '../mail/insert-reminder';
import { outlook } from '../mail/outlook';
import { watchComposes, type WatchStats } from '../mail/watch';
import { measure, type Measurement } from './measure';

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/** An inbox-sized page with no compose open: 1,500 message rows, as a webmail list shows them. */
function inbox(): HTMLElement {
  const main = document.createElement('div');
  main.setAttribute('role', 'main');
  const table = document.createElement('table');
  for (let i = 0; i < 1500; i++) {
    const row = table.insertRow();
    row.className = 'zA yO';
    for (const text of [`Sender ${i}`, `Subject ${i} - a preview of the message`, '09:14']) row.insertCell().textContent = text;
  }
  main.append(table);
  document.body.append(main);
  return main;
}

/**
 * What the content script costs a webmail page that does not compose: 10,000 DOM mutations of
 * the kinds webmails make all day (rows added and removed, text and attributes changed), spread
 * over 100 tasks, with the compose watcher listening. The figure is the time spent in its observer
 * callbacks and scans.
 */
async function mutationCost(adapter: WebmailAdapter): Promise<Measurement> {
  const costs: number[] = [];
  for (let run = 0; run < 5; run++) {
    const page = inbox();
    const rows = page.querySelectorAll('tr');
    const stats: WatchStats = { callbacks: 0, scans: 0, ms: 0 };
    const watcher = watchComposes(document, adapter, { added: () => {}, removed: () => {} }, { stats });
    stats.ms = 0; // the scan at start is paid once per page load, not per mutation
    for (let task = 0; task < 100; task++) {
      for (let i = 0; i < 100; i++) {
        const row = rows[(task * 100 + i) % rows.length]!;
        switch (i % 4) {
          case 0:
            row.append(document.createElement('td'));
            break;
          case 1:
            row.lastElementChild?.remove();
            break;
          case 2:
            row.className = i % 8 ? 'zA zE' : 'zA yO';
            break;
          default:
            row.firstElementChild!.textContent = `Sender ${task}`;
        }
      }
      await nextTask();
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    watcher.stop();
    page.remove();
    costs.push(stats.ms);
  }
  costs.sort((a, b) => a - b);
  return {
    name: `${adapter.name}: 10,000 unrelated mutations, no compose (observer + scans)`,
    runs: 5,
    median: costs[2]!,
    min: costs[0]!,
    max: costs[4]!,
    target: 20,
  };
}

/** A Gmail compose as the fixtures describe it, in the bench page. */
function gmailCompose(): HTMLElement {
  const compose = document.createElement('div');
  compose.className = 'M9';
  const id = document.createElement('input');
  id.type = 'hidden';
  id.name = 'composeid';
  id.value = 'bench';
  const to = document.createElement('div');
  to.setAttribute('name', 'to');
  const input = document.createElement('input');
  input.setAttribute('peoplekit-id', 'x');
  to.append(input);
  const subject = document.createElement('input');
  subject.name = 'subjectbox';
  const editor = document.createElement('div');
  for (const [k, v] of [
    ['g_editable', 'true'],
    ['contenteditable', 'true'],
    ['role', 'textbox'],
  ])
    editor.setAttribute(k!, v!);
  editor.append(document.createElement('br'));
  compose.append(id, to, subject, editor);
  document.body.append(compose);
  return compose;
}

/** A second reminder for a client with 10 overdue invoices: paragraphs and a 10-row table. */
const REMINDER = `<p>Bonjour,</p><p>Sauf erreur de notre part, les factures suivantes restent impayées malgré notre relance du 10 février 2026 :</p><table style="border-collapse:collapse"><thead><tr><th>Facture</th><th>Échéance</th><th>Montant dû</th></tr></thead><tbody>${Array.from({ length: 10 }, (_, i) => `<tr><td>FA2601-00${10 + i}</td><td>${10 + i}/01/2026</td><td>1 ${200 + i},00 €</td></tr>`).join('')}</tbody></table><p>Conformément à l'article L441-10 du Code de commerce, ce retard entraîne des pénalités au taux de 12,15 % l'an ainsi que l'indemnité forfaitaire de 40 € par facture.</p><p>Merci de procéder au règlement sous huit jours.</p><p>Cordialement,</p><p>Atelier Morel</p>`;

async function insertion(): Promise<Measurement> {
  const methods = new Set<string>();
  const result = await measure(
    'insert a reminder (subject, recipient, 10-invoice table) into a Gmail compose',
    () => {
      const root = gmailCompose();
      const compose = gmail.findComposes(document).find((c) => c.root === root)!;
      methods.add(
        insertReminder(compose, { subject: 'Relance : 10 factures impayées', html: REMINDER, to: 'compta@client.example' }).method,
      );
      root.remove();
    },
    { runs: 15, warmup: 2, target: 50 },
  );
  return { ...result, note: `${[...methods].join(', ')} path` };
}

export async function webmailSuite(): Promise<Measurement[]> {
  return [await mutationCost(gmail), await mutationCost(outlook), await insertion()];
}
