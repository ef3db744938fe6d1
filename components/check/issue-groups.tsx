// The issue list of a checked report: errors first, then warnings. The stable rule id is a tooltip and a
// data attribute, not part of the sentence the reader sees.
import type { Issue } from "@/lib/rules/types";
import { QuotedText } from "@/components/ui/user-text";

function Group({ title, issues, tone }: { title: string; issues: Issue[]; tone: "error" | "warning" }) {
  if (issues.length === 0) return null;
  const color = tone === "error" ? "border-red-600 bg-red-50 text-red-900" : "border-amber-500 bg-amber-50 text-amber-900";
  return (
    <section className={`rounded border-l-4 p-3 ${color}`} aria-label={title}>
      <h3 className="font-bold">
        {title}（{issues.length}）
      </h3>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        {issues.map((issue, i) => (
          <li key={`${issue.rule}-${i}`} data-rule={issue.rule} data-severity={issue.severity} title={`规则编号：${issue.rule}`}>
            <QuotedText text={issue.message} />
          </li>
        ))}
      </ul>
    </section>
  );
}

export function IssueGroups({ issues }: { issues: Issue[] }) {
  if (issues.length === 0) return <p className="rounded border-l-4 border-green-600 bg-green-50 p-3 text-green-900">未发现问题。</p>;
  return (
    <div className="space-y-3">
      <Group title="错误" tone="error" issues={issues.filter((i) => i.severity === "error")} />
      <Group title="提示" tone="warning" issues={issues.filter((i) => i.severity !== "error")} />
    </div>
  );
}
