/**
 * Who is asking: the public (no token), a federal analyst (everything), or a regional administration (its own region's
 * drafts, read and comment only). Every read model and route decides visibility from this value alone.
 */
export const PUBLIC_ROLE = 'public' as const;

export type Principal =
  | { readonly role: 'public' }
  | { readonly role: 'federal-analyst'; readonly actor: string; readonly tokenPrefix: string }
  | { readonly role: 'regional'; readonly actor: string; readonly tokenPrefix: string; readonly regionCode: string };

export const PUBLIC: Principal = Object.freeze({ role: PUBLIC_ROLE });

/** The name written to the audit log for this principal. */
export function actorOf(principal: Principal): string {
  return principal.role === 'public' ? 'public' : principal.actor;
}
