import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { startProblems } from './app-start-env';

const ROOT = join(__dirname, '../..');

type Service = {
  build?: { context: string; args: Record<string, string> };
  image: string;
  command?: string[];
  environment?: Record<string, string>;
  ports?: string[];
  volumes?: string[];
  healthcheck?: { test?: string[]; disable?: boolean };
  depends_on?: Record<string, { condition: string }>;
  restart?: string;
  stop_grace_period?: string;
};

/** docker-compose's `${VAR}` / `${VAR:-default}` interpolation of every string value, against `env`. */
function interpolate(node: unknown, env: Record<string, string>): unknown {
  if (typeof node === 'string') return node.replace(/\$\{(\w+)(?::-([^}]*))?\}/g, (_, name: string, fallback = '') => env[name] || fallback);
  if (Array.isArray(node)) return node.map((item) => interpolate(item, env));
  if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, interpolate(value, env)]));
  return node;
}

function loadCompose(env: Record<string, string> = {}): Record<string, Service> {
  return (interpolate(parse(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8'), { merge: true }), env) as { services: Record<string, Service> }).services;
}

// Wiring between the containers, fixed in the compose file (a docker-compose.override.yml changes them).
const WIRED = ['NODE_ENV', 'PORT', 'WORKER_HEALTH_PORT', 'DATABASE_URL', 'REDIS_URL'];
// Development-only (prisma migrate dev) or the simulator's own listening address.
const NOT_FOR_APPS = ['SHADOW_DATABASE_URL', 'GP_SIM_PORT', 'GP_SIM_HOST'];

describe('docker-compose.yml', () => {
  const services = loadCompose();
  const exampleVariables = [...readFileSync(join(ROOT, '.env.example'), 'utf8').matchAll(/^#? ?([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]);
  const raw = readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8');

  it('runs postgres, redis, a one-shot migrate, the api, the worker and the vendor simulator', () => {
    expect(Object.keys(services).sort()).toEqual(['api', 'game-platform-sim', 'migrate', 'postgres', 'redis', 'worker']);
    expect(services.postgres.volumes).toEqual(['postgres-data:/var/lib/postgresql/data']);
    expect(services.redis.volumes).toEqual(['redis-data:/data']);
    expect(services.redis.command).toEqual(expect.arrayContaining(['--appendonly', 'yes']));
    for (const name of ['postgres', 'redis', 'game-platform-sim', 'api', 'worker']) expect(services[name].healthcheck?.test?.length).toBeGreaterThan(1);
  });

  it('migrates with Prisma 7 through the offline engine before the api and the worker start', () => {
    expect(services.migrate.command).toEqual(['node', 'scripts/prisma.js', 'migrate', 'deploy']);
    expect(services.migrate.restart).toBe('no');
    expect(services.migrate.depends_on?.postgres.condition).toBe('service_healthy');
    for (const app of ['api', 'worker']) {
      expect(services[app].depends_on).toEqual({ migrate: { condition: 'service_completed_successfully' }, redis: { condition: 'service_healthy' } });
      // node, its flags (the worker's heap cap), then the compiled entry point
      expect(services[app].command?.[0]).toBe('node');
      expect(services[app].command?.at(-1)).toBe(`dist/apps/${app}/src/main.js`);
    }
  });

  it('passes every variable of .env.example to the apps (the wiring ones are fixed) and the simulator', () => {
    const passable = (service: string) => Object.keys(services[service].environment ?? {}).filter((name) => raw.includes(`${name}: \${${name}:-`));
    const appVariables = exampleVariables.filter((name) => !name.startsWith('GP_SIM_') && !WIRED.includes(name) && !NOT_FOR_APPS.includes(name));
    for (const app of ['api', 'worker']) {
      expect(appVariables.filter((name) => !passable(app).includes(name))).toEqual([]);
      expect(Object.keys(services[app].environment ?? {})).toEqual(expect.arrayContaining(WIRED));
    }
    const simVariables = exampleVariables.filter((name) => name.startsWith('GP_SIM_') && !NOT_FOR_APPS.includes(name));
    expect(simVariables.filter((name) => !passable('game-platform-sim').includes(name))).toEqual([]);
  });

  it('out of the box the api and the worker start, the worker pointed at the simulator', () => {
    for (const app of ['api', 'worker'] as const) expect(startProblems(app, services[app].environment ?? {})).toEqual([]);
    expect(services.worker.environment?.GAME_PLATFORM_API_BASE_URL).toBe(`http://game-platform-sim:${services['game-platform-sim'].environment?.GP_SIM_PORT}`);
    expect(services.worker.environment?.GAME_PLATFORM_API_TOKEN).toBe('sim-token');
  });

  it('points at the real vendor when its URL and token are passed', () => {
    const vendor = loadCompose({ GAME_PLATFORM_API_BASE_URL: 'https://vendor.example.test/v1', GAME_PLATFORM_API_TOKEN: 'real-token' });
    expect(vendor.worker.environment).toMatchObject({ GAME_PLATFORM_API_BASE_URL: 'https://vendor.example.test/v1', GAME_PLATFORM_API_TOKEN: 'real-token' });
  });

  it('gives the apps longer than SHUTDOWN_GRACE_MS to stop, and publishes only on loopback ports from the environment', () => {
    const grace = Number(services.api.environment?.SHUTDOWN_GRACE_MS || 25_000);
    for (const app of ['api', 'worker']) expect(Number.parseInt(services[app].stop_grace_period ?? '0', 10) * 1000).toBeGreaterThan(grace);
    expect(loadCompose({ COMPOSE_API_PORT: '18080' }).api.ports).toEqual(['127.0.0.1:18080:3000']);
    for (const name of ['postgres', 'redis', 'migrate', 'worker']) expect(services[name].ports).toBeUndefined();
  });

  it('builds every app service from one image whose base is a build argument', () => {
    for (const name of ['migrate', 'game-platform-sim', 'api', 'worker']) {
      expect(services[name].build).toEqual({ context: '.', args: { NODE_IMAGE: 'node:20-bookworm-slim' } });
      expect(services[name].image).toBe('game-platform-sync:local');
    }
    expect(loadCompose({ POSTGRES_IMAGE: 'mirror/pg:15', REDIS_IMAGE: 'mirror/redis:7' })).toMatchObject({
      postgres: { image: 'mirror/pg:15' },
      redis: { image: 'mirror/redis:7' },
    });
  });
});

describe('Dockerfile', () => {
  const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
  const runtime = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));

  it('is multi-stage from a Node 20 base image given as a build argument', () => {
    expect(dockerfile).toMatch(/^ARG NODE_IMAGE=node:20[\w.-]*$/m);
    expect(dockerfile.match(/^FROM \$\{NODE_IMAGE\} AS base$/gm)).toHaveLength(1);
    expect(dockerfile.match(/^FROM /gm)?.length).toBeGreaterThanOrEqual(3);
  });

  it('ships production dependencies only, runs as a non-root user under an init, with a HEALTHCHECK', () => {
    expect(dockerfile).toMatch(/npm prune --omit=dev/);
    expect(runtime).toMatch(/COPY --from=production-deps \/app\/node_modules/);
    expect(runtime).not.toMatch(/COPY --from=build \/app\/node_modules/);
    expect(runtime).toMatch(/^USER (?!root|0\b)\S+$/m);
    expect(runtime).toMatch(/^ENTRYPOINT \["tini", "--"\]$/m);
    expect(runtime).toMatch(/^HEALTHCHECK .*CMD \["node", "deploy\/docker\/healthcheck\.js"\]$/m);
    expect(runtime).toMatch(/^CMD \["node", "dist\/apps\/api\/src\/main\.js"\]$/m);
    expect(runtime).toMatch(/COPY scripts\/prisma-offline/);
  });

  it('keeps the host installs and secrets out of the build context', () => {
    const ignored = readFileSync(join(ROOT, '.dockerignore'), 'utf8').split('\n');
    expect(ignored).toEqual(expect.arrayContaining(['node_modules', 'dist', '.env', '.env.*', '.git']));
  });
});
