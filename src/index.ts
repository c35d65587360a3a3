// The Probot app function: wires events and commands to their handlers, nothing else.
import type { Probot } from "probot";
import { defaultDeps } from "./app/deps.ts";
import { registerHandlers } from "./app/register.ts";

export default (app: Probot) => {
  registerHandlers(app, defaultDeps());
};
