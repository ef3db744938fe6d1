// The mark on text carried over from last year's report (「以上年报告为基础新建」): it stays until the clerk
// rewrites the paragraph and deletes it; a final report with the mark is refused (text.carried-over).
export const UPDATE_MARK = "【请根据本年度情况修改】";
