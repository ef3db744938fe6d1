// The sheet of one-time passwords `import-units --out` writes: 单位, 账号, 初始密码 — UTF-8 with a BOM and CRLF, so
// Excel and WPS on Windows open it as Chinese text. A name that starts like a formula (= + - @) is written with a
// leading apostrophe: opening the file must never run a roster line as a formula (CSV injection).
import type { ImportedUnit } from "../../../lib/accounts";

const cell = (s: string) => {
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export function accountsCsv(rows: readonly ImportedUnit[]): string {
  const lines = [["单位", "账号", "初始密码"], ...rows.map((r) => [r.unit, r.username, r.password])];
  return "\ufeff" + lines.map((l) => l.map(cell).join(",")).join("\r\n") + "\r\n";
}
