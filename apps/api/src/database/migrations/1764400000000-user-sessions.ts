import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sessions follow the account (ADR 0010): users get a status and a token version, and any UPDATE, DELETE or TRUNCATE
 * of users notifies every API process (LISTEN jobbridge_user_changed) so it drops its cached copy of that user — also
 * when the change is made directly in SQL.
 */
export class UserSessions1764400000000 implements MigrationInterface {
  name = 'UserSessions1764400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "status" character varying(16) NOT NULL DEFAULT 'ACTIVE'`);
    await queryRunner.query(`ALTER TABLE "users" ADD "token_version" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "users" ADD CONSTRAINT "ck_users_status" CHECK ("status" IN ('ACTIVE', 'SUSPENDED'))`);
    await queryRunner.query(`CREATE FUNCTION "jobbridge_user_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    PERFORM pg_notify('jobbridge_user_changed', '*');
  ELSE
    PERFORM pg_notify('jobbridge_user_changed', OLD."id"::text);
  END IF;
  RETURN NULL;
END
$$`);
    await queryRunner.query(
      `CREATE TRIGGER "trg_users_changed" AFTER UPDATE OR DELETE ON "users" FOR EACH ROW EXECUTE FUNCTION "jobbridge_user_changed"()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "trg_users_truncated" AFTER TRUNCATE ON "users" FOR EACH STATEMENT EXECUTE FUNCTION "jobbridge_user_changed"()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "trg_users_truncated" ON "users"`);
    await queryRunner.query(`DROP TRIGGER "trg_users_changed" ON "users"`);
    await queryRunner.query(`DROP FUNCTION "jobbridge_user_changed"()`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "ck_users_status"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "token_version"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "status"`);
  }
}
