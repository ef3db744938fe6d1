// Fonts as data (GB/T 9704—2012 7.2–7.3 字体字号; 8.2 of docs format-2021.md). One profile per machine type.
export type FontProfileName = "gb2312" | "windows";

export type FontProfile = {
  /** 标题：小标宋体. */
  title: string;
  titleBold: boolean;
  /** 正文、署名、日期：仿宋. */
  body: string;
  /** 一级标题「一、」：黑体. */
  heading1: string;
  /** 二级标题「（一）」：楷体. */
  heading2: string;
  /** 页码：宋体（GB/T 9704 7.5 页码）. */
  pageNumber: string;
  /** 表格文字：仿宋. */
  table: string;
  /** Western text and digits (ascii/hAnsi), practice. */
  latin: string;
};

export const FONT_PROFILES: Record<FontProfileName, FontProfile> = {
  // What government machines with the 方正/GB2312 font packs use.
  gb2312: {
    title: "方正小标宋简体",
    titleBold: false,
    body: "仿宋_GB2312",
    heading1: "黑体",
    heading2: "楷体_GB2312",
    pageNumber: "宋体",
    table: "仿宋_GB2312",
    latin: "Times New Roman",
  },
  // Fonts every Windows has. The title takes bold 宋体: 小标宋 is a heavy Song face, so bold 宋体 keeps its
  // serif look, while 黑体 would make the title look like a 一、 heading.
  windows: {
    title: "宋体",
    titleBold: true,
    body: "仿宋",
    heading1: "黑体",
    heading2: "楷体",
    pageNumber: "宋体",
    table: "仿宋",
    latin: "Times New Roman",
  },
};

export function isFontProfileName(value: unknown): value is FontProfileName {
  return value === "gb2312" || value === "windows";
}

/** A run font: Chinese in `eastAsia`, Western text and digits in `latin`. */
export function runFont(eastAsia: string, latin: string) {
  return { ascii: latin, hAnsi: latin, eastAsia, cs: latin, hint: "eastAsia" };
}
