import { Transform } from 'class-transformer';

/** 'true'/'1'/'yes' → true, 'false'/'0'/'no' → false; anything else stays a string and fails @IsBoolean. */
export const ToBoolean = () =>
  Transform(({ value }: { value: unknown }) => {
    if (typeof value === 'boolean') return value;
    const text = String(value).trim().toLowerCase();
    if (['true', '1', 'yes', 'on'].includes(text)) return true;
    if (['false', '0', 'no', 'off'].includes(text)) return false;
    return value;
  });

/** Numeric env strings → numbers; a non-numeric string stays as is and fails @IsInt/@IsNumber. */
export const ToNumber = () =>
  Transform(({ value }: { value: unknown }) => {
    if (typeof value === 'number') return value;
    const text = String(value).trim();
    return text !== '' && !Number.isNaN(Number(text)) ? Number(text) : value;
  });
