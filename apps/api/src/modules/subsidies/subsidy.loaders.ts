import { In } from 'typeorm';
import { byKey, groupByKey, loaderKind } from '../../common/loaders/loaders';
import { SubsidyPaymentEntity } from './subsidy.entity';

/** The payment of a paid proposal, by proposal id. */
export const subsidyPaymentByProposal = loaderKind<string, SubsidyPaymentEntity | null>('subsidyPaymentByProposal', async (ds, ids) =>
  byKey(ids, await ds.getRepository(SubsidyPaymentEntity).findBy({ proposalId: In([...ids]) }), (p) => p.proposalId),
);

/** The payments of a batch, by batch id, in reference order. */
export const subsidyPaymentsByBatch = loaderKind<string, SubsidyPaymentEntity[]>('subsidyPaymentsByBatch', async (ds, ids) =>
  groupByKey(
    ids,
    await ds.getRepository(SubsidyPaymentEntity).find({ where: { batchId: In([...ids]) }, order: { reference: 'ASC' } }),
    (p) => p.batchId,
  ),
);

export interface SubsidyAuditRow {
  id: string;
  proposalId: string;
  action: string;
  actorName: string;
  packId: string;
  note: string | null;
  at: Date;
}

/** A proposal's audit trail, oldest first, by proposal id. */
export const subsidyAuditByProposal = loaderKind<string, SubsidyAuditRow[]>('subsidyAuditByProposal', async (ds, ids) =>
  groupByKey(
    ids,
    (await ds.query(
      `SELECT id, proposal_id AS "proposalId", action, actor_name AS "actorName", pack_id AS "packId", note, at
         FROM subsidy_audit WHERE proposal_id = ANY($1) ORDER BY at, id`,
      [[...ids]],
    )) as SubsidyAuditRow[],
    (r) => r.proposalId,
  ),
);
