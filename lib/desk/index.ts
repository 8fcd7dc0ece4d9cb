export * from './aging';
export * from './filter';
export * from './overview';
export * from './row-text';
export * from './rows';
export * from './timeline';
export * from './today';
