// Adversarial comment bodies of an exact length (65,536 characters by default, GitHub's
// comment limit): what a hostile or broken client could post to make the analysis slow.
import { seededRandom } from "./generate-threads.ts";

export const HOSTILE_LENGTH = 65_536;

function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

function randomUnicode(length: number): string {
  const rand = seededRandom(65_536);
  // BMP letters of many scripts, combining marks, RTL, emoji (astral), zero-width joiners, spaces.
  const ranges: [number, number][] = [[0x41, 0x7a], [0x300, 0x36f], [0x591, 0x5f4], [0x600, 0x6ff], [0x4e00, 0x9fff], [0x1f300, 0x1faff], [0x200b, 0x200f], [0x20, 0x20], [0x3f, 0x3f], [0x2e, 0x2e], [0x0a, 0x0a]];
  let out = "";
  while (out.length < length) {
    const [lo, hi] = ranges[Math.floor(rand() * ranges.length)];
    out += String.fromCodePoint(lo + Math.floor(rand() * (hi - lo + 1)));
  }
  // Do not cut a surrogate pair in half.
  let s = out.slice(0, length);
  if (/[\ud800-\udbff]$/.test(s)) s = s.slice(0, -1) + "x";
  return s;
}

function nestedQuotes(length: number): string {
  const lines: string[] = [];
  let total = 0;
  for (let depth = 1; total < length; depth = (depth % 200) + 1) {
    const line = `${"> ".repeat(depth)}why would you ever do it this way?`;
    lines.push(line);
    total += line.length + 1;
  }
  return lines.join("\n").slice(0, length);
}

/** Named hostile bodies, each exactly `length` characters (UTF-16 units). */
export function hostileBodies(length = HOSTILE_LENGTH): { name: string; body: string }[] {
  const fence = "```\n";
  const codeLine = "if (a && b || !c) { x = y?.z ?? w; } // TODO why?\n";
  return [
    { name: "one long word", body: repeatTo("a", length) },
    { name: "all question marks", body: repeatTo("?", length) },
    { name: "'@x ' repeated", body: repeatTo("@x ", length) },
    { name: "nested quotes", body: nestedQuotes(length) },
    { name: "huge code block", body: (fence + repeatTo(codeLine, length - 2 * fence.length) + fence).slice(0, length) },
    { name: "unclosed code fence", body: (fence + repeatTo(codeLine, length)).slice(0, length) },
    { name: "random unicode", body: randomUnicode(length) },
    { name: "angry short sentences", body: repeatTo("This is stupid! Why?! You broke it. ", length) },
    { name: "emphasis and link markup", body: repeatTo("*_[a](b `c` <d> **e", length) },
    { name: "one line of words, no punctuation", body: repeatTo("you never listen to anyone here ", length) },
  ];
}
