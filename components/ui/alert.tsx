import type { ReactNode } from "react";

const tones = {
  error: "border-red-600 bg-red-50 text-red-900",
  warning: "border-amber-500 bg-amber-50 text-amber-900",
  info: "border-blue-500 bg-blue-50 text-blue-900",
  success: "border-green-600 bg-green-50 text-green-900",
};

export function Alert({ tone, title, children, id }: { tone: keyof typeof tones; title?: string; children?: ReactNode; id?: string }) {
  return (
    <div id={id} role={tone === "error" ? "alert" : "status"} tabIndex={-1} className={`rounded border-l-4 p-3 ${tones[tone]}`}>
      {title && <p className="font-bold">{title}</p>}
      {children}
    </div>
  );
}
