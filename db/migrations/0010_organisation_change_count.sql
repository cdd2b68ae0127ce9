CREATE TABLE `change_counts` (
	`name` text PRIMARY KEY NOT NULL,
	`count` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
DROP INDEX `organisations_updated`;--> statement-breakpoint
ALTER TABLE `organisations` DROP COLUMN `updated_at`;--> statement-breakpoint
INSERT INTO `change_counts` (`name`, `count`) VALUES ('organisations', 0);--> statement-breakpoint
CREATE TRIGGER `organisations_added` AFTER INSERT ON `organisations` BEGIN
	UPDATE `change_counts` SET `count` = `count` + 1 WHERE `name` = 'organisations';
END;--> statement-breakpoint
CREATE TRIGGER `organisations_edited` AFTER UPDATE OF `vru_id`, `type`, `local_authority`, `area_id` ON `organisations` BEGIN
	UPDATE `change_counts` SET `count` = `count` + 1 WHERE `name` = 'organisations';
END;--> statement-breakpoint
CREATE TRIGGER `organisations_removed` AFTER DELETE ON `organisations` BEGIN
	UPDATE `change_counts` SET `count` = `count` + 1 WHERE `name` = 'organisations';
END;
