// Whether a thread is written in English, judged on a sample of its people's prose
// (delegates to the text-cleaning layer's detectLanguage).
import { detectLanguage } from "../thread/language.ts";

/** Sample size: enough prose for a confident guess without reading a whole long thread. */
const MAX_CHARS = 8000;

/** English-ness of the thread: {isEnglish, confidence 0..1}, from up to MAX_CHARS of its prose. */
export function threadLanguage(samples: string[]): { isEnglish: boolean; confidence: number } {
  let text = "";
  for (const s of samples) {
    if (text.length >= MAX_CHARS) break;
    text += `${s}\n\n`;
  }
  if (!text.trim()) return { isEnglish: true, confidence: 0 };
  const guess = detectLanguage(text.slice(0, MAX_CHARS));
  return { isEnglish: guess.isEnglish, confidence: guess.confidence };
}
