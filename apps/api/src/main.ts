import 'reflect-metadata';
import { ConfigType } from '@nestjs/config';
import { ConfigValidationError, exitAfterShutdownGrace, loadDotEnv } from '@app/common';
import { apiConfig } from './api.config';
import { createApiApp } from './bootstrap';

async function main() {
  loadDotEnv();
  const app = await createApiApp();
  const { PORT } = app.get<ConfigType<typeof apiConfig>>(apiConfig.KEY);
  exitAfterShutdownGrace();
  await app.listen({ port: PORT, host: '0.0.0.0' });
}

main().catch((error: unknown) => {
  // Configuration errors name the variable; print them plainly, without a stack.
  console.error(error instanceof ConfigValidationError ? error.message : error);
  process.exit(1);
});
