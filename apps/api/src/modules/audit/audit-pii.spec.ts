import { AuditAction, AuditTargetType, Role } from '@jobbridge/contracts';
import { auditCsv, csvCell } from './audit-csv';
import { scrubPii, scrubText } from './audit-pii';
import type { AuditLogEntity } from './audit-log.entity';

describe('audit entries hold no personal data in clear', () => {
  it('masks fields named like a phone, email or identity number and leaves secrets out', () => {
    expect(
      scrubPii({
        phone: '13800007777',
        contactPhone: '13912345678',
        email: 'ma.xiaoming@example.cn',
        idNumber: '622921199003071234',
        passwordHash: '$argon2id$…',
        idNumberEncrypted: 'v1:abc',
        idNumberHash: 'deadbeef',
        token: 'eyJ…',
        nested: { list: [{ mobile: '13700000001' }] },
        at: new Date('2026-12-03T00:00:00Z'),
        count: 3,
        ok: true,
      }),
    ).toEqual({
      phone: '138****7777',
      contactPhone: '139****5678',
      email: 'm***@example.cn',
      idNumber: '622921********1234',
      nested: { list: [{ mobile: '137****0001' }] },
      at: '2026-12-03T00:00:00.000Z',
      count: 3,
      ok: true,
    });
  });

  it('masks phone and identity numbers inside free text, but not other numbers', () => {
    expect(scrubText('我的电话13912345678，身份证622921199003071234，微信 +86 139-1234-5678')).toBe(
      '我的电话139****5678，身份证622921********1234，微信 139****5678',
    );
    expect(scrubText('月薪6000-9000元，2026年12月3日，编号 12345678901234567890')).toBe(
      '月薪6000-9000元，2026年12月3日，编号 12345678901234567890',
    );
    expect(scrubText('字'.repeat(600))).toHaveLength(501);
  });
});

describe('the CSV export', () => {
  it('quotes what needs quoting and defuses spreadsheet formulas', () => {
    expect(csvCell('普通文字')).toBe('普通文字');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('说"好"')).toBe('"说""好"""');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+86')).toBe("'+86");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(null)).toBe('');
  });

  it('writes a byte-order mark, Chinese headers and China time', () => {
    const entry = {
      id: '00000000-0000-4000-8000-000000000001',
      occurredAt: new Date('2026-12-03T08:05:09Z'),
      actorUserId: '00000000-0000-4000-8000-000000000002',
      actorRole: Role.OFFICER,
      actorName: '临夏州人社局',
      action: AuditAction.JOB_POSTING_REJECTED,
      targetType: AuditTargetType.JOB_POSTING,
      targetId: '00000000-0000-4000-8000-000000000003',
      regionCode: '622921',
      before: { status: 'PENDING_REVIEW' },
      after: { status: 'REJECTED' },
      reason: '岗位描述不完整',
      clientIp: '10.0.0.8',
      requestId: 'req-1',
    } as AuditLogEntity;
    const [header, row, end] = auditCsv([entry]).split('\r\n');
    expect(header.startsWith('\uFEFF时间,操作,操作人,')).toBe(true);
    expect(row).toBe(
      '2026-12-03 16:05:09,岗位审核驳回,临夏州人社局,人社工作人员,00000000-0000-4000-8000-000000000002,岗位,00000000-0000-4000-8000-000000000003,622921,' +
        '"{""status"":""PENDING_REVIEW""}","{""status"":""REJECTED""}",岗位描述不完整,10.0.0.8,req-1',
    );
    expect(end).toBe('');
  });
});
