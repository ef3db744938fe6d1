// GB/T 9704—2012 5.2 页边与版心: A4 (GB/T 148), 天头 37 mm, 订口 28 mm, 版心 156 mm × 225 mm.
import { twipsFromMm } from "./units";

export const PAGE_MM = { width: 210, height: 297, top: 37, bottom: 35, left: 28, right: 26 } as const;

/** 版心宽 156 mm: the width every line and table must fit. */
export const TYPE_AREA_WIDTH = twipsFromMm(PAGE_MM.width - PAGE_MM.left - PAGE_MM.right);
/** 版心高 225 mm. */
export const TYPE_AREA_HEIGHT = twipsFromMm(PAGE_MM.height - PAGE_MM.top - PAGE_MM.bottom);
