// The shape every evaluation section returns.
export interface EvalSection {
  title: string;
  /** Markdown body of the section (tables, notes). */
  markdown: string;
}
