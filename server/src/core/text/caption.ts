/** A table's caption without the unit it states: "附表2 依申请公开情况统计 单位：件" → "附表2 依申请公开情况统计". */
export function captionWithoutUnit(caption: string): string {
  return caption.replace(/[\s，,]*[（(]?单位[:：][^（）()]*[）)]?\s*$/, '').trim();
}
