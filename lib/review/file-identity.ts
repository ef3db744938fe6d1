// 审核台 identity (issue #23): one submission, one row. A row is known by the file's path as given —
// folder-relative inside a folder or a zip, with the input's own name — never by its bare name: units very
// often all send 「2024年政府信息公开工作年度报告.docx」. Where a path is taken already (a zip holding one
// name twice, the same file chosen twice), the second is told apart by its place, 「（同名第 2 份）」: two
// files are two rows; whether they are the same unit's report is for the roster to say, from the reports.

export const sameNameText = (k: number) => `（同名第 ${k} 份）`;

/** `name`, or the first 「name（同名第 k 份）」 not taken; the one returned is taken from then on. */
export function uniqueId(name: string, taken: Set<string>): string {
  let id = name;
  for (let k = 2; taken.has(id); k++) id = `${name}${sameNameText(k)}`;
  taken.add(id);
  return id;
}

/** Each item with an id of its own in the batch (ids already taken — the rows stored before — stay theirs). */
export function withUniqueIds<T extends { name: string; id?: string }>(items: T[], taken = new Set<string>()): T[] {
  return items.map((item) => ({ ...item, id: uniqueId(item.name, taken) }));
}
