export * from './redis.config';
export * from './redis-connection';
export * from './redis.module';
export * from './redis.health';
export * from './data-version';
