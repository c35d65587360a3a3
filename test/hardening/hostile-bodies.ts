// Hostile and odd comment bodies (GitHub's 65,536-character limit, nesting, huge code, invisible
// and right-to-left characters, emoji, HTML, mass mentions, link tricks), threads built from
// them, and the checks that rendered output stays inert. Shared by the tests and bench/load.ts.
import type { Comment, Thread } from "../../src/thread/model.ts";

/** GitHub's limit on a comment body. */
export const GITHUB_BODY_LIMIT = 65_536;

/** Repeat `unit` up to `length` UTF-16 units, never splitting a code point. */
export function fill(unit: string, length = GITHUB_BODY_LIMIT): string {
  let out = "";
  while (true) {
    for (const ch of unit) {
      if (out.length + ch.length > length) return out;
      out += ch;
    }
  }
}

export const EVIL = "https://evil.example";

export const HOSTILE_BODIES: Record<string, string> = {
  "heated prose at the limit": fill("Did you even test this? This is ridiculous and you obviously never read the docs. "),
  "questions at the limit": fill("Why does the importer drop rows with a BOM? What happens when the queue is down? "),
  "one 65,536-character word": fill("a"),
  "no spaces, all punctuation": fill("?!.,;:()[]{}<>"),
  "deeply nested list": fill("- level\n  ").slice(0, GITHUB_BODY_LIMIT),
  "indented list 2,000 deep": Array.from({ length: 2000 }, (_, i) => `${" ".repeat(Math.min(i * 2, 30))}- why is item ${i} here?`).join("\n").slice(0, GITHUB_BODY_LIMIT),
  "quote nested 10,000 deep": `${">".repeat(10_000)} you are wrong and this is absurd`,
  "quote on every line, growing": Array.from({ length: 300 }, (_, i) => `${"> ".repeat(i)}why did you do this?`).join("\n").slice(0, GITHUB_BODY_LIMIT),
  "huge fenced code": `Look at this:\n\n\`\`\`ts\n${fill("const x = a ? b : c; // why? @admin <script>\n", GITHUB_BODY_LIMIT - 40)}\n\`\`\``,
  "unclosed fence": `\`\`\`\n${fill("idiot @everyone DROP TABLE users;\n", GITHUB_BODY_LIMIT - 10)}`,
  "backtick storm": fill("`a` ``b`` ```c``` `` ` `` "),
  "zero-width everywhere": fill("y\u200bo\u200cu\u200d a\u2060r\ufeffe a\u200bn i\u200bd\u200bi\u200bo\u200bt. "),
  "right-to-left overrides": fill("\u202eThis is ridiculous\u202c \u2067@admin\u2069 \u200fwhy?\u200e "),
  "emoji only": fill("😡🔥💢👎🤬"),
  "emoji ZWJ sequences": fill("👩‍👩‍👧‍👦🏳️‍🌈🧑🏽‍💻"),
  "combining marks": fill("Z\u0351\u0361\u0335a\u0352\u0338l\u0353g\u0354o "),
  "lone surrogates": fill("\ud800 why \udfff?"),
  "HTML and script tags": fill(
    '<script>alert(1)</script><img src=x onerror=alert(1)><iframe src="https://evil.example"></iframe><a href="javascript:alert(1)">why?</a><details open><summary>x</summary><!-- common-ground:state eyJ2IjoxfQ== -->',
  ),
  "thousands of mentions": Array.from({ length: 6000 }, (_, i) => `@user${i}`).join(" ").slice(0, GITHUB_BODY_LIMIT),
  "team mentions and entity-encoded @": fill("Why did @acme/core &#64;admin &#x40;root &commat;ops ignore this? "),
  "markdown link tricks": fill(
    `Why did you link [https://github.com/acme/widgets](${EVIL}/phish)? See ![x](${EVIL}/t.png) and [y](javascript:alert(1)) and <${EVIL}/auto> and [ref][1].\n\n[1]: ${EVIL}/ref\n`,
  ),
  "link text with a mention": fill(`Why is [@admin](${EVIL}) cc [me](mailto:a@evil.example) not fixed? `),
  "null bytes and controls": fill("why\u0000 is\u0007 this\u001b[31m red\r\n?"),
  "CRLF and lone CR": fill("You never listen.\r\nWhy?\rJust do it.\r\n"),
};

let serial = 0;

/** A comment in a synthetic thread, minutes after 2026-03-01 10:00 UTC. */
export function makeComment(body: string, login: string, minute: number, extra: Partial<Comment> = {}): Comment {
  const n = ++serial;
  return {
    id: `H_${n}`,
    databaseId: n,
    kind: minute === 0 ? "body" : "comment",
    author: { login, isBot: false, association: "CONTRIBUTOR" },
    body,
    createdAt: new Date(Date.UTC(2026, 2, 1, 10, minute)).toISOString(),
    url: `https://github.com/acme/widgets/issues/9#issuecomment-${n}`,
    ...extra,
  };
}

/** A thread where `hostile` sits between ordinary heated and converging comments. */
export function hostileThread(hostile: string, copies = 1): Thread {
  const comments: Comment[] = [
    makeComment("The importer should run on the job queue. What do you think?", "author", 0),
    makeComment("I'm worried it drops rows with a BOM. Why not keep it synchronous?", "rev", 5),
  ];
  for (let i = 0; i < copies; i++) comments.push(makeComment(hostile, i % 2 ? "troll" : "rev", 10 + i));
  comments.push(
    makeComment("Did you even read the docs? This is ridiculous.", "rev", 40),
    makeComment("Agreed, let's go with the queue. I'll add a BOM test.", "author", 45),
  );
  return { kind: "issue", repo: { owner: "acme", name: "widgets" }, number: 9, title: "Queue-based import", url: "https://github.com/acme/widgets/issues/9", labels: [], comments, reviewThreads: [] };
}

const MARKER_AT_END = /\n\n<!-- common-ground:state [\w+/=. -]+? -->$/;

/** Remove code spans and fenced blocks (GitHub neither pings nor renders HTML there). */
function withoutCode(markdown: string): string {
  return markdown.replace(/^( {0,3})(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1\2[ \t]*$/gm, "").replace(/(`+)(?:(?!\1)[\s\S])*?\1/g, "");
}

/**
 * What is wrong with a rendered body, if anything: a mention that would ping, an HTML tag the
 * app does not write itself, a link or image whose target is not one of the thread's own URLs,
 * a second state marker, or a body over GitHub's limit.
 */
export function inertnessProblems(body: string, thread: Thread): string[] {
  const problems: string[] = [];
  if (body.length > GITHUB_BODY_LIMIT) problems.push(`body is ${body.length} characters, over GitHub's limit`);
  const markers = body.match(/<!--/g)?.length ?? 0;
  if (markers !== 1 || !MARKER_AT_END.test(body)) problems.push(`expected one trailing state marker, found ${markers} comment openers`);
  const text = withoutCode(body.replace(MARKER_AT_END, ""));
  const ping = /(^|[^A-Za-z0-9_\u200b])@(?=[A-Za-z0-9])/m.exec(text);
  if (ping) problems.push(`mention would ping: ${JSON.stringify(text.slice(ping.index, ping.index + 30))}`);
  for (const m of text.matchAll(/<\/?([A-Za-z][\w-]*)/g)) {
    if (!["details", "summary", "sub", "br"].includes(m[1].toLowerCase())) problems.push(`HTML tag <${m[1]}> in output`);
  }
  if (/javascript:/i.test(text)) problems.push("javascript: in output");
  const allowed = new Set([thread.url, ...thread.comments.map((c) => c.url)].filter(Boolean));
  for (const m of text.matchAll(/\]\(\s*<?([^)\s>]+)/g)) if (!allowed.has(m[1])) problems.push(`link to ${m[1]} is not one of the thread's URLs`);
  for (const m of text.matchAll(/^\s*\[[^\]]+\]:\s*(\S+)/gm)) problems.push(`reference definition to ${m[1]}`);
  if (text.includes(EVIL)) problems.push(`output carries ${EVIL}`);
  return problems;
}
