/*
 * A worker process for the multi-process sync tests: boots the real worker app (BullMQ processors
 * included) from the inherited environment; on {run: jobId} it also runs one sync directly.
 */
import 'reflect-metadata';
import { IncrementalSyncService } from '@app/game-platform';
import { createWorkerApp } from '../../apps/worker/src/bootstrap';

async function main() {
  const app = await createWorkerApp();
  await app.init();
  process.on('message', (message: { run?: string; stop?: boolean }) => {
    if (message.run) {
      void app
        .get(IncrementalSyncService)
        .run({}, message.run)
        .then((report) => process.send!({ report }));
    }
    if (message.stop) void app.close().then(() => process.exit(0));
  });
  process.send!({ ready: true });
}

void main();
