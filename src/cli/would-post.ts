// `analyze --format comment`: what the app itself would do right after the thread's last
// comment, with no earlier coaching comment — the coaching comment it would post (without its
// hidden state marker), or the reason it would stay silent. Same policy and rendering as the app.
import type { ThreadReport } from "../analysis/types.ts";
import { composeCoachingComment } from "../coach/comment.ts";
import { planEvent } from "../coach/plan.ts";
import type { Config } from "../config/schema.ts";
import { renderCoachingComment } from "../render/coaching-comment.ts";
import type { Thread } from "../thread/model.ts";

export function wouldPost(thread: Thread, report: ThreadReport, config: Config, now: Date): string {
  const plan = planEvent({ thread, report, config, state: null, now });
  if (!plan.write) return `_Common Ground would stay silent here: ${plan.decision.reason}._\n`;
  const body = renderCoachingComment(composeCoachingComment({ state: plan.state, report, thread, config, now, notice: plan.notice }));
  return `${body.replace(/\s*<!-- common-ground:state[\s\S]*?-->\s*$/, "").trimEnd()}\n`;
}
