import { ForbiddenException, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { randomUUID } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import { ConfigValidationError, RedisClient, redisConfig } from '@app/common';
import { authConfig } from '../../auth/auth.config';
import { bearerTokenOf } from '../../auth/bearer-authentication';
import { TokenVerifier } from '../../auth/token-verifier.service';
import { AuthenticatedUser, isAdmin } from '../../auth';
import { adminSessionConfig } from './admin-session.config';

export const SESSION_COOKIE = 'gps_admin_session';
export const BULL_BOARD_PATH = '/admin/queues';
const AUDIENCE = 'bull-board';

/**
 * Admin credentials for Bull Board: the bearer JWT itself, or a short-lived signed cookie minted
 * from it (browsers cannot add an Authorization header to page loads). Each cookie names a session
 * kept in Redis for its lifetime: signing out deletes it, so a copied cookie dies with the session.
 */
@Injectable()
export class AdminSessionService {
  private readonly secret: Uint8Array;

  constructor(
    private readonly tokens: TokenVerifier,
    @Inject(adminSessionConfig.KEY) private readonly config: ConfigType<typeof adminSessionConfig>,
    @Inject(authConfig.KEY) auth: ConfigType<typeof authConfig>,
    private readonly redis: RedisClient,
    @Inject(redisConfig.KEY) private readonly redisEnv: ConfigType<typeof redisConfig>,
  ) {
    const secret = config.ADMIN_SESSION_SECRET ?? auth.JWT_SECRET;
    if (!secret) throw new ConfigValidationError(['ADMIN_SESSION_SECRET must be set when JWT_JWKS_URL verifies tokens']);
    this.secret = new TextEncoder().encode(secret);
  }

  get ttlSeconds(): number {
    return this.config.ADMIN_SESSION_TTL_SECONDS;
  }

  /** An admin from a bearer token: 401 when invalid, 403 when not an admin. */
  async adminFromToken(token: string): Promise<AuthenticatedUser> {
    const user = await this.tokens.verify(token);
    if (!isAdmin(user)) throw new ForbiddenException('Bull Board needs the admin role');
    return user;
  }

  /** Admin from the Authorization header or the session cookie; undefined when neither is present. */
  async adminFromRequest(headers: { authorization?: string; cookie?: string }): Promise<AuthenticatedUser | undefined> {
    const token = bearerTokenOf(headers.authorization);
    if (token) return this.adminFromToken(token);
    const session = await this.sessionOf(headers.cookie);
    if (!session) return undefined;
    if ((await this.redis.exists(this.sessionKey(session.id))) === 0) {
      throw new UnauthorizedException('The Bull Board session was closed: sign in again');
    }
    return { id: session.subject, role: 'admin' };
  }

  /** Signing out: the session is deleted on the server, whoever still holds its cookie. */
  async revoke(cookieHeader: string | undefined): Promise<void> {
    const session = await this.sessionOf(cookieHeader).catch(() => undefined);
    if (session) await this.redis.del(this.sessionKey(session.id));
  }

  /** Set-Cookie value of a new session: HttpOnly, SameSite=Strict, scoped to Bull Board. */
  async sessionCookie(user: AuthenticatedUser, secure: boolean): Promise<string> {
    const ttl = this.ttlSeconds;
    const sessionId = randomUUID();
    await this.redis.set(this.sessionKey(sessionId), user.id, 'EX', ttl);
    const value = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setJti(sessionId)
      .setSubject(user.id)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${ttl}s`)
      .sign(this.secret);
    return cookie(value, ttl, secure);
  }

  clearedCookie(secure: boolean): string {
    return cookie('', 0, secure);
  }

  private async sessionOf(cookieHeader: string | undefined): Promise<{ id: string; subject: string } | undefined> {
    const value = cookieValue(cookieHeader, SESSION_COOKIE);
    if (!value) return undefined;
    try {
      const { payload } = await jwtVerify(value, this.secret, { audience: AUDIENCE, algorithms: ['HS256'] });
      if (!payload.jti) throw new Error('no session id');
      return { id: payload.jti, subject: String(payload.sub) };
    } catch {
      throw new UnauthorizedException('The Bull Board session expired or is invalid: sign in again');
    }
  }

  private sessionKey(sessionId: string): string {
    return `${this.redisEnv.REDIS_KEY_PREFIX}:admin-session:${sessionId}`;
  }
}

function cookie(value: string, maxAgeSeconds: number, secure: boolean): string {
  return [
    `${SESSION_COOKIE}=${value}`,
    `Path=${BULL_BOARD_PATH}`,
    `Max-Age=${maxAgeSeconds}`,
    'HttpOnly',
    'SameSite=Strict',
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=') || undefined;
  }
  return undefined;
}
