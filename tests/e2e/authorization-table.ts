/**
 * What each caller gets from each route: the expectation table of authorization.spec.ts.
 * Callers: anonymous; a learner, the lead of their school (Riverside Academy), a Merseyside trainer
 * and VRU lead, an administrator; and the same roles in Lancashire ("Other"), for whom every
 * object asked for belongs to someone else. 302 is a redirect (to sign in, or home), 403 a role
 * that may not use the page, 404 an object outside the caller's tenancy, 400 a POST whose empty
 * form was refused (the caller may use the action; what they send is checked).
 */
export const CALLERS = [
  'anonymous',
  'learner',
  'learnerOther',
  'orgLead',
  'orgLeadOther',
  'trainer',
  'trainerOther',
  'vruLead',
  'vruLeadOther',
  'admin',
] as const
export type Caller = (typeof CALLERS)[number]
export type Method = 'GET' | 'POST'
type Row = Record<Caller, number>

/** Values for the routes' dynamic parameters: objects of the Merseyside learner and their school. */
export function PARAM_SAMPLES(ids: {
  personId: string
  organisationId: string
  vruId: string
  code: string
  assignmentId: string
  courseId: string
  sessionId: string
  deliveryId: string
}): Record<string, string> {
  return {
    personId: ids.personId,
    organisationId: ids.organisationId,
    vruId: ids.vruId,
    code: ids.code,
    // an assignment of 'ACEs' modules to the learner's school, made by the Merseyside VRU lead
    assignmentId: ids.assignmentId,
    // the demo's live workshop, run by the Merseyside trainer, and one of its sessions
    courseId: ids.courseId,
    sessionId: ids.sessionId,
    // a lesson the learner taught to a class and logged (last year: it stays out of this year's reach)
    deliveryId: ids.deliveryId,
    // the demo's first completion, a module's: no one's attendance at live training to rate
    completionId: '1',
    // a link someone else was sent; the test cannot know it, so it is one that never existed
    token: 'Xq2m9Z7d3kR8wP4tY6vB1nC5hJ0sLfGa',
    moduleSlug: 'aces-foundations',
    lessonSlug: 'support',
    stage: 'post',
    table: 'by-organisation',
    // the catch-all route's address: one no page has
    '*': 'no-such-page',
  }
}

/**
 * Where one parameter name means different things on different routes: the studio works on
 * 'to-the-edge', a module Merseyside owns (the setup starts a draft of it as the Merseyside
 * trainer); the lesson editor names a draft's lesson file, the preview a lesson's slug.
 */
export const ROUTE_PARAMS: Record<string, Record<string, string>> = {
  'routes/studio+/modules.$moduleSlug._index': { moduleSlug: 'to-the-edge' },
  'routes/studio+/modules.$moduleSlug.export[.zip]': { moduleSlug: 'to-the-edge' },
  'routes/studio+/modules.$moduleSlug.lessons.$lesson': {
    moduleSlug: 'to-the-edge',
    lesson: '02-the-film',
  },
  'routes/studio+/modules.$moduleSlug.lessons.$lesson.upload': {
    moduleSlug: 'to-the-edge',
    lesson: '02-the-film',
  },
  'routes/studio+/modules.$moduleSlug.preview.$lesson': {
    moduleSlug: 'to-the-edge',
    lesson: 'the-film',
  },
  // teach mode needs a classroom lesson: To the Edge's first, a Merseyside pack
  'routes/learn+/modules.$moduleSlug.lessons.$lessonSlug_.teach': {
    moduleSlug: 'to-the-edge',
    lessonSlug: 'lesson-plan-1-aces',
  },
}

/**
 * More requests to a route than the one its row describes: each names the route, the parameters
 * and form that differ, and has a row of its own in EXPECTED under `${route} · ${name}`.
 * 'aces-foundations' is a national module: trainers read it, only administrators change it (the
 * setup starts an administrator's draft of it, so the editor exists for them).
 */
export const VARIANTS: {
  route: string
  name: string
  params?: Record<string, string>
  search?: (ids: { organisationId: string }) => string
  form?: Record<string, string>
}[] = [
  {
    route: 'routes/studio+/modules.$moduleSlug._index',
    name: 'national module, details form',
    params: { moduleSlug: 'aces-foundations' },
    form: { intent: 'details' },
  },
  {
    route: 'routes/studio+/modules.$moduleSlug.lessons.$lesson',
    name: 'national module',
    params: { moduleSlug: 'aces-foundations', lesson: '01-what-are-aces' },
  },
  {
    route: 'routes/studio+/modules.$moduleSlug.lessons.$lesson.upload',
    name: 'national module',
    params: { moduleSlug: 'aces-foundations', lesson: '01-what-are-aces' },
  },
  {
    route: 'routes/studio+/modules.$moduleSlug.preview.$lesson',
    name: 'national module',
    params: { moduleSlug: 'aces-foundations', lesson: 'what-are-aces' },
  },
  {
    route: 'routes/learn+/modules.$moduleSlug.lessons.$lessonSlug_.teach',
    name: 'a national lesson not taught to classes',
    params: { moduleSlug: 'aces-foundations', lessonSlug: 'support' },
  },
  {
    route: 'routes/assignments+/new',
    name: "the Merseyside school's page",
    search: (ids) => `?organisationId=${ids.organisationId}`,
  },
  {
    route: 'routes/assignments+/_index',
    name: "the Merseyside school's assignments",
    search: (ids) => `?organisationId=${ids.organisationId}`,
  },
  // reach of the classroom packs: the unit's schools by name, so the same doors as any table
  {
    route: 'routes/reports+/$table[.csv]',
    name: 'schools not yet using a pack',
    params: { table: 'reach-not-yet-used' },
  },
  {
    route: 'routes/reports+/$table[.csv]',
    name: 'reach by pack',
    params: { table: 'reach-by-pack' },
  },
]

// Reviewed against the rules (DOMAIN.md, permissions.server.ts), not copied from what came back.
// Notes: /learn/certificates/all.pdf is 404 for someone with no certificates; the lesson of a
// completed module stays open to read (200), one not started sends the learner to the module page
// (302); the POST to a module (re)starts it,
// after which its "post" evaluation is not open (404). /certificates/:code is public by design.
// prettier-ignore
export const EXPECTED: Record<string, Partial<Record<Method, Row>>> = {
  // any address no route has (filled with 'no-such-page'): the same 404 for everyone
  'routes/$': {
    GET: { anonymous: 404, learner: 404, learnerOther: 404, orgLead: 404, orgLeadOther: 404, trainer: 404, trainerOther: 404, vruLead: 404, vruLeadOther: 404, admin: 404 },
    POST: { anonymous: 404, learner: 404, learnerOther: 404, orgLead: 404, orgLeadOther: 404, trainer: 404, trainerOther: 404, vruLead: 404, vruLeadOther: 404, admin: 404 },
  },
  'routes/_auth+/forgot-password': {
    GET: { anonymous: 200, learner: 200, learnerOther: 200, orgLead: 200, orgLeadOther: 200, trainer: 200, trainerOther: 200, vruLead: 200, vruLeadOther: 200, admin: 200 },
    POST: { anonymous: 400, learner: 400, learnerOther: 400, orgLead: 400, orgLeadOther: 400, trainer: 400, trainerOther: 400, vruLead: 400, vruLeadOther: 400, admin: 400 },
  },
  'routes/_auth+/invitations.$token': {
    GET: { anonymous: 200, learner: 200, learnerOther: 200, orgLead: 200, orgLeadOther: 200, trainer: 200, trainerOther: 200, vruLead: 200, vruLeadOther: 200, admin: 200 },
    POST: { anonymous: 400, learner: 400, learnerOther: 400, orgLead: 400, orgLeadOther: 400, trainer: 400, trainerOther: 400, vruLead: 400, vruLeadOther: 400, admin: 400 },
  },
  'routes/_auth+/login': {
    GET: { anonymous: 200, learner: 302, learnerOther: 302, orgLead: 302, orgLeadOther: 302, trainer: 302, trainerOther: 302, vruLead: 302, vruLeadOther: 302, admin: 302 },
    POST: { anonymous: 400, learner: 302, learnerOther: 302, orgLead: 302, orgLeadOther: 302, trainer: 302, trainerOther: 302, vruLead: 302, vruLeadOther: 302, admin: 302 },
  },
  'routes/_auth+/logout': {
    GET: { anonymous: 302, learner: 302, learnerOther: 302, orgLead: 302, orgLeadOther: 302, trainer: 302, trainerOther: 302, vruLead: 302, vruLeadOther: 302, admin: 302 },
    POST: { anonymous: 302, learner: 302, learnerOther: 302, orgLead: 302, orgLeadOther: 302, trainer: 302, trainerOther: 302, vruLead: 302, vruLeadOther: 302, admin: 302 },
  },
  'routes/_auth+/reset-password.$token': {
    GET: { anonymous: 200, learner: 200, learnerOther: 200, orgLead: 200, orgLeadOther: 200, trainer: 200, trainerOther: 200, vruLead: 200, vruLeadOther: 200, admin: 200 },
    POST: { anonymous: 400, learner: 400, learnerOther: 400, orgLead: 400, orgLeadOther: 400, trainer: 400, trainerOther: 400, vruLead: 400, vruLeadOther: 400, admin: 400 },
  },
  'routes/_index': {
    GET: { anonymous: 200, learner: 302, learnerOther: 302, orgLead: 302, orgLeadOther: 302, trainer: 302, trainerOther: 302, vruLead: 302, vruLeadOther: 302, admin: 302 },
  },
  // everyone signed in downloads their own data; the URL names no one, so there is no one else's
  'routes/account+/data[.json]': {
    GET: { anonymous: 302, learner: 200, learnerOther: 200, orgLead: 200, orgLeadOther: 200, trainer: 200, trainerOther: 200, vruLead: 200, vruLeadOther: 200, admin: 200 },
  },
  'routes/admin+/_index': {
    GET: { anonymous: 302, learner: 403, learnerOther: 403, orgLead: 403, orgLeadOther: 403, trainer: 403, trainerOther: 403, vruLead: 403, vruLeadOther: 403, admin: 200 },
  },
  'routes/admin+/vrus.$vruId': {
    GET: { anonymous: 302, learner: 403, learnerOther: 403, orgLead: 403, orgLeadOther: 403, trainer: 403, trainerOther: 403, vruLead: 403, vruLeadOther: 403, admin: 200 },
    POST: { anonymous: 302, learner: 403, learnerOther: 403, orgLead: 403, orgLeadOther: 403, trainer: 403, trainerOther: 403, vruLead: 403, vruLeadOther: 403, admin: 400 },
  },
  'routes/admin+/vrus._index': {
    GET: { anonymous: 302, learner: 403, learnerOther: 403, orgLead: 403, orgLeadOther: 403, trainer: 403, trainerOther: 403, vruLead: 403, vruLeadOther: 403, admin: 200 },
    POST: { anonymous: 302, learner: 403, learnerOther: 403, orgLead: 403, orgLeadOther: 403, trainer: 403, trainerOther: 403, vruLead: 403, vruLeadOther: 403, admin: 400 },
  },
  'routes/audit+/_index': {
    GET: { anonymous: 302, learner: 403, learnerOther: 403, orgLead: 403, orgLeadOther: 403, trainer: 403, trainerOther: 403, vruLead: 200, vruLeadOther: 200, admin: 200 },
  },
  'routes/certificates+/$code': {
    GET: { anonymous: 200, learner: 200, learnerOther: 200, orgLead: 200, orgLeadOther: 200, trainer: 200, trainerOther: 200, vruLead: 200, vruLeadOther: 200, admin: 200 },
  },
  'routes/certificates+/_index': {
    GET: { anonymous: 200, learner: 200, learnerOther: 200, orgLead: 200, orgLeadOther: 200, trainer: 200, trainerOther: 200, vruLead: 200, vruLeadOther: 200, admin: 200 },
  },
  'routes/favicon[.]svg': {
    GET: { anonymous: 200, learner: 200, learnerOther: 200, orgLead: 200, orgLeadOther: 200, trainer: 200, trainerOther: 200, vruLead: 200, vruLeadOther: 200, admin: 200 },
  },
  'routes/healthz': {
    GET: { anonymous: 200, learner: 200, learnerOther: 200, orgLead: 200, orgLeadOther: 200, trainer: 200, trainerOther: 200, vruLead: 200, vruLeadOther: 200, admin: 200 },
  },
  'routes/language': {
    GET: { anonymous: 302, learner: 302, learnerOther: 302, orgLead: 302, orgLeadOther: 302, trainer: 302, trainerOther: 302, vruLead: 302, vruLeadOther: 302, admin: 302 },
    POST: { anonymous: 400, learner: 400, learnerOther: 400, orgLead: 400, orgLeadOther: 400, trainer: 400, trainerOther: 400, vruLead: 400, vruLeadOther: 400, admin: 400 },
  },
  'routes/learn+/_index': {
    GET: { anonymous: 302, learner: 200, learnerOther: 200, orgLead: 200, orgLeadOther: 200, trainer: 403, trainerOther: 403, vruLead: 403, vruLeadOther: 403, admin: 403 },
  },
  'routes/learn+/certificates.$code.pdf': {
    GET: { anonymous: 302, learner: 200, learnerOther: 404, orgLead: 404, orgLeadOther: 404, trainer: 403, trainerOther: 403, vruLead: 403, vruLeadOther: 403, admin: 403 },
  },
  'routes/learn+/certificates._index': {
    GET: { anonymous: 302, learner: 200, learnerOther: 200, orgLead: 200, orgLeadOther: 200, trainer: 403, trainerOther: 403, vruLead: 403, vruLeadOther: 403, admin: 403 },
  },
  'routes/learn+/certificates.all[.pdf]': {
    GET: { anonymous: 302, learner: 200, learnerOther: 404, orgLead: 404, orgLeadOther: 404, trainer: 403, trainerOther: 403, vruLead: 403, vruLeadOther: 403, admin: 403 },
  },
  // classroom deliveries: the people who teach (learners and school leads in an organisation) log
  // their own; someone else's is not found
  'routes/learn+/deliveries._index': {
    GET: { anonymous: 302, learner: 200, learnerOther: 200, orgLead: 200, orgLeadOther: 200, trainer: 403, trainerOther: 403, vruLead: 403, vruLeadOther: 403, admin: 403 },
  },
  'routes/learn+/deliveries.new': {
    GET: { anonymous: 302, learner: 200, learnerOther: 200, orgLead: 200, orgLeadOther: 200, trainer: 403, trainerOther: 403, vruLead: 403, vruLeadOther: 403, admin: 403 },
    POST: { anonymous: 302, learner: 400, learnerOther: 400, orgLead: 400, orgLeadOther: 400, trainer: 403, trainerOther: 403, vruLead: 403, vruLeadOther: 403, admin: 403 },
  },
  'routes/learn+/deliveries.$deliveryId': {
    GET: { anonymous: 302, learner: 200, learnerOther: 404, orgLead: 404, orgLeadOther: 404, trainer: 403, trainerOther: 403, vruLead: 403, vruLeadOther: 403, admin: 403 },
    POST: { anonymous: 302, learner: 400, learnerOther: 404, orgLead: 404, orgLeadOther: 404, trainer: 403, trainerOther: 403, vruLead: 403, vruLeadOther: 403, admin: 403 },
  },
  'routes/learn+/modules.$moduleSlug._index': {
    GET: { anonymous: 302, learner: 200, learnerOther: 200, orgLead: 200, orgLeadOther: 200, trainer: 403, trainerOther: 403, vruLead: 403, vruLeadOther: 403, admin: 403 },
    POST: { anonymous: 302, learner: 302, learnerOther: 302, orgLead: 302, orgLeadOther: 302, trainer: 403, trainerOther: 403, vruLead: 403, vruLeadOther: 403, admin: 403 },
  },
  // the completion page is the learner's own completed module; anyone else is sent to its page
  'routes/learn+/modules.$moduleSlug.complete': {
    GET: { anonymous: 302, learner: 200, learnerOther: 302, orgLead: 302, orgLeadOther: 302, trainer: 403, trainerOther: 403, vruLead: 403, vruLeadOther: 403, admin: 403 },
  },
  'routes/learn+/modules.$moduleSlug.evaluation.$stage': {
    GET: { anonymous: 302, learner: 200, learnerOther: 404, orgLead: 404, orgLeadOther: 404, trainer: 403, trainerOther: 403, vruLead: 403, vruLeadOther: 403, admin: 403 },
    POST: { anonymous: 302, learner: 404, learnerOther: 404, orgLead: 404, orgLeadOther: 404, trainer: 403, trainerOther: 403, vruLead: 403, vruLeadOther: 403, admin: 403 },
  },
  'routes/learn+/modules.$moduleSlug.lessons.$lessonSlug': {
    GET: { anonymous: 302, learner: 200, learnerOther: 302, orgLead: 302, orgLeadOther: 302, trainer: 403, trainerOther: 403, vruLead: 403, vruLeadOther: 403, admin: 403 },
    POST: { anonymous: 302, learner: 400, learnerOther: 400, orgLead: 400, orgLeadOther: 400, trainer: 403, trainerOther: 403, vruLead: 403, vruLeadOther: 403, admin: 403 },
  },
  // all of a letters lesson's letters to print: the lesson's rules; the sample lesson is not letters
  'routes/learn+/modules.$moduleSlug.lessons.$lessonSlug_.print': {
    GET: { anonymous: 302, learner: 404, learnerOther: 302, orgLead: 302, orgLeadOther: 302, trainer: 403, trainerOther: 403, vruLead: 403, vruLeadOther: 403, admin: 403 },
  },
  // teach mode: school staff and trainers of the pack's unit, administrators; not VRU leads
  'routes/learn+/modules.$moduleSlug.lessons.$lessonSlug_.teach': {
    GET: { anonymous: 302, learner: 200, learnerOther: 404, orgLead: 200, orgLeadOther: 404, trainer: 200, trainerOther: 404, vruLead: 403, vruLeadOther: 403, admin: 200 },
  },
  'routes/learn+/modules.$moduleSlug.lessons.$lessonSlug_.teach · a national lesson not taught to classes': {
    GET: { anonymous: 302, learner: 404, learnerOther: 404, orgLead: 404, orgLeadOther: 404, trainer: 404, trainerOther: 404, vruLead: 403, vruLeadOther: 403, admin: 404 },
  },
  // an organisation lead's own organisation: staff compliance and inviting staff from a CSV
  'routes/organisation+/_index': {
    GET: { anonymous: 302, learner: 403, learnerOther: 403, orgLead: 200, orgLeadOther: 200, trainer: 403, trainerOther: 403, vruLead: 403, vruLeadOther: 403, admin: 403 },
    POST: { anonymous: 302, learner: 403, learnerOther: 403, orgLead: 400, orgLeadOther: 400, trainer: 403, trainerOther: 403, vruLead: 403, vruLeadOther: 403, admin: 403 },
  },
  'routes/organisation+/compliance[.csv]': {
    GET: { anonymous: 302, learner: 403, learnerOther: 403, orgLead: 200, orgLeadOther: 200, trainer: 403, trainerOther: 403, vruLead: 403, vruLeadOther: 403, admin: 403 },
  },
  'routes/organisations+/$organisationId': {
    GET: { anonymous: 302, learner: 403, learnerOther: 403, orgLead: 403, orgLeadOther: 403, trainer: 403, trainerOther: 403, vruLead: 200, vruLeadOther: 404, admin: 200 },
    POST: { anonymous: 302, learner: 403, learnerOther: 403, orgLead: 403, orgLeadOther: 403, trainer: 403, trainerOther: 403, vruLead: 400, vruLeadOther: 404, admin: 400 },
  },
  'routes/organisations+/_index': {
    GET: { anonymous: 302, learner: 403, learnerOther: 403, orgLead: 403, orgLeadOther: 403, trainer: 403, trainerOther: 403, vruLead: 200, vruLeadOther: 200, admin: 200 },
  },
  'routes/organisations+/new': {
    GET: { anonymous: 302, learner: 403, learnerOther: 403, orgLead: 403, orgLeadOther: 403, trainer: 403, trainerOther: 403, vruLead: 200, vruLeadOther: 200, admin: 200 },
    POST: { anonymous: 302, learner: 403, learnerOther: 403, orgLead: 403, orgLeadOther: 403, trainer: 403, trainerOther: 403, vruLead: 400, vruLeadOther: 400, admin: 400 },
  },
  'routes/people+/$personId': {
    GET: { anonymous: 302, learner: 403, learnerOther: 403, orgLead: 200, orgLeadOther: 404, trainer: 403, trainerOther: 403, vruLead: 200, vruLeadOther: 404, admin: 200 },
    POST: { anonymous: 302, learner: 403, learnerOther: 403, orgLead: 400, orgLeadOther: 404, trainer: 403, trainerOther: 403, vruLead: 400, vruLeadOther: 404, admin: 400 },
  },
  'routes/people+/_index': {
    GET: { anonymous: 302, learner: 403, learnerOther: 403, orgLead: 200, orgLeadOther: 200, trainer: 403, trainerOther: 403, vruLead: 200, vruLeadOther: 200, admin: 200 },
    POST: { anonymous: 302, learner: 403, learnerOther: 403, orgLead: 400, orgLeadOther: 400, trainer: 403, trainerOther: 403, vruLead: 400, vruLeadOther: 400, admin: 400 },
  },
  'routes/people+/invite': {
    GET: { anonymous: 302, learner: 403, learnerOther: 403, orgLead: 200, orgLeadOther: 200, trainer: 403, trainerOther: 403, vruLead: 200, vruLeadOther: 200, admin: 200 },
    POST: { anonymous: 302, learner: 403, learnerOther: 403, orgLead: 400, orgLeadOther: 400, trainer: 403, trainerOther: 403, vruLead: 400, vruLeadOther: 400, admin: 400 },
  },
  'routes/reports+/_index': {
    GET: { anonymous: 302, learner: 403, learnerOther: 403, orgLead: 403, orgLeadOther: 403, trainer: 403, trainerOther: 403, vruLead: 200, vruLeadOther: 200, admin: 200 },
  },
  // exports of the report: a VRU lead always gets their own unit's, whatever the address asks
  'routes/reports+/$table[.csv]': {
    GET: { anonymous: 302, learner: 403, learnerOther: 403, orgLead: 403, orgLeadOther: 403, trainer: 403, trainerOther: 403, vruLead: 200, vruLeadOther: 200, admin: 200 },
  },
  'routes/reports+/$table[.csv] · schools not yet using a pack': {
    GET: { anonymous: 302, learner: 403, learnerOther: 403, orgLead: 403, orgLeadOther: 403, trainer: 403, trainerOther: 403, vruLead: 200, vruLeadOther: 200, admin: 200 },
  },
  'routes/reports+/$table[.csv] · reach by pack': {
    GET: { anonymous: 302, learner: 403, learnerOther: 403, orgLead: 403, orgLeadOther: 403, trainer: 403, trainerOther: 403, vruLead: 200, vruLeadOther: 200, admin: 200 },
  },
  'routes/reports+/summary': {
    GET: { anonymous: 302, learner: 403, learnerOther: 403, orgLead: 403, orgLeadOther: 403, trainer: 403, trainerOther: 403, vruLead: 200, vruLeadOther: 200, admin: 200 },
  },
  'routes/reports+/summary[.pdf]': {
    GET: { anonymous: 302, learner: 403, learnerOther: 403, orgLead: 403, orgLeadOther: 403, trainer: 403, trainerOther: 403, vruLead: 200, vruLeadOther: 200, admin: 200 },
  },
  // the studio: trainers and administrators; a trainer changes their unit's modules, reads the
  // national ones (403 on changing them) and does not see another unit's (404)
  'routes/studio+/_index': {
    GET: { anonymous: 302, learner: 403, learnerOther: 403, orgLead: 403, orgLeadOther: 403, trainer: 200, trainerOther: 200, vruLead: 403, vruLeadOther: 403, admin: 200 },
    POST: { anonymous: 302, learner: 403, learnerOther: 403, orgLead: 403, orgLeadOther: 403, trainer: 400, trainerOther: 400, vruLead: 403, vruLeadOther: 403, admin: 400 },
  },
  // POST only: Remix answers a GET to a route with no loader 400
  'routes/studio+/markdown-preview': {
    GET: { anonymous: 400, learner: 400, learnerOther: 400, orgLead: 400, orgLeadOther: 400, trainer: 400, trainerOther: 400, vruLead: 400, vruLeadOther: 400, admin: 400 },
    POST: { anonymous: 302, learner: 403, learnerOther: 403, orgLead: 403, orgLeadOther: 403, trainer: 200, trainerOther: 200, vruLead: 403, vruLeadOther: 403, admin: 200 },
  },
  'routes/studio+/new': {
    GET: { anonymous: 302, learner: 403, learnerOther: 403, orgLead: 403, orgLeadOther: 403, trainer: 200, trainerOther: 200, vruLead: 403, vruLeadOther: 403, admin: 200 },
    POST: { anonymous: 302, learner: 403, learnerOther: 403, orgLead: 403, orgLeadOther: 403, trainer: 400, trainerOther: 400, vruLead: 403, vruLeadOther: 403, admin: 400 },
  },
  'routes/studio+/modules.$moduleSlug._index': {
    GET: { anonymous: 302, learner: 403, learnerOther: 403, orgLead: 403, orgLeadOther: 403, trainer: 200, trainerOther: 404, vruLead: 403, vruLeadOther: 403, admin: 200 },
    POST: { anonymous: 302, learner: 403, learnerOther: 403, orgLead: 403, orgLeadOther: 403, trainer: 400, trainerOther: 404, vruLead: 403, vruLeadOther: 403, admin: 400 },
  },
  'routes/studio+/modules.$moduleSlug._index · national module, details form': {
    GET: { anonymous: 302, learner: 403, learnerOther: 403, orgLead: 403, orgLeadOther: 403, trainer: 200, trainerOther: 200, vruLead: 403, vruLeadOther: 403, admin: 200 },
    POST: { anonymous: 302, learner: 403, learnerOther: 403, orgLead: 403, orgLeadOther: 403, trainer: 403, trainerOther: 403, vruLead: 403, vruLeadOther: 403, admin: 400 },
  },
  'routes/studio+/modules.$moduleSlug.export[.zip]': {
    GET: { anonymous: 302, learner: 403, learnerOther: 403, orgLead: 403, orgLeadOther: 403, trainer: 200, trainerOther: 404, vruLead: 403, vruLeadOther: 403, admin: 200 },
  },
  'routes/studio+/modules.$moduleSlug.lessons.$lesson': {
    GET: { anonymous: 302, learner: 403, learnerOther: 403, orgLead: 403, orgLeadOther: 403, trainer: 200, trainerOther: 404, vruLead: 403, vruLeadOther: 403, admin: 200 },
    POST: { anonymous: 302, learner: 403, learnerOther: 403, orgLead: 403, orgLeadOther: 403, trainer: 400, trainerOther: 404, vruLead: 403, vruLeadOther: 403, admin: 400 },
  },
  'routes/studio+/modules.$moduleSlug.lessons.$lesson · national module': {
    GET: { anonymous: 302, learner: 403, learnerOther: 403, orgLead: 403, orgLeadOther: 403, trainer: 403, trainerOther: 403, vruLead: 403, vruLeadOther: 403, admin: 200 },
    POST: { anonymous: 302, learner: 403, learnerOther: 403, orgLead: 403, orgLeadOther: 403, trainer: 403, trainerOther: 403, vruLead: 403, vruLeadOther: 403, admin: 400 },
  },
  // the editor's form sent by script; a GET has no loader to answer it (400, as above)
  'routes/studio+/modules.$moduleSlug.lessons.$lesson.upload': {
    GET: { anonymous: 400, learner: 400, learnerOther: 400, orgLead: 400, orgLeadOther: 400, trainer: 400, trainerOther: 400, vruLead: 400, vruLeadOther: 400, admin: 400 },
    POST: { anonymous: 302, learner: 403, learnerOther: 403, orgLead: 403, orgLeadOther: 403, trainer: 400, trainerOther: 404, vruLead: 403, vruLeadOther: 403, admin: 400 },
  },
  'routes/studio+/modules.$moduleSlug.lessons.$lesson.upload · national module': {
    GET: { anonymous: 400, learner: 400, learnerOther: 400, orgLead: 400, orgLeadOther: 400, trainer: 400, trainerOther: 400, vruLead: 400, vruLeadOther: 400, admin: 400 },
    POST: { anonymous: 302, learner: 403, learnerOther: 403, orgLead: 403, orgLeadOther: 403, trainer: 403, trainerOther: 403, vruLead: 403, vruLeadOther: 403, admin: 400 },
  },
  // the preview's POST is a lesson's button (302 to the next); an empty form names no button (400)
  'routes/studio+/modules.$moduleSlug.preview.$lesson': {
    GET: { anonymous: 302, learner: 403, learnerOther: 403, orgLead: 403, orgLeadOther: 403, trainer: 200, trainerOther: 404, vruLead: 403, vruLeadOther: 403, admin: 200 },
    POST: { anonymous: 302, learner: 403, learnerOther: 403, orgLead: 403, orgLeadOther: 403, trainer: 400, trainerOther: 404, vruLead: 403, vruLeadOther: 403, admin: 400 },
  },
  'routes/studio+/modules.$moduleSlug.preview.$lesson · national module': {
    GET: { anonymous: 302, learner: 403, learnerOther: 403, orgLead: 403, orgLeadOther: 403, trainer: 200, trainerOther: 200, vruLead: 403, vruLeadOther: 403, admin: 200 },
    POST: { anonymous: 302, learner: 403, learnerOther: 403, orgLead: 403, orgLeadOther: 403, trainer: 400, trainerOther: 400, vruLead: 403, vruLeadOther: 403, admin: 400 },
  },
  // assignments: a VRU lead their unit's organisations, an organisation lead their own
  // organisation (whatever the address names), an administrator all; no one else
  'routes/assignments+/_index': {
    GET: { anonymous: 302, learner: 403, learnerOther: 403, orgLead: 200, orgLeadOther: 200, trainer: 403, trainerOther: 403, vruLead: 200, vruLeadOther: 200, admin: 200 },
  },
  'routes/assignments+/_index · the Merseyside school\'s assignments': {
    GET: { anonymous: 302, learner: 403, learnerOther: 403, orgLead: 200, orgLeadOther: 404, trainer: 403, trainerOther: 403, vruLead: 200, vruLeadOther: 404, admin: 200 },
  },
  'routes/assignments+/new': {
    GET: { anonymous: 302, learner: 403, learnerOther: 403, orgLead: 200, orgLeadOther: 200, trainer: 403, trainerOther: 403, vruLead: 200, vruLeadOther: 200, admin: 200 },
    POST: { anonymous: 302, learner: 403, learnerOther: 403, orgLead: 400, orgLeadOther: 400, trainer: 403, trainerOther: 403, vruLead: 400, vruLeadOther: 400, admin: 400 },
  },
  'routes/assignments+/new · the Merseyside school\'s page': {
    GET: { anonymous: 302, learner: 403, learnerOther: 403, orgLead: 200, orgLeadOther: 200, trainer: 403, trainerOther: 403, vruLead: 200, vruLeadOther: 404, admin: 200 },
    POST: { anonymous: 302, learner: 403, learnerOther: 403, orgLead: 400, orgLeadOther: 400, trainer: 403, trainerOther: 403, vruLead: 400, vruLeadOther: 400, admin: 400 },
  },
  'routes/assignments+/$assignmentId': {
    GET: { anonymous: 302, learner: 403, learnerOther: 403, orgLead: 200, orgLeadOther: 404, trainer: 403, trainerOther: 403, vruLead: 200, vruLeadOther: 404, admin: 200 },
    POST: { anonymous: 302, learner: 403, learnerOther: 403, orgLead: 400, orgLeadOther: 404, trainer: 403, trainerOther: 403, vruLead: 400, vruLeadOther: 404, admin: 400 },
  },  // live training: staff book at /training; trainers, VRU leads and administrators run courses,
  // a unit's own (another unit's course or session is not found)
  'routes/training+/_index': {
    GET: { anonymous: 302, learner: 200, learnerOther: 200, orgLead: 200, orgLeadOther: 200, trainer: 403, trainerOther: 403, vruLead: 403, vruLeadOther: 403, admin: 403 },
    POST: { anonymous: 302, learner: 400, learnerOther: 400, orgLead: 400, orgLeadOther: 400, trainer: 403, trainerOther: 403, vruLead: 403, vruLeadOther: 403, admin: 403 },
  },
  'routes/training+/courses._index': {
    GET: { anonymous: 302, learner: 403, learnerOther: 403, orgLead: 403, orgLeadOther: 403, trainer: 200, trainerOther: 200, vruLead: 200, vruLeadOther: 200, admin: 200 },
  },
  'routes/training+/courses.new': {
    GET: { anonymous: 302, learner: 403, learnerOther: 403, orgLead: 403, orgLeadOther: 403, trainer: 200, trainerOther: 200, vruLead: 200, vruLeadOther: 200, admin: 200 },
    POST: { anonymous: 302, learner: 403, learnerOther: 403, orgLead: 403, orgLeadOther: 403, trainer: 400, trainerOther: 400, vruLead: 400, vruLeadOther: 400, admin: 400 },
  },
  'routes/training+/courses.$courseId': {
    GET: { anonymous: 302, learner: 403, learnerOther: 403, orgLead: 403, orgLeadOther: 403, trainer: 200, trainerOther: 404, vruLead: 200, vruLeadOther: 404, admin: 200 },
    POST: { anonymous: 302, learner: 403, learnerOther: 403, orgLead: 403, orgLeadOther: 403, trainer: 400, trainerOther: 404, vruLead: 400, vruLeadOther: 404, admin: 400 },
  },
  'routes/training+/sessions.$sessionId': {
    GET: { anonymous: 302, learner: 403, learnerOther: 403, orgLead: 403, orgLeadOther: 403, trainer: 200, trainerOther: 404, vruLead: 200, vruLeadOther: 404, admin: 200 },
    POST: { anonymous: 302, learner: 403, learnerOther: 403, orgLead: 403, orgLeadOther: 403, trainer: 400, trainerOther: 404, vruLead: 400, vruLeadOther: 404, admin: 400 },
  },
  'routes/training+/sessions.$sessionId_.register': {
    GET: { anonymous: 302, learner: 403, learnerOther: 403, orgLead: 403, orgLeadOther: 403, trainer: 200, trainerOther: 404, vruLead: 200, vruLeadOther: 404, admin: 200 },
    POST: { anonymous: 302, learner: 403, learnerOther: 403, orgLead: 403, orgLeadOther: 403, trainer: 400, trainerOther: 404, vruLead: 400, vruLeadOther: 404, admin: 400 },
  },
  // attendees rate their own attendance at live training; anything else is not found
  'routes/training+/attended.$completionId': {
    GET: { anonymous: 302, learner: 404, learnerOther: 404, orgLead: 404, orgLeadOther: 404, trainer: 403, trainerOther: 403, vruLead: 403, vruLeadOther: 403, admin: 403 },
    POST: { anonymous: 302, learner: 404, learnerOther: 404, orgLead: 404, orgLeadOther: 404, trainer: 403, trainerOther: 403, vruLead: 403, vruLeadOther: 403, admin: 403 },
  },
  // an organisation lead books their own staff; a session open to none of them is not found
  'routes/training+/sessions.$sessionId_.book-staff': {
    GET: { anonymous: 302, learner: 403, learnerOther: 403, orgLead: 200, orgLeadOther: 404, trainer: 403, trainerOther: 403, vruLead: 403, vruLeadOther: 403, admin: 403 },
    POST: { anonymous: 302, learner: 403, learnerOther: 403, orgLead: 400, orgLeadOther: 404, trainer: 403, trainerOther: 403, vruLead: 403, vruLeadOther: 403, admin: 403 },
  },
  // the register as CSV to print or fill in, and a paper register uploaded: the course's unit
  'routes/training+/sessions.$sessionId_.register[.csv]': {
    GET: { anonymous: 302, learner: 403, learnerOther: 403, orgLead: 403, orgLeadOther: 403, trainer: 200, trainerOther: 404, vruLead: 200, vruLeadOther: 404, admin: 200 },
  },
  'routes/training+/sessions.$sessionId_.register_.upload': {
    GET: { anonymous: 302, learner: 403, learnerOther: 403, orgLead: 403, orgLeadOther: 403, trainer: 200, trainerOther: 404, vruLead: 200, vruLeadOther: 404, admin: 200 },
    POST: { anonymous: 302, learner: 403, learnerOther: 403, orgLead: 403, orgLeadOther: 403, trainer: 400, trainerOther: 404, vruLead: 400, vruLeadOther: 404, admin: 400 },
  },
}

/**
 * Files under /media, asked for by people of three units: a file is for those who may open a
 * module that uses it (404 for anyone else, as if it did not exist); sources and build scripts are
 * for nobody; anonymous callers are told to sign in (401). The national guide belongs to a module
 * the test imports as the administrator (NATIONAL_MEDIA_MODULE).
 */
export const MEDIA_CALLERS = [
  'anonymous',
  'learnerMerseyside',
  'orgLeadMerseyside',
  'trainerMerseyside',
  'learnerLancashire',
  'vruLeadLancashire',
  'nurseWales',
  'admin',
] as const
export type MediaCaller = (typeof MEDIA_CALLERS)[number]
export const NATIONAL_MEDIA_MODULE = 'matrix-national-guide'

// prettier-ignore
export const MEDIA_EXPECTED: Record<string, Record<MediaCaller, number>> = {
  // To the Edge, Merseyside's: its film, captions, transcript and lesson PDFs
  '/media/films/to-the-edge-demo.mp4': { anonymous: 401, learnerMerseyside: 200, orgLeadMerseyside: 200, trainerMerseyside: 200, learnerLancashire: 404, vruLeadLancashire: 404, nurseWales: 404, admin: 200 },
  '/media/captions/to-the-edge-demo.en.vtt': { anonymous: 401, learnerMerseyside: 200, orgLeadMerseyside: 200, trainerMerseyside: 200, learnerLancashire: 404, vruLeadLancashire: 404, nurseWales: 404, admin: 200 },
  '/media/transcripts/to-the-edge-demo.en.md': { anonymous: 401, learnerMerseyside: 200, orgLeadMerseyside: 200, trainerMerseyside: 200, learnerLancashire: 404, vruLeadLancashire: 404, nurseWales: 404, admin: 200 },
  '/media/captions/to-the-edge-demo.cy.vtt': { anonymous: 401, learnerMerseyside: 200, orgLeadMerseyside: 200, trainerMerseyside: 200, learnerLancashire: 404, vruLeadLancashire: 404, nurseWales: 404, admin: 200 },
  '/media/transcripts/to-the-edge-demo.cy.md': { anonymous: 401, learnerMerseyside: 200, orgLeadMerseyside: 200, trainerMerseyside: 200, learnerLancashire: 404, vruLeadLancashire: 404, nurseWales: 404, admin: 200 },
  '/media/downloads/to-the-edge-facilitator-guide.pdf': { anonymous: 401, learnerMerseyside: 200, orgLeadMerseyside: 200, trainerMerseyside: 200, learnerLancashire: 404, vruLeadLancashire: 404, nurseWales: 404, admin: 200 },
  // Mia's Story, Lancashire's: its classroom guide and all its letters
  '/media/downloads/mias-story-classroom-guide.pdf': { anonymous: 401, learnerMerseyside: 404, orgLeadMerseyside: 404, trainerMerseyside: 404, learnerLancashire: 200, vruLeadLancashire: 200, nurseWales: 404, admin: 200 },
  '/media/downloads/mias-story-letters.pdf': { anonymous: 401, learnerMerseyside: 404, orgLeadMerseyside: 404, trainerMerseyside: 404, learnerLancashire: 200, vruLeadLancashire: 200, nurseWales: 404, admin: 200 },
  // a national module's guide: everyone signed in
  [`/media/uploads/${NATIONAL_MEDIA_MODULE}/guide.pdf`]: { anonymous: 401, learnerMerseyside: 200, orgLeadMerseyside: 200, trainerMerseyside: 200, learnerLancashire: 200, vruLeadLancashire: 200, nurseWales: 200, admin: 200 },
  // sources, build scripts, the studio's unfinished uploads and files no module uses: nobody
  '/media/films/source/make-demo-film.sh': { anonymous: 401, learnerMerseyside: 404, orgLeadMerseyside: 404, trainerMerseyside: 404, learnerLancashire: 404, vruLeadLancashire: 404, nurseWales: 404, admin: 404 },
  '/media/films/source/to-the-edge-demo.txt': { anonymous: 401, learnerMerseyside: 404, orgLeadMerseyside: 404, trainerMerseyside: 404, learnerLancashire: 404, vruLeadLancashire: 404, nurseWales: 404, admin: 404 },
  '/media/downloads/source/make-pdfs.ts': { anonymous: 401, learnerMerseyside: 404, orgLeadMerseyside: 404, trainerMerseyside: 404, learnerLancashire: 404, vruLeadLancashire: 404, nurseWales: 404, admin: 404 },
  '/media/downloads/source/mias-story-classroom-guide.md': { anonymous: 401, learnerMerseyside: 404, orgLeadMerseyside: 404, trainerMerseyside: 404, learnerLancashire: 404, vruLeadLancashire: 404, nurseWales: 404, admin: 404 },
  '/media/uploads/.incoming/anything': { anonymous: 401, learnerMerseyside: 404, orgLeadMerseyside: 404, trainerMerseyside: 404, learnerLancashire: 404, vruLeadLancashire: 404, nurseWales: 404, admin: 404 },
}
