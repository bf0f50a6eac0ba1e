import { Injectable, NotFoundException } from '@nestjs/common';
import { RolloutRule } from '@app/game-platform';
import { JobName, JobQueueService } from '@app/jobs';
import { PrismaService } from '@app/persistence';
import { AuditService } from '../audit/audit.service';
import { AuthenticatedUser } from '../auth';
import { definedFields } from '../http/defined-fields';
import { FEATURE_FLAG_NAMES, FEATURE_FLAGS, FeatureFlagName } from './feature-flag-names';
import { FeatureFlagView, UpdateFeatureFlagDto } from './feature-flag.dto';

/** Feature flag rows, with each flag's defaults standing in until an admin first saves it. */
@Injectable()
export class FeatureFlagsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly jobs: JobQueueService,
  ) {}

  async list(): Promise<FeatureFlagView[]> {
    const rows = await this.prisma.featureFlag.findMany({ where: { name: { in: FEATURE_FLAG_NAMES } } });
    return FEATURE_FLAG_NAMES.map((name) =>
      toView(
        name,
        rows.find((row) => row.name === name),
      ),
    );
  }

  async get(name: string): Promise<FeatureFlagView> {
    const flagName = knownFlag(name);
    return toView(flagName, await this.prisma.featureFlag.findUnique({ where: { name: flagName } }));
  }

  async update(actor: AuthenticatedUser, name: string, input: UpdateFeatureFlagDto): Promise<FeatureFlagView> {
    const flagName = knownFlag(name);
    const changes = definedFields(input);
    const { defaults, description } = FEATURE_FLAGS[flagName];
    const pilotCoachIds = changes.pilotCoachIds && [...new Set(changes.pilotCoachIds.map((id) => id.toLowerCase()))];
    const view = await this.prisma.$transaction(async (tx) => {
      const before = await tx.featureFlag.findUnique({ where: { name: flagName } });
      const row = await tx.featureFlag.upsert({
        where: { name: flagName },
        create: { name: flagName, description, ...defaults, ...changes, pilotCoachIds: pilotCoachIds ?? [...defaults.pilotCoachIds] },
        update: { ...changes, ...(pilotCoachIds && { pilotCoachIds }) },
      });
      const previous = before ?? defaults;
      await this.audit.record(
        actor,
        {
          action: 'feature_flag.update',
          targetType: 'feature_flag',
          targetId: flagName,
          payload: {
            before: { enabled: previous.enabled, rolloutPercentage: previous.rolloutPercentage, pilotCoachIds: [...previous.pilotCoachIds] },
            after: { enabled: row.enabled, rolloutPercentage: row.rolloutPercentage, pilotCoachIds: row.pilotCoachIds },
          },
        },
        tx,
      );
      return toView(flagName, row);
    });
    // Coaches who just entered the rollout get their parked and never-pushed work sent (idempotent).
    await this.jobs.enqueue(JobName.RolloutCatchUp, { requestedBy: actor.id, reason: 'rollout_changed' });
    return view;
  }
}

function knownFlag(name: string): FeatureFlagName {
  if (!(FEATURE_FLAG_NAMES as string[]).includes(name)) {
    throw new NotFoundException(`Unknown feature flag "${name}"; known flags: ${FEATURE_FLAG_NAMES.join(', ')}`);
  }
  return name as FeatureFlagName;
}

function toView(name: FeatureFlagName, row: (RolloutRule & { updatedAt: Date }) | null | undefined): FeatureFlagView {
  const rule = row ?? FEATURE_FLAGS[name].defaults;
  return {
    name,
    description: FEATURE_FLAGS[name].description,
    enabled: rule.enabled,
    rolloutPercentage: rule.rolloutPercentage,
    pilotCoachIds: [...rule.pilotCoachIds],
    updatedAt: row?.updatedAt.toISOString() ?? null,
  };
}
