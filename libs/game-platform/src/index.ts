export * from './client';
export * from './game-platform.module';
export * from './integration';
export * from './sync-health';
export * from './vendor-telemetry';
export * from './onboarding';
export * from './sync';
export * from './teams';
