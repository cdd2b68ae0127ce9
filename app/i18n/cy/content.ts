import { type Catalogue } from '../i18n.ts'

/** Welsh for the words around lesson content in two languages: which languages a module offers. */
export const content: Catalogue = {
  Language: 'Iaith',
  'Available in Welsh': 'Ar gael yn Gymraeg',
  'English only': 'Saesneg yn unig',
  'This translation is waiting for a review by a Welsh speaker, so some wording may change.':
    'Mae’r cyfieithiad hwn yn aros i siaradwr Cymraeg ei adolygu, felly gall rhywfaint o’r geiriad newid.',
}
