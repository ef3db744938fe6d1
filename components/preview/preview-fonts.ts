// The preview's faces (GB/T 9704 look): the Windows names first, then the faces Linux desktops and 信创 PCs
// (统信UOS, 麒麟) carry, so every browser that has a CJK serif shows one — never its generic fallback, which
// differs from engine to engine (issue #22: Chromium 86 fell back to a sans face).
const SERIF_CJK = '"Noto Serif CJK SC", "Source Han Serif SC", "Noto Serif SC", serif';
const SANS_CJK = '"Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans SC", sans-serif';

export const previewFonts = {
  /** 正文：仿宋 */
  body: { fontFamily: `"FangSong", "仿宋", "FangSong_GB2312", "STFangsong", ${SERIF_CJK}` },
  /** 一、…：黑体 */
  heading: { fontFamily: `"SimHei", "黑体", ${SANS_CJK}` },
  /** （一）…：楷体 */
  subheading: { fontFamily: `"KaiTi", "楷体", "KaiTi_GB2312", "STKaiti", ${SERIF_CJK}` },
  /** 标题：宋体（方正小标宋 when installed） */
  title: { fontFamily: `"FZXiaoBiaoSong-B05S", "方正小标宋简体", "SimSun", "宋体", ${SERIF_CJK}` },
} as const;
