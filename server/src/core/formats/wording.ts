import { z } from 'zod';

/**
 * Differences in a prescribed heading that are accepted wording, not slips: the joining words and marks of a list
 * (收到和处理 / 收到及处理, 行政复议、行政诉讼 / 行政复议和行政诉讼 / 行政复议行政诉讼) and spellings that are both
 * standard (其它 / 其他), and the particle 的, which real reports add or leave out without changing the heading
 * (…提起行政诉讼的情况, 主动公开政府信息的情况, 其他需要报告事项). Headings are compared with the joiners and the particles
 * removed and the spellings made one.
 */
export const wordingSchema = z.object({
  joiners: z.array(z.string().length(1)).min(1),
  particles: z.array(z.string().length(1)),
  same: z.array(z.tuple([z.string().min(1), z.string().min(1)])),
});

export const HEADING_WORDING = wordingSchema.parse({
  joiners: ['、', '和', '及', '与', ',', '，'],
  particles: ['的'],
  same: [['其它', '其他']],
});
