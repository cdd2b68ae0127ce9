ALTER TABLE `lesson_progress` ADD `letters_read` text;--> statement-breakpoint
-- Before this was kept, letters were read one after another: count those up to the one open.
UPDATE `lesson_progress` SET `letters_read` = (
  WITH RECURSIVE `n`(`i`) AS (
    SELECT 0 UNION ALL SELECT `i` + 1 FROM `n` WHERE `i` < min(`lesson_progress`.`position`,
      (SELECT json_array_length(`details`, '$.letters') - 1 FROM `lessons` WHERE `lessons`.`id` = `lesson_progress`.`lesson_id`))
  )
  SELECT json_group_array(`i`) FROM `n`
) WHERE `lesson_id` IN (SELECT `id` FROM `lessons` WHERE `kind` = 'letters');
