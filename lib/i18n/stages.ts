import type { Stage } from '../core/reminder-event';
import type { ContentMessageKey } from './content';

/** The name of each stage of the schedule, as the popup, the picker and notifications show it. */
export const STAGE_LABEL: Readonly<Record<Stage, ContentMessageKey>> = {
  courtesy: 'stageCourtesy',
  call: 'stageCall',
  reminder1: 'stageReminder1',
  reminder2: 'stageReminder2',
  'formal-notice': 'stageFormalNotice',
  litigation: 'stageLitigation',
  'thank-you': 'stageThankYou',
};
