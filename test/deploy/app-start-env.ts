import { ConfigValidationError, loadEnv, RedisEnv } from '@app/common';
import { clientOptionsFromEnv, GamePlatformEnv } from '@app/game-platform';
import { envClasses } from '../support/env-classes';

export type App = 'api' | 'worker';

const APP_DIRS: Record<App, string[]> = { api: ['apps/api', 'libs'], worker: ['apps/worker', 'libs'] };

function problemsOf(check: () => unknown): string[] {
  try {
    check();
    return [];
  } catch (error) {
    if (error instanceof ConfigValidationError) return error.problems;
    throw error;
  }
}

/**
 * What would stop an app at start with exactly this environment: every env class it reads
 * (apps/<app> and libs), and for the worker the vendor settings it needs. [] when it starts.
 */
export function startProblems(app: App, env: Record<string, string | undefined>): string[] {
  const problems = envClasses(...APP_DIRS[app]).flatMap((envClass) => problemsOf(() => loadEnv(envClass, env)));
  if (app === 'worker') problems.push(...problemsOf(() => clientOptionsFromEnv(loadEnv(GamePlatformEnv, env), loadEnv(RedisEnv, env))));
  return problems;
}
