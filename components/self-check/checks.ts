// The install self-check (issue #25, docs/deploy.md): each thing a clerk's browser must do with this site, tried
// for real — save in IndexedDB, build a .docx, read it back in the import worker, read a PDF with pdf.js and the
// character maps this site serves. Each answers in Chinese what works and, if not, what to do.
import { runInImportWorker } from "@/lib/import/build/import-in-worker";
import type { Checked } from "@/lib/import/build/import-jobs";
import type { Report } from "@/lib/report/types";
import { SAMPLE_PDF_LINES, unembeddedChinesePdf } from "@/lib/site/sample-pdf";
import sample from "@/templates/gov-2021/fixtures/valid-report.json";
import { buildDocx } from "@/components/wizard/docx-download";

export type CheckAnswer = { ok: boolean; says: string };
export type SelfCheck = { name: string; run: () => Promise<CheckAnswer> };

const report = sample as unknown as Report;
const why = (e: unknown) => (e instanceof Error ? e.message : String(e));

function idbRoundTrip(): Promise<string> {
  const name = "nianbao-self-check";
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, 1);
    req.onupgradeneeded = () => req.result.createObjectStore("t");
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const db = req.result;
      const tx = db.transaction("t", "readwrite");
      tx.objectStore("t").put("年报助手", "k");
      const got = tx.objectStore("t").get("k");
      tx.oncomplete = () => {
        db.close();
        indexedDB.deleteDatabase(name);
        resolve(String(got.result));
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

async function storage(): Promise<CheckAnswer> {
  try {
    const back = await idbRoundTrip();
    if (back === "年报助手") return { ok: true, says: "可以在本浏览器中保存报告草稿（IndexedDB）。" };
    return { ok: false, says: "本浏览器保存后读回的内容不一致，草稿可能无法保存。" };
  } catch (e) {
    return { ok: false, says: `本浏览器不能保存草稿（IndexedDB 不可用：${why(e)}）。请关闭“无痕/隐私模式”，或换用新版 Chrome、Edge、360 极速模式。` };
  }
}

let docxBytes: Uint8Array | null = null;

async function docx(): Promise<CheckAnswer> {
  const out = await buildDocx(report, true);
  if (!out.ok) return { ok: false, says: "无法在本浏览器中生成 Word 文档，请刷新页面后再试。" };
  docxBytes = new Uint8Array(await out.blob.arrayBuffer());
  const zip = docxBytes[0] === 0x50 && docxBytes[1] === 0x4b;
  return zip
    ? { ok: true, says: `可以生成 Word 文档（示例报告 ${Math.round(docxBytes.length / 1024)} KB）。` }
    : { ok: false, says: "生成的 Word 文档无效，请刷新页面后再试。" };
}

/** A file through the import worker, as /check reads it. */
async function inWorker(name: string, bytes: Uint8Array): Promise<Checked["result"]> {
  const outcome = await runInImportWorker((jobs, give) => jobs.checkFile(name, give(bytes))).done;
  if (outcome.ok) return outcome.value.result;
  return { ok: false, error: "error" in outcome ? outcome.error : "已取消" };
}

async function worker(): Promise<CheckAnswer> {
  if (!docxBytes) return { ok: false, says: "未能生成 Word 文档，因而无法检查读取程序（Web Worker）。" };
  const read = await inWorker("自检.docx", docxBytes.slice());
  if (read.ok && read.report.unit.name === report.unit.name) return { ok: true, says: "读取程序（Web Worker）可以读取 Word 文档：检查已有报告、审核台和导入可用。" };
  return { ok: false, says: `读取程序（Web Worker）不能工作：${read.ok ? "读回的内容不一致" : read.error}。请确认网站的全部文件（含 _next 文件夹）都已复制到网站目录。` };
}

async function pdf(): Promise<CheckAnswer> {
  const read = await inWorker("自检.pdf", unembeddedChinesePdf(SAMPLE_PDF_LINES));
  if (read.ok && read.report.year === 2024) return { ok: true, says: "可以读取 PDF 报告（pdf.js 及本网站提供的中文字符映射）。" };
  return { ok: false, says: `不能读取 PDF 报告：${read.ok ? "读出的内容不完整" : read.error}。请确认网站的全部文件（含 _next 文件夹中的 .bcmap 文件）都已复制到网站目录。` };
}

/** In order: the .docx made by the second is what the third reads. */
export const SELF_CHECKS: SelfCheck[] = [
  { name: "保存草稿", run: storage },
  { name: "生成 Word 文档", run: docx },
  { name: "读取程序（Web Worker）", run: worker },
  { name: "读取 PDF", run: pdf },
];
