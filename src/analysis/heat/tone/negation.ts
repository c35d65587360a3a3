// Negated heat is not heat. The rule layer already cancels a heat phrase under a negation ("this
// isn't stupid", "you broke nothing", "nobody blamed you") and counts it; the learned weights still
// read the words themselves and can score such a comment high. A comment that negates a heat phrase
// (an insult, a judgement, blame, a dismissal…; a negated absolute such as "not always" or "not
// everyone" negates no heat of its own) and holds no heat cue outside a negation (no live insult,
// blame, impatience, shouting, rhetorical question…) is not flagged by the full model's
// per-comment flag (tone/decision.ts). Reads rule hits only, no weights. Measured on held-out locked-issues repositories (eval/negated-heat-eval.ts,
// docs/tone-model.md "Issue 18, round 3b").
import { SLOT } from "./rules.ts";
import type { RuleScan } from "./rules.ts";

/** Rule slots below this one carry heat (insult … rhetorical); from it on, courtesy and questions. */
const FIRST_CALM_SLOT = SLOT.thanks;

/**
 * True when the comment negates a heat phrase beyond an absolute and the rule layer finds no heat cue
 * outside a negation. The word doing the negating ("nothing" in "you broke nothing") is part of the
 * negation, not a cue of its own, even where the scan also reads it as an absolute.
 */
export function onlyNegatedHeat(rules: RuleScan): boolean {
  if (!rules.negatedCategory.some((c) => c !== "absolute")) return false;
  const negators = new Set(rules.negatorAt);
  return !rules.hits.some((h) => h.slot < FIRST_CALM_SLOT && !(h.first === h.last && negators.has(h.first)));
}
