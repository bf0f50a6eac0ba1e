/**
 * The fields a request body actually carries. Validated DTO instances hold every declared property,
 * absent ones as `undefined`, which would otherwise override defaults when spread.
 */
export function definedFields<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as Partial<T>;
}
