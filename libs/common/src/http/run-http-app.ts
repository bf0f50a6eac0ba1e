import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { loadDotEnv } from '../config/dot-env';
import { ConfigValidationError } from '../config/validated-config';
import { exitAfterShutdownGrace } from './create-http-app';

/**
 * The body of an app's main.ts: read .env, build the app, listen, and exit after SIGTERM's grace
 * period at the latest. A start-up failure exits 1; a configuration error prints just its message.
 */
export function runHttpApp(create: () => Promise<NestFastifyApplication>, portOf: (app: NestFastifyApplication) => number): void {
  const start = async () => {
    loadDotEnv();
    const app = await create();
    exitAfterShutdownGrace();
    await app.listen({ port: portOf(app), host: '0.0.0.0' });
  };
  start().catch((error: unknown) => {
    console.error(error instanceof ConfigValidationError ? error.message : error);
    process.exit(1);
  });
}
