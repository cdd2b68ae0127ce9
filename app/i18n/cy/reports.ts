import { type Catalogue } from '../i18n.ts'

/** Welsh for reports, the board summary, report CSVs and PDFs. */
export const reports: Catalogue = {
  // the report page and the period form
  'Board summary': 'Crynodeb i’r bwrdd',
  'All Violence Reduction Units': 'Pob Uned Lleihau Trais',
  'Change the period or unit': 'Newid y cyfnod neu’r uned',
  'Change the period': 'Newid y cyfnod',
  'Show this unit': 'Dangos yr uned hon',
  'Show the year': 'Dangos y flwyddyn',
  'Financial year (1 April to 31 March)': 'Blwyddyn ariannol (1 Ebrill i 31 Mawrth)',
  'Show the quarter': 'Dangos y chwarter',
  'Quarter of the financial year': 'Blwyddyn ariannol y chwarter',
  Quarter: 'Chwarter',
  'Quarter 1: April to June': 'Chwarter 1: Ebrill i Fehefin',
  'Quarter 2: July to September': 'Chwarter 2: Gorffennaf i Fedi',
  'Quarter 3: October to December': 'Chwarter 3: Hydref i Ragfyr',
  'Quarter 4: January to March': 'Chwarter 4: Ionawr i Fawrth',
  'Show the month': 'Dangos y mis',
  Month: 'Mis',
  'For example, 2026-04': 'Er enghraifft, 2026-04',
  'Show these months': 'Dangos y misoedd hyn',
  'From the start of': 'O ddechrau',
  'Whole months, for example 2026-04': 'Misoedd cyfan, er enghraifft 2026-04',
  'To the end of': 'Hyd at ddiwedd',
  'Enter the year the financial year starts in, like 2026':
    'Rhowch y flwyddyn y mae’r flwyddyn ariannol yn dechrau ynddi, fel 2026',
  'Enter a year from 2000': 'Rhowch flwyddyn o 2000 ymlaen',
  'Enter a year before 2100': 'Rhowch flwyddyn cyn 2100',
  'Choose a quarter': 'Dewiswch chwarter',
  'Choose a month': 'Dewiswch fis',
  'Enter the month like 2026-04': 'Rhowch y mis fel 2026-04',
  'Enter the first month': 'Rhowch y mis cyntaf',
  'Enter the first month like 2026-04: custom ranges are whole months':
    'Rhowch y mis cyntaf fel 2026-04: mae cyfnodau penodol yn fisoedd cyfan',
  'Enter the last month': 'Rhowch y mis olaf',
  'Enter the last month like 2027-03: custom ranges are whole months':
    'Rhowch y mis olaf fel 2027-03: mae cyfnodau penodol yn fisoedd cyfan',
  'The last month must be the first month or after it':
    'Rhaid i’r mis olaf fod yr un mis â’r mis cyntaf neu ar ei ôl',
  'Choose at most 36 months': 'Dewiswch 36 mis ar y mwyaf',
  'Choose a kind of period': 'Dewiswch fath o gyfnod',
  // periods
  'Financial year {{from}} to {{to}}': 'Blwyddyn ariannol {{from}} i {{to}}',
  'Quarter {{quarter}} of {{from}} to {{to}} ({{months}})':
    'Chwarter {{quarter}} {{from}} i {{to}} ({{months}})',
  '{{first}} to {{last}}': '{{first}} i {{last}}',
  '{{month}} {{year}}': '{{month}} {{year}}',
  '{{months}} {{year}}': '{{months}} {{year}}',
  // headline figures
  'Headline figures': 'Prif ffigurau',
  'Professionals upskilled': 'Gweithwyr proffesiynol wedi’u huwchsgilio',
  Completions: 'Cwblhadau',
  'People in progress': 'Pobl ar ganol modiwl',
  'Assigned but overdue': 'Wedi’u haseinio ond yn hwyr',
  'Staff in date on required training today': 'Staff sy’n ddilys ar hyfforddiant gofynnol heddiw',
  Measure: 'Mesur',
  Number: 'Nifer',
  'Each person counts once in a period, so the quarters can add up to more than the year.':
    'Mae pob person yn cyfrif unwaith mewn cyfnod, felly gall y chwarteri adio i fwy na’r flwyddyn.',
  'Professionals upskilled: different people who completed at least one module in the period; someone who completed three counts once. People in progress: people who started a module in the period and have not finished it yet. Figures about 1 to 4 people are shown as “fewer than 5”, and groups that small are not named but added to “Other groups”, with the smallest named groups where that is needed to keep them from being worked out, so no one can be singled out.':
    'Gweithwyr proffesiynol wedi’u huwchsgilio: pobl wahanol a gwblhaodd o leiaf un modiwl yn y cyfnod; mae rhywun a gwblhaodd dri yn cyfrif unwaith. Pobl ar ganol modiwl: pobl a ddechreuodd fodiwl yn y cyfnod ac nad ydynt wedi’i orffen eto. Mae ffigurau am 1 i 4 o bobl yn cael eu dangos fel “llai na 5”, ac nid yw grwpiau mor fach â hynny’n cael eu henwi ond yn cael eu hychwanegu at “Grwpiau eraill”, ynghyd â’r grwpiau lleiaf a enwir lle mae angen hynny i’w hatal rhag cael eu cyfrifo, fel na ellir adnabod neb.',
  'Board summary to print': 'Crynodeb i’r bwrdd i’w argraffu',
  'Board summary as PDF': 'Crynodeb i’r bwrdd fel PDF',
  'Download the headline figures as CSV': 'Lawrlwytho’r prif ffigurau fel CSV',
  'A completion counts in the period of its completion time in the UK, for the unit and organisation the person belonged to then. People whose accounts were later closed still count.':
    'Mae cwblhad yn cyfrif yn y cyfnod sy’n cynnwys yr amser y cafodd ei gwblhau yn y DU, ar gyfer yr uned a’r sefydliad yr oedd y person yn perthyn iddynt bryd hynny. Mae pobl y caewyd eu cyfrifon yn ddiweddarach yn dal i gyfrif.',
  // tables
  'fewer than 5': 'llai na 5',
  'Other groups (not named)': 'Grwpiau eraill (heb eu henwi)',
  'Other units (not named)': 'Unedau eraill (heb eu henwi)',
  'Bar chart of {{measure}}, {{title}}. The table gives the same figures.':
    'Siart bar: {{measure}}, {{title}}. Mae’r tabl yn rhoi’r un ffigurau.',
  '(the {{shown}} largest of {{count}}; the CSV lists all)':
    '(y {{shown}} mwyaf o {{count}}; mae’r CSV yn rhestru pob un)',
  'Download “{{title}}” as CSV': 'Lawrlwytho “{{title}}” fel CSV',
  'By sector': 'Yn ôl sector',
  Sector: 'Sector',
  'Not recorded': 'Heb ei gofnodi',
  'By organisation type': 'Yn ôl math o sefydliad',
  'Organisation type': 'Math o sefydliad',
  'By local authority area': 'Yn ôl ardal awdurdod lleol',
  'By hub-and-spoke area': 'Yn ôl ardal hwb a lloeren',
  Area: 'Ardal',
  'Area {{id}}': 'Ardal {{id}}',
  'By organisation': 'Yn ôl sefydliad',
  'Organisation {{id}}': 'Sefydliad {{id}}',
  'By module': 'Yn ôl modiwl',
  'Module {{id}}': 'Modiwl {{id}}',
  'By how people were trained': 'Yn ôl sut y cafodd pobl eu hyfforddi',
  'How people were trained': 'Sut y cafodd pobl eu hyfforddi',
  'Modules finished online, and live workshops and webinars as their attendance registers record them. A person trained both ways counts in each row, and once in the headline.':
    'Modiwlau a orffennwyd ar-lein, a gweithdai a gweminarau byw fel y mae eu cofrestrau presenoldeb yn eu cofnodi. Mae person a hyfforddwyd yn y ddwy ffordd yn cyfrif ym mhob rhes, ac unwaith yn y prif ffigurau.',
  'By live course': 'Yn ôl cwrs byw',
  'Course {{id}}': 'Cwrs {{id}}',
  Attendances: 'Presenoldebau',
  'No one attended a live course in this period.':
    'Ni fu neb yn bresennol ar gwrs byw yn y cyfnod hwn.',
  'By highest practice level reached': 'Yn ôl y lefel ymarfer uchaf a gyrhaeddwyd',
  'Completions at this level': 'Cwblhadau ar y lefel hon',
  'Completions by month': 'Cwblhadau yn ôl mis',
  'Professionals upskilled that month': 'Gweithwyr proffesiynol wedi’u huwchsgilio y mis hwnnw',
  'Units side by side': 'Unedau ochr yn ochr',
  'Unit {{id}}': 'Uned {{id}}',
  'Staff in date on required training, by organisation type':
    'Staff sy’n ddilys ar hyfforddiant gofynnol, yn ôl math o sefydliad',
  'Staff in date on required training, by hub-and-spoke area':
    'Staff sy’n ddilys ar hyfforddiant gofynnol, yn ôl ardal hwb a lloeren',
  'Staff with required training that expires': 'Staff â hyfforddiant gofynnol sy’n dod i ben',
  'Share in date': 'Cyfran sy’n ddilys',
  'All staff': 'Yr holl staff',
  'none required': 'dim yn ofynnol',
  'No one here is assigned training that expires.':
    'Nid oes neb yma wedi cael aseiniad hyfforddiant sy’n dod i ben.',
  'As at today, whatever the period: staff assigned a module that expires, and how many are in date on every such module (renewal due still counts as in date). A group is named only when its staff, those in date and those not are each none or at least 5.':
    'Fel yr oedd heddiw, beth bynnag yw’r cyfnod: staff sydd wedi cael aseiniad modiwl sy’n dod i ben, a faint sy’n ddilys ar bob modiwl o’r fath (mae’r rhai y mae’n amser eu hadnewyddu yn dal i gyfrif fel rhai dilys). Dim ond pan fo’i staff, y rhai sy’n ddilys a’r rhai nad ydynt yn ddilys i gyd naill ai’n sero neu’n 5 o leiaf y caiff grŵp ei enwi.',
  'Evaluation by module': 'Gwerthusiad yn ôl modiwl',
  'Evaluation counts people in groups of five as they complete, so its figures move in steps of five.':
    'Mae’r gwerthusiad yn cyfrif pobl mewn grwpiau o bump wrth iddynt gwblhau, felly mae ei ffigurau’n symud fesul pump.',
  'Matched before and after ratings': 'Sgoriau cyn ac ar ôl wedi’u paru',
  'Mean rating before (1 to 5)': 'Sgôr gymedrig cyn (1 i 5)',
  'Mean rating after (1 to 5)': 'Sgôr gymedrig ar ôl (1 i 5)',
  'Mean change': 'Newid cymedrig',
  'Knowledge checks passed at the first attempt':
    'Gwiriadau gwybodaeth a basiwyd ar yr ymgais gyntaf',
  'no checks': 'dim gwiriadau',
  // reach of classroom packs
  'Reach of classroom packs': 'Cyrhaeddiad pecynnau ystafell ddosbarth',
  'Lessons teachers logged after teaching a classroom pack to a class. Schools reached: organisations where at least one session was taught. Pupils reached adds up the class sizes teachers gave, so a pupil taught twice counts twice. A session counts for the school, its type and area when it was taught. These figures count schools and classes, not people, so none is withheld.':
    'Gwersi a gofnododd athrawon ar ôl addysgu pecyn ystafell ddosbarth i ddosbarth. Ysgolion a gyrhaeddwyd: sefydliadau lle cafodd o leiaf un sesiwn ei haddysgu. Mae’r disgyblion a gyrhaeddwyd yn adio maint y dosbarthiadau a roddodd athrawon, felly mae disgybl a addysgwyd ddwywaith yn cyfrif ddwywaith. Mae sesiwn yn cyfrif ar gyfer yr ysgol, ei math a’i hardal pan gafodd ei haddysgu. Mae’r ffigurau hyn yn cyfrif ysgolion a dosbarthiadau, nid pobl, felly nid oes yr un ohonynt yn cael ei atal.',
  'Download the reach figures as CSV': 'Lawrlwytho’r ffigurau cyrhaeddiad fel CSV',
  'Schools reached': 'Ysgolion a gyrhaeddwyd',
  'Sessions delivered': 'Sesiynau a gyflwynwyd',
  'Pupils reached (as reported by teachers)': 'Disgyblion a gyrhaeddwyd (yn ôl yr athrawon)',
  'No classroom pack was taught in this period.':
    'Ni chafodd unrhyw becyn ystafell ddosbarth ei addysgu yn y cyfnod hwn.',
  'Reach by pack': 'Cyrhaeddiad yn ôl pecyn',
  Pack: 'Pecyn',
  'Pack {{id}}': 'Pecyn {{id}}',
  'Reach by hub-and-spoke area': 'Cyrhaeddiad yn ôl ardal hwb a lloeren',
  'Reach by organisation type': 'Cyrhaeddiad yn ôl math o sefydliad',
  'Reach by year group': 'Cyrhaeddiad yn ôl grŵp blwyddyn',
  'Year {{year}}': 'Blwyddyn {{year}}',
  'Reach by quarter': 'Cyrhaeddiad yn ôl chwarter',
  'A school counts once in each quarter it taught in, so the quarters can add up to more schools than the period.':
    'Mae ysgol yn cyfrif unwaith ym mhob chwarter y bu’n addysgu ynddo, felly gall y chwarteri adio i fwy o ysgolion na’r cyfnod.',
  'Reach by month': 'Cyrhaeddiad yn ôl mis',
  'A school counts once in each month it taught in, so the months can add up to more schools than the period.':
    'Mae ysgol yn cyfrif unwaith ym mhob mis y bu’n addysgu ynddo, felly gall y misoedd adio i fwy o ysgolion na’r cyfnod.',
  'Share of schools that used each pack in the {{year}}':
    'Cyfran yr ysgolion a ddefnyddiodd bob pecyn: {{year}}',
  'Schools now: the unit’s active primary, secondary and special schools, alternative provision and colleges today. Schools that used a pack: those of that type when they taught it, in the financial year the period ends in.':
    'Ysgolion nawr: ysgolion cynradd, uwchradd ac arbennig gweithredol yr Uned, darpariaeth amgen a cholegau heddiw. Ysgolion a ddefnyddiodd becyn: y rhai o’r math hwnnw pan wnaethant ei addysgu, yn y flwyddyn ariannol y mae’r cyfnod yn dod i ben ynddi.',
  'Active schools now, every unit': 'Ysgolion gweithredol nawr, pob uned',
  'Active schools in the unit now': 'Ysgolion gweithredol yn yr Uned nawr',
  '{{pack}}: schools that used it': '{{pack}}: ysgolion a’i defnyddiodd',
  '{{pack}}: share': '{{pack}}: cyfran',
  'no schools': 'dim ysgolion',
  'No school used a classroom pack in this financial year.':
    'Ni ddefnyddiodd unrhyw ysgol becyn ystafell ddosbarth yn y flwyddyn ariannol hon.',
  'Schools that have not used a pack yet': 'Ysgolion nad ydynt wedi defnyddio pecyn eto',
  'Active schools that have never logged a session of the pack, as of today.':
    'Ysgolion gweithredol nad ydynt erioed wedi cofnodi sesiwn o’r pecyn, hyd heddiw.',
  'Active schools that have never taught it':
    'Ysgolion gweithredol nad ydynt erioed wedi’i addysgu',
  School: 'Ysgol',
  'There are no classroom packs yet.': 'Nid oes pecynnau ystafell ddosbarth eto.',
  'Every school has used every pack.': 'Mae pob ysgol wedi defnyddio pob pecyn.',
  'Every school has used this pack.': 'Mae pob ysgol wedi defnyddio’r pecyn hwn.',
  'every school has used it': 'mae pob ysgol wedi’i ddefnyddio',
  '{{count}} schools have not used it yet': {
    zero: '{{count}} ysgol heb ei ddefnyddio eto',
    one: '{{count}} ysgol heb ei ddefnyddio eto',
    two: '{{count}} ysgol heb ei ddefnyddio eto',
    few: '{{count}} ysgol heb ei ddefnyddio eto',
    many: '{{count}} ysgol heb ei ddefnyddio eto',
    other: '{{count}} o ysgolion heb ei ddefnyddio eto',
  },
  'The first {{shown}} of {{count}} by name; the CSV lists all.':
    'Y {{shown}} cyntaf o {{count}} yn ôl enw; mae’r CSV yn rhestru pob un.',
  // the board summary
  'Back to the full report': 'Yn ôl i’r adroddiad llawn',
  'Upstream training report': 'Adroddiad hyfforddiant Upstream',
  'Download as PDF': 'Lawrlwytho fel PDF',
  'Or use your browser’s print command: this page fits on one A4 sheet.':
    'Neu defnyddiwch orchymyn argraffu eich porwr: mae’r dudalen hon yn ffitio ar un ddalen A4.',
  'Professionals upskilled: different people with at least one completion in the period. Each person counts once in a period, so the quarters can add up to more than the year. Figures about 1 to 4 people are withheld, and groups that small are not named. Reach of classroom packs counts schools and the class sizes teachers reported, not people, so none of it is withheld.':
    'Gweithwyr proffesiynol wedi’u huwchsgilio: pobl wahanol sydd ag o leiaf un cwblhad yn y cyfnod. Mae pob person yn cyfrif unwaith mewn cyfnod, felly gall y chwarteri adio i fwy na’r flwyddyn. Mae ffigurau am 1 i 4 o bobl yn cael eu hatal, ac nid yw grwpiau mor fach â hynny’n cael eu henwi. Mae cyrhaeddiad pecynnau ystafell ddosbarth yn cyfrif ysgolion a maint y dosbarthiadau a nododd athrawon, nid pobl, felly nid oes dim ohono’n cael ei atal.',
}
