/** The studio's fixed labels, here so the Welsh catalogue's reader finds them (see tests/i18n). */

/** How a lesson differs between two versions of a module. */
export const CHANGE_LABELS = {
  added: 'Added',
  removed: 'Removed',
  changed: 'Changed',
  moved: 'Moved',
} as const

/** The module form's, publishing's and uploads' messages, shown through `t()`. */
export const MODULE_FORM_MESSAGES = {
  audience: 'Choose at least one audience',
  topic: 'Choose at least one topic',
  minutesNumber: 'Enter the minutes a learner takes as a number',
  minutesWhole: 'Enter the minutes a learner takes as a whole number',
  minutesNegative: 'The minutes a learner takes cannot be negative',
  minutesMax: 'The minutes a learner takes must be 600 or less',
  cpdNumber: 'Enter the CPD minutes as a number',
  cpdWhole: 'Enter the CPD minutes as a whole number',
  cpdNegative: 'The CPD minutes cannot be negative',
  cpdMax: 'The CPD minutes must be 600 or less',
  passMarkNumber: 'Enter the pass mark as a number',
  passMarkWhole: 'Enter the pass mark as a whole number',
  passMarkNegative: 'The pass mark cannot be negative',
  passMarkMax: 'The pass mark must be 100 or less',
  languages: 'Choose the languages it offers',
  cyTitle: 'The Welsh title must be 160 characters or fewer',
  cySummary: 'The Welsh summary must be 600 characters or fewer',
  cyDescription: 'The Welsh description must be 5,000 characters or fewer',
  cyContentNote: 'The Welsh content note must be 1,000 characters or fewer',
  titleLength: 'The title must be 160 characters or fewer',
  summary: 'Enter a summary',
  summaryLength: 'The summary must be 600 characters or fewer',
  practiceLevel: 'Choose a practice level',
  lessonKind: 'Choose a kind of lesson',
  lessonPlace: 'Choose where the lesson goes',
  nationalPublish: 'Only administrators publish national modules.',
  noDraft: 'There is no draft to publish',
  noUnit: 'Your account is not in a unit',
  nothingToCopy: 'This module has nothing to copy',
  cannotOwn: 'Your account is not in a unit, so it cannot own modules.',
  nationalChange: 'Only administrators change national modules.',
  uploadUnreadable:
    'The form could not be read. Go back, check the files you chose and send it again.',
  nothingToExport: 'This module has nothing to export',
  notMp4: 'The film must be an MP4 or WebM video; this file is not one, whatever its name says',
  notPdf: 'The download must be a PDF; this file is not one, whatever its name says',
  notZip: 'The file is not a zip',
  notWebVtt: 'The captions file is not WebVTT',
  uploadFailed: 'The upload failed. Please try again.',
  uploadInterrupted: 'The upload was interrupted. Please try again.',
} as const

/**
 * What the lesson editor says by a field it cannot save; the server puts them in the reader's
 * language with `t()` (placeholders filled there).
 */
export const LESSON_FORM_MESSAGES = {
  title: 'Enter a lesson title',
  minutes: 'Enter the minutes the lesson takes, as a whole number',
  contentNote: 'Keep the content note to 1,000 characters',
  sources: 'Keep each source to 500 characters',
  questions: 'Add at least one question',
  questionPrompt: 'Question {{n}}: enter the question',
  questionOptions: 'Question {{n}}: add at least two options',
  questionOptionText: 'Question {{n}}: enter the text of option {{m}}',
  questionFeedback: 'Question {{n}}: enter the feedback a learner sees for option {{m}}',
  noCorrect: 'Question {{n}}: mark one option as correct',
  tooManyCorrect:
    'Question {{n}}: mark only one option as correct, or tick “more than one option is right”',
  noteWithoutAlternative:
    'Question {{n}}: write the question again without the hard detail, or take out its content note',
  questionNote: 'Question {{n}}: keep the content note to 500 characters',
  questionAlternative:
    'Question {{n}}: keep the question without the hard detail to 1,000 characters',
  question: 'Question {{n}}: check the question and its options',
  letters: 'Add at least one letter',
  letter: 'Letter {{n}}: fill in who it is from and to, its date and the letter',
  downloads: 'Downloads: give each PDF a title',
  newDownloadTitle: 'Enter a title for the PDF',
  prompts: 'Add at least one reflection question',
  film: 'Choose a film to upload (MP4 or WebM)',
  captions: 'Choose a captions file to upload (WebVTT)',
  transcript: 'Enter the transcript of the film',
  passMark: 'Enter the pass mark as a whole number from 0 to 100',
  form: 'The lesson could not be saved; check its fields and save it again',
  // the Welsh column
  welshTitle: 'Enter the lesson title in Welsh',
  welshQuestion: 'Question {{n}}: write the question, every option and its feedback in Welsh',
  welshLetter: 'Letter {{n}}: write who it is from and to, its date and the letter in Welsh',
  welshDownloads: 'Give each PDF a title in Welsh',
  welshPrompts:
    'Write the reflection questions in Welsh, one a line, as many as in English and in the same order',
  welshReview: 'Keep the note for the reviewer to 2,000 characters',
  welshForm: 'The Welsh does not match the English lesson; check each Welsh field',
} as const

/** The messages of a module's 'Staying in date' fields. */
export const STAYING_IN_DATE_MESSAGES = {
  months: 'Enter a number of months',
  dayMonth: 'Enter a day and month, like 31 August',
  days: 'Enter a number of days',
  refresher: 'Choose a module from the list',
  date: 'Enter a date, like 31/10/2027',
  reasonLength: 'Keep the reason to 500 characters',
  windowWhole: 'Enter the renewal window as a whole number of days',
  monthsLike: 'Enter how many months it stays in date, like 12',
  realDate: 'Enter a date that exists, like 31/10/2027',
  notPast: 'The date to take it again by must be today or later',
  reason: 'Say why everyone must take it again: learners see this',
  ownRefresher: 'A module cannot be its own refresher: choose a shorter module',
  circle: 'That module is renewed by this one, so neither could be taken first: choose another',
} as const
