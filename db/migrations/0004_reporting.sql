CREATE TABLE `report_totals` (
	`vru_id` integer NOT NULL,
	`period` text NOT NULL,
	`dimension` text NOT NULL,
	`group_key` text NOT NULL,
	`people` integer DEFAULT 0 NOT NULL,
	`completions` integer DEFAULT 0 NOT NULL,
	`evaluation_pairs` integer DEFAULT 0 NOT NULL,
	`rating_before` real DEFAULT 0 NOT NULL,
	`rating_after` real DEFAULT 0 NOT NULL,
	`checks_attempted` integer DEFAULT 0 NOT NULL,
	`checks_passed_first_time` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`vru_id`, `period`, `dimension`, `group_key`)
);
--> statement-breakpoint
DROP INDEX `users_vru`;--> statement-breakpoint
CREATE INDEX `users_vru` ON `users` (`vru_id`,`id`);--> statement-breakpoint
CREATE INDEX `enrolments_open_activity` ON `enrolments` (`user_id`,`updated_at`) WHERE completed_at is null;