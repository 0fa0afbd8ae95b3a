import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { JOB_TITLE_WORDS, SEGMENTATION_GUARD_WORDS, jiebaFrequency, jiebaUserDict } from './job-title-words';
import { OCCUPATION_SYNONYMS, expandSynonyms, synonymsOf } from './synonyms';

const chars = (word: string) => [...word];

describe('OCCUPATION_SYNONYMS', () => {
  it('holds 40 to 80 groups of at least two distinct terms', () => {
    expect(OCCUPATION_SYNONYMS.length).toBeGreaterThanOrEqual(40);
    expect(OCCUPATION_SYNONYMS.length).toBeLessThanOrEqual(80);
    for (const group of OCCUPATION_SYNONYMS) {
      expect(group.length).toBeGreaterThanOrEqual(2);
      expect(new Set(group).size).toBe(group.length);
      for (const term of group) expect(term.trim()).toBe(term);
    }
  });

  it('puts no term in two groups (a term with two meanings would merge unrelated jobs)', () => {
    const seen = new Map<string, number>();
    const clashes: string[] = [];
    OCCUPATION_SYNONYMS.forEach((group, i) => {
      for (const term of group) {
        if (seen.has(term)) clashes.push(`${term} in groups ${seen.get(term)} and ${i}`);
        seen.set(term, i);
      }
    });
    expect(clashes).toEqual([]);
  });

  it('keeps broader and narrower or merely related terms apart', () => {
    const together = (a: string, b: string) => synonymsOf(a).includes(b);
    expect(together('焊工', '电焊工')).toBe(true);
    expect(together('月嫂', '母婴护理员')).toBe(true);
    expect(together('保洁', '保洁员')).toBe(true);
    expect(together('育儿嫂', '育婴员')).toBe(true);
    expect(together('主播', '客服')).toBe(false);
    expect(together('主播', '带货主播')).toBe(false);
    expect(together('焊工', '氩弧焊工')).toBe(false);
    expect(together('月嫂', '育儿嫂')).toBe(false);
    expect(together('快递员', '快递分拣员')).toBe(false);
    expect(together('车工', '服装车工')).toBe(false);
    expect(together('服务员', '客房服务员')).toBe(false);
    expect(together('司机', '叉车司机')).toBe(false);
  });
});

describe('synonymsOf', () => {
  it('returns the term first, then the rest of its group', () => {
    expect(synonymsOf('电焊工')).toEqual(['电焊工', '焊工', '电气焊工']);
    expect(synonymsOf('母婴护理员')[0]).toBe('母婴护理员');
    expect(new Set(synonymsOf('母婴护理员'))).toEqual(new Set(['月嫂', '母婴护理员', '母婴护理', '母婴护理师']));
  });

  it('returns just the term when it has no synonyms', () => {
    expect(synonymsOf('主播')).toEqual(['主播']);
    expect(synonymsOf('临夏')).toEqual(['临夏']);
  });
});

describe('expandSynonyms', () => {
  it('gives the alternatives of each token, in order', () => {
    expect(expandSynonyms(['临夏', '焊工'])).toEqual([['临夏'], ['焊工', '电焊工', '电气焊工']]);
    expect(expandSynonyms([])).toEqual([]);
  });
});

describe('JOB_TITLE_WORDS', () => {
  it('holds 200 to 400 distinct words', () => {
    expect(JOB_TITLE_WORDS.length).toBeGreaterThanOrEqual(200);
    expect(JOB_TITLE_WORDS.length).toBeLessThanOrEqual(400);
    expect(new Set(JOB_TITLE_WORDS).size).toBe(JOB_TITLE_WORDS.length);
    for (const word of [...JOB_TITLE_WORDS, ...SEGMENTATION_GUARD_WORDS]) expect(word).toMatch(/^[\u4e00-\u9fa5A-Za-z0-9]{2,}$/);
  });

  it('includes the labour brands and the titles from the brief', () => {
    for (const word of [
      '电焊工',
      '焊工',
      '氩弧焊',
      '牛肉拉面师',
      '拉面师',
      '带货主播',
      '主播',
      '母婴护理员',
      '育婴员',
      '月嫂',
      '保洁员',
      '叉车司机',
      '挖掘机司机',
      '钢筋工',
      '架子工',
      '砌筑工',
      '养老护理员',
      '护工',
      '中式烹调师',
      '面点师',
      '刺绣工',
      '河州织女',
      '甘康电焊工',
      '东乡手抓',
      '网络运维',
      '苹果分拣工',
      '快递分拣员',
      '外卖骑手',
      '网约车司机',
      '护林员',
      '保安员',
      '收银员',
      '服务员',
    ]) {
      expect(JOB_TITLE_WORDS).toContain(word);
    }
  });
});

describe('jiebaUserDict', () => {
  it('renders one "word freq tag" line per word, longer words at least as frequent', () => {
    const lines = jiebaUserDict().toString('utf8').trim().split('\n');
    expect(lines).toHaveLength(JOB_TITLE_WORDS.length + SEGMENTATION_GUARD_WORDS.length);
    for (const line of lines) expect(line).toMatch(/^\S+ \d+ n$/);
    expect(lines).toContain('带货主播 100000 n');
    expect(jiebaFrequency('牛肉拉面师')).toBeGreaterThan(jiebaFrequency('拉面师'));
    expect(jiebaFrequency('拉面师')).toBeGreaterThanOrEqual(jiebaFrequency('拉面'));
  });
});

describe('jieba with the job-title dictionary', () => {
  const jieba = Jieba.withDict(dict);
  jieba.loadDict(jiebaUserDict());
  const cut = (text: string) => jieba.cut(text, false);
  const cutForSearch = (text: string) => jieba.cutForSearch(text, true);

  it('keeps 带货主播 whole in a query, and search mode also yields 带货 and 主播', () => {
    expect(cut('招聘带货主播')).toEqual(['招聘', '带货主播']);
    expect(cutForSearch('农产品直播带货主播')).toEqual(expect.arrayContaining(['带货主播', '带货', '主播', '直播']));
  });

  it('finds 拉面 and 拉面师 inside 牛肉拉面师 in search mode', () => {
    expect(cut('牛肉拉面师')).toEqual(['牛肉拉面师']);
    expect(cutForSearch('牛肉拉面师')).toEqual(expect.arrayContaining(['牛肉拉面师', '拉面师', '拉面', '牛肉']));
  });

  it('finds the sub-words people search for inside longer titles', () => {
    expect(cutForSearch('电焊工')).toEqual(expect.arrayContaining(['电焊', '焊工']));
    expect(cutForSearch('氩弧焊工')).toEqual(expect.arrayContaining(['氩弧焊', '焊工']));
    expect(cutForSearch('养老护理员')).toEqual(expect.arrayContaining(['养老', '护理', '护理员']));
    expect(cutForSearch('甘康电焊工劳务品牌')).toEqual(expect.arrayContaining(['甘康电焊工', '电焊工', '电焊']));
    expect(cutForSearch('数据中心运维工程师')).toEqual(expect.arrayContaining(['数据中心', '运维', '工程师']));
    expect(cutForSearch('网络运维工程师')).toEqual(expect.arrayContaining(['网络运维', '运维']));
  });

  it('keeps every dictionary word and every synonym term a single token', () => {
    const split = [...JOB_TITLE_WORDS, ...OCCUPATION_SYNONYMS.flat()].filter((w) => cut(w).length !== 1);
    expect(split).toEqual([]);
  });

  it('has no 4+ character word hidden inside a longer one, unless the two are synonyms', () => {
    // Search mode re-emits only 2- and 3-character sub-words, so a query for the shorter word would miss the longer.
    const hidden: string[] = [];
    for (const word of JOB_TITLE_WORDS) {
      const c = chars(word);
      for (let i = 0; i < c.length; i++) {
        for (let j = i + 4; j <= c.length; j++) {
          const part = c.slice(i, j).join('');
          if (part !== word && cut(part).length === 1 && !synonymsOf(word).includes(part)) hidden.push(`${word} ⊃ ${part}`);
        }
      }
    }
    expect(hidden).toEqual([]);
  });

  it('has no two 4+ character words overlapping by 2+ characters, unless synonyms (text joining them keeps only one)', () => {
    const long = JOB_TITLE_WORDS.filter((w) => chars(w).length >= 4);
    const overlaps: string[] = [];
    for (const a of long) {
      for (const b of long) {
        if (a === b || synonymsOf(a).includes(b)) continue;
        const ca = chars(a);
        const cb = chars(b);
        for (let k = 2; k < Math.min(ca.length, cb.length); k++) {
          if (ca.slice(ca.length - k).join('') === cb.slice(0, k).join('')) overlaps.push(`${a} + ${b}`);
        }
      }
    }
    expect(overlaps).toEqual([]);
  });

  it('does not let a title ending in 工 swallow the 工 of 工作 and 工程 in common phrases', () => {
    expect(cut('负责钢筋工程施工')).toEqual(expect.arrayContaining(['钢筋', '工程施工']));
    expect(cut('钢筋工程')).toEqual(['钢筋', '工程']);
    expect(cut('从事刺绣工作')).toEqual(['从事', '刺绣', '工作']);
    expect(cut('从事保洁工作')).toEqual(['从事', '保洁', '工作']);
    expect(cut('甘肃甘康焊接工程有限公司')).toEqual(expect.arrayContaining(['焊接', '工程']));
    expect(cut('每天8小时工作')).toEqual(expect.arrayContaining(['小时', '工作']));
    expect(cut('临时工作')).toEqual(['临时', '工作']);
    expect(cut('有一年以上叉车工作经验')).toEqual(expect.arrayContaining(['叉车', '工作']));
  });

  it('still splits these phrases badly (known, harmless for search: the query splits the same way)', () => {
    // A title ending in 工 whose stem is not a word takes the 工 of 工作 / 工程 / 工资.
    expect(cut('负责钢筋绑扎工作')).toEqual(expect.arrayContaining(['钢筋绑扎工', '作']));
    expect(cut('化工操作工人')).toEqual(['化工操作工', '人']);
    // The county name yields 保安 in search mode, so 保安 matches postings of 积石山县 employers.
    expect(cutForSearch('积石山保安族东乡族撒拉族自治县')).toContain('保安');
  });
});
