import { existsSync } from 'node:fs';

/** Reads ./.env into process.env (variables already set win), for entry points run by hand. */
export function loadDotEnv(path = '.env'): void {
  if (existsSync(path)) process.loadEnvFile(path);
}
