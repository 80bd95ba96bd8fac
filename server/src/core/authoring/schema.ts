import { z } from 'zod';
import { reviewFileShape } from '../review/decision';
import { RULES } from '../rules';

/** JSON Schema of .gkreportrc.json, generated from the rules so VS Code completes every rule id. */
export function configJsonSchema(): Record<string, unknown> {
  const severity = { type: 'string', enum: ['error', 'warning', 'info', 'hint', 'off'] };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'gkreport configuration (.gkreportrc.json)',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      format: { description: '报告格式：auto 自动识别，或指定 2008、2019、2021 / report format', type: 'string', enum: ['auto', '2008', '2019', '2021'], default: 'auto' },
      locale: { description: '消息语言 / message language', type: 'string', enum: ['zh-CN', 'en'] },
      maxFileSize: { description: '字符数上限：更大的文件只做基本检查 / size limit in characters', type: 'integer', minimum: 1, default: 5000000 },
      scriptPolicy: { description: 'simplified：要求规范简体字（默认）；any：不检查繁体字和台湾用语 / script policy', type: 'string', enum: ['simplified', 'any'], default: 'simplified' },
      rules: {
        description: '各规则的严重程度 / severity per rule',
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(RULES.map((rule) => {
          const description = `${rule.meta.name.zh}：${rule.meta.description.zh} / ${rule.meta.name.en}: ${rule.meta.description.en}（默认 default: ${rule.meta.defaultSeverity}）`;
          if (!rule.meta.options) return [rule.meta.id, { ...severity, description }];
          // ESLint's form: "rule-id": "warning" or ["warning", { …options }]
          const { $schema: _, ...options } = z.toJSONSchema(rule.meta.options, { io: 'input' }) as Record<string, unknown>;
          return [rule.meta.id, { description, oneOf: [severity, { type: 'array', items: [severity, options], minItems: 2, maxItems: 2 }] }];
        })),
      },
    },
  };
}

/** JSON Schema of .gkreport-review.json, from the schema its decisions are validated with, each rule id offered. */
export function reviewJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(reviewFileShape, { io: 'input' }) as unknown as { properties: { decisions: { items: { properties: { rule: Record<string, unknown> } } } } };
  schema.properties.decisions.items.properties.rule.enum = RULES.map((rule) => rule.meta.id);
  return { ...schema, $schema: 'http://json-schema.org/draft-07/schema#', title: 'gkreport review decisions (.gkreport-review.json)' };
}
