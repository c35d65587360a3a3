// Cheap language check: is this text English? Script counting (Han, Kana, Hangul,
// Cyrillic, Arabic, …) plus stop-word ratios for English and the common Latin-script
// languages of open-source threads (German, Spanish, French, Portuguese, Italian, Dutch).
// Short or code-only text is never declared non-English with high confidence: the app
// stays silent on non-English threads, so a false "not English" would silence it wrongly.

export interface LanguageGuess {
  isEnglish: boolean;
  /** 0..1: how sure the guess is. Low for short or code-heavy text. */
  confidence: number;
}

const STOP_WORDS: Record<string, string> = {
  en: "the and is are was were be been this that these those with for not have has had it its of to you we they he she i me my our your their a an in on at by from or but if so as what which who why how when where would should could can will do does did don't doesn't isn't it's i'm there here about also just than then some any all no more very only into out up because after before while",
  de: "der die das und ist nicht ich ein eine einen zu den dem mit sich auf für auch wir sie aber wenn oder noch nur wie dass kann wird sind bei von haben hat diese dieser warum was schon mehr kein keine jetzt hier mir mich doch habe werden wurde sein im zum zur ja nein über",
  es: "el la los las que y en un una es por con para del se lo como pero más sus le ya o este esta sí porque cuando muy sin sobre también hay donde todo está puede creo hacer ser tiene esto eso nos al fue son mi yo",
  fr: "le la les de des et est un une du que qui pas pour dans ce il elle je nous vous ne sur au avec mais ou sont cette ça très aussi être avoir fait peut comme plus tout bien si aux ces mon ma",
  pt: "o a os as que e é do da dos das em um uma para com não por mais se na no ao mas como foi também isso este esta está muito já quando são você pode ser tem eu ele ela nos pelo pela",
  it: "il lo gli la che e è di un una per non sono con del della anche questo ma come più ho ha se ci mi nel alla perché cosa essere fatto molto già",
  nl: "de het een en van is niet dat die op te zijn met voor ik je maar ook dit wat hoe kan er naar bij nog wel geen",
};
const LEXICON = new Map<string, Set<string>>();
for (const [lang, words] of Object.entries(STOP_WORDS)) {
  for (const w of words.split(" ")) {
    let set = LEXICON.get(w);
    if (!set) LEXICON.set(w, (set = new Set()));
    set.add(lang);
  }
}

/** Letters typical of other Latin-script languages and rare in English. */
const FOREIGN_LATIN = /[äöüßñãõçàèìòùâêîôûëïœæåøáéíóúý¿¡ąćęłńśźżğışčřšžůőűț]/gi;
const NON_LATIN_WORD = /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Thai}\p{Script=Armenian}\p{Script=Georgian}]+/gu;
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const LATIN_WORD = /[A-Za-z\u00c0-\u024f]+(?:'[A-Za-z]+)?/g;

/** A token that is an identifier rather than a word (mixed case, digits, underscores). */
function isWordLike(token: string): boolean {
  return token.length <= 20 && !/[a-z][A-Z]/.test(token);
}

/** Guesses whether `text` (ideally cleaned prose) is English. Pure and cheap. */
export function detectLanguage(text: string): LanguageGuess {
  if (typeof text !== "string") return { isEnglish: true, confidence: 0 };
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const cjk = sample.match(CJK_CHAR)?.length ?? 0;
  const nonLatinWords = sample.match(NON_LATIN_WORD)?.length ?? 0;
  const latinTokens = (sample.match(LATIN_WORD) ?? []).filter(isWordLike);
  // A CJK character carries roughly half a word's worth of text.
  const foreignScriptWords = nonLatinWords + cjk / 2;
  const latinWords = latinTokens.length;
  const total = foreignScriptWords + latinWords;
  if (total < 1) return { isEnglish: true, confidence: 0.1 };
  // How much evidence there is: saturates around 30 words.
  const evidence = Math.min(1, total / 30);

  const foreignShare = foreignScriptWords / total;
  if (foreignShare > 0.5 && foreignScriptWords >= 2) {
    return { isEnglish: false, confidence: round(0.5 + 0.49 * Math.min(1, (foreignShare - 0.5) * 2) * evidence) };
  }

  const hits: Record<string, number> = {};
  for (const lang of Object.keys(STOP_WORDS)) hits[lang] = 0;
  for (const token of latinTokens) {
    const langs = LEXICON.get(token.toLowerCase());
    if (langs) for (const lang of langs) hits[lang]++;
  }
  const en = hits.en;
  let best = "en";
  for (const lang of Object.keys(hits)) if (hits[lang] > hits[best]) best = lang;
  const foreignLetters = sample.match(FOREIGN_LATIN)?.length ?? 0;
  const accentRate = foreignLetters / Math.max(1, latinWords);

  if (best !== "en" || (latinWords >= 8 && en / latinWords < 0.08 && accentRate > 0.15)) {
    const other = best !== "en" ? hits[best] : 0;
    // Margin of the best other language over English, in stop words per word.
    const margin = (other - en) / Math.max(1, latinWords);
    const strength = Math.min(1, margin * 4 + accentRate);
    const confidence = 0.5 + 0.49 * strength * evidence;
    if (other >= 3 || accentRate > 0.15) return { isEnglish: false, confidence: round(confidence) };
    return { isEnglish: true, confidence: round(0.5 - 0.4 * strength * evidence) };
  }
  // English: stop-word share of ordinary English prose is 30–50%.
  const ratio = en / Math.max(1, latinWords);
  return { isEnglish: true, confidence: round(0.5 + 0.49 * Math.min(1, ratio * 3) * evidence * (1 - foreignShare)) };
}

function round(x: number): number {
  return Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;
}
