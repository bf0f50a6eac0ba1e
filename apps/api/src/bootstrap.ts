import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createHttpApp, HttpAppOptions } from '@app/common';
import { mountBullBoard } from './admin/bull-board/mount-bull-board';
import { AppModule } from './app.module';
import { mountSwagger } from './docs/swagger';
import { PrismaExceptionFilter } from './http/prisma-exception.filter';

/** The API application, configured but not listening: main.ts listens, tests inject requests. */
export async function createApiApp(options: Partial<HttpAppOptions> = {}): Promise<NestFastifyApplication> {
  const app = await createHttpApp(AppModule, { name: 'api', ...options });
  app.useGlobalFilters(new PrismaExceptionFilter());
  // CSV uploads (POST /admin/import/:kind) arrive as plain text.
  app.getHttpAdapter().getInstance().addContentTypeParser('text/csv', { parseAs: 'string' }, (_request, body, done) => done(null, body));
  mountSwagger(app);
  await mountBullBoard(app);
  return app;
}
