import { Type } from 'class-transformer';
import { IsArray, IsInt, IsOptional, IsString, ValidateNested } from 'class-validator';
import { VendorRecord } from './vendor-record';

/** Contract schema ChallengeSolve. Several solves can share one timestamp_unix. */
export class ChallengeSolveDto extends VendorRecord {
  @IsInt() challenge_solve_id!: number;
  @IsInt() challenge_id!: number;
  @IsInt() timestamp_unix!: number;
  @IsOptional() @IsString() challenge_title?: string;
  @IsOptional() @IsString() challenge_category?: string;
  @IsOptional() @IsInt() challenge_points?: number;
}

/**
 * Contract schema OdlScores. With after_time_unix the aggregate fields cover the returned solves
 * only; they are true totals only on an unfiltered call.
 */
export class OdlScoresDto extends VendorRecord {
  @IsString() syned_user_id!: string;
  @IsArray() @ValidateNested({ each: true }) @Type(() => ChallengeSolveDto) challenge_solves!: ChallengeSolveDto[];
  @IsOptional() @IsInt() metactf_user_id?: number;
  @IsOptional() @IsInt() challenges_completed?: number;
  @IsOptional() @IsInt() total_score?: number;
  @IsOptional() @IsInt() monthly_ctf_challenges?: number;
  @IsOptional() @IsInt() last_accessed_unix?: number | null;
}
