// Reads a V8 .cpuprofile (node --cpu-prof) and lists where the time went: self time per
// function (file:line), and inclusive time per function of src/ — the hot spots to report.
import { readFileSync } from "node:fs";
import { isMain } from "./child.ts";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

export interface HotSpot {
  where: string;
  selfShare: number;
  totalShare: number;
}

const label = (n: ProfileNode) => {
  const url = n.callFrame.url.replace(/^file:\/\//, "").replace(/^.*\/work\/main\//, "").replace(/^.*node_modules\//, "node_modules/");
  // tsx's compiled modules report every function on line 1: show the line only when it says something.
  const line = n.callFrame.lineNumber > 0 ? `:${n.callFrame.lineNumber + 1}` : "";
  return `${url || "(native)"}${line} ${n.callFrame.functionName || "(anonymous)"}`;
};

/** Self and inclusive share of samples per function, sorted by self share; with `root`, only the
 * samples taken inside a function of that name count (e.g. "analyzeThread"). */
export function hotSpots(profile: { nodes: ProfileNode[] }, top = 25, root?: string): HotSpot[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const stackHas = (id: number | undefined, name: string): boolean => {
    for (; id !== undefined; id = parent.get(id)) if (byId.get(id)!.callFrame.functionName === name) return true;
    return false;
  };
  let total = 0;
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (const n of profile.nodes) {
    const hits = n.hitCount ?? 0;
    if (!hits) continue;
    if (root && !stackHas(n.id, root)) continue;
    total += hits;
    self.set(label(n), (self.get(label(n)) ?? 0) + hits);
    const seen = new Set<string>();
    for (let id: number | undefined = n.id; id !== undefined; id = parent.get(id)) {
      const l = label(byId.get(id)!);
      if (seen.has(l)) continue;
      seen.add(l);
      inclusive.set(l, (inclusive.get(l) ?? 0) + hits);
    }
  }
  const rows = [...new Set([...self.keys(), ...inclusive.keys()])].map((where) => ({ where, selfShare: (self.get(where) ?? 0) / total, totalShare: (inclusive.get(where) ?? 0) / total }));
  return rows.sort((a, b) => b.selfShare - a.selfShare).slice(0, top);
}

if (isMain(import.meta.url)) {
  // Usage: profile-summary.ts <file.cpuprofile> [root function, default analyzeThread]
  const profile = JSON.parse(readFileSync(process.argv[2], "utf8"));
  const root = process.argv[3] ?? "analyzeThread";
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);
  console.log(`share of samples inside ${root}\nself    total   function`);
  for (const h of hotSpots(profile, 30, root)) console.log(`${pct(h.selfShare)} ${pct(h.totalShare)}  ${h.where}`);
  console.log("\nby inclusive time (src/ only):");
  const incl = hotSpots(profile, 100000, root).filter((h) => h.where.startsWith("src/")).sort((a, b) => b.totalShare - a.totalShare).slice(0, 25);
  for (const h of incl) console.log(`${pct(h.selfShare)} ${pct(h.totalShare)}  ${h.where}`);
}
