export * from './holidays';
export * from './next-action';
export * from './plan';
export * from './tone';
export * from './working-days';
export * from './preview';
