// What the importer found: the unit and year, the detected format with its markers, what could not
// be read, the notes, and the issue list.
import type { ImportResult } from "@/lib/import/build/import-report";
import type { Issue } from "@/lib/rules/types";
import { QuotedText, UserText } from "@/components/ui/user-text";
import { Button } from "@/components/ui/button";
import { IssueGroups } from "./issue-groups";

type Ok = Extract<ImportResult, { ok: true }>;

const FORMAT_NAMES = { "gov-2021": "2021 年格式（国办公开办函〔2021〕30号）", "gov-2019": "已废止的 2019 年试行格式（国办公开办函〔2019〕60号）" };

function List({ title, items, empty }: { title: string; items: string[]; empty: string }) {
  return (
    <section>
      <h3 className="font-bold">{title}</h3>
      {items.length === 0 ? (
        <p className="text-slate-600">{empty}</p>
      ) : (
        <ul className="mt-1 list-disc space-y-1 pl-5">
          {items.map((t, i) => (
            <li key={i}>
              <QuotedText text={t} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

type Props = { source: string; result: Ok; issues: Issue[]; onOpen: () => void; onNextYear?: () => void };

export function CheckResult({ source, result, issues, onOpen, onNextYear }: Props) {
  const { report, detected, unread } = result;
  const otherNotes = (report.notes ?? []).filter((n) => !unread.includes(n));
  return (
    <div className="space-y-5" data-testid="check-result">
      <div className="rounded border border-slate-300 bg-white p-4">
        <p className="text-sm text-slate-600">
          <UserText>{source}</UserText>
        </p>
        <h2 className="text-xl font-bold">
          <UserText>{report.unit.name || "（未识别单位名称）"}</UserText> · {report.year}年度
        </h2>
        <p className="mt-1" data-format={detected.format}>
          格式：<strong>{FORMAT_NAMES[detected.format]}</strong>
        </p>
        {detected.markers.length > 0 && <p className="text-sm text-slate-700">识别依据：{detected.markers.join("、")}</p>}
        <div className="mt-3 flex flex-wrap gap-3">
          <Button variant="primary" onClick={onOpen}>
            在向导中打开修改
          </Button>
          {onNextYear && (
            <Button variant="secondary" onClick={onNextYear}>
              以此为上年报告，新建{report.year + 1}年度报告
            </Button>
          )}
        </div>
      </div>
      <IssueGroups issues={issues} />
      <List title="未能读取的内容" items={unread} empty="表格中的数字已全部读取。" />
      <List title="导入说明" items={otherNotes} empty="无。" />
    </div>
  );
}
