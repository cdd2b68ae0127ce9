-- Completions gain live attendance (decision 016); SQLite rebuilds the table for that. Views and
-- triggers elsewhere read `completions` by name, which the new table takes; legacy renaming
-- stops SQLite checking them in the moment between. The table's own triggers go with the old
-- table, so they are made again below, as 0014 made them.
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_completions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` text NOT NULL,
	`module_id` integer,
	`module_version_id` integer,
	`enrolment_id` integer,
	`course_id` integer,
	`session_id` integer,
	`delivery` text DEFAULT 'online' NOT NULL,
	`vru_id` integer,
	`organisation_id` integer,
	`completed_at` integer NOT NULL,
	`score` integer,
	`cpd_minutes` integer NOT NULL,
	`certificate_code` text NOT NULL,
	`valid_until` text,
	`renews_module_id` integer,
	`sector` text,
	`checks_attempted` integer DEFAULT 0 NOT NULL,
	`checks_passed_first_time` integer DEFAULT 0 NOT NULL,
	`rating_before` real,
	`rating_after` real,
	`check_batch_id` integer,
	`rating_batch_id` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`module_id`) REFERENCES `modules`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`module_version_id`) REFERENCES `module_versions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`enrolment_id`) REFERENCES `enrolments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`course_id`) REFERENCES `courses`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`session_id`) REFERENCES `course_sessions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`vru_id`) REFERENCES `vrus`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`renews_module_id`) REFERENCES `modules`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_completions`("id", "user_id", "module_id", "module_version_id", "enrolment_id", "vru_id", "organisation_id", "completed_at", "score", "cpd_minutes", "certificate_code", "valid_until", "renews_module_id", "sector", "checks_attempted", "checks_passed_first_time", "rating_before", "rating_after", "check_batch_id", "rating_batch_id") SELECT "id", "user_id", "module_id", "module_version_id", "enrolment_id", "vru_id", "organisation_id", "completed_at", "score", "cpd_minutes", "certificate_code", "valid_until", "renews_module_id", "sector", "checks_attempted", "checks_passed_first_time", "rating_before", "rating_after", "check_batch_id", "rating_batch_id" FROM `completions`;--> statement-breakpoint
DROP TABLE `completions`;--> statement-breakpoint
PRAGMA legacy_alter_table=ON;--> statement-breakpoint
ALTER TABLE `__new_completions` RENAME TO `completions`;--> statement-breakpoint
PRAGMA legacy_alter_table=OFF;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `completions_enrolment_id_unique` ON `completions` (`enrolment_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `completions_certificate_code_unique` ON `completions` (`certificate_code`);--> statement-breakpoint
CREATE INDEX `completions_user` ON `completions` (`user_id`,`completed_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `completions_attendance` ON `completions` (`session_id`,`user_id`);--> statement-breakpoint
CREATE INDEX `completions_in_date` ON `completions` (`renews_module_id`,`user_id`,`valid_until`) WHERE valid_until is not null;--> statement-breakpoint
CREATE INDEX `completions_vru_facts` ON `completions` (`vru_id`,`completed_at`,`user_id`,`enrolment_id`,`organisation_id`,`module_id`,`module_version_id`,`sector`,`checks_attempted`,`checks_passed_first_time`,`rating_before`,`rating_after`,`course_id`,`delivery`);--> statement-breakpoint
ALTER TABLE `bookings` ADD `attendance` text;--> statement-breakpoint
ALTER TABLE `bookings` ADD `walk_in` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `bookings` ADD `reminded_day_before_at` integer;--> statement-breakpoint
ALTER TABLE `bookings` ADD `reminded_hour_before_at` integer;--> statement-breakpoint
ALTER TABLE `course_sessions` ADD `register_taken_at` integer;--> statement-breakpoint
ALTER TABLE `courses` ADD `covers_module` integer DEFAULT false NOT NULL;--> statement-breakpoint
CREATE TRIGGER `staff_in_date_completed` AFTER INSERT ON `completions`
WHEN NEW.`renews_module_id` IS NOT NULL BEGIN
	DELETE FROM `staff_in_date` WHERE `user_id` = NEW.`user_id`;
	INSERT INTO `staff_in_date` (`user_id`, `organisation_id`, `in_date_until`)
	SELECT `user_id`, `organisation_id`, min(`in_date_until`) FROM `required_training_standings`
	WHERE `user_id` = NEW.`user_id` GROUP BY `user_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `staff_in_date_completion_removed` AFTER DELETE ON `completions`
WHEN OLD.`renews_module_id` IS NOT NULL BEGIN
	DELETE FROM `staff_in_date` WHERE `user_id` = OLD.`user_id`;
	INSERT INTO `staff_in_date` (`user_id`, `organisation_id`, `in_date_until`)
	SELECT `user_id`, `organisation_id`, min(`in_date_until`) FROM `required_training_standings`
	WHERE `user_id` = OLD.`user_id` GROUP BY `user_id`;
END;
