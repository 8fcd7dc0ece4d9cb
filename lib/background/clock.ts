import { localToday } from '../core';

/** The user's calendar date. One place, so the schedule, the badge and the popup agree. */
export function today(now: Date = new Date()): string {
  return localToday(now);
}
