// Accounts (issue #26): the county, units and their clerks, passwords (Argon2id), sign-in with throttling,
// sessions, and the audit log every service writes to.
export { initCounty, hasCounty, countyByName, type InitCountyResult } from "./county";
export { importUnits, listUnits, rosterNames, type ImportedUnit, type ImportUnitsResult, type UnitListItem } from "./units";
export { listUsers, resetPassword, disableUser, type UserListItem } from "./users";
export { authenticate, changePassword, type Credentials, type PasswordChange } from "./authenticate";
export { createSession, readSession, endSession, endAllSessions, SESSION_COOKIE } from "./sessions";
export { canReview, publicUser, type Actor, type PublicUser } from "./actor";
export { audit, readAudit, type AuditEntry } from "./audit";
export { hashPassword, verifyPassword, randomPassword, newPasswordProblem, MIN_PASSWORD_LENGTH } from "./password";
export { lockSeconds, ACCOUNT_LIMIT, ADDRESS_LIMIT } from "./throttle";
