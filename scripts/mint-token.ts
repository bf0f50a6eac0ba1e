import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { loadDotEnv, loadEnv } from '@app/common';
import { AuthEnv } from '../apps/api/src/auth/auth.config';
import { DEV_DEFAULTS } from './dev-defaults';
import { mintToken } from '../apps/api/src/auth/mint-token';
import { ROLES } from '../apps/api/src/auth/authenticated-user';

/** Development only: `npm run token -- --role admin [--sub <user id>] [--expires 12h]` prints a bearer token. */
async function main() {
  loadDotEnv();
  if (process.env.NODE_ENV === 'production') throw new Error('Refusing to mint tokens with NODE_ENV=production');
  const { values } = parseArgs({
    options: { role: { type: 'string', default: 'admin' }, sub: { type: 'string' }, expires: { type: 'string', default: '12h' } },
  });
  const role = ROLES.find((candidate) => candidate === values.role);
  if (!role) throw new Error(`--role must be one of ${ROLES.join(', ')}`);
  process.env.JWT_SECRET ??= DEV_DEFAULTS.JWT_SECRET; // the secret `npm run dev` gives the API
  const { JWT_SECRET } = loadEnv(AuthEnv);
  if (!JWT_SECRET) throw new Error('JWT_SECRET must be set to mint a token');
  const token = await mintToken(JWT_SECRET, { sub: values.sub ?? randomUUID(), role }, values.expires);
  console.log(token);
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
