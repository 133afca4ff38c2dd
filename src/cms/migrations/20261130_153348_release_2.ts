// The ALTER TABLE of subscribers.unsubscribed_from gets "ON DELETE set null" by hand (drizzle leaves it out), as every
// other relationship column has it: deleting a newsletter must not be refused for its unsubscribes.
import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`editor_invitations\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`email\` text NOT NULL,
  	\`organisation_id\` text(36) NOT NULL,
  	\`invited_by_id\` text(36),
  	\`reason\` text,
  	\`status\` text DEFAULT 'wacht-op-goedkeuring' NOT NULL,
  	\`decision_note\` text,
  	\`decided_by_id\` text(36),
  	\`decided_at\` text,
  	\`account_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`invited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`decided_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`account_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`editor_invitations_email_idx\` ON \`editor_invitations\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`editor_invitations_organisation_idx\` ON \`editor_invitations\` (\`organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`editor_invitations_invited_by_idx\` ON \`editor_invitations\` (\`invited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`editor_invitations_status_idx\` ON \`editor_invitations\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`editor_invitations_decided_by_idx\` ON \`editor_invitations\` (\`decided_by_id\`);`)
  await db.run(sql`CREATE INDEX \`editor_invitations_account_idx\` ON \`editor_invitations\` (\`account_id\`);`)
  await db.run(sql`CREATE INDEX \`editor_invitations_updated_at_idx\` ON \`editor_invitations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`editor_invitations_created_at_idx\` ON \`editor_invitations\` (\`created_at\`);`)
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
  await db.run(sql`ALTER TABLE \`case_questions\` ADD \`advice_state\` text;`)
  await db.run(sql`ALTER TABLE \`case_questions\` ADD \`advice_completed_at\` text;`)
  await db.run(sql`ALTER TABLE \`subscribers\` ADD \`unsubscribed_from_id\` text(36) REFERENCES newsletters(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`subscribers_unsubscribed_from_idx\` ON \`subscribers\` (\`unsubscribed_from_id\`);`)
  await db.run(sql`ALTER TABLE \`professionals\` ADD \`verification_expires_at\` text;`)
  await db.run(sql`ALTER TABLE \`email_log\` ADD \`sealed\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`editor_invitations_id\` text(36) REFERENCES editor_invitations(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_editor_invitations_id_idx\` ON \`payload_locked_documents_rels\` (\`editor_invitations_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`editor_invitations\`;`)
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
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`organisations_id\` text(36),
  	\`offerings_id\` text(36),
  	\`experts_id\` text(36),
  	\`working_groups_id\` text(36),
  	\`events_id\` text(36),
  	\`event_registrations_id\` text(36),
  	\`articles_id\` text(36),
  	\`pages_id\` text(36),
  	\`media_id\` text(36),
  	\`route_maps_id\` text(36),
  	\`route_map_stats_id\` text(36),
  	\`case_questions_id\` text(36),
  	\`signals_id\` text(36),
  	\`newsletters_id\` text(36),
  	\`subscribers_id\` text(36),
  	\`newsletter_deliveries_id\` text(36),
  	\`professionals_id\` text(36),
  	\`users_id\` text(36),
  	\`email_log_id\` text(36),
  	\`case_audit_log_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`offerings_id\`) REFERENCES \`offerings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`experts_id\`) REFERENCES \`experts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`working_groups_id\`) REFERENCES \`working_groups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`event_registrations_id\`) REFERENCES \`event_registrations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`route_maps_id\`) REFERENCES \`route_maps\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`route_map_stats_id\`) REFERENCES \`route_map_stats\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`case_questions_id\`) REFERENCES \`case_questions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`signals_id\`) REFERENCES \`signals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`newsletters_id\`) REFERENCES \`newsletters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`subscribers_id\`) REFERENCES \`subscribers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`newsletter_deliveries_id\`) REFERENCES \`newsletter_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`professionals_id\`) REFERENCES \`professionals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`email_log_id\`) REFERENCES \`email_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`case_audit_log_id\`) REFERENCES \`case_audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "organisations_id", "offerings_id", "experts_id", "working_groups_id", "events_id", "event_registrations_id", "articles_id", "pages_id", "media_id", "route_maps_id", "route_map_stats_id", "case_questions_id", "signals_id", "newsletters_id", "subscribers_id", "newsletter_deliveries_id", "professionals_id", "users_id", "email_log_id", "case_audit_log_id") SELECT "id", "order", "parent_id", "path", "organisations_id", "offerings_id", "experts_id", "working_groups_id", "events_id", "event_registrations_id", "articles_id", "pages_id", "media_id", "route_maps_id", "route_map_stats_id", "case_questions_id", "signals_id", "newsletters_id", "subscribers_id", "newsletter_deliveries_id", "professionals_id", "users_id", "email_log_id", "case_audit_log_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organisations_id_idx\` ON \`payload_locked_documents_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_offerings_id_idx\` ON \`payload_locked_documents_rels\` (\`offerings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_experts_id_idx\` ON \`payload_locked_documents_rels\` (\`experts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_working_groups_id_idx\` ON \`payload_locked_documents_rels\` (\`working_groups_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_event_registrations_id_idx\` ON \`payload_locked_documents_rels\` (\`event_registrations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_route_maps_id_idx\` ON \`payload_locked_documents_rels\` (\`route_maps_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_route_map_stats_id_idx\` ON \`payload_locked_documents_rels\` (\`route_map_stats_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_case_questions_id_idx\` ON \`payload_locked_documents_rels\` (\`case_questions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_signals_id_idx\` ON \`payload_locked_documents_rels\` (\`signals_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_newsletters_id_idx\` ON \`payload_locked_documents_rels\` (\`newsletters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_subscribers_id_idx\` ON \`payload_locked_documents_rels\` (\`subscribers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_newsletter_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`newsletter_deliveries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_professionals_id_idx\` ON \`payload_locked_documents_rels\` (\`professionals_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_email_log_id_idx\` ON \`payload_locked_documents_rels\` (\`email_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_case_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`case_audit_log_id\`);`)
  await db.run(sql`DROP INDEX \`event_registrations_attended_idx\`;`)
  await db.run(sql`ALTER TABLE \`event_registrations\` DROP COLUMN \`attended\`;`)
  await db.run(sql`ALTER TABLE \`case_questions\` DROP COLUMN \`advice_state\`;`)
  await db.run(sql`ALTER TABLE \`case_questions\` DROP COLUMN \`advice_completed_at\`;`)
  await db.run(sql`ALTER TABLE \`professionals\` DROP COLUMN \`verification_expires_at\`;`)
  await db.run(sql`ALTER TABLE \`email_log\` DROP COLUMN \`sealed\`;`)
}
