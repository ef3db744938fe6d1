// The notice a browser below the floor shows (issue #22): plain HTML with inline styles, readable in IE and
// in any compatibility mode, shown or hidden by FLOOR_CSS alone.
import { NOTICE_ID } from "@/lib/browser-floor/floor-css";

const box = { maxWidth: "40em", margin: "2em auto", padding: "1em 1.5em", border: "2px solid #b45309", background: "#fffbeb", color: "#1c1917", fontSize: "16px", lineHeight: 1.7 };

export function OldBrowserNotice() {
  return (
    <div id={NOTICE_ID} style={box}>
      <p style={{ fontSize: "20px", fontWeight: "bold", margin: "0 0 0.5em" }}>年报助手无法在当前浏览器中使用</p>
      <p style={{ margin: "0 0 0.5em" }}>当前浏览器版本过旧（或处于兼容模式），打开后会是空白或无法操作的页面。请改用以下任一浏览器打开本页：</p>
      <ul style={{ margin: "0 0 0.5em", paddingLeft: "1.5em" }}>
        <li>360安全浏览器：点击地址栏右侧的闪电图标，切换到“极速模式”（需 13 版及以上）；</li>
        <li>奇安信可信浏览器、统信浏览器等国产浏览器的新版本（极速内核）；</li>
        <li>新版 Chrome、Microsoft Edge 或 Firefox。</li>
      </ul>
      <p style={{ margin: 0 }}>不能更换浏览器时，也可以使用命令行工具 nianbao 检查和生成报告（见使用说明），它不需要浏览器。</p>
    </div>
  );
}
