import { setTimeout as sleep } from 'node:timers/promises';
import { JOB_DEFINITIONS, JobName, QueueName } from '@app/jobs';

import { timeToWaitFor } from '../support/wait-for';
import { startWorkerProcess } from '../support/worker-process';
import { Answer, COMPETITORS, FaultStack } from './stack';

export interface Verdict {
  fault: string;
  expectation: string;
  observed: string;
  pass: boolean;
}

type Report = (verdict: Verdict) => void;

const FAST_MS = 2000;
const READY_AGAIN_MS = 5000;

function answered(fault: string, what: string, answer: Answer, mustName?: string): Verdict {
  const named = mustName ? answer.body.includes(mustName) : true;
  return {
    fault,
    expectation: `${what}: 503 within ${FAST_MS} ms${mustName ? `, naming ${mustName}` : ''}`,
    observed: `${answer.status} in ${answer.ms} ms${mustName ? (named ? `, names ${mustName}` : ', does not name it') : ''}`,
    pass: answer.status === 503 && answer.ms <= FAST_MS && named,
  };
}

async function liveness(stack: FaultStack, fault: string, report: Report): Promise<void> {
  for (const app of ['api', 'worker'] as const) {
    const answer = await stack.probe(stack.url(app, '/health/live'));
    report({ fault, expectation: `${app} /health/live: 200`, observed: `${answer.status} in ${answer.ms} ms`, pass: answer.status === 200 });
  }
}

/** Call right after the dependency is back: both apps are timed from that instant. */
async function readyAgain(stack: FaultStack, fault: string, report: Report): Promise<void> {
  const times = await Promise.all((['api', 'worker'] as const).map((app) => stack.waitReady(app, 60_000).catch(() => Infinity)));
  (['api', 'worker'] as const).forEach((app, i) =>
    report({
      fault,
      expectation: `${app} ready again within ${READY_AGAIN_MS} ms of its return`,
      observed: `${times[i]} ms`,
      pass: times[i] <= READY_AGAIN_MS,
    }),
  );
}

export async function redisKilled(stack: FaultStack, report: Report): Promise<void> {
  const fault = 'Redis killed (kill -9)';
  stack.redis.kill();
  await sleep(200);
  const competitor = stack.competitorIds[0];
  const paths: ['api' | 'worker', string, string][] = [
    ['api', 'GET', '/metrics'],
    ['api', 'GET', '/admin/processing'],
    ['api', 'GET', '/admin/alerts'],
    ['api', 'GET', '/admin/jobs'],
    ['api', 'POST', `/teams/${stack.teamId}/sync`],
    ['api', 'POST', `/competitors/${competitor}/game-platform/password-reset`],
    ['api', 'GET', '/admin/queues/api/queues'],
    ['worker', 'GET', '/metrics'],
  ];
  report(answered(fault, 'api /health/ready', await stack.probe(stack.url('api', '/health/ready')), 'redis'));
  report(answered(fault, 'worker /health/ready', await stack.probe(stack.url('worker', '/health/ready')), 'redis'));
  for (const [app, method, path] of paths)
    report(answered(fault, `${app} ${method} ${path.replace(/[0-9a-f-]{36}/, '{id}')}`, await stack.call(app, method, path)));
  await liveness(stack, fault, report);

  const restarted = 'Redis back, empty';
  await stack.redis.start();
  const back = Date.now();
  await readyAgain(stack, restarted, report);
  const schedulesMs = await timeToWaitFor(
    async () => {
      const metrics = (await stack.probe(stack.url('worker', '/metrics'))).body;
      return (metrics.match(/^gps_job_schedule_ok\{[^}]*\} 1$/gm) ?? []).length === 3;
    },
    { description: 'the schedules', timeoutMs: 60_000, intervalMs: 250 },
  ).then(
    () => Date.now() - back,
    () => Infinity,
  );
  report({ fault: restarted, expectation: 'the 3 recurring schedules back within 60 s', observed: `${schedulesMs} ms`, pass: schedulesMs <= 60_000 });
}

export async function postgresStopped(stack: FaultStack, report: Report): Promise<void> {
  const fault = 'PostgreSQL stopped (immediate)';
  stack.pg.stop();
  report(answered(fault, 'api /health/ready', await stack.probe(stack.url('api', '/health/ready')), 'database'));
  report(answered(fault, 'worker /health/ready', await stack.probe(stack.url('worker', '/health/ready')), 'database'));
  report(answered(fault, 'api GET /competitors', await stack.call('api', 'GET', '/competitors')));
  report(answered(fault, 'api GET /teams', await stack.call('api', 'GET', '/teams')));
  await liveness(stack, fault, report);
  stack.pg.start();
  await readyAgain(stack, 'PostgreSQL back', report);
}

/**
 * What PostgreSQL holds against the simulator's truth: a solve visible before the sync began must be
 * stored (missing otherwise), a stored one must exist there (extra otherwise). Solves the dataset
 * makes visible while the scenario runs may or may not have been read yet: neither counts.
 */
async function compareWithSimulator(
  stack: FaultStack,
  syncStartUnix: number,
): Promise<{ expected: number; stored: number; missing: number; extra: number; duplicates: number }> {
  const db = await stack.db();
  try {
    const rows = await db.query<{ syned_user_id: string; challenge_solve_id: number }>(
      'SELECT syned_user_id::text, challenge_solve_id FROM game_platform_challenge_solves',
    );
    const stored = new Set(rows.rows.map((r) => `${r.syned_user_id}:${r.challenge_solve_id}`));
    const duplicates = rows.rows.length - stored.size;
    const users = (await db.query<{ id: string }>('SELECT game_platform_id::text AS id FROM competitors WHERE game_platform_id IS NOT NULL')).rows.map(
      (r) => r.id,
    );
    let expected = 0;
    let missing = 0;
    const seen = new Set<string>();
    for (let i = 0; i < users.length; i += 25) {
      const slices = await Promise.all(users.slice(i, i + 25).map(async (id) => ({ id, solves: await stack.control.solves(id) })));
      for (const { id, solves } of slices) {
        for (const solve of solves) {
          const key = `${id}:${solve.challenge_solve_id}`;
          seen.add(key);
          if (solve.visible_at_unix > syncStartUnix) continue;
          expected += 1;
          if (!stored.has(key)) missing += 1;
        }
      }
    }
    const extra = [...stored].filter((key) => !seen.has(key)).length;
    return { expected, stored: rows.rows.length, missing, extra, duplicates };
  } finally {
    await db.end();
  }
}

function truthVerdict(fault: string, truth: Awaited<ReturnType<typeof compareWithSimulator>>): Verdict {
  return {
    fault,
    expectation: "solves equal the simulator's (visible at the start): 0 missing, 0 extra, 0 duplicate",
    observed: `${truth.stored}/${truth.expected} stored, ${truth.missing} missing, ${truth.extra} extra, ${truth.duplicates} duplicate`,
    pass: truth.missing === 0 && truth.extra === 0 && truth.duplicates === 0 && truth.expected > 0,
  };
}

async function scalar(stack: FaultStack, sql: string, params: unknown[] = []): Promise<number> {
  const db = await stack.db();
  try {
    return Number(Object.values((await db.query(sql, params)).rows[0] ?? { n: 0 })[0] ?? 0);
  } finally {
    await db.end();
  }
}

export async function postgresRestartMidSync(stack: FaultStack, report: Report): Promise<void> {
  const fault = `PostgreSQL restarted mid-sync (${COMPETITORS} competitors)`;
  const { nowUnix: syncStartUnix } = await stack.control.clock();
  await stack.control.setFaults({ latencyMs: 20 });
  const accepted = await stack.call('api', 'POST', '/sync/runs');
  const jobId = (JSON.parse(accepted.body) as { jobId: string }).jobId;
  await timeToWaitFor(async () => (await scalar(stack, 'SELECT count(*) FROM game_platform_challenge_solves').catch(() => 0)) > 0, {
    description: 'a committed chunk',
    timeoutMs: 60_000,
    intervalMs: 100,
  });
  stack.pg.stop();
  await sleep(2000);
  stack.pg.start();
  const queue = stack.queue(QueueName.Sync);
  try {
    // The failed attempt waits out its 5-minute backoff; the suite promotes it (time compressed).
    const retried = await timeToWaitFor(
      async () => {
        const job = await queue.getJob(jobId);
        if (job && (await job.getState()) === 'delayed') await job.promote();
        return (job?.attemptsMade ?? 0) >= 1;
      },
      { description: 'the failed attempt', timeoutMs: 60_000, intervalMs: 200 },
    ).then(
      () => true,
      () => false,
    );
    report({
      fault,
      expectation: 'the sync job fails and is retried',
      observed: retried ? 'attempt failed, job retried' : 'no failed attempt seen',
      pass: retried,
    });
    const completed = await timeToWaitFor(async () => (await queue.getJob(jobId))?.finishedOn !== undefined, {
      description: 'the sync job',
      timeoutMs: 180_000,
      intervalMs: 500,
    }).then(
      () => true,
      () => false,
    );
    report({ fault, expectation: 'the retried job completes', observed: completed ? 'completed' : 'not completed in 180 s', pass: completed });
  } finally {
    await queue.close();
  }
  await stack.control.clearFaults();
  const pool = await stack.call('api', 'GET', '/competitors');
  report({ fault, expectation: "the API's pool reconnected", observed: `GET /competitors ${pool.status}`, pass: pool.status === 200 });
  const orphaned = await scalar(
    stack,
    `SELECT count(*) FROM game_platform_sync_state s WHERE s.last_odl_synced_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM game_platform_challenge_solves c WHERE c.syned_user_id = s.syned_user_id)`,
  );
  report({
    fault,
    expectation: 'no partial write: no cursor moved without its solves',
    observed: `${orphaned} cursor(s) without solves`,
    pass: orphaned === 0,
  });
  report(truthVerdict(fault, await compareWithSimulator(stack, syncStartUnix)));
}

/** Competitors ready to onboard (profile whole, compliance confirmed), not on the platform yet. */
async function competitorsToOnboard(stack: FaultStack, label: string, count: number): Promise<string[]> {
  const db = await stack.db();
  try {
    const rows = await db.query<{ id: string }>(
      `INSERT INTO competitors (coach_id, first_name, last_name, email, division, school_id, compliance_confirmed_at, status, updated_at)
       SELECT $1, $2 || n, 'Student', $2 || '-' || n || '@students.example.test', 'high_school', 'school-1', now(), 'compliance', now()
       FROM generate_series(1, $3::int) AS n RETURNING id`,
      [stack.coachId, label, count],
    );
    return rows.rows.map((r) => r.id);
  } finally {
    await db.end();
  }
}

export async function vendorOutage(stack: FaultStack, report: Report): Promise<void> {
  const fault = 'vendor outage (10 min compressed to 30 s)';
  const ids = await competitorsToOnboard(stack, 'outage', 5);
  await stack.control.setFaults({ outageSeconds: 30 });
  const queue = stack.queue(QueueName.Competitors);
  const definition = JOB_DEFINITIONS[JobName.OnboardCompetitor];
  try {
    const jobs = await Promise.all(
      ids.map((competitorId) =>
        queue.add(
          JobName.OnboardCompetitor,
          { competitorId, requestedBy: 'fault-suite' },
          { attempts: definition.attempts, backoff: { type: 'exponential', delay: definition.backoffMs } },
        ),
      ),
    );
    await sleep(15_000);
    const metrics = (await stack.probe(stack.url('worker', '/metrics'))).body;
    const open = /gps_vendor_circuit_state\{state="(open|half_open)"\} 1/.test(metrics);
    report({ fault, expectation: 'the breaker opens', observed: open ? 'open' : 'closed', pass: open });
    const during = await Promise.all(jobs.map(async (job) => ({ state: await job.getState(), attempts: (await queue.getJob(job.id!))?.attemptsMade ?? -1 })));
    // A failure before the breaker opened counts as an attempt (it is what opens it); none after.
    const spent = during.filter((j) => j.attempts > 0).length;
    const failed = during.filter((j) => j.state === 'failed' || j.attempts > 1).length;
    report({
      fault,
      expectation: 'jobs delayed while the breaker is open, not failed: at most the attempt that met the still-closed breaker spent',
      observed: `${during.filter((j) => j.state === 'delayed').length} of 5 delayed, ${spent} with 1 attempt spent before it opened, ${failed} failed`,
      pass: failed === 0,
    });
    const convergedMs = await timeToWaitFor(
      async () => (await scalar(stack, 'SELECT count(*) FROM competitors WHERE id = ANY($1::uuid[]) AND game_platform_id IS NULL', [ids])) === 0,
      { description: 'onboarding after the outage', timeoutMs: 120_000, intervalMs: 500 },
    ).then(
      (ms) => ms,
      () => Infinity,
    );
    // The outage ends 30 s after it began, i.e. 15 s into this wait.
    const afterOutageS = Math.max(0, Math.round((convergedMs - 15_000) / 1000));
    report({
      fault,
      expectation: 'every competitor onboarded within 60 s of the recovery',
      observed: convergedMs === Infinity ? 'not within 120 s' : `5 of 5, ${afterOutageS} s after the outage`,
      pass: afterOutageS <= 60,
    });
    const after = await Promise.all(jobs.map(async (job) => (await queue.getJob(job.id!))?.attemptsMade ?? -1));
    report({
      fault,
      expectation: 'no job dead-lettered or failed for good',
      observed: `attempts used per job, the successful one included: ${after.join(', ')}`,
      pass: after.every((n) => n >= 0 && n < definition.attempts),
    });
  } finally {
    await queue.close();
    await stack.control.clearFaults();
  }
}

export async function killedDuringSync(stack: FaultStack, report: Report, kills: number): Promise<void> {
  const fault = `worker kill -9 ×${kills} during a ${COMPETITORS}-competitor sync`;
  await scalar(
    stack,
    'WITH a AS (DELETE FROM game_platform_challenge_solves), b AS (DELETE FROM game_platform_sync_state) DELETE FROM game_platform_sync_runs',
  );
  await stack.control.resetCounters();
  await stack.control.setFaults({ latencyMs: 15 });
  const { nowUnix: syncStartUnix } = await stack.control.clock();
  const instants: number[] = [];
  for (let i = 0; i < kills; i += 1) {
    const child = await startWorkerProcess(stack.env, 'ignore');
    child.send({ run: 'kill-cycle' });
    const instant = 300 + Math.round(Math.random() * 2500);
    instants.push(instant);
    await sleep(instant);
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
  }
  const last = await startWorkerProcess(stack.env, 'ignore');
  const report$ = new Promise<{ status: string }>((resolve) => last.once('message', (message: { report: { status: string } }) => resolve(message.report)));
  last.send({ run: 'kill-cycle' });
  const final = await report$;
  last.kill('SIGKILL');
  await stack.control.clearFaults();
  report({
    fault,
    expectation: 'the cycle completes',
    observed: `final run ${final.status} (kills at ${instants.join(', ')} ms)`,
    pass: final.status === 'succeeded',
  });
  const synced = await scalar(stack, "SELECT count(*) FROM game_platform_sync_state WHERE last_result = 'success'");
  const onPlatform = await scalar(stack, 'SELECT count(*) FROM competitors WHERE game_platform_id IS NOT NULL');
  report({ fault, expectation: 'every competitor on the platform synced', observed: `${synced} of ${onPlatform}`, pass: synced === onPlatform });
  report(truthVerdict(fault, await compareWithSimulator(stack, syncStartUnix)));
  const rows = await scalar(stack, 'SELECT count(*) FROM game_platform_challenge_solves');
  const counted = await scalar(stack, 'SELECT coalesce(sum(new_solves), 0) FROM game_platform_sync_runs');
  report({
    fault,
    expectation: 'telemetry: sum of new_solves over runs = rows inserted',
    observed: `${counted} counted, ${rows} rows`,
    pass: counted === rows,
  });
  const calls = await scalar(stack, 'SELECT coalesce(sum(api_call_count), 0) FROM game_platform_sync_runs');
  const received = (await stack.control.counters()).total;
  // A request is on record before it leaves: one a kill cut between the two is counted, never one the vendor got.
  const inFlight = kills * Number(stack.env.GAME_PLATFORM_SYNC_CONCURRENCY);
  report({
    fault,
    expectation: `telemetry: api_call_count over runs counts every call the vendor received (+ at most the ${inFlight} in flight at the kills)`,
    observed: `${calls} counted, ${received} received`,
    pass: calls >= received && calls <= received + inFlight,
  });
}

export async function killedDuringOnboardingAndTeamSync(stack: FaultStack, report: Report): Promise<void> {
  const fault = 'worker kill -9 during onboarding and team sync';
  const ids = await competitorsToOnboard(stack, 'kill', 20);
  const db = await stack.db();
  await db.query(`INSERT INTO team_memberships (team_id, competitor_id, updated_at) SELECT $1, unnest($2::uuid[]), now()`, [stack.teamId, ids]);
  await db.end();
  const usersBefore = (await stack.control.state()).users;
  await stack.control.setFaults({ latencyMs: 150 });
  const competitors = stack.queue(QueueName.Competitors);
  const teams = stack.queue(QueueName.Teams);
  const onboard = JOB_DEFINITIONS[JobName.OnboardCompetitor];
  const teamSync = JOB_DEFINITIONS[JobName.SyncTeam];
  try {
    await teams.add(
      JobName.SyncTeam,
      { teamId: stack.teamId, requestedBy: 'fault-suite' },
      { attempts: teamSync.attempts, backoff: { type: 'exponential', delay: 1000 } },
    );
    for (const competitorId of ids)
      await competitors.add(
        JobName.OnboardCompetitor,
        { competitorId, requestedBy: 'fault-suite' },
        { attempts: onboard.attempts, backoff: { type: 'exponential', delay: 1000 } },
      );
    await sleep(1500);
    await stack.worker.kill();
    stack.worker.start();
    await stack.control.clearFaults();
    const ms = await timeToWaitFor(
      async () => (await scalar(stack, "SELECT count(*) FROM team_memberships WHERE team_id = $1 AND remote_state = 'synced'", [stack.teamId])) === 20,
      { description: 'rosters after the kill', timeoutMs: 150_000, intervalMs: 500 },
    ).then(
      (t) => t,
      () => Infinity,
    );
    report({
      fault,
      expectation: 'every competitor onboarded and on the team (stalled jobs resume)',
      observed: ms === Infinity ? 'not converged in 150 s' : `converged ${Math.round(ms / 1000)} s after the kill`,
      pass: ms !== Infinity,
    });
    const roster = (await stack.control.team(stack.teamId)).members.length;
    const newUsers = (await stack.control.state()).users - usersBefore;
    report({
      fault,
      expectation: '0 lost or duplicate vendor users (20 students + the coach) and team assignments',
      observed: `${newUsers} new vendor users, ${roster} on the team`,
      pass: newUsers === 21 && roster === 20,
    });
  } finally {
    await competitors.close();
    await teams.close();
  }
  await stack.waitReady('worker', 90_000);
}
