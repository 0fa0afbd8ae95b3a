import type { ScreeningFlagCode } from '../posting-screening';

/** The rule a flag's wording breaks: what it says, in a line, and where it is written. */
export interface ScreeningClause {
  /** The rule in a short Chinese sentence, as an officer would quote it to the employer. */
  readonly text: string;
  /** The laws and seed documents it comes from (seed documents cited as in domain.md, e.g. "001 保障措施(三)"). */
  readonly source: string;
}

/**
 * The clause each flag code breaks, as data. Every flag carries the entry of its code, so the officer's queue can
 * show "which rule, where written" beside the evidence.
 */
export const SCREENING_CLAUSES: Readonly<Record<ScreeningFlagCode, ScreeningClause>> = Object.freeze({
  GENDER_RESTRICTION: Object.freeze({
    text: '除国家规定不适合妇女的工种或岗位外，不得以性别为由拒绝录用或提高录用标准',
    source: '《就业促进法》第二十七条；《就业服务与就业管理规定》第十六条；001 保障措施(三)',
  }),
  AGE_RESTRICTION: Object.freeze({
    text: '防止和纠正对年龄的不合理限制和歧视，招聘启事不得含有歧视性内容',
    source: '001 保障措施(三)；《就业促进法》第二十六条；《就业服务与就业管理规定》第二十条',
  }),
  HUKOU_RESTRICTION: Object.freeze({
    text: '不得以户籍、地域限制劳动者就业，不得对农村劳动者进城就业设置歧视性限制',
    source: '《就业促进法》第三十一条；001 保障措施(三)（地域）',
  }),
  ETHNICITY_RESTRICTION: Object.freeze({
    text: '各民族劳动者享有平等的劳动权利，不得以民族为由拒绝录用',
    source: '《就业促进法》第三条、第二十八条；001 保障措施(三)',
  }),
  MARITAL_OR_PREGNANCY: Object.freeze({
    text: '不得将限制结婚、生育或婚育情况作为录用条件',
    source: '《就业促进法》第二十七条；《妇女权益保障法》第四十三条',
  }),
  FEE_CHARGED: Object.freeze({
    text: '不得以担保或者其他名义向劳动者收取财物（押金、服装费、培训费、体检费等）',
    source: '《劳动合同法》第九条；《就业服务与就业管理规定》第十四条',
  }),
  EDUCATION_DISPROPORTIONATE: Object.freeze({
    text: '学历条件应与岗位需要相称，防止和纠正不合理的学历限制',
    source: '001 保障措施(三)（学历）；《就业促进法》第二十六条',
  }),
  HEALTH_DISCRIMINATION: Object.freeze({
    text: '不得以是传染病病原携带者（乙肝、艾滋病等）为由拒绝录用，不得将乙肝病毒血清学指标作为体检标准',
    source: '《就业促进法》第三十条；《就业服务与就业管理规定》第十九条；《艾滋病防治条例》第三条',
  }),
  SCAM_PATTERN: Object.freeze({
    text: '不得发布虚假招聘信息，不得以招用人员为名牟取不正当利益（刷单、垫付、充值入职等）',
    source: '001 保障措施(三)（虚假招聘）；《就业服务与就业管理规定》第十四条',
  }),
  ILLEGAL_AGENCY: Object.freeze({
    text: '职业中介须依法取得许可，不得向劳动者收取押金、扣押身份证件，不得为不明用人单位招人',
    source: '001 保障措施(三)（“黑职介”）；《就业促进法》第四十条、第四十一条',
  }),
});
