import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`professionals\` ADD \`verification_expires_at\` text;`)
  await db.run(sql`ALTER TABLE \`email_log\` ADD \`sealed\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`professionals\` DROP COLUMN \`verification_expires_at\`;`)
  await db.run(sql`ALTER TABLE \`email_log\` DROP COLUMN \`sealed\`;`)
}
