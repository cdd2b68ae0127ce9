CREATE TABLE `completion_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`completion_id` integer NOT NULL,
	`kind` text NOT NULL
);
--> statement-breakpoint
-- A live attendance's self-rating is written on its completion (an online module's goes through
-- `evaluations`, which the copy already follows).
CREATE TRIGGER `completion_rated` AFTER UPDATE OF `rating_after` ON `completions`
WHEN NEW.`enrolment_id` IS NULL AND NEW.`rating_after` IS NOT NULL BEGIN
	INSERT INTO `completion_changes` (`completion_id`, `kind`) VALUES (NEW.`id`, 'rated');
END;
--> statement-breakpoint
CREATE TRIGGER `completion_removed` AFTER DELETE ON `completions` BEGIN
	INSERT INTO `completion_changes` (`completion_id`, `kind`) VALUES (OLD.`id`, 'removed');
END;
