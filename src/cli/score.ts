// `common-ground score --jsonl`: streams JSON lines from stdin to stdout, one output line per
// input line (blank lines included), in order, in one process; a bad line becomes an error
// object, never a crash. The full model by default: lines are read in batches (up to BATCH_LINES
// lines or BATCH_CHARS characters) and the sentence encoder embeds each batch's texts at once, sorted
// by length, so a larger batch pads less (loaded on the first batch that needs it, in worker threads
// when the machine has two cores; if it cannot load, a note goes to stderr and the fast stage scores
// alone). `--fast`: the fast stage only.
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { loadSentenceEncoder } from "../embedding/sentence-encoder.ts";
import type { SentenceEncoder } from "../embedding/sentence-encoder.ts";
import { createEncoderPool, poolSize, type EncoderPool } from "../embedding/encoder-pool.ts";
import { CliError, EXIT_OK, EXIT_USAGE, write, type CliIO } from "./io.ts";
import { lineEmbeddingRequests, parseScoreLine, scoreParsed } from "./score-line.ts";
import type { ParsedLine, ScoreOutput } from "./score-line.ts";

/** Output is flushed in chunks of about this many characters. */
const FLUSH_CHARS = 64 * 1024;
/** Lines read before the encoder embeds their texts together: the encoder sorts a batch's texts by
 * length, so the more texts it sees at once, the less it pads (64 lines padded 21% more tokens than
 * real ones on bench/full-model.ts's input, 512 lines 3%). Output waits for its batch. */
export const BATCH_LINES = 512;
/** ...or fewer lines once they hold this many characters (bounds the memory a batch of long lines holds). */
export const BATCH_CHARS = 16 * 1024 * 1024;

/** Embeds what a batch of parsed lines needs; undefined when no encoder is available. */
export type BatchEmbedder = ((batch: { parsed: ParsedLine; lineNumber: number }[]) => Promise<Map<string, Float32Array> | undefined>) & {
  /** Ends the encoder workers, if any were started. */
  close(): Promise<void>;
};

/**
 * The batch embedder of `score --jsonl`: a pool of encoders in worker threads (one per core, at most
 * two; encoder-pool.ts) when the machine has more than one core, else, or when the pool fails, the
 * process's own encoder; if that cannot load either, a note goes to stderr and the fast stage scores alone.
 */
export function batchEmbedder(io: CliIO, startPool: () => EncoderPool | null = () => (poolSize() > 1 ? createEncoderPool() : null)): BatchEmbedder {
  let encoder: Promise<SentenceEncoder | null> | null = null;
  let pool: EncoderPool | null | undefined;
  const note = (what: string, err: unknown) => write(io.stderr, `score: ${what} (${err instanceof Error ? err.message : String(err)}); `);
  const embed = async (batch: { parsed: ParsedLine; lineNumber: number }[]) => {
    const requests = batch.flatMap((b) => lineEmbeddingRequests(b.parsed, b.lineNumber));
    if (!requests.length) return undefined;
    const inputs = requests.map((r) => r.input);
    let vectors: Float32Array[] | undefined;
    if (pool === undefined) pool = startPool();
    if (pool) {
      try {
        vectors = await pool.embed(inputs);
      } catch (err) {
        await note("encoder workers failed", err);
        await write(io.stderr, "embedding in this thread\n");
        await pool.close().catch(() => undefined);
        pool = null;
      }
    }
    if (!vectors) {
      encoder ??= loadSentenceEncoder().catch(async (err: unknown) => {
        await note("sentence encoder unavailable", err);
        await write(io.stderr, "scoring with the fast stage alone\n");
        return null;
      });
      const enc = await encoder;
      if (!enc) return undefined;
      vectors = await enc.embed(inputs);
    }
    return new Map(requests.map((r, i) => [r.key, vectors[i]]));
  };
  return Object.assign(embed, { close: async () => void (await pool?.close()) });
}

export async function scoreCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { jsonl: { type: "boolean", default: false }, fast: { type: "boolean", default: false } },
  });
  if (!values.jsonl || positionals.length > 0) throw new CliError("usage: common-ground score --jsonl [--fast] < input.jsonl", EXIT_USAGE);
  const embed = values.fast ? null : batchEmbedder(io);

  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  let pending = "";
  let lineNumber = 0;
  let batch: { parsed: ParsedLine; lineNumber: number }[] = [];
  let batchChars = 0;
  const flush = async (force: boolean): Promise<void> => {
    if (batch.length) {
      const embeddings = embed ? await embed(batch) : undefined;
      for (const b of batch) {
        const result: ScoreOutput = scoreParsed(b.parsed, b.lineNumber, embeddings);
        pending += `${JSON.stringify(result)}\n`;
      }
      batch = [];
      batchChars = 0;
    }
    if (pending && (force || pending.length >= FLUSH_CHARS)) {
      await write(io.stdout, pending);
      pending = "";
    }
  };
  for await (const line of lines) {
    lineNumber++;
    const parsed: ParsedLine = line.trim() ? parseScoreLine(line, lineNumber) : { kind: "done", output: { line: lineNumber, error: "empty line" } };
    batch.push({ parsed, lineNumber });
    batchChars += line.length;
    if (!embed || batch.length >= BATCH_LINES || batchChars >= BATCH_CHARS) await flush(false);
  }
  await flush(true);
  await embed?.close();
  return EXIT_OK;
}
