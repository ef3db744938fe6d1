// All Chinese wording of the importers and structural checks, in one place.

export const importMessages = {
  // input errors
  empty: "文件是空的，没有可读取的内容",
  tooLarge: (mb: number) => `文件过大（约 ${mb} MB），最大支持 20 MB`,
  textTooLong: "文本过长（超过 100 万字），不像是一份年度报告，请检查是否粘贴了其他内容",
  notZip: "不是有效的 .docx 文件（文件内容不是 Word 文档格式；如为 .doc 旧格式，请在 Word/WPS 中另存为 .docx）",
  badZip: "无法打开 .docx 文件：文件已损坏或不完整",
  noDocumentXml: "这个压缩文件里没有 Word 正文（word/document.xml），不是 .docx 文档",
  tooBigUnzipped: "文档解压后过大（超过 50 MB），已拒绝读取；请删除文档中的大图片后重试",
  partTooBig: "文档正文解压后过大（超过 10 MB），已拒绝读取（文件可能已损坏或是恶意构造的压缩文件）",
  zipTooManyEntries: "压缩文件中的条目过多，不像是 Word 文档，已拒绝读取",
  zipUnsupported: "无法打开 .docx 文件：文件已加密或使用了不支持的压缩方式；请在 Word 或 WPS 中打开后“另存为” .docx",
  tooManyElements: "文档内容过多（超过 12 万个元素），不像是一份年度报告，已拒绝读取",
  tooManyParagraphs: "文档段落过多（超过 2 万段），不像是一份年度报告，已拒绝读取",
  tooManyCells: "文档中的表格单元格过多（超过 1 万个），不像是一份年度报告，已拒绝读取",
  tooManyLines: "文字行数过多（超过 1 万行），不像是一份年度报告，已拒绝读取",
  htmlTooBig: "网页内容过多（超过 10 万个元素），不像是一份年度报告，已拒绝读取",
  pdfTooMuch: "PDF 中的文字或图形过多，不像是一份年度报告，已拒绝读取",
  doctype: "文档包含不允许的 DOCTYPE/实体声明，出于安全原因已拒绝读取",
  badXml: "Word 正文无法解析（XML 格式错误），文件可能已损坏",
  oldDoc: "不支持旧版 .doc 格式，请在 Word 或 WPS 中“另存为” .docx 后再导入",
  oldWord: (ext: string) => `这是旧版 ${ext} 文字文档，无法直接读取：请在 Word 或 WPS 中打开，“另存为” Word 文档（.docx）后再导入`,
  spreadsheet: (ext: string) =>
    `这是表格文件（${ext}），不是年度报告全文：请导入报告本身（Word 文档 .docx、PDF 或网页）；旧版 .doc/.wps 报告请在 Word 或 WPS 中“另存为” .docx`,
  slides: (ext: string) => `这是演示文稿（${ext}），不是年度报告全文：请导入报告的 Word 文档（.docx）、PDF 或网页`,
  rtf: "这是 RTF 文档，无法直接读取：请在 Word 或 WPS 中打开，“另存为” Word 文档（.docx）后再导入",
  ofd: "这是 OFD 版式文件，暂不能直接读取：请在 OFD 阅读器中“另存为” PDF，或使用报告的 Word 文档（.docx）",
  image: "这是图片，没有可读取的文字：请使用报告的 Word 文档（.docx）、PDF 或网页；只有纸质扫描件时，需先用 OCR 软件识别成文字",
  archive: "这是压缩包：请先解压，再导入其中的报告文件（.docx、.pdf 或 .html）；旧版 .doc 报告请“另存为” .docx",
  mhtml: "这是“单个文件”网页（.mht），无法直接读取：请在浏览器中打开，“另存为”网页（仅 HTML，.html）后再导入，或复制全文粘贴",
  // PDF
  pdf: "读取 PDF 需要先取出其文字层：请通过“上传报告文件”或命令行 nianbao 导入 PDF",
  pdfEncrypted: "这份 PDF 设有打开密码，无法读取：请用 PDF 阅读器输入密码打开后另存为不加密的 PDF，或使用报告的 Word 文档（.docx）",
  pdfScanned: "这份 PDF 是扫描件，没有可读取的文字：请使用报告的 Word 文档（.docx）、网页或由 Word/WPS 导出的 PDF；只有纸质扫描件时，需先用 OCR 软件识别成文字",
  pdfNoText: "这份 PDF 中没有可读取的文字：请使用报告的 Word 文档（.docx）或网页",
  pdfBroken: "不是有效的 PDF 文件，或文件已损坏",
  pdfTooManyPages: (pages: number, max: number) => `PDF 共 ${pages} 页，不像是一份年度报告（最多读取 ${max} 页）`,
  pdfFailed: (why: string) => `无法读取 PDF：${why}`,
  pdfWorker: "浏览器无法启动 PDF 读取程序（Web Worker），请换用新版 Chrome、Edge 或 360 极速模式，或使用报告的 Word 文档（.docx）",
  // the import worker (import-in-worker.ts)
  workerMissing: "浏览器无法启动读取程序（Web Worker），请换用新版 Chrome、Edge 或 360 极速模式",
  workerCrashed: "读取程序意外停止（文件可能过大或已损坏），请另存为 .docx 或较小的文件后再试",
  workerTimeout: (seconds: number) => `读取超过 ${seconds} 秒仍未完成，已停止（文件可能过大或已损坏），请另存为 .docx 或较小的文件后再试`,
  binary: "内容不是文字（像是二进制文件或编码错误），请使用报告的 Word 文档（.docx）、PDF、网页（.html）、文本（.txt）或年报数据文件（.json）",
  notAReport: "没有找到政府信息公开工作年度报告的章节标题或统计表，无法导入",
  tooDeep: "文档结构嵌套过深，无法读取（文件可能已损坏）",
  unreadable: "文件内容无法读取，可能已损坏",

  // notes and unread
  source: (what: string) => `由年报助手从${what}导入`,
  markdownFile: " Markdown 文件（.md）",
  tableMissing: (table: string, cells: number) => `${table}：未找到表格（${cells} 个单元格未读取）`,
  rowMissing: (where: string, cells: number) => `${where}：未找到该行（${cells} 个单元格未读取）`,
  nearLabel: (where: string, printed: string) => `${where}：原文写作“${printed}”，与格式的行名略有不同，已按该行读取，请核对`,
  digitsSplit: (where: string, glued: string, cells: string) => `${where}：数字连在一起（“${glued}”），按该行及各列的合计只有一种拆分，已读作 ${cells}，请核对`,
  digitsUnsplit: (where: string, glued: string, ways: number, cells: number) =>
    `${where}：数字连在一起（“${glued}”），${ways > 1 ? `可以拆分为 ${ways} 种不同的数字，合计不能确定是哪一种` : "没有一种拆分符合合计"}，无法确定，${cells} 个单元格未读取`,
  rowShort: (where: string, read: number, width: number) => `${where}：只读到 ${read} 个单元格，应有 ${width} 个，缺少的已留空`,
  rowLong: (where: string, read: number, width: number) => `${where}：读到 ${read} 个数值，多于 ${width} 列，已按顺序取前 ${width} 个，请核对`,
  subtotalIgnored: (where: string) => `${where}：这是模板外的小计行，格式中没有此行，已忽略其数字`,
  subtotalColumnIgnored: (table: string, label: string) => `${table}多了一列“${label}”小计（格式中没有此列），已忽略该列`,
  oldSingleRow: (from: string, to: string) => `2019 年格式的“${from}”只有一行，其数字已填入 2021 年格式的“${to}”，请核对是否应分到其他两行`,
  oldRowAbsent: (where: string, cells: number) => `${where}：2019 年格式没有这一行，${cells} 个单元格已留空`,
  oldProactiveMapped: (cells: string) => `2019 年格式表二中的“处理决定数量”已对应填入：${cells}`,
  oldProactiveDropped: (cells: string) => `2019 年格式表二的以下数据在 2021 年格式中没有对应栏目，未导入：${cells}`,
  oldProactiveBlank: (count: number) => `表二：2021 年格式的 ${count} 个单元格在 2019 年格式中没有对应数据，已留空，请按 2021 年格式补填`,
  unitKindGuessed: "未能从标题判断单位类型，已暂定为“其他机关单位”，请核对",
  unitKindUncertain: (name: string, label: string) => `根据单位名称“${name}”推断单位类型为“${label}”，但不能确定，请核对单位类型`,

  // the data a document made by 年报助手 carries (lib/docx/embedded-data.ts)
  editedAfterDownload: "文档在下载后被修改过，已按文档内容读取",
  editedFields: (names: string[], more: number) => `与下载时不同的内容：${names.join("；")}${more > 0 ? `；另有 ${more} 处` : ""}`,
  embeddedUnreadable: (reason: string) => `文档中年报助手保存的数据无法使用（${reason}），已按文档内容读取`,
  embeddedMismatch: "文档中附带的报告数据与文档文字不一致（数据可能被替换过），已按文档文字读取",
  mismatchFields: (names: string[], more: number) => `不一致的内容：${names.join("；")}${more > 0 ? `；另有 ${more} 处` : ""}`,
  embeddedBroken: "数据已损坏",
  embeddedNewer: "由较新版本的年报助手生成，请升级年报助手",
  fieldNames: { "unit.name": "单位名称", year: "报告年度", publishedOn: "成文日期", preamble: "正文前的说明", infoFee: "信息处理费", contact: "联系方式" } as Record<string, string>,
  yearGuessed: "未能从标题读出报告年度，请核对报告年度",

  // structural findings
  missingSection: (heading: string) => `缺少章节“${heading}”`,
  missingTable: (table: string, heading: string) => `缺少${table}（${heading}）：没有找到这张表`,
  headingWording: (found: string, expected: string) => `章节标题“${found}”与格式规定的“${expected}”不一致`,
  headingMoved: (found: string, expected: string) =>
    `章节“${found}”的序号或位置与格式不同：格式规定为“${expected}”，六个部分按一至六的顺序排列；已按其内容读取，请调整序号和顺序`,
  headingNumbering: (found: string, expected: string) => `标题“${found}”的序号写法不规范，应为“${expected}”（一级标题用“一、”，二级标题用“（一）”）`,
  obsolete2019: (markers: string[], year: number) =>
    `这份${year}年度报告使用的是已废止的 2019 年试行格式（国办公开办函〔2019〕60号），应使用国办公开办函〔2021〕30号格式。发现的旧格式标志：${markers.join("、")}`,
  /** A report from before the 2019 format (2008 《条例》, 统计表 as one list): its own verdict and wording. */
  pre2019: (year: number) =>
    `这是 ${year} 年度的报告，早于 2019 年试行格式，按 2008 年《中华人民共和国政府信息公开条例》编写；其统计表与现行格式不能逐格对应，已按能对应的部分导入，请勿与现行格式的报告逐项比较`,
  /** A 2021 report whose 表三 prints （六）其他处理 as one row (format-2021.md §7.2): its numbers go to 3.其他. */
  singleRowOther: (group: string, to: string) => `表三·${group}未按格式分为三行，其数字已计入“${to}”，其余两行留空；请核对是否应分到其他两行`,
  obsolete2019Early: (markers: string[]) =>
    `报告使用 2019 年试行格式（发现：${markers.join("、")}），已按 2021 年格式能对应的部分导入`,
  numberMismatch: (quote: string, what: string, inTable: number) =>
    `正文中“${quote}”与表格不一致：${what}为 ${inTable}`,
  staleYear: (quote: string, year: number) => `正文中“${quote}”的年份与报告年度 ${year} 年不符，可能是沿用了往年报告的文字，请核对`,
};

export const markerNames = {
  subtotalColumnIgnored: (table: string, label: string) => `${table}多了一列“${label}”小计（格式中没有此列），已忽略该列`,
  oldSingleRow: "表三“（六）其他处理”为单行",
  earlyYear: (year: number) => `报告年度为 ${year} 年（2021 年格式自 2021 年度报告起使用）`,
};
