CREATE TABLE `classroom_deliveries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`teacher_id` text NOT NULL,
	`vru_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	`organisation_type` text NOT NULL,
	`area_id` integer,
	`module_id` integer NOT NULL,
	`module_version_id` integer NOT NULL,
	`delivered_on` text NOT NULL,
	`lessons` text NOT NULL,
	`year_group` integer NOT NULL,
	`pupils` integer NOT NULL,
	`setting` text NOT NULL,
	`co_delivered_with` text,
	`concern_passed_on` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`teacher_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`vru_id`) REFERENCES `vrus`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`area_id`) REFERENCES `areas`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`module_id`) REFERENCES `modules`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`module_version_id`) REFERENCES `module_versions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `classroom_deliveries_reach` ON `classroom_deliveries` (`vru_id`,`delivered_on`,`module_id`,`organisation_id`,`organisation_type`,`area_id`,`year_group`,`pupils`);--> statement-breakpoint
CREATE INDEX `classroom_deliveries_day` ON `classroom_deliveries` (`delivered_on`,`vru_id`,`module_id`,`organisation_id`,`organisation_type`,`area_id`,`year_group`,`pupils`);--> statement-breakpoint
CREATE INDEX `classroom_deliveries_organisation` ON `classroom_deliveries` (`organisation_id`,`delivered_on`);--> statement-breakpoint
CREATE INDEX `classroom_deliveries_teacher` ON `classroom_deliveries` (`teacher_id`,`delivered_on`);--> statement-breakpoint
CREATE TABLE `classroom_delivery_changes` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`delivery_id` integer NOT NULL,
	`sign` integer NOT NULL,
	`vru_id` integer NOT NULL,
	`delivered_on` text NOT NULL,
	`module_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	`organisation_type` text NOT NULL,
	`area_id` integer,
	`year_group` integer NOT NULL,
	`pupils` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `module_versions` ADD `classroom` text;--> statement-breakpoint
-- An edit or a removal is written down in the same transaction, as the rows it took away and
-- added, so remembered reach is corrected by it (app/reporting/reach.server.ts).
CREATE TRIGGER `classroom_deliveries_changed` AFTER UPDATE ON `classroom_deliveries` BEGIN
	INSERT INTO `classroom_delivery_changes` (`delivery_id`, `sign`, `vru_id`, `delivered_on`, `module_id`, `organisation_id`, `organisation_type`, `area_id`, `year_group`, `pupils`)
	VALUES (OLD.`id`, -1, OLD.`vru_id`, OLD.`delivered_on`, OLD.`module_id`, OLD.`organisation_id`, OLD.`organisation_type`, OLD.`area_id`, OLD.`year_group`, OLD.`pupils`),
	       (NEW.`id`, 1, NEW.`vru_id`, NEW.`delivered_on`, NEW.`module_id`, NEW.`organisation_id`, NEW.`organisation_type`, NEW.`area_id`, NEW.`year_group`, NEW.`pupils`);
END;--> statement-breakpoint
CREATE TRIGGER `classroom_deliveries_removed` AFTER DELETE ON `classroom_deliveries` BEGIN
	INSERT INTO `classroom_delivery_changes` (`delivery_id`, `sign`, `vru_id`, `delivered_on`, `module_id`, `organisation_id`, `organisation_type`, `area_id`, `year_group`, `pupils`)
	VALUES (OLD.`id`, -1, OLD.`vru_id`, OLD.`delivered_on`, OLD.`module_id`, OLD.`organisation_id`, OLD.`organisation_type`, OLD.`area_id`, OLD.`year_group`, OLD.`pupils`);
END;
