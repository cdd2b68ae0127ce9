/** Field name → an error message (an English sentence, translated where it is shown). */
export type FieldErrors = Record<string, string>
