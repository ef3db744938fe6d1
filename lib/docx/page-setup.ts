// GB/T 9704—2012 5.2 页边与版心: A4, 天头 37 mm, 订口 28 mm, 版心 156 mm × 225 mm.
import { PageOrientation, type ISectionPropertiesOptions } from "docx";
import { twipsFromMm } from "./units";

export const PAGE_MM = { width: 210, height: 297, top: 37, bottom: 35, left: 28, right: 26 } as const;

/** 版心宽 156 mm: the width every table must fit. */
export const TYPE_AREA_WIDTH = twipsFromMm(PAGE_MM.width - PAGE_MM.left - PAGE_MM.right);

export function pageProperties(): ISectionPropertiesOptions {
  return {
    page: {
      size: { width: twipsFromMm(PAGE_MM.width), height: twipsFromMm(PAGE_MM.height), orientation: PageOrientation.PORTRAIT },
      margin: {
        top: twipsFromMm(PAGE_MM.top),
        bottom: twipsFromMm(PAGE_MM.bottom),
        left: twipsFromMm(PAGE_MM.left),
        right: twipsFromMm(PAGE_MM.right),
        // 7.5: the page number's 一字线 sits about 7 mm below the type area.
        header: twipsFromMm(20),
        footer: twipsFromMm(25),
        gutter: 0,
      },
    },
  };
}
