import { defineMessages } from '../../messages/define';

export const messages = defineMessages('stale-review', {
  message: {
    zh: '.gkreport-review.json 中的一条核实记录已不对应任何问题（规则 {rule}，键“{key}”，理由“{reason}”）：该问题已改正，或所在的句子、数字已改动。请从 .gkreport-review.json 中删除这条记录；如仍需核实，请对新的问题重新标记。',
    en: 'A decision in .gkreport-review.json no longer matches any finding (rule {rule}, key "{key}", reason "{reason}"): the finding was fixed, or its sentence or figure changed. Delete it from .gkreport-review.json; if the new finding needs a review, mark it again.',
  },
});
