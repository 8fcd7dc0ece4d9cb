import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onContextMenu } from '../../../lib/background/context-menu';
import { openForNotification } from '../../../lib/background/scheduler';

describe('the desk opens from a notification and the toolbar menu', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  it.each([
    ['a client notification, on that client', 'relance|2026-11-20|reminder1|garage-martin-sarl', '/desk.html#client/garage-martin-sarl'],
    ['a client id with reserved characters, encoded', 'relance|2026-11-20|call|a/b#c', '/desk.html#client/a%2Fb%23c'],
    ['the summary notification, on today', 'relance|2026-11-20|summary', '/desk.html#today'],
    ['a notification of another kind, on today', 'something-else', '/desk.html#today'],
  ])('clicking %s', async (_label, id, path) => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    await openForNotification(id);
    expect(create).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL(path as '/desk.html') });
  });

  it('opens today from the menu item, and nothing for another item', () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    onContextMenu('something-else');
    expect(create).not.toHaveBeenCalled();
    onContextMenu('relance-open-desk');
    expect(create).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('/desk.html#today' as '/desk.html') });
  });
});
