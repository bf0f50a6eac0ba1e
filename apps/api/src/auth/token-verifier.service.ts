import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { isUUID } from 'class-validator';
import { createRemoteJWKSet, JWTPayload, jwtVerify, JWTVerifyOptions } from 'jose';
import { authConfig } from './auth.config';
import { AuthenticatedUser, Role, ROLES } from './authenticated-user';

/** Clock skew allowed between the identity provider and this service. */
const LEEWAY_SECONDS = 60;

/**
 * A verified token is trusted again without its signature check (an HMAC or RSA job per request)
 * for this long, never past its `exp`, and at most this many tokens are kept (the oldest go first).
 */
const VERIFIED_FOR_MS = 60_000;
const MAX_VERIFIED_TOKENS = 10_000;

/**
 * Verifies bearer JWTs (HS256 secret or a JWKS) and turns their claims into an AuthenticatedUser.
 * A token must expire (`exp`), must not be issued in the future, and must not live longer than
 * JWT_MAX_LIFETIME_SECONDS; a coach's `sub` is their coach id, a UUID. A client sends the same
 * token with every request: a verified one is remembered, keyed by the whole token (so a token
 * whose signature was never checked can never match), for up to a minute.
 */
@Injectable()
export class TokenVerifier {
  private readonly verifyJwt: (token: string) => Promise<JWTPayload>;
  private readonly maxLifetimeSeconds: number;
  private readonly verified = new Map<string, { user: AuthenticatedUser; until: number }>();

  constructor(@Inject(authConfig.KEY) config: ConfigType<typeof authConfig>) {
    this.maxLifetimeSeconds = config.JWT_MAX_LIFETIME_SECONDS;
    const options: JWTVerifyOptions = {
      issuer: config.JWT_ISSUER,
      audience: config.JWT_AUDIENCE,
      requiredClaims: ['exp'],
      clockTolerance: LEEWAY_SECONDS,
    };
    if (config.JWT_JWKS_URL) {
      const jwks = createRemoteJWKSet(new URL(config.JWT_JWKS_URL));
      this.verifyJwt = async (token) => (await jwtVerify(token, jwks, { ...options, algorithms: ['RS256', 'ES256'] })).payload;
    } else {
      const secret = new TextEncoder().encode(config.JWT_SECRET);
      this.verifyJwt = async (token) => (await jwtVerify(token, secret, { ...options, algorithms: ['HS256'] })).payload;
    }
  }

  async verify(token: string): Promise<AuthenticatedUser> {
    const now = Date.now();
    const known = this.verified.get(token);
    if (known && known.until > now) return known.user;
    this.verified.delete(token);
    const { user, exp } = await this.check(token);
    if (this.verified.size >= MAX_VERIFIED_TOKENS) this.verified.delete(this.verified.keys().next().value!);
    this.verified.set(token, { user, until: Math.min(now + VERIFIED_FOR_MS, exp * 1000) });
    return user;
  }

  private async check(token: string): Promise<{ user: AuthenticatedUser; exp: number }> {
    let payload: JWTPayload;
    try {
      payload = await this.verifyJwt(token);
    } catch (error) {
      throw new UnauthorizedException(`Invalid bearer token: ${(error as Error).message}`);
    }
    this.checkTimes(payload);
    const role = roleOf(payload);
    if (!payload.sub || !role) throw new UnauthorizedException('The token needs a "sub" and a "role" of admin or coach');
    if (role === 'coach' && !isUUID(payload.sub)) throw new UnauthorizedException('A coach token\'s "sub" must be the coach id (a UUID)');
    return { user: { id: payload.sub, role }, exp: payload.exp! };
  }

  private checkTimes({ iat, exp }: JWTPayload): void {
    const now = Math.floor(Date.now() / 1000);
    if (iat !== undefined && iat > now + LEEWAY_SECONDS) throw new UnauthorizedException('Invalid bearer token: it is issued in the future ("iat")');
    if (exp! - (iat ?? now) > this.maxLifetimeSeconds) {
      throw new UnauthorizedException(`Invalid bearer token: it lives longer than the ${this.maxLifetimeSeconds} s allowed ("exp" - "iat")`);
    }
  }
}

/** `role` at the top level, or in app_metadata as Supabase issues it. */
function roleOf(payload: JWTPayload): Role | undefined {
  const appMetadata = payload.app_metadata as { role?: unknown } | undefined;
  return ROLES.find((role) => role === payload.role) ?? ROLES.find((role) => role === appMetadata?.role);
}
