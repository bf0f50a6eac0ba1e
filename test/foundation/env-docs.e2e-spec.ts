import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { declaredVariables, envClasses, ROOT } from '../support/env-classes';

describe('configuration documentation', () => {
  const variables = declaredVariables(envClasses('apps', 'libs'));

  it('finds the env classes', () => {
    expect(variables).toEqual(expect.arrayContaining(['DATABASE_URL', 'REDIS_URL', 'JWT_SECRET', 'GAME_PLATFORM_API_BASE_URL', 'GP_SIM_PORT']));
  });

  it('lists every variable in .env.example and in README', () => {
    const example = readFileSync(join(ROOT, '.env.example'), 'utf8');
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(variables.filter((name) => !new RegExp(`^#? ?${name}=`, 'm').test(example))).toEqual([]);
    expect(variables.filter((name) => !readme.includes(`\`${name}\``))).toEqual([]);
  });
});
