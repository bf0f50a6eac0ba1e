import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { ToNumber } from '@app/common';

export const MAX_PAGE_SIZE = 100;

/** `page` + `pageSize` of every paginated list; answers carry `total` next to them. */
export class PageQuery {
  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @ToNumber()
  @IsInt({ message: 'page must be a whole number' })
  @Min(1, { message: 'page starts at 1' })
  page = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: 25 })
  @IsOptional()
  @ToNumber()
  @IsInt({ message: 'pageSize must be a whole number' })
  @Min(1, { message: `pageSize must be between 1 and ${MAX_PAGE_SIZE}` })
  @Max(MAX_PAGE_SIZE, { message: `pageSize must be between 1 and ${MAX_PAGE_SIZE}` })
  pageSize = 25;
}

export function pageWindow(query: PageQuery): { skip: number; take: number } {
  return { skip: (query.page - 1) * query.pageSize, take: query.pageSize };
}

/** PageQuery plus `cursor`: the id of the last row of the previous page (its `nextCursor`); then `page` is ignored. */
export class CursorPageQuery extends PageQuery {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'nextCursor of the previous page: the rows after it (keyset, as fast on page 200 as on page 1); page is ignored',
  })
  @IsOptional()
  @IsUUID('all', { message: 'cursor must be the nextCursor of a previous page (a UUID)' })
  cursor?: string;
}

/** Prisma paging arguments: after the cursor row when given, else the page's offset. The order must end with id. */
export function cursorWindow(query: CursorPageQuery): { skip: number; take: number; cursor?: { id: string } } {
  return query.cursor ? { cursor: { id: query.cursor }, skip: 1, take: query.pageSize } : pageWindow(query);
}

/** The cursor of the page after `items`, or null when `items` was the last page. */
export function nextCursor(items: { id: string }[], query: PageQuery): string | null {
  return items.length === query.pageSize ? items[items.length - 1].id : null;
}
