// 报告单位类型：决定 规章 是否可能（立法法第九十三条）、是否须报告工作考核情况（条例第五十条第（四）项）。
import type { UnitKind } from "../../lib/format/types";

export const unitKinds: UnitKind[] = [
  { key: "township", label: "乡镇人民政府", isGovernment: true, canMakeRules: false, feeWarnAbove: 1000 },
  { key: "subdistrict", label: "街道办事处", isGovernment: false, canMakeRules: false, feeWarnAbove: 1000 },
  { key: "county-government", label: "县级人民政府", isGovernment: true, canMakeRules: false, feeWarnAbove: 100000 },
  { key: "county-department", label: "县级及以下政府部门", isGovernment: false, canMakeRules: false, feeWarnAbove: 10000 },
  { key: "city-government", label: "设区的市级人民政府", isGovernment: true, canMakeRules: true, feeWarnAbove: 1000000 },
  { key: "city-department", label: "设区的市级政府部门", isGovernment: false, canMakeRules: false, feeWarnAbove: 100000 },
  { key: "province-government", label: "省级人民政府", isGovernment: true, canMakeRules: true, feeWarnAbove: 10000000 },
  { key: "province-department", label: "省级政府部门", isGovernment: false, canMakeRules: false, feeWarnAbove: 1000000 },
  { key: "state-council-department", label: "国务院部门", isGovernment: false, canMakeRules: true, feeWarnAbove: 10000000 },
  { key: "other", label: "其他机关单位", isGovernment: false, canMakeRules: true, feeWarnAbove: 10000000 },
];
