import { ConfigValidationError, loadEnv } from '@app/common';
import { GamePlatformIntegrationEnv, integrationEnabled } from './integration.config';

const enabledWith = (env: Record<string, string>) => integrationEnabled(loadEnv(GamePlatformIntegrationEnv, env));

describe('GAME_PLATFORM_INTEGRATION_ENABLED', () => {
  it.each([
    [{ NODE_ENV: 'production' }, false],
    [{ NODE_ENV: 'development' }, true],
    [{ NODE_ENV: 'test' }, true],
    [{}, true],
    [{ NODE_ENV: 'production', GAME_PLATFORM_INTEGRATION_ENABLED: 'true' }, true],
    [{ NODE_ENV: 'development', GAME_PLATFORM_INTEGRATION_ENABLED: 'false' }, false],
  ])('%j -> %s', (env, expected) => {
    expect(enabledWith(env)).toBe(expected);
  });

  it('fails naming the variable when it is not a boolean', () => {
    expect(() => enabledWith({ GAME_PLATFORM_INTEGRATION_ENABLED: 'maybe' })).toThrow(ConfigValidationError);
    expect(() => enabledWith({ GAME_PLATFORM_INTEGRATION_ENABLED: 'maybe' })).toThrow(/GAME_PLATFORM_INTEGRATION_ENABLED must be true or false/);
  });
});
