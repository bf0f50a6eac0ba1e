import { SignJWT } from 'jose';
import { Role } from './authenticated-user';

/** Signs an HS256 token like the identity provider would: for local use and tests only. */
export function mintToken(secret: string, claims: { sub: string; role: Role }, expiresIn = '12h'): Promise<string> {
  return new SignJWT({ role: claims.role })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(secret));
}
