ALTER TABLE `organisations` ADD `updated_at` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `organisations_updated` ON `organisations` (`updated_at`);