export * from './protocol';
export * from './router';
export * from './sender';
export * from './replies';
export * from './background-message';
