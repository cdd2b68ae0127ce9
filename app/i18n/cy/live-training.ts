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
    'Mae’r rhes gyntaf yn dal y penawdau “e-bost” a “presenoldeb”; mae colofn “enw” yn ddewisol (mae’r penawdau Saesneg email, attendance a name yn gweithio hefyd). Ysgrifennwch yn bresennol, yn bresennol am ran, yn absennol neu wedi canslo’n hwyr ar gyfer pob person; mae rhes heb farc yn eu gadael fel y maent. Caiff pob rhes ei gwirio yn gyntaf: os oes unrhyw un yn anghywir, ni chaiff dim ei gofnodi.',
  'CSV file of the register': 'Ffeil CSV y gofrestr',
  'Save a spreadsheet “as CSV”.': 'Cadwch daenlen “fel CSV”.',
  'Or paste the register': 'Neu gludwch y gofrestr',
  'For example: email,attendance then sam@school.org.uk,attended':
    'Er enghraifft: e-bost,presenoldeb yna sam@school.org.uk,yn bresennol',
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

  // messages (LIVE_TRAINING_MESSAGES in app/live-training/labels.ts): a course
  'Enter a title': 'Rhowch deitl',
  'Keep the title to 120 characters': 'Cadwch y teitl i 120 nod',
  'Say in a sentence or two what the course covers':
    'Dywedwch mewn brawddeg neu ddwy beth mae’r cwrs yn ei gwmpasu',
  'Keep the summary to 1,000 characters': 'Cadwch y crynodeb i 1,000 nod',
  'Choose the practice level it teaches': 'Dewiswch y lefel ymarfer y mae’n ei haddysgu',
  'Choose who it is for': 'Dewiswch i bwy y mae',
  'Enter the CPD minutes as a number, like 120': 'Rhowch y munudau DPP fel rhif, fel 120',
  'Enter whole minutes, like 120': 'Rhowch funudau cyfan, fel 120',
  'A course gives at least 15 minutes of CPD': 'Mae cwrs yn rhoi o leiaf 15 munud o DPP',
  'Enter at most 2,400 minutes (five days)': 'Rhowch 2,400 munud ar y mwyaf (pum diwrnod)',
  'Choose the module it covers, or untick "Attending covers the module"':
    'Dewiswch y modiwl y mae’n ei gwmpasu, neu dad-diciwch "Mae mynychu yn cwmpasu’r modiwl"',
  'You cannot make courses of live training': 'Ni allwch greu cyrsiau hyfforddiant byw',
  'Choose one of the modules listed': 'Dewiswch un o’r modiwlau a restrir',

  // messages: a session
  'Choose in person or online': 'Dewiswch wyneb yn wyneb neu ar-lein',
  'Enter the day, like 2027-01-12': 'Rhowch y diwrnod, fel 2027-01-12',
  'Enter the day like 2027-01-12': 'Rhowch y diwrnod fel 2027-01-12',
  'Enter a day that exists, like 2027-01-12': 'Rhowch ddiwrnod sy’n bodoli, fel 2027-01-12',
  'Enter the start time, like 09:30': 'Rhowch yr amser dechrau, fel 09:30',
  'Enter the start time on the 24-hour clock, like 09:30 or 16:00':
    'Rhowch yr amser dechrau ar y cloc 24 awr, fel 09:30 neu 16:00',
  'Enter how long it lasts in minutes, like 90': 'Rhowch ei hyd mewn munudau, fel 90',
  'Enter whole minutes, like 90': 'Rhowch funudau cyfan, fel 90',
  'A session lasts at least 15 minutes': 'Mae sesiwn yn para o leiaf 15 munud',
  'A session lasts at most 600 minutes (10 hours): make a longer course two sessions':
    'Mae sesiwn yn para 600 munud (10 awr) ar y mwyaf: rhannwch gwrs hirach yn ddwy sesiwn',
  'Enter how many places there are, like 30': 'Rhowch faint o leoedd sydd, fel 30',
  'Enter a whole number of places': 'Rhowch nifer cyfan o leoedd',
  'A session needs at least 1 place': 'Mae angen o leiaf 1 lle ar sesiwn',
  'Enter at most 1,000 places': 'Rhowch 1,000 o leoedd ar y mwyaf',
  'Keep the venue to 200 characters': 'Cadwch y lleoliad i 200 nod',
  'Keep the address to 500 characters': 'Cadwch y cyfeiriad i 500 nod',
  'Keep the accessibility notes to 1,000 characters': 'Cadwch y nodiadau hygyrchedd i 1,000 nod',
  'Keep the link to 500 characters': 'Cadwch y ddolen i 500 nod',
  'Enter the hours before the start, like 24': 'Rhowch yr oriau cyn y dechrau, fel 24',
  'Enter whole hours, like 24': 'Rhowch oriau cyfan, fel 24',
  'Enter 0 or more hours': 'Rhowch 0 awr neu fwy',
  'Enter at most 336 hours (two weeks)': 'Rhowch 336 awr ar y mwyaf (pythefnos)',
  'Choose who may book': 'Dewiswch bwy gaiff archebu',
  'Keep the job roles to 1,000 characters': 'Cadwch y swyddi i 1,000 nod',
  'Enter the venue, like Riverside Academy hall': 'Rhowch y lleoliad, fel neuadd Riverside Academy',
  'Enter the address, so people can find it': 'Rhowch y cyfeiriad, fel y gall pobl ddod o hyd iddo',
  'Enter the joining link, starting https://': 'Rhowch y ddolen ymuno, yn dechrau gyda https://',
  'Choose at least one organisation': 'Dewiswch o leiaf un sefydliad',
  'Enter at least one job role, like Teacher': 'Rhowch o leiaf un swydd, fel Athro',
  'Choose a day and time that have not passed yet':
    'Dewiswch ddiwrnod ac amser nad ydynt wedi mynd heibio eto',
  "Choose organisations of the course's unit": 'Dewiswch sefydliadau o Uned y cwrs',
  "Choose trainers of the course's unit": 'Dewiswch hyfforddwyr o Uned y cwrs',
  'Choose a course you run': 'Dewiswch gwrs rydych yn ei gynnal',
  'Choose a session you run': 'Dewiswch sesiwn rydych yn ei chynnal',
  'This session is cancelled or has started: it cannot change':
    'Mae’r sesiwn hon wedi’i chanslo neu wedi dechrau: ni all newid',
  '{{count}} people are booked: keep at least {{count}} places, or cancel the session':
    'Mae {{count}} o bobl wedi archebu: cadwch o leiaf {{count}} o leoedd, neu canslwch y sesiwn',
  'Tick the box to confirm: everyone booked is told and their places are freed':
    'Ticiwch y blwch i gadarnhau: mae pawb sydd wedi archebu yn cael gwybod ac mae eu lleoedd yn cael eu rhyddhau',

  // messages: booking
  'Choose a session.': 'Dewiswch sesiwn.',
  'You can book only for yourself or your own staff.':
    'Dim ond i chi eich hun neu i’ch staff eich hun y gallwch archebu lle.',
  'This session is not open to this person.': 'Nid yw’r sesiwn hon ar agor i’r person hwn.',
  'This session has been cancelled.': 'Mae’r sesiwn hon wedi’i chanslo.',
  'This session has already started, so it can no longer be booked.':
    'Mae’r sesiwn hon wedi dechrau eisoes, felly ni ellir archebu lle arni mwyach.',
  'You can cancel only your own bookings or your staff’s.':
    'Dim ond eich archebion eich hun neu rai eich staff y gallwch eu canslo.',
  'There is no booking to cancel.': 'Nid oes archeb i’w chanslo.',
  'Places can be given up until {{hours}} hours before the start. Tell the trainer if you cannot come.':
    'Gellir ildio lleoedd hyd at {{hours}} awr cyn y dechrau. Dywedwch wrth yr hyfforddwr os na allwch ddod.',
  'You are booked. We have emailed you the details and a calendar invitation.':
    'Mae gennych le. Rydym wedi anfon y manylion a gwahoddiad calendr atoch drwy e-bost.',
  'The session is full, so you are on its waiting list. We will email you if a place comes up.':
    'Mae’r sesiwn yn llawn, felly rydych ar ei rhestr aros. Byddwn yn anfon e-bost atoch os daw lle ar gael.',
  'Done: your place is given up, and we have emailed you to confirm.':
    'Wedi’i wneud: mae eich lle wedi’i ildio, ac rydym wedi anfon e-bost atoch i gadarnhau.',

  // messages: booking staff
  'Choose at least one member of staff to book':
    'Dewiswch o leiaf un aelod o staff i archebu lle iddo',
  'Choose at most 1,000 people at a time': 'Dewiswch 1,000 o bobl ar y mwyaf ar y tro',
  'not one of your staff': 'nid yw’n un o’ch staff',
  'the session is over, cancelled or not there':
    'mae’r sesiwn wedi gorffen, wedi’i chanslo neu nid yw yno',
  'their account is not linked to a VRU': 'nid yw eu cyfrif wedi’i gysylltu ag Uned Lleihau Trais',
  "it is for another VRU's staff": 'mae ar gyfer staff Uned Lleihau Trais arall',
  'it is for particular organisations only': 'mae ar gyfer sefydliadau penodol yn unig',
  'it is only for these job roles: {{roles}}': 'mae ar gyfer y swyddi hyn yn unig: {{roles}}',

  // messages: the register
  'Choose attended, partly, absent or cancelled late':
    'Dewiswch yn bresennol, am ran, yn absennol neu wedi canslo’n hwyr',
  'Keep the name to 120 characters': 'Cadwch yr enw i 120 nod',
  'Enter their work email': 'Rhowch eu e-bost gwaith',
  'Enter an email address of at most 254 characters':
    'Rhowch gyfeiriad e-bost o 254 nod ar y mwyaf',
  'Enter a work email like name@school.org.uk': 'Rhowch e-bost gwaith fel enw@ysgol.org.uk',
  'This session was cancelled, so it has no register.':
    'Cafodd y sesiwn hon ei chanslo, felly nid oes ganddi gofrestr.',
  'The register opens an hour before the session starts.':
    'Mae’r gofrestr yn agor awr cyn i’r sesiwn ddechrau.',
  'This address cannot be added to this register. Check it, or use the address they use for work here.':
    'Ni ellir ychwanegu’r cyfeiriad hwn at y gofrestr hon. Gwiriwch ef, neu defnyddiwch y cyfeiriad y maent yn ei ddefnyddio ar gyfer gwaith yma.',
  'Choose where they work: they are new to Upstream, so an account is made for them':
    'Dewiswch ble maent yn gweithio: maent yn newydd i Upstream, felly caiff cyfrif ei greu ar eu cyfer',
  '{{name}} is already on this register': 'Mae {{name}} ar y gofrestr hon eisoes',

  // messages: the register as CSV
  'The file is larger than 300 KB, far more than a register: check it is the right file':
    'Mae’r ffeil yn fwy na 300 KB, llawer mwy na chofrestr: gwiriwch mai hon yw’r ffeil gywir',
  'Choose a CSV file of the register, or paste it below':
    'Dewiswch ffeil CSV o’r gofrestr, neu gludwch hi isod',
  'The heading “{{heading}}” is in the first row twice: keep one':
    'Mae’r pennawd “{{heading}}” yn y rhes gyntaf ddwywaith: cadwch un',
  'The first row must be the headings email and attendance (name is optional), as in the downloaded register, or in Welsh e-bost and presenoldeb (enw is optional)':
    'Rhaid i’r rhes gyntaf fod yn benawdau “e-bost” a “presenoldeb” (mae “enw” yn ddewisol), fel yn y gofrestr a lawrlwythwyd, neu yn Saesneg “email” ac “attendance” (mae “name” yn ddewisol)',
  'The first row mixes English and Welsh headings: use email and attendance (name is optional), or e-bost and presenoldeb (enw is optional)':
    'Mae’r rhes gyntaf yn cymysgu penawdau Cymraeg a Saesneg: defnyddiwch “e-bost” a “presenoldeb” (mae “enw” yn ddewisol), neu “email” ac “attendance” (mae “name” yn ddewisol)',
  'The file has nobody in it. Put the headings email and attendance in the first row, then one person on each row.':
    'Does neb yn y ffeil. Rhowch y penawdau “e-bost” a “presenoldeb” yn y rhes gyntaf, yna un person ar bob rhes.',
  'The file has {{count}} rows; a register takes {{max}} at most.':
    'Mae gan y ffeil {{count}} o resi; mae cofrestr yn cymryd {{max}} ar y mwyaf.',
  'Enter their email: people are found on the register by email':
    'Rhowch eu e-bost: mae pobl yn cael eu canfod ar y gofrestr yn ôl e-bost',
  '{{email}} is not booked on this session. Check the address, or add them as a walk-in on the register page and send the file again':
    'Nid yw {{email}} wedi archebu lle ar y sesiwn hon. Gwiriwch y cyfeiriad, neu ychwanegwch nhw fel rhywun a ddaeth heb archebu ar dudalen y gofrestr ac anfonwch y ffeil eto',
  '“{{mark}}” is not a mark: write attended, partly attended, absent or cancelled late (or leave it empty)':
    'Nid yw “{{mark}}” yn farc: ysgrifennwch yn bresennol, yn bresennol am ran, yn absennol neu wedi canslo’n hwyr (neu gadewch ef yn wag)',
  'One row of the file is wrong, so nothing has been recorded yet. Correct it and send the file again.':
    'Mae un rhes o’r ffeil yn anghywir, felly does dim wedi’i gofnodi eto. Cywirwch hi ac anfonwch y ffeil eto.',
  '{{count}} rows of the file are wrong, so nothing has been recorded yet. Correct them and send the file again.':
    'Mae {{count}} o resi’r ffeil yn anghywir, felly does dim wedi’i gofnodi eto. Cywirwch nhw ac anfonwch y ffeil eto.',

  // emails: thanks for coming, and the welcome of someone added at a session
  'Thank you for coming to {{title}}': 'Diolch am ddod i {{title}}',
  'Thank you for coming to {{title}} on {{day}}. Your attendance is recorded on Upstream, with a certificate and {{count}} minutes of CPD:':
    {
      zero: 'Diolch am ddod i {{title}} ar {{day}}. Mae eich presenoldeb wedi’i gofnodi ar Upstream, gyda thystysgrif a {{count}} munud o DPP:',
      one: 'Diolch am ddod i {{title}} ar {{day}}. Mae eich presenoldeb wedi’i gofnodi ar Upstream, gyda thystysgrif ac {{count}} munud o DPP:',
      two: 'Diolch am ddod i {{title}} ar {{day}}. Mae eich presenoldeb wedi’i gofnodi ar Upstream, gyda thystysgrif a {{count}} funud o DPP:',
      few: 'Diolch am ddod i {{title}} ar {{day}}. Mae eich presenoldeb wedi’i gofnodi ar Upstream, gyda thystysgrif a {{count}} munud o DPP:',
      many: 'Diolch am ddod i {{title}} ar {{day}}. Mae eich presenoldeb wedi’i gofnodi ar Upstream, gyda thystysgrif a {{count}} munud o DPP:',
      other:
        'Diolch am ddod i {{title}} ar {{day}}. Mae eich presenoldeb wedi’i gofnodi ar Upstream, gyda thystysgrif a {{count}} munud o DPP:',
    },
  'Three short questions ask how confident you felt before the session and feel now. Your answers are only counted together with others’, to show whether the training helps:':
    'Mae tri chwestiwn byr yn gofyn pa mor hyderus roeddech yn teimlo cyn y sesiwn ac yn teimlo nawr. Caiff eich atebion eu cyfrif gyda rhai pobl eraill yn unig, i ddangos a yw’r hyfforddiant yn helpu:',
  'Your attendance at {{title}} is recorded on Upstream':
    'Mae eich presenoldeb yn {{title}} wedi’i gofnodi ar Upstream',
  'You came to {{title}}, and the trainer added you to the register. An Upstream account has been made for you so the attendance, its certificate and CPD minutes are yours.':
    'Daethoch i {{title}}, ac ychwanegodd yr hyfforddwr chi at y gofrestr. Mae cyfrif Upstream wedi’i greu i chi fel mai chi biau’r presenoldeb, ei dystysgrif a’i funudau DPP.',
  'To choose a password and sign in, open this link within 7 days (after that, use "Forgotten your password?" on the sign-in page):':
    'I ddewis cyfrinair a mewngofnodi, agorwch y ddolen hon o fewn 7 diwrnod (ar ôl hynny, defnyddiwch "Wedi anghofio eich cyfrinair?" ar y dudalen fewngofnodi):',
}
