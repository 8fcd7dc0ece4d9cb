export * from './backup';
export * from './database';
export * from './queries';
export * from './settings';
export * from './upsert-detected';
export * from './user-actions';
export * from './overview';
export * from './due-totals';
