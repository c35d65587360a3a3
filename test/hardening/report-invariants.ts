// The invariants every ThreadReport must hold, as a list of problems (empty = fine): scores in
// 0..1, every reported item's commentId is a comment of the thread, counts consistent.
import type { ThreadReport } from "../../src/analysis/types.ts";
import type { Thread } from "../../src/thread/model.ts";

const inUnit = (x: number) => Number.isFinite(x) && x >= 0 && x <= 1;

export function reportProblems(report: ThreadReport, thread: Thread): string[] {
  const problems: string[] = [];
  const ids = new Set(thread.comments.map((c) => c.id));
  const logins = new Set(thread.comments.map((c) => c.author.login));
  const point = (what: string, id: string | undefined) => {
    if (id === undefined || !ids.has(id)) problems.push(`${what} points at ${id}, not a comment of the thread`);
  };
  if (!inUnit(report.heat.score)) problems.push(`heat.score ${report.heat.score}`);
  if (!["calm", "warming", "heated"].includes(report.heat.level)) problems.push(`heat.level ${report.heat.level}`);
  if (report.heat.since) {
    point("heat.since", report.heat.since.commentId);
    if (thread.comments[report.heat.since.index]?.id !== report.heat.since.commentId) problems.push("heat.since.index does not match its commentId");
  }
  for (const c of report.heat.perComment) {
    point("heat.perComment", c.commentId);
    if (!inUnit(c.score)) problems.push(`perComment score ${c.score}`);
  }
  for (const login of report.heat.involved) if (!logins.has(login)) problems.push(`involved ${login} is not a participant`);
  for (const item of [...report.openQuestions, ...report.openConcerns]) {
    point(`open ${item.kind}`, item.commentId);
    if (item.laterComments < 0) problems.push(`laterComments ${item.laterComments}`);
  }
  for (const a of report.agreements) {
    point("agreement", a.commentId);
    for (const id of a.agreementCommentIds) point("agreement by", id);
  }
  for (const [name, list] of [["decision", report.decisions], ["action item", report.actionItems], ["scope growth", report.scopeGrowth]] as const) {
    for (const item of list) point(name, item.commentId);
  }
  if (report.ending) {
    for (const e of report.ending.scores) {
      point("ending score", e.commentId);
      if (!inUnit(e.probability)) problems.push(`ending probability ${e.probability}`);
    }
    if (report.ending.outcome) point("ending outcome", report.ending.outcome.commentId);
  }
  for (const p of report.participants) if (!inUnit(p.meanHeat)) problems.push(`meanHeat of ${p.login} ${p.meanHeat}`);
  if (!inUnit(report.language.confidence)) problems.push(`language confidence ${report.language.confidence}`);
  if (report.commentCount < 0 || report.commentCount > thread.comments.length) problems.push(`commentCount ${report.commentCount}`);
  return problems;
}
