import { type Catalogue } from '../i18n.ts'

/** Welsh for teaching a class: teach mode, the delivery log. */
export const classroom: Catalogue = {
  // where and with whom a lesson was taught (app/classroom/labels.ts)
  'A class': 'Dosbarth',
  'An assembly': 'Gwasanaeth',
  'A small group': 'Grŵp bach',
  'Alternative provision': 'Darpariaeth amgen',
  'A colleague at my school': 'Cydweithiwr yn fy ysgol',
  'A school nurse': 'Nyrs ysgol',
  'A police or schools officer': 'Swyddog yr heddlu neu swyddog ysgolion',
  'A youth worker': 'Gweithiwr ieuenctid',
  'A VRU trainer': 'Hyfforddwr VRU',
  'A voluntary or community partner': 'Partner gwirfoddol neu gymunedol',
  'Another partner': 'Partner arall',
  KS1: 'CA1',
  KS2: 'CA2',
  KS3: 'CA3',
  KS4: 'CA4',
  'KS5 (post-16)': 'CA5 (ôl-16)',
  'Year {{n}}': 'Blwyddyn {{n}}',
  'Years {{years}}': 'Blynyddoedd {{years}}',

  // teach mode: before, during and after the screens
  'If a pupil discloses something': 'Os bydd disgybl yn datgelu rhywbeth',
  'Act on it straight away. Thank them for telling you and find a quiet moment to talk, away from the class.':
    'Gweithredwch ar unwaith. Diolchwch iddynt am ddweud wrthych a dewch o hyd i amser tawel i siarad, i ffwrdd o’r dosbarth.',
  'Listen calmly. Let them say it in their own words; do not ask leading questions.':
    'Gwrandewch yn bwyllog. Gadewch iddynt ei ddweud yn eu geiriau eu hunain; peidiwch â gofyn cwestiynau arweiniol.',
  'Do not promise to keep it a secret. Tell them kindly that you must share it with someone whose job is to help.':
    'Peidiwch ag addo ei gadw’n gyfrinach. Dywedwch wrthynt yn garedig fod yn rhaid i chi ei rannu â rhywun sydd â’r gwaith o helpu.',
  'Tell your designated safeguarding lead at once.':
    'Dywedwch wrth eich arweinydd diogelu dynodedig ar unwaith.',
  "Write down what was said, in their words, with the date and time, and record it in your school's safeguarding system. Facts only.":
    'Ysgrifennwch yr hyn a ddywedwyd, yn eu geiriau nhw, gyda’r dyddiad a’r amser, a’i gofnodi yn system ddiogelu eich ysgol. Ffeithiau yn unig.',
  'If a child is in danger right now, call 999.':
    'Os yw plentyn mewn perygl ar hyn o bryd, ffoniwch 999.',
  '{{count}} screens. Move on with the arrow keys, Page Down or a clicker.': {
    zero: '{{count}} sgrin. Symudwch ymlaen gyda’r bysellau saeth, Page Down neu glicer.',
    one: '{{count}} sgrin. Symudwch ymlaen gyda’r bysellau saeth, Page Down neu glicer.',
    two: '{{count}} sgrin. Symudwch ymlaen gyda’r bysellau saeth, Page Down neu glicer.',
    few: '{{count}} sgrin. Symudwch ymlaen gyda’r bysellau saeth, Page Down neu glicer.',
    many: '{{count}} sgrin. Symudwch ymlaen gyda’r bysellau saeth, Page Down neu glicer.',
    other: '{{count}} o sgriniau. Symudwch ymlaen gyda’r bysellau saeth, Page Down neu glicer.',
  },
  'Content note: tell the class first': 'Nodyn cynnwys: dywedwch wrth y dosbarth yn gyntaf',
  'Pupils may step out or read instead of watching. Nobody has to speak.':
    'Caiff disgyblion gamu allan neu ddarllen yn lle gwylio. Does dim rhaid i neb siarad.',
  'If anything today has worried you': 'Os oes unrhyw beth heddiw wedi eich poeni',
  'Talk to an adult you trust: a teacher, your form tutor, someone at home.':
    'Siaradwch ag oedolyn rydych yn ymddiried ynddo: athro, eich tiwtor dosbarth, rhywun gartref.',
  Childline: 'Childline',
  'Free and private, for anyone under 19. Call, or chat at childline.org.uk':
    'Am ddim ac yn breifat, i unrhyw un dan 19 oed. Ffoniwch, neu sgwrsiwch yn childline.org.uk',
  'If someone is in danger right now, call 999.':
    'Os yw rhywun mewn perygl ar hyn o bryd, ffoniwch 999.',
  'Log this delivery': 'Cofnodi’r wers hon',
  'For you: count the class, so your unit knows the pack reached them.':
    'I chi: cyfrwch y dosbarth, fel bod eich Uned yn gwybod bod y pecyn wedi eu cyrraedd.',
  'Talk about it · question {{n}} of {{total}}': 'Trafodwch · cwestiwn {{n}} o {{total}}',
  'the end': 'y diwedd',
  'No notes for this screen.': 'Dim nodiadau ar gyfer y sgrin hon.',
  'Content notes in this part of the film': 'Nodiadau cynnwys yn y rhan hon o’r ffilm',
  'End of the lesson': 'Diwedd y wers',
  'Screen {{n}} of {{total}}': 'Sgrin {{n}} o {{total}}',
  'Leave teach mode': 'Gadael y modd addysgu',
  'Hide notes': 'Cuddio’r nodiadau',
  Notes: 'Nodiadau',
  Help: 'Help',
  'Full screen': 'Sgrin lawn',
  'Open notes in a second window': 'Agor y nodiadau mewn ail ffenestr',
  'The browser did not open a second window. Allow pop-ups for this site, or use N to show the notes here.':
    'Ni wnaeth y porwr agor ail ffenestr. Caniatewch ffenestri naid ar gyfer y wefan hon, neu defnyddiwch N i ddangos y nodiadau yma.',
  'Teacher’s notes': 'Nodiadau’r athro',
  'Help for the teacher': 'Help i’r athro',
  Close: 'Cau',
  Screens: 'Sgriniau',
  Previous: 'Blaenorol',
  'Start the lesson': 'Dechrau’r wers',
  Next: 'Nesaf',
  Keys: 'Bysellau',
  'Next screen (a clicker works too)': 'Sgrin nesaf (mae clicer yn gweithio hefyd)',
  'Previous screen': 'Sgrin flaenorol',
  'First and last screen': 'Sgrin gyntaf a sgrin olaf',
  'Show or hide your notes': 'Dangos neu guddio eich nodiadau',
  'This help': 'Yr help hwn',
  'Close this panel': 'Cau’r panel hwn',
  'These notes follow the screen the class sees.':
    'Mae’r nodiadau hyn yn dilyn y sgrin y mae’r dosbarth yn ei gweld.',

  // a pack's page: teaching it
  'This pack is taught to classes. Each lesson below has a teach mode for the big screen.':
    'Caiff y pecyn hwn ei addysgu i ddosbarthiadau. Mae gan bob gwers isod fodd addysgu ar gyfer y sgrin fawr.',
  'Year groups': 'Grwpiau blwyddyn',
  'What to prepare': 'Beth i’w baratoi',
  'Lessons to teach': 'Gwersi i’w haddysgu',
  Teach: 'Addysgu',
  'Log a delivery of this pack': 'Cofnodi gwers o’r pecyn hwn',

  // the delivery log
  Day: 'Diwrnod',
  'Pack and lessons': 'Pecyn a gwersi',
  'Taught by': 'Addysgwyd gan',
  Pupils: 'Disgyblion',
  Where: 'Ble',
  'Concern passed on': 'Pryder wedi’i drosglwyddo',
  Change: 'Newid',
  'No lessons logged yet.': 'Dim gwersi wedi’u cofnodi eto.',
  with: 'gyda',
  Yes: 'Do',
  No: 'Naddo',
  'the lesson on {{day}}': 'y wers ar {{day}}',
  'Kept as logged': 'Wedi’i chadw fel y’i cofnodwyd',
  'Nothing about pupils goes in this form': 'Nid oes dim am ddisgyblion yn mynd yn y ffurflen hon',
  'It counts the lesson, not the children: no names, and nothing a pupil said. If a pupil told you something worrying, tell your designated safeguarding lead straight away, in person, and record it in your school’s safeguarding system.':
    'Mae’n cyfrif y wers, nid y plant: dim enwau, a dim byd a ddywedodd disgybl. Os dywedodd disgybl rywbeth sy’n peri pryder wrthych, dywedwch wrth eich arweinydd diogelu dynodedig ar unwaith, wyneb yn wyneb, a’i gofnodi yn system ddiogelu eich ysgol.',
  'Day you taught it': 'Y diwrnod y gwnaethoch ei haddysgu',
  'Lesson or lessons taught': 'Y wers neu’r gwersi a addysgwyd',
  '{{pack}} is written for {{years}}.': 'Mae {{pack}} wedi’i ysgrifennu ar gyfer {{years}}.',
  'Choose a year group': 'Dewiswch grŵp blwyddyn',
  'Confirm the year group': 'Cadarnhewch y grŵp blwyddyn',
  'Yes, I taught it to this year group': 'Do, fe’i haddysgais i’r grŵp blwyddyn hwn',
  'Number of pupils': 'Nifer y disgyblion',
  'Roughly how many were in the room. A number only.':
    'Tua faint oedd yn yr ystafell. Rhif yn unig.',
  'Taught with someone else (optional)': 'Addysgwyd gyda rhywun arall (dewisol)',
  'No, I taught it alone': 'Naddo, fe’i haddysgais ar fy mhen fy hun',
  'Did you pass a concern about a pupil to your designated safeguarding lead?':
    'A wnaethoch chi drosglwyddo pryder am ddisgybl i’ch arweinydd diogelu dynodedig?',
  'Yes or no only. The concern itself goes to them, not here.':
    'Do neu naddo yn unig. Mae’r pryder ei hun yn mynd atyn nhw, nid yma.',
  'Is this another group?': 'Ai grŵp arall yw hwn?',
  'Yes, this was another group: log it as well': 'Ie, grŵp arall oedd hwn: cofnodwch hwn hefyd',
  'Change a lesson you logged': 'Newid gwers a gofnodwyd gennych',
  'A lesson can be changed for a week after it is logged. This one was logged earlier, so it is kept as it is.':
    'Gellir newid gwers am wythnos ar ôl ei chofnodi. Cafodd hon ei chofnodi’n gynharach, felly caiff ei chadw fel y mae.',
  'Back to lessons you have taught': 'Yn ôl i’r gwersi rydych wedi’u haddysgu',
  'Thank you: the lesson is logged. You can change it for a week.':
    'Diolch: mae’r wers wedi’i chofnodi. Gallwch ei newid am wythnos.',
  'Your changes are saved.': 'Mae eich newidiadau wedi’u cadw.',
  'When you teach a classroom pack such as To the Edge or Mia’s Story, log it here. Your VRU counts the schools and pupils its packs reach; nothing about any pupil is recorded.':
    'Pan fyddwch yn addysgu pecyn ystafell ddosbarth fel To the Edge neu Mia’s Story, cofnodwch hynny yma. Mae eich Uned Lleihau Trais yn cyfrif yr ysgolion a’r disgyblion y mae ei phecynnau’n eu cyrraedd; nid oes dim am unrhyw ddisgybl yn cael ei gofnodi.',
  'There are no classroom packs for your unit yet.':
    'Nid oes pecynnau ystafell ddosbarth ar gyfer eich Uned eto.',
  'Which pack did you teach?': 'Pa becyn wnaethoch chi ei addysgu?',
  'Choose a pack': 'Dewiswch becyn',
  'Choose another pack': 'Dewis pecyn arall',
  'Log this lesson': 'Cofnodi’r wers hon',

  // the delivery form's messages
  'Choose the pack you taught': 'Dewiswch y pecyn a addysgwyd gennych',
  'Choose the lesson or lessons you taught': 'Dewiswch y wers neu’r gwersi a addysgwyd gennych',
  'Enter the day you taught it, like 20/11/2026':
    'Rhowch y diwrnod y gwnaethoch ei haddysgu, fel 20/11/2026',
  'Enter a day that exists, like 20/11/2026': 'Rhowch ddiwrnod sy’n bodoli, fel 20/11/2026',
  'Choose the year group you taught': 'Dewiswch y grŵp blwyddyn a addysgwyd gennych',
  'Enter how many pupils were there, like 28': 'Rhowch faint o ddisgyblion oedd yno, fel 28',
  'Enter how many pupils were there as a whole number, like 28':
    'Rhowch faint o ddisgyblion oedd yno fel rhif cyfan, fel 28',
  'Enter how many pupils were there: a delivery needs at least one':
    'Rhowch faint o ddisgyblion oedd yno: mae angen o leiaf un ar gyfer gwers',
  'That is more than 400 pupils. Check the number; for a larger assembly, log each year group on its own':
    'Mae hynny’n fwy na 400 o ddisgyblion. Gwiriwch y rhif; ar gyfer gwasanaeth mwy, cofnodwch bob grŵp blwyddyn ar wahân',
  'Choose where you taught it': 'Dewiswch ble y gwnaethoch ei haddysgu',
  'Choose who taught it with you': 'Dewiswch pwy a’i haddysgodd gyda chi',
  'Say whether you passed a concern to your designated safeguarding lead':
    'Dywedwch a wnaethoch drosglwyddo pryder i’ch arweinydd diogelu dynodedig',
  'Choose one of the classroom packs listed':
    'Dewiswch un o’r pecynnau ystafell ddosbarth a restrir',
  'That day has not happened yet. Log a lesson after you have taught it':
    'Nid yw’r diwrnod hwnnw wedi dod eto. Cofnodwch wers ar ôl i chi ei haddysgu',
  'Your account is not linked to an organisation, so it cannot log lessons':
    'Nid yw eich cyfrif wedi’i gysylltu â sefydliad, felly ni all gofnodi gwersi',
  'Your organisation was not found': 'Heb ddod o hyd i’ch sefydliad',
  'A delivery can be changed for a week after it is logged, and this one is older':
    'Gellir newid gwers am wythnos ar ôl ei chofnodi, ac mae hon yn hŷn',
  'Your account is not linked to a school or organisation, so it cannot log lessons. Ask your organisation lead to link it.':
    'Nid yw eich cyfrif wedi’i gysylltu ag ysgol na sefydliad, felly ni all gofnodi gwersi. Gofynnwch i arweinydd eich sefydliad ei gysylltu.',
  'This is not a lesson taught to classes, so it has no teach mode. The module page lists the lessons you can teach.':
    'Nid yw hon yn wers a addysgir i ddosbarthiadau, felly nid oes ganddi fodd addysgu. Mae tudalen y modiwl yn rhestru’r gwersi y gallwch eu haddysgu.',
  'Choose lessons of {{pack}}: one you chose is not a lesson of this pack':
    'Dewiswch wersi o {{pack}}: nid yw un a ddewiswyd gennych yn wers o’r pecyn hwn',
  '{{pack}} was first available to schools on {{day}}. Check the day you taught it':
    'Roedd {{pack}} ar gael i ysgolion am y tro cyntaf ar {{day}}. Gwiriwch y diwrnod y gwnaethoch ei haddysgu',
  '{{pack}} is written for {{years}}, not {{year}}. Tick the box to confirm you taught it to {{year}}, or change the year group':
    'Mae {{pack}} wedi’i ysgrifennu ar gyfer {{years}}, nid {{year}}. Ticiwch y blwch i gadarnhau eich bod wedi ei addysgu i’r grŵp blwyddyn hwnnw ({{year}}), neu newidiwch y grŵp blwyddyn',
  'You have already logged {{pack}} for {{pupils}} pupils in {{year}} on this day. If this was another group, tick the box to log it as well; if not, there is nothing more to do':
    'Rydych eisoes wedi cofnodi {{pack}} ar gyfer {{pupils}} o ddisgyblion ({{year}}) ar y diwrnod hwn. Os oedd hwn yn grŵp arall, ticiwch y blwch i’w gofnodi hefyd; os nad oedd, does dim mwy i’w wneud',
  'Teach: {{lesson}}': 'Addysgu: {{lesson}}',
  'Teach mode': 'Modd addysgu',

  // keys other areas' pages use too: if another area's file has one at merge, drop it here
  'Letter {{n}} of {{total}}: from {{from}} to {{to}}':
    'Llythyr {{n}} o {{total}}: oddi wrth {{from}} at {{to}}',
  'The film': 'Y ffilm',
  Transcript: 'Trawsgrifiad',
  'Before you start': 'Cyn i chi ddechrau',
  'Content note': 'Nodyn cynnwys',
  'For teaching': 'Ar gyfer addysgu',
  'Log a lesson you taught': 'Cofnodi gwers a addysgwyd gennych',
  'Lessons you have taught': 'Gwersi rydych wedi’u haddysgu',
  'Back to my learning': 'Yn ôl i fy nysgu',
}
