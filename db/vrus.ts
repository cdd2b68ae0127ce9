import { count } from 'drizzle-orm'
import { type Db } from './client.ts'
import { vrus } from './schema.ts'

/** The 20 units at launch. Reference data loaded once; administrators change it in the app. */
export const VRUS_AT_LAUNCH = [
  { slug: 'merseyside', name: 'Merseyside Violence Reduction Partnership', area: 'Merseyside' },
  { slug: 'sussex', name: 'Sussex Violence Reduction Partnership', area: 'Sussex' },
  { slug: 'essex', name: 'Essex Violence and Vulnerability Unit', area: 'Essex' },
  { slug: 'lancashire', name: 'Lancashire Violence Reduction Network', area: 'Lancashire' },
  { slug: 'northumbria', name: 'Northumbria Violence Reduction Unit', area: 'Northumbria' },
  {
    slug: 'bedfordshire',
    name: 'Bedfordshire Violence and Exploitation Reduction Unit',
    area: 'Bedfordshire',
  },
  { slug: 'wales', name: 'Wales Violence Prevention Unit', area: 'Wales', bilingual: true },
  {
    slug: 'west-yorkshire',
    name: 'West Yorkshire Violence Reduction Unit',
    area: 'West Yorkshire',
  },
  {
    slug: 'avon-somerset',
    name: 'Avon and Somerset Violence Reduction Unit',
    area: 'Avon and Somerset',
  },
  { slug: 'kent', name: 'Kent and Medway Violence Reduction Unit', area: 'Kent and Medway' },
  {
    slug: 'leicestershire',
    name: 'Leicestershire Violence Reduction Network',
    area: 'Leicester, Leicestershire and Rutland',
  },
  { slug: 'london', name: "Mayor of London's Violence Reduction Unit", area: 'London' },
  {
    slug: 'nottinghamshire',
    name: 'Nottingham and Nottinghamshire Violence Reduction Unit',
    area: 'Nottingham and Nottinghamshire',
  },
  {
    slug: 'hampshire',
    name: 'Hampshire Violence Reduction Unit',
    area: 'Hampshire, Isle of Wight, Portsmouth, Southampton',
  },
  {
    slug: 'greater-manchester',
    name: 'Greater Manchester Violence Reduction Unit',
    area: 'Greater Manchester',
  },
  { slug: 'west-midlands', name: 'West Midlands Violence Reduction Unit', area: 'West Midlands' },
  { slug: 'thames-valley', name: 'Thames Valley Violence Reduction Unit', area: 'Thames Valley' },
  {
    slug: 'south-yorkshire',
    name: 'South Yorkshire Violence Reduction Unit',
    area: 'South Yorkshire',
  },
  { slug: 'cleveland', name: 'Cleveland Violence Reduction Unit', area: 'Cleveland' },
  { slug: 'humberside', name: 'Humberside Violence Reduction Unit', area: 'Humberside' },
]

/** Loads the units into a database that has none; false when it already had them. */
export function seedReferenceData(db: Db) {
  const [row] = db.select({ n: count() }).from(vrus).all()
  if (row && row.n > 0) return false
  db.insert(vrus)
    .values(VRUS_AT_LAUNCH.map((v) => ({ ...v, bilingual: v.bilingual ?? false })))
    .run()
  return true
}
