import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';
import { REQUEST_ID_HEADER } from '../request-id';
import { InvalidInputException } from './invalid-input.exception';
import { PROBLEM_CONTENT_TYPE, problemOf, ProblemInit } from './problem';

/** Turns an application error (e.g. a database constraint) into a problem, or leaves it (undefined). */
export type ErrorTranslator = (error: unknown) => ProblemInit | undefined;

const UNEXPECTED = 'Something went wrong on our side. Quote the requestId if you report it.';

// Fastify's own 4xx errors, reworded for people.
const FASTIFY_DETAILS: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'The request body is too large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'This content type is not accepted: send application/json',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'The Content-Length header does not match the body',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'The request body is empty but the content type says JSON',
};

/**
 * The one place errors become HTTP answers: every failure, whoever raised it (a guard, a pipe, a
 * service, Fastify's body parser or router, the database), leaves as an RFC 9457 problem+json
 * body. Anything unexpected is a 500 whose detail says nothing about the cause; the cause is logged.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpErrors');

  constructor(private readonly translators: ErrorTranslator[] = []) {}

  catch(error: unknown, host: ArgumentsHost): void {
    this.answer(error, host.switchToHttp().getRequest<FastifyRequest>(), host.switchToHttp().getResponse<FastifyReply>());
  }

  /** Also Fastify's error handler for what is registered outside Nest's exception layer. */
  answer(error: unknown, request: FastifyRequest, reply: FastifyReply): void {
    const problem = this.translate(error);
    if (problem.status >= 500 && problem.status !== HttpStatus.SERVICE_UNAVAILABLE) {
      this.logger.error({ msg: 'request failed', err: error, method: request.method, route: request.routeOptions?.url });
    }
    if (reply.sent) return;
    void reply
      .status(problem.status)
      .header('content-type', PROBLEM_CONTENT_TYPE)
      .header(REQUEST_ID_HEADER, request.id)
      .send(JSON.stringify(problemOf(problem, request)));
  }

  private translate(error: unknown): ProblemInit {
    for (const translate of this.translators) {
      const problem = translate(error);
      if (problem) return problem;
    }
    if (error instanceof InvalidInputException) return { status: HttpStatus.BAD_REQUEST, detail: error.message, errors: error.errors };
    if (error instanceof HttpException) return httpProblem(error);
    if (isClientFastifyError(error)) return { status: error.statusCode, detail: FASTIFY_DETAILS[error.code] ?? error.message };
    return { status: HttpStatus.INTERNAL_SERVER_ERROR, detail: UNEXPECTED };
  }
}

/** A 4xx of Fastify itself that did not pass through Nest's exception layer (which wraps it in an HttpException). */
function isClientFastifyError(error: unknown): error is { statusCode: number; code: string; message: string } {
  const { statusCode, code } = (error ?? {}) as { statusCode?: unknown; code?: unknown };
  return (
    error instanceof Error && typeof code === 'string' && code.startsWith('FST_') && typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500
  );
}

function httpProblem(error: HttpException): ProblemInit {
  const status = error.getStatus();
  if (status >= 500 && status !== HttpStatus.SERVICE_UNAVAILABLE) return { status, detail: UNEXPECTED };
  const code = (error.cause as { code?: string } | undefined)?.code;
  return { status, detail: (code && FASTIFY_DETAILS[code]) || detailOf(error) };
}

/** The sentence of an HttpException: its message, or the messages of a legacy `{ message: [...] }` body. */
function detailOf(error: HttpException): string {
  const response = error.getResponse();
  if (typeof response === 'string') return response;
  const { message, error: checks } = response as { message?: unknown; error?: unknown };
  if (Array.isArray(message)) return message.join('; ');
  if (typeof message === 'string') return message;
  return failedChecks(checks) ?? error.message;
}

/** A failed readiness check (@nestjs/terminus puts the failing indicators under `error`). */
function failedChecks(checks: unknown): string | undefined {
  if (typeof checks !== 'object' || checks === null || Object.keys(checks).length === 0) return undefined;
  const names = Object.entries(checks as Record<string, { message?: string }>).map(([name, check]) => (check.message ? `${name} (${check.message})` : name));
  return `Not ready: ${names.join(', ')} down`;
}
