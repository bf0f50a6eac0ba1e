import { IsIn, IsInt, Max, Min } from 'class-validator';
import { ToNumber } from '../config/env-transforms';
import { validatedConfig } from '../config/validated-config';

export class LifecycleEnv {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV = 'development';

  /** How long a SIGTERM may take: in-flight requests and active jobs finish within it, then the process exits. */
  @ToNumber()
  @IsInt()
  @Min(0)
  @Max(600_000)
  SHUTDOWN_GRACE_MS = 25_000;
}

export const lifecycleConfig = validatedConfig('lifecycle', LifecycleEnv);
