import 'reflect-metadata';
import pino from 'pino';
import { ConfigValidationError, loadEnv } from '@app/common';
import { SimEnv } from './sim-env';
import { startSimulator } from './server';

async function main(): Promise<void> {
  const logger = pino({ name: 'game-platform-sim' });
  const env = loadEnv(SimEnv);
  const sim = await startSimulator({
    port: env.GP_SIM_PORT,
    host: env.GP_SIM_HOST,
    token: env.GP_SIM_TOKEN,
    controlToken: env.GP_SIM_CONTROL_TOKEN,
    basePath: env.GP_SIM_BASE_PATH,
    seed: env.GP_SIM_SEED,
    users: env.GP_SIM_USERS,
  });
  const summary = sim.simulator.state.summary();
  logger.info(
    { url: sim.url, token: sim.token, controlUrl: sim.controlUrl, seed: env.GP_SIM_SEED, ...summary },
    `game-platform simulator listening on ${sim.url} (token "${sim.token}", control API ${sim.controlUrl})`,
  );
  const stop = (signal: string) => {
    logger.info({ signal }, 'game-platform simulator stopping');
    void sim.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigValidationError ? error.message : error);
  process.exit(1);
});
