/** Settings `npm run dev` uses when neither the environment nor .env gives them. Development only. */
export const DEV_DEFAULTS: Record<string, string> = {
  NODE_ENV: 'development',
  LOG_PRETTY: 'true',
  DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/game_platform_sync',
  REDIS_URL: 'redis://127.0.0.1:6379',
  // Development only: lets `npm run token` mint tokens the local API accepts.
  JWT_SECRET: 'development-only-secret-change-me-0123456789',
  GAME_PLATFORM_INTEGRATION_ENABLED: 'true',
  INTERNAL_SYNC_SECRET: 'development-internal-sync-secret',
};
