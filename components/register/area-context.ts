"use client";
// What the register tools of one table step share: which table, whether the import panel is open, and the
// register loaded in this page (its rows stay in the worker; a cell's cases can show their cells while it is).
import { createContext, useContext } from "react";
import type { TableDef } from "@/lib/format/types";
import type { RegisterKind, RegisterLayout, RegisterMapping } from "@/lib/register/types";

export type RegisterSession = { layout: RegisterLayout; mapping: RegisterMapping };

export type RegisterAreaApi = {
  kind: RegisterKind;
  table: TableDef;
  panelOpen: boolean;
  setPanelOpen: (open: boolean) => void;
  session: RegisterSession | null;
  setSession: (s: RegisterSession) => void;
  openCases: (path: string) => void;
};

export const AreaContext = createContext<RegisterAreaApi | null>(null);

export function useRegisterArea(): RegisterAreaApi {
  const area = useContext(AreaContext);
  if (!area) throw new Error("useRegisterArea outside <RegisterArea>");
  return area;
}
