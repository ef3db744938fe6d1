// Server mode's database: open (PGlite or PostgreSQL), migrate, close. See docs/decisions/server-database.md.
export { openDatabase, closeDatabase, hasDatabase, defaultDataDir, databaseUrl, driverOf, NoDatabase, type Db, type OpenOptions } from "./open-database";
export { migrate, MIGRATIONS, MigrationFailed } from "./migrate";
export { ServiceError } from "./service-error";
export type { Role, Status, Database } from "./schema";
