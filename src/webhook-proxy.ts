// The webhook proxy (WEBHOOK_PROXY_URL) is for trying the app from a laptop: GitHub delivers
// events to a public proxy channel (smee.io) and Probot's smee-client forwards them to the
// local server. It is never for production: with NODE_ENV=production the variable is dropped,
// with one line saying so, and the server only serves its own webhook route. Pure: the
// environment comes in, the setting to hand Probot and the line to print come out.

export interface ProxyDecision {
  /** The proxy channel Probot should connect to, if any. */
  url: string | undefined;
  /** One line for the operator, if something should be said. */
  notice?: { level: "warn" | "info"; text: string };
}

const LOOPBACK = new Set(["", "localhost", "127.0.0.1", "::1", "[::1]"]);

export function webhookProxy(env: Readonly<Record<string, string | undefined>>): ProxyDecision {
  const url = env.WEBHOOK_PROXY_URL?.trim() || undefined;
  if (env.NODE_ENV === "production") {
    if (!url) return { url: undefined };
    return {
      url: undefined,
      notice: {
        level: "warn",
        text:
          "WEBHOOK_PROXY_URL is ignored with NODE_ENV=production: no webhook proxy client is started. " +
          "A proxy channel is for trying the app from a laptop; in production, set the GitHub App's webhook URL to this server's webhook route (docs/deploy.md).",
      },
    };
  }
  if (url || !env.APP_ID || !LOOPBACK.has(env.HOST?.trim() ?? "")) return { url };
  return {
    url: undefined,
    notice: {
      level: "info",
      text:
        "no WEBHOOK_PROXY_URL: GitHub cannot deliver events to a server on localhost. " +
        "To try the app from this machine, forward them through a webhook proxy channel (README, Quick start).",
    },
  };
}

/**
 * The start-up failure to print when the proxy channel could not be reached. smee-client
 * rejects with the event source's error event (an Event, not an Error), so a plain
 * `String(error)` would only say "[object Event]".
 */
export function proxyConnectionFailure(error: unknown): string | undefined {
  if (!(error instanceof Event)) return undefined;
  const detail = (error as Event & { message?: unknown; code?: unknown });
  const why = [detail.code, detail.message].filter((part) => part !== undefined && part !== "").join(" ");
  return `could not connect to the webhook proxy channel in WEBHOOK_PROXY_URL${why ? ` (${why})` : ""}. ` +
    "Check the URL, create a new channel, or remove the variable to run without a proxy.";
}
