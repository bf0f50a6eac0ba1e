import 'reflect-metadata';
import { ConfigType } from '@nestjs/config';
import { ConfigValidationError, exitAfterShutdownGrace, loadDotEnv } from '@app/common';
import { createWorkerApp } from './bootstrap';
import { workerConfig } from './worker.config';

async function main() {
  loadDotEnv();
  const app = await createWorkerApp();
  const { WORKER_HEALTH_PORT } = app.get<ConfigType<typeof workerConfig>>(workerConfig.KEY);
  exitAfterShutdownGrace();
  await app.listen({ port: WORKER_HEALTH_PORT, host: '0.0.0.0' });
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigValidationError ? error.message : error);
  process.exit(1);
});
