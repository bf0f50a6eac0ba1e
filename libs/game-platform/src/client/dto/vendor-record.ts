// class-transformer's @Type reads design metadata; the client must work outside Nest too.
import 'reflect-metadata';

/** A validated vendor object that keeps the payload it came from, for raw_payload columns. */
export abstract class VendorRecord {
  raw!: Record<string, unknown>;
}

/** Validators for the contract's "[type, null]" fields: the key may be null but not absent. */
export const presentOrNull = (property: string) => (object: object) =>
  (object as Record<string, unknown>)[property] !== null;
