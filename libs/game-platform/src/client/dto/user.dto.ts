import { IsIn, IsInt, IsOptional, IsString } from 'class-validator';
import { VendorRecord } from './vendor-record';

export type GamePlatformRole = 'user' | 'coach';

/** Body of POST /users (contract schema UserCreate). */
export interface UserCreate {
  first_name: string;
  last_name: string;
  email: string;
  role: GamePlatformRole;
  syned_user_id: string;
  syned_school_id?: string | null;
  syned_region_id?: string | null;
}

/** Contract schema User. */
export class UserDto extends VendorRecord {
  @IsString() syned_user_id!: string;
  @IsInt() metactf_user_id!: number;
  @IsString() metactf_username!: string;
  /** ASSUMED values: pending_invite, active, disabled; kept as free text. */
  @IsString() metactf_user_status!: string;
  @IsOptional() @IsString() first_name?: string;
  @IsOptional() @IsString() last_name?: string;
  @IsOptional() @IsString() email?: string;
  @IsOptional() @IsIn(['user', 'coach']) role?: GamePlatformRole;
  @IsOptional() @IsString() syned_team_id?: string | null;
}
