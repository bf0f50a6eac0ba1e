import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import './fastify-config';
import type { Simulator } from './simulator';
import type { NewTeam, NewUser } from './state';
import { type Rules, validateBody, validateQuery } from './validation';
import { assignmentJson, odlScoresJson, teamJson, userJson } from './vendor-json';

export interface VendorRouteOptions {
  sim: Simulator;
  token: string;
  /** Timers of delayed or hanging calls, cleared when the server closes. */
  timers: Set<NodeJS.Timeout>;
}

const USER_CREATE: Rules = {
  first_name: { type: 'string', required: true, minLength: 1 },
  last_name: { type: 'string', required: true, minLength: 1 },
  email: { type: 'string', required: true, email: true },
  role: { type: 'string', required: true, enum: ['user', 'coach'] },
  syned_user_id: { type: 'string', required: true },
  syned_school_id: { type: 'string', nullable: true },
  syned_region_id: { type: 'string', nullable: true },
};
const TEAM_CREATE: Rules = {
  syned_team_id: { type: 'string', required: true },
  syned_coach_user_id: { type: 'string', required: true },
  name: { type: 'string', required: true, minLength: 1, maxLength: 100 },
  division: { type: 'string', required: true, enum: ['middle_school', 'high_school', 'college'] },
  affiliation: { type: 'string', required: true, maxLength: 200 },
};
const USER_REF: Rules = { syned_user_id: { type: 'string', required: true } };
const TEAM_REF: Rules = { syned_team_id: { type: 'string', required: true } };
const ASSIGN: Rules = {
  syned_user_id: { type: 'string', required: true },
  syned_team_id: { type: 'string', required: true, nullable: true },
};
const OPTIONAL_TEAM_REF: Rules = { syned_team_id: { type: 'string' } };
const ODL_QUERY: Rules = {
  syned_user_id: { type: 'string', required: true },
  after_time_unix: { type: 'integer' },
};

const STATUS_TEXT: Record<number, string> = { 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout' };

function routeKey(request: FastifyRequest): string {
  return `${request.method} ${request.routeOptions.config.contractPath}`;
}

/** Every path of the vendor contract, with its auth, faults and FastAPI-style errors. */
export async function vendorRoutes(app: FastifyInstance, { sim, token, timers }: VendorRouteOptions): Promise<void> {
  const expectedAuthorization = `Bearer ${token}`;
  const delay = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const decision = sim.faults.decide(request.routeOptions.config.contractPath ?? '');
    switch (decision.kind) {
      case 'outage':
        return reply.code(503).header('retry-after', String(decision.retryAfterSeconds)).send({ detail: 'Service Unavailable' });
      case 'rate_limited':
        return reply.code(429).header('retry-after', String(decision.retryAfterSeconds)).send({ detail: 'Too Many Requests' });
      case 'hang': {
        sim.counters.record(routeKey(request), 'timeout');
        reply.hijack();
        const timer = setTimeout(() => {
          timers.delete(timer);
          request.raw.socket?.destroy();
        }, decision.hangMs);
        timers.add(timer);
        return reply;
      }
      case 'error':
        if (decision.delayMs > 0) await delay(decision.delayMs);
        if (decision.status === 500) return reply.code(500).type('text/plain').send('Internal Server Error');
        return reply.code(decision.status).send({ detail: STATUS_TEXT[decision.status] ?? 'Server Error' });
      case 'pass':
        if (decision.delayMs > 0) await delay(decision.delayMs);
    }
    const authorization = request.headers.authorization;
    if (authorization !== expectedAuthorization) {
      return reply
        .code(401)
        .header('www-authenticate', 'Bearer')
        .send({ detail: authorization ? 'Invalid authentication credentials' : 'Not authenticated' });
    }
  });

  const route = (method: 'GET' | 'POST', path: string, handler: (request: FastifyRequest) => [number, unknown]) =>
    app.route({
      method,
      url: path,
      config: { contractPath: path },
      handler: (request, reply) => {
        const [status, body] = handler(request);
        return reply.code(status).send(body);
      },
    });

  route('GET', '/', () => [200, { status: 'ok' }]);

  route('GET', '/users', (request) => {
    const { syned_user_id } = validateQuery<{ syned_user_id: string }>(request.query, USER_REF);
    const user = sim.state.requireUser(syned_user_id);
    return [200, userJson(user, sim.state.teamIdOf(user.synedUserId))];
  });

  route('POST', '/users', (request) => {
    const body = validateBody<Record<string, string | null | undefined>>(request.body, USER_CREATE);
    const input: NewUser = {
      synedUserId: body.syned_user_id as string,
      firstName: body.first_name as string,
      lastName: body.last_name as string,
      email: body.email as string,
      role: body.role as NewUser['role'],
      synedSchoolId: body.syned_school_id,
      synedRegionId: body.syned_region_id,
    };
    return [201, userJson(sim.state.createUser(input), null)];
  });

  route('POST', '/auth/send_password_reset_email', (request) => {
    const body = validateBody<{ syned_user_id: string }>(request.body, USER_REF);
    sim.state.requireUser(body.syned_user_id);
    return [200, { status: 'sent' }];
  });

  route('POST', '/teams', (request) => {
    const body = validateBody<Record<string, string>>(request.body, TEAM_CREATE);
    const input: NewTeam = {
      synedTeamId: body.syned_team_id,
      synedCoachUserId: body.syned_coach_user_id,
      name: body.name,
      division: body.division as NewTeam['division'],
      affiliation: body.affiliation,
    };
    return [201, teamJson(sim.state.createTeam(input))];
  });

  route('POST', '/teams/delete', (request) => {
    const body = validateBody<{ syned_team_id: string }>(request.body, TEAM_REF);
    sim.state.deleteTeam(body.syned_team_id);
    return [200, { status: 'deleted' }];
  });

  route('POST', '/users/assign_team', (request) => {
    const body = validateBody<{ syned_user_id: string; syned_team_id: string | null }>(request.body, ASSIGN);
    const now = sim.clock.nowUnix();
    const user = sim.state.assign(body.syned_user_id, body.syned_team_id, now);
    return [200, assignmentJson(user.synedUserId, user.metactfUserId, body.syned_team_id, now)];
  });

  route('GET', '/users/get_team_assignments', (request) => {
    const { syned_team_id } = validateQuery<{ syned_team_id?: string }>(request.query, OPTIONAL_TEAM_REF);
    const assignments = sim.state
      .teamAssignments(syned_team_id)
      .map((a) => assignmentJson(a.synedUserId, a.metactfUserId, a.assignment.synedTeamId, a.assignment.assignedAtUnix));
    return [201, { assignments, total_count: assignments.length }];
  });

  route('GET', '/scores/get_odl_scores', (request) => {
    const query = validateQuery<{ syned_user_id: string; after_time_unix?: number }>(request.query, ODL_QUERY);
    const user = sim.state.requireUser(query.syned_user_id);
    const now = sim.clock.nowUnix();
    return [201, odlScoresJson(user, sim.state.visibleSolves(user.synedUserId, now, query.after_time_unix), now)];
  });

  route('GET', '/scores/get_flash_ctf_progress', (request) => {
    const { syned_user_id } = validateQuery<{ syned_user_id: string }>(request.query, USER_REF);
    return [200, sim.flashProgressJson(syned_user_id)];
  });
}
