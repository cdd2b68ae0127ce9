CREATE TABLE `renewal_reminders` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` text NOT NULL,
	`module_id` integer NOT NULL,
	`valid_until` text NOT NULL,
	`kind` text NOT NULL,
	`sent_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`module_id`) REFERENCES `modules`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `renewal_reminders_once` ON `renewal_reminders` (`user_id`,`module_id`,`valid_until`,`kind`);--> statement-breakpoint
ALTER TABLE `assignments` ADD `keep_in_date` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `assignments` ADD `due_within_days` integer;--> statement-breakpoint
ALTER TABLE `completions` ADD `valid_until` text;--> statement-breakpoint
ALTER TABLE `completions` ADD `renews_module_id` integer REFERENCES modules(id);--> statement-breakpoint
CREATE INDEX `completions_in_date` ON `completions` (`renews_module_id`,`user_id`,`valid_until`) WHERE valid_until is not null;--> statement-breakpoint
ALTER TABLE `module_versions` ADD `validity` text DEFAULT '{"kind":"none"}' NOT NULL;--> statement-breakpoint
ALTER TABLE `module_versions` ADD `refresher` text;--> statement-breakpoint
ALTER TABLE `module_versions` ADD `required_again_by` text;--> statement-breakpoint
ALTER TABLE `module_versions` ADD `required_again_reason` text;