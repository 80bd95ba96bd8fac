/**
 * A clause whose subject is a body other than the reporting one: "县教育局主动公开政府信息120条",
 * "其中区直单位主动公开400条". Its figure is that body's share, not the report's total, so it is never
 * compared with the report's tables. The reporting body speaks of itself as 我局, 本机关, 全县, 各部门, or by
 * the name its title gives.
 */
const LEADING = /^(?:其中|另|此外|同时)?[,，]?(?:\d{4}年度?|全年|本年度?|年内)?[,，]?/;
const BODY_SUBJECT = /^[\u4e00-\u9fff]{1,12}?(?:局|委员会|委|办公室|中心|院|所|厅|站|队|镇|乡|街道|单位|部门|公司|学校|医院)/;
const OWN_BODY = /^(?:我|本|全|各|所有|通过|向|经|在|对|由|按|依)/;

export function namesAnotherBody(clause: string, unitName: string | undefined): boolean {
  const rest = clause.replace(LEADING, '');
  const subject = BODY_SUBJECT.exec(rest)?.[0];
  return subject !== undefined && !OWN_BODY.test(subject) && !(unitName !== undefined && unitName.includes(subject));
}
