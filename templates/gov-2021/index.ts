// 国办公开办函〔2021〕30号 format: the single source of truth for every label, table and rule.
import type { ReportFormat } from "../../lib/format/types";
import { sections } from "./sections";
import { proactiveTable } from "./table-proactive";
import { requestsTable } from "./table-requests";
import { appealsTable } from "./table-appeals";
import { unitKinds } from "./unit-kinds";
import { rules } from "./rules";
import { contactFields } from "./contact";
import { GOV2021_ID, GOV2021_NAME } from "./identity";

export const gov2021: ReportFormat = {
  id: GOV2021_ID,
  name: GOV2021_NAME,
  sections,
  contactFields,
  tables: { proactive: proactiveTable, requests: requestsTable, appeals: appealsTable },
  unitKinds,
  rules,
};
