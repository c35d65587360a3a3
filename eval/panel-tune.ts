// Chooses the answer-matching weights on one fold of the thread panel and reads them on the other:
// a small grid over the third-person factor, the form weight and the cut, scored per labelled item
// (eval/panel-answers.ts) by balanced accuracy (open items kept open, answered items found answered).
// `node --import tsx eval/panel-tune.ts` prints the best setting chosen on A read on B, and vice versa.
import { ANSWER_WEIGHTS, type AnswerWeights } from "../src/analysis/address-score.ts";
import { requireDataDir } from "./data.ts";
import { checkAnswers, type AnswerCounts } from "./panel-answers.ts";
import { loadPanel } from "./panel-eval.ts";
import { panelFold, type PanelFold } from "./panel-folds.ts";

function balanced(c: AnswerCounts): number {
  return (c.open ? c.openKept / c.open : 1) / 2 + (c.answered ? c.answeredFound / c.answered : 1) / 2;
}

const panel = loadPanel(requireDataDir("eval/panel-tune.ts"));
if (!panel) process.exit(2);
const fold = (f: PanelFold) => panel.threads.filter((_, i) => panelFold(i) === f);
const grid: AnswerWeights[] = [];
for (const position of [0.5, 0.75, 1])
  for (const thirdPerson of [0.25, 0.5, 0.75, 1])
  for (const form of [0.25, 0.5, 0.75])
    for (const cut of [0.75, 1, 1.25, 1.5]) grid.push({ ...ANSWER_WEIGHTS, position, thirdPerson, form, cut });
const show = (w: AnswerWeights) => `position ${w.position}, thirdPerson ${w.thirdPerson}, form ${w.form}, cut ${w.cut}`;
for (const [tune, read] of [["A", "B"], ["B", "A"]] as [PanelFold, PanelFold][]) {
  let best = grid[0];
  let bestScore = -1;
  for (const w of grid) {
    const s = balanced(checkAnswers(fold(tune), panel.labels, w).counts);
    if (s > bestScore + 1e-9) [best, bestScore] = [w, s];
  }
  const held = checkAnswers(fold(read), panel.labels, best).counts;
  console.log(`chosen on ${tune} (${show(best)}): balanced ${bestScore.toFixed(3)} on ${tune}, ${balanced(held).toFixed(3)} on ${read} (open kept ${held.openKept}/${held.open}, answered found ${held.answeredFound}/${held.answered})`);
}
const shipped = (f: PanelFold) => checkAnswers(fold(f), panel.labels).counts;
console.log(`shipped (${show(ANSWER_WEIGHTS)}): balanced A ${balanced(shipped("A")).toFixed(3)}, B ${balanced(shipped("B")).toFixed(3)}`);
