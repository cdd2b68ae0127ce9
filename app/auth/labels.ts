/**
 * Messages of accounts, invitations and permissions, kept here so the Welsh catalogue's reader
 * finds them: pages show them through `t()`, with `{{placeholders}}` filled in there.
 */
export const AUTH_MESSAGES = {
  email: 'Enter their work email address in the right format, like name@school.org.uk',
  emailLength: 'The email address must be 254 characters or fewer',
  organisation: 'Choose the organisation they work for',
  vru: 'Choose the Violence Reduction Unit they work for',
  roleNotYours: 'You cannot invite someone with this role',
  alreadyHere:
    'Someone with this email address already has an Upstream account among the people you manage',
  invitationGone: 'This invitation has already been accepted or cancelled',
  resent: 'We have emailed a new link to {{email}}. The old link no longer works.',
  cancelled: 'The invitation to {{email}} is cancelled: its link no longer works.',
  noAccess: 'You do not have access to this page.',
  teachModeFor: 'Teach mode is for school staff and the trainers who prepare packs.',
  roleNotGiven: 'You cannot give this role',
  moveByInvitation: 'Invite the person again to move them between an organisation and a unit role',
  ownRole: 'You cannot change your own role',
} as const
