// The two-fold split of the thread panel, shared by every panel figure: fold A = threads at
// even 0-based line positions of threads.jsonl, fold B = odd positions, in file order.
// Rules are chosen by reading one fold and measured on the other.

export type PanelFold = "A" | "B";

/** The fold of the thread at this 0-based line position of threads.jsonl. */
export function panelFold(index: number): PanelFold {
  return index % 2 === 0 ? "A" : "B";
}
