// Follow-ups and action items: "I'll…", "will open an issue…", "TODO after merge", with owner.
import { normalizeForMatch } from "./questions.ts";

const SELF =
  /\b(?:i'll|i will|i'm going to|i am going to|i can take|i'll take|i'll handle|i'll follow up|let me)\s+(?!admit|be honest|be frank|say|bet|note|assume|repeat|leave it|be happy|grant|concede|stop|let\b|see if|think|just say)\w+/;
const TEAM = /\b(?:will|going to)\s+(?:open|file|create|raise|send|write|add|update|fix|follow up|track)\b.{0,40}\b(?:issue|ticket|pr|pull request|follow[- ]?up|patch|docs?|test|changelog)\b/;
const TODO = /^(?:todo|follow[- ]?up|action item)\s*:|\btodo (?:after|before) (?:merge|release)\b/;
/** "@bob will …" / "bob can take …" assigns the item to someone else. */
const OTHER_OWNER = /^@?([a-z0-9][a-z0-9-]{0,38})\s+(?:will|can take|is going to|has agreed to|offered to)\b/i;

/** The owner of an action item in this sentence (the writer, or a named login), or null if it is not one. */
export function actionOwner(sentence: string, writer: string): string | null {
  const raw = sentence.trim();
  const s = normalizeForMatch(raw);
  if (!s || /\?\s*$/.test(s)) return null;
  const other = OTHER_OWNER.exec(raw.replace(/^[\s>*_-]+/, ""));
  if (other && raw.trimStart().startsWith("@")) return other[1];
  if (SELF.test(s) || TEAM.test(s) || TODO.test(s)) return writer;
  return null;
}
