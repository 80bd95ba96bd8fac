import type { Localized } from '../../core/formats/schema';

/** the ImportProblem (readers/imported.ts) each refusal is; this folder does not import the one above it */
export type DocxProblem = 'corrupt' | 'encrypted' | 'empty' | 'doc' | 'pdf' | 'too-large' | 'bomb' | 'unsupported';

const CONVERT_ZH = '请在 Word 或 WPS 中“另存为” .docx，或运行 soffice --headless --convert-to docx 文件名';
const CONVERT_EN = 'save it as .docx in Word or WPS, or run soffice --headless --convert-to docx FILE';

const MESSAGES: Record<DocxProblem, (name: string, limitMb: number) => Localized> = {
  corrupt: (name) => ({
    zh: `${name} 不是有效的 Word 文档（.docx 文件已损坏或不完整），无法导入。请在 Word 或 WPS 中打开并重新保存后再试。`,
    en: `${name} is not a valid Word document (the .docx is damaged or incomplete) and cannot be imported. Open it in Word or WPS and save it again.`,
  }),
  encrypted: (name) => ({
    zh: `${name} 设有打开密码（已加密），无法导入。请在 Word 或 WPS 中取消密码（文件 → 信息 → 保护文档）后另存为 .docx 再导入。`,
    en: `${name} is password-protected (encrypted) and cannot be imported. Remove the password in Word or WPS (File → Info → Protect Document) and save it as .docx.`,
  }),
  empty: (name) => ({
    zh: `${name} 中没有文字，无法导入为年度报告。`,
    en: `${name} contains no text and cannot be imported as an annual report.`,
  }),
  doc: (name) => ({
    zh: `${name} 是旧版 Word 二进制文档（.doc），暂不支持导入。${CONVERT_ZH}。`,
    en: `${name} is an old binary Word document (.doc), which cannot be imported yet: ${CONVERT_EN}.`,
  }),
  pdf: (name) => ({
    zh: `${name} 是 PDF 文件，暂不支持导入。请用原始的 Word 文档导入，或将 PDF 在 Word/WPS 中打开后另存为 .docx（也可运行 soffice --headless --infilter=writer_pdf_import --convert-to docx 文件名）。`,
    en: `${name} is a PDF, which cannot be imported yet. Import the original Word document, or open the PDF in Word or WPS and save it as .docx (or run soffice --headless --infilter=writer_pdf_import --convert-to docx FILE).`,
  }),
  'too-large': (name, limitMb) => ({
    zh: `${name} 超过 ${limitMb} MB，未读取。年度报告的 Word 文档通常只有几 MB；请删除其中的大图片后再导入。`,
    en: `${name} is over ${limitMb} MB and was not read. An annual report's Word file is a few MB at most; remove large pictures from it and import it again.`,
  }),
  bomb: (name) => ({
    zh: `${name} 解压后的内容异常庞大（疑似压缩炸弹），已停止读取。`,
    en: `${name} decompresses to an abnormally large size (a suspected zip bomb); reading stopped.`,
  }),
  unsupported: (name) => ({
    zh: `${name} 不是 Word 文档（.docx），无法导入。${CONVERT_ZH}。`,
    en: `${name} is not a Word document (.docx) and cannot be imported: ${CONVERT_EN}.`,
  }),
};

/** the limit a .docx is read under, in bytes: a report with pictures is a few MB, a 50 MB file is refused unread */
export const MAX_DOCX_BYTES = 32 * 1024 * 1024;

export function problemMessage(problem: DocxProblem, name: string): Localized {
  return MESSAGES[problem](name, MAX_DOCX_BYTES / 1024 / 1024);
}
