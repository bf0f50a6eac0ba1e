import { IsBoolean, IsIn } from 'class-validator';
import { ToBoolean } from '../config/env-transforms';
import { validatedConfig } from '../config/validated-config';

export class LoggingEnv {
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** Human-readable coloured lines instead of JSON (development only). */
  @ToBoolean()
  @IsBoolean()
  LOG_PRETTY = false;
}

export const loggingConfig = validatedConfig('logging', LoggingEnv);
