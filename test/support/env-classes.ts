import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { getMetadataStorage } from 'class-validator';

export const ROOT = join(__dirname, '../..');

export type EnvClass = new () => object;

function configFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : configFiles(path);
    return /(\.config|-env)\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** The env classes (exported classes named `…Env`, read by validatedConfig / loadEnv) under these folders of the repository. */
export function envClasses(...dirs: string[]): EnvClass[] {
  return (
    dirs
      .flatMap((dir) => configFiles(join(ROOT, dir)))
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- loads each config file found on disk, synchronously.
      .flatMap((file) => Object.values(require(file) as Record<string, unknown>))
      .filter((exported): exported is EnvClass => typeof exported === 'function' && exported.name.endsWith('Env'))
  );
}

/** Every variable the env classes declare. */
export function declaredVariables(classes: EnvClass[]): string[] {
  const names = new Set<string>();
  for (const envClass of classes) {
    for (const meta of getMetadataStorage().getTargetValidationMetadatas(envClass, '', true, false)) names.add(meta.propertyName);
  }
  return [...names].sort();
}
