// Evaluation section `items`: what counts as an item and when an item is answered.
// 1. Per labelled item of the thread panel, per fold: does answer matching agree with the label
//    (eval/panel-answers.ts)? 2. Complaint questions (src/analysis/complaint-questions.ts) on
//    cr-confusion's 395 reviewer questions: how many genuine questions the rule would drop, at the
//    questions' own tone and as if every one sat in a heated turn.
import { join } from "node:path";
import { readJsonl } from "./data.ts";
import type { EvalSection } from "./section.ts";
import { loadPanel } from "./panel-eval.ts";
import { answersMarkdown } from "./panel-answers.ts";
import { isComplaintQuestion } from "../src/analysis/complaint-questions.ts";
import { scoreProse } from "../src/analysis/heat/tone.ts";
import { blameCount, pointedYouCount } from "../src/analysis/heat/cues.ts";
import { splitSentences } from "../src/analysis/text-units.ts";

/** Intents that are not a request for an answer: these should not become items. */
const NOT_ASKING = new Set(["rhetorical question", "criticism", "anger", "surprise"]);

function complaintSection(dataDir: string): EvalSection {
  const rows = readJsonl<{ text: string; label: string[] }>(join(dataDir, "cr-confusion", "questions_intent.jsonl"));
  const count = (allHeated: boolean) => {
    let genuine = 0, genuineDropped = 0, other = 0, otherDropped = 0, heated = 0;
    for (const r of rows) {
      const turnHeated = allHeated || scoreProse(r.text).hot || pointedYouCount(r.text) > 0 || blameCount(r.text) > 0;
      if (turnHeated) heated++;
      const dropped = splitSentences(r.text).some((s) => s.includes("?") && isComplaintQuestion(s, turnHeated));
      if (r.label.some((l) => !NOT_ASKING.has(l))) {
        genuine++;
        if (dropped) genuineDropped++;
      } else {
        other++;
        if (dropped) otherDropped++;
      }
    }
    return `| ${allHeated ? "every question in a heated turn" : "the question's own tone"} | ${heated} | ${genuineDropped} of ${genuine} | ${otherDropped} of ${other} |`;
  };
  return {
    title: "What counts as an item: complaint questions on cr-confusion",
    markdown: [
      "A question that is a complaint (\"how exactly was anyone supposed to guess that?\"; in a turn that reads heated or aims at a person, also \"what kind of…\", \"who thought…\") counts as rhetorical heat, not as an open item. On cr-confusion's 395 reviewer questions (genuine = any intent other than rhetorical, criticism, anger, surprise alone):",
      "",
      "| turn read as heated by | heated turns | genuine questions dropped | non-genuine dropped |",
      "|---|---|---|---|",
      count(false),
      count(true),
      "",
      "Code-review questions are rarely heated, so this set mostly shows the cost on genuine questions (none); \"why do you…\" was left out of the rule because here it asks for a rationale.",
    ].join("\n"),
  };
}

export async function run(dataDir: string): Promise<EvalSection[]> {
  const sections: EvalSection[] = [];
  const panel = loadPanel(dataDir);
  if (panel) sections.push({ title: "Answer matching per labelled item (thread panel)", markdown: answersMarkdown(panel) });
  sections.push(complaintSection(dataDir));
  return sections;
}
