"use client";
// Issues as links: each one opens the step holding its first cell and focuses that cell.
import type { Issue } from "@/lib/rules/types";
import { QuotedText } from "@/components/ui/user-text";
import { useWizard } from "@/components/wizard/wizard-context";

export function IssueList({ issues }: { issues: Issue[] }) {
  const { goToField } = useWizard();
  return (
    <ul className="mt-1 list-disc space-y-1 pl-5">
      {issues.map((issue, i) => (
        <li
          key={`${issue.rule}-${i}`}
          data-rule={issue.rule}
          data-severity={issue.severity}
          title={`规则编号：${issue.rule}`}
          className={issue.severity === "error" ? "text-red-800" : "text-amber-900"}
        >
          <span className="mr-1 font-bold">{issue.severity === "error" ? "错误" : "提示"}</span>
          <a
            href={`#${issue.cells[0] ?? ""}`}
            className="underline hover:no-underline focus-visible:outline-2 focus-visible:outline-blue-600"
            onClick={(e) => {
              e.preventDefault();
              if (issue.cells[0]) goToField(issue.cells[0]);
            }}
          >
            <QuotedText text={issue.message} />
          </a>
        </li>
      ))}
    </ul>
  );
}

/** 「存在以下问题」: errors first, then warnings. */
export function ErrorSummary({ issues, id = "error-summary" }: { issues: Issue[]; id?: string }) {
  const errors = issues.filter((i) => i.severity === "error");
  const warnings = issues.filter((i) => i.severity !== "error");
  if (issues.length === 0) return null;
  return (
    <div id={id} tabIndex={-1} role="alert" className={`rounded border-l-4 p-3 ${errors.length ? "border-red-600 bg-red-50" : "border-amber-500 bg-amber-50"}`}>
      <p className="font-bold">存在以下问题</p>
      <IssueList issues={[...errors, ...warnings]} />
    </div>
  );
}
