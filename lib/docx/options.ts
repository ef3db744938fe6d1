// Render options shared by the browser, the route and the CLI.
import type { DocumentFacts } from "../rules/evaluate";
import type { FontProfileName } from "./font-profiles";

export type RenderOptions = {
  /** 草稿: allowed with errors, marked 「草稿」 in the header of every page. */
  draft?: boolean;
  /** Font profile (lib/docx/font-profiles.ts); gb2312 by default. */
  fonts?: FontProfileName;
  /** What an importer found when the report was read from a document: the gate checks it too. */
  document?: DocumentFacts;
};
