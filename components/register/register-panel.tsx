"use client";
// 「从台账导入」 (issue #24), loaded only when that button is clicked: read the register in the worker, confirm the
// mapping, see what will be counted (and, for a register loaded again, what changed), then 「按台账填表」 sets the
// typed cells through the form (totals, balance and autosave follow) and stores `register.<kind>`.
import { useEffect, useMemo, useState } from "react";
import { useFormContext } from "react-hook-form";
import type { TableDef } from "@/lib/format/types";
import type { ColumnRole, RegisterKind, RegisterMapping, RegisterProposal, RegisterRecord, ValueField } from "@/lib/register/types";
import { tableCells } from "@/lib/format/cell-path";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useWizard } from "@/components/wizard/wizard-context";
import { downloadBlob } from "@/components/wizard/docx-download";
import type { RegisterSession } from "./area-context";
import { KIND_TITLES } from "./column-roles";
import { MappingReview, openChoices, valueKey } from "./mapping-review";
import { handOver, registerWorker } from "./register-client";
import { lastYearMapping, type Remembered } from "./last-year-mapping";
import type { RegisterRead, Tallied } from "./register-jobs";
import { RegisterSource } from "./register-source";
import { TallyPreview } from "./tally-preview";

const MAX_BYTES = 20 * 1024 * 1024;
const FAILED = "读取台账时出错，请刷新页面后再试；如仍不行，请另存为 .xlsx 或 .csv。";

type Props = { kind: RegisterKind; table: TableDef; onClose: () => void; onFilled: (s: RegisterSession) => void };

function withRole(mapping: RegisterMapping, header: string, role: ColumnRole): RegisterMapping {
  return { ...mapping, columns: mapping.columns.map((c) => (c.header === header ? { ...c, role } : c)) };
}

function withValue(mapping: RegisterMapping, field: ValueField, value: string, category: string | null): RegisterMapping {
  return { ...mapping, values: { ...mapping.values, [field]: { ...mapping.values[field], [value]: category } } };
}

export default function RegisterPanel({ kind, table, onClose, onFilled }: Props) {
  const { getValues, setValue } = useFormContext();
  const { getReport, draftId } = useWizard();
  const [busy, setBusy] = useState("");
  const [error, setError] = useState("");
  const [sheetCount, setSheetCount] = useState(0);
  const [proposal, setProposal] = useState<RegisterProposal | null>(null);
  const [mapping, setMapping] = useState<RegisterMapping | null>(null);
  const [confirmed, setConfirmed] = useState<ReadonlySet<string>>(new Set());
  const [tallied, setTallied] = useState<Tallied | null>(null);
  const [ready, setReady] = useState(false);
  const [remembered, setRemembered] = useState<Remembered | null>(null);
  const before = getValues(`register.${kind}`) as RegisterRecord | undefined;
  const year = useMemo(() => getReport().year, [getReport]);
  const typed = useMemo(() => tableCells(table).filter((d) => !d.rowTotal && !d.colTotal), [table]);

  const guard = async <T,>(what: string, job: () => Promise<T>): Promise<T | undefined> => {
    setError("");
    setBusy(what);
    try {
      return await job();
    } catch (e) {
      setError(e instanceof Error && /[\u4e00-\u9fff]/.test(e.message) ? e.message : FAILED);
      return undefined;
    } finally {
      setBusy("");
    }
  };

  const load = (what: string, read: () => Promise<RegisterRead>) =>
    guard(what, async () => {
      const outcome = await read();
      if (!outcome.ok) return setError(outcome.error);
      // This draft's own mapping first; else the one this unit confirmed last year.
      const report = getReport();
      const lastYear = before?.mapping ? undefined : await lastYearMapping(kind, report.unit.name, report.year, draftId);
      const mapping = before?.mapping ?? lastYear;
      setRemembered(mapping ? { mapping, from: before?.mapping ? "draft" : "last-year" } : null);
      const p = await registerWorker().propose(kind, mapping);
      setSheetCount(outcome.sheets.length);
      setProposal(p);
      setMapping(p.mapping);
      setConfirmed(new Set());
      setTallied(null);
    });

  const onFile = (file: File) => {
    if (file.size > MAX_BYTES) return setError(`“${file.name}”超过 20 MB，不像是一份台账，请检查所选文件。`);
    void load(`正在读取“${file.name}”……`, async () => registerWorker().readFile(handOver(new Uint8Array(await file.arrayBuffer())), file.name));
  };
  const onPaste = (text: string) => void load("正在读取粘贴的内容……", () => registerWorker().readPasted(text));
  const onTemplate = () =>
    void guard("正在生成台账模板……", async () => {
      const bytes = await registerWorker().template(kind);
      downloadBlob(new Blob([bytes as BlobPart], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }), KIND_TITLES[kind].template);
    });

  const onRole = (index: number, role: ColumnRole) => {
    const header = proposal?.columns.find((c) => c.index === index)?.header;
    if (!mapping || header === undefined) return;
    void guard("", async () => {
      const p = await registerWorker().propose(kind, withRole(mapping, header, role));
      setProposal(p);
      setMapping(p.mapping);
    });
  };
  const onValue = (field: ValueField, value: string, category: string | null) => {
    setConfirmed((s) => new Set(s).add(valueKey(field, value)));
    setMapping((m) => m && withValue(m, field, value, category));
  };

  // The worker and its .xlsx reader start as the panel opens, while the clerk is still choosing the file.
  useEffect(() => {
    registerWorker()
      .warm()
      .then(() => setReady(true), () => setReady(true));
  }, []);

  // Counted again in the worker whenever the mapping changes: what will be filled, what cannot be counted.
  useEffect(() => {
    if (!proposal || !mapping) return;
    let live = true;
    registerWorker()
      .tally(proposal.layout, mapping, year, before?.counts)
      .then((t) => live && setTallied(t), () => live && setError(FAILED));
    return () => void (live = false);
  }, [proposal, mapping, year, before?.counts]);

  const fill = () => {
    if (!tallied || !mapping || !proposal) return;
    const { counts, cases, uncounted } = tallied.result;
    for (const d of typed) setValue(d.path, String(counts[d.path] ?? 0), { shouldDirty: true });
    const record: RegisterRecord = { mapping, year, counts, cases, uncounted, countedAt: new Date().toISOString(), confirmedOverrides: [] };
    setValue(`register.${kind}`, record, { shouldDirty: true });
    onFilled({ layout: proposal.layout, mapping });
    onClose();
    requestAnimationFrame(() => document.getElementById(`register-summary-${kind}`)?.focus());
  };

  const open = proposal ? openChoices(proposal, confirmed) : 0;
  return (
    <section aria-labelledby={`register-panel-title-${kind}`} className="rounded border border-slate-400 bg-white p-3" data-testid="register-panel" data-ready={ready || undefined}>
      <div className="flex items-center justify-between gap-2">
        <h3 id={`register-panel-title-${kind}`} className="font-bold">
          从{KIND_TITLES[kind].register}填写{table.name}
        </h3>
        <Button variant="link" onClick={onClose}>
          收起
        </Button>
      </div>
      <div className="mt-2 space-y-3">
        <RegisterSource kind={kind} busy={busy !== ""} onFile={onFile} onPaste={onPaste} onTemplate={onTemplate} />
        {busy && (
          <p role="status" className="text-sm text-slate-700">
            {busy}
          </p>
        )}
        {error && <Alert tone="error">{error}</Alert>}
        {proposal && mapping && (
          <>
            {remembered && (
              <p className="text-sm text-slate-700" data-testid="register-remembered">
                {remembered.from === "draft" ? "各列和各种写法按本草稿上次确认的对应关系读取。" : `各列和各种写法按${year - 1}年度报告草稿中确认的对应关系读取。`}
                新出现的写法仍需您选择。
              </p>
            )}
            <MappingReview kind={kind} sheetCount={sheetCount} proposal={proposal} mapping={mapping} confirmed={confirmed} onRole={onRole} onValue={onValue} />
            {tallied && <TallyPreview tallied={tallied} reloaded={!!before?.counts} year={year} />}
            <div className="flex flex-wrap items-center gap-3">
              <Button variant="primary" disabled={open > 0 || !tallied} aria-describedby={open > 0 ? `register-open-${kind}` : undefined} onClick={fill}>
                按台账填表
              </Button>
              {open > 0 && (
                <span id={`register-open-${kind}`} className="text-sm text-amber-950">
                  还有 {open} 种写法需要您选择计入哪一项（上面标黄的）。
                </span>
              )}
            </div>
          </>
        )}
      </div>
    </section>
  );
}

