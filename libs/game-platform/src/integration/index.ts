export * from './integration.config';
export * from './integration-switch';
export * from './integration.module';
