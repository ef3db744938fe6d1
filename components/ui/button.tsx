import type { ButtonHTMLAttributes } from "react";

type Props = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: "primary" | "secondary" | "danger" | "link" };

const styles = {
  primary: "rounded bg-blue-700 px-4 py-2 text-white hover:bg-blue-800 disabled:bg-slate-400",
  danger: "rounded bg-red-700 px-4 py-2 text-white hover:bg-red-800 disabled:bg-slate-400",
  secondary: "rounded border border-slate-400 bg-white px-4 py-2 text-slate-900 hover:bg-slate-100 disabled:text-slate-400",
  link: "text-blue-700 underline hover:text-blue-900 text-left",
};

export function Button({ variant = "secondary", className = "", type = "button", ...rest }: Props) {
  return (
    <button
      type={type}
      className={`${styles[variant]} focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 ${className}`}
      {...rest}
    />
  );
}
