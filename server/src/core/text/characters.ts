/** Han ideographs (BMP blocks that OpenCC maps) */
export function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}

/** Han, CJK punctuation, full-width forms and Chinese quotes: text that wants full-width punctuation next to it */
export function isChineseContext(char: string | undefined): boolean {
  if (!char) return false;
  const code = char.charCodeAt(0);
  return isHan(code) || (code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xffef) || '“”‘’《》…—'.includes(char);
}

export function isAsciiLetter(char: string | undefined): boolean {
  return char !== undefined && /[A-Za-z]/.test(char);
}
