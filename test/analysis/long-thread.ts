// Test helper: a long, realistic thread generated from a small set of review comments.
import type { Comment, Thread } from "../../src/thread/model.ts";

const LINES = [
  "I tested the branch on the staging cluster with the nightly data set and the import finished in 14 minutes, down from 52. The memory profile looks flat too, which was my main worry with the streaming parser.",
  "Thanks for the numbers. Could we also run it against the Windows runner before we merge? The path handling in the exporter has bitten us twice this year and I'd rather not find out from a user report.",
  "Good point, I'll add the Windows job to the matrix. It doubles the CI time for this workflow, so I'd keep it on the release branch only.",
  "What happens to uploads that are already in the queue when we deploy this? Do they restart from scratch or resume from the last checkpoint?",
  "They resume: the checkpoint is written after every batch of 500 rows, and the worker reads it on start. I documented it in the upgrade notes.",
  "Makes sense. One concern: the checkpoint table has no index on job_id, so with thousands of jobs the lookup on start could get slow.",
  "Agreed, added the index in a separate migration so it can be rolled back on its own.",
  "I'm not sure about the naming of the new flag. Everything else in the CLI uses --no-something for negative options, so --disable-resume stands out.",
  "Fair, renamed it to --no-resume and kept the old spelling as a hidden alias for one release.",
  "LGTM from the database side. The migration is backwards compatible and the rollback script works on a copy of production.",
  "While we're at it, should we also move the retry settings into the config file? They are hard-coded in three places today.",
  "Let's keep that for a follow-up issue; this PR is already large. I'll open one after merge and link it here.",
  "The docs page still shows the old diagram with the synchronous import. Can someone with access to the design files update it?",
  "I can take the diagram. It should be done by Friday.",
  "Small thing: the log message on resume says 'restarting' which confused me when reading the logs. Maybe 'resuming from row N' would be clearer?",
];
const PEOPLE = ["ana", "ben", "chen", "dara", "eli", "fay"];

/** A thread of `n` comments (plus the opening post) cycling through the lines and participants; each comment has `paragraphs` lines. */
export function longThread(n: number, paragraphs = 1): Thread {
  const start = Date.UTC(2024, 2, 1, 8);
  const comments: Comment[] = [
    { id: "c0", kind: "body", author: { login: "ana", isBot: false, association: "OWNER" }, body: "This PR streams CSV imports instead of loading the whole file, with checkpoints so that a restarted worker resumes where it stopped.", createdAt: new Date(start).toISOString() },
  ];
  for (let i = 1; i <= n; i++) {
    comments.push({
      id: `c${i}`,
      kind: "comment",
      author: { login: PEOPLE[(i * 7) % PEOPLE.length], isBot: false, association: "MEMBER" },
      body: Array.from({ length: paragraphs }, (_, k) => LINES[(i + k * 4) % LINES.length]).join("\n\n"),
      createdAt: new Date(start + i * 37 * 60_000).toISOString(),
    });
  }
  return { kind: "pull_request", title: "Stream CSV imports with checkpoints", labels: [], reviewThreads: [], comments };
}
