// The root logger of every entry (server, Action, serverless): Probot's own (pino with
// @probot/pino's pretty/JSON transform, read from the same LOG_* variables) plus redaction,
// so that no log line carries what people wrote. Redacted wherever they appear, including
// in errors Probot's error handler logs and in its debug line per GitHub request: webhook
// payloads (comment, issue, pull-request, review and discussion bodies and titles), request
// bodies and variables sent to GitHub (the coaching comment quotes the thread) and GitHub's
// answer data.
import { getTransformStream } from "@probot/pino";
import { pino, type Logger } from "pino";

export const REDACTED = "[redacted]";

/** Where an error (or a list of them) sits in a log line, and what in it can hold people's text. */
const ERRORS = ["err", "err.aggregateErrors[*]", "err.cause", "error"];
const ERROR_CONTENT = ["event.payload", "payload", "request.body", "request.variables", "response.data", "data"];

/** Every pino path that is replaced by REDACTED. */
export const REDACTED_PATHS: readonly string[] = [
  "payload",
  "event.payload",
  // Probot's debug line per GitHub request logs the request body's fields (REST body, GraphQL variables).
  "body",
  "title",
  "variables.body",
  ...ERRORS.flatMap((where) => ERROR_CONTENT.map((what) => `${where}.${what}`)),
];

type Level = "trace" | "debug" | "info" | "warn" | "error" | "fatal";
const LEVELS = new Set<string>(["trace", "debug", "info", "warn", "error", "fatal"]);

/** The logger Probot would make from `env` (LOG_LEVEL, LOG_FORMAT, LOG_LEVEL_IN_STRING, LOG_MESSAGE_KEY, SENTRY_DSN), redacting. */
export async function createLog(env: NodeJS.ProcessEnv = process.env): Promise<Logger> {
  const transform = await getTransformStream({
    logFormat: env.LOG_FORMAT === "json" ? "json" : "pretty",
    logLevelInString: env.LOG_LEVEL_IN_STRING === "true",
    sentryDsn: env.SENTRY_DSN || undefined,
  });
  transform.pipe(pino.destination(1) as unknown as NodeJS.WritableStream); // as Probot does: stdout
  const level: Level = env.LOG_LEVEL && LEVELS.has(env.LOG_LEVEL) ? (env.LOG_LEVEL as Level) : "info";
  return pino(
    { level, name: "probot", messageKey: env.LOG_MESSAGE_KEY || "msg", redact: { paths: [...REDACTED_PATHS], censor: REDACTED } },
    transform,
  );
}
