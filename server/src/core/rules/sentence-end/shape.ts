/** What may end a paragraph: a full stop, a question or exclamation, 。 inside a closing quote, …… , ；: (a list follows). */
export const TERMINAL = /[。.!?;:…—]/;

/** Closing quotes and brackets and Markdown emphasis after the last word: "……的原则。”" ends in 。. */
export const TRAILING = /[”’」』)\]）】〕》*_~\s]+$/;

/** A bracketed note after the full stop: "……。（详见附件）". */
export const NOTE_AFTER_STOP = /[。.!?;:][(（][^()（）]*[)）]$/;

/** A paragraph is a sentence when it has clauses: a comma, a semicolon or a full stop inside it. */
export const CLAUSES = /[,;。]/;

/** List items: a bullet or a number with its mark ("1.", "2、", "（3）", "4）", "①", "一、", "a)"). */
export const LIST_ITEM = /^(?:[-*+•·●▪■◆]\s*|>\s*|\d{1,3}\s*[.、)）]|[(（]\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[)）]|[①-⑳]|[一二三四五六七八九十]{1,3}\s*[、.]|[a-zA-Z][.)）]\s)/;

/** Captions and notes: "表1 …", "附表2：…", "图3", "附件：…", "注：…", "（单位：万元）", "单位：件". */
export const CAPTION = /^(?:[(（]?单位\s*[:：]|(?:附表|表|图|附件|附)\s*[\d一二三四五六七八九十]*\s*[:：.、\s]|注\s*[\d一二三四五六七八九十]*\s*[:：]|说明\s*[:：]|来源\s*[:：])/;

/** Contact lines: "联系电话：…", "地址：…", "电子邮箱：…" (the whole paragraph is one such line). */
export const CONTACT = /^(?:联系|咨询|办公|投诉|监督)?(?:电话|地址|邮编|邮政编码|传真|电子邮箱|电子信箱|邮箱|网址|联系人|联系方式|时间|单位|部门)\s*[:：]/;

/** A paragraph ending in a date (a signature: "广州市政务办 2015年3月31日"), a phone number, a URL or an e-mail address. */
export const ENDS_IN_CONTACT_OR_DATE = /(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d[\d\s-]{6,}\d|[a-zA-Z0-9/._-]{6,})$/;
