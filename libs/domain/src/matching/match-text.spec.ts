import { certificateSynonymIndexFor, normalizeCertificateName, normalizeTerm, SynonymIndex, synonymIndexFor } from './match-text';

describe('normalizeTerm', () => {
  it.each([
    ['  CAD 制图 ', 'cad制图'],
    ['ＣＡＤ', 'cad'],
    ['Excel', 'excel'],
    ['电\u3000焊', '电焊'],
    ['叉车\t驾驶', '叉车驾驶'],
    ['', ''],
    ['   ', ''],
  ])('normalises %j to %j', (input, expected) => {
    expect(normalizeTerm(input)).toBe(expected);
  });

  it('returns an empty string for a non-string', () => {
    expect(normalizeTerm(undefined as unknown as string)).toBe('');
  });
});

describe('normalizeCertificateName', () => {
  it.each([
    ['电工证', '电工'],
    ['电工 证书', '电工'],
    ['电工', '电工'],
    ['证', '证'],
    ['证书', '证书'],
  ])('normalises %j to %j', (input, expected) => {
    expect(normalizeCertificateName(input)).toBe(expected);
  });
});

describe('SynonymIndex', () => {
  it('gives every term of a group the same key', () => {
    const index = new SynonymIndex([['电焊工', '焊工']]);
    expect(index.keyOf('电焊工')).toBe(index.keyOf('焊工'));
  });

  it('keys a term outside every group by itself', () => {
    expect(new SynonymIndex([['电焊工', '焊工']]).keyOf('厨师')).toBe('厨师');
  });

  it('normalises the group members', () => {
    const index = new SynonymIndex([[' CAD ', '制图软件']]);
    expect(index.keyOf('cad')).toBe(index.keyOf('制图软件'));
  });

  it('joins groups that share a member', () => {
    const index = new SynonymIndex([
      ['焊工', '电焊工'],
      ['电焊工', '电焊'],
    ]);
    expect(index.keyOf('焊工')).toBe(index.keyOf('电焊'));
    expect(index.variantsOf('电焊')).toEqual(['焊工', '电焊', '电焊工'].sort());
  });

  it('gives the same keys whatever order the groups and members come in', () => {
    const a = new SynonymIndex([
      ['a', 'b'],
      ['b', 'c'],
    ]);
    const b = new SynonymIndex([
      ['c', 'b'],
      ['b', 'a'],
    ]);
    expect(['a', 'b', 'c'].map((t) => a.keyOf(t))).toEqual(['a', 'b', 'c'].map((t) => b.keyOf(t)));
  });

  it('lists the variants of a lone term as the term itself, and none for an empty term', () => {
    const index = new SynonymIndex([]);
    expect(index.variantsOf('厨师')).toEqual(['厨师']);
    expect(index.variantsOf('')).toEqual([]);
  });

  it('ignores empty members and empty groups', () => {
    const index = new SynonymIndex([[], ['', '焊工', '  '], ['月嫂']]);
    expect(index.keyOf('焊工')).toBe('焊工');
    expect(index.keyOf('')).toBe('');
  });
});

describe('synonymIndexFor / certificateSynonymIndexFor', () => {
  it('builds one index per groups array', () => {
    const groups = [['电焊工', '焊工']];
    expect(synonymIndexFor(groups)).toBe(synonymIndexFor(groups));
    expect(certificateSynonymIndexFor(groups)).toBe(certificateSynonymIndexFor(groups));
  });

  it('works without groups', () => {
    expect(synonymIndexFor(undefined).keyOf('焊工')).toBe('焊工');
    expect(synonymIndexFor([]).keyOf('焊工')).toBe('焊工');
  });

  it('ignores a trailing 证 in certificate groups', () => {
    const index = certificateSynonymIndexFor([['电工证', '低压电工作业证']]);
    expect(index.keyOf(normalizeCertificateName('电工'))).toBe(index.keyOf(normalizeCertificateName('低压电工作业')));
  });
});
