// 新建报告's empty report: the whole format (every label) is fetched when the clerk asks for a new report,
// not with the start page (its first load ≤ 150 kB).
import { gov2021 } from "@/templates/gov-2021";
import { emptyReport } from "@/lib/values/empty-report";

export const blankReport = () => emptyReport(gov2021);
