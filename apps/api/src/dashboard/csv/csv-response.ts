import { applyDecorators, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiProduces } from '@nestjs/swagger';
import { Readable } from 'node:stream';
import { DashboardFilter } from '../dashboard-filter.query';

const CSV_TYPE = 'text/csv; charset=utf-8';

/** Swagger for a CSV download: the 200 is text/csv with these columns. */
export function ApiCsvResponse(columns: readonly string[]) {
  return applyDecorators(
    ApiProduces('text/csv'),
    ApiOkResponse({
      description: `RFC 4180 CSV (CRLF line ends, UTF-8), streamed, with a header row: ${columns.join(', ')}. Text cells starting with =, +, -, @ get a leading apostrophe.`,
      content: { 'text/csv': { schema: { type: 'string' } } },
      headers: { 'Content-Disposition': { description: 'attachment; filename="…csv"', schema: { type: 'string' } } },
    }),
  );
}

/** A CSV download named `<name>_<from>_<to>.csv` after the filter's range of days. */
export function csvFile(stream: Readable, name: string, filter: DashboardFilter): StreamableFile {
  const lastDay = new Date(filter.toExclusive.getTime() - 86_400_000);
  const filename = `${name}_${day(filter.from)}_${day(lastDay)}.csv`.replace(/[^A-Za-z0-9._-]/g, '-');
  return new StreamableFile(stream, { type: CSV_TYPE, disposition: `attachment; filename="${filename}"` });
}

const day = (at: Date) => at.toISOString().slice(0, 10);
