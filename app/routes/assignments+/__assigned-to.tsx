import { useTranslation } from '#app/i18n/i18n.ts'

/** Who an assignment is for, in words: a named person, a job role, or everyone. */
export function AssignedTo({
  assignment,
}: {
  assignment: { personName: string | null; jobRole: string | null; userId: string | null }
}) {
  const { t } = useTranslation()
  if (assignment.userId) return <>{assignment.personName}</>
  if (assignment.jobRole)
    return <>{t('Everyone with the job role {{role}}', { role: assignment.jobRole })}</>
  return <>{t('Everyone in the organisation')}</>
}
