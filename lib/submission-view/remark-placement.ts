// Where a reviewer's remarks are shown to the clerk (issue #26): those on the report as a whole at the top of
// 检查与预览; an anchored one beside its field and in its step's issue area. Only the remarks made on the
// version the clerk last sent count (older rounds were answered by the resubmission). A path the format does
// not know (a newer server, a typo through the API) is shown with the whole-report remarks, never dropped.
import type { ReportFormat } from "../format/types";
import { anchorFields } from "./field-paths";
import type { Remark, SubmissionDetail } from "./types";

export type PlacedRemark = Remark & { label: string | null };

export type RemarkPlacement = {
  whole: PlacedRemark[];
  byPath: Map<string, PlacedRemark[]>;
  byStep: Map<string, PlacedRemark[]>;
};

/** The remarks on the latest version, when the report was returned (none while 已报送 or 已通过). */
export function currentRemarks(detail: Pick<SubmissionDetail, "status" | "versions" | "remarks">): Remark[] {
  if (detail.status !== "returned") return [];
  const latest = Math.max(0, ...detail.versions.map((v) => v.version));
  return detail.remarks.filter((r) => r.version === latest);
}

const add = <K, V>(map: Map<K, V[]>, key: K, value: V) => map.set(key, [...(map.get(key) ?? []), value]);

export function placeRemarks(format: ReportFormat, remarks: Remark[]): RemarkPlacement {
  const fields = new Map(anchorFields(format).map((f) => [f.path, f]));
  const out: RemarkPlacement = { whole: [], byPath: new Map(), byStep: new Map() };
  for (const r of remarks) {
    const field = r.path ? fields.get(r.path) : undefined;
    if (!field) {
      out.whole.push({ ...r, label: null });
      continue;
    }
    const placed = { ...r, label: field.label };
    add(out.byPath, field.path, placed);
    add(out.byStep, field.step, placed);
  }
  return out;
}
