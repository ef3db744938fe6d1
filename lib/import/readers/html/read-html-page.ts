// A saved web page carries the site around the report: menus and breadcrumbs before its title, the
// article's details (发布时间、来源、浏览次数), and the site's footer after its date. Keep the report.
import type { Block } from "../../document";

const TITLE = /政府信息公开.{0,12}年度?报告$/;
const FIRST_SECTION = /^(?:一|1)\s*[、.．]?\s*总体情况/;
const DATE = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/;
const PAGE_DETAILS = /(?:发布(?:时间|日期|机构)|来\s*源|浏览(?:次数)?|点击(?:数|量|率)|阅读(?:次数|量)|字号|作\s*者|责任编辑|【\s*(?:打印|关闭)|分享到)\s*[:：】]/;

const text = (b: Block | undefined) => (b?.type === "p" ? b.text.replace(/\s/g, "") : "");

export function trimPage(blocks: Block[]): Block[] {
  const first = blocks.findIndex((b) => FIRST_SECTION.test(text(b)));
  if (first < 0) return blocks;
  let title = -1; // the last title before 一、, on one line or broken over two (<br>)
  for (let i = first - 1; i >= 0 && title < 0; i--) {
    if ([text(blocks[i]), text(blocks[i]) + text(blocks[i + 1])].some((t) => t.length <= 80 && TITLE.test(t))) title = i;
  }
  // 「城关镇」<br>「2024年政府信息公开工作年度报告」: the unit's name stands on the lines before the year.
  while (title > 0 && /^\d{4}/.test(text(blocks[title])) && text(blocks[title - 1]).length <= 40 && text(blocks[title - 1])) title--;
  const head = title >= 0 ? blocks.slice(title, first).filter((b, i) => i === 0 || !PAGE_DETAILS.test(text(b))) : blocks.slice(0, first);
  const rest = blocks.slice(first);
  let lastTable = -1;
  rest.forEach((b, i) => b.type === "table" && (lastTable = i));
  const date = rest.findIndex((b, i) => i > lastTable && DATE.test(text(b)));
  return [...head, ...(date >= 0 ? rest.slice(0, date + 1) : rest)];
}
