// Whether a thread is written in English, judged on a sample of its people's prose.
// TEMPORARY local check (share of common English function words) until
// src/thread/language.ts (detectLanguage) lands; then this module delegates to it.

const ENGLISH = new Set(
  "the a an and or but of to in on at for with is are was were be been it this that these those i you we they he she not no do does did have has had can could should would will my your our their from by as if so what which who how why when there here about just also than then".split(
    " ",
  ),
);

/** English-ness of a text sample: {isEnglish, confidence 0..1}. */
export function threadLanguage(samples: string[]): { isEnglish: boolean; confidence: number } {
  const text = samples.join(" ").slice(0, 20000);
  const tokens = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (tokens.length < 3) return { isEnglish: true, confidence: 0 };
  const letters = text.match(/\p{L}/gu) ?? [];
  const latin = letters.filter((ch) => /[a-z]/i.test(ch)).length / Math.max(1, letters.length);
  const share = tokens.filter((t) => ENGLISH.has(t)).length / tokens.length;
  // English prose runs at ~35-50% function words; other Latin-script languages well under 10%.
  const isEnglish = latin > 0.7 && share >= 0.12;
  const confidence = Math.min(1, Math.abs(share - 0.12) / 0.12) * Math.min(1, tokens.length / 30);
  return { isEnglish, confidence: Math.round(confidence * 100) / 100 };
}
