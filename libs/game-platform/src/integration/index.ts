export * from './integration.config';
export * from './integration-switch';
export * from './integration.module';
export * from './rollout-bucket';
export * from './vendor-write-gate';
