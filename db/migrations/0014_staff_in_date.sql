CREATE TABLE `staff_in_date` (
	`user_id` text PRIMARY KEY NOT NULL,
	`organisation_id` integer NOT NULL,
	`in_date_until` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `staff_in_date_by_organisation` ON `staff_in_date` (`organisation_id`,`in_date_until`);--> statement-breakpoint
-- The modules that expire, by their latest published version, with the day a version asked
-- everyone to take it again and when the first version asking by that day was published.
CREATE VIEW `modules_expiring` AS
SELECT v.`module_id` AS `module_id`, v.`required_again_by` AS `again_by`,
	(SELECT min(w.`published_at`) FROM `module_versions` w WHERE w.`module_id` = v.`module_id`
		AND w.`status` = 'published' AND w.`required_again_by` = v.`required_again_by`) AS `again_since`
FROM `module_versions` v
WHERE v.`status` = 'published' AND v.`validity` ->> 'kind' <> 'none'
	AND v.`version` = (SELECT max(x.`version`) FROM `module_versions` x
		WHERE x.`module_id` = v.`module_id` AND x.`status` = 'published');
--> statement-breakpoint
-- One row per active person and assigned module that expires (assignmentCoversPerson's rule):
-- their latest in-date day on it, shortened as capped() does in in-date.server.ts, '' if never
-- done. Not grouped, so SQLite can narrow it to one person or organisation through the indexes.
CREATE VIEW `required_training_standings` AS
SELECT u.`id` AS `user_id`, u.`organisation_id` AS `organisation_id`,
	coalesce((
		SELECT CASE
			WHEN r.`again_by` IS NOT NULL AND max(c.`completed_at`) < r.`again_since`
				AND r.`again_by` < max(c.`valid_until`) THEN r.`again_by`
			ELSE max(c.`valid_until`) END
		FROM `completions` c
		WHERE c.`renews_module_id` = a.`module_id` AND c.`user_id` = u.`id`
			AND c.`valid_until` IS NOT NULL
	), '') AS `in_date_until`
FROM `users` u
JOIN `assignments` a ON a.`organisation_id` = u.`organisation_id` AND a.`removed_at` IS NULL
	AND (a.`user_id` IS NULL OR a.`user_id` = u.`id`)
	AND (a.`user_id` IS NOT NULL OR a.`job_role` IS NULL OR a.`job_role` = u.`job_role`)
JOIN `modules_expiring` r ON r.`module_id` = a.`module_id`
WHERE u.`active` = 1;
--> statement-breakpoint
INSERT INTO `staff_in_date` (`user_id`, `organisation_id`, `in_date_until`)
SELECT `user_id`, `organisation_id`, min(`in_date_until`) FROM `required_training_standings`
GROUP BY `user_id`;
--> statement-breakpoint
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
--> statement-breakpoint
CREATE TRIGGER `staff_in_date_joined` AFTER INSERT ON `users` BEGIN
	DELETE FROM `staff_in_date` WHERE `user_id` = NEW.`id`;
	INSERT INTO `staff_in_date` (`user_id`, `organisation_id`, `in_date_until`)
	SELECT `user_id`, `organisation_id`, min(`in_date_until`) FROM `required_training_standings`
	WHERE `user_id` = NEW.`id` GROUP BY `user_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `staff_in_date_moved` AFTER UPDATE OF `organisation_id`, `job_role`, `active` ON `users` BEGIN
	DELETE FROM `staff_in_date` WHERE `user_id` = NEW.`id`;
	INSERT INTO `staff_in_date` (`user_id`, `organisation_id`, `in_date_until`)
	SELECT `user_id`, `organisation_id`, min(`in_date_until`) FROM `required_training_standings`
	WHERE `user_id` = NEW.`id` GROUP BY `user_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `staff_in_date_assigned` AFTER INSERT ON `assignments` BEGIN
	DELETE FROM `staff_in_date` WHERE `organisation_id` IN (NEW.`organisation_id`);
	INSERT INTO `staff_in_date` (`user_id`, `organisation_id`, `in_date_until`)
	SELECT `user_id`, `organisation_id`, min(`in_date_until`) FROM `required_training_standings`
	WHERE `organisation_id` IN (NEW.`organisation_id`) GROUP BY `user_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `staff_in_date_reassigned` AFTER UPDATE ON `assignments` BEGIN
	DELETE FROM `staff_in_date` WHERE `organisation_id` IN (OLD.`organisation_id`, NEW.`organisation_id`);
	INSERT INTO `staff_in_date` (`user_id`, `organisation_id`, `in_date_until`)
	SELECT `user_id`, `organisation_id`, min(`in_date_until`) FROM `required_training_standings`
	WHERE `organisation_id` IN (OLD.`organisation_id`, NEW.`organisation_id`) GROUP BY `user_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `staff_in_date_unassigned` AFTER DELETE ON `assignments` BEGIN
	DELETE FROM `staff_in_date` WHERE `organisation_id` IN (OLD.`organisation_id`);
	INSERT INTO `staff_in_date` (`user_id`, `organisation_id`, `in_date_until`)
	SELECT `user_id`, `organisation_id`, min(`in_date_until`) FROM `required_training_standings`
	WHERE `organisation_id` IN (OLD.`organisation_id`) GROUP BY `user_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `staff_in_date_module_published` AFTER INSERT ON `module_versions`
WHEN NEW.`status` = 'published' BEGIN
	DELETE FROM `staff_in_date` WHERE `organisation_id` IN (SELECT `organisation_id` FROM `assignments` WHERE `module_id` = NEW.`module_id`);
	INSERT INTO `staff_in_date` (`user_id`, `organisation_id`, `in_date_until`)
	SELECT `user_id`, `organisation_id`, min(`in_date_until`) FROM `required_training_standings`
	WHERE `organisation_id` IN (SELECT `organisation_id` FROM `assignments` WHERE `module_id` = NEW.`module_id`) GROUP BY `user_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `staff_in_date_module_changed` AFTER UPDATE OF `status`, `validity`, `required_again_by`, `published_at` ON `module_versions`
WHEN NEW.`status` = 'published' OR OLD.`status` = 'published' BEGIN
	DELETE FROM `staff_in_date` WHERE `organisation_id` IN (SELECT `organisation_id` FROM `assignments` WHERE `module_id` = NEW.`module_id`);
	INSERT INTO `staff_in_date` (`user_id`, `organisation_id`, `in_date_until`)
	SELECT `user_id`, `organisation_id`, min(`in_date_until`) FROM `required_training_standings`
	WHERE `organisation_id` IN (SELECT `organisation_id` FROM `assignments` WHERE `module_id` = NEW.`module_id`) GROUP BY `user_id`;
END;
