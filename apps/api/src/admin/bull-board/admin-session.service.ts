import { ForbiddenException, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { jwtVerify, SignJWT } from 'jose';
import { ConfigValidationError } from '@app/common';
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
 * from it (browsers cannot add an Authorization header to page loads).
 */
@Injectable()
export class AdminSessionService {
  private readonly secret: Uint8Array;

  constructor(
    private readonly tokens: TokenVerifier,
    @Inject(adminSessionConfig.KEY) private readonly config: ConfigType<typeof adminSessionConfig>,
    @Inject(authConfig.KEY) auth: ConfigType<typeof authConfig>,
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
    const cookie = cookieValue(headers.cookie, SESSION_COOKIE);
    if (!cookie) return undefined;
    try {
      const { payload } = await jwtVerify(cookie, this.secret, { audience: AUDIENCE, algorithms: ['HS256'] });
      return { id: String(payload.sub), role: 'admin' };
    } catch {
      throw new UnauthorizedException('The Bull Board session expired or is invalid: sign in again');
    }
  }

  /** Set-Cookie value of a new session: HttpOnly, SameSite=Strict, scoped to Bull Board. */
  async sessionCookie(user: AuthenticatedUser, secure: boolean): Promise<string> {
    const ttl = this.ttlSeconds;
    const value = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
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
}

function cookie(value: string, maxAgeSeconds: number, secure: boolean): string {
  return [`${SESSION_COOKIE}=${value}`, `Path=${BULL_BOARD_PATH}`, `Max-Age=${maxAgeSeconds}`, 'HttpOnly', 'SameSite=Strict', ...(secure ? ['Secure'] : [])].join('; ');
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=') || undefined;
  }
  return undefined;
}
