import { createHandlers } from '../../lib/background/handlers';
import { checkNow, onAlarm, onNotificationButton, openForNotification, wakeUp } from '../../lib/background/scheduler';
import { syncPortalScripts } from '../../lib/background/portals';
import { onCommand } from '../../lib/background/commands';
import { installContextMenu, onContextMenu } from '../../lib/background/context-menu';
import { keepScheduleReady } from '../../lib/background/today';
import { today } from '../../lib/clock';
import { createRouter } from '../../lib/messaging';

export default defineBackground(() => {
  const self = { id: browser.runtime.id, origin: new URL(browser.runtime.getURL('/')).origin };
  const route = createRouter(createHandlers({ onDataChanged: () => void checkNow() }), self, {
    dropped: (reason) => console.warn('[relance] message dropped:', reason),
  });
  // sendResponse + `return true` works in every Chrome and Firefox; a returned promise does not.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void route(message, sender).then(sendResponse);
    return true;
  });
  // Listeners are registered synchronously at every start of the worker, as MV3 requires.
  browser.runtime.onInstalled.addListener(() => void wakeUp().then(installContextMenu));
  browser.runtime.onStartup.addListener(() => void wakeUp().then(installContextMenu));
  browser.contextMenus.onClicked.addListener((info) => onContextMenu(info.menuItemId));
  browser.alarms.onAlarm.addListener((alarm) => void onAlarm(alarm.name));
  browser.notifications.onButtonClicked?.addListener((id, index) => void onNotificationButton(id, index));
  browser.notifications.onClicked.addListener((id) => void openForNotification(id));
  browser.commands?.onCommand.addListener((command, tab) => void onCommand(command, tab?.id));
  if (import.meta.env.MODE === 'e2e') {
    // Headless Chromium cannot click a system notification or press a browser shortcut: e2e tests
    // call the very handlers that onButtonClicked and onCommand call. Release builds have no hook.
    (globalThis as { relanceE2E?: object }).relanceE2E = {
      notificationButton: onNotificationButton,
      checkNow: () => checkNow(),
      command: onCommand,
      notificationClick: openForNotification,
      contextMenu: onContextMenu,
    };
  }
  // The desk opened after a write (a backup imported by the settings page) finds Today worked out.
  keepScheduleReady(today);
  // A site revoked from the browser's settings stops being captured at once.
  browser.permissions.onRemoved.addListener(() => void syncPortalScripts());
});
