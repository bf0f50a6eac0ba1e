import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getMetadataStorage } from 'class-validator';

const ROOT = join(__dirname, '../..');

function configFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : configFiles(path);
    return /(\.config|-env)\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** Every variable an env class declares (the classes validatedConfig / loadEnv read). */
function declaredVariables(): string[] {
  const names = new Set<string>();
  for (const file of [...configFiles(join(ROOT, 'apps')), ...configFiles(join(ROOT, 'libs'))]) {
    for (const exported of Object.values(require(file) as Record<string, unknown>)) {
      if (typeof exported !== 'function' || !exported.name.endsWith('Env')) continue;
      for (const meta of getMetadataStorage().getTargetValidationMetadatas(exported, '', true, false)) names.add(meta.propertyName);
    }
  }
  return [...names].sort();
}

describe('configuration documentation', () => {
  const variables = declaredVariables();

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
