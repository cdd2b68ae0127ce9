/** The studio's fixed labels, here so the Welsh catalogue's reader finds them (see tests/i18n). */

/** How a lesson differs between two versions of a module. */
export const CHANGE_LABELS = {
  added: 'Added',
  removed: 'Removed',
  changed: 'Changed',
  moved: 'Moved',
} as const
