export * from './validated-config';
export * from './env-transforms';
export * from './dot-env';
