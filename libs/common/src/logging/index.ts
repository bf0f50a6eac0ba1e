export * from './create-logger';
export * from './logging.config';
export * from './pino-logger.service';
