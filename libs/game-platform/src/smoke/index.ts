export * from './vendor-smoke';
