// The ALTER TABLE of subscribers.unsubscribed_from gets "ON DELETE set null" by hand (drizzle leaves it out), as every
// other relationship column has it: deleting a newsletter must not be refused for its unsubscribes.
import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`site_settings_search_synonyms\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`term\` text NOT NULL,
  	\`also_search\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_search_synonyms_order_idx\` ON \`site_settings_search_synonyms\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_search_synonyms_parent_id_idx\` ON \`site_settings_search_synonyms\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`public_content_version\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`token\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`event_registrations\` ADD \`attended\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`event_registrations_attended_idx\` ON \`event_registrations\` (\`attended\`);`)
  await db.run(sql`ALTER TABLE \`subscribers\` ADD \`unsubscribed_from_id\` text(36) REFERENCES newsletters(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`subscribers_unsubscribed_from_idx\` ON \`subscribers\` (\`unsubscribed_from_id\`);`)
  await db.run(sql`ALTER TABLE \`professionals\` ADD \`verification_expires_at\` text;`)
  await db.run(sql`ALTER TABLE \`email_log\` ADD \`sealed\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`site_settings_search_synonyms\`;`)
  await db.run(sql`DROP TABLE \`public_content_version\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_subscribers\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`email\` text NOT NULL,
  	\`name\` text,
  	\`status\` text DEFAULT 'onbevestigd' NOT NULL,
  	\`consent_given_at\` text,
  	\`consent_text\` text,
  	\`consent_form\` text,
  	\`consent_confirmed_at\` text,
  	\`consent_confirmed_ip\` text,
  	\`confirmation_sent_at\` text,
  	\`unsubscribed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_subscribers\`("id", "email", "name", "status", "consent_given_at", "consent_text", "consent_form", "consent_confirmed_at", "consent_confirmed_ip", "confirmation_sent_at", "unsubscribed_at", "updated_at", "created_at") SELECT "id", "email", "name", "status", "consent_given_at", "consent_text", "consent_form", "consent_confirmed_at", "consent_confirmed_ip", "confirmation_sent_at", "unsubscribed_at", "updated_at", "created_at" FROM \`subscribers\`;`)
  await db.run(sql`DROP TABLE \`subscribers\`;`)
  await db.run(sql`ALTER TABLE \`__new_subscribers\` RENAME TO \`subscribers\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`subscribers_email_idx\` ON \`subscribers\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_status_idx\` ON \`subscribers\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_updated_at_idx\` ON \`subscribers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_created_at_idx\` ON \`subscribers\` (\`created_at\`);`)
  await db.run(sql`DROP INDEX \`event_registrations_attended_idx\`;`)
  await db.run(sql`ALTER TABLE \`event_registrations\` DROP COLUMN \`attended\`;`)
  await db.run(sql`ALTER TABLE \`professionals\` DROP COLUMN \`verification_expires_at\`;`)
  await db.run(sql`ALTER TABLE \`email_log\` DROP COLUMN \`sealed\`;`)
}
