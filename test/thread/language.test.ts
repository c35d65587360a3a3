import { describe, expect, it } from "vitest";
import { cleanMarkdown } from "../../src/thread/clean.ts";
import { detectLanguage } from "../../src/thread/language.ts";

const samples: Record<string, string> = {
  english: "I think this change is fine, but we should add a test for the empty case before we merge it. What do you think about that?",
  german: "Ich denke, diese Änderung ist in Ordnung, aber wir sollten noch einen Test für den leeren Fall hinzufügen, bevor wir das zusammenführen.",
  spanish: "Creo que este cambio está bien, pero deberíamos añadir una prueba para el caso vacío antes de fusionarlo. ¿Qué opinas de eso?",
  french: "Je pense que ce changement est correct, mais nous devrions ajouter un test pour le cas vide avant de le fusionner. Qu'en penses-tu ?",
  portuguese: "Eu acho que esta mudança está boa, mas devemos adicionar um teste para o caso vazio antes de fazer o merge. O que você acha disso?",
  chinese: "我认为这个改动没有问题，但是在合并之前我们应该为空的情况添加一个测试。你觉得怎么样？",
  japanese: "この変更は問題ないと思いますが、マージする前に空のケースのテストを追加するべきです。どう思いますか？",
  russian: "Я думаю, что это изменение в порядке, но перед слиянием нам стоит добавить тест для пустого случая. Что ты об этом думаешь?",
};

describe("detectLanguage", () => {
  it("recognises English with good confidence", () => {
    const g = detectLanguage(samples.english);
    expect(g.isEnglish).toBe(true);
    expect(g.confidence).toBeGreaterThanOrEqual(0.7);
  });

  it.each(["german", "spanish", "french", "portuguese", "chinese", "japanese", "russian"])("recognises %s as not English", (lang) => {
    const g = detectLanguage(samples[lang]);
    expect(g.isEnglish).toBe(false);
    expect(g.confidence).toBeGreaterThan(0.6);
  });

  it("keeps identifier-heavy English technical text English", () => {
    const md =
      "The `useEffect` hook in src/hooks/useFetch.ts calls fetchData() twice when StrictMode is on; set --no-cache or wrap refetchInterval in useMemo. See #123.";
    const g = detectLanguage(cleanMarkdown(md).prose);
    expect(g.isEnglish).toBe(true);
    const raw = detectLanguage(md);
    expect(raw.isEnglish).toBe(true);
  });

  it("never declares short or code-only text non-English with high confidence", () => {
    for (const text of ["", "LGTM", "+1", "🎉", "§ § §", "ok", "Danke!", "merci", "npm run build && node dist/index.js", "v1.2.3"]) {
      const g = detectLanguage(text);
      if (!g.isEnglish) expect(g.confidence).toBeLessThan(0.7);
    }
  });

  it("is English for mostly-English text with a foreign name or phrase", () => {
    expect(detectLanguage("Thanks José, the fix from Zürich works for me and I will merge it after the release of the new version.").isEnglish).toBe(true);
  });

  it("confidence grows with the amount of text", () => {
    const short = detectLanguage("Das ist nicht gut.");
    const long = detectLanguage(samples.german + " " + samples.german);
    expect(long.confidence).toBeGreaterThan(short.confidence);
  });
});

describe("detectLanguage: other Latin-script languages", () => {
  it("treats accent-dense text without English stop words as not English", () => {
    expect(detectLanguage("Dzięki za poprawkę, wygląda dobrze, ale brakuje testów dla pustego przypadku.").isEnglish).toBe(false);
    expect(detectLanguage("Merhaba, bu değişiklik iyi görünüyor ama testler eksik, lütfen ekleyin.").isEnglish).toBe(false);
  });
});
