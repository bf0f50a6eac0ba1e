import { IsInt, Matches, Max, Min } from 'class-validator';
import { ToNumber, validatedConfig } from '@app/common';

export class DatabaseEnv {
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgresql:// URL' })
  DATABASE_URL = 'postgresql://postgres@127.0.0.1:5432/game_platform_sync';

  /** Connections each process keeps open to PostgreSQL. */
  @ToNumber()
  @IsInt()
  @Min(1)
  @Max(100)
  DATABASE_POOL_SIZE = 10;

  /** Distinct read statements each process prepares (named, planned once per connection); 0 runs every statement unnamed. */
  @ToNumber()
  @IsInt()
  @Min(0)
  @Max(10_000)
  DATABASE_PREPARED_STATEMENTS = 500;
}

export const databaseConfig = validatedConfig('database', DatabaseEnv);
