/**
 * What repeated-word knows about Chinese, as data. A doubled single character is usually two correct words
 * meeting (会议|议题, 小组|组长, 办事|事项), so only the function characters below are checked when doubled, and
 * each lists the words that make its doubling correct: a word ending in it before (目的|的, 为了|了解) or a word
 * starting with it after (为了|了解, 针对|对象).
 */
export interface FunctionCharacter {
  /** words ending in the character: "目的的" is 目的 followed by the particle 的 */
  readonly endsWord: readonly string[];
  /** words starting with the character: "为了了解" is 为了 followed by 了解 */
  readonly startsWord: readonly string[];
}

export const FUNCTION_CHARACTERS: Readonly<Record<string, FunctionCharacter>> = {
  的: { endsWord: ['目的', '有的', '端的'], startsWord: ['的确'] },
  和: { endsWord: ['总和', '平和', '缓和', '温和', '随和', '附和', '调和', '柔和', '祥和', '谦和', '饱和', '共和'], startsWord: ['和谐', '和平', '和解', '和睦', '和气', '和美', '和顺'] },
  与: { endsWord: ['参与', '给与', '赋与', '授与', '干与'], startsWord: ['与会', '与其', '与时俱进'] },
  及: { endsWord: ['涉及', '以及', '普及', '危及', '顾及', '波及', '提及', '论及', '触及', '遍及', '惠及', '不及', '企及', '殃及', '推及'], startsWord: ['及时', '及早', '及格', '及至'] },
  或: { endsWord: [], startsWord: [] },
  在: { endsWord: ['存在', '正在', '现在', '实在', '所在', '自在', '内在', '外在', '潜在', '旨在', '意在', '重在', '贵在', '难在', '好在', '关键在', '志在'], startsWord: ['在于', '在职', '在线', '在编', '在岗', '在建', '在校', '在册', '在逃', '在押', '在办', '在案', '在场', '在内', '在外', '在即', '在望', '在所难免'] },
  了: { endsWord: ['为了', '除了', '罢了', '算了', '不了', '得了', '好了', '免不了', '少不了'], startsWord: ['了解', '了结', '了然', '了却', '了如指掌', '了之'] },
  对: { endsWord: ['针对', '核对', '面对', '应对', '比对', '相对', '绝对', '反对', '校对', '查对', '配对', '敌对', '作对', '一对', '成对', '派对'], startsWord: ['对象', '对外', '对内', '对接', '对比', '对照', '对应', '对话', '对称', '对口', '对策', '对待', '对标', '对账', '对手', '对方', '对面', '对等', '对冲', '对立', '对于', '对付', '对岸'] },
  被: { endsWord: ['棉被'], startsWord: ['被告', '被申请', '被动', '被诉', '被答复', '被举报', '被投诉', '被复议', '被执行', '被征', '被告知', '被访'] },
  将: { endsWord: ['即将', '必将', '行将', '大将', '主将', '老将', '干将', '武将', '名将', '猛将', '终将'], startsWord: ['将来', '将近', '将军', '将要', '将领', '将士'] },
  向: { endsWord: ['方向', '导向', '意向', '倾向', '走向', '面向', '趋向', '转向', '定向', '流向', '去向', '动向', '双向', '单向', '指向', '志向', '取向', '风向', '纵向', '横向', '反向', '逆向', '正向', '投向', '偏向', '朝向', '同向'] , startsWord: ['向来', '向导', '向往', '向量'] },
  从: { endsWord: ['服从', '听从', '顺从', '盲从', '随从', '仆从', '无从', '自从', '屈从', '遵从', '适从'], startsWord: ['从严', '从事', '从业', '从而', '从来', '从快', '从简', '从重', '从轻', '从速', '从优', '从此', '从容', '从宽', '从属'] },
  于: { endsWord: [], startsWord: ['于是', '于今'] },
  并: { endsWord: ['合并', '兼并', '吞并', '归并'], startsWord: ['并且', '并列', '并行', '并重', '并举', '并购', '并联', '并存', '并轨', '并网', '并非'] },
  // 从而|而 is no two words: after 从而, 因而, 然而 … a second 而 is a slip
  而: { endsWord: [], startsWord: ['而且', '而是', '而言', '而已', '而后', '而今'] },
};

/**
 * Reduplications that are correct Chinese, each the whole doubled form: ABAB verbs (研究研究), AABB words
 * (认认真真, 实实在在 in seed 000) and AA words (一一). A repeat inside one of these is never flagged.
 */
export const REDUPLICATIONS: readonly string[] = [
  // AA (一一对应, 逐一一一): other doubled single characters that are not function characters are never flagged
  '一一',
  // AABB: they matter where a function character is doubled (实实在在, 的的确确, 和和美美)
  '实实在在', '的的确确', '认认真真', '扎扎实实', '踏踏实实', '清清楚楚', '明明白白', '家家户户', '方方面面', '点点滴滴', '时时刻刻', '兢兢业业', '勤勤恳恳', '原原本本', '老老实实', '平平安安', '干干净净', '整整齐齐', '规规矩矩', '完完整整', '仔仔细细', '彻彻底底', '真真切切', '和和美美', '和和气气', '从从容容', '自自在在', '将将就就', '是是非非', '来来往往', '上上下下', '里里外外', '前前后后', '大大小小', '千千万万', '世世代代', '日日夜夜', '风风雨雨', '反反复复', '坦坦荡荡', '轰轰烈烈', '红红火火', '平平淡淡',
  // ABAB
  '研究研究', '讨论讨论', '学习学习', '商量商量', '考虑考虑', '了解了解', '交流交流', '沟通沟通', '总结总结', '检查检查', '比较比较', '打听打听', '琢磨琢磨', '锻炼锻炼', '整理整理', '休息休息', '认识认识', '介绍介绍', '活动活动', '熟悉熟悉', '雪白雪白', '通红通红', '一个一个', '一样一样',
];

/**
 * Words that end the name before them and begin the term after them, so that written twice they are two words
 * meeting: 某县人民政府|政府信息公开工作年度报告 (the title of most reports), 依申请|申请人, 进一步规范|规范性文件,
 * 各部门|部门预算. Each lists the terms whose
 * start makes the second copy correct.
 */
export const TERMS_STARTING_WITH: Readonly<Record<string, readonly string[]>> = {
  政府: ['政府信息', '政府网站', '政府公报', '政府门户', '政府采购', '政府工作', '政府部门', '政府规章', '政府文件', '政府服务', '政府热线', '政府常务', '政府令', '政府办', '政府数据', '政府购买', '政府投资', '政府债务', '政府会议', '政府决策', '政府权责', '政府系统'],
  政务: ['政务公开', '政务服务', '政务信息', '政务新媒体', '政务微博', '政务微信', '政务数据', '政务网站', '政务平台', '政务热线', '政务大厅', '政务中心'],
  申请: ['申请人', '申请书', '申请表', '申请数', '申请量', '申请件', '申请材料'],
  公开: ['公开栏', '公开目录', '公开指南', '公开专栏', '公开平台', '公开申请', '公开工作', '公开内容'],
  信息: ['信息公开', '信息化', '信息系统', '信息平台', '信息管理'],
  中心: ['中心主任', '中心城区', '中心工作'],
  服务: ['服务中心', '服务大厅', '服务事项', '服务热线', '服务窗口', '服务平台'],
  办公室: ['办公室主任'],
  部门: ['部门预算', '部门决算', '部门网站', '部门规章'],
  规范: ['规范性文件', '规范化'],
  建设: ['建设项目', '建设工程'],
  网站: ['网站群', '网站集约'],
  街道: ['街道办'],
  社区: ['社区居委会', '社区居民委员会', '社区服务'],
};

/** 一 + a measure word, doubled, is a correct reduplication: 一项一项, 一步一步, 一批一批. */
export const STEP_MEASURES = '个件项步批条次年天点家户环级层页份笔张届期轮遍回趟块片段篇';

/** A repeat made only of these is a number (二十二十, 一万一万) or a date, not a repeated word. */
export const NUMERALS = '零〇一二两三四五六七八九十百千万亿';
