import { Transform } from 'class-transformer';
import { IsUrl } from 'class-validator';

export class HttpSecurityEnv {
  /** Browser origins allowed to call the API cross-origin (comma-separated); none when unset. */
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string'
      ? value
          .split(',')
          .map((origin) => origin.trim())
          .filter(Boolean)
      : value,
  )
  @IsUrl(
    { require_tld: false, protocols: ['http', 'https'], require_protocol: true },
    { each: true, message: 'CORS_ALLOWED_ORIGINS must be a comma-separated list of http(s) origins' },
  )
  CORS_ALLOWED_ORIGINS: string[] = [];
}
