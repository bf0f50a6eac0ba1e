export * from './config';
export * from './context/execution-context';
export * from './http/create-http-app';
export * from './http/request-id';
export * from './lifecycle/lifecycle.config';
export * from './logging';
export * from './redis';
export * from './metrics';
