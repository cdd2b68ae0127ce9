import { type Catalogue } from '../i18n.ts'

/** Welsh for the organisation lead's pages, organisations, people, assignments, administration, audit. */
export const staff: Catalogue = {
  Active: 'Gweithredol',
  Inactive: 'Anweithredol',
  Deactivated: 'Wedi’i ddadactifadu',
  Actions: 'Camau gweithredu',
  Cancel: 'Canslo',
  Remove: 'Tynnu',
  'Changes saved.': 'Newidiadau wedi’u cadw.',
  'Role in Upstream': 'Rôl yn Upstream',
  'Works for': 'Yn gweithio i',
  'Job role (optional)': 'Rôl swydd (dewisol)',
  'Full name': 'Enw llawn',
  'Sector (optional)': 'Sector (dewisol)',
  'Choose a sector': 'Dewiswch sector',
  'Choose a unit': 'Dewiswch uned',
  Due: 'Dyddiad erbyn',
  'No due date': 'Dim dyddiad erbyn',
  Staff: 'Staff',
  'Invite staff': 'Gwahodd staff',
  'Assign a module': 'Aseinio modiwl',
  'Assigned modules': 'Modiwlau wedi’u haseinio',
  'See current assignments': 'Gweld yr aseiniadau cyfredol',
  Type: 'Math',
  'Not started': 'Heb ddechrau',
  'In progress': 'Ar y gweill',

  // sectors, organisation types, compliance statuses (labels.ts)
  Education: 'Addysg',
  Police: 'Heddlu',
  Health: 'Iechyd',
  'Social care': 'Gofal cymdeithasol',
  'Youth work': 'Gwaith ieuenctid',
  Justice: 'Cyfiawnder',
  'Voluntary and community sector': 'Y sector gwirfoddol a chymunedol',
  Other: 'Arall',
  'Primary school': 'Ysgol gynradd',
  'Secondary school': 'Ysgol uwchradd',
  'Special school': 'Ysgol arbennig',
  'Alternative provision or PRU': 'Darpariaeth amgen neu UCD',
  College: 'Coleg',
  'Youth service': 'Gwasanaeth ieuenctid',
  'Justice or youth justice': 'Cyfiawnder neu gyfiawnder ieuenctid',
  'Local authority': 'Awdurdod lleol',
  'Voluntary or community organisation': 'Sefydliad gwirfoddol neu gymunedol',
  Overdue: 'Yn hwyr',
  Complete: 'Wedi’i gwblhau',
  'Renewal due': 'Angen ei adnewyddu',
  Expired: 'Wedi dod i ben',
  'Expired or running out within 30 days': 'Wedi dod i ben neu’n dod i ben o fewn 30 diwrnod',

  // audit log (labels.ts and page)
  'Signed in': 'Wedi mewngofnodi',
  'Sign-in failed': 'Methwyd mewngofnodi',
  'Signed out': 'Wedi allgofnodi',
  'Password reset': 'Cyfrinair wedi’i ailosod',
  'Invitation sent': 'Gwahoddiad wedi’i anfon',
  'Invitation accepted': 'Gwahoddiad wedi’i dderbyn',
  'Invitation sent again': 'Gwahoddiad wedi’i anfon eto',
  'Invitation cancelled': 'Gwahoddiad wedi’i ganslo',
  'Person changed': 'Person wedi’i newid',
  'Person deactivated': 'Person wedi’i ddadactifadu',
  'Person reactivated': 'Person wedi’i ailactifadu',
  'Person erased': 'Person wedi’i ddileu',
  'Organisation changed': 'Sefydliad wedi’i newid',
  'Unit changed': 'Uned wedi’i newid',
  'Module created': 'Modiwl wedi’i greu',
  'Module published': 'Modiwl wedi’i gyhoeddi',
  'Module imported': 'Modiwl wedi’i fewnforio',
  'Module exported': 'Modiwl wedi’i allforio',
  'Assignment made': 'Aseiniad wedi’i wneud',
  'Assignment removed': 'Aseiniad wedi’i dynnu',
  'Report exported': 'Adroddiad wedi’i allforio',
  'Personal data downloaded': 'Data personol wedi’i lawrlwytho',
  'Backup taken': 'Copi wrth gefn wedi’i wneud',
  'Audit log': 'Log archwilio',
  'Who signed in, changed people, organisations and units, and downloaded data: when, and from which address.':
    'Pwy a fewngofnododd, a newidiodd bobl, sefydliadau ac unedau, ac a lawrlwythodd ddata: pryd, ac o ba gyfeiriad.',
  'What happened': 'Beth ddigwyddodd',
  Everything: 'Popeth',
  From: 'O',
  To: 'I',
  'Show events': 'Dangos digwyddiadau',
  '{{count}} events': {
    zero: '{{count}} digwyddiad',
    one: '{{count}} digwyddiad',
    two: '{{count}} ddigwyddiad',
    few: '{{count}} digwyddiad',
    many: '{{count}} digwyddiad',
    other: '{{count}} digwyddiad',
  },
  Who: 'Pwy',
  'To what': 'I beth',
  'No events match.': 'Does dim digwyddiadau’n cyfateb.',
  'Nobody signed in': 'Neb wedi mewngofnodi',
  Pages: 'Tudalennau',
  'Newer events': 'Digwyddiadau mwy diweddar',
  'Page {{page}} of {{pages}}': 'Tudalen {{page}} o {{pages}}',
  'Older events': 'Digwyddiadau hŷn',
  'Person’s record': 'Cofnod y person',

  // pending invitations
  'Invited, not yet joined': 'Wedi’u gwahodd, heb ymuno eto',
  'Cancel the invitation to {{email}}?': 'Canslo’r gwahoddiad i {{email}}?',
  'The link we emailed will stop working. You can invite them again later.':
    'Bydd y ddolen a anfonwyd gennym drwy e-bost yn peidio â gweithio. Gallwch eu gwahodd eto yn nes ymlaen.',
  'Yes, cancel the invitation': 'Ydw, canslo’r gwahoddiad',
  'No, keep it': 'Na, ei gadw',
  '{{count}} invitations not yet accepted': {
    zero: '{{count}} gwahoddiad heb eu derbyn eto',
    one: '{{count}} gwahoddiad heb ei dderbyn eto',
    two: '{{count}} wahoddiad heb eu derbyn eto',
    few: '{{count}} gwahoddiad heb eu derbyn eto',
    many: '{{count}} gwahoddiad heb eu derbyn eto',
    other: '{{count}} gwahoddiad heb eu derbyn eto',
  },
  Invited: 'Wedi’u gwahodd',
  Sent: 'Anfonwyd',
  'Link works until': 'Mae’r ddolen yn gweithio tan',
  'Everyone you have invited has joined.': 'Mae pawb rydych wedi’u gwahodd wedi ymuno.',
  'Expired on {{date}}': 'Daeth i ben ar {{date}}',
  Resend: 'Anfon eto',
  'the invitation to {{email}}': 'y gwahoddiad i {{email}}',

  // people
  'No people yet.': 'Dim pobl eto.',
  'The person has been erased. Their completed training still counts, anonymously.':
    'Mae’r person wedi’i ddileu. Mae’r hyfforddiant a gwblhawyd ganddo yn dal i gyfrif, yn ddienw.',
  'Invite someone': 'Gwahodd rhywun',
  'Search by name or email': 'Chwilio yn ôl enw neu e-bost',
  '{{count}} invited, not yet joined': '{{count}} wedi’u gwahodd, heb ymuno eto',
  '{{count}} people': {
    zero: '{{count}} o bobl',
    one: '{{count}} person',
    two: '{{count}} berson',
    few: '{{count}} pherson',
    many: '{{count}} pherson',
    other: '{{count}} o bobl',
  },
  '{{count}} people, {{invited}} invited': {
    zero: '{{count}} o bobl, {{invited}} wedi’u gwahodd',
    one: '{{count}} person, {{invited}} wedi’u gwahodd',
    two: '{{count}} berson, {{invited}} wedi’u gwahodd',
    few: '{{count}} pherson, {{invited}} wedi’u gwahodd',
    many: '{{count}} pherson, {{invited}} wedi’u gwahodd',
    other: '{{count}} o bobl, {{invited}} wedi’u gwahodd',
  },
  'Back to people': 'Yn ôl i’r bobl',
  Profile: 'Proffil',
  Deactivate: 'Dadactifadu',
  Reactivate: 'Ailactifadu',
  'A deactivated person cannot sign in. Their completed training still counts in reports.':
    'Ni all person sydd wedi’i ddadactifadu fewngofnodi. Mae’r hyfforddiant a gwblhawyd ganddo yn dal i gyfrif mewn adroddiadau.',
  'Reactivating lets them sign in again with their existing password.':
    'Mae ailactifadu yn gadael iddo fewngofnodi eto gyda’i gyfrinair presennol.',
  'Deactivate {{name}}': 'Dadactifadu {{name}}',
  'Reactivate {{name}}': 'Ailactifadu {{name}}',
  'Reactivated.': 'Wedi’i ailactifadu.',
  'Deactivated. They have been signed out.': 'Wedi’i ddadactifadu. Mae wedi cael ei allgofnodi.',
  'You can see this person but not change their account.':
    'Gallwch weld y person hwn ond nid newid ei gyfrif.',
  Erase: 'Dileu',
  'Erasing removes their name, email, job role, password and private reflections for good. Their completed training stays in reports as an anonymous count.':
    'Mae dileu yn tynnu ei enw, ei e-bost, ei rôl swydd, ei gyfrinair a’i fyfyrdodau preifat am byth. Mae’r hyfforddiant a gwblhawyd ganddo yn aros mewn adroddiadau fel cyfrif dienw.',
  'I understand that this cannot be undone': 'Rwy’n deall na ellir dadwneud hyn',
  'Erase {{name}}': 'Dileu {{name}}',
  'We have emailed an invitation to {{email}}. It works for 14 days.':
    'Rydym wedi anfon gwahoddiad drwy e-bost i {{email}}. Mae’n gweithio am 14 diwrnod.',
  'Work email address': 'Cyfeiriad e-bost gwaith',
  'Most people are learners. Organisation leads see and manage their own staff.':
    'Dysgwyr yw’r rhan fwyaf o bobl. Mae arweinwyr sefydliadau’n gweld ac yn rheoli eu staff eu hunain.',
  'For learners and organisation leads.': 'Ar gyfer dysgwyr ac arweinwyr sefydliadau.',
  'For VRU leads and trainers.': 'Ar gyfer arweinwyr Unedau Lleihau Trais a hyfforddwyr.',
  'For example: Teacher, Pastoral lead, Youth worker':
    'Er enghraifft: Athro, Arweinydd bugeiliol, Gweithiwr ieuenctid',
  'Send invitation': 'Anfon gwahoddiad',

  // organisations
  'Add an organisation': 'Ychwanegu sefydliad',
  'Add organisation': 'Ychwanegu sefydliad',
  'Search by name': 'Chwilio yn ôl enw',
  '{{count}} organisations': {
    zero: '{{count}} sefydliad',
    one: '{{count}} sefydliad',
    two: '{{count}} sefydliad',
    few: '{{count}} sefydliad',
    many: '{{count}} sefydliad',
    other: '{{count}} sefydliad',
  },
  Closed: 'Ar gau',
  'Back to organisations': 'Yn ôl i’r sefydliadau',
  'Area within the unit': 'Ardal o fewn yr Uned',
  'Staff of {{name}}': 'Staff {{name}}',
  'Edit details': 'Golygu’r manylion',
  Open: 'Ar agor',
  'Closed (keeps its records)': 'Ar gau (mae’n cadw ei gofnodion)',
  'Choose a type': 'Dewiswch fath',
  'For example: Liverpool, Blackpool, Cardiff': 'Er enghraifft: Lerpwl, Blackpool, Caerdydd',
  'Area within the unit (optional)': 'Ardal o fewn yr Uned (dewisol)',
  'For units organised as a hub with local areas.':
    'Ar gyfer unedau sydd wedi’u trefnu fel canolfan gydag ardaloedd lleol.',
  'Staff wellbeing contact (optional)': 'Cyswllt llesiant staff (dewisol)',
  'Shown to staff in the support panel of every lesson, for example a wellbeing lead or an employee assistance line.':
    'Yn cael ei ddangos i staff ym mhanel cymorth pob gwers, er enghraifft arweinydd llesiant neu linell cymorth i weithwyr.',

  // my organisation
  'Lessons taught to pupils': 'Gwersi a addysgwyd i ddisgyblion',
  'Classroom packs your staff have taught, as they logged them: the latest 50. Your VRU counts these as the school’s reach.':
    'Pecynnau dosbarth y mae eich staff wedi’u haddysgu, fel y gwnaethant eu cofnodi: y 50 diweddaraf. Mae eich Uned Lleihau Trais yn cyfrif y rhain fel cyrhaeddiad yr ysgol.',
  '{{count}} staff on Upstream, {{invited}} invited':
    '{{count}} aelod o staff ar Upstream, {{invited}} wedi’u gwahodd',
  '{{count}} staff on Upstream': '{{count}} aelod o staff ar Upstream',
  '(the first {{shown}} by name; People finds anyone)':
    '(y {{shown}} cyntaf yn ôl enw; mae Pobl yn dod o hyd i unrhyw un)',
  'Ask your staff, a job role or named people to complete a module by a date.':
    'Gofynnwch i’ch staff, i rôl swydd neu i bobl a enwir gwblhau modiwl erbyn dyddiad.',
  'Staff wellbeing contact': 'Cyswllt llesiant staff',
  'Not set. Your VRU can add one so that staff see it beside every lesson.':
    'Heb ei osod. Gall eich Uned Lleihau Trais ychwanegu un fel bod staff yn ei weld wrth ymyl pob gwers.',
  'Your account is not linked to an organisation. Ask your VRU to link it.':
    'Nid yw eich cyfrif wedi’i gysylltu â sefydliad. Gofynnwch i’ch Uned Lleihau Trais ei gysylltu.',

  // compliance list
  Completed: 'Wedi’i gwblhau',
  'In date until': 'Mewn dyddiad tan',
  'Pages of the compliance list': 'Tudalennau’r rhestr cydymffurfio',
  'Previous page': 'Tudalen flaenorol',
  'Page {{number}} of {{pages}}': 'Tudalen {{number}} o {{pages}}',
  'Next page': 'Tudalen nesaf',
  'Staff compliance': 'Cydymffurfiaeth staff',
  'No modules are assigned to your staff yet.':
    'Nid oes unrhyw fodiwlau wedi’u haseinio i’ch staff eto.',
  '{{inDate}} of {{of}} staff are in date on every module they must keep in date.':
    'Mae {{inDate}} o {{of}} aelod o staff mewn dyddiad ar bob modiwl y mae’n rhaid iddynt ei gadw mewn dyddiad.',
  'Filter the compliance list': 'Hidlo’r rhestr cydymffurfio',
  'Any status': 'Unrhyw statws',
  'Any module': 'Unrhyw fodiwl',
  'Any job role': 'Unrhyw rôl swydd',
  'Name or email contains': 'Enw neu e-bost yn cynnwys',
  Filter: 'Hidlo',
  '{{count}} assigned modules, by member of staff': {
    zero: '{{count}} modiwl wedi’u haseinio, fesul aelod o staff',
    one: '{{count}} modiwl wedi’i aseinio, fesul aelod o staff',
    two: '{{count}} fodiwl wedi’u haseinio, fesul aelod o staff',
    few: '{{count}} modiwl wedi’u haseinio, fesul aelod o staff',
    many: '{{count}} modiwl wedi’u haseinio, fesul aelod o staff',
    other: '{{count}} modiwl wedi’u haseinio, fesul aelod o staff',
  },
  '{{count}} assigned modules, by member of staff: rows {{from}} to {{to}}': {
    zero: '{{count}} modiwl wedi’u haseinio, fesul aelod o staff: rhesi {{from}} i {{to}}',
    one: '{{count}} modiwl wedi’i aseinio, fesul aelod o staff: rhesi {{from}} i {{to}}',
    two: '{{count}} fodiwl wedi’u haseinio, fesul aelod o staff: rhesi {{from}} i {{to}}',
    few: '{{count}} modiwl wedi’u haseinio, fesul aelod o staff: rhesi {{from}} i {{to}}',
    many: '{{count}} modiwl wedi’u haseinio, fesul aelod o staff: rhesi {{from}} i {{to}}',
    other: '{{count}} modiwl wedi’u haseinio, fesul aelod o staff: rhesi {{from}} i {{to}}',
  },
  'No staff match these filters.': 'Nid oes staff yn cyfateb i’r hidlyddion hyn.',
  'Not yet done': 'Heb ei wneud eto',
  'Does not expire': 'Nid yw’n dod i ben',
  'Download this list as CSV (for an inspection)':
    'Lawrlwytho’r rhestr hon fel CSV (ar gyfer arolygiad)',

  // bulk invite
  'Invite staff from a spreadsheet': 'Gwahodd staff o daenlen',
  'Nobody new to invite: everyone in the file is already invited or has joined.':
    'Neb newydd i’w wahodd: mae pawb yn y ffeil wedi’u gwahodd yn barod neu wedi ymuno.',
  'We have emailed invitations to {{count}} people.': {
    zero: 'Rydym wedi anfon gwahoddiadau drwy e-bost at {{count}} o bobl.',
    one: 'Rydym wedi anfon gwahoddiad drwy e-bost at {{count}} person.',
    two: 'Rydym wedi anfon gwahoddiadau drwy e-bost at {{count}} berson.',
    few: 'Rydym wedi anfon gwahoddiadau drwy e-bost at {{count}} pherson.',
    many: 'Rydym wedi anfon gwahoddiadau drwy e-bost at {{count}} pherson.',
    other: 'Rydym wedi anfon gwahoddiadau drwy e-bost at {{count}} o bobl.',
  },
  '{{count}} rows were left out.': {
    zero: 'Gadawyd {{count}} rhes allan.',
    one: 'Gadawyd {{count}} rhes allan.',
    two: 'Gadawyd {{count}} res allan.',
    few: 'Gadawyd {{count}} rhes allan.',
    many: 'Gadawyd {{count}} rhes allan.',
    other: 'Gadawyd {{count}} rhes allan.',
  },
  'Already invited, not yet joined ({{count}}): {{names}}.':
    'Wedi’u gwahodd yn barod, heb ymuno eto ({{count}}): {{names}}.',
  'They were not invited again; you can resend their invitations under “Invited, not yet joined”.':
    'Ni chawsant eu gwahodd eto; gallwch anfon eu gwahoddiadau eto o dan “Wedi’u gwahodd, heb ymuno eto”.',
  'Already joined ({{count}}): {{names}}.': 'Wedi ymuno yn barod ({{count}}): {{names}}.',
  'Rows with problems': 'Rhesi â phroblemau',
  Problem: 'Problem',
  'You can correct the file and send it again, or invite the {{count}} people on the rows without problems now and leave out the rest.':
    {
      zero: 'Gallwch gywiro’r ffeil a’i hanfon eto, neu wahodd nawr y {{count}} o bobl sydd ar resi heb broblemau a gadael y gweddill allan.',
      one: 'Gallwch gywiro’r ffeil a’i hanfon eto, neu wahodd nawr yr {{count}} person sydd ar res heb broblemau a gadael y gweddill allan.',
      two: 'Gallwch gywiro’r ffeil a’i hanfon eto, neu wahodd nawr y {{count}} berson sydd ar resi heb broblemau a gadael y gweddill allan.',
      few: 'Gallwch gywiro’r ffeil a’i hanfon eto, neu wahodd nawr y {{count}} pherson sydd ar resi heb broblemau a gadael y gweddill allan.',
      many: 'Gallwch gywiro’r ffeil a’i hanfon eto, neu wahodd nawr y {{count}} pherson sydd ar resi heb broblemau a gadael y gweddill allan.',
      other:
        'Gallwch gywiro’r ffeil a’i hanfon eto, neu wahodd nawr y {{count}} o bobl sydd ar resi heb broblemau a gadael y gweddill allan.',
    },
  'Invite the {{count}} people without problems': {
    zero: 'Gwahodd y {{count}} o bobl heb broblemau',
    one: 'Gwahodd yr {{count}} person heb broblemau',
    two: 'Gwahodd y {{count}} berson heb broblemau',
    few: 'Gwahodd y {{count}} pherson heb broblemau',
    many: 'Gwahodd y {{count}} pherson heb broblemau',
    other: 'Gwahodd y {{count}} o bobl heb broblemau',
  },
  'CSV file of staff': 'Ffeil CSV o staff',
  'One person on each row: name, email, job role (a first row of headings is fine). Save a spreadsheet “as CSV”. Everyone is checked before anyone is invited.':
    'Un person ar bob rhes: enw, e-bost, rôl swydd (mae rhes gyntaf o benawdau’n iawn). Cadwch daenlen “fel CSV”. Mae pawb yn cael eu gwirio cyn i neb gael ei wahodd.',
  'Check the file and invite': 'Gwirio’r ffeil a gwahodd',
  'Choose a CSV file of the staff to invite': 'Dewiswch ffeil CSV o’r staff i’w gwahodd',
  'The file is larger than 200 KB: split it into smaller files':
    'Mae’r ffeil yn fwy na 200 KB: rhannwch hi’n ffeiliau llai',
  '{{count}} rows of the file have problems, so nobody has been invited yet': {
    zero: 'Mae problemau gyda {{count}} rhes o’r ffeil, felly does neb wedi cael ei wahodd eto',
    one: 'Mae problem gydag un rhes o’r ffeil, felly does neb wedi cael ei wahodd eto',
    two: 'Mae problemau gyda {{count}} res o’r ffeil, felly does neb wedi cael ei wahodd eto',
    few: 'Mae problemau gyda {{count}} rhes o’r ffeil, felly does neb wedi cael ei wahodd eto',
    many: 'Mae problemau gyda {{count}} rhes o’r ffeil, felly does neb wedi cael ei wahodd eto',
    other: 'Mae problemau gyda {{count}} rhes o’r ffeil, felly does neb wedi cael ei wahodd eto',
  },
  'No row of the file can be invited: correct the rows listed and choose the file again':
    'Ni ellir gwahodd neb o’r un rhes o’r ffeil: cywirwch y rhesi a restrir a dewiswch y ffeil eto',
  'The file has no staff in it. Put one person on each row: name, email, job role.':
    'Does dim staff yn y ffeil. Rhowch un person ar bob rhes: enw, e-bost, rôl swydd.',
  'The file has {{count}} rows; send {{max}} or fewer at a time.':
    'Mae gan y ffeil {{count}} o resi; anfonwch {{max}} neu lai ar y tro.',
  'This row has more than three columns: use name, email, job role':
    'Mae gan y rhes hon fwy na thair colofn: defnyddiwch enw, e-bost, rôl swydd',
  'The same email address is on line {{line}}': 'Mae’r un cyfeiriad e-bost ar linell {{line}}',

  // assignments
  'Back to {{name}}': 'Yn ôl i {{name}}',
  'Assignments at {{name}}': 'Aseiniadau yn {{name}}',
  'Modules you have asked people to complete, and by when. Learners see them under “Assigned to you”.':
    'Modiwlau rydych wedi gofyn i bobl eu cwblhau, ac erbyn pryd. Mae dysgwyr yn eu gweld o dan “Wedi’u haseinio i chi”.',
  'Module assigned.': 'Modiwl wedi’i aseinio.',
  'Module assigned to {{count}} people.': {
    zero: 'Modiwl wedi’i aseinio i {{count}} o bobl.',
    one: 'Modiwl wedi’i aseinio i {{count}} person.',
    two: 'Modiwl wedi’i aseinio i {{count}} berson.',
    few: 'Modiwl wedi’i aseinio i {{count}} pherson.',
    many: 'Modiwl wedi’i aseinio i {{count}} pherson.',
    other: 'Modiwl wedi’i aseinio i {{count}} o bobl.',
  },
  'Assignment removed. Completions already earned are kept.':
    'Aseiniad wedi’i dynnu. Mae’r cwblhadau a enillwyd eisoes yn cael eu cadw.',
  '{{count}} current assignments': {
    zero: '{{count}} aseiniad cyfredol',
    one: '{{count}} aseiniad cyfredol',
    two: '{{count}} aseiniad cyfredol',
    few: '{{count}} aseiniad cyfredol',
    many: '{{count}} aseiniad cyfredol',
    other: '{{count}} aseiniad cyfredol',
  },
  For: 'Ar gyfer',
  'Nothing is assigned at the moment.': 'Does dim wedi’i aseinio ar hyn o bryd.',
  '{{done}} of {{count}} completed': '{{done}} o {{count}} wedi’i gwblhau',
  passed: 'wedi mynd heibio',
  '{{module}} for {{whom}}': '{{module}} ar gyfer {{whom}}',
  'Everyone with the job role {{role}}': 'Pawb sydd â’r rôl swydd {{role}}',
  'Everyone in the organisation': 'Pawb yn y sefydliad',
  'Back to assignments': 'Yn ôl i’r aseiniadau',
  'This assignment was removed on {{date}}. Completions already earned are kept.':
    'Cafodd yr aseiniad hwn ei dynnu ar {{date}}. Mae’r cwblhadau a enillwyd eisoes yn cael eu cadw.',
  '{{date}} (passed)': '{{date}} (wedi mynd heibio)',
  'Assigned by': 'Wedi’i aseinio gan',
  '{{name}} on {{date}}': '{{name}} ar {{date}}',
  'someone no longer on Upstream': 'rhywun nad yw ar Upstream mwyach',
  'Who has completed it': 'Pwy sydd wedi’i gwblhau',
  Progress: 'Cynnydd',
  'No one this assignment is for uses Upstream at the moment.':
    'Nid oes neb y mae’r aseiniad hwn ar ei gyfer yn defnyddio Upstream ar hyn o bryd.',
  'Completed on {{date}}': 'Wedi’i gwblhau ar {{date}}',
  'Remove this assignment': 'Tynnu’r aseiniad hwn',
  'It leaves their list of assigned modules and no more reminders are sent. Anything already completed stays completed, with its certificate.':
    'Mae’n gadael eu rhestr o fodiwlau wedi’u haseinio ac ni chaiff rhagor o nodiadau atgoffa eu hanfon. Mae unrhyw beth a gwblhawyd eisoes yn aros wedi’i gwblhau, gyda’i dystysgrif.',
  'Remove assignment': 'Tynnu’r aseiniad',
  'Which organisation is it for?': 'Ar gyfer pa sefydliad y mae?',
  'Next you choose the module, who there it is for, and when it is due.':
    'Nesaf byddwch yn dewis y modiwl, ar gyfer pwy yno y mae, a’r dyddiad erbyn.',
  'At {{name}}.': 'Yn {{name}}.',
  'Choose another organisation': 'Dewis sefydliad arall',
  'Published modules of your unit and the national library.':
    'Modiwlau cyhoeddedig eich Uned a’r llyfrgell genedlaethol.',
  'Choose a module': 'Dewiswch fodiwl',
  'Who is it for?': 'Ar gyfer pwy y mae?',
  'Everyone at {{name}} ({{count}} people)': 'Pawb yn {{name}} ({{count}} o bobl)',
  'Everyone with a job role': 'Pawb sydd â rôl swydd',
  'People I choose by name': 'Pobl rwy’n eu dewis wrth eu henw',
  'If it is for everyone with a job role. New staff with this role get it too.':
    'Os yw ar gyfer pawb sydd â rôl swydd. Mae staff newydd sydd â’r rôl hon yn ei gael hefyd.',
  'Choose a job role': 'Dewiswch rôl swydd',
  'If it is for people you choose by name.': 'Os yw ar gyfer pobl rydych yn eu dewis wrth eu henw.',
  'No one at this organisation uses Upstream yet.':
    'Nid oes neb yn y sefydliad hwn yn defnyddio Upstream eto.',
  'Due date (optional)': 'Dyddiad erbyn (dewisol)',
  'Learners see it beside the module, and get an email a week before and the day after it. Leave it empty for no due date.':
    'Mae dysgwyr yn ei weld wrth ymyl y modiwl, ac yn cael e-bost wythnos cyn y dyddiad a’r diwrnod ar ei ôl. Gadewch ef yn wag os nad oes dyddiad erbyn.',
  'Keep it in date: once done, staff renew it before it runs out':
    'Ei gadw mewn dyddiad: ar ôl ei wneud, mae staff yn ei adnewyddu cyn iddo ddod i ben',
  'Days a newcomer has to do it (optional)':
    'Nifer y diwrnodau sydd gan newydd-ddyfodiad i’w wneud (dewisol)',
  'Staff who join later get a due date this many days after they join. Leave it empty to give them the same due date as everyone.':
    'Mae staff sy’n ymuno’n nes ymlaen yn cael dyddiad erbyn y nifer hwn o ddiwrnodau ar ôl iddynt ymuno. Gadewch ef yn wag i roi’r un dyddiad erbyn iddynt â phawb arall.',
  'Assign module': 'Aseinio’r modiwl',

  // administration
  'Violence Reduction Units': 'Unedau Lleihau Trais',
  'Add a unit, rename one, or set up areas for a hub-and-spoke unit.':
    'Ychwanegu uned, ailenwi un, neu osod ardaloedd ar gyfer uned canolfan a lloerennau.',
  '{{count}} organisations across all units.': {
    zero: '{{count}} sefydliad ar draws pob uned.',
    one: '{{count}} sefydliad ar draws pob uned.',
    two: '{{count}} sefydliad ar draws pob uned.',
    few: '{{count}} sefydliad ar draws pob uned.',
    many: '{{count}} sefydliad ar draws pob uned.',
    other: '{{count}} sefydliad ar draws pob uned.',
  },
  '{{count}} people with an active account.': {
    zero: '{{count}} o bobl â chyfrif gweithredol.',
    one: '{{count}} person â chyfrif gweithredol.',
    two: '{{count}} berson â chyfrif gweithredol.',
    few: '{{count}} pherson â chyfrif gweithredol.',
    many: '{{count}} pherson â chyfrif gweithredol.',
    other: '{{count}} o bobl â chyfrif gweithredol.',
  },
  '{{count}} units': {
    zero: '{{count}} uned',
    one: '{{count}} uned',
    two: '{{count}} uned',
    few: '{{count}} uned',
    many: '{{count}} uned',
    other: '{{count}} uned',
  },
  'Area covered': 'Ardal a gwmpesir',
  'Add a unit': 'Ychwanegu uned',
  'Add unit': 'Ychwanegu’r uned',
  'As the unit uses it': 'Fel y mae’r Uned yn ei ddefnyddio',
  'Short name': 'Enw byr',
  'Used in web addresses and exports, like west-midlands':
    'Yn cael ei ddefnyddio mewn cyfeiriadau gwe ac allforion, fel west-midlands',
  'Works in English and Welsh': 'Yn gweithio yn Gymraeg ac yn Saesneg',
  'Back to units': 'Yn ôl i’r unedau',
  Areas: 'Ardaloedd',
  'A hub-and-spoke unit groups its organisations into local areas. Units that do not work this way need none.':
    'Mae uned canolfan a lloerennau yn grwpio ei sefydliadau yn ardaloedd lleol. Nid oes angen ardaloedd ar unedau nad ydynt yn gweithio fel hyn.',
  'No areas.': 'Dim ardaloedd.',
  'New area': 'Ardal newydd',
  'Add area': 'Ychwanegu ardal',
  'Area added.': 'Ardal wedi’i hychwanegu.',
  Unit: 'Uned',
  Person: 'Person',
  Assignment: 'Aseiniad',
  '{{name}} – Assignments': '{{name}} – Aseiniadau',

  // error messages of the forms above (the server's; shown through t())
  'Choose the Violence Reduction Unit': 'Dewiswch yr Uned Lleihau Trais',
  'Choose an area from the list': 'Dewiswch ardal o’r rhestr',
  'Enter the name of the organisation': 'Rhowch enw’r sefydliad',
  'The name must be 160 characters or fewer': 'Rhaid i’r enw fod yn 160 nod neu lai',
  'Choose the type of organisation': 'Dewiswch y math o sefydliad',
  'Enter the local authority area': 'Rhowch yr ardal awdurdod lleol',
  'The local authority area must be 120 characters or fewer':
    'Rhaid i’r ardal awdurdod lleol fod yn 120 nod neu lai',
  'The wellbeing contact must be 500 characters or fewer':
    'Rhaid i’r cyswllt llesiant fod yn 500 nod neu lai',
  'Enter the name of the area': 'Rhowch enw’r ardal',
  'The name must be 120 characters or fewer': 'Rhaid i’r enw fod yn 120 nod neu lai',
  'Choose your own Violence Reduction Unit': 'Dewiswch eich Uned Lleihau Trais eich hun',
  'Choose an area of the same unit': 'Dewiswch ardal o’r un Uned',
  'Organisation not found': 'Heb ddod o hyd i’r sefydliad',
  'You can add areas to your own unit only':
    'Dim ond at eich Uned eich hun y gallwch ychwanegu ardaloedd',
  'This unit already has an area with that name': 'Mae gan yr Uned hon ardal â’r enw hwnnw’n barod',
  'Enter their name': 'Rhowch ei enw',
  'The job role must be 120 characters or fewer': 'Rhaid i’r rôl swydd fod yn 120 nod neu lai',
  'Choose a sector from the list': 'Dewiswch sector o’r rhestr',
  'Choose their role in Upstream': 'Dewiswch ei rôl yn Upstream',
  'Choose an organisation from the list': 'Dewiswch sefydliad o’r rhestr',
  'Person not found': 'Heb ddod o hyd i’r person',
  'Choose an organisation you manage': 'Dewiswch sefydliad rydych yn ei reoli',
  'You cannot deactivate yourself': 'Ni allwch ddadactifadu eich hun',
  'You cannot change this person': 'Ni allwch newid y person hwn',
  'Only an administrator can erase a person': 'Dim ond gweinyddwr all ddileu person',
  'You cannot erase yourself': 'Ni allwch ddileu eich hun',
  'Tick the box to confirm that you want to erase this person for good':
    'Ticiwch y blwch i gadarnhau eich bod am ddileu’r person hwn am byth',
  'Enter a short name for web addresses': 'Rhowch enw byr ar gyfer cyfeiriadau gwe',
  'Use lower-case letters, numbers and hyphens only, like west-midlands':
    'Defnyddiwch lythrennau bach, rhifau a chysylltnodau yn unig, fel west-midlands',
  'The short name must be 60 characters or fewer': 'Rhaid i’r enw byr fod yn 60 nod neu lai',
  'Enter the name of the unit': 'Rhowch enw’r Uned',
  'Enter the area the unit covers': 'Rhowch yr ardal y mae’r Uned yn ei chwmpasu',
  'The area must be 160 characters or fewer': 'Rhaid i’r ardal fod yn 160 nod neu lai',
  'Another unit already uses this short name': 'Mae uned arall eisoes yn defnyddio’r enw byr hwn',
  'Choose a module to assign': 'Dewiswch fodiwl i’w aseinio',
  'Choose who the module is for': 'Dewiswch ar gyfer pwy y mae’r modiwl',
  'Enter the due date as a date, like 31/03/2027':
    'Rhowch y dyddiad erbyn fel dyddiad, fel 31/03/2027',
  'Enter a due date that exists, like 31/03/2027':
    'Rhowch ddyddiad erbyn sy’n bodoli, fel 31/03/2027',
  'The due date must be today or later': 'Rhaid i’r dyddiad erbyn fod heddiw neu’n hwyrach',
  'Enter a number of days from 1 to 365': 'Rhowch nifer o ddiwrnodau o 1 i 365',
  'Enter a whole number of days from 1 to 365': 'Rhowch nifer cyfan o ddiwrnodau o 1 i 365',
  'Choose the job role': 'Dewiswch y rôl swydd',
  'Choose at least one person': 'Dewiswch o leiaf un person',
  'Choose a module from the list': 'Dewiswch fodiwl o’r rhestr',
  'Choose a job role that someone at this organisation has, from the list':
    'Dewiswch rôl swydd sydd gan rywun yn y sefydliad hwn, o’r rhestr',
  'Choose people who work at this organisation': 'Dewiswch bobl sy’n gweithio yn y sefydliad hwn',
  'Someone you chose already has this module assigned. Remove that assignment first to change its due date, or leave them out.':
    'Mae rhywun a ddewiswyd gennych eisoes wedi cael y modiwl hwn wedi’i aseinio. Tynnwch yr aseiniad hwnnw yn gyntaf i newid ei ddyddiad erbyn, neu gadewch y person allan.',
  'This module is already assigned to this job role. Remove that assignment first to change its due date.':
    'Mae’r modiwl hwn eisoes wedi’i aseinio i’r rôl swydd hon. Tynnwch yr aseiniad hwnnw yn gyntaf i newid ei ddyddiad erbyn.',
  'This module is already assigned to everyone at this organisation. Remove that assignment first to change its due date.':
    'Mae’r modiwl hwn eisoes wedi’i aseinio i bawb yn y sefydliad hwn. Tynnwch yr aseiniad hwnnw yn gyntaf i newid ei ddyddiad erbyn.',
  'Your name must be 120 characters or fewer': 'Rhaid i’ch enw fod yn 120 nod neu lai',
  'The module you chose does not expire, so there is nothing to keep in date. Untick this, or choose a module that stays in date for a time.':
    'Nid yw’r modiwl a ddewiswyd gennych yn dod i ben, felly does dim i’w gadw mewn dyddiad. Dad-diciwch hwn, neu dewiswch fodiwl sy’n aros mewn dyddiad am gyfnod.',
  'Enter their work email address in the right format, like name@school.org.uk':
    'Rhowch ei gyfeiriad e-bost gwaith yn y ffurf gywir, fel enw@ysgol.org.uk',
  'The email address must be 254 characters or fewer':
    'Rhaid i’r cyfeiriad e-bost fod yn 254 nod neu lai',
  'Choose the organisation they work for': 'Dewiswch y sefydliad y mae’n gweithio iddo',
  'Choose the Violence Reduction Unit they work for':
    'Dewiswch yr Uned Lleihau Trais y mae’n gweithio iddi',
  'You cannot invite someone with this role': 'Ni allwch wahodd rhywun gyda’r rôl hon',
  'Someone with this email address already has an Upstream account among the people you manage':
    'Mae gan rywun sydd â’r cyfeiriad e-bost hwn gyfrif Upstream eisoes ymhlith y bobl rydych chi’n eu rheoli',
  'This invitation has already been accepted or cancelled':
    'Mae’r gwahoddiad hwn eisoes wedi’i dderbyn neu wedi’i ganslo',
  'We have emailed a new link to {{email}}. The old link no longer works.':
    'Rydym wedi anfon dolen newydd at {{email}} drwy e-bost. Nid yw’r hen ddolen yn gweithio mwyach.',
  'The invitation to {{email}} is cancelled: its link no longer works.':
    'Mae’r gwahoddiad i {{email}} wedi’i ganslo: nid yw ei ddolen yn gweithio mwyach.',
  'You cannot give this role': 'Ni allwch roi’r rôl hon',
  'Invite the person again to move them between an organisation and a unit role':
    'Gwahoddwch yr unigolyn eto i’w symud rhwng rôl mewn sefydliad a rôl mewn uned',
  'You cannot change your own role': 'Ni allwch newid eich rôl eich hun',
}
