import { ApiProperty } from '@nestjs/swagger';
import { SolveSource } from '@app/persistence';
import { DashboardFreshnessFields } from '../dashboard-page.dto';

export class SolveRowDto {
  @ApiProperty({ description: 'Platform id of this solve' }) challengeSolveId!: number;
  @ApiProperty() challengeId!: number;
  @ApiProperty({ type: String, nullable: true }) title!: string | null;
  @ApiProperty({ type: String, nullable: true }) category!: string | null;
  @ApiProperty({ type: Number, nullable: true }) points!: number | null;
  @ApiProperty({ format: 'date-time' }) solvedAt!: string;
  @ApiProperty({ enum: SolveSource, enumName: 'SolveSource' }) source!: SolveSource;
}

export class CompetitorRefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() firstName!: string;
  @ApiProperty() lastName!: string;
  @ApiProperty({ type: String, nullable: true }) username!: string | null;
}

export class CompetitorSolvesDto extends DashboardFreshnessFields {
  @ApiProperty({ type: CompetitorRefDto }) competitor!: CompetitorRefDto;
  @ApiProperty({ type: [SolveRowDto] }) items!: SolveRowDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as cursor for the next page; null on the last page' })
  nextCursor!: string | null;
}

export class CategoryBreakdownRowDto {
  @ApiProperty({ type: String, nullable: true, description: 'null: solves the platform sent without a category' }) category!: string | null;
  @ApiProperty() solves!: number;
  @ApiProperty() points!: number;
  @ApiProperty({ description: "Share of the range's solves, 0..1 (4 decimals)" }) share!: number;
  @ApiProperty({ format: 'date-time' }) lastSolvedAt!: string;
}

export class CategoryBreakdownDto extends DashboardFreshnessFields {
  @ApiProperty({ type: CompetitorRefDto }) competitor!: CompetitorRefDto;
  @ApiProperty({ description: 'Solves within from..to, all categories' }) totalSolves!: number;
  @ApiProperty({ type: [CategoryBreakdownRowDto], description: 'Most solves first, then category name' }) categories!: CategoryBreakdownRowDto[];
}
