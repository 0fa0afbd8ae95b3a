import type { ErrorCode } from './error-codes';

/*
 * A default Simplified Chinese message for every ErrorCode. The API sends it when the message of an error would
 * otherwise reach the client with no Chinese in it (a library's English, a message written in a hurry); the web app
 * has its own, sometimes more specific, texts in apps/web/src/i18n/zh-CN.ts (`errors.<CODE>`). A new code must get a
 * message here: the type below fails to compile without one.
 */
const MESSAGES: Record<ErrorCode, string> & Record<string, string> = {
  UNAUTHENTICATED: '请先登录',
  FORBIDDEN: '没有权限执行此操作',
  NOT_FOUND: '内容不存在或已被删除',
  VALIDATION_FAILED: '填写的内容不符合要求，请检查',
  SUBSIDY_ALREADY_DECIDED: '该补贴已审核，不能再作其他决定',
  SUBSIDY_ALREADY_PAID: '该补贴已发放，不能再更改',
  GIG_NOT_OPEN: '该零工当前不能进行此操作',
  GIG_OWN_GIG: '不能接自己发布的零工',
  GIG_CHECK_IN_TOO_FAR: '您不在工作地点附近，请到现场后签到或扫描现场二维码',
  GIG_ALREADY_CHECKED_IN: '今天已经签到过了',
  GIG_NOT_PARTICIPANT: '您没有参与这个零工',
  GIG_PAY_SETTLED: '这笔工钱已确认或已处理，不能再更改',
  GIG_AGE_RESTRICTED: '按年龄，您不能接这个零工',
  INVALID_CREDENTIALS: '账号或密码错误',
  ACCOUNT_EXISTS: '该手机号或邮箱已注册，请直接登录',
  DUPLICATE_ID_NUMBER: '该身份证号已被其他账号使用，如有疑问请联系当地人社部门',
  TRUTH_CARD_REQUIRED: '请完整填写岗位真相卡（工作时间、住宿、餐食和社保）',
  RATE_LIMITED: '操作过于频繁，请稍后再试',
  INVALID_CREDIT_CODE: '统一社会信用代码不正确，请核对',
  INVALID_ID_NUMBER: '身份证号不正确，请核对',
  PAY_RANGE_INVALID: '薪资范围不正确：最高不能低于最低',
  UNKNOWN_REGION: '地区无效，请重新选择',
  EMPLOYER_PROFILE_REQUIRED: '请先完善单位信息',
  JOB_SEEKER_PROFILE_REQUIRED: '请先完善劳动力画像',
  INVALID_STATUS_TRANSITION: '当前状态下不能执行此操作，请刷新后重试',
  JOB_NOT_PUBLISHED: '该岗位未发布或已关闭',
  ALREADY_APPLIED: '您已投递过该岗位',
  IDEMPOTENCY_KEY_REUSED: '请求重复，请刷新页面后重试',
  QUERY_TOO_COMPLEX: '请求过于复杂，请缩小查询范围',
  QUERY_TOO_DEEP: '请求嵌套层级过深',
  BAD_REQUEST: '请求格式不正确',
  BAD_USER_INPUT: '提交的数据类型或取值不正确',
  UNSUPPORTED_OPERATION: '不支持此类请求',
  CONFLICT: '数据正被同时修改，请稍后重试',
  SEARCH_UNAVAILABLE: '搜索服务暂时不可用，请稍后再试',
  PAGE_SIZE_TOO_LARGE: '单次查询数量过多',
  LOCAL_HIRING_BREACH: '此变动会使项目本地用工比例低于规定，本项目不允许',
  LOCAL_HIRING_ACK_REQUIRED: '此变动会使项目本地用工比例低于规定，请填写原因后确认',
  DUPLICATE_WORKER: '此人已在项目花名册中',
  LOCAL_FIRST_WINDOW: '该项目岗位目前处于本地优先招聘期，只接受本地户籍求职者报名',
  FAIR_NOT_OPEN: '招聘会当前未开放此操作',
  FAIR_PRIORITY_WINDOW: '当前为重点群体优先时段，请稍后再来排队',
  QUEUE_LIMIT_REACHED: '同时排队的展位已达上限，请先结束或离开其他排队',
  ALREADY_QUEUED: '您已在该展位排队',
  TEAM_MEMBER_TAKEN: '该手机号已是其他单位的招聘成员',
  UNEMPLOYMENT_ALREADY_REGISTERED: '您已有一条有效的失业登记，无需重复登记',
  ID_NUMBER_MISMATCH: '身份证号与您求职资料中的不一致，请核对',
  INTERNAL: '服务器内部错误',
};

export const ERROR_MESSAGES_ZH: Readonly<Record<ErrorCode, string>> = Object.freeze(MESSAGES);

/** True when a message has at least one Han character, i.e. a Chinese reader can use it as it is. */
export function hasChineseText(message: string | null | undefined): boolean {
  return typeof message === 'string' && /[\u4e00-\u9fff]/.test(message);
}

/** The message to show for an error: its own when it has Chinese, else the default for its code. */
export function chineseErrorMessage(code: ErrorCode, message: string | null | undefined): string {
  return hasChineseText(message) ? (message as string) : (ERROR_MESSAGES_ZH[code] ?? ERROR_MESSAGES_ZH.INTERNAL);
}
