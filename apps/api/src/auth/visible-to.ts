import { AuthenticatedUser, isAdmin } from './authenticated-user';

/**
 * The one coach scope of every read and write: an admin sees all rows, a coach only rows whose
 * `coachId` is their own (others answer 404 so ids do not leak). Spread into a Prisma `where`.
 */
export function visibleTo(user: AuthenticatedUser): { coachId?: string } {
  return isAdmin(user) ? {} : { coachId: user.id };
}
