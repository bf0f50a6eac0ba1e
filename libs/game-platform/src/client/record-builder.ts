import { ClassConstructor, TransformationType, TypeMetadata } from 'class-transformer';
import type { MetadataStorage } from 'class-transformer/types/MetadataStorage';
import { VendorRecord } from './dto/vendor-record';

// The storage @Type writes to; class-transformer exports it only from its build directory.
const { defaultMetadataStorage: storage } = require('class-transformer/cjs/storage') as { defaultMetadataStorage: MetadataStorage };

/** How plainToInstance treats one key of a class: skipped, copied, or built as an array of nested records. */
type KeyRule = { kind: 'skip' } | { kind: 'copy' } | { kind: 'nested'; type: TypeMetadata } | { kind: 'unsupported' };

const rules = new Map<Function, Map<string, KeyRule> | null>();

/**
 * What class-transformer's plainToInstance(dto, plain) builds, with `raw` set on every record as the
 * parser does, for the shapes vendor answers have: primitive fields, and arrays of flat objects under
 * @Type. Returns null for anything else (a nested object elsewhere, a decorator other than a plain
 * @Type, ...), and the caller then runs plainToInstance itself: the result is the same either way.
 */
export function buildRecord<T extends VendorRecord>(dto: ClassConstructor<T>, plain: Record<string, unknown>): T | null {
  const keyRules = rulesFor(dto);
  if (!keyRules) return null;
  const record = new dto();
  for (const key of Object.keys(plain)) {
    const rule = ruleFor(keyRules, dto, record, key);
    if (rule.kind === 'skip') continue;
    if (rule.kind === 'unsupported') return null;
    const value = plain[key];
    if (rule.kind === 'copy') {
      if (typeof value === 'object' && value !== null) return null;
      (record as Record<string, unknown>)[key] = value;
      continue;
    }
    if (!Array.isArray(value)) return null;
    const items: unknown[] = [];
    for (const item of value) {
      if (typeof item !== 'object' || item === null || (item as object).constructor !== Object) return null;
      const type = rule.type.typeFunction({ newObject: record, object: plain, property: key }) as ClassConstructor<VendorRecord>;
      const built = buildRecord(type, item as Record<string, unknown>);
      if (!built) return null;
      items.push(built);
    }
    (record as Record<string, unknown>)[key] = items;
  }
  record.raw = plain;
  return record;
}

function rulesFor(dto: Function): Map<string, KeyRule> | null {
  let keyRules = rules.get(dto);
  if (keyRules === undefined) {
    const plainStrategy = storage.getStrategy(dto) === 'none' && storage.getExposedMetadatas(dto).length === 0 && storage.getExcludedMetadatas(dto).length === 0;
    keyRules = plainStrategy ? new Map() : null;
    rules.set(dto, keyRules);
  }
  return keyRules;
}

function ruleFor(keyRules: Map<string, KeyRule>, dto: Function, record: object, key: string): KeyRule {
  let rule = keyRules.get(key);
  if (!rule) {
    rule = decideRule(dto, record, key);
    keyRules.set(key, rule);
  }
  return rule;
}

/** The same decisions TransformOperationExecutor makes for a key when transforming plain to class. */
function decideRule(dto: Function, record: object, key: string): KeyRule {
  if (key === '__proto__' || key === 'constructor') return { kind: 'skip' };
  const descriptor = Object.getOwnPropertyDescriptor(dto.prototype, key);
  if ((descriptor && !descriptor.set) || (record as Record<string, unknown>)[key] instanceof Function) return { kind: 'skip' };
  if (storage.findTransformMetadatas(dto, key, TransformationType.PLAIN_TO_CLASS).length > 0) return { kind: 'unsupported' };
  const type = storage.findTypeMetadata(dto, key);
  if (!type) return { kind: 'copy' };
  if (type.options?.discriminator || type.reflectedType !== Array || !type.typeFunction) return { kind: 'unsupported' };
  return { kind: 'nested', type };
}
