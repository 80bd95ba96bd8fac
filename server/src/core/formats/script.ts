import { z } from 'zod';

const artifactSpec = z.object({
  /** matched against the folded (simplified) text; lookarounds give the context that makes it an artifact */
  pattern: z.string().min(1),
  /** a substring every match contains: the pattern runs only where it occurs */
  literal: z.string().min(1),
  replacement: z.string().min(1),
  /** why this is Taiwan usage here, and which mainland uses stay untouched */
  note: z.string(),
});

export type ArtifactSpec = z.infer<typeof artifactSpec>;

/**
 * Taiwan vocabulary left behind by simplified → traditional → simplified conversion.
 * Curated, unambiguous in context: no entry may match correct mainland usage (tests check each).
 */
export const ARTIFACTS: readonly ArtifactSpec[] = z.array(artifactSpec).parse([
  { literal: '最佳化', pattern: '最佳化', replacement: '优化', note: '台湾“最佳化”= 优化' },
  { literal: '入口网站', pattern: '入口网站', replacement: '门户网站', note: '台湾“入口网站”= 门户网站' },
  { literal: '智慧型化', pattern: '智慧型化', replacement: '智能化', note: '台湾“智慧型”= 智能' },
  { literal: '列印', pattern: '列印', replacement: '打印', note: '台湾“列印”= 打印' },
  { literal: '回响机制', pattern: '回响机制', replacement: '响应机制', note: '“响应”被转换为“回响”' },
  { literal: '网路', pattern: '网路', replacement: '网络', note: '台湾“网路”= 网络' },
  { literal: '视窗', pattern: '(?<=受理|服务|办事|办证|综合)视窗', replacement: '窗口', note: '“视窗”仅在办事场所语境中改为“窗口”，软件“视窗”不动' },
  { literal: '载入', pattern: '载入', replacement: '加载', note: '台湾“载入”= 加载' },
  { literal: '计画', pattern: '计画', replacement: '计划', note: '台湾“计画”= 计划' },
  { literal: '档案', pattern: '(?<=规范性)档案', replacement: '文件', note: '“规范性文件”被转换为“规范性档案”（大陆没有“规范性档案”）' },
  {
    literal: '档案', pattern: '(?<=其他|政策|公开|印发|等|相关|红头|上级|重要|审议的|印发的|份)档案(?!馆|局|室|管理|工作|学|整理)|档案(?=公开属性|类型|资料即时|草案)',
    replacement: '文件',
    note: '“文件”被转换为“档案”；档案馆、档案管理、人事档案等本义不动',
  },
  { literal: '程式', pattern: '程式(?!化|设计)', replacement: '程序', note: '台湾“程式”= 程序（小程式、答复程式、决策程式）；程式化不动' },
  { literal: '套用', pattern: '(?<=开发|广泛|大力|推广|深化|创新|场所的)套用', replacement: '应用', note: '“应用”被转换为“套用”；套用模板、套用公式不动' },
]);

/**
 * Text that OpenCC's traditional → simplified conversion changes but that is correct here:
 * names and fixed phrases where the traditional form is the standard one. Regular expressions.
 */
export const SCRIPT_ALLOW_LIST: readonly string[] = z.array(z.string()).parse([
  '乾隆', '乾坤', '乾陵',
  // 於 as a surname: 於 followed by a given name and a title
  '於[\\u4e00-\\u9fff]{1,2}(?=同志|先生|女士|主任|局长|处长|科长|书记)',
]);
