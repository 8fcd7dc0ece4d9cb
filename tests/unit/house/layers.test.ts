import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layer rules live in eslint.config.js; this proves they bite. Each case lints a line of code
 * as if it were a file of that layer (the file need not exist), with the project's own config.
 */
const ROOT = path.resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: ROOT });

async function ruleIds(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = x;\n`, { filePath: path.join(ROOT, file) });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

describe('layers checked by lint', () => {
  it.each([
    ['lib/mail/layer-probe.ts', "import { z as x } from 'zod';"],
    ['lib/capture/layer-probe.ts', "import { getDb as x } from '../db';"],
    ['lib/portal/layer-probe.ts', "import { today as x } from '../background/scheduler';"],
    ['lib/parse/layer-probe.ts', "import { InvoiceSchema as x } from '../core';"],
    ['lib/format/layer-probe.ts', "import { MoneySchema as x } from '../core/money';"],
    ['components/LayerProbe.tsx', "import { getDb as x } from '../lib/db';"],
    ['components/LayerProbe.tsx', "import Dexie from 'dexie'; const x = Dexie;"],
    ['entrypoints/popup/layer-probe.ts', "import { refreshBadge as x } from '../../lib/background/badge';"],
    ['lib/mail/layer-probe.ts', "import { STAGE_LABEL as x } from '../background/notify';"],
    ['lib/capture/layer-probe.ts', "import { readEInvoice as x } from '../einvoice';"],
    ['lib/portal/layer-probe.ts', "import { t as x } from '../i18n';"],
  ])('refuses %s importing across its layer: %s', async (file, code) => {
    expect(await ruleIds(file, code)).toContain('no-restricted-imports');
  });

  it('refuses browser.* in a presentational component', async () => {
    expect(await ruleIds('components/LayerProbe.tsx', 'const x = browser.runtime.id;')).toContain('no-restricted-globals');
  });

  it.each([
    ['lib/capture/layer-probe.ts', "import { MAX_MINOR as x } from '../core/minor-units';"],
    ['lib/mail/layer-probe.ts', "import type { Invoice } from '../core';\nconst x: Invoice | null = null;"],
    ['lib/mail/layer-probe.ts', "import { t as x } from '../i18n/content';"],
    ['entrypoints/background/layer-probe.ts', "import { refreshBadge as x } from '../../lib/background/badge';"],
    ['lib/background/layer-probe.ts', "import { getDb as x } from '../db';"],
  ])('lets %s import what its layer may: %s', async (file, code) => {
    expect(await ruleIds(file, code)).not.toContain('no-restricted-imports');
  });
});
