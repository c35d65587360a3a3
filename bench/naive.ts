// The naive design the issue measures us against: a full compromise parse of every comment's
// raw body, then questions() and nouns() on it. Returns what it found, so the work is not dead code.
import nlp from "compromise";

export interface NaiveResult {
  questions: number;
  nouns: number;
}

/** Full parse + questions() + nouns() of one text. */
export function naiveComment(text: string): NaiveResult {
  const doc = nlp(text);
  return { questions: doc.questions().length, nouns: doc.nouns().length };
}

/** The naive design over a list of comment bodies. */
export function naiveThread(bodies: readonly string[]): NaiveResult {
  let questions = 0;
  let nouns = 0;
  for (const b of bodies) {
    const r = naiveComment(b);
    questions += r.questions;
    nouns += r.nouns;
  }
  return { questions, nouns };
}
