import { ERAS } from '../../formats';

/** The kinds of template text, each with what the message calls it. */
export type ResidueKind = 'instructions' | 'fill-in' | 'placeholder-mark' | 'section-placeholder' | 'unit-placeholder';

/** A template's instructions, as a label or a heading of their own ("填报说明：", "## 编写说明"); "根据填报说明要求" is prose. */
export const INSTRUCTIONS = /(?:^|[\s*#>（(【[])((?:编写|填报|填写)说明)(?=\s*[:：)）】\]*]|\s*$)/g;

/** "（填写）", "（请填写单位名称）", "【待填】": a form's fill-in note in brackets. */
export const FILL_IN = /[（(【[]\s*(?:请)?(?:填写|填报|待填)(?!说明)[^（()）【】[\]\n]{0,20}[）)】\]]/g;

/** "XX局", "20XX年", "××区": a placeholder for a name or a figure, next to Chinese (English words are left alone). */
export const PLACEHOLDER_MARK = /(?<![A-Za-z])(?:[Xx]{2,}|[×╳✕]{2,})(?![A-Za-z])/g;
export const HAN = /[\u3400-\u9fff]/;

/** What our own snippets put under a section heading until it is written: "（总体情况）", one per section title. */
export const SECTION_PLACEHOLDERS: ReadonlySet<string> = new Set(
  ERAS.flatMap((era) => era.sections.map((section) => section.title)).flatMap((title) => [`（${title}）`, `(${title})`]),
);

/** The snippets' unit placeholder, left in the title. */
export const UNIT_PLACEHOLDER = '单位名称';

/** HTML or Word markup that a copy from a web page or from Word left in the text as characters. */
export const MARKUP = new RegExp([
  '&(?:nbsp|ensp|emsp|thinsp|lt|gt|amp|quot|apos|#\\d{2,6}|#x[0-9a-f]{2,5});',
  '</?(?:br|p|span|div|font|o:p|b|i|u|strong|em|table|tbody|tr|td|th|st1:[a-z]+|w:[a-z]+|v:[a-z]+)(?:\\s[^<>\\n]*)?/?>',
  'mso-[a-z-]+\\s*:',
].join('|'), 'gi');

/** Word's conditional comments, which a Markdown renderer hides but which are no comment of the author's. */
export const CONDITIONAL = /<!--\[if[^\]\n]*\]>|<!\[endif\]-->|<!\[if[^\]\n]*\]>/gi;

/** A line holds none of these, or it holds no residue: one quick test before the patterns above. */
export const CANDIDATE = /说明|填|[Xx×╳✕]{2}|[&<]|mso-|^\(/i;
