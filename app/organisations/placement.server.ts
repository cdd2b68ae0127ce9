import { type SessionUser } from '#app/auth/session.server.ts'
import { type Scope, worksAcrossUnits } from '#app/auth/permissions.server.ts'
import { listAreas } from './organisations.server.ts'
import { listVrus } from './vrus.server.ts'

/** The units and areas a person may place an organisation in, as form options. */
export function placementOptions(user: SessionUser, scope: Scope) {
  const vrus = listVrus()
    .filter((v) => worksAcrossUnits(user) || v.id === user.vruId)
    .map((v) => ({ value: String(v.id), label: v.name }))
  const areas = listAreas(scope).map((a) => ({
    value: String(a.id),
    vruId: a.vruId,
    label: worksAcrossUnits(user) ? `${a.name} (${a.vruName})` : a.name,
  }))
  return { vrus, areas }
}
