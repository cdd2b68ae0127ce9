import { type Catalogue } from '../i18n.ts'

/** Welsh for live training: courses, sessions, booking, registers, attendance. */
export const liveTraining: Catalogue = {
  // labels (app/live-training/labels.ts)
  Online: 'Ar-lein',
  'In person': 'Wyneb yn wyneb',
  Booked: 'Wedi archebu',
  'On the waiting list': 'Ar y rhestr aros',
  "Everyone in the course's unit": 'Pawb yn Uned y cwrs',
  'Particular organisations': 'Sefydliadau penodol',
  'Particular job roles': 'Swyddi penodol',
  'Anyone on Upstream, in every unit': 'Unrhyw un ar Upstream, ym mhob Uned',
  Attended: 'Yn bresennol',
  'Partly attended': 'Yn bresennol am ran',
  Absent: 'Yn absennol',
  'Cancelled late': 'Wedi canslo’n hwyr',
  'Already booked': 'Wedi archebu eisoes',
  'Already on the waiting list': 'Ar y rhestr aros eisoes',
  'This session is not open to them': 'Nid yw’r sesiwn hon ar agor iddynt',
  'Not booked': 'Heb archebu',
  '{{day}}, {{start}} to {{end}} (UK time)': '{{day}}, {{start}} i {{end}} (amser y DU)',
  'I understand what this training covered':
    'Rwy’n deall beth oedd yr hyfforddiant hwn yn ei gwmpasu',
  'I feel confident using what it covered in my work':
    'Rwy’n teimlo’n hyderus yn defnyddio’r hyn a gwmpaswyd yn fy ngwaith',
  'I know where to turn for help or advice on it':
    'Rwy’n gwybod ble i droi am help neu gyngor arno',
  'Choose a number from 1 to 5 for statement 1 (before the session), or skip these questions':
    'Dewiswch rif o 1 i 5 ar gyfer datganiad 1 (cyn y sesiwn), neu hepgorwch y cwestiynau hyn',
  'Choose a number from 1 to 5 for statement 1 (now), or skip these questions':
    'Dewiswch rif o 1 i 5 ar gyfer datganiad 1 (nawr), neu hepgorwch y cwestiynau hyn',
  'Choose a number from 1 to 5 for statement 2 (before the session), or skip these questions':
    'Dewiswch rif o 1 i 5 ar gyfer datganiad 2 (cyn y sesiwn), neu hepgorwch y cwestiynau hyn',
  'Choose a number from 1 to 5 for statement 2 (now), or skip these questions':
    'Dewiswch rif o 1 i 5 ar gyfer datganiad 2 (nawr), neu hepgorwch y cwestiynau hyn',
  'Choose a number from 1 to 5 for statement 3 (before the session), or skip these questions':
    'Dewiswch rif o 1 i 5 ar gyfer datganiad 3 (cyn y sesiwn), neu hepgorwch y cwestiynau hyn',
  'Choose a number from 1 to 5 for statement 3 (now), or skip these questions':
    'Dewiswch rif o 1 i 5 ar gyfer datganiad 3 (nawr), neu hepgorwch y cwestiynau hyn',

  // live training for learners
  'Live training': 'Hyfforddiant byw',
  'Workshops and webinars open to you. Book a place, or join the waiting list when a session is full: if a place comes up it goes to the first person waiting, who is emailed.':
    'Gweithdai a gweminarau sydd ar agor i chi. Archebwch le, neu ymunwch â’r rhestr aros pan fydd sesiwn yn llawn: os daw lle ar gael, mae’n mynd i’r person cyntaf sy’n aros, a chaiff e-bost.',
  'Book your staff onto a session': 'Archebu lle i’ch staff ar sesiwn',
  'No sessions are open to you at the moment. New ones appear here when your VRU schedules them.':
    'Nid oes sesiynau ar agor i chi ar hyn o bryd. Bydd rhai newydd yn ymddangos yma pan fydd eich Uned Lleihau Trais yn eu trefnu.',
  Access: 'Mynediad',
  Trainers: 'Hyfforddwyr',
  'Level and CPD': 'Lefel a DPP',
  '{{minutes}} minutes of CPD': '{{minutes}} munud o DPP',
  Places: 'Lleoedd',
  '{{count}} left': '{{count}} ar ôl',
  'Full: {{waiting}} on the waiting list': 'Llawn: {{waiting}} ar y rhestr aros',
  'Join the session': 'Ymuno â’r sesiwn',
  'Book a place': 'Archebu lle',
  'Join the waiting list': 'Ymuno â’r rhestr aros',
  'Leave the waiting list': 'Gadael y rhestr aros',
  'Give up my place': 'Ildio fy lle',
  'Places can be given up until {{hours}} hours before the start: tell the trainer if you cannot come.':
    'Gellir ildio lleoedd hyd at {{hours}} awr cyn y dechrau: dywedwch wrth yr hyfforddwr os na allwch ddod.',
  'Live training you attended': 'Hyfforddiant byw a fynychwyd gennych',
  'Thank you: your answers are saved.': 'Diolch: mae eich atebion wedi’u cadw.',
  Afterwards: 'Wedyn',
  'None yet.': 'Dim eto.',
  '{{title}}: certificate (PDF)': '{{title}}: tystysgrif (PDF)',
  'Answered: thank you': 'Wedi ateb: diolch',
  'How confident do you feel now?': 'Pa mor hyderus ydych chi’n teimlo nawr?',
  'How confident do you feel?': 'Pa mor hyderus ydych chi’n teimlo?',
  'Back to live training': 'Yn ôl i’r hyfforddiant byw',
  '{{title}}, {{day}}': '{{title}}, {{day}}',
  'You have already answered these questions for this session. Thank you.':
    'Rydych eisoes wedi ateb y cwestiynau hyn ar gyfer y sesiwn hon. Diolch.',
  'For each statement, say how much you agreed before the session and how much you agree now. There are no right answers. Your answers are only counted together with others’, to show whether the training helps; nobody sees yours.':
    'Ar gyfer pob datganiad, dywedwch i ba raddau roeddech yn cytuno cyn y sesiwn ac i ba raddau rydych yn cytuno nawr. Nid oes atebion cywir. Caiff eich atebion eu cyfrif gyda rhai pobl eraill yn unig, i ddangos a yw’r hyfforddiant yn helpu; does neb yn gweld eich rhai chi.',
  'Before the session': 'Cyn y sesiwn',
  Now: 'Nawr',
  'Save my answers': 'Cadw fy atebion',

  // booking staff (organisation leads)
  'Book your staff': 'Archebu lle i’ch staff',
  'Sessions to come that are open to some of your staff. Choose one to book people onto it or to cancel their places.':
    'Sesiynau i ddod sydd ar agor i rai o’ch staff. Dewiswch un i archebu lle i bobl arni neu i ganslo eu lleoedd.',
  'Sessions open to your staff': 'Sesiynau sydd ar agor i’ch staff',
  'Open to': 'Ar agor i',
  'Your staff booked': 'Eich staff sydd wedi archebu',
  'No sessions to come are open to your staff at the moment.':
    'Nid oes sesiynau i ddod ar agor i’ch staff ar hyn o bryd.',
  'Book staff on {{title}}': 'Archebu lle i staff ar {{title}}',
  '{{count}} of your staff': '{{count}} o’ch staff',
  '{{booked}} booked, {{waiting}} waiting': '{{booked}} wedi archebu, {{waiting}} yn aros',
  '{{booked}} booked': '{{booked}} wedi archebu',
  'No one new was booked': 'Ni chafodd neb newydd le',
  '1 person booked or added to the waiting list, and emailed':
    'Cafodd 1 person le neu ei ychwanegu at y rhestr aros, ac e-bost',
  '{{count}} people booked or added to the waiting list, and emailed':
    'Cafodd {{count}} o bobl le neu eu hychwanegu at y rhestr aros, ac e-bost',
  'Someone not on your staff': 'Rhywun nad yw ar eich staff',
  'Done: the place is given up, and they have been emailed to confirm.':
    'Wedi’i wneud: mae’r lle wedi’i ildio, ac maent wedi cael e-bost i gadarnhau.',
  'Your staff booked or waiting': 'Eich staff sydd wedi archebu neu’n aros',
  'None of your staff has a place on this session yet.':
    'Nid oes gan neb o’ch staff le ar y sesiwn hon eto.',
  'Take off the waiting list': 'Tynnu oddi ar y rhestr aros',
  'Cancel place': 'Canslo’r lle',
  'Places can be given up until {{hours}} hours before the start: tell the trainer if someone cannot come.':
    'Gellir ildio lleoedd hyd at {{hours}} awr cyn y dechrau: dywedwch wrth yr hyfforddwr os na all rhywun ddod.',
  'Book more staff': 'Archebu lle i ragor o staff',
  'Each person gets a place while there are places, then a place on the waiting list. We email each of them the details and a calendar invitation.':
    'Mae pob person yn cael lle tra bo lleoedd ar ôl, yna lle ar y rhestr aros. Rydym yn anfon y manylion a gwahoddiad calendr at bob un ohonynt drwy e-bost.',
  'Find staff by name or email': 'Dod o hyd i staff yn ôl enw neu e-bost',
  'Staff to book': 'Staff i archebu lle iddynt',
  'The first {{shown}} of {{count}} by name: search to find others.':
    'Y {{shown}} cyntaf o {{count}} yn ôl enw: chwiliwch i ddod o hyd i eraill.',
  'No one else matches that search.': 'Does neb arall yn cyfateb i’r chwiliad hwnnw.',
  'Everyone this session is open to has a place already.':
    'Mae gan bawb y mae’r sesiwn hon ar agor iddynt le eisoes.',
  'Book the staff ticked': 'Archebu lle i’r staff a diciwyd',
  'Staff this session is not open to': 'Staff nad yw’r sesiwn hon ar agor iddynt',
  'Book staff onto a session': 'Archebu lle i staff ar sesiwn',
  'Date (UK time)': 'Dyddiad (amser y DU)',
  Place: 'Lle',
  'None of your staff has a place on a session to come.':
    'Nid oes gan neb o’ch staff le ar sesiwn i ddod.',
  Attendance: 'Presenoldeb',
  'Register not taken yet': 'Nid yw’r gofrestr wedi’i chymryd eto',
  'None of your staff has been booked on a session that has taken place.':
    'Nid oes neb o’ch staff wedi cael lle ar sesiwn sydd wedi digwydd.',
  'Places to come ({{count}})': 'Lleoedd i ddod ({{count}})',
  'Places to come: the next {{shown}} of {{count}}':
    'Lleoedd i ddod: y {{shown}} nesaf o {{count}}',
  'Attendance ({{count}})': 'Presenoldeb ({{count}})',
  'Attendance: the latest {{shown}} of {{count}}':
    'Presenoldeb: y {{shown}} diweddaraf o {{count}}',

  // courses and sessions (trainers)
  'Courses your unit teaches live, in person or online. Open a course to schedule its sessions and see who has booked.':
    'Cyrsiau y mae eich Uned yn eu haddysgu’n fyw, wyneb yn wyneb neu ar-lein. Agorwch gwrs i drefnu ei sesiynau a gweld pwy sydd wedi archebu.',
  'Make a course': 'Creu cwrs',
  'Courses of live training': 'Cyrsiau hyfforddiant byw',
  'CPD minutes': 'Munudau DPP',
  'Upcoming sessions': 'Sesiynau i ddod',
  'No courses yet. Make one, then schedule its sessions.':
    'Dim cyrsiau eto. Crëwch un, yna trefnwch ei sesiynau.',
  Sessions: 'Sesiynau',
  How: 'Sut',
  Waiting: 'Yn aros',
  'No-shows': 'Heb ddod',
  'No sessions yet: schedule the first below.': 'Dim sesiynau eto: trefnwch y gyntaf isod.',
  cancelled: 'wedi’i chanslo',
  '{{booked}} of {{capacity}}': '{{booked}} o {{capacity}}',
  '{{attended}}, and {{partial}} partly': '{{attended}}, a {{partial}} am ran',
  'What attendees said': 'Beth ddywedodd y rhai a fynychodd',
  'Asked afterwards how confident they felt before the session and feel now (1 to 5), the {{people}} people who answered said {{before}} before and {{after}} now, on average.':
    'Pan ofynnwyd wedyn pa mor hyderus roeddent yn teimlo cyn y sesiwn ac yn teimlo nawr (1 i 5), dywedodd y {{people}} o bobl a atebodd {{before}} cyn a {{after}} nawr, ar gyfartaledd.',
  'Shown once at least 5 people who attended have answered the questions afterwards, so no one’s answers can be picked out.':
    'Caiff ei ddangos pan fydd o leiaf 5 o bobl a fynychodd wedi ateb y cwestiynau wedyn, fel na ellir dewis atebion neb.',
  'Schedule a session': 'Trefnu sesiwn',
  'Who may book?': 'Pwy gaiff archebu?',
  'If it is for particular organisations.': 'Os yw ar gyfer sefydliadau penodol.',
  'Job roles': 'Swyddi',
  'If it is for particular job roles: separate them with commas, for example Teacher, Teaching assistant.':
    'Os yw ar gyfer swyddi penodol: rhowch atalnodau rhyngddynt, er enghraifft Athro, Cynorthwyydd addysgu.',
  'Schedule the session': 'Trefnu’r sesiwn',
  'What you teach live. You schedule its sessions next.':
    'Yr hyn rydych yn ei addysgu’n fyw. Byddwch yn trefnu ei sesiynau nesaf.',
  'What it covers and who it is for, in a sentence or two. People read it when they book.':
    'Beth mae’n ei gwmpasu ac i bwy y mae, mewn brawddeg neu ddwy. Mae pobl yn ei ddarllen pan fyddant yn archebu.',
  'Practice level it teaches': 'Lefel ymarfer y mae’n ei haddysgu',
  'Who it is for': 'I bwy y mae',
  'Choose an audience': 'Dewiswch gynulleidfa',
  'What attending gives, for example 120 for a two-hour workshop.':
    'Beth mae mynychu yn ei roi, er enghraifft 120 ar gyfer gweithdy dwy awr.',
  'Partly attending counts as completing it': 'Mae mynychu am ran yn cyfrif fel ei gwblhau',
  'Module it goes with (optional)': 'Y modiwl sy’n mynd gydag ef (dewisol)',
  'Pre-work to do online before the session, or the module it teaches live.':
    'Gwaith paratoi i’w wneud ar-lein cyn y sesiwn, neu’r modiwl y mae’n ei addysgu’n fyw.',
  'Attending covers the module: it counts for assignments of the module and keeps people in date on it':
    'Mae mynychu yn cwmpasu’r modiwl: mae’n cyfrif ar gyfer aseiniadau’r modiwl ac yn cadw pobl mewn dyddiad arno',
  'Make the course': 'Creu’r cwrs',
  'How is it held?': 'Sut y caiff ei chynnal?',
  'For example, 2027-01-12.': 'Er enghraifft, 2027-01-12.',
  'Start time (UK time)': 'Amser dechrau (amser y DU)',
  'On the 24-hour clock, for example 16:00.': 'Ar y cloc 24 awr, er enghraifft 16:00.',
  'Length in minutes': 'Hyd mewn munudau',
  'Venue (in person)': 'Lleoliad (wyneb yn wyneb)',
  'Address (in person)': 'Cyfeiriad (wyneb yn wyneb)',
  'Joining link (online)': 'Dolen ymuno (ar-lein)',
  'Shown only to people booked, from an hour before the start.':
    'Caiff ei dangos i bobl sydd wedi archebu yn unig, o awr cyn y dechrau.',
  'Accessibility notes (optional)': 'Nodiadau hygyrchedd (dewisol)',
  'Step-free access, hearing loop, captions, breaks: what people need to know to take part.':
    'Mynediad heb risiau, dolen glyw, capsiynau, egwyliau: beth mae angen i bobl ei wybod i gymryd rhan.',
  'Places can be given up until this many hours before the start':
    'Gellir ildio lleoedd hyd at y nifer hwn o oriau cyn y dechrau',
  'Who runs it: they see it among their sessions and take the register.':
    'Pwy sy’n ei chynnal: maent yn ei gweld ymhlith eu sesiynau ac yn cymryd y gofrestr.',
  'Back to {{title}}': 'Yn ôl i {{title}}',
  '{{booked}} of {{capacity}} booked, {{waiting}} waiting':
    '{{booked}} o {{capacity}} wedi archebu, {{waiting}} yn aros',
  'Take the register': 'Cymryd y gofrestr',
  'This session is cancelled. Everyone who was booked or waiting has been told.':
    'Mae’r sesiwn hon wedi’i chanslo. Mae pawb a oedd wedi archebu neu’n aros wedi cael gwybod.',
  'No one has booked yet.': 'Does neb wedi archebu eto.',
  'Waiting list, first to be offered a place first':
    'Rhestr aros, y cyntaf i gael cynnig lle yn gyntaf',
  'No one is waiting.': 'Does neb yn aros.',
  'Change the time or place': 'Newid yr amser neu’r lle',
  'Everyone booked is emailed the change, with an updated calendar invitation.':
    'Mae pawb sydd wedi archebu yn cael e-bost am y newid, gyda gwahoddiad calendr wedi’i ddiweddaru.',
  'Saved. Everyone booked has been told.':
    'Wedi’i gadw. Mae pawb sydd wedi archebu wedi cael gwybod.',
  'Save the change': 'Cadw’r newid',
  'Cancel this session': 'Canslo’r sesiwn hon',
  'Cancel it: everyone booked or waiting is emailed, and the session is taken out of their calendars':
    'Ei chanslo: mae pawb sydd wedi archebu neu’n aros yn cael e-bost, ac mae’r sesiwn yn cael ei thynnu o’u calendrau',
  'Cancel the session': 'Canslo’r sesiwn',

  // the register
  'Back to the session': 'Yn ôl i’r sesiwn',
  'Register: {{title}}': 'Cofrestr: {{title}}',
  'Upload a register as CSV': 'Llwytho cofrestr i fyny fel CSV',
  'Register saved: {{marked}} marked, {{attended}} counted as attending.':
    'Cofrestr wedi’i chadw: {{marked}} wedi’u marcio, {{attended}} yn cyfrif fel yn bresennol.',
  'Ticks you made before the connection dropped are back. Save the register to keep them.':
    'Mae’r ticiau a wnaethoch cyn i’r cysylltiad dorri yn ôl. Cadwch y gofrestr i’w cadw.',
  'Attending, or partly attending, counts as completing the course.':
    'Mae bod yn bresennol, neu’n bresennol am ran, yn cyfrif fel cwblhau’r cwrs.',
  'Only attending the whole session counts as completing the course.':
    'Dim ond bod yn bresennol am y sesiwn gyfan sy’n cyfrif fel cwblhau’r cwrs.',
  'You can come back and correct the register later, or enter a paper one after the session.':
    'Gallwch ddod yn ôl a chywiro’r gofrestr yn nes ymlaen, neu roi un bapur i mewn ar ôl y sesiwn.',
  Register: 'Cofrestr',
  'No one is booked. Add anyone who came below.':
    'Does neb wedi archebu. Ychwanegwch unrhyw un a ddaeth isod.',
  'walk-in': 'heb archebu',
  'Save the register': 'Cadw’r gofrestr',
  'Add someone who came without booking': 'Ychwanegu rhywun a ddaeth heb archebu',
  'They are marked attended. Someone new to Upstream gets an account in the organisation you choose, and an email to set a password, so the attendance is theirs.':
    'Cânt eu marcio’n bresennol. Mae rhywun sy’n newydd i Upstream yn cael cyfrif yn y sefydliad a ddewiswch, ac e-bost i osod cyfrinair, fel mai nhw biau’r presenoldeb.',
  '{{name}} is added and has been emailed to set a password.':
    'Mae {{name}} wedi’i ychwanegu ac wedi cael e-bost i osod cyfrinair.',
  '{{name}} is added.': 'Mae {{name}} wedi’i ychwanegu.',
  'Work email': 'E-bost gwaith',
  'Where they work (if they are new to Upstream)':
    'Ble maent yn gweithio (os ydynt yn newydd i Upstream)',
  'Add to the register': 'Ychwanegu at y gofrestr',
  'Back to the register': 'Yn ôl i’r gofrestr',
  'Upload a register: {{title}}': 'Llwytho cofrestr i fyny: {{title}}',
  'Download the register as CSV': 'Lawrlwytho’r gofrestr fel CSV',
  'to print, or to fill in and send back here.':
    'i’w hargraffu, neu i’w llenwi a’i hanfon yn ôl yma.',
  'Register recorded from the file: {{recorded}} marks. The register now has {{marked}} marked, {{attended}} counted as attending.':
    'Cofrestr wedi’i chofnodi o’r ffeil: {{recorded}} o farciau. Mae gan y gofrestr bellach {{marked}} wedi’u marcio, {{attended}} yn cyfrif fel yn bresennol.',
  '{{count}} rows had no mark, so those people were left as they were.':
    'Nid oedd marc ar {{count}} o resi, felly gadawyd y bobl hynny fel yr oeddent.',
  'See the register': 'Gweld y gofrestr',
  'Rows to correct': 'Rhesi i’w cywiro',
  'What to fix': 'Beth i’w gywiro',
  'Add anyone who came without booking on the register page, then send the file again.':
    'Ychwanegwch unrhyw un a ddaeth heb archebu ar dudalen y gofrestr, yna anfonwch y ffeil eto.',
  'The first row holds the headings email and attendance; a name column is optional. Write attended, partly attended, absent or cancelled late for each person; a row with no mark leaves them as they are. Every row is checked first: if any is wrong, nothing is recorded.':
    'Mae’r rhes gyntaf yn dal y penawdau email ac attendance; mae colofn name yn ddewisol. Ysgrifennwch attended, partly attended, absent neu cancelled late ar gyfer pob person; mae rhes heb farc yn eu gadael fel y maent. Caiff pob rhes ei gwirio yn gyntaf: os oes unrhyw un yn anghywir, ni chaiff dim ei gofnodi.',
  'CSV file of the register': 'Ffeil CSV y gofrestr',
  'Save a spreadsheet “as CSV”.': 'Cadwch daenlen “fel CSV”.',
  'Or paste the register': 'Neu gludwch y gofrestr',
  'For example: email,attendance then sam@school.org.uk,attended':
    'Er enghraifft: email,attendance yna sam@school.org.uk,attended',
  'Check and record the register': 'Gwirio a chofnodi’r gofrestr',
  Search: 'Chwilio',
  Title: 'Teitl',
  Summary: 'Crynodeb',
  None: 'Dim',
  CPD: 'DPP',
  '{{minutes}} minutes': '{{minutes}} munud',
  'Choose a level': 'Dewiswch lefel',
  'Skip these questions': 'Hepgor y cwestiynau hyn',
  'Course – Live training': 'Cwrs – Hyfforddiant byw',
  'Session – Live training': 'Sesiwn – Hyfforddiant byw',
  'Book staff – Live training': 'Archebu lle i staff – Hyfforddiant byw',
  'Register – Live training': 'Cofrestr – Hyfforddiant byw',
  'Upload a register – Live training': 'Llwytho cofrestr i fyny – Hyfforddiant byw',
}
