import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createHttpApp, HttpAppOptions } from '@app/common';
import { mountBullBoard } from './admin/bull-board/mount-bull-board';
import { AppModule } from './app.module';
import { mountSwagger } from './docs/swagger';
import { authenticateOnArrival } from './auth/bearer-authentication';
import { secureHttp } from './http/http-security';
import { prismaProblem } from './http/prisma-errors';
import { limitRequestRate } from './rate-limit/request-rate-limit';

/** The API application, configured but not listening: main.ts listens, tests inject requests. */
export async function createApiApp(options: Partial<HttpAppOptions> = {}): Promise<NestFastifyApplication> {
  const app = await createHttpApp(AppModule, { name: 'api', errorTranslators: [prismaProblem], ...options });
  secureHttp(app);
  authenticateOnArrival(app);
  limitRequestRate(app);
  // CSV uploads (POST /admin/import/:kind) arrive as plain text.
  app
    .getHttpAdapter()
    .getInstance()
    .addContentTypeParser('text/csv', { parseAs: 'string' }, (_request, body, done) => done(null, body));
  mountSwagger(app);
  await mountBullBoard(app);
  return app;
}
