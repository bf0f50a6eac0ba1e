/**
 * The smoke scenario of `npm run test:compose`, driven from outside the containers against the
 * published API and simulator ports: a coach and competitors, onboarding, a team, a sync, scores;
 * then the api and the worker are stopped with SIGTERM (a job in flight) and started again.
 * Environment: SMOKE_API_URL, SMOKE_SIM_URL, JWT_SECRET, and COMPOSE_PROJECT_NAME, COMPOSE_FILE,
 * COMPOSE_ENV_FILE for the docker-compose calls.
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { strict as assert } from 'node:assert';
import { SimulatorControl } from '../../apps/game-platform-sim/src';
import { mintToken } from '../../apps/api/src/auth/mint-token';
import { waitFor } from '../support/wait-for';

const API = required('SMOKE_API_URL');
const sim = new SimulatorControl(`${required('SMOKE_SIM_URL')}/_sim`);
const JWT_SECRET = required('JWT_SECRET');
const STOP_TIMEOUT_S = 30;

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} must be set`);
  return value;
}

const step = (text: string) => console.log(`[smoke] ${text}`);

async function call(token: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
  const response = await fetch(`${API}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

async function expectStatus(token: string, method: string, path: string, status: number, body?: unknown): Promise<any> {
  const response = await call(token, method, path, body);
  assert.equal(response.status, status, `${method} ${path}: ${JSON.stringify(response.body)}`);
  return response.body;
}

/** A probe of a stack still starting or restarting: an error counts as "not yet". */
const ignoringErrors =
  <T>(probe: () => Promise<T | undefined>) =>
  () =>
    probe().catch(() => undefined);

function compose(...args: string[]): string {
  const envFile = process.env.COMPOSE_ENV_FILE ? ['--env-file', process.env.COMPOSE_ENV_FILE] : [];
  return execFileSync('docker-compose', [...envFile, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
}

/**
 * Sends SIGTERM (docker stop), checks the process closed by itself before docker's SIGKILL, starts
 * it again. Nest re-raises SIGTERM once the app has closed, so a clean stop exits 143 (or 0); a
 * SIGKILL after the timeout is 137, a shutdown grace overrun 1.
 */
async function restartCleanly(service: 'api' | 'worker'): Promise<void> {
  const container = compose('ps', '-q', service);
  const stopping = Date.now();
  compose('stop', '-t', String(STOP_TIMEOUT_S), service);
  const seconds = (Date.now() - stopping) / 1000;
  const exitCode = execFileSync('docker', ['inspect', '-f', '{{.State.ExitCode}}', container], { encoding: 'utf8' }).trim();
  assert.ok(['0', '143'].includes(exitCode), `${service} exited with ${exitCode} after SIGTERM`);
  assert.ok(seconds < STOP_TIMEOUT_S, `${service} took ${seconds} s to stop`);
  compose('start', service);
  await waitFor(
    ignoringErrors(async () => {
      const health = execFileSync('docker', ['inspect', '-f', '{{.State.Health.Status}}', container], { encoding: 'utf8' }).trim();
      return health === 'healthy' ? true : undefined;
    }),
    { description: `${service} healthy again`, intervalMs: 250, timeoutMs: 90_000 },
  );
  step(`${service}: SIGTERM → closed in ${seconds.toFixed(1)} s (exit ${exitCode}), healthy again`);
}

async function main(): Promise<void> {
  const admin = await mintToken(JWT_SECRET, { sub: randomUUID(), role: 'admin' });
  const coachId = randomUUID();
  await expectStatus(admin, 'POST', '/coaches', 201, { id: coachId, email: `coach-${coachId}@example.test`, firstName: 'Grace', lastName: 'Hopper' });
  const coach = await mintToken(JWT_SECRET, { sub: coachId, role: 'coach' });
  step('coach created');

  const createCompetitor = async (n: number) => {
    const created = await expectStatus(coach, 'POST', '/competitors', 201, {
      firstName: 'Student',
      lastName: `Number${n}`,
      email: `student.${n}.${coachId.slice(0, 8)}@students.example.test`,
      division: 'high_school',
      schoolId: 'school-1',
      regionId: 'region-1',
    });
    await expectStatus(coach, 'POST', `/competitors/${created.id}/compliance`, 200);
    return created.id as string;
  };
  const onboarded = async (id: string) =>
    waitFor(
      ignoringErrors(async () => {
        const state = await expectStatus(coach, 'GET', `/competitors/${id}/game-platform`, 200);
        assert.notEqual(state.state, 'failed', JSON.stringify(state));
        return state.state === 'synced' ? state : undefined;
      }),
      { description: `onboarding of ${id}`, intervalMs: 250, timeoutMs: 60_000 },
    );

  const competitors = [await createCompetitor(1), await createCompetitor(2), await createCompetitor(3)];
  for (const id of competitors) await expectStatus(coach, 'POST', `/competitors/${id}/game-platform`, 202);
  for (const id of competitors) await onboarded(id);
  step(`${competitors.length} competitors created and onboarded`);

  const team = await expectStatus(coach, 'POST', '/teams', 201, { name: 'Smoke Team', division: 'high_school', affiliation: 'Compose High' });
  for (const id of competitors) await expectStatus(coach, 'POST', `/teams/${team.id}/members`, 200, { competitorId: id });
  await waitFor(
    ignoringErrors(async () => {
      const current = await expectStatus(coach, 'GET', `/teams/${team.id}`, 200);
      return current.members.length === competitors.length && current.members.every((m: any) => m.remote.state === 'synced') ? current : undefined;
    }),
    { description: 'the team roster on the platform', intervalMs: 250, timeoutMs: 60_000 },
  );
  step('team built and its roster synced to the platform');

  const solves = await sim.addSolves(competitors[0], 3);
  const expectedScore = solves.reduce((sum, solve) => sum + solve.challenge_points, 0);
  const run = await expectStatus(admin, 'POST', '/sync/runs', 202, { coachId });
  await waitFor(
    ignoringErrors(async () => {
      const read = await expectStatus(coach, 'GET', `/scores/competitors/${competitors[0]}`, 200);
      return read.recentSolves?.length === solves.length ? read : undefined;
    }),
    { description: 'the synced solves', intervalMs: 250, timeoutMs: 60_000 },
  );
  // Totals (stats) come from the totals sweep, which refreshes competitors the sync flagged.
  const sweep = await expectStatus(admin, 'POST', '/sync/totals-sweep', 202, {});
  const score = await waitFor(
    ignoringErrors(async () => {
      const read = await expectStatus(coach, 'GET', `/scores/competitors/${competitors[0]}`, 200);
      return read.stats ? read : undefined;
    }),
    { description: 'the refreshed totals', intervalMs: 250, timeoutMs: 60_000 },
  );
  assert.equal(score.stats.totalScore, expectedScore, `score read back: ${JSON.stringify(score)}`);
  step(`sync job ${run.jobId} and sweep ${sweep.jobId}: total score ${expectedScore} from ${solves.length} solves read back`);

  await restartCleanly('api');
  await expectStatus(coach, 'GET', `/teams/${team.id}`, 200);

  // A job in flight while the worker gets SIGTERM: it finishes (or is picked up again), exactly once.
  await sim.setFaults({ latencyMs: 3000, paths: ['/users'] });
  const late = await createCompetitor(4);
  const createsBefore = await sim.count('POST /users');
  const { jobId } = await expectStatus(coach, 'POST', `/competitors/${late}/game-platform`, 202);
  await waitFor(
    ignoringErrors(async () => {
      const job = await expectStatus(admin, 'GET', `/admin/jobs/competitors/${jobId}`, 200);
      return job.state === 'active' ? job : undefined;
    }),
    { description: 'the onboarding job to be active', intervalMs: 250, timeoutMs: 60_000 },
  );
  await restartCleanly('worker');
  await sim.setFaults({});
  await onboarded(late);
  assert.equal(await sim.count('POST /users'), createsBefore + 1, 'the onboarding in flight during SIGTERM created exactly one platform user');
  step('worker restart: the job in flight completed once');
}

main().then(
  () => console.log('[smoke] passed'),
  (error: unknown) => {
    console.error('[smoke] FAILED:', error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
