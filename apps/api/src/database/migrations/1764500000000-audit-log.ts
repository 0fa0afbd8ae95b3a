import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit trail (issue 9): one row per privileged action. Append-only in the database itself: a trigger raises on
 * UPDATE, DELETE and TRUNCATE, so no code path (an ORM save on a loaded entry, a cascade, a stray query) can change
 * or remove an entry. No foreign keys: entries outlive the users and records they name.
 */
export class AuditLog1764500000000 implements MigrationInterface {
  name = 'AuditLog1764500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_log" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor_user_id" uuid, "actor_role" character varying(16), "actor_name" character varying(60), "action" character varying(48) NOT NULL, "target_type" character varying(24) NOT NULL, "target_id" character varying(64) NOT NULL, "region_code" character varying(9), "before" jsonb, "after" jsonb, "reason" character varying(500), "client_ip" character varying(64), "request_id" character varying(128), CONSTRAINT "pk_audit_log" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_audit_log_actor" ON "audit_log"  ("actor_user_id", "occurred_at") `);
    await queryRunner.query(`CREATE INDEX "ix_audit_log_target" ON "audit_log"  ("target_type", "target_id") `);
    await queryRunner.query(`CREATE INDEX "ix_audit_log_occurred" ON "audit_log"  ("occurred_at", "id") `);
    await queryRunner.query(`CREATE FUNCTION "audit_log_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END
    $$`);
    await queryRunner.query(
      `CREATE TRIGGER "trg_audit_log_no_change" BEFORE UPDATE OR DELETE ON "audit_log" FOR EACH ROW EXECUTE FUNCTION "audit_log_append_only"()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "trg_audit_log_no_truncate" BEFORE TRUNCATE ON "audit_log" FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_append_only"()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "trg_audit_log_no_truncate" ON "audit_log"`);
    await queryRunner.query(`DROP TRIGGER "trg_audit_log_no_change" ON "audit_log"`);
    await queryRunner.query(`DROP FUNCTION "audit_log_append_only"()`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_log_occurred"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_log_target"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_log_actor"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
  }
}
