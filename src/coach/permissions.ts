// Who may switch coaching off or on for a thread (`/coach off|on`): the thread's author
// and/or the author associations listed in config.coachOff.allowed. Pure.
import type { Association } from "../thread/model.ts";
import type { Config } from "../config/schema.ts";

export interface Requester {
  login: string;
  association: Association;
}

/** True when this person may use `/coach off` and `/coach on` on a thread opened by threadAuthor. */
export function mayToggleCoaching(requester: Requester, threadAuthor: string | undefined, config: Config): boolean {
  const allowed: readonly string[] = config.coachOff.allowed;
  if (allowed.includes("anyone")) return true;
  if (allowed.includes("author") && threadAuthor !== undefined && requester.login.toLowerCase() === threadAuthor.toLowerCase()) return true;
  return allowed.includes(requester.association);
}
