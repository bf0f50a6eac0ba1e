export * from './vendor-records';
export * from './call-telemetry';
export * from './game-platform-client.options';
export * from './game-platform.config';
export * from './game-platform.error';
export * from './game-platform.client';
export * from './rate-limiter';
export { backoffDelay } from './resilience';
export { formatDetail, parseRetryAfter } from './vendor-errors';
