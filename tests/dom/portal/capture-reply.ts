import type { CaptureReply } from '../../../lib/messaging/replies';

/** The background's answer to a capture report, as its handler builds it (see Replies). */
export const notStored = (found = 0): CaptureReply => ({ stored: false, mode: 'none', found });
export const stored = (mode: 'track' | 'auto' | 'update', found = 0): CaptureReply => ({
  stored: true,
  mode,
  found,
  added: [],
  updated: [],
  unchanged: [],
  becamePaid: [],
  partPaid: [],
  rejected: [],
});
