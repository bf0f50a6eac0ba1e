import { Injectable, Logger } from '@nestjs/common';
import { PlatformIdClaim, Prisma, PrismaService } from '@app/persistence';
import { GamePlatformClient, isGamePlatformError } from '../client';

export interface VerificationReport {
  state: 'verified' | 'rejected' | 'already_checked';
  error?: string;
}

/**
 * The import_verify_platform_id use case: an imported platform id is read from the vendor before it
 * is trusted. A coach or competitor id must be a platform user (getUser) whose email, when the
 * platform tells it, is the local one; a team id is read with get_team_assignments and refused when
 * the platform has members on it that belong to another coach. Only then is it written to the entity.
 */
@Injectable()
export class PlatformIdVerification {
  private readonly logger = new Logger(PlatformIdVerification.name);

  constructor(
    private readonly client: GamePlatformClient,
    private readonly prisma: PrismaService,
  ) {}

  async verify(claimId: string): Promise<VerificationReport> {
    const claim = await this.prisma.platformIdClaim.findUnique({ where: { id: claimId } });
    if (!claim || claim.state !== 'pending') return { state: 'already_checked' };
    const refusal = claim.entity === 'team' ? await this.checkTeam(claim) : await this.checkUser(claim);
    if (refusal) return this.finish(claim, 'rejected', refusal);
    try {
      await this.link(claim);
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
        return this.finish(claim, 'rejected', `platform id ${claim.platformId} is already linked to another ${claim.entity}`);
      }
      throw error;
    }
    return this.finish(claim, 'verified');
  }

  /** A refusal message, or null when the platform confirms the user. Transient vendor errors throw (the job retries). */
  private async checkUser(claim: PlatformIdClaim): Promise<string | null> {
    const local =
      claim.entity === 'coach'
        ? await this.prisma.coach.findUnique({ where: { id: claim.localId }, select: { email: true } })
        : await this.prisma.competitor.findUnique({ where: { id: claim.localId }, select: { email: true } });
    if (!local) return `the ${claim.entity} no longer exists locally`;
    try {
      const user = await this.client.getUser(claim.platformId);
      if (user.email && local.email && user.email.toLowerCase() !== local.email.toLowerCase()) {
        return `platform user ${claim.platformId} has the email ${user.email}, not ${local.email}`;
      }
      return null;
    } catch (error) {
      if (isGamePlatformError(error, 'not_found')) return `the platform has no user ${claim.platformId}`;
      throw error;
    }
  }

  private async checkTeam(claim: PlatformIdClaim): Promise<string | null> {
    const team = await this.prisma.team.findUnique({ where: { id: claim.localId }, select: { coachId: true } });
    if (!team) return 'the team no longer exists locally';
    let assignments;
    try {
      ({ assignments } = await this.client.getTeamAssignments({ synedTeamId: claim.platformId }));
    } catch (error) {
      if (isGamePlatformError(error, 'not_found')) return `the platform has no team ${claim.platformId}`;
      throw error;
    }
    const members = await this.prisma.competitor.findMany({
      where: { gamePlatformId: { in: assignments.map((a) => a.syned_user_id) } },
      select: { coachId: true },
    });
    const foreign = members.filter((member) => member.coachId !== team.coachId).length;
    return foreign > 0 ? `platform team ${claim.platformId} has ${foreign} member(s) of another coach` : null;
  }

  private async link(claim: PlatformIdClaim): Promise<void> {
    const linked = { gamePlatformId: claim.platformId, gamePlatformSyncError: null, gamePlatformSyncedAt: new Date() };
    if (claim.entity === 'coach') await this.prisma.coach.update({ where: { id: claim.localId }, data: linked });
    else if (claim.entity === 'team') await this.prisma.team.update({ where: { id: claim.localId }, data: linked });
    else await this.prisma.competitor.update({ where: { id: claim.localId }, data: { ...linked, status: 'complete' } });
  }

  private async finish(claim: PlatformIdClaim, state: 'verified' | 'rejected', error?: string): Promise<VerificationReport> {
    await this.prisma.platformIdClaim.update({ where: { id: claim.id }, data: { state, error: error ?? null, checkedAt: new Date() } });
    if (error) this.logger.warn({ msg: 'imported platform id rejected', entity: claim.entity, localId: claim.localId, platformId: claim.platformId, error });
    return error ? { state, error } : { state };
  }
}
