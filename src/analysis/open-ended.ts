// Open-ended questions a facilitator could ask about one open item, built from the item's own
// topics (noun phrases that name something: topics.ts) and shaped by what kind of item it is
// (predicted breakage, risk, a "why", a choice between two options, an alternative raised, a
// plain question). An item that names no topic gets the playbook's topic-free questions of its
// shape. See the coaching playbook.
import { normalizeForMatch } from "./questions.ts";
import { topicsOf } from "./topics.ts";

export type Shape = "breakage" | "risk" | "why" | "choice" | "alternative" | "how" | "plain";

export function shapeOf(text: string, kind: "question" | "concern"): Shape {
  const s = normalizeForMatch(text);
  if (/\b(?:break|breaks|breaking|regress\w*|crash\w*|fail\w*|corrupt\w*|lose|losing|leak\w*|deadlock\w*)\b/.test(s)) return "breakage";
  if (/^(?:what|how) about\b|^-1\b|(?<!\bhappen\w* )\binstead\b/.test(s)) return "alternative";
  if (/\b\w+ or \w+/.test(s) && /\?/.test(s) && !/\bor not\b/.test(s)) return "choice";
  if (/^why\b|\bwhy (?:do|does|did|is|are|not|we)\b|\bthe reason\b|\brationale\b/.test(s)) return "why";
  if (kind === "concern") return "risk";
  if (/^how\b/.test(s)) return "how";
  return "plain";
}

/** Builds the sentences for one shape from the item's noun phrases (a = main, b = second). */
function compose(shape: Shape, a: string, b: string | undefined): string[] {
  const other = b ?? a;
  switch (shape) {
    case "breakage":
      return [
        `What would show whether ${a} keeps working after this change?`,
        `Which uses of ${other} matter most, and how could a test cover them?`,
        b ? `What would it take to change ${b} without putting ${a} at risk?` : `What is the smallest change that would protect ${a}?`,
      ];
    case "risk":
      return [
        `What would need to be true for ${a} to feel safe here?`,
        b ? `How much does ${b} weigh against ${a} for the people affected?` : `What evidence (a test, a benchmark, a reproduction) would settle the worry about ${a}?`,
        `Which part of the concern about ${other} could wait for a follow-up?`,
      ];
    case "why":
      return [
        `Which constraint makes ${a} necessary here?`,
        `What alternatives to ${a} were considered, and what ruled them out?`,
        b ? `How would ${b} change if ${a} were done differently?` : `What would change for users if ${a} were done differently?`,
      ];
    case "choice":
      return [
        b ? `What are the trade-offs between ${a} and ${b} for this case?` : `What are the trade-offs of ${a} for this case?`,
        `What would help decide on ${a}: a measurement, a prototype, or a maintainer's call?`,
      ];
    case "alternative":
      return [
        `How should ${a} be handled: in this change, or as a follow-up?`,
        `What would it cost to leave ${other} as it is for now?`,
        b ? `Which needs does ${a} serve that ${b} does not?` : `Which need behind ${a} is not yet covered?`,
      ];
    case "how":
      return [
        `What would a complete answer about ${a} need to cover?`,
        b ? `How do ${a} and ${b} fit together in the current design?` : `Which example or test would show how ${a} behaves?`,
      ];
    default:
      return [
        `What would need to be true for ${a} to work as expected here?`,
        b ? `How do ${a} and ${b} interact, and what test would show it?` : `What test or example would show how ${a} behaves?`,
      ];
  }
}

/** Questions for an item that names no topic: the same shapes, in words that fit any item. */
const TOPIC_FREE: Record<Shape, string[]> = {
  breakage: [
    "What would show whether the current behaviour keeps working after this change?",
    "Which uses matter most here, and how could a test cover them?",
    "What is the smallest change that would keep existing users safe?",
  ],
  risk: [
    "What would need to be true for this change to feel safe?",
    "What evidence (a test, a benchmark, a reproduction) would settle this worry?",
    "Which part of this concern could wait for a follow-up?",
  ],
  why: [
    "Which constraint makes this approach necessary here?",
    "What alternatives were considered, and what ruled them out?",
    "What would change for users if this were done differently?",
  ],
  choice: ["What are the trade-offs between the options for this case?", "What would help decide: a measurement, a prototype, or a maintainer's call?"],
  alternative: [
    "How should this suggestion be handled: in this change, or as a follow-up?",
    "What would it cost to leave things as they are for now?",
    "Which need behind the suggestion is not yet covered?",
  ],
  how: ["What would a complete answer to this question need to cover?", "Which example or test would show the behaviour in question?"],
  plain: ["What would need to be true for this to work as expected here?", "What test or example would show the expected behaviour?"],
};

/**
 * 1–3 open-ended questions about one open item, built from its own topics; `nouns` replaces its
 * noun phrases (key terms, for the cheaper variant). Topic-free questions when it names none.
 */
export function suggestQuestions(text: string, kind: "question" | "concern", nouns?: string[]): string[] {
  const shape = shapeOf(text, kind);
  const topics = topicsOf(text, 3, nouns);
  const a = topics[0];
  const out = a === undefined ? TOPIC_FREE[shape] : compose(shape, a, topics.find((p) => p.toLowerCase() !== a.toLowerCase()));
  return [...new Set(out)].slice(0, 3);
}
