import { IsInt, IsOptional, IsString, Matches, Max, Min, MinLength } from 'class-validator';
import { ToNumber } from '@app/common';
import { DEFAULT_SEED, DEFAULT_USERS } from './dataset';
import { DEFAULT_SIM_TOKEN } from './server';

/** Environment of the standalone simulator (`npm run sim`). */
export class SimEnv {
  @ToNumber()
  @IsInt()
  @Min(0)
  @Max(65535)
  GP_SIM_PORT = 4010;

  @IsString()
  @MinLength(1)
  GP_SIM_HOST = '127.0.0.1';

  @IsString()
  @MinLength(1)
  GP_SIM_TOKEN = DEFAULT_SIM_TOKEN;

  @IsOptional()
  @IsString()
  @MinLength(1)
  GP_SIM_CONTROL_TOKEN?: string;

  @Matches(/^(|\/.*[^/])$/, { message: 'GP_SIM_BASE_PATH must be empty or start with "/" and not end with "/"' })
  GP_SIM_BASE_PATH = '';

  @ToNumber()
  @IsInt()
  GP_SIM_SEED = DEFAULT_SEED;

  @ToNumber()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  GP_SIM_USERS = DEFAULT_USERS;
}
