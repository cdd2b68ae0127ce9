import { type Catalogue } from '../i18n.ts'

/** Welsh for emails, certificates and the public certificate check. */
export const messages: Catalogue = {
  // certificates (PDF)
  'Certificate of completion': 'Tystysgrif cwblhau',
  'This certifies that': 'Mae hyn i dystio bod',
  'attended the live training': 'wedi mynychu’r hyfforddiant byw',
  'completed the module': 'wedi cwblhau’r modiwl',
  '{{title}} (version {{version}})': '{{title}} (fersiwn {{version}})',
  'on {{date}}, for {{count}} minutes of continuing professional development': {
    zero: 'ar {{date}}, am {{count}} munud o ddatblygiad proffesiynol parhaus',
    one: 'ar {{date}}, am {{count}} munud o ddatblygiad proffesiynol parhaus',
    two: 'ar {{date}}, am {{count}} funud o ddatblygiad proffesiynol parhaus',
    few: 'ar {{date}}, am {{count}} munud o ddatblygiad proffesiynol parhaus',
    many: 'ar {{date}}, am {{count}} munud o ddatblygiad proffesiynol parhaus',
    other: 'ar {{date}}, am {{count}} munud o ddatblygiad proffesiynol parhaus',
  },
  'Delivered for {{unit}}': 'Wedi’i ddarparu ar gyfer {{unit}}',
  'Valid until {{date}}': 'Yn ddilys tan {{date}}',
  'Verification code {{code}}: check it at {{address}}':
    'Cod dilysu {{code}}: gwiriwch ef yn {{address}}',
  'Certificate: {{title}}': 'Tystysgrif: {{title}}',
  'Upstream certificates': 'Tystysgrifau Upstream',
  // board summary (PDF)
  '{{title}} (continued)': '{{title}} (parhad)',
}
