import { HttpException } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { dependencyUnavailable, RedisClient } from '@app/common';
import { JobQueueService, QueueName } from '@app/jobs';
import { AuditService } from '../../audit/audit.service';
import { AuthenticatedUser } from '../../auth';
import { AdminSessionService, BULL_BOARD_PATH } from './admin-session.service';
import { loginPage } from './login-page';
import { CROSS_SITE_MESSAGE, originCheck } from './same-origin';

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Bull Board at /admin/queues for every queue, inside its own Fastify scope whose hook admits only
 * admins (bearer JWT or session cookie): 401 without credentials (browsers get the sign-in form),
 * 403 for non-admins. Its retry/clean/pause call the same BullMQ operations as the admin REST API,
 * and every mutating call is audited. A mutating call authenticated by the session cookie must come
 * from the board's own origin (the Origin check that keeps other sites from riding the cookie), and
 * a Redis that is down gives 503, not a hang.
 */
export async function mountBullBoard(app: NestFastifyApplication): Promise<void> {
  const jobs = app.get(JobQueueService);
  const sessions = app.get(AdminSessionService);
  const audit = app.get(AuditService);
  const redis = app.get(RedisClient, { strict: false });
  const serverAdapter = new FastifyAdapter();
  createBullBoard({
    queues: Object.values(QueueName).map((name) => new BullMQAdapter(jobs.queue(name))),
    serverAdapter,
    options: { uiConfig: { boardTitle: 'game-platform-sync' } },
  });
  serverAdapter.setBasePath(BULL_BOARD_PATH);
  const actors = new WeakMap<FastifyRequest, AuthenticatedUser>();

  await app.register(async (scope: FastifyInstance) => {
    scope.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
      // The board is all Redis: while it is disconnected, say so at once instead of letting the board fail.
      if (redis.status !== 'ready') {
        await deny(request, reply, 503, dependencyUnavailable('redis', 'disconnected').message);
        return;
      }
      try {
        const user = await sessions.adminFromRequest(request.headers);
        const byCookie = !request.headers.authorization;
        if (user && byCookie && MUTATING.has(request.method) && originCheck(request) !== 'same') {
          await deny(request, reply, 403, CROSS_SITE_MESSAGE);
          return;
        }
        if (user) {
          actors.set(request, user);
          return;
        }
        await deny(request, reply, 401, 'Sign in with an admin token to open the queue dashboard.');
      } catch (error) {
        if (!(error instanceof HttpException)) throw error;
        await deny(request, reply, error.getStatus(), error.message);
      }
    });
    scope.addHook('onResponse', async (request: FastifyRequest, reply: FastifyReply) => {
      const actor = actors.get(request);
      if (!actor || !MUTATING.has(request.method) || reply.statusCode >= 400) return;
      await audit.record(actor, {
        action: `admin.bull_board.${request.method.toLowerCase()}`,
        targetType: 'bull_board',
        targetId: request.url.split('?')[0],
      });
    });
    await scope.register(serverAdapter.registerPlugin() as never, { prefix: BULL_BOARD_PATH });
  });
}

async function deny(request: FastifyRequest, reply: FastifyReply, status: number, message: string): Promise<void> {
  if (status === 401 && request.method === 'GET' && request.headers.accept?.includes('text/html')) {
    await reply.status(401).header('content-type', 'text/html; charset=utf-8').send(loginPage(message));
    return;
  }
  await reply.status(status).send({ statusCode: status, message });
}
