// Open-ended questions a facilitator could ask about one open item, built from the item's own
// noun phrases and shaped by what kind of item it is (predicted breakage, risk, a "why", a choice
// between two options, an alternative raised, a plain question). See the coaching playbook.
import { nounPhrases } from "./noun-phrases.ts";
import { normalizeForMatch } from "./questions.ts";

type Shape = "breakage" | "risk" | "why" | "choice" | "alternative" | "how" | "plain";

function shapeOf(text: string, kind: "question" | "concern"): Shape {
  const s = normalizeForMatch(text);
  if (/\b(?:break|breaks|breaking|regress\w*|crash\w*|fail\w*|corrupt\w*|lose|losing|leak\w*|deadlock\w*)\b/.test(s)) return "breakage";
  if (/^(?:what|how) about\b|^-1\b|\binstead\b/.test(s)) return "alternative";
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

/** Chat words that can surface as a key term but never name a topic ("…for lol to feel safe"). */
const CHAT_WORD = /^(?:lol|lmao|rofl|ha(?:ha)+|he(?:he)+|omg|wtf|btw|imo|imho|afaik|tbh|fwiw|ok|okay|yeah|yep|nope|thx|pls|plz)$/i;

/** 1–3 open-ended questions about one open item, built from its own noun phrases. */
export function suggestQuestions(text: string, kind: "question" | "concern", nouns?: string[]): string[] {
  const phrases = (nouns ?? nounPhrases(text, 3)).filter((p) => !CHAT_WORD.test(p.trim()));
  const a = phrases[0] ?? "this point";
  const b = phrases.find((p) => p.toLowerCase() !== a.toLowerCase());
  const out = compose(shapeOf(text, kind), a, b);
  return [...new Set(out)].slice(0, 3);
}
