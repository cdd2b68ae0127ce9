import { moduleText } from '#app/i18n/content.ts'
import { useTranslation, type Language } from '#app/i18n/i18n.ts'

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

/** An assignment's module title, in Welsh where its pack has one. */
export function assignmentTitle(
  assignment: {
    moduleTitle: string
    moduleTranslations: Parameters<typeof moduleText>[0]['translations']
  },
  language: Language,
) {
  const { moduleTitle: title, moduleTranslations: translations } = assignment
  return moduleText({ title, translations }, language)
}
