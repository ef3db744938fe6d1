// Who is asking: a signed-in user as read from the database on every request (never from what a client says).
import type { Db } from "../db/open-database";
import type { Role } from "../db/schema";

export type Actor = {
  id: number;
  username: string;
  role: Role;
  countyId: number;
  countyName: string;
  unitId: number | null;
  unitName: string | null;
  mustChangePassword: boolean;
};

/** The user as the REST API shows it (GET/POST /api/session). */
export type PublicUser = {
  username: string;
  role: Role;
  unit: { id: number; name: string } | null;
  county: { id: number; name: string };
};

export const publicUser = (a: Actor): PublicUser => ({
  username: a.username,
  role: a.role,
  unit: a.unitId === null ? null : { id: a.unitId, name: a.unitName ?? "" },
  county: { id: a.countyId, name: a.countyName },
});

/** The county's reviewers: the role reviewer, and the admin (who is the county's reviewer too). */
export const canReview = (a: Actor) => a.role === "reviewer" || a.role === "admin";

/** Active users only: a disabled account, or a clerk of a disabled unit, is nobody. */
export function actorQuery(db: Db) {
  return db
    .selectFrom("users as u")
    .innerJoin("counties as c", "c.id", "u.county_id")
    .leftJoin("units as n", "n.id", "u.unit_id")
    .where("u.disabled", "=", false)
    .where((eb) => eb.or([eb("u.unit_id", "is", null), eb("n.disabled", "=", false)]))
    .select([
      "u.id",
      "u.username",
      "u.role",
      "u.county_id as countyId",
      "c.name as countyName",
      "u.unit_id as unitId",
      "n.name as unitName",
      "u.must_change_password as mustChangePassword",
      "u.password_hash as passwordHash",
    ]);
}

export function toActor(row: Actor & { passwordHash?: string }): Actor {
  const { passwordHash: _, ...actor } = row;
  return actor;
}
