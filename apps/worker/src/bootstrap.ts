import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createHttpApp, HttpAppOptions } from '@app/common';
import { WorkerModule } from './worker.module';

/** The worker: BullMQ processors plus a small HTTP server for probes. Not listening until main.ts says so. */
export function createWorkerApp(options: Partial<HttpAppOptions> = {}): Promise<NestFastifyApplication> {
  return createHttpApp(WorkerModule, { name: 'worker', ...options });
}
