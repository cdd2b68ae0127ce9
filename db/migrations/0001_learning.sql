CREATE TABLE `assignments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`module_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	`job_role` text,
	`user_id` text,
	`due_at` integer,
	`assigned_by_id` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`removed_at` integer,
	FOREIGN KEY (`module_id`) REFERENCES `modules`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assigned_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `assignments_organisation` ON `assignments` (`organisation_id`);--> statement-breakpoint
CREATE INDEX `assignments_user` ON `assignments` (`user_id`);--> statement-breakpoint
CREATE TABLE `check_attempts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`enrolment_id` integer NOT NULL,
	`lesson_id` integer NOT NULL,
	`score` integer NOT NULL,
	`passed` integer NOT NULL,
	`answers` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`enrolment_id`) REFERENCES `enrolments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`lesson_id`) REFERENCES `lessons`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `check_attempts_enrolment` ON `check_attempts` (`enrolment_id`,`lesson_id`);--> statement-breakpoint
CREATE INDEX `check_attempts_lesson` ON `check_attempts` (`lesson_id`);--> statement-breakpoint
CREATE TABLE `completions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` text NOT NULL,
	`module_id` integer NOT NULL,
	`module_version_id` integer NOT NULL,
	`enrolment_id` integer NOT NULL,
	`vru_id` integer,
	`organisation_id` integer,
	`completed_at` integer NOT NULL,
	`score` integer,
	`cpd_minutes` integer NOT NULL,
	`certificate_code` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`module_id`) REFERENCES `modules`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`module_version_id`) REFERENCES `module_versions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`enrolment_id`) REFERENCES `enrolments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`vru_id`) REFERENCES `vrus`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `completions_enrolment_id_unique` ON `completions` (`enrolment_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `completions_certificate_code_unique` ON `completions` (`certificate_code`);--> statement-breakpoint
CREATE INDEX `completions_user` ON `completions` (`user_id`,`completed_at`);--> statement-breakpoint
CREATE INDEX `completions_vru` ON `completions` (`vru_id`,`completed_at`);--> statement-breakpoint
CREATE TABLE `enrolments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` text NOT NULL,
	`module_id` integer NOT NULL,
	`module_version_id` integer NOT NULL,
	`last_lesson_id` integer,
	`started_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`completed_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`module_id`) REFERENCES `modules`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`module_version_id`) REFERENCES `module_versions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`last_lesson_id`) REFERENCES `lessons`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `enrolments_open` ON `enrolments` (`user_id`,`module_id`) WHERE completed_at is null;--> statement-breakpoint
CREATE INDEX `enrolments_user` ON `enrolments` (`user_id`,`updated_at`);--> statement-breakpoint
CREATE TABLE `evaluations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`enrolment_id` integer NOT NULL,
	`stage` text NOT NULL,
	`ratings` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`enrolment_id`) REFERENCES `enrolments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `evaluations_enrolment_stage` ON `evaluations` (`enrolment_id`,`stage`);--> statement-breakpoint
CREATE TABLE `lesson_progress` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`enrolment_id` integer NOT NULL,
	`lesson_id` integer NOT NULL,
	`position` real DEFAULT 0 NOT NULL,
	`watched_seconds` real DEFAULT 0 NOT NULL,
	`heartbeats` integer DEFAULT 0 NOT NULL,
	`completed_at` integer,
	`completed_by` text,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`enrolment_id`) REFERENCES `enrolments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`lesson_id`) REFERENCES `lessons`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `lesson_progress_enrolment_lesson` ON `lesson_progress` (`enrolment_id`,`lesson_id`);--> statement-breakpoint
CREATE TABLE `lessons` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`module_version_id` integer NOT NULL,
	`position` integer NOT NULL,
	`slug` text NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`minutes` integer NOT NULL,
	`required` integer NOT NULL,
	`content_note` text,
	`body_html` text NOT NULL,
	`details` text NOT NULL,
	`sources` text NOT NULL,
	FOREIGN KEY (`module_version_id`) REFERENCES `module_versions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `lessons_version_slug` ON `lessons` (`module_version_id`,`slug`);--> statement-breakpoint
CREATE TABLE `module_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`module_id` integer NOT NULL,
	`version` integer NOT NULL,
	`status` text NOT NULL,
	`title` text NOT NULL,
	`summary` text NOT NULL,
	`description_html` text,
	`audience` text NOT NULL,
	`topics` text NOT NULL,
	`practice_level` text NOT NULL,
	`estimated_minutes` integer NOT NULL,
	`cpd_minutes` integer NOT NULL,
	`pass_mark` integer NOT NULL,
	`languages` text NOT NULL,
	`content_note` text,
	`translations` text,
	`evaluation_statements` text NOT NULL,
	`source` text NOT NULL,
	`checksum` text NOT NULL,
	`published_at` integer,
	`published_by_id` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`module_id`) REFERENCES `modules`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`published_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `module_versions_module_version` ON `module_versions` (`module_id`,`version`);--> statement-breakpoint
CREATE TABLE `modules` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`owner_vru_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`owner_vru_id`) REFERENCES `vrus`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `modules_slug_unique` ON `modules` (`slug`);--> statement-breakpoint
CREATE TABLE `reflections` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` text NOT NULL,
	`lesson_id` integer NOT NULL,
	`prompt_index` integer NOT NULL,
	`answer` text NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`lesson_id`) REFERENCES `lessons`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reflections_user_lesson_prompt` ON `reflections` (`user_id`,`lesson_id`,`prompt_index`);