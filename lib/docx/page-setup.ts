// GB/T 9704—2012 5.2 页边与版心 (A4, margins 37/35/28/26 mm) and 7.1 the 22 × 28 document grid.
import { DocumentGridType, PageOrientation, type ISectionPropertiesOptions } from "docx";
import { CHAR_SPACE, LINE_PITCH } from "./grid";
import { PAGE_MM } from "./paper";
import { twipsFromMm } from "./units";

export { PAGE_MM, TYPE_AREA_WIDTH } from "./paper";

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
    // 7.1: 每面22行、每行28字 — Word's 「指定行和字符网格」.
    grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch: LINE_PITCH, charSpace: CHAR_SPACE },
  };
}
