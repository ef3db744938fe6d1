// 联系方式: stated in the preamble of a published report (「如对本报告有疑问，请与…联系（地址：…；电话：…）」).
// A publishable report gives at least one way to reach the unit (`reachBy`).
import type { ContactField } from "../../lib/format/types";

export const contactFields: ContactField[] = [
  { key: "department", label: "联系部门", maxLength: 100 },
  { key: "address", label: "通信地址", maxLength: 200, reachBy: true },
  { key: "postcode", label: "邮政编码", maxLength: 20 },
  { key: "phone", label: "联系电话", maxLength: 50, reachBy: true },
  { key: "email", label: "电子邮箱", maxLength: 100, reachBy: true },
  { key: "website", label: "网站地址", maxLength: 200 },
];
