import { ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';

/** The worker app in a process of its own (worker-child.ts), resolved once it reports ready over IPC. */
export function startWorkerProcess(): Promise<ChildProcess> {
  const child = fork(join(__dirname, 'worker-child.ts'), [], {
    execArgv: ['-r', '@swc-node/register'],
    env: { ...process.env },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', () => resolve(child));
    child.once('exit', (code) => reject(new Error(`worker process exited with ${code}`)));
  });
}
