import { defineMessages } from '../../messages/define';

export const messages = defineMessages('file-encoding', {
  message: {
    zh: '文件按 UTF-8 读取，有 {count} 个字符无法解码，看起来是 GBK/GB 18030 编码（如记事本的“ANSI”），未做检查。请重新以 GB 18030 编码打开：点击状态栏的“UTF-8”，选择“通过编码重新打开”→“简体中文 (GB 18030)”。',
    en: 'The file was read as UTF-8 and {count} characters could not be decoded: it looks like GBK/GB 18030 (Notepad\'s "ANSI") and was not checked. Reopen it with GB 18030: click "UTF-8" in the status bar, then "Reopen with Encoding" → "Simplified Chinese (GB 18030)".',
  },
});
