// Test support for server mode: a county with units and signed-in users on a test database, and reports to submit.
import valid from "../templates/gov-2021/fixtures/valid-report.json";
import { changePassword, importUnits, initCounty, type Actor } from "../lib/accounts";
import type { Db } from "../lib/db/open-database";

export const NEW_PASSWORD = "新的密码-correct-horse";

/** A valid report (no errors) of `unit` for `year`; `change` edits it. */
export function reportOf(unit: string, year = 2024, change: (r: typeof valid) => void = () => undefined): string {
  const r = structuredClone(valid);
  r.unit.name = unit;
  r.year = year;
  change(r);
  return JSON.stringify(r);
}

/** The report with one balance error (一+二 ≠ （七）总计+四 for 自然人). */
export const brokenReport = (unit: string) => reportOf(unit, 2024, (r) => (r.tables.requests.received.natural = 47));

export type County = { countyId: number; admin: Actor; clerks: Actor[]; units: string[]; passwords: Map<string, string> };

/** init → import units → every one-time password changed: the actors as the services see them. */
export async function setUpCounty(db: Db, county: string, units: string[]): Promise<County> {
  const init = await initCounty(db, { county });
  const imported = await importUnits(db, init.countyId, units);
  const passwords = new Map<string, string>();
  const change = async (username: string, password: string) => {
    const newPassword = `${NEW_PASSWORD}-${passwords.size + 1}`;
    const actor = await changePassword(db, { username, password, newPassword, address: null });
    passwords.set(username, newPassword);
    return actor;
  };
  const admin = await change(init.username, init.adminPassword);
  const clerks = [];
  for (const c of imported.created) clerks.push(await change(c.username, c.password));
  return { countyId: init.countyId, admin, clerks, units, passwords };
}
