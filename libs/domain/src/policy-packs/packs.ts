import type { PolicyPack } from './policy-pack';

/**
 * The policy packs this installation ships with. A bureau adds its own region's pack here (or, later,
 * through an admin screen) instead of changing code.
 */
export const POLICY_PACKS: readonly PolicyPack[] = Object.freeze([
  {
    regionCode: null,
    name: '全国默认',
    source: 'Platform default, following 000 §1 until a region sets its own figures',
    localHiring: { threshold: '0.3' },
    workRelief: { labourPayShare: '0.15' },
    // 000 五(五) asks bureaus to watch layoffs, job losses and abnormal hiring and to warn "by level", but none of the
    // seeds gives a number, so these are platform defaults for a county and month, to be tuned by a region's own pack:
    // - people affected: 20 is the one-employer reporting line (004 §5); five such layoffs in a county in a month (100)
    //   is worth watching, fifteen (300) is a warning;
    // - layoff filings: 3 reportable plans in a month is unusual for a county, 5 a warning;
    // - postings shrinking: 1.5 postings closed for each one opened is watch, 2 a warning (岗位流失), judged only once
    //   20 postings closed, so a quiet county's handful does not raise it;
    // - applications per open posting: 30 is watch, 60 a warning (many seekers chasing few jobs), judged only once 10
    //   postings were open.
    unemploymentWatch: {
      peopleAffected: { watch: 100, warning: 300 },
      layoffFilings: { watch: 3, warning: 5 },
      postingsShrinking: { watch: 1.5, warning: 2, minClosed: 20 },
      applicationsPerPosting: { watch: 30, warning: 60, minOpen: 10 },
    },
  },
  {
    regionCode: '622900',
    name: '临夏回族自治州 保居民就业工作方案（2020）',
    source: '000 §1: 确保项目建设本地用工人数不低于用工总量的30%；劳务报酬发放比例由10%提高到15%',
    localHiring: { threshold: '0.3' },
    workRelief: { labourPayShare: '0.15' },
  },
  {
    regionCode: '620000',
    name: '甘肃省 最低工资标准（平台暂定）',
    source: "Not in the seeds: the province's minimum wage, for flagging gigs paid below it",
    // Gansu's 2021 standard (甘政发〔2021〕, in force from 2021-10-01): tier 1 1820元/月, 19元/小时 … tier 4 1670元/月,
    // 17.4元/小时. The lowest tier is used so that no gig is flagged wrongly in any county; the provincial bureau should
    // confirm the figures and set each county's own tier in a county pack.
    minimumWage: {
      hourlyYuan: '17.4',
      monthlyYuan: 1670,
      source: '种子文件未载明。暂按甘肃省2021年最低工资标准四类地区（小时17.4元，月1670元）填写；各县档次不同，须由省人社厅核实。',
    },
  },
]);
