import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { simulatedUserId, SimulatorHandle, startSimulator } from '../../apps/game-platform-sim/src';
import { cleanupRedisPrefix, testRedisPrefix } from '../support/redis';

const repoRoot = path.join(__dirname, '..', '..');
/** Each run compiles the script on the fly: tens of seconds on a loaded machine, so more than jest's default per test. */
const SCRIPT_RUNS_MS = 120_000;

describe('npm run smoke:vendor: read-only checks of a base URL and token', () => {
  let sim: SimulatorHandle;
  const prefix = testRedisPrefix('smoke-vendor');

  const smoke = async (token: string, user: string) => {
    try {
      const { stdout } = await promisify(execFile)(process.execPath, ['-r', '@swc-node/register', 'scripts/smoke-vendor.ts', '--user', user], {
        cwd: repoRoot,
        env: {
          PATH: process.env.PATH,
          GAME_PLATFORM_API_BASE_URL: sim.url,
          GAME_PLATFORM_API_TOKEN: token,
          REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
          REDIS_KEY_PREFIX: prefix,
          GAME_PLATFORM_MAX_ATTEMPTS: '1',
        },
      });
      return { code: 0, stdout };
    } catch (error) {
      const { code, stdout } = error as { code: number; stdout: string };
      return { code, stdout };
    }
  };

  beforeAll(async () => {
    sim = await startSimulator({ users: 3, seed: 21 });
  });

  afterAll(async () => {
    await sim?.close();
    await cleanupRedisPrefix(prefix);
  });

  it(
    'passes against the simulator with its token and writes nothing',
    async () => {
      const { code, stdout } = await smoke(sim.token, simulatedUserId(1));
      expect(stdout).toMatch(/^status: ok /m);
      expect(stdout).toMatch(new RegExp(`^getUser: ok ${simulatedUserId(1)} is `, 'm'));
      expect(stdout).toMatch(/^get_team_assignments: ok \d+ assignment\(s\)/m);
      expect(stdout).toMatch(/^get_odl_scores: ok \d+ solve\(s\) in the last 30 days/m);
      expect(code).toBe(0);
      for (const route of ['POST /users', 'POST /teams', 'POST /users/assign_team', 'POST /teams/delete']) expect(await sim.control.count(route)).toBe(0);
    },
    SCRIPT_RUNS_MS,
  );

  it(
    'fails naming the refused token, and an unknown user',
    async () => {
      const refused = await smoke('a-revoked-token', simulatedUserId(1));
      expect(refused.code).toBe(1);
      expect(refused.stdout).toMatch(/^getUser: FAIL .*HTTP 401.*token is refused/m);
      const unknown = await smoke(sim.token, '99999999-9999-4999-8999-999999999999');
      expect(unknown.code).toBe(1);
      expect(unknown.stdout).toMatch(/^getUser: FAIL .*HTTP 404/m);
    },
    SCRIPT_RUNS_MS,
  );
});
