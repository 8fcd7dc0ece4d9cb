import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SettingsSchema } from '../../../lib/core';
import { getDb } from '../../../lib/db';

/** The background, as the desk sees it: every ui:today asked, answered for `day`; `done` counts the questions. */
async function background(day: string) {
  const asked: unknown[] = [];
  const settings = SettingsSchema.parse({ uiLanguage: 'en', webmail: 'outlook' });
  // The fake browser of the module's fresh copy (see fresh).
  const { fakeBrowser: browserOfPage } = await import('wxt/testing/fake-browser');
  // As the background answers: sendResponse, and true to say it will.
  browserOfPage.runtime.onMessage.addListener((message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
    asked.push(message);
    sendResponse({ ok: true, data: { day, groups: [], total: 0, done: asked.length, settings } });
    return true;
  });
  return { asked, settings };
}

/** A fresh copy of the module (its early answer is per page load), and of the fake browser it talks to. */
const fresh = async () => {
  vi.resetModules();
  fakeBrowser.reset();
  return import('../../../entrypoints/desk/today-data');
};

describe("the desk's start from Today's early answer", () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.useRealTimers());

  it('starts from the settings and the day of the one early answer, then draws that answer without asking again', async () => {
    const data = await fresh();
    const bg = await background('2026-03-09');
    data.askTodayEarly('#today');
    const base = await data.loadDeskBase();
    expect(base).toEqual({ settings: bg.settings, today: '2026-03-09' });
    expect(bg.asked).toEqual([{ type: 'ui:today', limit: data.GROUPS_AT_FIRST }]);
    expect(data.takeArrivedToday(0)?.done).toBe(1);
    // Taken once: a later view asks anew.
    expect(data.takeArrivedToday(0)).toBeNull();
    expect((await data.loadToday(data.GROUPS_AT_FIRST, 0)).done).toBe(2);
    expect(bg.asked).toHaveLength(2);
  });

  it('never draws the early answer once the desk has changed something', async () => {
    const data = await fresh();
    const bg = await background('2026-03-09');
    data.askTodayEarly('#today');
    await data.loadDeskBase();
    expect(data.takeArrivedToday(1)).toBeNull();
    expect((await data.loadToday(data.GROUPS_AT_FIRST, 1)).done).toBe(2);
    expect(bg.asked).toHaveLength(2);
  });

  it('hands the early question to the first loadToday when it has not been drawn, and asks for more than it covers', async () => {
    const data = await fresh();
    const bg = await background('2026-03-09');
    data.askTodayEarly('#today');
    expect((await data.loadToday(data.GROUPS_AT_FIRST, 0)).done).toBe(1);
    await data.loadToday(data.GROUPS_AT_FIRST * 2, 0);
    expect(bg.asked).toEqual([
      { type: 'ui:today', limit: data.GROUPS_AT_FIRST },
      { type: 'ui:today', limit: data.GROUPS_AT_FIRST * 2 },
    ]);
  });

  it('on another view, asks nothing and reads the stored settings and the clock itself', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-10T09:00:00'));
    const data = await fresh();
    const bg = await background('2026-03-09');
    await getDb().settings.put({ key: 'settings', value: { uiLanguage: 'fr', webmail: 'outlook' } });
    data.askTodayEarly('#invoices');
    const base = await data.loadDeskBase();
    expect(bg.asked).toEqual([]);
    expect(base.today).toBe('2026-03-10');
    expect([base.settings.uiLanguage, base.settings.webmail]).toEqual(['fr', 'outlook']);
    expect(data.takeArrivedToday(0)).toBeNull();
  });
});
