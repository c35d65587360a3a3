// The shared two-fold split of the thread panel (../shared/data/thread-panel/threads.jsonl):
// fold A = the threads at even 0-based line positions, fold B = odd, in file order. Rules and
// weights tuned by reading one fold are measured on the other.
export type PanelFold = "A" | "B";

export function panelFold(index: number): PanelFold {
  return index % 2 === 0 ? "A" : "B";
}
