// Issue #21: the field corpus's score — cells exact / wrong / unread (and unread without a named reason),
// format verdicts right, arithmetic findings caused by reading — per layout and over all.
// Goal: 0 wrong, 0 wrong verdicts, 0 caused by reading, every unread cell named, ≥ 99 % exact.
import { allFieldCases } from "../test-support/field-corpus";
import { percent, scoreCase, scoreLine, summarise } from "../test-support/field-corpus/score";
import type { BenchRow } from "./measure";

export default async function run(): Promise<BenchRow[]> {
  const cases = await allFieldCases();
  const scores = [];
  for (const c of cases) scores.push(await scoreCase(c));
  const { layouts, total } = summarise(scores);
  for (const l of layouts) console.log(`  ${scoreLine(l)}`);
  return [
    { name: "现场语料：单元格准确", value: percent(total), unit: `%（${total.exact}/${total.printed} 格）`, budget: "≥ 99%" },
    { name: "现场语料：读错的单元格", value: total.wrong, unit: "格", budget: "0" },
    { name: "现场语料：未读出的单元格", value: total.unread, unit: "格" },
    { name: "现场语料：未说明原因的未读单元格", value: total.unnamed, unit: "格", budget: "0" },
    { name: "现场语料：格式判断正确", value: total.verdictsRight, unit: `/${total.cases} 份`, budget: "全部" },
    { name: "现场语料：读错引起的勾稽错误", value: total.arithmetic, unit: "条", budget: "0" },
  ];
}
