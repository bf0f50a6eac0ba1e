import { Transform } from 'class-transformer';

const trimmed = (value: unknown) => (typeof value === 'string' ? value.trim() : value);

/** Trims string input before validation, so "  " fails @IsNotEmpty and names are stored clean. */
export const Trim = () => Transform(({ value }: { value: unknown }) => trimmed(value));

/** Trims and lower-cases (emails: unique regardless of case). */
export const LowerTrim = () =>
  Transform(({ value }: { value: unknown }) => {
    const text = trimmed(value);
    return typeof text === 'string' ? text.toLowerCase() : text;
  });
