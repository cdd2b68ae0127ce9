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
  // emails
  'Hello {{name}},': 'Helo {{name}},',
  'Someone tried to invite you to Upstream': 'Mae rhywun wedi ceisio eich gwahodd i Upstream',
  '{{inviter}} tried to invite this email address to Upstream. It already has an account, so no invitation was made and nothing about the account has changed.':
    'Mae {{inviter}} wedi ceisio gwahodd y cyfeiriad e-bost hwn i Upstream. Mae ganddo gyfrif yn barod, felly ni chafodd gwahoddiad ei wneud ac nid oes dim am y cyfrif wedi newid.',
  'If you use Upstream, sign in as usual at {{address}}.':
    'Os ydych yn defnyddio Upstream, mewngofnodwch fel arfer yn {{address}}.',
  'If you have moved to a new organisation, ask your organisation lead or your Violence Reduction Unit to move your account. Otherwise you can ignore this email.':
    'Os ydych wedi symud i sefydliad newydd, gofynnwch i arweinydd eich sefydliad neu i’ch Uned Lleihau Trais symud eich cyfrif. Fel arall, gallwch anwybyddu’r e-bost hwn.',
  'You are invited to Upstream': 'Rydych wedi cael eich gwahodd i Upstream',
  '{{inviter}} has invited you to Upstream, the training service of your Violence Reduction Unit.':
    'Mae {{inviter}} wedi eich gwahodd i Upstream, gwasanaeth hyfforddi eich Uned Lleihau Trais.',
  'To join, open this link and choose a password. The link works for 14 days.':
    'I ymuno, agorwch y ddolen hon a dewiswch gyfrinair. Mae’r ddolen yn gweithio am 14 diwrnod.',
  'Reset your Upstream password': 'Ailosod eich cyfrinair Upstream',
  'Someone asked to reset the password for your Upstream account. To choose a new password, open this link within an hour:':
    'Mae rhywun wedi gofyn am ailosod y cyfrinair ar gyfer eich cyfrif Upstream. I ddewis cyfrinair newydd, agorwch y ddolen hon o fewn awr:',
  'If it was not you, you can ignore this email: your password has not changed.':
    'Os nad chi oedd e, gallwch anwybyddu’r e-bost hwn: nid yw eich cyfrinair wedi newid.',
  "Reminder: '{{title}}' is due by {{date}}":
    'Nodyn atgoffa: mae ‘{{title}}’ i’w gwblhau erbyn {{date}}',
  "'{{title}}' is assigned to you, to complete by {{date}}.":
    'Mae ‘{{title}}’ wedi’i aseinio i chi, i’w gwblhau erbyn {{date}}.',
  'Fit it in whenever suits you before then. If you have started it, it opens where you left off.':
    'Gwnewch ef pryd bynnag sy’n gyfleus i chi cyn hynny. Os ydych wedi dechrau, bydd yn agor o’r man lle gadawsoch.',
  "'{{title}}' was due on {{date}}": 'Roedd ‘{{title}}’ i’w gwblhau erbyn {{date}}',
  "'{{title}}' was assigned to you, to complete by {{date}}. That date has passed; you can still complete it whenever you are ready.":
    'Cafodd ‘{{title}}’ ei aseinio i chi, i’w gwblhau erbyn {{date}}. Mae’r dyddiad hwnnw wedi mynd heibio; gallwch ei gwblhau o hyd pryd bynnag y byddwch yn barod.',
  'If you have started it, it opens where you left off.':
    'Os ydych wedi dechrau, bydd yn agor o’r man lle gadawsoch.',
  "You can renew it by taking '{{title}}' again.":
    'Gallwch ei adnewyddu drwy wneud ‘{{title}}’ eto.',
  "You can renew it with the shorter '{{renewWith}}'.":
    'Gallwch ei adnewyddu gyda ‘{{renewWith}}’, sy’n fyrrach.',
  'Your place in it is kept if you stop part-way.':
    'Caiff eich lle ei gadw os byddwch yn stopio hanner ffordd.',
  "You can now renew '{{title}}'": 'Gallwch adnewyddu ‘{{title}}’ nawr',
  "Your training in '{{title}}' is in date until {{until}}. You can renew it now: renewing early adds to that date, so you lose no time.":
    'Mae eich hyfforddiant yn ‘{{title}}’ yn ddilys tan {{until}}. Gallwch ei adnewyddu nawr: mae adnewyddu’n gynnar yn ychwanegu at y dyddiad hwnnw, felly ni fyddwch yn colli dim amser.',
  "'{{title}}' runs out on {{until}}": 'Mae ‘{{title}}’ yn dod i ben ar {{until}}',
  "Your training in '{{title}}' is in date until {{until}}.":
    'Mae eich hyfforddiant yn ‘{{title}}’ yn ddilys tan {{until}}.',
  "'{{title}}' is no longer in date": 'Nid yw ‘{{title}}’ yn ddilys mwyach',
  "Your training in '{{title}}' ran out on {{until}}. Your certificates and history are kept.":
    'Daeth eich hyfforddiant yn ‘{{title}}’ i ben ar {{until}}. Mae eich tystysgrifau a’ch hanes yn cael eu cadw.',
  '{{date}}, {{start}} to {{end}} (UK time)': '{{date}}, {{start}} tan {{end}} (amser y DU)',
  "You are booked on '{{title}}'": 'Mae gennych le ar ‘{{title}}’',
  'Your place is booked.': 'Mae eich lle wedi’i archebu.',
  'When: {{when}}': 'Pryd: {{when}}',
  'Where: {{where}}': 'Ble: {{where}}',
  'Access: {{access}}': 'Hygyrchedd: {{access}}',
}
