// JavaScript's \s as a character-code test, for hand-written scanners that must agree
// exactly with the regular expressions they replace.

/** True for the UTF-16 code units that JavaScript's \s matches. */
export function isJsSpace(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
