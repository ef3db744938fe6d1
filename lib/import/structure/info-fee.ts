// 信息处理费 (国办函〔2020〕109号) as a report states it in 六（一）: 「本年度未收取信息处理费。」 or
// 「…收取信息处理费共计1,200元」 — amounts as written (thousands separators, full-width digits, 万元 → 元), read
// through lib/values/parse (never a non-finite number; a negative is not an amount). The renderer prints the
// recorded status whenever the clerk's own text does not already state it (feePartText), so it is always visible.
import type { ReportFormat } from "../../format/types";
import type { InfoFee, Report } from "../../report/types";
import { printCell } from "../../values/format-number";
import { parseCell } from "../../values/parse";
import type { Headings } from "./headings";

export const UNKNOWN_FEE: InfoFee = { status: "unknown", amountYuan: null };
const NOT_COLLECTED: InfoFee = { status: "not-collected", amountYuan: null };

const COLLECT = /免收|收取|收费|收缴/g;
const NEGATED = /(?:未|没有|无|不|免予)[^，。；,;\d０-９]{0,8}$/;
const AMOUNT = /^[^。；;！!？?]{0,30}?([-－−]?\s*[\d０-９][\d０-９,，.．\s]*)\s*(万元|元)/;

/** 「1,200」「１２００」「0.12」(万元) → 元, rounded to the 分; null when it is not a non-negative amount. */
function amountYuan(written: string, unit: string): number | null {
  if (/^[-－−]/.test(written)) return null;
  const p = parseCell(written.replace(/[，]/g, ","));
  if (p.kind !== "number" || p.value < 0) return null;
  return unit === "万元" ? Math.round(p.value * 1_000_000) / 100 : p.value;
}

/** What one paragraph says about the fee: collected (with the amount), not collected, or nothing (null). */
function feeOf(paragraph: string): InfoFee | null {
  for (const hit of paragraph.matchAll(COLLECT)) {
    if (hit[0] === "免收" || NEGATED.test(paragraph.slice(Math.max(0, hit.index - 10), hit.index))) return NOT_COLLECTED;
    const m = AMOUNT.exec(paragraph.slice(hit.index + hit[0].length));
    if (!m) continue;
    const yuan = amountYuan(m[1]!.replace(/\s/g, ""), m[2]!);
    if (yuan !== null) return { status: "collected", amountYuan: yuan };
  }
  return null;
}

/** The first paragraph that states the fee decides it. */
export function readInfoFee(paragraphs: string[]): InfoFee {
  for (const p of paragraphs) {
    const fee = feeOf(p);
    if (fee) return fee;
  }
  return UNKNOWN_FEE;
}

export function sameFee(a: InfoFee, b: InfoFee): boolean {
  if (a.status !== b.status) return false;
  if (a.status !== "collected") return true;
  const [x, y] = [parseCell(a.amountYuan), parseCell(b.amountYuan)];
  return x.kind === "number" && y.kind === "number" ? x.value === y.value : a.amountYuan === b.amountYuan;
}

/** The sentence the renderer prints for a recorded status (empty for unknown, or collected without an amount). */
export function feeStatement({ status, amountYuan }: InfoFee): string {
  if (status === "not-collected") return "本年度未收取信息处理费。";
  if (status === "collected" && amountYuan !== null && amountYuan !== "") return `本年度收取信息处理费共计${printCell(amountYuan, "amount")}元。`;
  return "";
}

const lines = (text: string) => text.split(/\r\n|\r|\n/).map((l) => l.trim()).filter(Boolean);

/**
 * 六（一） as read. A last paragraph that is the printed statement, where the text before it says otherwise (or
 * nothing), was added by the renderer: it gives the status and is not prose.
 */
export function readFeePart(text: string): { text: string; fee: InfoFee } {
  const paragraphs = lines(text);
  const last = paragraphs[paragraphs.length - 1];
  const stated = last ? feeOf(last) : null;
  const rest = paragraphs.slice(0, -1);
  if (stated && last === feeStatement(stated) && !sameFee(readInfoFee(rest), stated)) return { text: rest.join("\n"), fee: stated };
  return { text, fee: readInfoFee(paragraphs) };
}

/**
 * 六（一） as printed: the clerk's text, and after it the recorded status unless the text already reads as that
 * status (readFeePart), so the document always says what infoFee records.
 */
export function feePartText(typed: string, fee: InfoFee): string {
  const statement = feeStatement(fee);
  if (!statement || sameFee(readFeePart(typed).fee, fee)) return typed;
  return typed.trim() ? `${typed.replace(/\s+$/, "")}\n${statement}` : statement;
}

const FEE_PART = "fee"; // 六（一）收取信息处理费情况 (templates/gov-2021/sections.ts)

/** A paragraph about the fee: it names 信息处理费 (or 信息公开处理费), or says 收费/费用 — not 行政事业性收费 (表二). */
const ABOUT_FEE = /信息(?:公开)?处理费|收费|费用/;
const NOT_THIS_FEE = /行政事业性收费/;

/**
 * 信息处理费 from its own paragraph: 六（一） when the document has it (the renderer's status sentence is taken out
 * of the prose); otherwise, or when it says nothing of the fee, any paragraph of that section about a fee
 * (「本年度未发生收费情况」「共收取信息公开处理费120元」).
 */
export function feeFromProse(format: ReportFormat, prose: Report["prose"], h: Headings): { prose: Report["prose"]; infoFee: InfoFee } {
  const section = format.sections.find((s) => s.parts?.some((p) => p.key === FEE_PART));
  const own = section && prose[section.key];
  if (!section || !own) return { prose, infoFee: UNKNOWN_FEE };
  let out = prose;
  if (h.parts.get(section.key)?.some((p) => p.key === FEE_PART)) {
    const read = readFeePart(own.parts[FEE_PART] ?? "");
    out = { ...prose, [section.key]: { ...own, parts: { ...own.parts, [FEE_PART]: read.text } } };
    if (read.fee.status !== "unknown") return { prose: out, infoFee: read.fee };
  }
  const about = [own.text, ...Object.values(own.parts)].flatMap(lines).filter((l) => ABOUT_FEE.test(l) && !NOT_THIS_FEE.test(l));
  return { prose: out, infoFee: readInfoFee(about) };
}
