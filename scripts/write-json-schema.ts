// Writes docs/report.schema.json from the zod schema (npm run schema:json). A test keeps it in sync.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { gov2021 } from "../templates/gov-2021";
import { reportJsonSchema } from "../lib/schema/json-schema";

export const JSON_SCHEMA_FILE = path.resolve(import.meta.dirname, "../docs/report.schema.json");

export function jsonSchemaText(): string {
  return JSON.stringify(reportJsonSchema(gov2021), null, 2) + "\n";
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  writeFileSync(JSON_SCHEMA_FILE, jsonSchemaText());
  console.log(`已写入 ${JSON_SCHEMA_FILE}`);
}
