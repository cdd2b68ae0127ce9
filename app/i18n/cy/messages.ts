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
  "You are booked on '{{title}}'": 'Mae gennych le ar ‘{{title}}’',
  'Your place is booked.': 'Mae eich lle wedi’i archebu.',
  'When: {{when}}': 'Pryd: {{when}}',
  'Where: {{where}}': 'Ble: {{where}}',
  'Access: {{access}}': 'Hygyrchedd: {{access}}',
  "You are on the waiting list for '{{title}}'": "Rydych chi ar y rhestr aros ar gyfer '{{title}}'",
  'The session is full, so you are on its waiting list. If a place comes up it goes to the first person on the list, and we will email you if it is yours.':
    'Mae’r sesiwn yn llawn, felly rydych chi ar ei rhestr aros. Os daw lle ar gael, bydd yn mynd i’r person cyntaf ar y rhestr, a byddwn yn anfon e-bost atoch chi os mai chi sy’n ei gael.',
  "A place has come up: you are booked on '{{title}}'":
    "Mae lle wedi dod ar gael: mae gennych chi le ar '{{title}}'",
  'Someone gave up their place, and you were first on the waiting list: it is yours.':
    'Mae rhywun wedi rhyddhau lle, a chi oedd gyntaf ar y rhestr aros: chi sy’n ei gael.',
  "Your place on '{{title}}' is cancelled": "Mae eich lle ar '{{title}}' wedi’i ganslo",
  'You gave up your place, or left the waiting list. Nothing else has changed.':
    'Rydych chi wedi ildio eich lle, neu wedi gadael y rhestr aros. Does dim byd arall wedi newid.',
  "'{{title}}' has changed: the new time and place":
    "Mae '{{title}}' wedi newid: yr amser a’r lle newydd",
  'The trainer has changed the time or place of a session you are booked on. Your place is kept, and the calendar invitation below replaces the old one.':
    'Mae’r hyfforddwr wedi newid amser neu leoliad sesiwn rydych chi wedi archebu lle arni. Mae eich lle yn cael ei gadw, ac mae’r gwahoddiad calendr isod yn cymryd lle’r hen un.',
  "'{{title}}' is cancelled": "Mae '{{title}}' wedi’i ganslo",
  'The trainer has cancelled this session. We are sorry for the change; your place is freed and you can book another session on Upstream.':
    'Mae’r hyfforddwr wedi canslo’r sesiwn hon. Mae’n ddrwg gennym am y newid; mae eich lle wedi’i ryddhau a gallwch archebu lle ar sesiwn arall ar Upstream.',
  'If you cannot come, give up your place on Upstream up to {{count}} hours before the start, so someone on the waiting list can have it: {{address}}':
    {
      zero: 'Os na allwch ddod, ildiwch eich lle ar Upstream hyd at {{count}} awr cyn i’r sesiwn ddechrau, fel y gall rhywun ar y rhestr aros ei gael: {{address}}',
      one: 'Os na allwch ddod, ildiwch eich lle ar Upstream hyd at {{count}} awr cyn i’r sesiwn ddechrau, fel y gall rhywun ar y rhestr aros ei gael: {{address}}',
      two: 'Os na allwch ddod, ildiwch eich lle ar Upstream hyd at {{count}} awr cyn i’r sesiwn ddechrau, fel y gall rhywun ar y rhestr aros ei gael: {{address}}',
      few: 'Os na allwch ddod, ildiwch eich lle ar Upstream hyd at {{count}} awr cyn i’r sesiwn ddechrau, fel y gall rhywun ar y rhestr aros ei gael: {{address}}',
      many: 'Os na allwch ddod, ildiwch eich lle ar Upstream hyd at {{count}} awr cyn i’r sesiwn ddechrau, fel y gall rhywun ar y rhestr aros ei gael: {{address}}',
      other:
        'Os na allwch ddod, ildiwch eich lle ar Upstream hyd at {{count}} awr cyn i’r sesiwn ddechrau, fel y gall rhywun ar y rhestr aros ei gael: {{address}}',
    },
  'See the sessions open to you: {{address}}': 'Gweld y sesiynau sydd ar agor i chi: {{address}}',
  'Online. Join here: {{link}}': 'Ar-lein. Ymunwch yma: {{link}}',
  'Online. We will email you the joining link an hour before the start, and it is on your training page on Upstream from then: {{link}}':
    'Ar-lein. Byddwn yn anfon y ddolen ymuno atoch chi drwy e-bost awr cyn i’r sesiwn ddechrau, a bydd ar eich tudalen hyfforddiant ar Upstream o hynny ymlaen: {{link}}',
  "Reminder: '{{title}}' on {{date}} at {{time}} (UK time)":
    "Nodyn atgoffa: '{{title}}' ar {{date}} am {{time}} (amser y DU)",
  "Reminder: '{{title}}' starts at {{time}} (UK time)":
    "Nodyn atgoffa: mae '{{title}}' yn dechrau am {{time}} (amser y DU)",
  'A reminder of the session you are booked on.':
    'Nodyn i’ch atgoffa am y sesiwn rydych chi wedi archebu lle arni.',
  'Your bookings are on Upstream: {{link}}': 'Mae eich archebion ar Upstream: {{link}}',
  'If you cannot come, please give up your place on Upstream up to {{count}} hours before the start, so someone on the waiting list can have it.':
    {
      zero: 'Os na allwch ddod, ildiwch eich lle ar Upstream hyd at {{count}} awr cyn i’r sesiwn ddechrau, fel y gall rhywun ar y rhestr aros ei gael.',
      one: 'Os na allwch ddod, ildiwch eich lle ar Upstream hyd at {{count}} awr cyn i’r sesiwn ddechrau, fel y gall rhywun ar y rhestr aros ei gael.',
      two: 'Os na allwch ddod, ildiwch eich lle ar Upstream hyd at {{count}} awr cyn i’r sesiwn ddechrau, fel y gall rhywun ar y rhestr aros ei gael.',
      few: 'Os na allwch ddod, ildiwch eich lle ar Upstream hyd at {{count}} awr cyn i’r sesiwn ddechrau, fel y gall rhywun ar y rhestr aros ei gael.',
      many: 'Os na allwch ddod, ildiwch eich lle ar Upstream hyd at {{count}} awr cyn i’r sesiwn ddechrau, fel y gall rhywun ar y rhestr aros ei gael.',
      other:
        'Os na allwch ddod, ildiwch eich lle ar Upstream hyd at {{count}} awr cyn i’r sesiwn ddechrau, fel y gall rhywun ar y rhestr aros ei gael.',
    },
  'If you cannot come after all, please let the trainer know.':
    'Os na allwch ddod wedi’r cyfan, rhowch wybod i’r hyfforddwr.',
  'Check a certificate': 'Gwirio tystysgrif',
  'Type the verification code printed on an Upstream certificate to see whether it is valid, for whom and for what.':
    'Teipiwch y cod dilysu sydd wedi’i argraffu ar dystysgrif Upstream i weld a yw’n ddilys, i bwy ac am beth.',
  'Certificate code': 'Cod y dystysgrif',
  'For example, ABCDE-23456': 'Er enghraifft, ABCDE-23456',
  'Check the code': 'Gwirio’r cod',
  'No certificate has this code': 'Does dim tystysgrif â’r cod hwn',
  'Check the code {{code}} was typed exactly as it is printed on the certificate.':
    'Gwiriwch fod y cod {{code}} wedi’i deipio yn union fel y mae wedi’i argraffu ar y dystysgrif.',
  'This certificate is genuine, and the training it records has run out':
    'Mae’r dystysgrif hon yn un go iawn, ac mae’r hyfforddiant y mae’n ei gofnodi wedi dod i ben',
  'This certificate is valid': 'Mae’r dystysgrif hon yn ddilys',
  'Awarded to': 'Dyfarnwyd i',
  'For attending': 'Am fynychu',
  'For completing': 'Am gwblhau',
  '{{title}}, live training': '{{title}}, hyfforddiant byw',
  'version {{version}}': 'fersiwn {{version}}',
  'Completed on': 'Cwblhawyd ar',
  'Valid until': 'Yn ddilys tan',
  'Delivered for': 'Darparwyd ar gyfer',
  'Verification code': 'Cod dilysu',
  'Check another code': 'Gwirio cod arall',
  'Check a certificate code': 'Gwirio cod tystysgrif',
}
