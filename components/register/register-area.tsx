"use client";
// 表三/表四's register tools around the grid (issue #24): the 「从台账导入」 button, the import panel (loaded only
// when that button is clicked: the worker and its .xlsx reader come with it), the summary under the grid (rows not
// counted, figures typed over the register, each cell's cases) and the cases dialog. The register itself stays
// in the worker; the form holds only `register.<kind>` (counts, row numbers, mapping, reasons).
import { lazy, Suspense, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { RegisterKind } from "@/lib/register/types";
import type { TableDef } from "@/lib/format/types";
import { Button } from "@/components/ui/button";
import { RegisterMarksContext, type RegisterMarks } from "@/components/grid/register-mark";
import { CasesDialog } from "./cases-dialog";
import { AreaContext, useRegisterArea as useArea, type RegisterSession } from "./area-context";

const RegisterPanel = lazy(() => import("./register-panel"));

export function RegisterArea({ kind, table, children }: { kind: RegisterKind; table: TableDef; children: ReactNode }) {
  const [panelOpen, setPanelOpen] = useState(false);
  const [session, setSession] = useState<RegisterSession | null>(null);
  const [casesOf, setCasesOf] = useState<string | null>(null);
  const marks: RegisterMarks = useMemo(() => ({ kind, openCases: setCasesOf }), [kind]);
  const area = useMemo(() => ({ kind, table, panelOpen, setPanelOpen, session, setSession, openCases: setCasesOf }), [kind, table, panelOpen, session]);
  return (
    <AreaContext value={area}>
      <RegisterMarksContext value={marks}>
        {children}
        {casesOf && <CasesDialog kind={kind} path={casesOf} session={session} onClose={() => setCasesOf(null)} />}
      </RegisterMarksContext>
    </AreaContext>
  );
}

export function ImportRegisterButton() {
  const { panelOpen, setPanelOpen, kind } = useArea();
  return (
    <Button aria-expanded={panelOpen} aria-controls={`register-panel-${kind}`} onClick={() => setPanelOpen(!panelOpen)}>
      从台账导入
    </Button>
  );
}

export function RegisterPanelSlot() {
  const { panelOpen, setPanelOpen, kind, table, setSession } = useArea();
  // The grid's box is fitted to the window below it (report-grid.tsx, refitted on resize); the panel opening or
  // closing above moves it as much as a resize would.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) return void (first.current = false);
    window.dispatchEvent(new Event("resize"));
  }, [panelOpen]);
  if (!panelOpen) return null;
  return (
    <div id={`register-panel-${kind}`} className="mb-3">
      <Suspense fallback={<p role="status" className="text-sm text-slate-600">正在加载台账导入……</p>}>
        <RegisterPanel kind={kind} table={table} onClose={() => setPanelOpen(false)} onFilled={setSession} />
      </Suspense>
    </div>
  );
}

export { RegisterSummary } from "./register-summary";
