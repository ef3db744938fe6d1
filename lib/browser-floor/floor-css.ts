// Below the browser floor (issue #22), a plain notice instead of a blank or half-working page, decided by CSS alone
// so it needs no script: the app shows only where `@supports selector(:focus-visible)` holds — Chromium 86+
// (360安全浏览器 13 极速模式), Firefox 85+, Safari 15.4+. IE and its compatibility modes know no @supports, and
// Chromium before 86 has no :focus-visible: both keep the app hidden and the notice shown.
export const APP_ID = "nb-app";
export const NOTICE_ID = "nb-old-browser";

export const FLOOR_CSS =
  `#${APP_ID}{display:none}#${NOTICE_ID}{display:block}` +
  `@supports selector(:focus-visible){#${APP_ID}{display:block}#${NOTICE_ID}{display:none}}`;
