// Server mode as the pages show it (issue #26): pure functions over the REST surface's JSON.
export * from "./types";
export * from "./status-words";
export * from "./field-paths";
export * from "./text-diff";
export * from "./version-diff";
export * from "./remark-placement";
