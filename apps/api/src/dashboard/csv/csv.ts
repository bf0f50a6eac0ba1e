import { Readable } from 'node:stream';

export type CsvCell = string | number | Date | null | undefined;

/** Spreadsheet programs run a cell starting with one of these as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One RFC 4180 field: text that could start a formula gets a leading `'` (OWASP's advice, so
 * `-5` as text shows as `'-5`; numbers stay numbers), and a field holding a quote, comma or line
 * break is quoted with inner quotes doubled.
 */
export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = value instanceof Date ? value.toISOString() : FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export const csvRow = (cells: readonly CsvCell[]): string => `${cells.map(csvField).join(',')}\r\n`;

/**
 * A CSV document streamed as the header row, then each chunk of encoded lines as it comes, so at
 * most one chunk is in memory.
 */
export function csvDocument(header: readonly string[], chunks: AsyncIterable<string>): Readable {
  async function* document(): AsyncGenerator<string> {
    yield csvRow(header);
    yield* chunks;
  }
  return Readable.from(document(), { objectMode: false });
}

/** A CSV document streamed from batches of rows (e.g. keyset-paginated queries), encoded here one batch at a time. */
export function csvStream<T>(header: readonly string[], batches: AsyncIterable<T[]>, toCells: (row: T) => CsvCell[]): Readable {
  async function* encoded(): AsyncGenerator<string> {
    for await (const batch of batches) yield batch.map((row) => csvRow(toCells(row))).join('');
  }
  return csvDocument(header, encoded());
}
