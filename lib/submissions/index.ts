// Submissions (issue #26): submit, list, read, return, approve, deadlines — every function authorises by the
// object's unit and county (scope.ts), never by what the caller says.
export { submitReport, type SubmitResult, type SubmitMeta, type RefusedIssue } from "./submit";
export { listSubmissions, getSubmission, getVersionReport, type SubmissionListItem, type ListOptions, type SubmissionDetail, type VersionItem, type RemarkItem } from "./read";
export { returnSubmission, approveSubmission, readRemarks, type RemarkInput, type Decision } from "./review";
export { getVersionDocx, renderMissingDocx, createDocxBacklog, type DocxRenderer } from "./docx";
export { listDeadlines, setDeadline, type Deadline } from "./deadlines";
export { isRemarkPath } from "./remark-paths";
export { readAudit, type AuditEntry } from "../accounts/audit";
