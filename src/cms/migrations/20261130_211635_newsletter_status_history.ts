// By hand after the generated statements: every edition that exists already gets one row with its
// status as it stands, dated at its last change, so its history does not start halfway (by nobody:
// who set it is not known). Row IDs as Payload makes them (24 hex characters).
import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`newsletters_status_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`status\` text NOT NULL,
  	\`at\` text NOT NULL,
  	\`by_id\` text(36),
  	\`note\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`newsletters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`newsletters_status_history_order_idx\` ON \`newsletters_status_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`newsletters_status_history_parent_id_idx\` ON \`newsletters_status_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`newsletters_status_history_by_idx\` ON \`newsletters_status_history\` (\`by_id\`);`)
  await db.run(sql`INSERT INTO \`newsletters_status_history\` (\`_order\`, \`_parent_id\`, \`id\`, \`status\`, \`at\`, \`note\`)
    SELECT 1, \`id\`, lower(hex(randomblob(12))), \`status\`, \`updated_at\`, 'Status bij de invoering van de statusgeschiedenis' FROM \`newsletters\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`newsletters_status_history\`;`)
}
