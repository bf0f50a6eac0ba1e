import pino, { Logger } from 'pino';
import { CorrelationScope } from '../context/correlation-scope';
import { errorLogView, requestLogView } from './log-serializers';

/** Paths whose values never reach a log line: credentials in headers, tokens and secrets in payloads. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-internal-sync-secret"]',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'authorization',
  'token',
  'apiToken',
  'password',
  'secret',
  '*.authorization',
  '*.token',
  '*.apiToken',
  '*.password',
  '*.secret',
];

export interface LoggerOptions {
  level: string;
  pretty: boolean;
  name: string;
}

export function createLogger(options: LoggerOptions, destination?: pino.DestinationStream): Logger {
  const settings: pino.LoggerOptions = {
    name: options.name,
    level: options.level,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    serializers: { req: requestLogView, err: errorLogView },
    mixin: () => ({ ...CorrelationScope.current() }),
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  };
  if (destination) return pino(settings, destination);
  if (options.pretty) {
    return pino({ ...settings, transport: { target: 'pino-pretty', options: { singleLine: true, translateTime: 'SYS:HH:MM:ss.l' } } });
  }
  return pino(settings);
}
