import { Logger, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { FastifyReply, FastifyRequest } from 'fastify';
import { CorrelationScope } from '../context/correlation-scope';
import { loadEnv } from '../config/validated-config';
import { createLogger } from '../logging/create-logger';
import { LoggingEnv } from '../logging/logging.config';
import { PinoLoggerService } from '../logging/pino-logger.service';
import { LifecycleEnv } from '../lifecycle/lifecycle.config';
import { ClosingAwareFastifyAdapter } from './closing-aware.adapter';
import { refuseUnsafeInput } from './input/request-input';
import { ErrorTranslator, ProblemDetailsFilter } from './problems/problem-details.filter';
import { RequestValidationPipe } from './problems/request-validation.pipe';
import { DependencyEnv, requestDeadlineMs } from '../fail-fast/dependency.config';
import { FailFastInterceptor } from '../fail-fast/fail-fast.interceptor';
import { RedisClient } from '../redis/redis.module';
import { REQUEST_ID_HEADER, requestIdOf } from './request-id';

export interface HttpAppOptions {
  /** Name in every log line: "api" or "worker". */
  name: string;
  /** Where logs go; stdout when omitted (tests pass a stream to capture them). */
  logDestination?: NodeJS.WritableStream;
  /** Application errors the app knows how to answer (e.g. database constraints), tried before the defaults. */
  errorTranslators?: ErrorTranslator[];
}

/**
 * A Nest application on Fastify with JSON logs, request ids (taken from x-request-id or generated,
 * echoed back, present in every log line of the request), validation that answers 400 with
 * field messages, unsafe input refused, every error answered as problem+json, and 503 instead of a
 * hang when Redis or PostgreSQL is down. Shared by the API and the worker's health server.
 */
export async function createHttpApp(module: Type<unknown>, options: HttpAppOptions): Promise<NestFastifyApplication> {
  const logging = loadEnv(LoggingEnv);
  const pino = createLogger({ name: options.name, level: logging.LOG_LEVEL, pretty: logging.LOG_PRETTY }, options.logDestination);
  const problems = new ProblemDetailsFilter(options.errorTranslators);
  const adapter = new ClosingAwareFastifyAdapter({
    // The router's own refusals (malformed URL 400, over-long parameter 414) come before any hook.
    frameworkErrors: (error: Error, request: FastifyRequest, reply: FastifyReply) => problems.answer(error, request, reply),
    loggerInstance: pino,
    genReqId: requestIdOf,
    forceCloseConnections: 'idle',
    return503OnClosing: false,
  });
  const instance = adapter.getInstance();
  instance.addHook('onRequest', (request, reply, done) => {
    reply.header(REQUEST_ID_HEADER, request.id);
    CorrelationScope.run({ requestId: request.id }, done);
  });
  adapter.refuseRequestsWhileClosing();

  const app = await NestFactory.create<NestFastifyApplication>(module, adapter, {
    logger: new PinoLoggerService(pino),
    bufferLogs: false,
    abortOnError: false,
  });
  app.useGlobalPipes(new RequestValidationPipe());
  app.useGlobalFilters(problems);
  refuseUnsafeInput(app);
  const redis = app.get(RedisClient, { strict: false });
  app.useGlobalInterceptors(
    new FailFastInterceptor(requestDeadlineMs(loadEnv(DependencyEnv).DEPENDENCY_TIMEOUT_MS), {
      unreachable: () => (redis.status === 'ready' ? null : 'redis'),
    }),
  );
  app.enableShutdownHooks();
  return app;
}

/**
 * For main.ts only: on SIGTERM/SIGINT Nest closes the app (stops accepting, lets jobs finish); if
 * something refuses to close within SHUTDOWN_GRACE_MS the process exits anyway.
 */
export function exitAfterShutdownGrace(): void {
  const { SHUTDOWN_GRACE_MS } = loadEnv(LifecycleEnv);
  const arm = (signal: string) => {
    setTimeout(() => {
      new Logger('Shutdown').warn(`Shutdown grace of ${SHUTDOWN_GRACE_MS} ms exceeded after ${signal}; exiting.`);
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
  };
  process.once('SIGTERM', () => arm('SIGTERM'));
  process.once('SIGINT', () => arm('SIGINT'));
}
