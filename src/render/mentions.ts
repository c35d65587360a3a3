// Mention safety for generated text. (Stub: replaced.)

/** Makes every @user and @org/team in generated Markdown inert (no ping, still readable). */
export function neutralizeMentions(markdown: string): string {
  return markdown.replace(/@(?=[A-Za-z0-9])/g, "@\u200b");
}
