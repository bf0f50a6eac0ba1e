import helmet from 'helmet';
import { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { loadEnv } from '@app/common';
import { HttpSecurityEnv } from './http-security.config';

/**
 * Security headers on every answer, with a Content-Security-Policy the two browser UIs work under:
 * Swagger UI (/docs) and Bull Board (/admin/queues) load only their own scripts, and use inline
 * styles and data: images. Cross-origin browser calls only from CORS_ALLOWED_ORIGINS.
 */
export function secureHttp(app: NestFastifyApplication): void {
  const { CORS_ALLOWED_ORIGINS } = loadEnv(HttpSecurityEnv);
  const headers = securityHeaders();
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (_request, reply, done) => {
      reply.headers(headers);
      done();
    });
  app.enableCors({
    origin: CORS_ALLOWED_ORIGINS.length > 0 ? CORS_ALLOWED_ORIGINS : false,
    exposedHeaders: ['x-request-id', 'Retry-After'],
  });
}

/**
 * helmet's headers for these options, computed once: they are the same for every answer, and
 * building helmet's middleware for each request (as its Fastify plugin does) parsed the CSP
 * directives anew every time.
 */
function securityHeaders(): OutgoingHttpHeaders {
  const response = new ServerResponse(new IncomingMessage(new Socket()));
  const setHeaders = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // Not helmet's no-referrer: under it a browser sends `Origin: null` with a same-site form post,
    // and the Bull Board sign-in checks Origin to refuse cross-site posts.
    referrerPolicy: { policy: 'same-origin' },
  });
  // helmet throws on a bad option itself: `next` has nothing to do.
  setHeaders(response.req, response, () => undefined);
  return response.getHeaders();
}
