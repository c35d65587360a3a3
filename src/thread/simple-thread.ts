// Converts the simple thread JSON used by the CLI, examples and fixtures into a Thread. (Stub: replaced.)
import type { Thread } from "./model.ts";

/** `{"title"?, "comments": [{"author","text","createdAt"?,"association"?,"isBot"?}]}` → Thread. Throws a clear Error on bad input. */
export function threadFromSimpleJson(input: unknown): Thread {
  const obj = input as { title?: string; comments: { author: string; text: string; createdAt?: string; association?: string; isBot?: boolean }[] };
  return {
    kind: "issue",
    title: obj.title ?? "",
    labels: [],
    reviewThreads: [],
    comments: obj.comments.map((c, i) => ({
      id: `c${i + 1}`,
      kind: i === 0 ? "body" : "comment",
      author: { login: c.author, isBot: Boolean(c.isBot), association: (c.association ?? "NONE") as never },
      body: c.text,
      createdAt: c.createdAt ?? new Date(Date.UTC(2024, 0, 1, 0, i)).toISOString(),
    })),
  };
}
