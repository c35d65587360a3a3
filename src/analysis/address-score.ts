// How strongly a later comment addresses an item: a weighted sum of the signals people read an
// answer by — it is the very next turn by the person the item was put to (a third person's next
// comment counts less), it speaks to the item's topic (rare terms shared), it has the form of an
// answer (yes/no, a reason, a number, one of the options, a thing done). A comment answers the
// item when the sum reaches the cut. Weights and cut were chosen on one fold of the thread panel
// and read on the other (eval/panel-answers.ts, docs/evaluation.md). Pure arithmetic.

export interface AnswerWeights {
  /** The next engaging turn by someone else. */
  position: number;
  /** Factor on `position` when its writer had not spoken before the item and was not named in it. */
  thirdPerson: number;
  /** Share of half the item's topic terms (at most three) the comment shares. */
  topic: number;
  /** The comment's opening has the form the item asks for. */
  form: number;
  cut: number;
}

export interface AddressSignals {
  nextTurn: boolean;
  addressed: boolean;
  /** 0..1 */
  topicShare: number;
  sharedTerms: number;
  form: boolean;
}

export const ANSWER_WEIGHTS: AnswerWeights = { position: 1, thirdPerson: 0.5, topic: 1, form: 0.5, cut: 1 };

/** The address score of one comment for one item. */
export function addressScore(w: AnswerWeights, s: AddressSignals): number {
  const position = s.nextTurn ? w.position * (s.addressed ? 1 : w.thirdPerson) : 0;
  // One shared term alone is weak evidence away from the next turn: it needs two.
  const topic = s.nextTurn || s.sharedTerms >= 2 ? w.topic * s.topicShare : 0;
  return position + topic + (s.form ? w.form : 0);
}
