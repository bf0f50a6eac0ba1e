import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ConfigValidationError, loadEnv } from '@app/common';
import { ApiEnv } from '../../apps/api/src/api.config';

const ROOT = join(__dirname, '../..');

/** Starts a real app process, which must stop by itself: that is the point of failing fast. */
function startApp(entry: string, env: Record<string, string>) {
  return spawnSync(process.execPath, ['-r', '@swc-node/register', entry], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'silent', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('configuration validation', () => {
  it('applies defaults and converts numbers', () => {
    expect(loadEnv(ApiEnv, {}).PORT).toBe(3000);
    expect(loadEnv(ApiEnv, { PORT: '8080' }).PORT).toBe(8080);
  });

  it('names the bad variable', () => {
    expect(() => loadEnv(ApiEnv, { PORT: 'eighty' })).toThrow(ConfigValidationError);
    expect(() => loadEnv(ApiEnv, { PORT: '70000' })).toThrow(/PORT/);
  });

  it('stops the API process at start-up with a message naming the variable', () => {
    const result = startApp('apps/api/src/main.ts', { REDIS_URL: 'not-a-url' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('REDIS_URL must be a redis:// or rediss:// URL');
  });

  it('stops the worker process when the vendor is not configured', () => {
    const result = startApp('apps/worker/src/main.ts', { GAME_PLATFORM_API_BASE_URL: '', GAME_PLATFORM_API_TOKEN: '' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('GAME_PLATFORM_API_BASE_URL must be set');
  });
});
