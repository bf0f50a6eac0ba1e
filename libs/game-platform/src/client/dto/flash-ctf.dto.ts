import { Type } from 'class-transformer';
import { IsArray, IsInt, IsOptional, IsString, ValidateNested } from 'class-validator';
import { VendorRecord } from './vendor-record';

/** Contract schema FlashCtfEvent. `event_id` may be missing: callers derive a stable id then. */
export class FlashCtfEventDto extends VendorRecord {
  @IsString() name!: string;
  @IsOptional() @IsString() event_id?: string | null;
  @IsOptional() @IsString() description?: string | null;
  @IsOptional() @IsInt() challenges_solved?: number;
  @IsOptional() @IsInt() score?: number;
  @IsOptional() @IsInt() rank?: number | null;
  @IsOptional() @IsString() started_at?: string;
  @IsOptional() @IsString() ended_at?: string | null;
}

/** Answer of GET /scores/get_flash_ctf_progress; events are global, never filtered by time. */
export class FlashCtfProgressDto extends VendorRecord {
  @IsString() syned_user_id!: string;
  @IsArray() @ValidateNested({ each: true }) @Type(() => FlashCtfEventDto) flash_ctfs!: FlashCtfEventDto[];
}
