// Fills the embedding cache (eval/embedding-cache.ts, outside the repo) for every text the
// tone training and evaluation read: the heat sets and the sentiment sets. Only texts not yet
// cached are embedded; progress is saved every chunk, so the script can be stopped and rerun.
//   nice npm run embed:cache            (EMBED_SETS=heat to skip the sentiment sets)
import { requireDataDir } from "../eval/data.ts";
import { cleanMarkdown } from "../src/thread/clean.ts";
import { loadSentimentSets, loadToneSets } from "../eval/tone-data.ts";
import { EmbeddingCache } from "../eval/embedding-cache.ts";
import { embeddingInput, loadSentenceEncoder } from "../src/embedding/sentence-encoder.ts";
import { loadThreadTexts } from "../eval/thread-texts.ts";

const dir = requireDataDir("embed:cache");
const cache = new EmbeddingCache();
// the heat sets, then every comment of the thread sets (locked-issues, calm-threads, thread-panel)
const heat: { prose: string }[] = [...loadToneSets(dir), ...loadThreadTexts(dir).map((raw) => ({ prose: cleanMarkdown(raw).prose }))];
const sentiment: { prose: string }[] = process.env.EMBED_SETS === "heat" ? [] : loadSentimentSets(dir);
const examples = [...heat, ...sentiment];
// the heat sets first; within each, short texts first (batches of similar length pad least)
const seen = new Set<string>();
const inputs: string[] = [];
for (const group of [heat, sentiment]) {
  const fresh: string[] = [];
  for (const e of group) {
    const t = embeddingInput(e.prose);
    if (!t || seen.has(t) || cache.get(t)) continue;
    seen.add(t);
    fresh.push(t);
  }
  inputs.push(...fresh.sort((a, b) => a.length - b.length));
}
console.log(`${examples.length} examples, ${cache.vectors.size} cached, ${inputs.length} inputs to embed`);
if (inputs.length > 0) {
  const encoder = await loadSentenceEncoder();
  console.log(`encoder loaded in ${encoder.loadMs.toFixed(0)} ms (backend ${encoder.backend})`);
  const CHUNK = 256;
  const t0 = performance.now();
  let chars = 0;
  for (let i = 0; i < inputs.length; i += CHUNK) {
    const chunk = inputs.slice(i, i + CHUNK);
    const vectors = await encoder.embed(chunk);
    cache.add(chunk.map((input, j) => ({ input, vector: vectors[j] })));
    for (const t of chunk) chars += t.length;
    const done = Math.min(i + CHUNK, inputs.length);
    const s = (performance.now() - t0) / 1000;
    console.log(`${done}/${inputs.length}  ${(done / s).toFixed(1)} texts/s  ${(chars / done).toFixed(0)} chars/text  ${s.toFixed(0)} s`);
  }
}
