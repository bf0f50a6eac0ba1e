import { IsInt, Max, Min } from 'class-validator';
import { ToNumber, validatedConfig } from '@app/common';

export class ApiEnv {
  @ToNumber()
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3000;
}

export const apiConfig = validatedConfig('api', ApiEnv);
