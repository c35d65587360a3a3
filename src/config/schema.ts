// The configuration schema of `.github/common-ground.yml`. This file is the documentation of
// every option: each field's description is published in the generated JSON Schema and README.
import { z } from "zod";

const login = z.string().min(1);

/** The repository digest (one issue or discussion listing the threads that need a person). */
const digestSchema = z
  .strictObject({
    enabled: z.boolean().default(false).describe("Keep a digest of the threads that need a person: heating up, questions waiting, debates ready for a decision."),
    where: z.enum(["issue", "discussion"]).default("issue").describe("Where the digest lives: one issue, or one Discussion in `digest.category`."),
    category: z.string().min(1).default("General").describe("The Discussion category of the digest (where: discussion)."),
    title: z.string().min(1).max(200).default("Common Ground digest").describe("Title of the digest issue or discussion."),
    reopen: z.boolean().default(false).describe("Reopen the digest issue when it was closed. false: a closed digest is left closed and no longer refreshed (no second one is opened)."),
    scheduleHours: z.number().min(1).max(24 * 7).default(24).describe("The server refreshes the digest this often (hours)."),
    debounceMinutes: z.number().min(0).max(24 * 60).default(10).describe("…and this long after a thread's last event (minutes; 0: only on the schedule)."),
    maxAgeDays: z.number().min(1).max(3650).default(90).describe("Only threads updated in the last this many days are read."),
    maxThreads: z.number().int().min(1).max(2000).default(500).describe("At most this many open threads (most recently updated first) are read per refresh."),
    maxPerSection: z.number().int().min(1).max(100).default(25).describe("Most entries per section; the rest is counted, with a search link."),
  })
  .prefault({})
  .describe("The repository digest (off by default).");

export const configSchema = z
  .strictObject({
    enabled: z
      .boolean()
      .default(true)
      .describe("Master switch. false: the app stays silent in this repository (commands answer with a one-line note)."),
    sensitivity: z
      .enum(["low", "medium", "high"])
      .default("medium")
      .describe("How readily a comment or thread counts as heated. low = only clear hostility; high = earlier nudges, more false alarms."),
    nudges: z
      .strictObject({
        escalation: z.boolean().default(true).describe("Nudge when a thread's heat rises."),
        openItems: z.boolean().default(true).describe("List questions and concerns that stayed unanswered."),
        convergence: z.boolean().default(true).describe("Offer agreed points and a decision-record draft when a long debate converges."),
      })
      .prefault({})
      .describe("Which automatic nudges are on."),
    escalation: z
      .strictObject({
        threshold: z
          .enum(["warming", "heated"])
          .default("heated")
          .describe("Thread level at which the escalation nudge is posted."),
      })
      .prefault({})
      .describe("Escalation nudge settings."),
    openItems: z
      .strictObject({
        minAgeHours: z.number().min(0).default(24).describe("An item counts as unanswered once it is this many hours old…"),
        minLaterComments: z.number().int().min(0).default(3).describe("…or once this many comments by others came after it."),
      })
      .prefault({})
      .describe("When a question or concern counts as left unanswered."),
    cooldown: z
      .strictObject({
        hours: z.number().min(0).default(24).describe("After a nudge, wait at least this many hours before a new one on the same thread…"),
        comments: z.number().int().min(0).default(5).describe("…and at least this many new comments."),
      })
      .prefault({})
      .describe("So the app never nags a thread."),
    minComments: z
      .number()
      .int()
      .min(1)
      .default(4)
      .describe("Automatic nudges only in threads with at least this many comments (commands work everywhere)."),
    ignore: z
      .strictObject({
        users: z.array(login).default([]).describe("Logins whose comments are not analysed (bots are always ignored)."),
        labels: z.array(z.string()).default([]).describe("Threads with any of these labels get no automatic nudges."),
      })
      .prefault({})
      .describe("What to leave alone."),
    coachOff: z
      .strictObject({
        allowed: z
          .array(z.enum(["author", "OWNER", "MEMBER", "COLLABORATOR", "CONTRIBUTOR", "anyone"]))
          .default(["author", "OWNER", "MEMBER", "COLLABORATOR"])
          .describe("Who may use /coach off and /coach on: the thread's author and/or these author associations."),
      })
      .prefault({})
      .describe("Who may switch coaching off on a thread."),
    commands: z
      .strictObject({
        enabled: z.boolean().default(true).describe("Answer slash commands (/summarize, /concerns, /decision, /coach)."),
        summarizeCooldownMinutes: z
          .number()
          .min(0)
          .default(10)
          .describe("Minimum minutes between two /summarize, /concerns or /decision answers on the same thread."),
      })
      .prefault({})
      .describe("Slash commands."),
    inThreadNotes: z
      .boolean()
      .default(true)
      .describe("false: no automatic note is ever written in a thread (commands still answer). With `digest` on, a repository gets the digest alone."),
    digest: digestSchema,
    evidence: z
      .boolean()
      .default(true)
      .describe("Include a collapsed 'Why am I seeing this?' section with the evidence behind a nudge."),
  })
  .describe("Common Ground configuration (.github/common-ground.yml)");

/** The validated configuration with every default filled in. */
export type Config = z.output<typeof configSchema>;
/** What a user may write in the YAML file. */
export type ConfigInput = z.input<typeof configSchema>;

/** The defaults: what the app does with no file at all. */
export const defaultConfig: Config = configSchema.parse({});
