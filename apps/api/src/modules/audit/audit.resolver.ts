import { Role } from '@jobbridge/contracts';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Roles } from '../../common/auth/access.decorators';
import type { AuthUser } from '../../common/auth/auth-user';
import { connectionComplexity } from '../../common/graphql/complexity.plugin';
import { auditCsv } from './audit-csv';
import { AuditService, MAX_AUDIT_EXPORT_ROWS } from './audit.service';
import { AuditLogArgs, AuditLogConnection, AuditLogCsvArgs, AuditLogCsvModel, AuditLogEntryModel } from './dto/audit.dto';

/** China date for the export's file name: 20261203. */
const chinaDate = (d = new Date()) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10).replace(/-/g, '');

@Resolver()
@Roles(Role.ADMIN, Role.OFFICER)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => AuditLogConnection, {
    complexity: connectionComplexity,
    description: 'The audit trail, newest first: admins read every entry, officers the entries of their region and below.',
  })
  async auditLog(@Args() args: AuditLogArgs, @CurrentUser() user: AuthUser): Promise<AuditLogConnection> {
    const page = await this.audit.list(user, args.filter, args.first ?? 20, args.after);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: AuditLogEntryModel.from(e.node) })) } as AuditLogConnection;
  }

  @Query(() => AuditLogCsvModel, {
    complexity: 100,
    description: `The audit trail as CSV with Chinese headers, newest first, at most ${MAX_AUDIT_EXPORT_ROWS} entries; the same access as auditLog.`,
  })
  async auditLogCsv(@Args() args: AuditLogCsvArgs, @CurrentUser() user: AuthUser): Promise<AuditLogCsvModel> {
    const { rows, truncated } = await this.audit.export(user, args.filter);
    return { csv: auditCsv(rows), rows: rows.length, truncated, filename: `审计日志-${chinaDate()}.csv` };
  }
}
