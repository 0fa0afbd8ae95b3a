/**
 * Occupation synonyms: groups of terms that job seekers and employers in 临夏州 and 庆阳市 use interchangeably, so a
 * search for one finds postings written with another (焊工 finds 电焊工, 月嫂 finds 母婴护理员).
 *
 * A group holds only terms a searcher would accept in place of each other. Broader and narrower terms stay apart:
 * 焊工 is not grouped with 氩弧焊工 (one kind of welder; search mode already finds it through its sub-word 焊工),
 * 主播 not with 带货主播 (a game or talent-show host is a 主播 too), 快递员 (delivery) not with 快递分拣员 (sorting
 * in the depot), 月嫂 (mother and newborn, first month) not with 育儿嫂 (the baby, later), 车工 (lathe) not with
 * 服装车工 (sewing machine), 服务员 not with 餐厅服务员 (a search for 服务员 already finds 餐厅服务员 through its
 * sub-word; the other way round it would drag in 客房服务员 and 家政服务员). No term belongs to two groups, and every term is one jieba token with the job-title
 * dictionary loaded (both checked by synonyms.spec.ts), because the analyzer expands query tokens one by one.
 */
export const OCCUPATION_SYNONYMS: readonly (readonly string[])[] = [
  // welding and construction
  ['焊工', '电焊工', '电气焊工'],
  ['焊工证', '电焊证', '焊接证'],
  ['钢筋工', '钢筋绑扎工'],
  ['架子工', '脚手架工', '脚手架搭设工'],
  ['砌筑工', '瓦工', '泥瓦工', '砌砖工'],
  ['木工', '木匠'],
  ['油漆工', '刷漆工'],
  ['水电工', '水电安装工'],
  ['挖掘机司机', '挖掘机驾驶员', '挖掘机操作手', '挖机司机'],
  ['装载机司机', '装载机驾驶员', '铲车司机'],
  ['塔吊司机', '塔吊操作员'],
  ['质检员', '品检员'],
  ['建筑小工', '建筑普工'],
  // catering
  ['拉面师', '拉面师傅', '牛肉拉面师'],
  ['厨师', '中式烹调师', '烹调师', '大厨'],
  ['厨师长', '主厨'],
  ['面点师', '中式面点师', '白案', '白案师傅'],
  ['帮厨', '厨房帮工', '后厨帮工', '厨工'],
  ['洗碗工', '洗碗员'],
  ['餐厅服务员', '餐饮服务员'],
  ['收银员', '收款员'],
  ['面包师', '烘焙师'],
  // household services and care
  ['月嫂', '母婴护理员', '母婴护理', '母婴护理师'],
  ['育婴员', '育儿嫂', '育婴师'],
  ['家政服务员', '家政员', '家政阿姨', '保姆'],
  ['保洁', '保洁员', '清洁工', '清洁员'],
  ['钟点工', '小时工'],
  ['养老护理员', '老年护理员', '养老院护理员'],
  ['护工', '医疗护理员', '陪护员', '病房陪护'],
  ['环卫工', '环卫工人', '环卫保洁员', '道路清扫员'],
  // logistics and transport
  ['司机', '驾驶员'],
  ['叉车工', '叉车司机'],
  ['叉车证', '叉车操作证'],
  ['快递员', '快递小哥', '快递派送员', '派件员'],
  ['快递分拣员', '快件分拣员', '快件处理员'],
  ['外卖骑手', '外卖员', '外卖配送员', '送餐员', '网约配送员', '骑手'],
  ['网约车司机', '网约车驾驶员'],
  ['货车司机', '卡车司机', '大车司机', '货运司机'],
  ['班车司机', '通勤车司机'],
  ['装卸工', '搬运工', '装卸搬运工'],
  ['仓管员', '仓库管理员', '库管员'],
  // e-commerce and live-streaming
  ['带货主播', '电商主播', '直播销售员'],
  ['场控', '直播场控'],
  ['电商运营', '网店运营', '电商运营专员'],
  ['客服', '客服专员', '客服人员'],
  ['剪辑师', '短视频剪辑', '视频剪辑'],
  // industry, energy and 东数西算
  ['汽车维修工', '汽修工', '汽车修理工', '汽修', '汽车维修', '汽车修理'],
  ['普工', '操作工', '普通工人'],
  ['缝纫工', '平车工', '服装车工', '车缝工'],
  // agriculture, forestry and handicrafts
  ['采摘工', '摘果工'],
  ['饲养员', '养殖工', '养殖员'],
  ['护林员', '生态护林员', '林管员'],
  ['刺绣工', '手工刺绣工', '绣工', '绣娘'],
  // services and offices
  ['保安', '保安员', '安保员', '安保人员'],
  ['导购员', '导购', '营业员'],
  ['前台', '前台接待', '前厅接待员', '接待员'],
  ['客房服务员', '客房清扫员'],
  ['文员', '办公室文员', '行政文员'],
  ['出纳', '出纳员'],
  ['美发师', '理发师', '发型师'],
  ['幼儿教师', '幼师'],
  ['网格员', '社区网格员'],
  ['劳动保障协理员', '就业社保协理员'],
  // kinds of work (domain.md §4)
  ['兼职', '非全日制'],
  ['零工', '临时工', '短工'],
  ['扶贫车间', '就业帮扶车间'],
];

const GROUPS_BY_TERM: ReadonlyMap<string, readonly (readonly string[])[]> = (() => {
  const map = new Map<string, (readonly string[])[]>();
  for (const group of OCCUPATION_SYNONYMS) {
    for (const term of group) map.set(term, [...(map.get(term) ?? []), group]);
  }
  return map;
})();

/** Every term of the groups containing `term`, the term itself first; just `[term]` when it has no synonyms. */
export function synonymsOf(term: string): string[] {
  const result = [term];
  for (const group of GROUPS_BY_TERM.get(term) ?? []) {
    for (const t of group) if (!result.includes(t)) result.push(t);
  }
  return result;
}

/** For each query token, the alternatives that may stand in for it (the token first). */
export function expandSynonyms(tokens: string[]): string[][] {
  return tokens.map(synonymsOf);
}
