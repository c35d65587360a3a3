// Participants of a thread (people only; bots are excluded upstream) with their comment counts
// and mean per-comment heat, in order of first appearance.
import type { Comment } from "../thread/model.ts";
import type { Participant } from "./types.ts";
import type { CommentFeatures } from "./comment-features.ts";

export function summarizeParticipants(comments: Comment[], features: CommentFeatures[]): Participant[] {
  const byLogin = new Map<string, { n: number; heat: number }>();
  comments.forEach((c, i) => {
    const p = byLogin.get(c.author.login) ?? { n: 0, heat: 0 };
    p.n++;
    p.heat += features[i].tone.score;
    byLogin.set(c.author.login, p);
  });
  return [...byLogin].map(([login, p]) => ({ login, comments: p.n, meanHeat: Math.round((p.heat / p.n) * 1000) / 1000, isBot: false }));
}
