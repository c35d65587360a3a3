// Worst case for hostile input: each adversarial 65,536-character body through scoreTone and
// through analyzeThread (as the only comment after a short opening post), in a warm process.
// Run: node --import tsx bench/hostile.ts
import { analyzeThread, scoreTone } from "../src/analysis/index.ts";
import type { Thread } from "../src/thread/model.ts";
import { emitResult, isMain } from "./child.ts";
import { benchComment, generateThread, nowAfter } from "./generate-threads.ts";
import { hostileBodies, HOSTILE_LENGTH } from "./hostile-inputs.ts";
import { median, timed } from "./timing.ts";

export interface HostileRow {
  name: string;
  chars: number;
  toneMs: number;
  analyzeMs: number;
}

export function measureHostile(length = HOSTILE_LENGTH, repeats = 3): HostileRow[] {
  const warm = generateThread(50, { seed: 3 }).thread;
  analyzeThread(warm, { now: nowAfter(warm) }); // warm the code paths on ordinary text first
  return hostileBodies(length).map(({ name, body }) => {
    const thread: Thread = { ...warm, comments: [warm.comments[0], benchComment(1, body, "mallory", 5)] };
    const now = nowAfter(thread);
    const tone: number[] = [];
    const full: number[] = [];
    for (let i = 0; i < repeats; i++) {
      tone.push(timed(() => scoreTone(body)).ms);
      full.push(timed(() => analyzeThread(thread, { now, cache: new Map() })).ms);
    }
    return { name, chars: body.length, toneMs: median(tone), analyzeMs: median(full) };
  });
}

if (isMain(import.meta.url)) emitResult(measureHostile());
