const SECRET_KEY = /pass(word)?|secret|token|api[-_]?key|authorization|credential|cookie/i;
export const REDACTED = '[redacted]';

/** A copy of a job payload fit for display: values under secret-looking keys are replaced, at any depth. */
export function redactSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactSecrets);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, SECRET_KEY.test(key) ? REDACTED : redactSecrets(inner)]));
  }
  return value;
}
