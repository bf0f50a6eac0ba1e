import { ApiProperty, SchemaObject } from '@nestjs/swagger';

/** Checks by name (`database`, `redis`), each with its `status` and what the indicator adds. */
const CHECK: SchemaObject = {
  type: 'object',
  required: ['status'],
  properties: { status: { type: 'string', enum: ['up', 'down'] } },
  additionalProperties: true,
};
const CHECKS = { type: 'object', additionalProperties: CHECK } as const;

/** A successful probe (terminus' report); a failed readiness probe is a 503 problem naming the check. */
export class HealthReportDto {
  @ApiProperty({ enum: ['ok'] }) status!: 'ok';
  @ApiProperty({ ...CHECKS, description: 'Checks that are up' }) info!: Record<string, unknown>;
  @ApiProperty({ ...CHECKS, description: 'Checks that are down (empty on success)' }) error!: Record<string, unknown>;
  @ApiProperty({ ...CHECKS, description: 'Every check' }) details!: Record<string, unknown>;
}
