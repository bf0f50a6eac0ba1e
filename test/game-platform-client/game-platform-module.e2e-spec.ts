import { ConfigModule } from '@nestjs/config';
import { Test } from '@nestjs/testing';
import { ConfigValidationError, loadEnv } from '@app/common';
import { GamePlatformClient, GamePlatformEnv, GamePlatformModule } from '@app/game-platform';
import { ClientStack, clientStack } from './client-fixtures';

describe('GamePlatformModule', () => {
  let stack: ClientStack;
  const saved = { ...process.env };

  beforeAll(async () => {
    stack = await clientStack('gp-client-module');
  });
  afterAll(async () => {
    process.env = saved;
    await stack.close();
  });

  it('builds the client from the environment, its limiter keyed under REDIS_KEY_PREFIX', async () => {
    Object.assign(process.env, {
      GAME_PLATFORM_API_BASE_URL: stack.sim.url,
      GAME_PLATFORM_API_TOKEN: stack.sim.token,
      GAME_PLATFORM_RATE_LIMIT_RPS: '50',
      REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
      REDIS_KEY_PREFIX: stack.redisPrefix,
    });
    const moduleRef = await Test.createTestingModule({
      imports: [ConfigModule.forRoot({ ignoreEnvFile: true }), GamePlatformModule],
    }).compile();
    moduleRef.useLogger(false);
    try {
      const client = moduleRef.get(GamePlatformClient);
      await expect(client.ping()).resolves.toMatchObject({ status: 'ok' });
      expect(await stack.redis().exists(`${stack.redisPrefix}:game-platform:rate-limit`)).toBe(1);
    } finally {
      await moduleRef.close();
    }
  });

  it('rejects bad variables naming them', () => {
    const load = () =>
      loadEnv(GamePlatformEnv, { GAME_PLATFORM_API_BASE_URL: 'http://vendor.test', GAME_PLATFORM_MAX_ATTEMPTS: '5', GAME_PLATFORM_RATE_LIMIT_RPS: 'fast' });
    expect(load).toThrow(ConfigValidationError);
    expect(load).toThrow(/GAME_PLATFORM_MAX_ATTEMPTS/);
    expect(load).toThrow(/GAME_PLATFORM_RATE_LIMIT_RPS/);
    expect(load).toThrow(/GAME_PLATFORM_API_TOKEN is required/);
  });

  it('applies defaults and allows an unset base URL (the dev runner starts the simulator)', () => {
    const env = loadEnv(GamePlatformEnv, {});
    expect(env).toMatchObject({ GAME_PLATFORM_TIMEOUT_MS: 10_000, GAME_PLATFORM_MAX_ATTEMPTS: 3, GAME_PLATFORM_RATE_LIMIT_RPS: 5 });
    expect(env.GAME_PLATFORM_API_BASE_URL).toBeUndefined();
  });
});
