import { IsInt, IsOptional, IsString, IsUrl, Max, Min, MinLength, ValidateIf } from 'class-validator';
import { ToNumber, validatedConfig } from '@app/common';

export class AuthEnv {
  /** HS256 secret shared with the identity provider (e.g. the Supabase project's JWT secret). */
  @ValidateIf((env: AuthEnv) => !env.JWT_JWKS_URL)
  @IsString({ message: 'JWT_SECRET or JWT_JWKS_URL must be set' })
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  /** Verify RS256/ES256 tokens against this JWKS instead of a shared secret. */
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] }, { message: 'JWT_JWKS_URL must be an http(s) URL' })
  JWT_JWKS_URL?: string;

  @IsOptional()
  @IsString()
  JWT_ISSUER?: string;

  @IsOptional()
  @IsString()
  JWT_AUDIENCE?: string;

  /** Longest lifetime (exp - iat) a token may have; longer-lived tokens are refused. */
  @ToNumber()
  @IsInt()
  @Min(60)
  @Max(30 * 24 * 60 * 60)
  JWT_MAX_LIFETIME_SECONDS = 24 * 60 * 60;
}

export const authConfig = validatedConfig('auth', AuthEnv);
