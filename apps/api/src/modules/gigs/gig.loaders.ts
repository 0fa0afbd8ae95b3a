import { In } from 'typeorm';
import { byKey, loaderKind } from '../../common/loaders/loaders';
import { GigAssignmentEntity, GigEntity } from './gig.entity';

/** Gigs by id (the fields of a gig list that need the row: the QR code, the workers). */
export const gigById = loaderKind<string, GigEntity | null>('gigById', async (ds, ids) =>
  byKey(ids, await ds.getRepository(GigEntity).findBy({ id: In([...ids]) }), (g) => g.id),
);

/** A worker's place on a gig, by `${workerUserId}|${gigId}` (a list of gigs asks for the viewer's place on each). */
export const gigPlaceOfWorker = loaderKind<string, GigAssignmentEntity | null>('gigPlaceOfWorker', async (ds, keys) => {
  const pairs = keys.map((k) => k.split('|'));
  const rows = await ds.getRepository(GigAssignmentEntity).find({
    where: pairs.map(([workerUserId, gigId]) => ({ workerUserId, gigId })),
  });
  return byKey(keys, rows, (a) => `${a.workerUserId}|${a.gigId}`);
});
