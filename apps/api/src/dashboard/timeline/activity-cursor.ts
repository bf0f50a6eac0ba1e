import { FieldInputError } from '../../http/field-input.error';

/** Position after an event of the activity log: its time and id, the list's sort key. Opaque to clients. */
export interface ActivityCursor {
  at: Date;
  id: string;
}

export function encodeActivityCursor(cursor: ActivityCursor): string {
  return Buffer.from(JSON.stringify([cursor.at.toISOString(), cursor.id])).toString('base64url');
}

export function decodeActivityCursor(text: string): ActivityCursor {
  try {
    const [at, id] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown[];
    const when = new Date(typeof at === 'string' ? at : Number.NaN);
    if (typeof id === 'string' && !Number.isNaN(when.getTime())) return { at: when, id };
  } catch {
    // falls through to the 400
  }
  throw new FieldInputError('cursor', 'cursor is not one this list returned: start again without it');
}
