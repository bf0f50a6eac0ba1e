import { IsOptional, IsString } from 'class-validator';
import { VendorRecord } from './vendor-record';

/** `{ status: "ok" | "sent" | "deleted" }` answers of ping, password reset and team deletion. */
export class StatusDto extends VendorRecord {
  @IsOptional() @IsString() status?: string;
}
