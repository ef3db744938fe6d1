// What the file pickers offer (<input accept>): every report the importers read, and the old Word/WPS
// formats, which get a message saying to save them as .docx (file-kind.ts).
export const REPORT_FILES = ".docx,.pdf,.html,.htm,.txt,.md,.markdown,.json,.doc,.wps";
