CREATE TABLE `evaluation_batches` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`vru_id` integer NOT NULL,
	`module_id` integer NOT NULL,
	`series` text NOT NULL,
	`year` integer NOT NULL,
	`members` integer DEFAULT 0 NOT NULL,
	`first_at` integer NOT NULL,
	`last_at` integer NOT NULL,
	`rating_before` real DEFAULT 0 NOT NULL,
	`rating_after` real DEFAULT 0 NOT NULL,
	`checks_attempted` integer DEFAULT 0 NOT NULL,
	`checks_passed_first_time` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX `evaluation_batches_open` ON `evaluation_batches` (`vru_id`,`module_id`,`series`,`year`,`members`);--> statement-breakpoint
CREATE INDEX `evaluation_batches_period` ON `evaluation_batches` (`vru_id`,`members`,`first_at`);--> statement-breakpoint
ALTER TABLE `completions` ADD `check_batch_id` integer;--> statement-breakpoint
ALTER TABLE `completions` ADD `rating_batch_id` integer;