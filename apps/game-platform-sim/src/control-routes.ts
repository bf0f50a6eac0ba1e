import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ControlInput } from './control-input';
import { VendorError } from './errors';
import type { FaultSettings } from './faults';
import { DEFAULT_BEHAVIOUR, type SimBehaviour, type SimFlashProgress, type SimSolve } from './model';
import type { Simulator } from './simulator';
import type { NewSolve } from './state';
import { assignmentJson, flashEventJson, solveJson, teamJson, userJson } from './vendor-json';

export interface ControlRouteOptions {
  sim: Simulator;
  /** When set, control calls need `Authorization: Bearer <controlToken>`. */
  controlToken?: string;
}

function controlSolveJson(solve: SimSolve) {
  return { ...solveJson(solve), visible_at_unix: solve.visibleAtUnix };
}

function readProgress(input: ControlInput): SimFlashProgress {
  return {
    challengesSolved: input.int('challengesSolved', 0) ?? 0,
    score: input.int('score', 0) ?? 0,
    rank: input.nullableInt('rank', 1) ?? null,
  };
}

/** Replaces every behaviour switch; omitted ones go back to their default. */
function readBehaviour(input: ControlInput): SimBehaviour {
  const visibility = input.string('flashCtfVisibility') ?? DEFAULT_BEHAVIOUR.flashCtfVisibility;
  if (visibility !== 'all' && visibility !== 'participants') {
    throw new VendorError(400, 'body.flashCtfVisibility must be all or participants');
  }
  return { flashCtfVisibility: visibility };
}

function readFaults(input: ControlInput): FaultSettings {
  const errorStatus = input.int('errorStatus');
  if (errorStatus !== undefined && ![500, 502, 503, 504].includes(errorStatus)) {
    throw new VendorError(400, 'body.errorStatus must be 500, 502, 503 or 504');
  }
  const rateLimit = input.object('rateLimit');
  return {
    latencyMs: input.number('latencyMs', 0),
    jitterMs: input.number('jitterMs', 0),
    errorRate: input.number('errorRate', 0, 1),
    errorStatus: errorStatus as FaultSettings['errorStatus'],
    failNext: input.int('failNext', 0),
    timeoutRate: input.number('timeoutRate', 0, 1),
    hangNext: input.int('hangNext', 0),
    hangMs: input.number('hangMs', 0),
    rateLimit: rateLimit && {
      requestsPerSecond: rateLimit.int('requestsPerSecond', 1) ?? 1,
      retryAfterSeconds: rateLimit.int('retryAfterSeconds', 0),
    },
    outageSeconds: input.number('outageSeconds', 0),
    paths: input.stringArray('paths'),
  };
}

/** The `/_sim` control API: test and demo hooks, never part of the vendor contract. */
export async function controlRoutes(app: FastifyInstance, { sim, controlToken }: ControlRouteOptions): Promise<void> {
  if (controlToken) {
    app.addHook('onRequest', async (request, reply) => {
      if (request.headers.authorization !== `Bearer ${controlToken}`) {
        return reply.code(401).send({ detail: 'Control token required' });
      }
    });
  }

  const body = (request: FastifyRequest) => ControlInput.of(request.body);
  const param = (request: FastifyRequest, name: string) => (request.params as Record<string, string>)[name];
  const clockJson = () => ({ nowUnix: sim.clock.nowUnix(), offsetSeconds: sim.clock.offsetSeconds() });
  const stateJson = () => ({ ...clockJson(), dataset: sim.datasetOptions(), ...sim.state.summary() });

  app.get('/state', async () => stateJson());

  app.post('/reset', async (request) => {
    const input = body(request);
    sim.reset({
      empty: input.boolean('empty'),
      seed: input.int('seed'),
      users: input.int('users', 0, 1_000_000),
      solvesPerUser: input.intRange('solvesPerUser'),
      historyDays: input.number('historyDays', 0),
      flashMonths: input.int('flashMonths', 0, 120),
      anchorUnix: input.int('anchorUnix', 0),
    });
    return stateJson();
  });

  app.get('/clock', async () => clockJson());
  app.post('/clock/advance', async (request) => {
    const seconds = body(request).number('seconds');
    if (seconds === undefined) throw new VendorError(400, 'body.seconds is required');
    sim.clock.advance(seconds);
    return clockJson();
  });
  app.post('/clock/set', async (request) => {
    const unix = body(request).int('unix', 0);
    if (unix === undefined) throw new VendorError(400, 'body.unix is required');
    sim.clock.set(unix);
    return clockJson();
  });

  app.get('/users/:synedUserId', async (request) => {
    const user = sim.state.requireUser(param(request, 'synedUserId'));
    return userJson(user, sim.state.teamIdOf(user.synedUserId));
  });

  app.delete('/users/:synedUserId', async (request) => {
    sim.state.deleteUser(param(request, 'synedUserId'));
    return { deleted: true };
  });

  app.get('/users/:synedUserId/flash-ctfs', async (request) => sim.flashProgressJson(param(request, 'synedUserId')));

  app.get('/users/:synedUserId/solves', async (request) => ({
    solves: sim.state.allSolves(param(request, 'synedUserId')).map(controlSolveJson),
  }));

  app.post('/users/:synedUserId/solves', async (request, reply) => {
    const input = body(request);
    const now = sim.clock.nowUnix();
    const specs = input.objects('solves') ?? Array.from({ length: input.int('count', 1, 403) ?? 1 }, () => ControlInput.of({}));
    const toNewSolve = (spec: ControlInput): NewSolve => {
      const timestampUnix = spec.int('timestampUnix', 0) ?? now;
      const visibleAfter = spec.int('visibleAfterSeconds', 0);
      return {
        challengeId: spec.int('challengeId'),
        timestampUnix,
        visibleAtUnix: spec.int('visibleAtUnix', 0) ?? timestampUnix + (visibleAfter ?? 0),
      };
    };
    const synedUserId = param(request, 'synedUserId');
    const solves = specs.map((spec) => sim.state.addSolve(synedUserId, toNewSolve(spec)));
    return reply.code(201).send({ solves: solves.map(controlSolveJson) });
  });

  app.post('/activity', async (request, reply) => {
    const input = body(request);
    const fraction = input.number('userFraction', 0, 1) ?? 0.1;
    const perUser = input.int('solvesPerUser', 1, 403) ?? 1;
    const visibleAfter = input.int('visibleAfterSeconds', 0) ?? 0;
    const result = sim.state.addActivity(fraction, perUser, sim.clock.nowUnix(), visibleAfter);
    return reply.code(201).send(result);
  });

  app.post('/flash-ctfs', async (request, reply) => {
    const input = body(request);
    const now = sim.clock.nowUnix();
    const event = sim.state.addFlashEvent({
      ...(input.has('eventId') ? { eventId: input.nullableString('eventId') } : {}),
      name: input.string('name') ?? `Flash CTF ${new Date(now * 1000).toISOString().slice(0, 10)}`,
      description: input.nullableString('description') ?? null,
      startedAtUnix: input.int('startedAtUnix', 0) ?? now,
      endedAtUnix: input.nullableInt('endedAtUnix', 0) ?? null,
    });
    for (const entry of input.objects('progress') ?? []) {
      sim.state.setFlashProgress(event.key, entry.requiredString('synedUserId'), readProgress(entry));
    }
    return reply.code(201).send({ key: event.key, event: flashEventJson(event, { challengesSolved: 0, score: 0, rank: null }) });
  });

  app.post('/flash-ctfs/:key/progress', async (request) => {
    const input = body(request);
    sim.state.setFlashProgress(Number(param(request, 'key')), input.requiredString('synedUserId'), readProgress(input));
    return { ok: true };
  });

  app.get('/teams/:synedTeamId', async (request) => {
    const { team, members } = sim.state.roster(param(request, 'synedTeamId'));
    return {
      team: teamJson(team),
      members: members.map((m) => assignmentJson(m.synedUserId, m.metactfUserId, m.assignment.synedTeamId, m.assignment.assignedAtUnix)),
    };
  });

  app.get('/behaviour', async () => sim.behaviour);
  app.put('/behaviour', async (request) => {
    sim.behaviour = readBehaviour(body(request));
    return sim.behaviour;
  });

  app.get('/faults', async () => sim.faults.current());
  app.put('/faults', async (request) => {
    sim.faults.set(readFaults(body(request)));
    return sim.faults.current();
  });
  app.delete('/faults', async () => {
    sim.faults.clear();
    return sim.faults.current();
  });

  app.get('/counters', async () => sim.counters.snapshot());
  app.delete('/counters', async () => {
    sim.counters.reset();
    return sim.counters.snapshot();
  });
}
