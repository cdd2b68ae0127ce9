CREATE TABLE `evaluation_spans` (
	`vru_id` integer NOT NULL,
	`first_month` integer NOT NULL,
	`last_month` integer NOT NULL,
	`module_id` integer NOT NULL,
	`series` text NOT NULL,
	`members` integer DEFAULT 0 NOT NULL,
	`rating_before` real DEFAULT 0 NOT NULL,
	`rating_after` real DEFAULT 0 NOT NULL,
	`checks_attempted` integer DEFAULT 0 NOT NULL,
	`checks_passed_first_time` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`vru_id`, `first_month`, `last_month`, `module_id`, `series`)
);
--> statement-breakpoint
-- Reports remember the in-date figure until anyone's standing changes (in-date-figures.server.ts).
INSERT INTO `change_counts` (`name`, `count`) VALUES ('staff_in_date', 0);--> statement-breakpoint
CREATE TRIGGER `staff_in_date_added` AFTER INSERT ON `staff_in_date` BEGIN
	UPDATE `change_counts` SET `count` = `count` + 1 WHERE `name` = 'staff_in_date';
END;--> statement-breakpoint
CREATE TRIGGER `staff_in_date_changed` AFTER UPDATE ON `staff_in_date` BEGIN
	UPDATE `change_counts` SET `count` = `count` + 1 WHERE `name` = 'staff_in_date';
END;--> statement-breakpoint
CREATE TRIGGER `staff_in_date_removed` AFTER DELETE ON `staff_in_date` BEGIN
	UPDATE `change_counts` SET `count` = `count` + 1 WHERE `name` = 'staff_in_date';
END;
