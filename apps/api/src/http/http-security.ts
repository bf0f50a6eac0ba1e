import helmet from '@fastify/helmet';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { loadEnv } from '@app/common';
import { HttpSecurityEnv } from './http-security.config';

/**
 * Security headers on every answer, with a Content-Security-Policy the two browser UIs work under:
 * Swagger UI (/docs) and Bull Board (/admin/queues) load only their own scripts, and use inline
 * styles and data: images. Cross-origin browser calls only from CORS_ALLOWED_ORIGINS.
 */
export async function secureHttp(app: NestFastifyApplication): Promise<void> {
  const { CORS_ALLOWED_ORIGINS } = loadEnv(HttpSecurityEnv);
  await app.register(helmet, {
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
  app.enableCors({
    origin: CORS_ALLOWED_ORIGINS.length > 0 ? CORS_ALLOWED_ORIGINS : false,
    exposedHeaders: ['x-request-id', 'Retry-After'],
  });
}
