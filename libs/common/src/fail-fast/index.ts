export * from './dependency.config';
export * from './dependency-errors';
export * from './fail-fast.interceptor';
