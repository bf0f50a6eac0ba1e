import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { createRemoteJWKSet, JWTPayload, jwtVerify, JWTVerifyOptions } from 'jose';
import { authConfig } from './auth.config';
import { AuthenticatedUser, Role, ROLES } from './authenticated-user';

/** Verifies bearer JWTs (HS256 secret or a JWKS) and turns their claims into an AuthenticatedUser. */
@Injectable()
export class TokenVerifier {
  private readonly verifyJwt: (token: string) => Promise<JWTPayload>;

  constructor(@Inject(authConfig.KEY) config: ConfigType<typeof authConfig>) {
    const options: JWTVerifyOptions = { issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE };
    if (config.JWT_JWKS_URL) {
      const jwks = createRemoteJWKSet(new URL(config.JWT_JWKS_URL));
      this.verifyJwt = async (token) => (await jwtVerify(token, jwks, { ...options, algorithms: ['RS256', 'ES256'] })).payload;
    } else {
      const secret = new TextEncoder().encode(config.JWT_SECRET);
      this.verifyJwt = async (token) => (await jwtVerify(token, secret, { ...options, algorithms: ['HS256'] })).payload;
    }
  }

  async verify(token: string): Promise<AuthenticatedUser> {
    let payload: JWTPayload;
    try {
      payload = await this.verifyJwt(token);
    } catch (error) {
      throw new UnauthorizedException(`Invalid bearer token: ${(error as Error).message}`);
    }
    const role = roleOf(payload);
    if (!payload.sub || !role) throw new UnauthorizedException('The token needs a "sub" and a "role" of admin or coach');
    return { id: payload.sub, role };
  }
}

/** `role` at the top level, or in app_metadata as Supabase issues it. */
function roleOf(payload: JWTPayload): Role | undefined {
  const appMetadata = payload.app_metadata as { role?: unknown } | undefined;
  return ROLES.find((role) => role === payload.role) ?? ROLES.find((role) => role === appMetadata?.role);
}
