import { type Catalogue } from '../i18n.ts'

/** Welsh for the trainer's studio. */
export const studio: Catalogue = {
  // the studio's front page and import
  'Modules of every unit and the national library.':
    'Modiwlau pob Uned a’r llyfrgell genedlaethol.',
  'Modules of {{unit}} and the national library.': 'Modiwlau {{unit}} a’r llyfrgell genedlaethol.',
  'Create a module': 'Creu modiwl',
  'Nothing changed: {{slug}} is already at version {{version}}.':
    'Dim newid: mae {{slug}} eisoes ar fersiwn {{version}}.',
  'Imported {{slug}} as version {{version}}.': 'Mewnforiwyd {{slug}} fel fersiwn {{version}}.',
  'Open it': 'Ei agor',
  'Modules you edit': 'Modiwlau rydych yn eu golygu',
  'No modules yet.': 'Dim modiwlau eto.',
  'National library': 'Llyfrgell genedlaethol',
  'Read-only unless you are an administrator; copy one into your unit to change it.':
    'Darllen yn unig oni bai eich bod yn weinyddwr; copïwch fodiwl i’ch Uned i’w newid.',
  'No national modules.': 'Dim modiwlau cenedlaethol.',
  'Import a module': 'Mewnforio modiwl',
  'Module zip (exported from Upstream, in the pack format)':
    'Ffeil zip y modiwl (wedi’i hallforio o Upstream, yn fformat y pecyn)',
  Import: 'Mewnforio',
  Owner: 'Perchennog',
  Published: 'Cyhoeddwyd',
  Draft: 'Drafft',
  'Not published': 'Heb ei gyhoeddi',
  'Draft in progress': 'Drafft ar y gweill',
  'Choose a module zip to import': 'Dewiswch ffeil zip modiwl i’w mewnforio',
  'The module zip was refused; nothing of it was loaded':
    'Gwrthodwyd ffeil zip y modiwl; ni lwythwyd dim ohoni',
  '{{title}} – Studio': '{{title}} – Stiwdio',
  '{{title}} (preview) – Studio': '{{title}} (rhagolwg) – Stiwdio',
  // creating a module and its details
  'Start with its details; you add lessons next. Learners see nothing until you publish.':
    'Dechreuwch gyda’i fanylion; byddwch yn ychwanegu gwersi nesaf. Ni fydd dysgwyr yn gweld dim nes i chi gyhoeddi.',
  'Create the module': 'Creu’r modiwl',
  'One or two plain sentences: who it is for and what they will be able to do.':
    'Un neu ddwy frawddeg syml: ar gyfer pwy y mae a beth y byddant yn gallu ei wneud.',
  'Description (optional)': 'Disgrifiad (dewisol)',
  Description: 'Disgrifiad',
  'What it covers, shown on the module page. Markdown.':
    'Beth mae’n ei gwmpasu, a ddangosir ar dudalen y modiwl. Markdown.',
  'Content note (optional)': 'Nodyn cynnwys (dewisol)',
  'What in the module may distress, so a learner can choose when to take it.':
    'Beth yn y modiwl a allai beri gofid, fel y gall dysgwr ddewis pryd i’w ddilyn.',
  Audience: 'Cynulleidfa',
  Topics: 'Pynciau',
  'The Trauma-Informed Wales framework level the module is written for.':
    'Lefel fframwaith Cymru sy’n Ystyriol o Drawma y mae’r modiwl wedi’i ysgrifennu ar ei chyfer.',
  'Minutes a learner takes': 'Munudau y mae dysgwr yn eu cymryd',
  'CPD minutes on the certificate': 'Munudau DPP ar y dystysgrif',
  'Pass mark for knowledge checks (%)': 'Marc llwyddo ar gyfer gwiriadau gwybodaeth (%)',
  'National library (every unit may use it)': 'Llyfrgell genedlaethol (gall pob Uned ei defnyddio)',
  'Staying in date': 'Aros yn ddilys',
  'Does training in this module run out?': 'A yw hyfforddiant yn y modiwl hwn yn dod i ben?',
  'No, it never runs out': 'Nac ydy, nid yw byth yn dod i ben',
  'Yes, a number of months after completing': 'Ydy, nifer o fisoedd ar ôl ei gwblhau',
  'Yes, on a day each year (like 31 August)': 'Ydy, ar ddiwrnod bob blwyddyn (fel 31 Awst)',
  'Months it stays in date (when it runs out after some months)':
    'Misoedd y mae’n aros yn ddilys (pan fydd yn dod i ben ar ôl rhai misoedd)',
  'Day each year it runs out (when it runs out on a day)':
    'Y diwrnod bob blwyddyn y mae’n dod i ben (pan fydd yn dod i ben ar ddiwrnod)',
  'A day and month, like 31 August. Someone who finishes in the renewal window before it is in date until the year after.':
    'Diwrnod a mis, fel 31 Awst. Mae rhywun sy’n gorffen yn y cyfnod adnewyddu cyn hynny yn ddilys tan y flwyddyn wedyn.',
  'Days before it runs out that learners may renew':
    'Dyddiau cyn iddo ddod i ben y caiff dysgwyr adnewyddu',
  'Renewing early adds to the old date, so nobody loses time. Usually 60.':
    'Mae adnewyddu’n gynnar yn ychwanegu at yr hen ddyddiad, felly nid oes neb yn colli amser. 60 fel arfer.',
  'Refresher that renews it (optional)': 'Modiwl gloywi sy’n ei adnewyddu (dewisol)',
  'A shorter module, taken after this one, that keeps it in date.':
    'Modiwl byrrach, a ddilynir ar ôl hwn, sy’n ei gadw’n ddilys.',
  'No refresher: take this module again': 'Dim modiwl gloywi: dilyn y modiwl hwn eto',
  'Ask everyone who did an earlier version to take it again by (optional)':
    'Gofyn i bawb a ddilynodd fersiwn gynharach ei ddilyn eto erbyn (dewisol)',
  'For a yearly update of the guidance. Leave it empty otherwise.':
    'Ar gyfer diweddariad blynyddol i’r canllawiau. Fel arall, gadewch yn wag.',
  'Why they must take it again (learners see this)':
    'Pam mae’n rhaid iddynt ei ddilyn eto (mae dysgwyr yn gweld hyn)',
  // a module's page
  'Your unit’s module': 'Modiwl eich Uned',
  'Published version {{version}}': 'Fersiwn {{version}} wedi’i chyhoeddi',
  'Not published yet': 'Heb ei gyhoeddi eto',
  'Not published yet.': 'Heb ei gyhoeddi eto.',
  'Published version {{version}}. Learners who start now get it; anyone part-way keeps theirs.':
    'Cyhoeddwyd fersiwn {{version}}. Bydd dysgwyr sy’n dechrau nawr yn ei chael; bydd unrhyw un sydd hanner ffordd drwodd yn cadw eu fersiwn nhw.',
  'Nothing has changed since version {{version}}.': 'Does dim wedi newid ers fersiwn {{version}}.',
  'Saved “{{title}}” to the draft.': 'Cadwyd “{{title}}” yn y drafft.',
  'Saved to the draft.': 'Wedi’i gadw yn y drafft.',
  'Export as a zip': 'Allforio fel ffeil zip',
  'Copy into my unit': 'Copïo i’m Huned',
  'Start a new draft': 'Dechrau drafft newydd',
  'Add a lesson': 'Ychwanegu gwers',
  'Kind of lesson': 'Math o wers',
  'Lesson title': 'Teitl y wers',
  Position: 'Safle',
  'At the start': 'Ar y dechrau',
  'After lesson {{n}} ‘{{title}}’': 'Ar ôl gwers {{n}} ‘{{title}}’',
  'At the end': 'Ar y diwedd',
  'Add the lesson': 'Ychwanegu’r wers',
  Publish: 'Cyhoeddi',
  'Publishing puts this version in the national library for every unit.':
    'Mae cyhoeddi’n rhoi’r fersiwn hon yn y llyfrgell genedlaethol i bob Uned.',
  'Publishing makes this draft the version learners in your unit start.':
    'Mae cyhoeddi’n gwneud y drafft hwn yn fersiwn y bydd dysgwyr yn eich Uned yn ei dechrau.',
  'Publish the draft': 'Cyhoeddi’r drafft',
  'Module details': 'Manylion y modiwl',
  'Save the details': 'Cadw’r manylion',
  'No lessons yet.': 'Dim gwersi eto.',
  'not ready': 'ddim yn barod',
  Edit: 'Golygu',
  Preview: 'Rhagolwg',
  'Move up': 'Symud i fyny',
  'Move down': 'Symud i lawr',
  Versions: 'Fersiynau',
  Version: 'Fersiwn',
  By: 'Gan',
  'Imported from a pack': 'Wedi’i fewnforio o becyn',
  'Compare two versions': 'Cymharu dwy fersiwn',
  'From version': 'O fersiwn',
  'To version': 'I fersiwn',
  Compare: 'Cymharu',
  'The lessons are the same.': 'Mae’r gwersi yr un fath.',
  Added: 'Ychwanegwyd',
  Removed: 'Tynnwyd',
  Changed: 'Newidiwyd',
  Moved: 'Symudwyd',
  // how learners do
  'How learners do': 'Sut mae dysgwyr yn dod ymlaen',
  'Counts only: no names, and never anyone’s reflections. Figures about fewer than 5 people are not shown, and check results are counted in groups of attempts by five people.':
    'Cyfrifon yn unig: dim enwau, a byth fyfyrdodau neb. Ni ddangosir ffigurau am lai na 5 o bobl, ac mae canlyniadau gwiriadau’n cael eu cyfrif mewn grwpiau o ymdrechion gan bump o bobl.',
  'Fewer than 5': 'Llai na 5',
  'Knowledge checks passed': 'Gwiriadau gwybodaeth a basiwyd',
  'Fewer than 5 people: not shown': 'Llai na 5 o bobl: heb ei ddangos',
  'No attempts yet': 'Dim ymdrechion eto',
  'Questions most often answered wrong': 'Y cwestiynau a atebir yn anghywir amlaf',
  Question: 'Cwestiwn',
  Lesson: 'Gwers',
  'Answered wrong': 'Atebwyd yn anghywir',
  '{{wrong}} of {{answered}}': '{{wrong}} o {{answered}}',
  // publishing
  'Nothing to publish': 'Dim i’w gyhoeddi',
  'Publish version {{version}}?': 'Cyhoeddi fersiwn {{version}}?',
  'The draft is the same as version {{version}}, so no new version is made: publishing only closes the draft.':
    'Mae’r drafft yr un fath â fersiwn {{version}}, felly ni chaiff fersiwn newydd ei gwneud: dim ond cau’r drafft y mae cyhoeddi.',
  'Who gets it: {{audience}}, in {{unit}}.': 'Pwy sy’n ei gael: {{audience}}, yn {{unit}}.',
  'Who gets it: {{audience}}, in every unit (the national library).':
    'Pwy sy’n ei gael: {{audience}}, ym mhob Uned (y llyfrgell genedlaethol).',
  '{{count}} lessons.': {
    zero: '{{count}} o wersi.',
    one: '{{count}} wers.',
    two: '{{count}} wers.',
    few: '{{count}} gwers.',
    many: '{{count}} gwers.',
    other: '{{count}} o wersi.',
  },
  'It replaces version {{replaces}} for anyone who starts from now. Learners part-way through version {{replaces}} keep it until they finish, and their certificates name it.':
    'Mae’n disodli fersiwn {{replaces}} i unrhyw un sy’n dechrau o hyn ymlaen. Bydd dysgwyr sydd hanner ffordd drwy fersiwn {{replaces}} yn ei chadw nes iddynt orffen, a bydd eu tystysgrifau’n ei henwi.',
  'This is the first version: learners will find it in their catalogue.':
    'Dyma’r fersiwn gyntaf: bydd dysgwyr yn dod o hyd iddi yn eu catalog.',
  'The draft cannot be published yet': 'Ni ellir cyhoeddi’r drafft eto',
  // the lesson editor
  'Edit lesson: {{title}}': 'Golygu gwers: {{title}}',
  untitled: 'heb deitl',
  'Save the lesson': 'Cadw’r wers',
  'Minutes it takes': 'Munudau y mae’n eu cymryd',
  'Optional: the module can be completed without it': 'Dewisol: gellir cwblhau’r modiwl hebddi',
  'Shown first: what may distress, so the learner chooses to go on, read instead, or leave.':
    'Fe’i dangosir gyntaf: beth a allai beri gofid, fel bod y dysgwr yn dewis parhau, darllen yn lle hynny, neu adael.',
  'Lesson plan or discussion guide': 'Cynllun gwers neu ganllaw trafod',
  Introduction: 'Cyflwyniad',
  'Markdown. Raw HTML is removed.': 'Markdown. Caiff HTML crai ei dynnu.',
  'Reflection questions, one a line': 'Cwestiynau myfyrio, un ar bob llinell',
  'Answers are private to the learner: no one else ever reads them.':
    'Mae’r atebion yn breifat i’r dysgwr: does neb arall byth yn eu darllen.',
  'Sources (optional), one a line': 'Ffynonellau (dewisol), un ar bob llinell',
  'The study or organisation and year for every research fact in the lesson.':
    'Yr astudiaeth neu’r sefydliad a’r flwyddyn ar gyfer pob ffaith ymchwil yn y wers.',
  Uploading: 'Wrthi’n uwchlwytho',
  Text: 'Testun',
  'Markdown. Raw HTML is removed. The preview shows it as learners will see it.':
    'Markdown. Caiff HTML crai ei dynnu. Mae’r rhagolwg yn ei ddangos fel y bydd dysgwyr yn ei weld.',
  'The preview appears here as you type (it needs JavaScript).':
    'Mae’r rhagolwg yn ymddangos yma wrth i chi deipio (mae angen JavaScript).',
  'Replace the film (MP4 or WebM)': 'Newid y ffilm (MP4 neu WebM)',
  'Film (MP4 or WebM)': 'Ffilm (MP4 neu WebM)',
  'Now: media/{{path}}. Up to {{size}}.': 'Nawr: media/{{path}}. Hyd at {{size}}.',
  'Up to {{size}}.': 'Hyd at {{size}}.',
  'Replace the captions (WebVTT)': 'Newid y capsiynau (WebVTT)',
  'Captions (WebVTT)': 'Capsiynau (WebVTT)',
  'Now: media/{{path}}.': 'Nawr: media/{{path}}.',
  'A .vtt file; a broken one is refused with the line that is wrong.':
    'Ffeil .vtt; caiff un sydd wedi torri ei gwrthod, gan nodi’r llinell sy’n anghywir.',
  'Captions label': 'Label y capsiynau',
  'Captions language code': 'Cod iaith y capsiynau',
  'Two letters, like en or cy.': 'Dwy lythyren, fel en neu cy.',
  'Markdown. Reading it counts the same as watching the film.':
    'Markdown. Mae ei ddarllen yn cyfrif yr un fath â gwylio’r ffilm.',
  'Letter {{n}}': 'Llythyr {{n}}',
  'Add a letter (optional)': 'Ychwanegu llythyr (dewisol)',
  Letter: 'Llythyr',
  Date: 'Dyddiad',
  'Downloads (PDF)': 'Lawrlwythiadau (PDF)',
  'Title of media/{{path}}': 'Teitl media/{{path}}',
  'Remove this download': 'Tynnu’r lawrlwythiad hwn',
  'Title of a new PDF (optional)': 'Teitl PDF newydd (dewisol)',
  'New PDF (optional)': 'PDF newydd (dewisol)',
  'A PDF, up to {{size}}.': 'PDF, hyd at {{size}}.',
  // the knowledge check editor
  'Pass mark for this check (%), optional': 'Marc llwyddo ar gyfer y gwiriad hwn (%), dewisol',
  'Leave empty to use the module’s pass mark.':
    'Gadewch yn wag i ddefnyddio marc llwyddo’r modiwl.',
  'Question {{n}}': 'Cwestiwn {{n}}',
  'Question {{n}}: the question': 'Cwestiwn {{n}}: y cwestiwn',
  'Question {{n}}: more than one option is right': 'Cwestiwn {{n}}: mae mwy nag un dewis yn gywir',
  'Question {{n}}, option {{m}}': 'Cwestiwn {{n}}, dewis {{m}}',
  'Question {{n}}, option {{m}} is right': 'Cwestiwn {{n}}, mae dewis {{m}} yn gywir',
  'Question {{n}}, feedback on option {{m}}': 'Cwestiwn {{n}}, adborth ar ddewis {{m}}',
  'Remove option {{m}} of question {{n}}': 'Tynnu dewis {{m}} o gwestiwn {{n}}',
  'Add an option to question {{n}}': 'Ychwanegu dewis at gwestiwn {{n}}',
  'Remove question {{n}}': 'Tynnu cwestiwn {{n}}',
  'Add a question': 'Ychwanegu cwestiwn',
  // the preview
  'Preview of the draft: this is what learners will see. Nothing you do here is recorded.':
    'Rhagolwg o’r drafft: dyma beth fydd dysgwyr yn ei weld. Ni chofnodir dim a wnewch yma.',
  'Preview of the published version. Nothing you do here is recorded.':
    'Rhagolwg o’r fersiwn a gyhoeddwyd. Ni chofnodir dim a wnewch yma.',
  'Back to the studio': 'Yn ôl i’r stiwdio',
  // a pack's problems, in the studio's words
  '{{field}}: {{message}}': '{{field}}: {{message}}',
  '{{lesson}}: {{message}}': '{{lesson}}: {{message}}',
  'Lesson {{n}} ‘{{title}}’': 'Gwers {{n}} ‘{{title}}’',
  'Lesson {{n}}': 'Gwers {{n}}',
  'A lesson ‘{{title}}’': 'Gwers ‘{{title}}’',
  'A lesson': 'Gwers',
  'option {{option}}: {{message}}': 'dewis {{option}}: {{message}}',
  'Download {{n}}': 'Lawrlwythiad {{n}}',
  'Pass mark for this check': 'Marc llwyddo’r gwiriad hwn',
  'Reflection questions': 'Cwestiynau myfyrio',
  Refresher: 'Modiwl gloywi',
  'Take it again by': 'Ei ddilyn eto erbyn',
  'shorten it': 'byrhewch ef',
  'enter a title': 'rhowch deitl',
  'enter a summary': 'rhowch grynodeb',
  'check the description': 'gwiriwch y disgrifiad',
  'check the content note': 'gwiriwch y nodyn cynnwys',
  'choose at least one audience': 'dewiswch o leiaf un gynulleidfa',
  'choose at least one topic': 'dewiswch o leiaf un pwnc',
  'choose a practice level': 'dewiswch lefel ymarfer',
  'enter a whole number of minutes': 'rhowch nifer cyfan o funudau',
  'enter a whole number from 0 to 100': 'rhowch rif cyfan o 0 i 100',
  'add at least one lesson before publishing': 'ychwanegwch o leiaf un wers cyn cyhoeddi',
  'remove the lesson that cannot be read and add it again':
    'tynnwch y wers na ellir ei darllen a’i hychwanegu eto',
  'this module’s unit is no longer in the service':
    'nid yw Uned y modiwl hwn yn y gwasanaeth mwyach',
  'choose another module from the list': 'dewiswch fodiwl arall o’r rhestr',
  'enter a date that exists, and the reason learners will see':
    'rhowch ddyddiad sy’n bodoli, a’r rheswm y bydd dysgwyr yn ei weld',
  'save the module details again': 'cadwch fanylion y modiwl eto',
  'mark one option as correct': 'marciwch un dewis yn gywir',
  'mark only one option as correct, or tick “more than one option is right”':
    'marciwch un dewis yn unig yn gywir, neu ticiwch “mae mwy nag un dewis yn gywir”',
  'enter the question': 'rhowch y cwestiwn',
  'keep to 8 options at most': 'cadwch at 8 dewis ar y mwyaf',
  'add at least two options': 'ychwanegwch o leiaf ddau ddewis',
  'enter the option': 'rhowch y dewis',
  'enter the feedback a learner sees for it':
    'rhowch yr adborth y mae dysgwr yn ei weld ar ei gyfer',
  'check the question': 'gwiriwch y cwestiwn',
  'check it': 'gwiriwch ef',
  'it cannot be read; open it and save it again': 'ni ellir ei darllen; agorwch hi a’i chadw eto',
  'it has no content; remove it and add it again':
    'nid oes ganddi gynnwys; tynnwch hi a’i hychwanegu eto',
  'another lesson has the same title; change one of the titles':
    'mae gan wers arall yr un teitl; newidiwch un o’r teitlau',
  'it has no kind; remove it and add it again':
    'nid oes ganddi fath; tynnwch hi a’i hychwanegu eto',
  'check the sources': 'gwiriwch y ffynonellau',
  'its length cannot be read; export it again from a video editor and upload it':
    'ni ellir darllen ei hyd; allforiwch hi eto o olygydd fideo a’i huwchlwytho',
  'upload an MP4 or WebM film': 'uwchlwythwch ffilm MP4 neu WebM',
  'upload the film (MP4 or WebM)': 'uwchlwythwch y ffilm (MP4 neu WebM)',
  'the captions file cannot be used ({{problem}}); upload it again':
    'ni ellir defnyddio’r ffeil capsiynau ({{problem}}); uwchlwythwch hi eto',
  'add captions': 'ychwanegwch gapsiynau',
  'add a transcript': 'ychwanegwch drawsgrifiad',
  'the still image is missing': 'mae’r llun llonydd ar goll',
  'check its chapters and notes': 'gwiriwch ei phenodau a’i nodiadau',
  'Teach screen {{n}}': 'Sgrin addysgu {{n}}',
  'it plays a chapter of the film, so leave out from and to (or leave out the chapter)':
    'mae’n chwarae pennod o’r ffilm, felly gadewch from a to allan (neu gadewch y bennod allan)',
  'the film has no chapter “{{chapter}}”; use one of its chapters: {{ids}}':
    'nid oes gan y ffilm bennod “{{chapter}}”; defnyddiwch un o’i phenodau: {{ids}}',
  'the film has no chapter “{{chapter}}”; give the film lesson’s chapters an id first':
    'nid oes gan y ffilm bennod “{{chapter}}”; rhowch id i benodau gwers y ffilm yn gyntaf',
  'add at least one letter': 'ychwanegwch o leiaf un llythyr',
  'fill in who it is from and to, its date and the letter':
    'llenwch gan bwy ac at bwy y mae, ei ddyddiad a’r llythyr',
  'check the downloads': 'gwiriwch y lawrlwythiadau',
  'it must be a PDF': 'rhaid iddo fod yn PDF',
  'the PDF is missing; upload it again': 'mae’r PDF ar goll; uwchlwythwch ef eto',
  'enter its title': 'rhowch ei deitl',
  'add at least one question': 'ychwanegwch o leiaf un cwestiwn',
  Lessons: 'Gwersi',
  Sources: 'Ffynonellau',
  Film: 'Ffilm',
  Letters: 'Llythyrau',
  Downloads: 'Lawrlwythiadau',
  'Knowledge check': 'Gwiriad gwybodaeth',
  // the lesson form's messages by a field (app/authoring/labels.ts)
  'Enter a lesson title': 'Rhowch deitl i’r wers',
  'Enter the minutes the lesson takes, as a whole number':
    'Rhowch nifer y munudau y mae’r wers yn eu cymryd, fel rhif cyfan',
  'Keep the content note to 1,000 characters': 'Cadwch y nodyn cynnwys at 1,000 o nodau',
  'Keep each source to 500 characters': 'Cadwch bob ffynhonnell at 500 o nodau',
  'Add at least one question': 'Ychwanegwch o leiaf un cwestiwn',
  'Question {{n}}: enter the question': 'Cwestiwn {{n}}: rhowch y cwestiwn',
  'Question {{n}}: add at least two options': 'Cwestiwn {{n}}: ychwanegwch o leiaf ddau ddewis',
  'Question {{n}}: enter the text of option {{m}}': 'Cwestiwn {{n}}: rhowch destun dewis {{m}}',
  'Question {{n}}: enter the feedback a learner sees for option {{m}}':
    'Cwestiwn {{n}}: rhowch yr adborth y mae dysgwr yn ei weld ar gyfer dewis {{m}}',
  'Question {{n}}: mark one option as correct': 'Cwestiwn {{n}}: marciwch un dewis yn gywir',
  'Question {{n}}: write the question again without the hard detail, or take out its content note':
    'Cwestiwn {{n}}: ysgrifennwch y cwestiwn eto heb y manylion anodd, neu tynnwch ei nodyn cynnwys',
  'Question {{n}}: keep the content note to 500 characters':
    'Cwestiwn {{n}}: cadwch y nodyn cynnwys i 500 nod',
  'Question {{n}}: keep the question without the hard detail to 1,000 characters':
    'Cwestiwn {{n}}: cadwch y cwestiwn heb y manylion anodd i 1,000 nod',
  'write the question again without the hard detail, or take out its content note':
    'ysgrifennwch y cwestiwn eto heb y manylion anodd, neu tynnwch ei nodyn cynnwys',
  'check the question without the hard detail': 'gwiriwch y cwestiwn heb y manylion anodd',
  'Question {{n}}: content note (optional)': 'Cwestiwn {{n}}: nodyn cynnwys (dewisol)',
  'Question {{n}}: content note in Welsh': 'Cwestiwn {{n}}: nodyn cynnwys yn Gymraeg',
  'Only for a question with hard detail, such as a stabbing or abuse at home. Learners then choose to see the question, see it without the detail, or leave.':
    'Dim ond ar gyfer cwestiwn â manylion anodd, fel trywanu neu gam-drin yn y cartref. Yna bydd dysgwyr yn dewis gweld y cwestiwn, ei weld heb y manylion, neu adael.',
  'Question {{n}}: the same question without the hard detail':
    'Cwestiwn {{n}}: yr un cwestiwn heb y manylion anodd',
  'Question {{n}}: the same question without the hard detail, in Welsh':
    'Cwestiwn {{n}}: yr un cwestiwn heb y manylion anodd, yn Gymraeg',
  'Needed with a content note. The options and the right answer stay the same.':
    'Mae angen hwn gyda nodyn cynnwys. Mae’r dewisiadau a’r ateb cywir yn aros yr un fath.',
  'Question {{n}}: mark only one option as correct, or tick “more than one option is right”':
    'Cwestiwn {{n}}: marciwch un dewis yn unig yn gywir, neu ticiwch “mae mwy nag un dewis yn gywir”',
  'Question {{n}}: check the question and its options':
    'Cwestiwn {{n}}: gwiriwch y cwestiwn a’i ddewisiadau',
  'Add at least one letter': 'Ychwanegwch o leiaf un llythyr',
  'Letter {{n}}: fill in who it is from and to, its date and the letter':
    'Llythyr {{n}}: llenwch gan bwy ac at bwy y mae, ei ddyddiad a’r llythyr',
  'Downloads: give each PDF a title': 'Lawrlwythiadau: rhowch deitl i bob PDF',
  'Enter a title for the PDF': 'Rhowch deitl i’r PDF',
  'Add at least one reflection question': 'Ychwanegwch o leiaf un cwestiwn myfyrio',
  'Choose a film to upload (MP4 or WebM)': 'Dewiswch ffilm i’w huwchlwytho (MP4 neu WebM)',
  'Choose a captions file to upload (WebVTT)': 'Dewiswch ffeil capsiynau i’w huwchlwytho (WebVTT)',
  'Enter the transcript of the film': 'Rhowch drawsgrifiad y ffilm',
  'Enter the pass mark as a whole number from 0 to 100':
    'Rhowch y marc llwyddo fel rhif cyfan o 0 i 100',
  'The lesson could not be saved; check its fields and save it again':
    'Nid oedd modd cadw’r wers; gwiriwch ei meysydd a’i chadw eto',
  'Enter the lesson title in Welsh': 'Rhowch deitl y wers yn Gymraeg',
  'Question {{n}}: write the question, every option and its feedback in Welsh':
    'Cwestiwn {{n}}: ysgrifennwch y cwestiwn, pob dewis a’i adborth yn Gymraeg',
  'Letter {{n}}: write who it is from and to, its date and the letter in Welsh':
    'Llythyr {{n}}: ysgrifennwch gan bwy ac at bwy y mae, ei ddyddiad a’r llythyr yn Gymraeg',
  'Give each PDF a title in Welsh': 'Rhowch deitl Cymraeg i bob PDF',
  'Write the reflection questions in Welsh, one a line, as many as in English and in the same order':
    'Ysgrifennwch y cwestiynau myfyrio yn Gymraeg, un ar bob llinell, yr un nifer ag yn Saesneg ac yn yr un drefn',
  'Keep the note for the reviewer to 2,000 characters':
    'Cadwch y nodyn i’r adolygydd at 2,000 o nodau',
  'The Welsh does not match the English lesson; check each Welsh field':
    'Nid yw’r Gymraeg yn cyfateb i’r wers Saesneg; gwiriwch bob maes Cymraeg',
  // the lesson editor's Welsh column
  'Add Welsh': 'Ychwanegu Cymraeg',
  'This lesson is in English only. Welsh learners see the English.':
    'Mae’r wers hon yn Saesneg yn unig. Mae dysgwyr Cymraeg yn gweld y Saesneg.',
  'Each Welsh field is beside its English. Questions, options and which are right come from the English; write only the words in Welsh.':
    'Mae pob maes Cymraeg wrth ymyl ei Saesneg. Daw’r cwestiynau, y dewisiadau a pha rai sy’n gywir o’r Saesneg; ysgrifennwch y geiriau’n unig yn Gymraeg.',
  'Welsh to be reviewed': 'Cymraeg i’w hadolygu',
  'This Welsh needs a Welsh speaker’s review': 'Mae angen i siaradwr Cymraeg adolygu’r Gymraeg hon',
  'What the reviewer should look at (optional)': 'Beth ddylai’r adolygydd edrych arno (dewisol)',
  'Kept with the lesson, and Welsh learners see that the wording may change. Write doubt down here rather than leaving it out.':
    'Caiff ei gadw gyda’r wers, ac mae dysgwyr Cymraeg yn gweld y gall y geiriad newid. Ysgrifennwch unrhyw amheuaeth yma yn hytrach na’i hepgor.',
  'Remove the Welsh from this lesson': 'Tynnu’r Gymraeg o’r wers hon',
  'Lesson title in Welsh': 'Teitl y wers yn Gymraeg',
  'Content note in Welsh (optional)': 'Nodyn cynnwys yn Gymraeg (dewisol)',
  'Text in Welsh': 'Testun yn Gymraeg',
  'Introduction in Welsh': 'Cyflwyniad yn Gymraeg',
  'Lesson plan or discussion guide in Welsh': 'Cynllun gwers neu ganllaw trafod yn Gymraeg',
  'Reflection questions in Welsh, one a line, in the same order':
    'Cwestiynau myfyrio yn Gymraeg, un ar bob llinell, yn yr un drefn',
  'Welsh learners see the same film, with the captions and transcript above.':
    'Mae dysgwyr Cymraeg yn gweld yr un ffilm, gyda’r capsiynau a’r trawsgrifiad uchod.',
  'Question {{n}}: the question in Welsh': 'Cwestiwn {{n}}: y cwestiwn yn Gymraeg',
  'Question {{n}}, option {{m}} in Welsh': 'Cwestiwn {{n}}, dewis {{m}} yn Gymraeg',
  'Question {{n}}, feedback on option {{m}} in Welsh':
    'Cwestiwn {{n}}, adborth ar ddewis {{m}} yn Gymraeg',
  'From, in Welsh': 'Oddi wrth, yn Gymraeg',
  'To, in Welsh': 'At, yn Gymraeg',
  'Date, in Welsh': 'Dyddiad, yn Gymraeg',
  'Letter, in Welsh': 'Llythyr, yn Gymraeg',
  'Title of media/{{path}} in Welsh': 'Teitl media/{{path}} yn Gymraeg',
  'Title of a new PDF in Welsh (optional)': 'Teitl PDF newydd yn Gymraeg (dewisol)',
  // the module's Welsh
  'Languages learners can read it in': 'Ieithoedd y gall dysgwyr ei ddarllen ynddynt',
  'English and Welsh needs the Welsh of every lesson and of the title and summary; publishing says what is missing.':
    'Mae Saesneg a Chymraeg yn gofyn am Gymraeg pob gwers a’r teitl a’r crynodeb; mae cyhoeddi’n dweud beth sydd ar goll.',
  'English and Welsh': 'Saesneg a Chymraeg',
  'Languages:': 'Ieithoedd:',
  'Title in Welsh': 'Teitl yn Gymraeg',
  'Summary in Welsh': 'Crynodeb yn Gymraeg',
  'Description in Welsh (optional)': 'Disgrifiad yn Gymraeg (dewisol)',
  'enter the title and summary in Welsh, or choose English only':
    'rhowch y teitl a’r crynodeb yn Gymraeg, neu dewiswch Saesneg yn unig',
  'add its Welsh, or choose English only for the module':
    'ychwanegwch ei Chymraeg, neu dewiswch Saesneg yn unig i’r modiwl',
  'its Welsh does not match the English; open the lesson and save it again':
    'nid yw ei Chymraeg yn cyfateb i’r Saesneg; agorwch y wers a’i chadw eto',
  // the preview in each language
  'Preview in English': 'Rhagolwg yn Saesneg',
  'Preview in Welsh': 'Rhagolwg yn Gymraeg',
  'This lesson has no Welsh yet: a Welsh learner sees the English.':
    'Nid oes Cymraeg i’r wers hon eto: mae dysgwr Cymraeg yn gweld y Saesneg.',
  'Enter a number of months': 'Rhowch nifer o fisoedd',
  'Enter a day and month, like 31 August': 'Rhowch ddiwrnod a mis, fel 31 Awst',
  'Enter a number of days': 'Rhowch nifer o ddiwrnodau',
  'Enter a date, like 31/10/2027': 'Rhowch ddyddiad, fel 31/10/2027',
  'Keep the reason to 500 characters': 'Cadwch y rheswm i 500 nod',
  'Enter the renewal window as a whole number of days':
    'Rhowch y cyfnod adnewyddu fel nifer cyfan o ddiwrnodau',
  'Enter how many months it stays in date, like 12':
    'Rhowch sawl mis y mae’n aros yn ddilys, fel 12',
  'Enter a date that exists, like 31/10/2027': 'Rhowch ddyddiad sy’n bodoli, fel 31/10/2027',
  'The date to take it again by must be today or later':
    'Rhaid i’r dyddiad ar gyfer ei gwblhau eto fod heddiw neu’n hwyrach',
  'Say why everyone must take it again: learners see this':
    'Dywedwch pam fod rhaid i bawb ei gwblhau eto: mae dysgwyr yn gweld hyn',
  'A module cannot be its own refresher: choose a shorter module':
    'Ni all modiwl fod yn fodiwl gloywi iddo’i hun: dewiswch fodiwl byrrach',
  'That module is renewed by this one, so neither could be taken first: choose another':
    'Mae’r modiwl hwnnw’n cael ei adnewyddu gan yr un hwn, felly ni ellid cwblhau’r naill na’r llall yn gyntaf: dewiswch un arall',
  'The renewal window must be 0 days or more.':
    'Rhaid i’r cyfnod adnewyddu fod yn 0 diwrnod neu fwy.',
  'Training must stay in date for at least 1 month.':
    'Rhaid i hyfforddiant aros yn ddilys am o leiaf 1 mis.',
  'The renewal window must be shorter than the time the training stays in date.':
    'Rhaid i’r cyfnod adnewyddu fod yn fyrrach na’r amser y mae’r hyfforddiant yn aros yn ddilys.',
  'Choose a day that exists every year (29 February does not).':
    'Dewiswch ddiwrnod sy’n bodoli bob blwyddyn (nid yw 29 Chwefror).',
  'The renewal window must be shorter than a year, as the training lasts a year.':
    'Rhaid i’r cyfnod adnewyddu fod yn fyrrach na blwyddyn, gan fod yr hyfforddiant yn para blwyddyn.',
  'Choose at least one audience': 'Dewiswch o leiaf un gynulleidfa',
  'Choose at least one topic': 'Dewiswch o leiaf un pwnc',
  'Enter the minutes a learner takes as a number':
    'Rhowch y munudau y mae dysgwr yn eu cymryd fel rhif',
  'Enter the minutes a learner takes as a whole number':
    'Rhowch y munudau y mae dysgwr yn eu cymryd fel rhif cyfan',
  'The minutes a learner takes cannot be negative':
    'Ni all y munudau y mae dysgwr yn eu cymryd fod yn negyddol',
  'The minutes a learner takes must be 600 or less':
    'Rhaid i’r munudau y mae dysgwr yn eu cymryd fod yn 600 neu lai',
  'Enter the CPD minutes as a number': 'Rhowch y munudau DPP fel rhif',
  'Enter the CPD minutes as a whole number': 'Rhowch y munudau DPP fel rhif cyfan',
  'The CPD minutes cannot be negative': 'Ni all y munudau DPP fod yn negyddol',
  'The CPD minutes must be 600 or less': 'Rhaid i’r munudau DPP fod yn 600 neu lai',
  'Enter the pass mark as a number': 'Rhowch y marc llwyddo fel rhif',
  'Enter the pass mark as a whole number': 'Rhowch y marc llwyddo fel rhif cyfan',
  'The pass mark cannot be negative': 'Ni all y marc llwyddo fod yn negyddol',
  'The pass mark must be 100 or less': 'Rhaid i’r marc llwyddo fod yn 100 neu lai',
  'Choose the languages it offers': 'Dewiswch yr ieithoedd y mae’n eu cynnig',
  'The Welsh title must be 160 characters or fewer':
    'Rhaid i’r teitl Cymraeg fod yn 160 nod neu lai',
  'The Welsh summary must be 600 characters or fewer':
    'Rhaid i’r crynodeb Cymraeg fod yn 600 nod neu lai',
  'The Welsh description must be 5,000 characters or fewer':
    'Rhaid i’r disgrifiad Cymraeg fod yn 5,000 nod neu lai',
  'The Welsh content note must be 1,000 characters or fewer':
    'Rhaid i’r nodyn cynnwys Cymraeg fod yn 1,000 nod neu lai',
  'The title must be 160 characters or fewer': 'Rhaid i’r teitl fod yn 160 nod neu lai',
  'Enter a summary': 'Rhowch grynodeb',
  'The summary must be 600 characters or fewer': 'Rhaid i’r crynodeb fod yn 600 nod neu lai',
  'Choose a practice level': 'Dewiswch lefel ymarfer',
  'Choose a kind of lesson': 'Dewiswch fath o wers',
  'Choose where the lesson goes': 'Dewiswch ble mae’r wers yn mynd',
  'Only administrators publish national modules.':
    'Dim ond gweinyddwyr sy’n cyhoeddi modiwlau cenedlaethol.',
  'There is no draft to publish': 'Nid oes drafft i’w gyhoeddi',
  'Your account is not in a unit': 'Nid yw eich cyfrif mewn uned',
  'This module has nothing to copy': 'Nid oes dim i’w gopïo yn y modiwl hwn',
  'Your account is not in a unit, so it cannot own modules.':
    'Nid yw eich cyfrif mewn uned, felly ni all fod yn berchen ar fodiwlau.',
  'Only administrators change national modules.':
    'Dim ond gweinyddwyr sy’n newid modiwlau cenedlaethol.',
  'The form could not be read. Go back, check the files you chose and send it again.':
    'Nid oedd modd darllen y ffurflen. Ewch yn ôl, gwiriwch y ffeiliau a ddewisoch a’i hanfon eto.',
  'This module has nothing to export': 'Nid oes dim i’w allforio yn y modiwl hwn',
  'The film must be an MP4 or WebM video; this file is not one, whatever its name says':
    'Rhaid i’r ffilm fod yn fideo MP4 neu WebM; nid yw’r ffeil hon yn un, beth bynnag y mae ei henw’n ei ddweud',
  'The download must be a PDF; this file is not one, whatever its name says':
    'Rhaid i’r lawrlwythiad fod yn PDF; nid yw’r ffeil hon yn un, beth bynnag y mae ei henw’n ei ddweud',
  'The file is not a zip': 'Nid ffeil zip yw’r ffeil',
  'The captions file is not WebVTT': 'Nid yw’r ffeil capsiynau yn WebVTT',
  'The upload failed. Please try again.': 'Methodd yr uwchlwytho. Rhowch gynnig arall arni.',
  'The upload was interrupted. Please try again.':
    'Torrwyd ar draws yr uwchlwytho. Rhowch gynnig arall arni.',
}
