// 报告的六个部分（国办公开办函〔2021〕30号 附件）与各部分的填写提示。
// Headings are exact; guidance paraphrases the notice (format-2021.md §2). Model paragraphs use
// placeholders filled by lib/prose: {unit} {year} {received} {carriedOver} {granted} {reviewTotal} {litigationTotal}.
import type { SectionDef } from "../../lib/format/types";

export const sections: SectionDef[] = [
  {
    key: "overview",
    number: "一",
    heading: "一、总体情况",
    required: true,
    guidance:
      "概述本机关本年度贯彻落实《中华人民共和国政府信息公开条例》的总体情况，主要包括主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障五个方面。",
    parts: [
      {
        key: "proactive",
        heading: "（一）主动公开",
        mentions: ["主动公开"],
        guidance: "本年主动公开政府信息的数量、渠道和重点领域，政策解读与回应关切情况。",
        model:
          "{year}年，{unit}坚持“以公开为常态、不公开为例外”，通过政府门户网站、政务新媒体、政务公开栏等渠道主动公开政府信息，及时发布机构职能、政策文件、财政预决算、重点工作进展等信息，做好政策解读和回应关切。",
      },
      {
        key: "requests",
        heading: "（二）依申请公开",
        mentions: ["依申请公开"],
        guidance: "本年收到和办理政府信息公开申请的数量、办理结果和答复时限情况（应与表三一致）。",
        model:
          "{year}年，{unit}共收到政府信息公开申请{received}件，上年结转{carriedOver}件，均在法定期限内依法依规作出答复，其中予以公开{granted}件。",
      },
      {
        key: "management",
        heading: "（三）政府信息管理",
        mentions: ["信息管理"],
        guidance: "政府信息公开审查、规范性文件管理、信息发布流程和动态调整等制度的执行情况。",
        model:
          "{unit}严格落实政府信息公开保密审查制度，坚持“先审查、后公开”和“谁公开、谁审查、谁负责”的原则，规范信息发布流程，做好政府信息管理动态调整。",
      },
      {
        key: "platform",
        heading: "（四）政府信息公开平台建设",
        mentions: ["平台"],
        guidance: "政府网站、政务新媒体、政务公开专区等公开平台的建设和管理情况。",
        model:
          "{unit}依托政府门户网站信息公开专栏、政务新媒体和便民服务中心政务公开专区，持续做好公开平台的日常维护和内容更新，确保信息发布及时、准确。",
      },
      {
        key: "oversight",
        heading: "（五）监督保障",
        mentions: ["监督保障"],
        guidance:
          "工作机构、人员配备、培训、监督考核情况。各级人民政府还应当报告工作考核、社会评议和责任追究结果情况（条例第五十条第（四）项）。",
        model:
          "{unit}成立政务公开工作领导小组，明确专人负责政府信息公开工作，{year}年组织开展政务公开业务培训，将政务公开工作纳入年度考核。",
      },
      {
        key: "assessment",
        heading: "工作考核、社会评议和责任追究结果情况",
        mentions: ["考核", "评议", "责任追究"],
        guidance: "各级人民政府必须报告：本年度政务公开工作考核、社会评议的结果，以及责任追究情况（没有的也应写明）。",
        model: "{year}年，{unit}将政务公开工作纳入年度绩效考核，开展社会评议，本年度未发生因政府信息公开工作被责任追究的情况。",
        governmentOnly: true,
      },
    ],
  },
  {
    key: "proactive",
    number: "二",
    heading: "二、主动公开政府信息情况",
    guidance: "按表填写本年制发、废止、现行有效的规章和行政规范性文件件数，行政许可、行政处罚、行政强制的处理决定数量，以及行政事业性收费金额（万元）。",
    table: "proactive",
  },
  {
    key: "requests",
    number: "三",
    heading: "三、收到和处理政府信息公开申请情况",
    guidance: "按申请人类别填写申请数量和办理结果。每一列都须满足：一 + 二 = （七）总计 + 四。",
    table: "requests",
  },
  {
    key: "appeals",
    number: "四",
    heading: "四、政府信息公开行政复议、行政诉讼情况",
    guidance: "填写因政府信息公开工作被申请行政复议、提起行政诉讼的案件数量及结果。",
    table: "appeals",
  },
  {
    key: "problems",
    number: "五",
    heading: "五、存在的主要问题及改进情况",
    required: true,
    guidance: "实事求是写明本年度政府信息公开工作存在的主要问题和具体改进措施，可回顾上年度问题的整改情况。避免与往年报告雷同。",
    model:
      "{year}年，{unit}政府信息公开工作取得了一定成效，但仍存在公开内容不够丰富、政策解读形式较为单一等问题。下一步，将进一步加强业务培训，拓展公开渠道，提升政府信息公开质量。",
  },
  {
    key: "other",
    number: "六",
    heading: "六、其他需要报告的事项",
    guidance: "收取信息处理费情况须在此报告；其余事项按实际情况填写，没有的可写“无”。",
    parts: [
      {
        key: "fee",
        heading: "（一）收取信息处理费情况",
        guidance: "依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）收取信息处理费的情况：写明金额（元）或“未收取”。",
        model: "{year}年，{unit}未收取政府信息公开信息处理费。",
      },
      {
        key: "keyPoints",
        heading: "（二）落实上级年度政务公开工作要点情况",
        guidance: "落实上级政务公开工作要点的主要举措和成效。",
        model: "{unit}认真落实上级{year}年政务公开工作要点，结合本地实际细化任务分工，逐项推进落实。",
      },
      {
        key: "proposals",
        heading: "（三）人大代表建议和政协提案办理结果公开情况",
        guidance: "承办人大代表建议、政协委员提案的数量及办理结果公开情况；没有承办的写明“无”。",
        model: "{year}年，{unit}未承办人大代表建议和政协委员提案。",
      },
      {
        key: "innovation",
        heading: "（四）年度工作创新情况",
        guidance: "本年度政务公开工作的创新做法。",
      },
      {
        key: "statistics",
        heading: "（五）数据统计需要说明的事项",
        guidance: "表三等统计口径需要说明的事项，例如申请人撤回申请的计入方式。",
        model: "本报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。",
      },
      {
        key: "otherMatters",
        heading: "（六）其他需要报告的事项",
        guidance: "其他需要报告的事项；没有的写明“无”。",
      },
    ],
  },
];
