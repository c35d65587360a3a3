// The thread embedder with an injected fake encoder: it embeds only what it has not seen (by
// comment id and edit time), keeps at most its limit, and when the encoder cannot load it says so
// once and hands back nothing (the analysis then runs on the fast stage alone).
import { describe, expect, it } from "vitest";
import { createThreadEmbedder } from "../../src/embedding/thread-embedder.ts";
import { embeddingKey } from "../../src/analysis/heat/embedding/requests.ts";
import { EMBEDDING_DIM } from "../../src/analysis/heat/embedding/input.ts";
import type { Comment } from "../../src/thread/model.ts";

const comment = (i: number, body: string, updatedAt?: string): Comment =>
  ({
    id: `c${i}`,
    kind: "comment",
    author: { login: "ann", isBot: false, association: "NONE" },
    body,
    createdAt: new Date(Date.UTC(2024, 0, 1, 0, i)).toISOString(),
    ...(updatedAt ? { updatedAt } : {}),
  }) as Comment;

function fakeEncoder() {
  const seen: string[] = [];
  let loads = 0;
  return {
    seen,
    loads: () => loads,
    load: async () => {
      loads++;
      return {
        embed: async (texts: readonly string[]) => {
          seen.push(...texts);
          return texts.map((t) => Float32Array.from({ length: EMBEDDING_DIM }, () => t.length));
        },
      };
    },
  };
}

describe("createThreadEmbedder", () => {
  it("embeds the latest turns once per edit and loads the encoder on first need", async () => {
    const fake = fakeEncoder();
    const embedder = createThreadEmbedder({ load: fake.load });
    expect(fake.loads()).toBe(0); // nothing loaded at creation
    const comments = [comment(0, "First, the report."), comment(1, "A reply."), comment(2, "```\ncode only\n```")];
    const first = await embedder.embed(comments);
    expect([...first.keys()]).toEqual([embeddingKey(comments[0]), embeddingKey(comments[1])]); // no prose, no embedding
    expect(fake.seen).toEqual(["First, the report.", "A reply."]);

    // a new comment and an edit: only those are embedded
    const next = [comments[0], comment(1, "A reply, edited.", "2024-01-02T00:00:00Z"), comments[2], comment(3, "Something new.")];
    const second = await embedder.embed(next);
    expect(fake.seen.slice(2)).toEqual(["A reply, edited.", "Something new."]);
    expect(second.size).toBe(3);
    expect(second.get(embeddingKey(next[0]))).toBe(first.get(embeddingKey(comments[0])));
    // nothing new: no encoder call at all
    const n = fake.seen.length;
    await embedder.embed(next);
    expect(fake.seen.length).toBe(n);
  });

  it("forgets the oldest embeddings past its limit", async () => {
    const fake = fakeEncoder();
    const embedder = createThreadEmbedder({ load: fake.load, maxEntries: 2 });
    const cs = [comment(0, "one"), comment(1, "two"), comment(2, "three")];
    await embedder.embed(cs);
    await embedder.embed(cs.slice(0, 1)); // "one" was dropped: embedded again
    expect(fake.seen).toEqual(["one", "two", "three", "one"]);
  });

  it("warns once and returns nothing when the encoder cannot load", async () => {
    const warnings: string[] = [];
    let tries = 0;
    const embedder = createThreadEmbedder({
      load: async () => {
        tries++;
        throw new Error("no weights");
      },
      warn: (m) => warnings.push(m),
    });
    expect((await embedder.embed([comment(0, "hello there")])).size).toBe(0);
    expect((await embedder.embed([comment(1, "and again")])).size).toBe(0);
    expect(tries).toBe(1);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("no weights");
  });
});
