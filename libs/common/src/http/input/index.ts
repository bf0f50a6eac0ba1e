export * from './bounded-json';
export * from './unsafe-text';
