import { walkXml } from './xml';

interface Level {
  format: string;
  text: string;
  start: number;
  /** w:lvlRestart: the level above whose change restarts it (1-based); 0: never restarts */
  restart?: number;
}

interface Definitions {
  /** abstractNumId → levels */
  readonly abstract: Map<string, Map<number, Level>>;
  /** numId → abstractNumId and its start overrides per level */
  readonly instances: Map<string, { abstractId?: string; starts: Map<number, number> }>;
}

/**
 * word/numbering.xml → the text of automatic numbers ("一、", "（二）", "3."), counted through the document as Word
 * counts them: per list, a level's counter steps at each paragraph of that level and the levels below it start over.
 * Bullets and formats without a plain-text form give nothing.
 */
export class Numbering {
  private readonly counters = new Map<string, (number | undefined)[]>();

  private constructor(private readonly definitions: Definitions) {}

  static read(xml: string | undefined): Numbering {
    const definitions: Definitions = { abstract: new Map(), instances: new Map() };
    if (xml !== undefined) {
      let abstractLevels: Map<number, Level> | undefined;
      let level: Level | undefined;
      let instance: { abstractId?: string; starts: Map<number, number> } | undefined;
      let overrideLevel: number | undefined;
      walkXml(xml, {
        open(element) {
          const value = element.attribute('val');
          switch (element.name) {
            case 'w:abstractNum':
              abstractLevels = new Map();
              definitions.abstract.set(element.attribute('abstractNumId') ?? '', abstractLevels);
              break;
            case 'w:lvl':
              if (abstractLevels !== undefined) {
                level = { format: 'decimal', text: '', start: 1 };
                abstractLevels.set(Number.parseInt(element.attribute('ilvl') ?? '0', 10), level);
              }
              break;
            case 'w:numFmt':
              if (level !== undefined && value !== undefined) level.format = value;
              break;
            case 'w:lvlText':
              if (level !== undefined) level.text = value ?? '';
              break;
            case 'w:start':
              if (level !== undefined) level.start = Number.parseInt(value ?? '1', 10) || 0;
              break;
            case 'w:lvlRestart':
              if (level !== undefined) level.restart = Number.parseInt(value ?? '', 10);
              break;
            case 'w:num':
              instance = { starts: new Map() };
              definitions.instances.set(element.attribute('numId') ?? '', instance);
              break;
            case 'w:abstractNumId':
              if (instance !== undefined) instance.abstractId = value;
              break;
            case 'w:lvlOverride':
              overrideLevel = Number.parseInt(element.attribute('ilvl') ?? '0', 10);
              break;
            case 'w:startOverride':
              if (instance !== undefined && overrideLevel !== undefined) instance.starts.set(overrideLevel, Number.parseInt(value ?? '1', 10) || 0);
              break;
          }
        },
        close(element) {
          if (element.name === 'w:abstractNum') abstractLevels = undefined;
          if (element.name === 'w:lvl') level = undefined;
          if (element.name === 'w:num') instance = undefined;
          if (element.name === 'w:lvlOverride') overrideLevel = undefined;
        },
        text() {},
      });
    }
    return new Numbering(definitions);
  }

  /** the number of the next paragraph of list numId at level ilvl, as it reads before the paragraph's text ('' for none) */
  next(numId: string, ilvl: number): string {
    const instance = this.definitions.instances.get(numId);
    const levels = instance?.abstractId === undefined ? undefined : this.definitions.abstract.get(instance.abstractId);
    const level = levels?.get(ilvl);
    if (instance === undefined || levels === undefined || level === undefined || ilvl < 0 || ilvl > 8) return '';
    const startOf = (index: number) => instance.starts.get(index) ?? levels.get(index)?.start ?? 1;
    // counters are kept per abstract list: numbering instances of one definition continue each other, as in Word
    const key = instance.abstractId!;
    const counters = this.counters.get(key) ?? [];
    this.counters.set(key, counters);
    const current = counters[ilvl];
    counters[ilvl] = current === undefined ? startOf(ilvl) : current + 1;
    // the levels below start over (w:lvlRestart 0: a level that never does)
    for (let deeper = ilvl + 1; deeper < 9; deeper++) if (levels.get(deeper)?.restart !== 0) counters[deeper] = undefined;
    if (level.format === 'bullet' || level.format === 'none') return '';
    let missing = false;
    const text = level.text.replace(/%([1-9])/g, (_, digit: string) => {
      const index = Number(digit) - 1;
      const format = levels.get(index)?.format ?? 'decimal';
      const value = counters[index] ?? startOf(index);
      const formatted = formatNumber(value, format);
      if (formatted === undefined) missing = true;
      return formatted ?? '';
    });
    return missing ? '' : text;
  }
}

const CHINESE_DIGITS = '〇一二三四五六七八九';
const TRADITIONAL_STEMS = '甲乙丙丁戊己庚辛壬癸';
const ZODIAC = '子丑寅卯辰巳午未申酉戌亥';

/** a counter in a numFmt Word lists do (the ones a report uses); undefined for one without a plain-text form */
export function formatNumber(value: number, format: string): string | undefined {
  switch (format) {
    case 'decimal':
    case 'decimalZero':
      return format === 'decimalZero' && value < 10 ? `0${value}` : String(value);
    case 'chineseCounting':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
      // 一 … 九十九 as counted; from 100 digit by digit (一〇五), as Word writes this format
      return value < 100 ? chineseCounting(value) : String(value).split('').map((digit) => CHINESE_DIGITS[Number(digit)]).join('');
    case 'chineseCountingThousand':
    case 'taiwaneseCountingThousand':
      return chineseCounting(value);
    case 'ideographDigital':
    case 'taiwaneseDigital':
      return String(value).split('').map((digit) => CHINESE_DIGITS[Number(digit)]).join('');
    case 'ideographTraditional':
      return value >= 1 && value <= 10 ? TRADITIONAL_STEMS[value - 1] : undefined;
    case 'ideographZodiac':
      return value >= 1 && value <= 12 ? ZODIAC[value - 1] : undefined;
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return value >= 1 && value <= 20 ? String.fromCodePoint(0x2460 + value - 1) : String(value);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(value).split('').map((digit) => String.fromCodePoint(0xff10 + Number(digit))).join('');
    case 'lowerLetter':
    case 'upperLetter': {
      if (value < 1) return undefined;
      const letter = String.fromCharCode(97 + ((value - 1) % 26)).repeat(Math.floor((value - 1) / 26) + 1);
      return format === 'upperLetter' ? letter.toUpperCase() : letter;
    }
    case 'lowerRoman':
    case 'upperRoman': {
      const roman = toRoman(value);
      return roman === undefined ? undefined : format === 'upperRoman' ? roman : roman.toLowerCase();
    }
    default:
      return undefined;
  }
}

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (up to 9999) */
function chineseCounting(value: number): string | undefined {
  if (!Number.isInteger(value) || value < 0 || value > 9999) return undefined;
  if (value < 10) return CHINESE_DIGITS[value];
  if (value < 20) return `十${value % 10 === 0 ? '' : CHINESE_DIGITS[value % 10]}`;
  const units = ['', '十', '百', '千'];
  const digits = String(value).split('').map(Number);
  let text = '';
  let zero = false;
  digits.forEach((digit, index) => {
    const unit = units[digits.length - 1 - index];
    if (digit === 0) {
      zero = true;
      return;
    }
    if (zero && text !== '') text += '零';
    zero = false;
    text += CHINESE_DIGITS[digit] + unit;
  });
  return text;
}

function toRoman(value: number): string | undefined {
  if (!Number.isInteger(value) || value < 1 || value > 3999) return undefined;
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let rest = value;
  let text = '';
  for (const [amount, symbol] of table) while (rest >= amount) {
    text += symbol;
    rest -= amount;
  }
  return text;
}
