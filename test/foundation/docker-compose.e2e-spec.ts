import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

type Service = {
  build?: unknown;
  image?: string;
  command?: string[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
  restart?: string;
};

describe('docker-compose.yml', () => {
  const compose = parse(readFileSync(join(__dirname, '../../docker-compose.yml'), 'utf8')) as { services: Record<string, Service> };

  it('declares postgres, redis, a one-shot migrate, api and worker', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['api', 'migrate', 'postgres', 'redis', 'worker']);
  });

  it('keeps Redis data with AOF persistence', () => {
    expect(compose.services.redis.command).toEqual(expect.arrayContaining(['--appendonly', 'yes']));
  });

  it('runs migrations once before the apps start, and health-checks every long-running service', () => {
    expect(compose.services.migrate.command).toEqual(['npx', 'prisma', 'migrate', 'deploy']);
    expect(compose.services.migrate.restart).toBe('no');
    for (const app of ['api', 'worker']) {
      expect(compose.services[app].depends_on?.migrate.condition).toBe('service_completed_successfully');
    }
    for (const name of ['postgres', 'redis', 'api', 'worker']) {
      expect(compose.services[name].healthcheck?.test.length).toBeGreaterThan(0);
    }
  });

  it('builds the apps from the multi-stage Dockerfile', () => {
    const dockerfile = readFileSync(join(__dirname, '../../Dockerfile'), 'utf8');
    expect(dockerfile.match(/^FROM /gm)).toHaveLength(2);
    expect(compose.services.api.build).toBe('.');
  });
});
