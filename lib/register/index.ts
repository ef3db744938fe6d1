// 台账 → 表三/表四 (#24). Stages, each a folder: read/ (file or clipboard → sheets) → layout/ (title and header
// rows) → mapping/ (column roles, value categories) → tally/ (counts with their cases) → template/ (a blank
// register). Everything in and out is plain data, so the wizard calls it through comlink from a Web Worker.
import { readPastedRegister, readRegisterFile } from "./read/read-register-file";
import { proposeMapping } from "./mapping/propose-mapping";
import { tallyRegister } from "./tally/tally-register";
import { diffTallies } from "./tally/diff-tallies";
import { guessYear } from "./tally/guess-year";
import { registerTemplate } from "./template/register-template";

export { readPastedRegister, readRegisterFile, proposeMapping, tallyRegister, diffTallies, guessYear, registerTemplate };
export { categoryOptions } from "./mapping/categories";
export { parseRegisterDate, shownRegisterDate } from "./tally/parse-date";
export { roleLabels } from "./messages";
export type * from "./types";

/** The worker's surface: functions of plain data (exposed with comlink's expose(registerWorkerApi)). */
export const registerWorkerApi = {
  readRegisterFile,
  readPastedRegister,
  proposeMapping,
  tallyRegister,
  diffTallies,
  guessYear,
  registerTemplate,
};
export type RegisterWorkerApi = typeof registerWorkerApi;
