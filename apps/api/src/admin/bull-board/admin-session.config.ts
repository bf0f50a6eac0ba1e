import { IsInt, IsOptional, IsString, Max, Min, MinLength } from 'class-validator';
import { ToNumber, validatedConfig } from '@app/common';

export class AdminSessionEnv {
  /** Signs the Bull Board session cookie; defaults to JWT_SECRET, required when tokens are verified with JWT_JWKS_URL. */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'ADMIN_SESSION_SECRET must be at least 32 characters' })
  ADMIN_SESSION_SECRET?: string;

  /** Lifetime of the Bull Board session cookie. */
  @ToNumber()
  @IsInt()
  @Min(60)
  @Max(12 * 60 * 60)
  ADMIN_SESSION_TTL_SECONDS = 900;
}

export const adminSessionConfig = validatedConfig('adminSession', AdminSessionEnv);
