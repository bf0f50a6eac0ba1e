import { ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';

/**
 * The worker app in a process of its own (worker-child.ts), resolved once it reports ready over IPC.
 * `env` is laid over the inherited environment; `stderr` says whether the child's errors reach ours.
 */
export function startWorkerProcess(env: NodeJS.ProcessEnv = {}, stderr: 'inherit' | 'ignore' = 'inherit'): Promise<ChildProcess> {
  const child = fork(join(__dirname, 'worker-child.ts'), [], {
    execArgv: ['-r', '@swc-node/register'],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', stderr, 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', () => resolve(child));
    child.once('exit', (code) => reject(new Error(`worker process exited with ${code}`)));
  });
}
