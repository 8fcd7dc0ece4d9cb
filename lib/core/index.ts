import './zod-config';
export * from './client';
export * from './dates';
export * from './detected';
export * from './invoice';
export * from './money';
export * from './reminder-event';
export * from './settings';
export * from './template';
