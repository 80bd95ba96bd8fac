import { z } from 'zod';
import { pattern } from './pattern';

/**
 * Sentences every report writes the same way year after year because the format asks for them: the report naming
 * its basis, its parts, its statistics period, where to read it and whom to ask. Written again unchanged they are
 * not copying (content-repeat leaves them out of the share). Each pattern is a regular expression over a folded
 * sentence (simplified, half-width); a sentence matching one is template wording.
 */
const boilerplateSpec = z.object({
  id: z.string().min(1),
  /** why a unit writes this the same every year */
  why: z.string().min(1),
  match: pattern,
});

export const boilerplateSchema = z.array(boilerplateSpec).min(1);

export type BoilerplateSpec = z.infer<typeof boilerplateSpec>;

export const BOILERPLATE_DATA: z.input<typeof boilerplateSchema> = [
  {
    id: 'self',
    why: '报告说明自身（编制依据、结构、电子版下载、咨询方式）：本报告根据《条例》编制、本报告共分六个部分、可下载本报告',
    match: '本(?:年度)?(?:报告|年报)|报告全文',
  },
  { id: 'period', why: '统计期限：所列数据统计期限自1月1日起至12月31日止', match: '统计(?:期限|时限|时间|区间)' },
  { id: 'contents', why: '目录式的结构说明：全文包括概述、主动公开…', match: '全文(?:包括|共分|分为|由)|共(?:分)?为?[一二三四五六七八九十]个部分' },
  {
    id: 'none',
    why: '一句话说明某事未发生：全年未发生因政府信息公开工作被责任追究的情况、本年度未收取信息处理费（事实如此，每年相同）',
    match: '^[^,;:]*(?:未发生|未收取|未产生|未出现|没有发生|没有收取)[^,;:]*$',
  },
  {
    id: 'contact',
    why: '联系方式与网址：电话、地址、邮编、电子邮箱、网站',
    match: '有任何疑问|(?:联系|咨询)(?:电话|方式|地址)?[:：]|电话[:：]|地址[:：]|邮编|邮政编码|传真|电子邮箱|电子信箱|https?://|www\\.',
  },
];

/** Validated once at load. */
export const BOILERPLATE: readonly BoilerplateSpec[] = boilerplateSchema.parse(BOILERPLATE_DATA);
