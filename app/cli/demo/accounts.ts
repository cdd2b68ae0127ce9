/**
 * Demo organisations and accounts for `npm start` and `npm run db:seed`, and the assignment the
 * demo school lead makes; the tests sign in with the same accounts.
 */
import { count, eq } from 'drizzle-orm'
import { hashPassword } from '#app/auth/password.server.ts'
import { newToken } from '#app/auth/tokens.server.ts'
import {
  areas,
  assignments,
  db,
  invitations,
  modules,
  organisations,
  users,
  vrus,
  type OrganisationType,
  type Role,
  type Sector,
} from '#app/db.server.ts'

export const DEMO_PASSWORD = 'upstream-demo-2026'

/** Local authority areas used for demo organisations; hub-and-spoke units get them as areas. */
const DEMO_PLACES: Record<string, { places: string[]; hubAndSpoke?: boolean }> = {
  merseyside: { places: ['Liverpool', 'Wirral', 'Sefton'] },
  sussex: { places: ['Brighton and Hove', 'West Sussex', 'East Sussex'] },
  essex: { places: ['Southend-on-Sea', 'Thurrock', 'Essex'] },
  lancashire: { places: ['Preston', 'Blackpool', 'Blackburn with Darwen'] },
  northumbria: { places: ['Newcastle upon Tyne', 'Sunderland', 'Northumberland'] },
  bedfordshire: { places: ['Bedford', 'Luton', 'Central Bedfordshire'] },
  wales: { places: ['Cardiff', 'Swansea', 'Wrexham'] },
  'west-yorkshire': { places: ['Leeds', 'Bradford', 'Kirklees'] },
  'avon-somerset': {
    places: [
      'Bristol',
      'Bath and North East Somerset',
      'North Somerset',
      'South Gloucestershire',
      'Somerset',
    ],
    hubAndSpoke: true,
  },
  kent: { places: ['Kent', 'Medway'] },
  leicestershire: { places: ['Leicester', 'Leicestershire', 'Rutland'] },
  london: { places: ['Hackney', 'Croydon', 'Southwark'] },
  nottinghamshire: { places: ['Nottingham', 'Nottinghamshire'] },
  hampshire: {
    places: ['Hampshire', 'Isle of Wight', 'Portsmouth', 'Southampton'],
    hubAndSpoke: true,
  },
  'greater-manchester': { places: ['Manchester', 'Salford', 'Oldham'] },
  'west-midlands': { places: ['Birmingham', 'Coventry', 'Wolverhampton'] },
  'thames-valley': { places: ['Oxfordshire', 'Reading', 'Milton Keynes'] },
  'south-yorkshire': { places: ['Sheffield', 'Doncaster', 'Rotherham'] },
  cleveland: { places: ['Middlesbrough', 'Hartlepool', 'Stockton-on-Tees'] },
  humberside: { places: ['Hull', 'North Lincolnshire', 'East Riding of Yorkshire'] },
}

const DEMO_ORGANISATIONS: { type: OrganisationType; name: (place: string) => string }[] = [
  { type: 'secondary', name: (p) => `Riverside Academy, ${p}` },
  { type: 'primary', name: (p) => `Brookside Primary School, ${p}` },
  { type: 'college', name: (p) => `${p} College` },
  { type: 'police', name: (p) => `${p} Schools and Youth Policing Team` },
  { type: 'health', name: (p) => `${p} Hospital Emergency Department` },
  { type: 'youth_service', name: (p) => `${p} Youth Service` },
]

type DemoPerson = {
  email: string
  name: string
  role: Role
  vru?: string
  organisation?: { vru: string; type: OrganisationType }
  sector?: Sector
  jobRole?: string
}

const DEMO_PEOPLE: DemoPerson[] = [
  { email: 'admin@demo.upstream.test', name: 'Sam Okafor', role: 'admin' },
  {
    email: 'vru.merseyside@demo.upstream.test',
    name: 'Joanne Pritchard',
    role: 'vru_lead',
    vru: 'merseyside',
    jobRole: 'VRU programme lead',
  },
  {
    email: 'vru.lancashire@demo.upstream.test',
    name: 'Imran Hussain',
    role: 'vru_lead',
    vru: 'lancashire',
    jobRole: 'VRU analyst',
  },
  {
    email: 'trainer.merseyside@demo.upstream.test',
    name: 'Bethan Lloyd',
    role: 'trainer',
    vru: 'merseyside',
    jobRole: 'Trauma-informed practice trainer',
  },
  {
    email: 'lead.school@demo.upstream.test',
    name: 'Claire Donnelly',
    role: 'organisation_lead',
    organisation: { vru: 'merseyside', type: 'secondary' },
    sector: 'education',
    jobRole: 'Designated safeguarding lead',
  },
  {
    email: 'teacher.merseyside@demo.upstream.test',
    name: 'Tom Barker',
    role: 'learner',
    organisation: { vru: 'merseyside', type: 'secondary' },
    sector: 'education',
    jobRole: 'Teacher',
  },
  {
    email: 'teacher.lancashire@demo.upstream.test',
    name: 'Priya Shah',
    role: 'learner',
    organisation: { vru: 'lancashire', type: 'primary' },
    sector: 'education',
    jobRole: 'Teacher',
  },
  {
    email: 'nurse.wales@demo.upstream.test',
    name: 'Rhys Evans',
    role: 'learner',
    organisation: { vru: 'wales', type: 'health' },
    sector: 'health',
    jobRole: 'Emergency department nurse',
  },
]

/**
 * Staff invited but not joined yet, so a lead trying the demo sees pending invitations with Resend
 * and Cancel: three at the demo lead's school (one link about to run out), two at a Lancashire
 * primary school, invited by its unit's lead. Their links were never sent: Resend sends one.
 */
const DEMO_INVITATIONS: {
  email: string
  name: string
  jobRole: string
  organisation: { vru: string; type: OrganisationType }
  invitedBy: string
  daysAgo: number
}[] = [
  ...[
    { name: 'Megan Doyle', jobRole: 'Teaching assistant', daysAgo: 1 },
    { name: 'Chris Lowe', jobRole: 'Head of Year 9', daysAgo: 4 },
    { name: 'Siobhan Roberts', jobRole: 'Learning mentor', daysAgo: 13 },
  ].map((p, i) => ({
    ...p,
    email: `invited${i + 1}.merseyside@demo.upstream.test`,
    organisation: { vru: 'merseyside', type: 'secondary' as const },
    invitedBy: 'lead.school@demo.upstream.test',
  })),
  ...[
    { name: 'Hannah Pierce', jobRole: 'Year 6 teacher', daysAgo: 2 },
    { name: 'Owen Clarke', jobRole: 'Pastoral lead', daysAgo: 6 },
  ].map((p, i) => ({
    ...p,
    email: `invited${i + 1}.lancashire@demo.upstream.test`,
    organisation: { vru: 'lancashire', type: 'primary' as const },
    invitedBy: 'vru.lancashire@demo.upstream.test',
  })),
]
const DAY_MS = 24 * 60 * 60 * 1000

/** Demo organisations and accounts; only into a database that has no people yet. */
export async function seedDemoData(now = Date.now()) {
  const [row] = db.select({ n: count() }).from(users).all()
  if (row && row.n > 0) return false
  const passwordHash = await hashPassword(DEMO_PASSWORD)
  // imported here, once the caller has migrated: the module prepares statements when loaded
  const { INVITATION_LIFETIME_MS } = await import('#app/auth/invitations.server.ts')
  db.transaction((tx) => {
    const units = tx.select().from(vrus).all()
    const firstOrganisation = new Map<string, number>()
    for (const unit of units) {
      const demo = DEMO_PLACES[unit.slug]
      if (!demo) continue
      const areaIds = new Map<string, number>()
      if (demo.hubAndSpoke) {
        for (const place of demo.places) {
          const area = tx.insert(areas).values({ vruId: unit.id, name: place }).returning().get()
          areaIds.set(place, area.id)
        }
      }
      DEMO_ORGANISATIONS.forEach((org, i) => {
        const place = demo.places[i % demo.places.length]!
        const created = tx
          .insert(organisations)
          .values({
            vruId: unit.id,
            areaId: areaIds.get(place) ?? null,
            name: org.name(place),
            type: org.type,
            localAuthority: place,
            wellbeingContact:
              unit.slug === 'merseyside' && org.type === 'secondary'
                ? 'Staff wellbeing: speak to Mrs Hughes (wellbeing lead), room B12, or call Education Support on 08000 562 561.'
                : null,
          })
          .returning()
          .get()
        firstOrganisation.set(`${unit.slug}:${org.type}`, created.id)
      })
    }
    const vruIdBySlug = new Map(units.map((u) => [u.slug, u.id]))
    const userIdByEmail = new Map<string, string>()
    for (const person of DEMO_PEOPLE) {
      const unitSlug = person.organisation?.vru ?? person.vru
      const id = crypto.randomUUID()
      userIdByEmail.set(person.email, id)
      tx.insert(users)
        .values({
          id,
          email: person.email,
          name: person.name,
          passwordHash,
          role: person.role,
          vruId: unitSlug ? vruIdBySlug.get(unitSlug) : null,
          organisationId: person.organisation
            ? firstOrganisation.get(`${person.organisation.vru}:${person.organisation.type}`)
            : null,
          sector: person.sector ?? null,
          jobRole: person.jobRole ?? null,
        })
        .run()
    }
    for (const invited of DEMO_INVITATIONS) {
      const sentAt = now - invited.daysAgo * DAY_MS
      tx.insert(invitations)
        .values({
          tokenHash: newToken().tokenHash,
          email: invited.email,
          name: invited.name,
          role: 'learner',
          vruId: vruIdBySlug.get(invited.organisation.vru)!,
          organisationId: firstOrganisation.get(
            `${invited.organisation.vru}:${invited.organisation.type}`,
          )!,
          sector: 'education',
          jobRole: invited.jobRole,
          invitedById: userIdByEmail.get(invited.invitedBy)!,
          createdAt: new Date(sentAt),
          expiresAt: new Date(sentAt + INVITATION_LIFETIME_MS),
        })
        .run()
    }
  })
  return true
}

/** The demo school lead assigns 'To the Edge' to the demo teacher, due in four weeks. */
export function seedDemoAssignments(now = Date.now()) {
  const [existing] = db.select({ n: count() }).from(assignments).all()
  if (existing && existing.n > 0) return false
  const module = db.select().from(modules).where(eq(modules.slug, 'to-the-edge')).get()
  const lead = db
    .select()
    .from(users)
    .where(eq(users.email, 'lead.school@demo.upstream.test'))
    .get()
  const teacher = db
    .select()
    .from(users)
    .where(eq(users.email, 'teacher.merseyside@demo.upstream.test'))
    .get()
  if (!module || !lead?.organisationId || !teacher) return false
  db.insert(assignments)
    .values({
      moduleId: module.id,
      organisationId: lead.organisationId,
      userId: teacher.id,
      dueAt: new Date(now + 28 * 24 * 60 * 60 * 1000),
      assignedById: lead.id,
    })
    .run()
  return true
}
