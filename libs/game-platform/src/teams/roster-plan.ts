/** A local membership of the team being synced. */
export interface LocalMember {
  membershipId: string;
  competitorId: string;
  /** The competitor's syned_user_id; null while they are not on the platform. */
  synedUserId: string | null;
  /** As read before the vendor calls: a membership changed since is left to the next run. */
  updatedAt: Date;
}

/** What a sync run has to do to make the remote roster equal the local one. */
export interface RosterPlan {
  /** On the platform, not (yet) on this remote team: assign (the vendor moves them off any other team). */
  assign: LocalMember[];
  /** Already on this remote team. */
  inPlace: LocalMember[];
  /** Not on the platform: cannot be synced, stay pending. */
  notOnPlatform: LocalMember[];
  /** syned_user_ids the platform has on this team that are not local members any more. */
  strays: string[];
}

export function planRoster(members: readonly LocalMember[], remoteMemberIds: readonly string[]): RosterPlan {
  const remote = new Set(remoteMemberIds);
  const local = new Set(members.flatMap((member) => (member.synedUserId ? [member.synedUserId] : [])));
  const plan: RosterPlan = { assign: [], inPlace: [], notOnPlatform: [], strays: [] };
  for (const member of members) {
    if (!member.synedUserId) plan.notOnPlatform.push(member);
    else if (remote.has(member.synedUserId)) plan.inPlace.push(member);
    else plan.assign.push(member);
  }
  plan.strays = [...remote].filter((id) => !local.has(id));
  return plan;
}
