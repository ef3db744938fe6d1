// An issue as a refusal carries it to a client (422 of POST /api/report/docx and POST /api/submissions): what the
// rule found and where, without the engine's own fields.
import type { Issue } from "./types";

export type RefusedIssue = Pick<Issue, "rule" | "severity" | "cells" | "message">;

export const refusedIssue = ({ rule, severity, cells, message }: Issue): RefusedIssue => ({ rule, severity, cells, message });
