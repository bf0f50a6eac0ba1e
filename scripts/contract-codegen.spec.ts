import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');

describe("the vendor contract's generated files", () => {
  // A child process: openapi-typescript's dependencies are ES modules that jest's loader cannot require.
  it('are up to date with openapi.yaml (run `npm run contract:generate` after changing it)', () => {
    const result = spawnSync(process.execPath, ['-r', '@swc-node/register', 'scripts/generate-contract.ts', '--check'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
