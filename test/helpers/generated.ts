import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildSnippets, configJsonSchema, reviewJsonSchema, RULES } from '../../server/src/core';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

const SEVERITY_ZH = { error: '错误', warning: '警告', info: '信息', hint: '提示' } as const;

/** The content every generated file must have, by path. scripts/generate.js writes it; a test compares. */
export function generated(root: string): Record<string, string> {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const nls = JSON.parse(fs.readFileSync(path.join(root, 'package.nls.json'), 'utf8'));
  const nlsZh = JSON.parse(fs.readFileSync(path.join(root, 'package.nls.zh-cn.json'), 'utf8'));
  const properties = manifest.contributes.configuration.properties as Record<string, unknown>;
  for (const key of Object.keys(properties)) if (key.startsWith('gkreport.rules.')) delete properties[key];
  for (const key of Object.keys(nls)) if (key.startsWith('config.rules.')) delete nls[key];
  for (const key of Object.keys(nlsZh)) if (key.startsWith('config.rules.')) delete nlsZh[key];
  for (const rule of RULES) {
    properties[`gkreport.rules.${rule.meta.id}`] = {
      type: 'string',
      enum: ['default', 'error', 'warning', 'info', 'hint', 'off'],
      default: 'default',
      markdownDescription: `%config.rules.${rule.meta.id}%`,
    };
    // the rule's name first, its id (what the settings key and the diagnostics show) after it
    nls[`config.rules.${rule.meta.id}`] = `**${rule.meta.name.en}** (\`${rule.meta.id}\`): ${rule.meta.description.en} (default: ${rule.meta.defaultSeverity}).`;
    nlsZh[`config.rules.${rule.meta.id}`] = `**${rule.meta.name.zh}**（\`${rule.meta.id}\`）：${rule.meta.description.zh}（默认：${SEVERITY_ZH[rule.meta.defaultSeverity]}）。`;
  }
  return {
    'snippets/gkreport.code-snippets': json(buildSnippets()),
    'schemas/gkreportrc.schema.json': json(configJsonSchema()),
    'schemas/gkreport-review.schema.json': json(reviewJsonSchema()),
    'package.json': json(manifest),
    'package.nls.json': json(nls),
    'package.nls.zh-cn.json': json(nlsZh),
  };
}
