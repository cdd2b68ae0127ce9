DROP INDEX `completions_vru`;--> statement-breakpoint
ALTER TABLE `completions` ADD `sector` text;--> statement-breakpoint
ALTER TABLE `completions` ADD `checks_attempted` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `completions` ADD `checks_passed_first_time` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `completions` ADD `rating_before` real;--> statement-breakpoint
ALTER TABLE `completions` ADD `rating_after` real;--> statement-breakpoint
CREATE INDEX `completions_vru_facts` ON `completions` (`vru_id`,`completed_at`,`user_id`,`enrolment_id`,`organisation_id`,`module_id`,`module_version_id`,`sector`,`checks_attempted`,`checks_passed_first_time`,`rating_before`,`rating_after`);--> statement-breakpoint
UPDATE `completions` SET `sector` = (SELECT `sector` FROM `users` WHERE `users`.`id` = `completions`.`user_id`);--> statement-breakpoint
-- emptied so setup rebuilds the summary, which fills each completion's checks and ratings first
DELETE FROM `report_totals`;
