import { Type } from 'class-transformer';
import { IsArray, IsInt, IsOptional, IsString, ValidateIf, ValidateNested } from 'class-validator';
import { presentOrNull, VendorRecord } from './vendor-record';

/** Contract schema Assignment; `syned_team_id: null` means the user is on no team. */
export class AssignmentDto extends VendorRecord {
  @IsString() syned_user_id!: string;
  @ValidateIf(presentOrNull('syned_team_id')) @IsString() syned_team_id!: string | null;
  @IsOptional() @IsInt() metactf_user_id?: number;
  @IsOptional() @IsInt() assigned_at_unix?: number;
}

/** Answer of GET /users/get_team_assignments. */
export class TeamAssignmentsDto extends VendorRecord {
  @IsArray() @ValidateNested({ each: true }) @Type(() => AssignmentDto) assignments!: AssignmentDto[];
  @IsInt() total_count!: number;
}
