export * from './protocol';
export * from './reading';
