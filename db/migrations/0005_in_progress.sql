DROP INDEX `enrolments_open_activity`;--> statement-breakpoint
ALTER TABLE `enrolments` ADD `vru_id` integer REFERENCES vrus(id);--> statement-breakpoint
CREATE INDEX `enrolments_open_started` ON `enrolments` (`vru_id`,`started_at`,`user_id`) WHERE completed_at is null;--> statement-breakpoint
CREATE INDEX `report_totals_ranking` ON `report_totals` (`period`,`dimension`,`vru_id`,`people`,`completions`,`group_key`);--> statement-breakpoint
UPDATE `enrolments` SET `vru_id` = (SELECT `vru_id` FROM `users` WHERE `users`.`id` = `enrolments`.`user_id`);--> statement-breakpoint
-- the summary gains people in progress: emptied here, so setup rebuilds it whole
DELETE FROM `report_totals`;
