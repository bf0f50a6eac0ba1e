/* The simulator of the sync benchmark, in a process of its own so it does not share the worker's CPU and memory. */
import { startSimulator } from '../apps/game-platform-sim/src';

void (async () => {
  const sim = await startSimulator({ users: Number(process.env.BENCH_COMPETITORS), seed: 2024, token: 'bench-token' });
  process.send!({ url: sim.url, controlUrl: sim.controlUrl, token: sim.token });
  process.on('disconnect', () => void sim.close().then(() => process.exit(0)));
})();
