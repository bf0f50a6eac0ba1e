import { registerAs } from '@nestjs/config';
import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validateSync, ValidationError } from 'class-validator';

type EnvClass<T> = new () => T;

/** Raised at start-up when an environment variable is missing or malformed; the message names each variable. */
export class ConfigValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigValidationError';
  }
}

function describe(errors: ValidationError[]): string[] {
  return errors.flatMap((error) =>
    Object.values(error.constraints ?? {}).map((text) => (text.startsWith(error.property) ? text : `${error.property}: ${text}`)),
  );
}

/**
 * Reads the variables an env class declares from `source`, converts them (numbers, booleans via
 * class-transformer decorators), applies the class's defaults and validates them.
 */
export function loadEnv<T extends object>(envClass: EnvClass<T>, source: NodeJS.ProcessEnv = process.env): T {
  const raw: Record<string, string> = {};
  for (const [key, value] of Object.entries(source)) {
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const instance = plainToInstance(envClass, raw, { exposeDefaultValues: true });
  const errors = validateSync(instance, { skipMissingProperties: false, forbidUnknownValues: false });
  if (errors.length > 0) throw new ConfigValidationError(describe(errors));
  // Keep only the variables the class declares, so the config object never carries the whole environment.
  const declared = new Set(
    getMetadataStorage()
      .getTargetValidationMetadatas(envClass, '', true, false)
      .map((meta) => meta.propertyName),
  );
  for (const key of Object.keys(instance)) {
    if (!declared.has(key)) delete (instance as Record<string, unknown>)[key];
  }
  return instance;
}

/**
 * A @nestjs/config namespace whose values are validated against `envClass` when the module loads,
 * so a bad variable stops the process at start. Use with ConfigModule.forFeature(x) and
 * `@Inject(x.KEY) cfg: ConfigType<typeof x>`.
 */
export function validatedConfig<T extends object>(namespace: string, envClass: EnvClass<T>) {
  return registerAs(namespace, (): T => loadEnv(envClass));
}
