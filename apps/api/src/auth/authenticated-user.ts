export const ROLES = ['admin', 'coach'] as const;
export type Role = (typeof ROLES)[number];

/** The caller, from the verified JWT: `sub` is the user id (a coach id for coaches). */
export interface AuthenticatedUser {
  id: string;
  role: Role;
}

export const isAdmin = (user: AuthenticatedUser) => user.role === 'admin';
