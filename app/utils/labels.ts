/**
 * What a page answers to a form it cannot use, kept here so the Welsh catalogue's reader finds
 * it: the error page shows it through `t()`.
 */
export const FORM_MESSAGES = {
  unreadable:
    'This form could not be read. Go back to the page, check what you entered and send it again.',
  notAForm:
    'This address only takes a form sent from its page (application/x-www-form-urlencoded or multipart/form-data).',
  tooLarge:
    'This form is larger than 2 MB, more than any page of Upstream sends. Go back to the page and send less.',
  unknownIntent:
    'This page does not know what you asked it to do. Go back to the page and use one of its buttons.',
  language: 'Choose English or Cymraeg (Welsh).',
} as const
