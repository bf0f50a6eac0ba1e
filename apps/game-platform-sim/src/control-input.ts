import { VendorError } from './errors';

/** Reads a control-API JSON body; any wrong field is a 400 naming it. */
export class ControlInput {
  private constructor(
    private readonly raw: Record<string, unknown>,
    private readonly where: string,
  ) {}

  static of(body: unknown, where = 'body'): ControlInput {
    if (body === undefined || body === null || body === '') return new ControlInput({}, where);
    if (typeof body !== 'object' || Array.isArray(body)) throw new VendorError(400, `${where} must be a JSON object`);
    return new ControlInput(body as Record<string, unknown>, where);
  }

  /** True when the field is present, even as null. */
  has(name: string): boolean {
    return this.raw[name] !== undefined;
  }

  number(name: string, min = -Infinity, max = Infinity): number | undefined {
    const value = this.raw[name];
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
      throw new VendorError(400, `${this.where}.${name} must be a number between ${min} and ${max}`);
    }
    return value;
  }

  int(name: string, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER): number | undefined {
    const value = this.number(name, min, max);
    if (value !== undefined && !Number.isInteger(value)) {
      throw new VendorError(400, `${this.where}.${name} must be an integer`);
    }
    return value;
  }

  string(name: string): string | undefined {
    const value = this.raw[name];
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || value.length === 0) {
      throw new VendorError(400, `${this.where}.${name} must be a non-empty string`);
    }
    return value;
  }

  requiredString(name: string): string {
    const value = this.string(name);
    if (value === undefined) throw new VendorError(400, `${this.where}.${name} is required`);
    return value;
  }

  /** undefined when absent, null when explicitly null. */
  nullableString(name: string): string | null | undefined {
    return this.raw[name] === null ? null : this.string(name);
  }

  nullableInt(name: string, min?: number): number | null | undefined {
    return this.raw[name] === null ? null : this.int(name, min);
  }

  boolean(name: string): boolean | undefined {
    const value = this.raw[name];
    if (value === undefined) return undefined;
    if (typeof value !== 'boolean') throw new VendorError(400, `${this.where}.${name} must be a boolean`);
    return value;
  }

  intRange(name: string): [number, number] | undefined {
    const value = this.raw[name];
    if (value === undefined) return undefined;
    if (!Array.isArray(value) || value.length !== 2 || !value.every((n) => Number.isInteger(n) && n >= 0) || value[0] > value[1]) {
      throw new VendorError(400, `${this.where}.${name} must be [min, max] with 0 <= min <= max`);
    }
    return [value[0], value[1]];
  }

  stringArray(name: string): string[] | undefined {
    const value = this.raw[name];
    if (value === undefined) return undefined;
    if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
      throw new VendorError(400, `${this.where}.${name} must be an array of strings`);
    }
    return value;
  }

  /** Each element of an array of objects, as its own ControlInput. */
  objects(name: string): ControlInput[] | undefined {
    const value = this.raw[name];
    if (value === undefined) return undefined;
    if (!Array.isArray(value)) throw new VendorError(400, `${this.where}.${name} must be an array`);
    return value.map((item, i) => ControlInput.of(item, `${this.where}.${name}[${i}]`));
  }

  object(name: string): ControlInput | null | undefined {
    const value = this.raw[name];
    if (value === undefined || value === null) return value;
    return ControlInput.of(value, `${this.where}.${name}`);
  }
}
