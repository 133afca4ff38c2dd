import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`organisations_areas\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`organisations_areas_order_idx\` ON \`organisations_areas\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`organisations_areas_parent_idx\` ON \`organisations_areas\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`organisations_areas_value_idx\` ON \`organisations_areas\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`organisations_networks\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`organisations_networks_order_idx\` ON \`organisations_networks\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`organisations_networks_parent_idx\` ON \`organisations_networks\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`organisations_networks_value_idx\` ON \`organisations_networks\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`organisations\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`slug\` text,
  	\`logo_id\` text(36),
  	\`short_description\` text,
  	\`description\` text,
  	\`website\` text,
  	\`contact_contact_person\` text,
  	\`contact_email\` text,
  	\`contact_phone\` text,
  	\`address_street\` text,
  	\`address_postcode\` text,
  	\`address_city\` text DEFAULT 'Amsterdam',
  	\`membership_status\` text DEFAULT 'aspirant',
  	\`aspirant_since\` text,
  	\`member_since\` text,
  	\`member_until\` text,
  	\`last_reviewed_at\` text,
  	\`last_edited_by_id\` text(36),
  	\`review_reminders_for_review_of\` text,
  	\`review_reminders_first_sent_at\` text,
  	\`review_reminders_second_sent_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`organisations_name_idx\` ON \`organisations\` (\`name\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`organisations_slug_idx\` ON \`organisations\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`organisations_logo_idx\` ON \`organisations\` (\`logo_id\`);`)
  await db.run(sql`CREATE INDEX \`organisations_membership_status_idx\` ON \`organisations\` (\`membership_status\`);`)
  await db.run(sql`CREATE INDEX \`organisations_last_reviewed_at_idx\` ON \`organisations\` (\`last_reviewed_at\`);`)
  await db.run(sql`CREATE INDEX \`organisations_last_edited_by_idx\` ON \`organisations\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`organisations_updated_at_idx\` ON \`organisations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`organisations_created_at_idx\` ON \`organisations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`organisations__status_idx\` ON \`organisations\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`organisations_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`organisations_texts_order_parent\` ON \`organisations_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`organisations_texts_text_idx\` ON \`organisations_texts\` (\`text\`);`)
  await db.run(sql`CREATE TABLE \`_organisations_v_version_areas\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_organisations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_areas_order_idx\` ON \`_organisations_v_version_areas\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_areas_parent_idx\` ON \`_organisations_v_version_areas\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_areas_value_idx\` ON \`_organisations_v_version_areas\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_organisations_v_version_networks\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_organisations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_networks_order_idx\` ON \`_organisations_v_version_networks\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_networks_parent_idx\` ON \`_organisations_v_version_networks\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_networks_value_idx\` ON \`_organisations_v_version_networks\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_organisations_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_name\` text,
  	\`version_slug\` text,
  	\`version_logo_id\` text(36),
  	\`version_short_description\` text,
  	\`version_description\` text,
  	\`version_website\` text,
  	\`version_contact_contact_person\` text,
  	\`version_contact_email\` text,
  	\`version_contact_phone\` text,
  	\`version_address_street\` text,
  	\`version_address_postcode\` text,
  	\`version_address_city\` text DEFAULT 'Amsterdam',
  	\`version_membership_status\` text DEFAULT 'aspirant',
  	\`version_aspirant_since\` text,
  	\`version_member_since\` text,
  	\`version_member_until\` text,
  	\`version_last_reviewed_at\` text,
  	\`version_last_edited_by_id\` text(36),
  	\`version_review_reminders_for_review_of\` text,
  	\`version_review_reminders_first_sent_at\` text,
  	\`version_review_reminders_second_sent_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_organisations_v_parent_idx\` ON \`_organisations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_name_idx\` ON \`_organisations_v\` (\`version_name\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_slug_idx\` ON \`_organisations_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_logo_idx\` ON \`_organisations_v\` (\`version_logo_id\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_membership_status_idx\` ON \`_organisations_v\` (\`version_membership_status\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_last_reviewed_at_idx\` ON \`_organisations_v\` (\`version_last_reviewed_at\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_last_edited_by_idx\` ON \`_organisations_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_updated_at_idx\` ON \`_organisations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_created_at_idx\` ON \`_organisations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version__status_idx\` ON \`_organisations_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_created_at_idx\` ON \`_organisations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_updated_at_idx\` ON \`_organisations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_latest_idx\` ON \`_organisations_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_organisations_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_organisations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_organisations_v_texts_order_parent\` ON \`_organisations_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`offerings_networks\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`offerings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`offerings_networks_order_idx\` ON \`offerings_networks\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`offerings_networks_parent_idx\` ON \`offerings_networks\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`offerings_networks_value_idx\` ON \`offerings_networks\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`offerings_kinds_of_help\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`offerings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`offerings_kinds_of_help_order_idx\` ON \`offerings_kinds_of_help\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`offerings_kinds_of_help_parent_idx\` ON \`offerings_kinds_of_help\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`offerings_kinds_of_help_value_idx\` ON \`offerings_kinds_of_help\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`offerings_target_group_traits\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`offerings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`offerings_target_group_traits_order_idx\` ON \`offerings_target_group_traits\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`offerings_target_group_traits_parent_idx\` ON \`offerings_target_group_traits\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`offerings_target_group_traits_value_idx\` ON \`offerings_target_group_traits\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`offerings_settings\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`offerings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`offerings_settings_order_idx\` ON \`offerings_settings\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`offerings_settings_parent_idx\` ON \`offerings_settings\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`offerings_settings_value_idx\` ON \`offerings_settings\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`offerings_funding_laws\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`offerings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`offerings_funding_laws_order_idx\` ON \`offerings_funding_laws\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`offerings_funding_laws_parent_idx\` ON \`offerings_funding_laws\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`offerings_funding_laws_value_idx\` ON \`offerings_funding_laws\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`offerings_areas\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`offerings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`offerings_areas_order_idx\` ON \`offerings_areas\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`offerings_areas_parent_idx\` ON \`offerings_areas\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`offerings_areas_value_idx\` ON \`offerings_areas\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`offerings\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`organisation_id\` text(36),
  	\`is_example\` integer DEFAULT false,
  	\`summary\` text,
  	\`description\` text,
  	\`age_min\` numeric,
  	\`age_max\` numeric,
  	\`how_to_refer\` text,
  	\`waiting_time_weeks\` numeric,
  	\`waiting_time_updated_at\` text,
  	\`contact_name\` text,
  	\`contact_email\` text,
  	\`contact_phone\` text,
  	\`last_reviewed_at\` text,
  	\`last_edited_by_id\` text(36),
  	\`review_reminders_for_review_of\` text,
  	\`review_reminders_first_sent_at\` text,
  	\`review_reminders_second_sent_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`offerings_title_idx\` ON \`offerings\` (\`title\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`offerings_slug_idx\` ON \`offerings\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`offerings_organisation_idx\` ON \`offerings\` (\`organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`offerings_is_example_idx\` ON \`offerings\` (\`is_example\`);`)
  await db.run(sql`CREATE INDEX \`offerings_age_min_idx\` ON \`offerings\` (\`age_min\`);`)
  await db.run(sql`CREATE INDEX \`offerings_age_max_idx\` ON \`offerings\` (\`age_max\`);`)
  await db.run(sql`CREATE INDEX \`offerings_last_reviewed_at_idx\` ON \`offerings\` (\`last_reviewed_at\`);`)
  await db.run(sql`CREATE INDEX \`offerings_last_edited_by_idx\` ON \`offerings\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`offerings_updated_at_idx\` ON \`offerings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`offerings_created_at_idx\` ON \`offerings\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`offerings__status_idx\` ON \`offerings\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_offerings_v_version_networks\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_offerings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_offerings_v_version_networks_order_idx\` ON \`_offerings_v_version_networks\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_offerings_v_version_networks_parent_idx\` ON \`_offerings_v_version_networks\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_offerings_v_version_networks_value_idx\` ON \`_offerings_v_version_networks\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_offerings_v_version_kinds_of_help\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_offerings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_offerings_v_version_kinds_of_help_order_idx\` ON \`_offerings_v_version_kinds_of_help\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_offerings_v_version_kinds_of_help_parent_idx\` ON \`_offerings_v_version_kinds_of_help\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_offerings_v_version_kinds_of_help_value_idx\` ON \`_offerings_v_version_kinds_of_help\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_offerings_v_version_target_group_traits\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_offerings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_offerings_v_version_target_group_traits_order_idx\` ON \`_offerings_v_version_target_group_traits\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_offerings_v_version_target_group_traits_parent_idx\` ON \`_offerings_v_version_target_group_traits\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_offerings_v_version_target_group_traits_value_idx\` ON \`_offerings_v_version_target_group_traits\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_offerings_v_version_settings\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_offerings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_offerings_v_version_settings_order_idx\` ON \`_offerings_v_version_settings\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_offerings_v_version_settings_parent_idx\` ON \`_offerings_v_version_settings\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_offerings_v_version_settings_value_idx\` ON \`_offerings_v_version_settings\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_offerings_v_version_funding_laws\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_offerings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_offerings_v_version_funding_laws_order_idx\` ON \`_offerings_v_version_funding_laws\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_offerings_v_version_funding_laws_parent_idx\` ON \`_offerings_v_version_funding_laws\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_offerings_v_version_funding_laws_value_idx\` ON \`_offerings_v_version_funding_laws\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_offerings_v_version_areas\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_offerings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_offerings_v_version_areas_order_idx\` ON \`_offerings_v_version_areas\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_offerings_v_version_areas_parent_idx\` ON \`_offerings_v_version_areas\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_offerings_v_version_areas_value_idx\` ON \`_offerings_v_version_areas\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_offerings_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_organisation_id\` text(36),
  	\`version_is_example\` integer DEFAULT false,
  	\`version_summary\` text,
  	\`version_description\` text,
  	\`version_age_min\` numeric,
  	\`version_age_max\` numeric,
  	\`version_how_to_refer\` text,
  	\`version_waiting_time_weeks\` numeric,
  	\`version_waiting_time_updated_at\` text,
  	\`version_contact_name\` text,
  	\`version_contact_email\` text,
  	\`version_contact_phone\` text,
  	\`version_last_reviewed_at\` text,
  	\`version_last_edited_by_id\` text(36),
  	\`version_review_reminders_for_review_of\` text,
  	\`version_review_reminders_first_sent_at\` text,
  	\`version_review_reminders_second_sent_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`offerings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_offerings_v_parent_idx\` ON \`_offerings_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_offerings_v_version_version_title_idx\` ON \`_offerings_v\` (\`version_title\`);`)
  await db.run(sql`CREATE INDEX \`_offerings_v_version_version_slug_idx\` ON \`_offerings_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_offerings_v_version_version_organisation_idx\` ON \`_offerings_v\` (\`version_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`_offerings_v_version_version_is_example_idx\` ON \`_offerings_v\` (\`version_is_example\`);`)
  await db.run(sql`CREATE INDEX \`_offerings_v_version_version_age_min_idx\` ON \`_offerings_v\` (\`version_age_min\`);`)
  await db.run(sql`CREATE INDEX \`_offerings_v_version_version_age_max_idx\` ON \`_offerings_v\` (\`version_age_max\`);`)
  await db.run(sql`CREATE INDEX \`_offerings_v_version_version_last_reviewed_at_idx\` ON \`_offerings_v\` (\`version_last_reviewed_at\`);`)
  await db.run(sql`CREATE INDEX \`_offerings_v_version_version_last_edited_by_idx\` ON \`_offerings_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_offerings_v_version_version_updated_at_idx\` ON \`_offerings_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_offerings_v_version_version_created_at_idx\` ON \`_offerings_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_offerings_v_version_version__status_idx\` ON \`_offerings_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_offerings_v_created_at_idx\` ON \`_offerings_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_offerings_v_updated_at_idx\` ON \`_offerings_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_offerings_v_latest_idx\` ON \`_offerings_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`experts_networks\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`experts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`experts_networks_order_idx\` ON \`experts_networks\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`experts_networks_parent_idx\` ON \`experts_networks\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`experts_networks_value_idx\` ON \`experts_networks\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`experts\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`organisation_id\` text(36),
  	\`public_profile\` integer DEFAULT false,
  	\`available_for_consultation\` integer DEFAULT false,
  	\`job_title\` text,
  	\`short_bio\` text,
  	\`photo_id\` text(36),
  	\`account_id\` text(36),
  	\`last_reviewed_at\` text,
  	\`last_edited_by_id\` text(36),
  	\`review_reminders_for_review_of\` text,
  	\`review_reminders_first_sent_at\` text,
  	\`review_reminders_second_sent_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`account_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`experts_name_idx\` ON \`experts\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`experts_organisation_idx\` ON \`experts\` (\`organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`experts_public_profile_idx\` ON \`experts\` (\`public_profile\`);`)
  await db.run(sql`CREATE INDEX \`experts_available_for_consultation_idx\` ON \`experts\` (\`available_for_consultation\`);`)
  await db.run(sql`CREATE INDEX \`experts_photo_idx\` ON \`experts\` (\`photo_id\`);`)
  await db.run(sql`CREATE INDEX \`experts_account_idx\` ON \`experts\` (\`account_id\`);`)
  await db.run(sql`CREATE INDEX \`experts_last_reviewed_at_idx\` ON \`experts\` (\`last_reviewed_at\`);`)
  await db.run(sql`CREATE INDEX \`experts_last_edited_by_idx\` ON \`experts\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`experts_updated_at_idx\` ON \`experts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`experts_created_at_idx\` ON \`experts\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`experts__status_idx\` ON \`experts\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`experts_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`experts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`experts_texts_order_parent\` ON \`experts_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`experts_texts_text_idx\` ON \`experts_texts\` (\`text\`);`)
  await db.run(sql`CREATE TABLE \`_experts_v_version_networks\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_experts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_experts_v_version_networks_order_idx\` ON \`_experts_v_version_networks\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_experts_v_version_networks_parent_idx\` ON \`_experts_v_version_networks\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_experts_v_version_networks_value_idx\` ON \`_experts_v_version_networks\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_experts_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_name\` text,
  	\`version_organisation_id\` text(36),
  	\`version_public_profile\` integer DEFAULT false,
  	\`version_available_for_consultation\` integer DEFAULT false,
  	\`version_job_title\` text,
  	\`version_short_bio\` text,
  	\`version_photo_id\` text(36),
  	\`version_account_id\` text(36),
  	\`version_last_reviewed_at\` text,
  	\`version_last_edited_by_id\` text(36),
  	\`version_review_reminders_for_review_of\` text,
  	\`version_review_reminders_first_sent_at\` text,
  	\`version_review_reminders_second_sent_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`experts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_account_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_experts_v_parent_idx\` ON \`_experts_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_experts_v_version_version_name_idx\` ON \`_experts_v\` (\`version_name\`);`)
  await db.run(sql`CREATE INDEX \`_experts_v_version_version_organisation_idx\` ON \`_experts_v\` (\`version_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`_experts_v_version_version_public_profile_idx\` ON \`_experts_v\` (\`version_public_profile\`);`)
  await db.run(sql`CREATE INDEX \`_experts_v_version_version_available_for_consultation_idx\` ON \`_experts_v\` (\`version_available_for_consultation\`);`)
  await db.run(sql`CREATE INDEX \`_experts_v_version_version_photo_idx\` ON \`_experts_v\` (\`version_photo_id\`);`)
  await db.run(sql`CREATE INDEX \`_experts_v_version_version_account_idx\` ON \`_experts_v\` (\`version_account_id\`);`)
  await db.run(sql`CREATE INDEX \`_experts_v_version_version_last_reviewed_at_idx\` ON \`_experts_v\` (\`version_last_reviewed_at\`);`)
  await db.run(sql`CREATE INDEX \`_experts_v_version_version_last_edited_by_idx\` ON \`_experts_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_experts_v_version_version_updated_at_idx\` ON \`_experts_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_experts_v_version_version_created_at_idx\` ON \`_experts_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_experts_v_version_version__status_idx\` ON \`_experts_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_experts_v_created_at_idx\` ON \`_experts_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_experts_v_updated_at_idx\` ON \`_experts_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_experts_v_latest_idx\` ON \`_experts_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_experts_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_experts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_experts_v_texts_order_parent\` ON \`_experts_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`working_groups_networks\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`working_groups\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`working_groups_networks_order_idx\` ON \`working_groups_networks\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`working_groups_networks_parent_idx\` ON \`working_groups_networks\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`working_groups_networks_value_idx\` ON \`working_groups_networks\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`working_groups_members\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`organisation_id\` text(36),
  	\`person_name\` text,
  	\`role\` text DEFAULT 'lid',
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`working_groups\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`working_groups_members_order_idx\` ON \`working_groups_members\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`working_groups_members_parent_id_idx\` ON \`working_groups_members\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`working_groups_members_organisation_idx\` ON \`working_groups_members\` (\`organisation_id\`);`)
  await db.run(sql`CREATE TABLE \`working_groups\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`slug\` text,
  	\`theme\` text,
  	\`status\` text DEFAULT 'in-oprichting',
  	\`start_date\` text,
  	\`end_date\` text,
  	\`assignment\` text,
  	\`outcome\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE INDEX \`working_groups_name_idx\` ON \`working_groups\` (\`name\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`working_groups_slug_idx\` ON \`working_groups\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`working_groups_theme_idx\` ON \`working_groups\` (\`theme\`);`)
  await db.run(sql`CREATE INDEX \`working_groups_status_idx\` ON \`working_groups\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`working_groups_updated_at_idx\` ON \`working_groups\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`working_groups_created_at_idx\` ON \`working_groups\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`working_groups__status_idx\` ON \`working_groups\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`working_groups_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`working_groups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`working_groups_rels_order_idx\` ON \`working_groups_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`working_groups_rels_parent_idx\` ON \`working_groups_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`working_groups_rels_path_idx\` ON \`working_groups_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`working_groups_rels_media_id_idx\` ON \`working_groups_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_working_groups_v_version_networks\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_working_groups_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_working_groups_v_version_networks_order_idx\` ON \`_working_groups_v_version_networks\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_working_groups_v_version_networks_parent_idx\` ON \`_working_groups_v_version_networks\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_working_groups_v_version_networks_value_idx\` ON \`_working_groups_v_version_networks\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_working_groups_v_version_members\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`organisation_id\` text(36),
  	\`person_name\` text,
  	\`role\` text DEFAULT 'lid',
  	\`_uuid\` text,
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_working_groups_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_working_groups_v_version_members_order_idx\` ON \`_working_groups_v_version_members\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_working_groups_v_version_members_parent_id_idx\` ON \`_working_groups_v_version_members\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_working_groups_v_version_members_organisation_idx\` ON \`_working_groups_v_version_members\` (\`organisation_id\`);`)
  await db.run(sql`CREATE TABLE \`_working_groups_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_name\` text,
  	\`version_slug\` text,
  	\`version_theme\` text,
  	\`version_status\` text DEFAULT 'in-oprichting',
  	\`version_start_date\` text,
  	\`version_end_date\` text,
  	\`version_assignment\` text,
  	\`version_outcome\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`working_groups\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_working_groups_v_parent_idx\` ON \`_working_groups_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_working_groups_v_version_version_name_idx\` ON \`_working_groups_v\` (\`version_name\`);`)
  await db.run(sql`CREATE INDEX \`_working_groups_v_version_version_slug_idx\` ON \`_working_groups_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_working_groups_v_version_version_theme_idx\` ON \`_working_groups_v\` (\`version_theme\`);`)
  await db.run(sql`CREATE INDEX \`_working_groups_v_version_version_status_idx\` ON \`_working_groups_v\` (\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`_working_groups_v_version_version_updated_at_idx\` ON \`_working_groups_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_working_groups_v_version_version_created_at_idx\` ON \`_working_groups_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_working_groups_v_version_version__status_idx\` ON \`_working_groups_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_working_groups_v_created_at_idx\` ON \`_working_groups_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_working_groups_v_updated_at_idx\` ON \`_working_groups_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_working_groups_v_latest_idx\` ON \`_working_groups_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_working_groups_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_working_groups_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_working_groups_v_rels_order_idx\` ON \`_working_groups_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_working_groups_v_rels_parent_idx\` ON \`_working_groups_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_working_groups_v_rels_path_idx\` ON \`_working_groups_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_working_groups_v_rels_media_id_idx\` ON \`_working_groups_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`events_networks\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_networks_order_idx\` ON \`events_networks\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`events_networks_parent_idx\` ON \`events_networks\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`events_networks_value_idx\` ON \`events_networks\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`events\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`kind\` text,
  	\`audience\` text DEFAULT 'leden',
  	\`cancelled\` integer DEFAULT false,
  	\`starts_at\` text,
  	\`ends_at\` text,
  	\`location_name\` text,
  	\`location_address\` text,
  	\`online_url\` text,
  	\`summary\` text,
  	\`programme\` text,
  	\`registration_enabled\` integer DEFAULT true,
  	\`capacity\` numeric,
  	\`registration_opens_at\` text,
  	\`registration_closes_at\` text,
  	\`ical_sequence\` numeric DEFAULT 0,
  	\`ical_uid\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE INDEX \`events_title_idx\` ON \`events\` (\`title\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`events_slug_idx\` ON \`events\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`events_kind_idx\` ON \`events\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`events_audience_idx\` ON \`events\` (\`audience\`);`)
  await db.run(sql`CREATE INDEX \`events_cancelled_idx\` ON \`events\` (\`cancelled\`);`)
  await db.run(sql`CREATE INDEX \`events_starts_at_idx\` ON \`events\` (\`starts_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`events_ical_uid_idx\` ON \`events\` (\`ical_uid\`);`)
  await db.run(sql`CREATE INDEX \`events_updated_at_idx\` ON \`events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`events_created_at_idx\` ON \`events\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`events__status_idx\` ON \`events\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_version_networks\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_version_networks_order_idx\` ON \`_events_v_version_networks\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_networks_parent_idx\` ON \`_events_v_version_networks\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_networks_value_idx\` ON \`_events_v_version_networks\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_events_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_kind\` text,
  	\`version_audience\` text DEFAULT 'leden',
  	\`version_cancelled\` integer DEFAULT false,
  	\`version_starts_at\` text,
  	\`version_ends_at\` text,
  	\`version_location_name\` text,
  	\`version_location_address\` text,
  	\`version_online_url\` text,
  	\`version_summary\` text,
  	\`version_programme\` text,
  	\`version_registration_enabled\` integer DEFAULT true,
  	\`version_capacity\` numeric,
  	\`version_registration_opens_at\` text,
  	\`version_registration_closes_at\` text,
  	\`version_ical_sequence\` numeric DEFAULT 0,
  	\`version_ical_uid\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_parent_idx\` ON \`_events_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_title_idx\` ON \`_events_v\` (\`version_title\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_slug_idx\` ON \`_events_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_kind_idx\` ON \`_events_v\` (\`version_kind\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_audience_idx\` ON \`_events_v\` (\`version_audience\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_cancelled_idx\` ON \`_events_v\` (\`version_cancelled\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_starts_at_idx\` ON \`_events_v\` (\`version_starts_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_ical_uid_idx\` ON \`_events_v\` (\`version_ical_uid\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_updated_at_idx\` ON \`_events_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_created_at_idx\` ON \`_events_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version__status_idx\` ON \`_events_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_created_at_idx\` ON \`_events_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_updated_at_idx\` ON \`_events_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_latest_idx\` ON \`_events_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`event_registrations\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`event_id\` text(36) NOT NULL,
  	\`status\` text DEFAULT 'aangemeld' NOT NULL,
  	\`name\` text NOT NULL,
  	\`email\` text NOT NULL,
  	\`organisation\` text,
  	\`registered_at\` text,
  	\`cancelled_at\` text,
  	\`reminder_sent_at\` text,
  	\`cancel_token\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`event_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`event_registrations_event_idx\` ON \`event_registrations\` (\`event_id\`);`)
  await db.run(sql`CREATE INDEX \`event_registrations_status_idx\` ON \`event_registrations\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`event_registrations_email_idx\` ON \`event_registrations\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`event_registrations_registered_at_idx\` ON \`event_registrations\` (\`registered_at\`);`)
  await db.run(sql`CREATE INDEX \`event_registrations_cancel_token_idx\` ON \`event_registrations\` (\`cancel_token\`);`)
  await db.run(sql`CREATE INDEX \`event_registrations_updated_at_idx\` ON \`event_registrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`event_registrations_created_at_idx\` ON \`event_registrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`articles_networks\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_networks_order_idx\` ON \`articles_networks\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`articles_networks_parent_idx\` ON \`articles_networks\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_networks_value_idx\` ON \`articles_networks\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`articles\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`kind\` text DEFAULT 'nieuws',
  	\`published_at\` text,
  	\`author\` text,
  	\`summary\` text,
  	\`content\` text,
  	\`external_url\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`articles_kind_idx\` ON \`articles\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`articles_published_at_idx\` ON \`articles\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`articles_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_rels_order_idx\` ON \`articles_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_parent_idx\` ON \`articles_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_path_idx\` ON \`articles_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_media_id_idx\` ON \`articles_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_networks\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_networks_order_idx\` ON \`_articles_v_version_networks\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_networks_parent_idx\` ON \`_articles_v_version_networks\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_networks_value_idx\` ON \`_articles_v_version_networks\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_kind\` text DEFAULT 'nieuws',
  	\`version_published_at\` text,
  	\`version_author\` text,
  	\`version_summary\` text,
  	\`version_content\` text,
  	\`version_external_url\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_slug_idx\` ON \`_articles_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_kind_idx\` ON \`_articles_v\` (\`version_kind\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_published_at_idx\` ON \`_articles_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_idx\` ON \`_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_order_idx\` ON \`_articles_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_parent_idx\` ON \`_articles_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_path_idx\` ON \`_articles_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_media_id_idx\` ON \`_articles_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`pages\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`network\` text,
  	\`intro\` text,
  	\`content\` text,
  	\`show_in_navigation\` integer DEFAULT false,
  	\`navigation_order\` numeric DEFAULT 100,
  	\`seo_meta_description\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`pages_slug_idx\` ON \`pages\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`pages_network_idx\` ON \`pages\` (\`network\`);`)
  await db.run(sql`CREATE INDEX \`pages_updated_at_idx\` ON \`pages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`pages_created_at_idx\` ON \`pages\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`pages__status_idx\` ON \`pages\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_network\` text,
  	\`version_intro\` text,
  	\`version_content\` text,
  	\`version_show_in_navigation\` integer DEFAULT false,
  	\`version_navigation_order\` numeric DEFAULT 100,
  	\`version_seo_meta_description\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_parent_idx\` ON \`_pages_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_slug_idx\` ON \`_pages_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_network_idx\` ON \`_pages_v\` (\`version_network\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_updated_at_idx\` ON \`_pages_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_created_at_idx\` ON \`_pages_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version__status_idx\` ON \`_pages_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_created_at_idx\` ON \`_pages_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_updated_at_idx\` ON \`_pages_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_latest_idx\` ON \`_pages_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`alt\` text,
  	\`caption\` text,
  	\`kind\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql`CREATE INDEX \`media_kind_idx\` ON \`media\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`route_map_steps_answers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`next_step_key\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`route_map_steps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`route_map_steps_answers_order_idx\` ON \`route_map_steps_answers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`route_map_steps_answers_parent_id_idx\` ON \`route_map_steps_answers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`route_map_steps_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`route_map_steps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`route_map_steps_links_order_idx\` ON \`route_map_steps_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`route_map_steps_links_parent_id_idx\` ON \`route_map_steps_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`route_map_steps_offering_filter_kinds_of_help\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`route_map_steps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`route_map_steps_offering_filter_kinds_of_help_order_idx\` ON \`route_map_steps_offering_filter_kinds_of_help\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`route_map_steps_offering_filter_kinds_of_help_parent_idx\` ON \`route_map_steps_offering_filter_kinds_of_help\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`route_map_steps_offering_filter_target_group_traits\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`route_map_steps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`route_map_steps_offering_filter_target_group_traits_order_idx\` ON \`route_map_steps_offering_filter_target_group_traits\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`route_map_steps_offering_filter_target_group_traits_parent_idx\` ON \`route_map_steps_offering_filter_target_group_traits\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`route_map_steps_offering_filter_settings\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`route_map_steps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`route_map_steps_offering_filter_settings_order_idx\` ON \`route_map_steps_offering_filter_settings\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`route_map_steps_offering_filter_settings_parent_idx\` ON \`route_map_steps_offering_filter_settings\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`route_map_steps_offering_filter_funding_laws\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`route_map_steps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`route_map_steps_offering_filter_funding_laws_order_idx\` ON \`route_map_steps_offering_filter_funding_laws\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`route_map_steps_offering_filter_funding_laws_parent_idx\` ON \`route_map_steps_offering_filter_funding_laws\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`route_map_steps_offering_filter_areas\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`route_map_steps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`route_map_steps_offering_filter_areas_order_idx\` ON \`route_map_steps_offering_filter_areas\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`route_map_steps_offering_filter_areas_parent_idx\` ON \`route_map_steps_offering_filter_areas\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`route_map_steps_offering_filter_networks\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`route_map_steps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`route_map_steps_offering_filter_networks_order_idx\` ON \`route_map_steps_offering_filter_networks\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`route_map_steps_offering_filter_networks_parent_idx\` ON \`route_map_steps_offering_filter_networks\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`route_map_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`kind\` text DEFAULT 'vraag',
  	\`title\` text,
  	\`explanation\` text,
  	\`offering_filter_age\` numeric,
  	\`ask_network_call_to_action\` integer DEFAULT false,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`route_maps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`route_map_steps_order_idx\` ON \`route_map_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`route_map_steps_parent_id_idx\` ON \`route_map_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`route_maps\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`network\` text,
  	\`introduction\` text,
  	\`start_step_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`route_maps_slug_idx\` ON \`route_maps\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`route_maps_network_idx\` ON \`route_maps\` (\`network\`);`)
  await db.run(sql`CREATE INDEX \`route_maps_updated_at_idx\` ON \`route_maps\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`route_maps_created_at_idx\` ON \`route_maps\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`route_maps__status_idx\` ON \`route_maps\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`route_maps_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`offerings_id\` text(36),
  	\`organisations_id\` text(36),
  	\`pages_id\` text(36),
  	\`articles_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`route_maps\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`offerings_id\`) REFERENCES \`offerings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`route_maps_rels_order_idx\` ON \`route_maps_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`route_maps_rels_parent_idx\` ON \`route_maps_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`route_maps_rels_path_idx\` ON \`route_maps_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`route_maps_rels_offerings_id_idx\` ON \`route_maps_rels\` (\`offerings_id\`);`)
  await db.run(sql`CREATE INDEX \`route_maps_rels_organisations_id_idx\` ON \`route_maps_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`route_maps_rels_pages_id_idx\` ON \`route_maps_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`route_maps_rels_articles_id_idx\` ON \`route_maps_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE TABLE \`_route_map_steps_v_answers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`next_step_key\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_route_map_steps_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_route_map_steps_v_answers_order_idx\` ON \`_route_map_steps_v_answers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_route_map_steps_v_answers_parent_id_idx\` ON \`_route_map_steps_v_answers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_route_map_steps_v_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_route_map_steps_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_route_map_steps_v_links_order_idx\` ON \`_route_map_steps_v_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_route_map_steps_v_links_parent_id_idx\` ON \`_route_map_steps_v_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_route_map_steps_v_offering_filter_kinds_of_help\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_route_map_steps_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_route_map_steps_v_offering_filter_kinds_of_help_order_idx\` ON \`_route_map_steps_v_offering_filter_kinds_of_help\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_route_map_steps_v_offering_filter_kinds_of_help_parent_idx\` ON \`_route_map_steps_v_offering_filter_kinds_of_help\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_route_map_steps_v_offering_filter_target_group_traits\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_route_map_steps_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_route_map_steps_v_offering_filter_target_group_traits_order_idx\` ON \`_route_map_steps_v_offering_filter_target_group_traits\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_route_map_steps_v_offering_filter_target_group_traits_parent_idx\` ON \`_route_map_steps_v_offering_filter_target_group_traits\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_route_map_steps_v_offering_filter_settings\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_route_map_steps_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_route_map_steps_v_offering_filter_settings_order_idx\` ON \`_route_map_steps_v_offering_filter_settings\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_route_map_steps_v_offering_filter_settings_parent_idx\` ON \`_route_map_steps_v_offering_filter_settings\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_route_map_steps_v_offering_filter_funding_laws\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_route_map_steps_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_route_map_steps_v_offering_filter_funding_laws_order_idx\` ON \`_route_map_steps_v_offering_filter_funding_laws\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_route_map_steps_v_offering_filter_funding_laws_parent_idx\` ON \`_route_map_steps_v_offering_filter_funding_laws\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_route_map_steps_v_offering_filter_areas\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_route_map_steps_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_route_map_steps_v_offering_filter_areas_order_idx\` ON \`_route_map_steps_v_offering_filter_areas\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_route_map_steps_v_offering_filter_areas_parent_idx\` ON \`_route_map_steps_v_offering_filter_areas\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_route_map_steps_v_offering_filter_networks\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_route_map_steps_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_route_map_steps_v_offering_filter_networks_order_idx\` ON \`_route_map_steps_v_offering_filter_networks\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_route_map_steps_v_offering_filter_networks_parent_idx\` ON \`_route_map_steps_v_offering_filter_networks\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_route_map_steps_v\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`kind\` text DEFAULT 'vraag',
  	\`title\` text,
  	\`explanation\` text,
  	\`offering_filter_age\` numeric,
  	\`ask_network_call_to_action\` integer DEFAULT false,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_route_maps_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_route_map_steps_v_order_idx\` ON \`_route_map_steps_v\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_route_map_steps_v_parent_id_idx\` ON \`_route_map_steps_v\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_route_maps_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_network\` text,
  	\`version_introduction\` text,
  	\`version_start_step_key\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`route_maps\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_route_maps_v_parent_idx\` ON \`_route_maps_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_route_maps_v_version_version_slug_idx\` ON \`_route_maps_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_route_maps_v_version_version_network_idx\` ON \`_route_maps_v\` (\`version_network\`);`)
  await db.run(sql`CREATE INDEX \`_route_maps_v_version_version_updated_at_idx\` ON \`_route_maps_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_route_maps_v_version_version_created_at_idx\` ON \`_route_maps_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_route_maps_v_version_version__status_idx\` ON \`_route_maps_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_route_maps_v_created_at_idx\` ON \`_route_maps_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_route_maps_v_updated_at_idx\` ON \`_route_maps_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_route_maps_v_latest_idx\` ON \`_route_maps_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_route_maps_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`offerings_id\` text(36),
  	\`organisations_id\` text(36),
  	\`pages_id\` text(36),
  	\`articles_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_route_maps_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`offerings_id\`) REFERENCES \`offerings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_route_maps_v_rels_order_idx\` ON \`_route_maps_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_route_maps_v_rels_parent_idx\` ON \`_route_maps_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_route_maps_v_rels_path_idx\` ON \`_route_maps_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_route_maps_v_rels_offerings_id_idx\` ON \`_route_maps_v_rels\` (\`offerings_id\`);`)
  await db.run(sql`CREATE INDEX \`_route_maps_v_rels_organisations_id_idx\` ON \`_route_maps_v_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`_route_maps_v_rels_pages_id_idx\` ON \`_route_maps_v_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`_route_maps_v_rels_articles_id_idx\` ON \`_route_maps_v_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE TABLE \`route_map_stats\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`route_map_id\` text(36) NOT NULL,
  	\`network\` text,
  	\`day\` text NOT NULL,
  	\`step_key\` text NOT NULL,
  	\`from_step_key\` text,
  	\`views\` numeric DEFAULT 0 NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`route_map_id\`) REFERENCES \`route_maps\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`route_map_stats_route_map_idx\` ON \`route_map_stats\` (\`route_map_id\`);`)
  await db.run(sql`CREATE INDEX \`route_map_stats_day_idx\` ON \`route_map_stats\` (\`day\`);`)
  await db.run(sql`CREATE INDEX \`route_map_stats_step_key_idx\` ON \`route_map_stats\` (\`step_key\`);`)
  await db.run(sql`CREATE INDEX \`route_map_stats_updated_at_idx\` ON \`route_map_stats\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`route_map_stats_created_at_idx\` ON \`route_map_stats\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`case_questions_context_problems\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`case_questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`case_questions_context_problems_order_idx\` ON \`case_questions_context_problems\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`case_questions_context_problems_parent_idx\` ON \`case_questions_context_problems\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`case_questions_status_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`status\` text NOT NULL,
  	\`at\` text NOT NULL,
  	\`by_id\` text(36),
  	\`note\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`case_questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`case_questions_status_history_order_idx\` ON \`case_questions_status_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`case_questions_status_history_parent_id_idx\` ON \`case_questions_status_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`case_questions_status_history_by_idx\` ON \`case_questions_status_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`case_questions_advice_kind_of_support\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`case_questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`case_questions_advice_kind_of_support_order_idx\` ON \`case_questions_advice_kind_of_support\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`case_questions_advice_kind_of_support_parent_idx\` ON \`case_questions_advice_kind_of_support\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`case_questions_advice_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`step\` text NOT NULL,
  	\`deadline\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`case_questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`case_questions_advice_steps_order_idx\` ON \`case_questions_advice_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`case_questions_advice_steps_parent_id_idx\` ON \`case_questions_advice_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`case_questions\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`reference\` text,
  	\`status\` text DEFAULT 'ontvangen' NOT NULL,
  	\`asked_by_id\` text(36) NOT NULL,
  	\`anonymised_at\` text,
  	\`network\` text NOT NULL,
  	\`question\` text NOT NULL,
  	\`context_age\` numeric,
  	\`context_gender\` text,
  	\`context_living_situation\` text,
  	\`context_tried_so_far\` text,
  	\`context_involved\` text,
  	\`urgency\` text DEFAULT 'normaal',
  	\`consent_parents_informed\` integer DEFAULT false,
  	\`consent_young_person_informed\` integer DEFAULT false,
  	\`contact_preference\` text DEFAULT 'email',
  	\`route_map_path\` text,
  	\`assigned_platform_member_id\` text(36),
  	\`triage_due_at\` text,
  	\`advice_due_at\` text,
  	\`notes\` text,
  	\`advice_problem_statement\` text,
  	\`advice_advice\` text,
  	\`advice_reasoning\` text,
  	\`advice_goals\` text,
  	\`advice_preconditions\` text,
  	\`advice_given_at\` text,
  	\`advice_given_by_id\` text(36),
  	\`follow_up_picked_up\` integer DEFAULT false,
  	\`follow_up_how_picked_up\` text,
  	\`follow_up_recorded_at\` text,
  	\`closing_cooperation_rating\` numeric,
  	\`closing_effect_rating\` numeric,
  	\`closing_closed_at\` text,
  	\`closing_closing_note\` text,
  	\`is_returning_case\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`asked_by_id\`) REFERENCES \`professionals\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assigned_platform_member_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`advice_given_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`case_questions_reference_idx\` ON \`case_questions\` (\`reference\`);`)
  await db.run(sql`CREATE INDEX \`case_questions_status_idx\` ON \`case_questions\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`case_questions_asked_by_idx\` ON \`case_questions\` (\`asked_by_id\`);`)
  await db.run(sql`CREATE INDEX \`case_questions_assigned_platform_member_idx\` ON \`case_questions\` (\`assigned_platform_member_id\`);`)
  await db.run(sql`CREATE INDEX \`case_questions_advice_advice_given_by_idx\` ON \`case_questions\` (\`advice_given_by_id\`);`)
  await db.run(sql`CREATE INDEX \`case_questions_updated_at_idx\` ON \`case_questions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`case_questions_created_at_idx\` ON \`case_questions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`case_questions_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	\`signals_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`case_questions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`signals_id\`) REFERENCES \`signals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`case_questions_rels_order_idx\` ON \`case_questions_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`case_questions_rels_parent_idx\` ON \`case_questions_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`case_questions_rels_path_idx\` ON \`case_questions_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`case_questions_rels_users_id_idx\` ON \`case_questions_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`case_questions_rels_signals_id_idx\` ON \`case_questions_rels\` (\`signals_id\`);`)
  await db.run(sql`CREATE TABLE \`signals\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`theme\` text,
  	\`network\` text NOT NULL,
  	\`description\` text NOT NULL,
  	\`status\` text DEFAULT 'open' NOT NULL,
  	\`raised_by_id\` text(36),
  	\`raised_at\` text,
  	\`platform_response\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`raised_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`signals_theme_idx\` ON \`signals\` (\`theme\`);`)
  await db.run(sql`CREATE INDEX \`signals_status_idx\` ON \`signals\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`signals_raised_by_idx\` ON \`signals\` (\`raised_by_id\`);`)
  await db.run(sql`CREATE INDEX \`signals_updated_at_idx\` ON \`signals\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`signals_created_at_idx\` ON \`signals\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`signals_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`case_questions_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`signals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`case_questions_id\`) REFERENCES \`case_questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`signals_rels_order_idx\` ON \`signals_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`signals_rels_parent_idx\` ON \`signals_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`signals_rels_path_idx\` ON \`signals_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`signals_rels_case_questions_id_idx\` ON \`signals_rels\` (\`case_questions_id\`);`)
  await db.run(sql`CREATE TABLE \`membership_applications_networks\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`membership_applications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`membership_applications_networks_order_idx\` ON \`membership_applications_networks\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`membership_applications_networks_parent_idx\` ON \`membership_applications_networks\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`membership_applications_networks_value_idx\` ON \`membership_applications_networks\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`membership_applications_status_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`status\` text NOT NULL,
  	\`at\` text NOT NULL,
  	\`by_id\` text(36),
  	\`note\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`membership_applications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`membership_applications_status_history_order_idx\` ON \`membership_applications_status_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`membership_applications_status_history_parent_id_idx\` ON \`membership_applications_status_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`membership_applications_status_history_by_idx\` ON \`membership_applications_status_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`membership_applications_platform_comments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`comment\` text NOT NULL,
  	\`author_id\` text(36),
  	\`at\` text,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`membership_applications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`membership_applications_platform_comments_order_idx\` ON \`membership_applications_platform_comments\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`membership_applications_platform_comments_parent_id_idx\` ON \`membership_applications_platform_comments\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`membership_applications_platform_comments_author_idx\` ON \`membership_applications_platform_comments\` (\`author_id\`);`)
  await db.run(sql`CREATE TABLE \`membership_applications\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`status\` text DEFAULT 'ingediend' NOT NULL,
  	\`transition_note\` text,
  	\`organisation_name\` text NOT NULL,
  	\`kvk_number\` text NOT NULL,
  	\`website\` text,
  	\`address_street\` text,
  	\`address_postcode\` text,
  	\`address_city\` text,
  	\`contact_person_name\` text NOT NULL,
  	\`contact_person_role\` text,
  	\`contact_person_email\` text NOT NULL,
  	\`contact_person_phone\` text,
  	\`offer_summary\` text NOT NULL,
  	\`target_group\` text,
  	\`motivation\` text NOT NULL,
  	\`criteria_years_active_in_region_answer\` text NOT NULL,
  	\`criteria_years_active_in_region_explanation\` text,
  	\`criteria_quality_system_answer\` text NOT NULL,
  	\`criteria_quality_system_which\` text,
  	\`criteria_does_not_harm_clients_answer\` text NOT NULL,
  	\`criteria_does_not_harm_clients_explanation\` text,
  	\`criteria_added_value_explanation\` text NOT NULL,
  	\`consent_given\` integer DEFAULT false NOT NULL,
  	\`consent_at\` text,
  	\`introduction_meeting_at\` text,
  	\`advice\` text,
  	\`decision_reasons\` text,
  	\`organisation_id\` text(36),
  	\`checklist_covenant_signed\` integer DEFAULT false,
  	\`checklist_covenant_signed_at\` text,
  	\`checklist_website_link_placed\` integer DEFAULT false,
  	\`checklist_website_link_placed_at\` text,
  	\`checklist_contribution_invoiced\` integer DEFAULT false,
  	\`checklist_contribution_invoiced_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`membership_applications_status_idx\` ON \`membership_applications\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`membership_applications_kvk_number_idx\` ON \`membership_applications\` (\`kvk_number\`);`)
  await db.run(sql`CREATE INDEX \`membership_applications_organisation_idx\` ON \`membership_applications\` (\`organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`membership_applications_updated_at_idx\` ON \`membership_applications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`membership_applications_created_at_idx\` ON \`membership_applications\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`membership_applications_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`events_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`membership_applications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`membership_applications_rels_order_idx\` ON \`membership_applications_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`membership_applications_rels_parent_idx\` ON \`membership_applications_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`membership_applications_rels_path_idx\` ON \`membership_applications_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`membership_applications_rels_events_id_idx\` ON \`membership_applications_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE TABLE \`newsletters_networks\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`newsletters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`newsletters_networks_order_idx\` ON \`newsletters_networks\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`newsletters_networks_parent_idx\` ON \`newsletters_networks\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`newsletters_networks_value_idx\` ON \`newsletters_networks\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`newsletters_sections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'upcomingEvents' NOT NULL,
  	\`heading\` text,
  	\`limit\` numeric DEFAULT 3,
  	\`since_days\` numeric DEFAULT 90,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`newsletters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`newsletters_sections_order_idx\` ON \`newsletters_sections\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`newsletters_sections_parent_id_idx\` ON \`newsletters_sections\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`newsletters\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`slug\` text,
  	\`intro\` text,
  	\`content\` text,
  	\`send_test\` integer DEFAULT false,
  	\`retry_failed\` integer DEFAULT false,
  	\`status\` text DEFAULT 'concept' NOT NULL,
  	\`scheduled_at\` text,
  	\`sent_at\` text,
  	\`progress_total\` numeric DEFAULT 0,
  	\`progress_sent\` numeric DEFAULT 0,
  	\`progress_failed\` numeric DEFAULT 0,
  	\`progress_remaining\` numeric DEFAULT 0,
  	\`paused_reason\` text,
  	\`archived_sections\` text,
  	\`sending_subject\` text,
  	\`sending_email_html\` text,
  	\`sending_email_text\` text,
  	\`sending_started_at\` text,
  	\`sending_batch_job_id\` text,
  	\`sending_deliveries_complete\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`newsletters_slug_idx\` ON \`newsletters\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`newsletters_status_idx\` ON \`newsletters\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`newsletters_sent_at_idx\` ON \`newsletters\` (\`sent_at\`);`)
  await db.run(sql`CREATE INDEX \`newsletters_updated_at_idx\` ON \`newsletters\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`newsletters_created_at_idx\` ON \`newsletters\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`subscribers_networks\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`subscribers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`subscribers_networks_order_idx\` ON \`subscribers_networks\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_networks_parent_idx\` ON \`subscribers_networks\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_networks_value_idx\` ON \`subscribers_networks\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`subscribers_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`action\` text NOT NULL,
  	\`at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`subscribers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`subscribers_history_order_idx\` ON \`subscribers_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_history_parent_id_idx\` ON \`subscribers_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`subscribers\` (
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
  await db.run(sql`CREATE UNIQUE INDEX \`subscribers_email_idx\` ON \`subscribers\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_status_idx\` ON \`subscribers\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_updated_at_idx\` ON \`subscribers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_created_at_idx\` ON \`subscribers\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`newsletter_deliveries\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`newsletter_id\` text(36) NOT NULL,
  	\`subscriber_id\` text(36),
  	\`email\` text NOT NULL,
  	\`key\` text NOT NULL,
  	\`status\` text DEFAULT 'wachtrij' NOT NULL,
  	\`attempts\` numeric DEFAULT 0,
  	\`next_attempt_at\` text,
  	\`last_error\` text,
  	\`message_id\` text,
  	\`sent_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`newsletter_id\`) REFERENCES \`newsletters\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`subscriber_id\`) REFERENCES \`subscribers\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`newsletter_deliveries_newsletter_idx\` ON \`newsletter_deliveries\` (\`newsletter_id\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_deliveries_subscriber_idx\` ON \`newsletter_deliveries\` (\`subscriber_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`newsletter_deliveries_key_idx\` ON \`newsletter_deliveries\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_deliveries_status_idx\` ON \`newsletter_deliveries\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_deliveries_next_attempt_at_idx\` ON \`newsletter_deliveries\` (\`next_attempt_at\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_deliveries_updated_at_idx\` ON \`newsletter_deliveries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_deliveries_created_at_idx\` ON \`newsletter_deliveries\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`professionals_networks\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`professionals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`professionals_networks_order_idx\` ON \`professionals_networks\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`professionals_networks_parent_idx\` ON \`professionals_networks\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`professionals_networks_value_idx\` ON \`professionals_networks\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`professionals_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`professionals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`professionals_sessions_order_idx\` ON \`professionals_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`professionals_sessions_parent_id_idx\` ON \`professionals_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`professionals\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`organisation_name\` text NOT NULL,
  	\`organisation_id\` text(36),
  	\`job_title\` text NOT NULL,
  	\`professional_register\` text NOT NULL,
  	\`register_number\` text,
  	\`status\` text DEFAULT 'wacht-op-verificatie' NOT NULL,
  	\`approved_at\` text,
  	\`approved_by_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`_verified\` integer,
  	\`_verificationtoken\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text,
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`professionals_organisation_idx\` ON \`professionals\` (\`organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`professionals_status_idx\` ON \`professionals\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`professionals_approved_by_idx\` ON \`professionals\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`professionals_updated_at_idx\` ON \`professionals\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`professionals_created_at_idx\` ON \`professionals\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`professionals_email_idx\` ON \`professionals\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`organisation_id\` text(36),
  	\`phone\` text,
  	\`is_demo_account\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text,
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`users_organisation_idx\` ON \`users\` (\`organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`email_log\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`to\` text NOT NULL,
  	\`subject\` text NOT NULL,
  	\`status\` text DEFAULT 'wachtrij' NOT NULL,
  	\`purpose\` text,
  	\`attempts\` numeric DEFAULT 0,
  	\`last_error\` text,
  	\`message_id\` text,
  	\`sent_at\` text,
  	\`text\` text,
  	\`html\` text,
  	\`message\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`email_log_to_idx\` ON \`email_log\` (\`to\`);`)
  await db.run(sql`CREATE INDEX \`email_log_status_idx\` ON \`email_log\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`email_log_updated_at_idx\` ON \`email_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`email_log_created_at_idx\` ON \`email_log\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`case_audit_log\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`case_question_id\` text(36),
  	\`reference\` text,
  	\`action\` text NOT NULL,
  	\`actor\` text,
  	\`actor_user_id\` text(36),
  	\`actor_professional_id\` text(36),
  	\`fields\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`case_question_id\`) REFERENCES \`case_questions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`actor_user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`actor_professional_id\`) REFERENCES \`professionals\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`case_audit_log_case_question_idx\` ON \`case_audit_log\` (\`case_question_id\`);`)
  await db.run(sql`CREATE INDEX \`case_audit_log_reference_idx\` ON \`case_audit_log\` (\`reference\`);`)
  await db.run(sql`CREATE INDEX \`case_audit_log_actor_user_idx\` ON \`case_audit_log\` (\`actor_user_id\`);`)
  await db.run(sql`CREATE INDEX \`case_audit_log_actor_professional_idx\` ON \`case_audit_log\` (\`actor_professional_id\`);`)
  await db.run(sql`CREATE INDEX \`case_audit_log_updated_at_idx\` ON \`case_audit_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`case_audit_log_created_at_idx\` ON \`case_audit_log\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`concurrency_key\` text,
  	\`meta\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_concurrency_key_idx\` ON \`payload_jobs\` (\`concurrency_key\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
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
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`professionals_id\` text(36),
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`professionals_id\`) REFERENCES \`professionals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_professionals_id_idx\` ON \`payload_preferences_rels\` (\`professionals_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`site_settings\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`site_name\` text DEFAULT 'Expertisenetwerk (L)VB Amsterdam' NOT NULL,
  	\`jeugd_name\` text NOT NULL,
  	\`jeugd_tagline\` text,
  	\`jeugd_coordinator_name\` text,
  	\`jeugd_coordinator_email\` text,
  	\`jeugd_coordinator_phone\` text,
  	\`jeugd_postal_address\` text,
  	\`jeugd_contact_email\` text,
  	\`jeugd_contact_phone\` text,
  	\`jeugd_footer_text\` text,
  	\`volwassenen_name\` text NOT NULL,
  	\`volwassenen_tagline\` text,
  	\`volwassenen_coordinator_name\` text,
  	\`volwassenen_coordinator_email\` text,
  	\`volwassenen_coordinator_phone\` text,
  	\`volwassenen_postal_address\` text,
  	\`volwassenen_contact_email\` text,
  	\`volwassenen_contact_phone\` text,
  	\`volwassenen_footer_text\` text,
  	\`membership_contribution\` numeric DEFAULT 1500 NOT NULL,
  	\`review_period_months\` numeric DEFAULT 6 NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`case_handling\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`triage_working_days\` numeric DEFAULT 5 NOT NULL,
  	\`advice_days\` numeric DEFAULT 14 NOT NULL,
  	\`advice_days_are_working_days\` integer DEFAULT false,
  	\`retention_months_after_closing\` numeric DEFAULT 24 NOT NULL,
  	\`reminder_hour\` numeric DEFAULT 9 NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`organisations_areas\`;`)
  await db.run(sql`DROP TABLE \`organisations_networks\`;`)
  await db.run(sql`DROP TABLE \`organisations\`;`)
  await db.run(sql`DROP TABLE \`organisations_texts\`;`)
  await db.run(sql`DROP TABLE \`_organisations_v_version_areas\`;`)
  await db.run(sql`DROP TABLE \`_organisations_v_version_networks\`;`)
  await db.run(sql`DROP TABLE \`_organisations_v\`;`)
  await db.run(sql`DROP TABLE \`_organisations_v_texts\`;`)
  await db.run(sql`DROP TABLE \`offerings_networks\`;`)
  await db.run(sql`DROP TABLE \`offerings_kinds_of_help\`;`)
  await db.run(sql`DROP TABLE \`offerings_target_group_traits\`;`)
  await db.run(sql`DROP TABLE \`offerings_settings\`;`)
  await db.run(sql`DROP TABLE \`offerings_funding_laws\`;`)
  await db.run(sql`DROP TABLE \`offerings_areas\`;`)
  await db.run(sql`DROP TABLE \`offerings\`;`)
  await db.run(sql`DROP TABLE \`_offerings_v_version_networks\`;`)
  await db.run(sql`DROP TABLE \`_offerings_v_version_kinds_of_help\`;`)
  await db.run(sql`DROP TABLE \`_offerings_v_version_target_group_traits\`;`)
  await db.run(sql`DROP TABLE \`_offerings_v_version_settings\`;`)
  await db.run(sql`DROP TABLE \`_offerings_v_version_funding_laws\`;`)
  await db.run(sql`DROP TABLE \`_offerings_v_version_areas\`;`)
  await db.run(sql`DROP TABLE \`_offerings_v\`;`)
  await db.run(sql`DROP TABLE \`experts_networks\`;`)
  await db.run(sql`DROP TABLE \`experts\`;`)
  await db.run(sql`DROP TABLE \`experts_texts\`;`)
  await db.run(sql`DROP TABLE \`_experts_v_version_networks\`;`)
  await db.run(sql`DROP TABLE \`_experts_v\`;`)
  await db.run(sql`DROP TABLE \`_experts_v_texts\`;`)
  await db.run(sql`DROP TABLE \`working_groups_networks\`;`)
  await db.run(sql`DROP TABLE \`working_groups_members\`;`)
  await db.run(sql`DROP TABLE \`working_groups\`;`)
  await db.run(sql`DROP TABLE \`working_groups_rels\`;`)
  await db.run(sql`DROP TABLE \`_working_groups_v_version_networks\`;`)
  await db.run(sql`DROP TABLE \`_working_groups_v_version_members\`;`)
  await db.run(sql`DROP TABLE \`_working_groups_v\`;`)
  await db.run(sql`DROP TABLE \`_working_groups_v_rels\`;`)
  await db.run(sql`DROP TABLE \`events_networks\`;`)
  await db.run(sql`DROP TABLE \`events\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_networks\`;`)
  await db.run(sql`DROP TABLE \`_events_v\`;`)
  await db.run(sql`DROP TABLE \`event_registrations\`;`)
  await db.run(sql`DROP TABLE \`articles_networks\`;`)
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`DROP TABLE \`articles_rels\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_networks\`;`)
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_rels\`;`)
  await db.run(sql`DROP TABLE \`pages\`;`)
  await db.run(sql`DROP TABLE \`_pages_v\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`route_map_steps_answers\`;`)
  await db.run(sql`DROP TABLE \`route_map_steps_links\`;`)
  await db.run(sql`DROP TABLE \`route_map_steps_offering_filter_kinds_of_help\`;`)
  await db.run(sql`DROP TABLE \`route_map_steps_offering_filter_target_group_traits\`;`)
  await db.run(sql`DROP TABLE \`route_map_steps_offering_filter_settings\`;`)
  await db.run(sql`DROP TABLE \`route_map_steps_offering_filter_funding_laws\`;`)
  await db.run(sql`DROP TABLE \`route_map_steps_offering_filter_areas\`;`)
  await db.run(sql`DROP TABLE \`route_map_steps_offering_filter_networks\`;`)
  await db.run(sql`DROP TABLE \`route_map_steps\`;`)
  await db.run(sql`DROP TABLE \`route_maps\`;`)
  await db.run(sql`DROP TABLE \`route_maps_rels\`;`)
  await db.run(sql`DROP TABLE \`_route_map_steps_v_answers\`;`)
  await db.run(sql`DROP TABLE \`_route_map_steps_v_links\`;`)
  await db.run(sql`DROP TABLE \`_route_map_steps_v_offering_filter_kinds_of_help\`;`)
  await db.run(sql`DROP TABLE \`_route_map_steps_v_offering_filter_target_group_traits\`;`)
  await db.run(sql`DROP TABLE \`_route_map_steps_v_offering_filter_settings\`;`)
  await db.run(sql`DROP TABLE \`_route_map_steps_v_offering_filter_funding_laws\`;`)
  await db.run(sql`DROP TABLE \`_route_map_steps_v_offering_filter_areas\`;`)
  await db.run(sql`DROP TABLE \`_route_map_steps_v_offering_filter_networks\`;`)
  await db.run(sql`DROP TABLE \`_route_map_steps_v\`;`)
  await db.run(sql`DROP TABLE \`_route_maps_v\`;`)
  await db.run(sql`DROP TABLE \`_route_maps_v_rels\`;`)
  await db.run(sql`DROP TABLE \`route_map_stats\`;`)
  await db.run(sql`DROP TABLE \`case_questions_context_problems\`;`)
  await db.run(sql`DROP TABLE \`case_questions_status_history\`;`)
  await db.run(sql`DROP TABLE \`case_questions_advice_kind_of_support\`;`)
  await db.run(sql`DROP TABLE \`case_questions_advice_steps\`;`)
  await db.run(sql`DROP TABLE \`case_questions\`;`)
  await db.run(sql`DROP TABLE \`case_questions_rels\`;`)
  await db.run(sql`DROP TABLE \`signals\`;`)
  await db.run(sql`DROP TABLE \`signals_rels\`;`)
  await db.run(sql`DROP TABLE \`membership_applications_networks\`;`)
  await db.run(sql`DROP TABLE \`membership_applications_status_history\`;`)
  await db.run(sql`DROP TABLE \`membership_applications_platform_comments\`;`)
  await db.run(sql`DROP TABLE \`membership_applications\`;`)
  await db.run(sql`DROP TABLE \`membership_applications_rels\`;`)
  await db.run(sql`DROP TABLE \`newsletters_networks\`;`)
  await db.run(sql`DROP TABLE \`newsletters_sections\`;`)
  await db.run(sql`DROP TABLE \`newsletters\`;`)
  await db.run(sql`DROP TABLE \`subscribers_networks\`;`)
  await db.run(sql`DROP TABLE \`subscribers_history\`;`)
  await db.run(sql`DROP TABLE \`subscribers\`;`)
  await db.run(sql`DROP TABLE \`newsletter_deliveries\`;`)
  await db.run(sql`DROP TABLE \`professionals_networks\`;`)
  await db.run(sql`DROP TABLE \`professionals_sessions\`;`)
  await db.run(sql`DROP TABLE \`professionals\`;`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`email_log\`;`)
  await db.run(sql`DROP TABLE \`case_audit_log\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`site_settings\`;`)
  await db.run(sql`DROP TABLE \`case_handling\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
}
