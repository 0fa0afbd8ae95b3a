import { EducationLevel, JobKind } from '@jobbridge/contracts';

/*
 * What "education out of proportion to the work" means, as data (001 保障措施(三): 学历歧视). A degree demanded for
 * manual or elementary work is flagged; the same demand for a skilled, clerical or supervisory post is not. The lists
 * below decide both halves; the screening rules (screening-rules.ts) are built from them.
 */

/**
 * Words in a posting's title or occupation that make it manual or elementary work (ISCO major group 9 and the
 * plainest service and factory jobs). A word counts wherever it stands in the title ("客房服务员", "仓库分拣员").
 */
export const MANUAL_WORK_WORDS: readonly string[] = Object.freeze([
  '保洁',
  '清洁工',
  '环卫',
  '搬运',
  '装卸',
  '普工',
  '操作工',
  '包装工',
  '装配工',
  '杂工',
  '小工',
  '力工',
  '服务员',
  '传菜',
  '洗碗',
  '帮厨',
  '保安',
  '门卫',
  '分拣',
  '打包',
  '理货',
  '快递员',
  '配送员',
  '骑手',
  '送餐',
  '洗车',
  '绿化',
  '护林员',
  '家政',
  '保姆',
  '护工',
  '收银员',
  '采摘',
  '流水线',
]);

/**
 * Words that make the same title a supervisory, technical or clerical post ("保洁主管", "保安队长", "分拣系统工程师"):
 * a degree may be proportionate there, so the title is not read as manual work.
 */
export const NON_MANUAL_TITLE_WORDS: readonly string[] = Object.freeze([
  '主管',
  '经理',
  '总监',
  '组长',
  '领班',
  '督导',
  '队长',
  '班长',
  '站长',
  '店长',
  '管理员',
  '管理岗',
  '管理人员',
  '培训师',
  '讲师',
  '工程师',
  '技术员',
  '调度',
  '设计',
  '研发',
  '运营',
  '专员',
  '储备',
  '管培',
  '文员',
  '会计',
  '内勤',
]);

/** Kinds of job that are manual work whatever the title says: 以工代赈 pays local labour on works (000 §1). */
export const MANUAL_JOB_KINDS: readonly JobKind[] = Object.freeze([JobKind.WORK_RELIEF]);

/**
 * Education out of proportion to manual or elementary work: tertiary degrees and above, each with the words a
 * posting uses for it (the first is the label the structured field is shown with). 高中 / 中专 for a factory job is
 * common and not flagged.
 */
export const DISPROPORTIONATE_EDUCATION: readonly { level: EducationLevel; words: readonly string[] }[] = Object.freeze([
  { level: EducationLevel.ASSOCIATE, words: ['大专', '专科', '高职'] },
  { level: EducationLevel.BACHELOR, words: ['本科', '学士'] },
  { level: EducationLevel.MASTER, words: ['硕士', '研究生'] },
  { level: EducationLevel.DOCTORATE, words: ['博士'] },
]);

/** How the structured minimum education reads on a posting card (only the disproportionate levels matter to the screen). */
export const EDUCATION_LEVEL_LABELS_ZH: Readonly<Record<EducationLevel, string>> = Object.freeze({
  [EducationLevel.NONE]: '不限',
  [EducationLevel.PRIMARY]: '小学',
  [EducationLevel.JUNIOR_HIGH]: '初中',
  [EducationLevel.SENIOR_HIGH]: '高中',
  [EducationLevel.VOCATIONAL]: '中专/技校',
  [EducationLevel.ASSOCIATE]: '大专',
  [EducationLevel.BACHELOR]: '本科',
  [EducationLevel.MASTER]: '硕士研究生',
  [EducationLevel.DOCTORATE]: '博士研究生',
});

/** The line the structured minimum education is screened as: "学历要求：本科及以上". */
export function educationRequirementLine(education: EducationLevel | null | undefined): string {
  if (!education || education === EducationLevel.NONE) return '';
  return `学历要求：${EDUCATION_LEVEL_LABELS_ZH[education]}及以上`;
}

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const anyOf = (words: readonly string[]) => new RegExp(words.map(escape).join('|'));
const MANUAL = anyOf(MANUAL_WORK_WORDS);
const NON_MANUAL = anyOf(NON_MANUAL_TITLE_WORDS);

/**
 * Whether a posting is manual or elementary work: its job kind is one of MANUAL_JOB_KINDS, or its title or
 * occupation names manual work and neither names a supervisory or technical post. The description is not read: a
 * multi-job description or "带领保洁团队" says nothing about the post itself.
 */
export function isManualOrElementaryWork(posting: {
  title?: string | null;
  occupation?: string | null;
  jobKind?: JobKind | null;
}): boolean {
  if (posting.jobKind && MANUAL_JOB_KINDS.includes(posting.jobKind)) return true;
  const words = `${posting.title ?? ''} ${posting.occupation ?? ''}`.normalize('NFKC');
  return MANUAL.test(words) && !NON_MANUAL.test(words);
}
