import { IsInt, IsOptional, IsString } from 'class-validator';
import { VendorRecord } from './vendor-record';

/** ASSUMED enum of the contract. */
export type GamePlatformDivision = 'middle_school' | 'high_school' | 'college';

/** Body of POST /teams (contract schema TeamCreate). */
export interface TeamCreate {
  syned_team_id: string;
  syned_coach_user_id: string;
  name: string;
  division: GamePlatformDivision;
  affiliation: string;
}

/** Contract schema Team. */
export class TeamDto extends VendorRecord {
  @IsString() syned_team_id!: string;
  @IsInt() metactf_team_id!: number;
  @IsInt() metactf_coach_id!: number;
  @IsOptional() @IsString() name?: string;
  @IsOptional() @IsString() division?: string;
  @IsOptional() @IsString() affiliation?: string;
}
