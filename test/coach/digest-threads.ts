// Digest test threads: an open thread with its report, built from the coach factories.
import type { DigestThread } from "../../src/coach/digest.ts";
import type { ThreadReport } from "../../src/analysis/types.ts";
import { comment, report } from "./factories.ts";

/** Open thread number `n` of acme/widgets with `count` comments and this report. */
export function digestThread(n: number, overrides: Partial<ThreadReport> = {}, extra: Partial<DigestThread> = {}): DigestThread {
  const url = `https://github.com/acme/widgets/issues/${n}`;
  const count = overrides.commentCount ?? 6;
  const comments = Array.from({ length: count }, (_, i) => comment(i + 1, { url: `${url}#issuecomment-${n * 100 + i + 1}` }));
  return { kind: "issue", number: n, title: `Thread ${n}`, url, labels: [], comments, report: report({ commentCount: count, ...overrides }), coachOff: false, ...extra };
}
