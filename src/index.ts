// The Probot app function: wires events and commands to their handlers, nothing else.
// `appWith` lets an entry add to the real deps (main.ts: the Redis thread lock).
import type { Probot } from "probot";
import { defaultDeps, type AppDeps } from "./app/deps.ts";
import { registerHandlers } from "./app/register.ts";

export function appWith(extra: (app: Probot) => Partial<AppDeps>): (app: Probot) => void {
  return (app: Probot) => {
    registerHandlers(app, { ...defaultDeps(), ...extra(app) });
  };
}

export default appWith(() => ({}));
