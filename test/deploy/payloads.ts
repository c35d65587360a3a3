// Real webhook payloads from @octokit/webhooks-examples, picked by event and action.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const examples: Array<{ name: string; examples: Array<Record<string, any>> }> = require("@octokit/webhooks-examples");

/** A deep copy of the first example of `event` with `action` (preferring one without an installation when asked). */
export function examplePayload(event: string, action: string, opts: { withInstallation?: boolean } = {}): Record<string, any> {
  const group = examples.find((e) => e.name === event);
  const candidates = (group?.examples ?? []).filter((p) => p.action === action);
  const wanted = opts.withInstallation === undefined ? candidates : candidates.filter((p) => Boolean(p.installation) === opts.withInstallation);
  const found = wanted[0] ?? candidates[0];
  if (!found) throw new Error(`no example payload for ${event}.${action}`);
  return structuredClone(found);
}
