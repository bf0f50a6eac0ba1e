import { getMetadataStorage, ValidationTypes } from 'class-validator';
import type { ValidationArguments } from 'class-validator';

type ValidationMetadata = ReturnType<ReturnType<typeof getMetadataStorage>['getTargetValidationMetadatas']>[number];

/** Yes/no answer of class-validator's rules for one object (and, through nested rules, its children). */
type Check = (object: object) => boolean;

interface PropertyCheck {
  property: string;
  conditions: ((object: object, value: unknown) => boolean)[];
  validators: { metadata: ValidationMetadata; validate: (value: unknown, args: ValidationArguments) => unknown }[];
  nested: boolean;
}

/** Rule kinds the compiled check reproduces; a class using any other kind is always checked by class-validator. */
const SUPPORTED = new Set<string>([
  ValidationTypes.CUSTOM_VALIDATION,
  ValidationTypes.NESTED_VALIDATION,
  ValidationTypes.CONDITIONAL_VALIDATION,
  ValidationTypes.IS_DEFINED,
  ValidationTypes.WHITELIST,
]);

const compiled = new Map<Function, Check | null>();

/**
 * Whether class-validator (no groups, no whitelist, forbidUnknownValues off) would accept `record`,
 * decided from the same decorator metadata but read once per class instead of on every call. `false`
 * also when the check cannot decide (an unsupported rule): callers then run class-validator itself,
 * which stays the only source of error messages.
 */
export function passesValidation(record: object): boolean {
  const check = checkFor(record.constructor);
  return check !== null && check(record);
}

function checkFor(type: Function): Check | null {
  if (compiled.has(type)) return compiled.get(type)!;
  compiled.set(type, null); // a class nested in itself compiles to "undecided" while it is being compiled
  const check = compile(type);
  compiled.set(type, check);
  return check;
}

function compile(type: Function): Check | null {
  const storage = getMetadataStorage();
  const metadatas = storage.getTargetValidationMetadatas(type, undefined as unknown as string, false, false, undefined);
  const properties: PropertyCheck[] = [];
  for (const [property, group] of Object.entries(storage.groupByPropertyName(metadatas))) {
    const checkOf: PropertyCheck = { property, conditions: [], validators: [], nested: false };
    for (const metadata of group) {
      if (!SUPPORTED.has(metadata.type) || metadata.context) return null;
      if (metadata.type === ValidationTypes.CONDITIONAL_VALIDATION) checkOf.conditions.push(metadata.constraints[0]);
      else if (metadata.type === ValidationTypes.NESTED_VALIDATION) checkOf.nested = true;
      else if (metadata.type !== ValidationTypes.WHITELIST) {
        if (metadata.each) return null;
        for (const constraint of storage.getTargetValidatorConstraints(metadata.constraintCls)) {
          if (constraint.async) return null;
          checkOf.validators.push({ metadata, validate: (value, args) => constraint.instance.validate(value, args) });
        }
      }
    }
    properties.push(checkOf);
  }
  return (object) => properties.every((p) => propertyPasses(object, p));
}

function propertyPasses(object: object, p: PropertyCheck): boolean {
  const value = (object as Record<string, unknown>)[p.property];
  if (!p.conditions.every((condition) => condition(object, value))) return true;
  for (const { metadata, validate } of p.validators) {
    if (metadata.validateIf && !metadata.validateIf(object, value)) continue;
    const args: ValidationArguments = { targetName: object.constructor?.name, property: metadata.propertyName, object, value, constraints: metadata.constraints };
    if (validate(value, args) !== true) return false;
  }
  return !p.nested || nestedPasses(value);
}

/** class-validator's nested rule: undefined passes, arrays are checked item by item, objects by their own class. */
function nestedPasses(value: unknown): boolean {
  if (value === undefined) return true;
  if (Array.isArray(value)) return value.every(nestedPasses);
  if (!(value instanceof Object)) return false;
  return passesValidation(value);
}
