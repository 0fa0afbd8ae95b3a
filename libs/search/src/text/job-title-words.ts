/**
 * Job titles, occupations, skills, certificates and labour brands (劳务品牌) that jieba must keep whole or must know,
 * drawn from domain.md §2 and §4, the 临夏州 and 庆阳市 source documents and the demo posting templates.
 *
 * Rules the list keeps (libs/search/src/text/synonyms.spec.ts checks them):
 * - Search mode (`cutForSearch`) re-emits only the 2- and 3-character dictionary words inside a long word, never the
 *   4-character ones. So no word here has a proper substring of 4+ characters that is itself a dictionary word, unless
 *   both are in the same synonym group (母婴护理 / 母婴护理员): otherwise a query for the shorter word would miss every
 *   posting that uses the longer one. That is why 数据中心运维, 牛肉拉面 and 直播带货 are deliberately absent (jieba
 *   already splits them into 数据中心+运维, 牛肉+拉面, 直播+带货, which match).
 * - No two 4+-character words overlap by two or more characters unless they are synonyms: in 直播带货主播 only one
 *   of 直播带货 and 带货主播 can survive, and a query for the other would miss it. So 直播带货, 手抓羊肉 (东乡手抓羊肉),
 *   电商客服 (电商客服专员), 电工操作证 (高压电工操作证) and 维修电工 (汽车维修电工) are absent; jieba's split of them
 *   (直播 + 带货, 手抓 + 羊肉 …) still matches.
 * - Every synonym term is a single token with this dictionary loaded.
 */
export const JOB_TITLE_WORDS: readonly string[] = [
  // ----- welding, labour brand 甘康电焊工 -----
  '电焊工', '焊工', '电焊', '焊接', '电气焊工', '氩弧焊', '氩弧焊工', '二保焊', '二保焊工', '气保焊',
  '管道焊工', '焊工证', '电焊证', '焊接证', '电焊学徒', '甘康电焊工',
  // ----- construction and machinery -----
  '钢筋', '钢筋工', '钢筋绑扎工', '架子工', '脚手架', '脚手架工', '脚手架搭设工', '砌筑', '砌筑工', '瓦工', '泥瓦工', '砌砖工', '抹灰工',
  '木工', '木匠', '模板', '模板工', '混凝土', '混凝土工', '油漆', '油漆工', '刷漆工', '防水', '防水工', '水电',
  '水电工', '水电安装工', '管道', '管道工', '装修', '施工员', '安全员', '资料员', '测量员', '质检员', '品检员', '筑路工', '建筑普工', '建筑小工',
  '挖掘机司机', '挖掘机驾驶员', '挖掘机操作手', '挖机司机', '装载机司机', '装载机驾驶员', '铲车司机', '塔吊司机',
  '塔吊操作员', '信号工', '起重', '起重工', '压路机司机', '砖雕', '砖雕工', '河州砖雕', '民族砖雕', '仿古建筑修缮工',
  // ----- catering, labour brands 牛肉拉面师 and 东乡手抓 -----
  '牛肉拉面师', '拉面师', '拉面师傅', '拉面学徒', '拉面', '中式烹调师', '烹调师', '厨师', '大厨', '厨师长',
  '主厨', '热菜厨师', '炒菜厨师', '面点师', '中式面点师', '白案', '白案师傅', '帮厨', '厨房帮工', '后厨帮工',
  '厨工', '切配工', '洗碗', '洗碗工', '洗碗员', '服务员', '餐厅服务员', '餐饮服务员', '传菜员', '收银员', '收款员',
  '东乡手抓', '手抓', '面包师', '烘焙师', '健康证',
  // ----- household, maternity and care -----
  '月嫂', '金牌月嫂', '母婴护理员', '母婴护理', '母婴护理师', '育婴员', '育婴师', '育儿嫂', '保姆', '住家保姆',
  '家政服务员', '家政员', '家政阿姨', '保洁', '保洁员', '清洁', '清洁工', '清洁员', '钟点工', '小时工',
  '养老护理员', '老年护理员', '养老院护理员', '护理员', '护工', '医疗护理员', '陪护员', '病房陪护', '护士',
  '病区护士', '康复治疗师', '催乳师', '收纳师',
  // ----- logistics and transport -----
  '叉车', '叉车司机', '叉车工', '叉车证', '叉车操作证', '快递员', '快递小哥', '快递派送员', '派件员', '快递分拣员',
  '快件分拣员', '快件处理员', '分拣', '分拣员', '理货员', '仓管员', '仓库管理员', '库管员', '装卸', '装卸工', '搬运',
  '搬运工', '装卸搬运工', '货车司机', '卡车司机', '大车司机', '货运司机', '网约车司机', '网约车驾驶员', '出租车司机',
  '班车司机', '通勤车司机', '外卖骑手', '外卖员', '外卖配送员', '送餐员', '网约配送员', '骑手', '配送员',
  '同城配送员', '驾驶员', '司机',
  // ----- e-commerce and live-streaming (直播带岗, 001 §6) -----
  '带货主播', '主播', '带货', '电商主播', '直播销售员', '助播', '场控', '直播场控', '互联网营销师', '电商运营',
  '网店运营', '电商运营专员', '客服', '客服专员', '客服人员', '剪辑师',
  '短视频剪辑', '视频剪辑', '新媒体运营',
  // ----- 东数西算, energy and industry -----
  '运维', '网络运维', '机房运维', '机房值班员', '暖通运维', '电工',
  '高压电工', '低压电工', '电工证', '光伏运维', '风电运维', '采油', '采油工', '井下作业工',
  '化工操作工', '化工总控工', '仪表', '仪表工', '钳工', '车工', '数控车工', '铣工', '机修', '机修工',
  '汽车维修工', '汽车维修', '汽车修理', '汽修工', '汽修', '汽车修理工', '钣金', '钣金工', '喷漆', '喷漆工',
  '普工', '操作工', '普通工人', '缝纫', '缝纫工', '平车工', '服装车工', '车缝工', '包装', '包装工',
  // ----- agriculture, forestry and rural public-welfare posts -----
  '苹果分拣工', '果品分级员', '苹果采摘工', '采摘', '采摘工', '摘果工', '果园管理员', '果树技术员', '农技员',
  '饲养员', '养殖', '养殖工', '养殖员', '护林员', '生态护林员', '林管员', '草原管护员', '啤特果', '环卫', '环卫工', '环卫工人',
  '环卫保洁员', '道路清扫员', '村级保洁员', '网格员', '社区网格员',
  // ----- embroidery and handicrafts, labour brands 河州织女 and 陇原巧手 -----
  '刺绣', '刺绣工', '手工刺绣工', '绣工', '绣娘', '庆阳香包', '河州织女', '陇原巧手',
  // ----- services and offices -----
  '保安', '保安员', '安保员', '安保人员', '门卫', '巡逻员', '导购员', '导购', '营业员', '店长', '前台',
  '前台接待', '前厅接待员', '接待员', '客房服务员', '客房清扫员', '文员', '办公室文员', '行政文员', '会计',
  '会计员', '出纳', '出纳员', '美发师', '理发师', '发型师', '美容师', '导游', '讲解员', '教师', '幼儿教师',
  '幼师', '保育员', '社区工作者', '社区专干', '劳动保障协理员', '就业社保协理员',
  // ----- skills and sectors that jieba only finds with HMM (search mode) but that people type as queries -----
  '网约车', '东数西算', '算力', '动环', '甘康', '抖音', '快手', '非遗', '文创', '托育', '失能', '后厨', '点餐',
  '和面', '平绣', '盘绣', '商超', '同城', '带教', '五险一金', '人社',
  // ----- kinds of work (domain.md §4) -----
  '零工', '临时工', '短工', '日结', '兼职', '非全日制', '学徒', '见习生', '就业见习', '公益性岗位',
  '以工代赈', '就业帮扶车间', '扶贫车间', '劳务派遣',
];

/**
 * Everyday words that lose to a title ending in 工 at jieba's default frequency ("每天8小时工作" would give 小时工 / 作,
 * "临时工作" 临时工 / 作); raising them keeps 小时 / 工作 and 临时 / 工作. Loaded with the titles, never shown.
 */
export const SEGMENTATION_GUARD_WORDS: readonly string[] = ['小时', '临时', '操作'];

/**
 * jieba user-dictionary frequency. jieba picks the segmentation with the highest product of word probabilities, so a
 * dictionary word beats any split of itself at almost any frequency; what the frequency decides is the contest with
 * neighbouring text. 4+ character words get a high one so they survive any context (招聘带货主播 → 招聘 / 带货主播).
 * 2- and 3-character words get moderate ones, with the 2-character trade words (钢筋, 刺绣, 焊接 …) at least half the
 * 3-character titles built on them, so "钢筋工程" and "从事刺绣工作" still give 钢筋 / 工程 and 刺绣 / 工作 rather than
 * 钢筋工 / 程 and 刺绣工 / 作 (工作 outweighs 作 by about 2.4 to 1 in jieba's dictionary).
 */
export function jiebaFrequency(word: string): number {
  const length = [...word].length;
  if (length <= 2) return 10_000;
  if (length === 3) return 20_000;
  return 100_000;
}

/** The words in jieba's user-dictionary format (`word freq tag`, one a line), for `Jieba#loadDict`. */
export function jiebaUserDict(): Buffer {
  const lines = [...new Set([...JOB_TITLE_WORDS, ...SEGMENTATION_GUARD_WORDS])].map((w) => `${w} ${jiebaFrequency(w)} n`);
  return Buffer.from(`${lines.join('\n')}\n`, 'utf8');
}
