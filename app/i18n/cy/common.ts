import { type Catalogue } from '../i18n.ts'

/** Welsh for the layout, navigation, forms, errors and the sign-in pages. */
export const common: Catalogue = {
  // layout and navigation
  'Skip to main content': "Neidio i'r prif gynnwys",
  Main: 'Prif',
  'Sign in': 'Mewngofnodi',
  'Sign out': 'Allgofnodi',
  'Change language to': "Newid iaith i'r",
  'My learning': 'Fy nysgu',
  'My organisation': 'Fy sefydliad',
  Studio: 'Stiwdio',
  Reports: 'Adroddiadau',
  Organisations: 'Sefydliadau',
  People: 'Pobl',
  Assignments: 'Aseiniadau',
  Administration: 'Gweinyddu',
  'Upstream: training for the adults around young people, for the Violence Reduction Units of England and Wales.':
    "Upstream: hyfforddiant i'r oedolion o amgylch pobl ifanc, ar gyfer Unedau Lleihau Trais Cymru a Lloegr.",
  // home
  'Training for the adults around young people': "Hyfforddiant i'r oedolion o amgylch pobl ifanc",
  'Upstream is where school staff and frontline workers in England and Wales take the trauma-informed practice, ACEs, knife crime and exploitation training of their Violence Reduction Unit.':
    'Upstream yw lle mae staff ysgolion a gweithwyr rheng flaen yng Nghymru a Lloegr yn dilyn hyfforddiant eu Huned Lleihau Trais ar ymarfer sy’n ystyriol o drawma, ACEs, troseddau cyllyll a chamfanteisio.',
  'Short modules you can finish in a 20-minute gap, on a phone or a school laptop. Stop at any point and carry on where you left off.':
    'Modiwlau byr y gallwch eu gorffen mewn bwlch o 20 munud, ar ffôn neu liniadur yr ysgol. Stopiwch unrhyw bryd a pharhau o’r man lle gadawsoch.',
  // forms
  'There is a problem': 'Mae problem wedi codi',
  'Error:': 'Gwall:',
  'Email address': 'Cyfeiriad e-bost',
  'Use your work email address.': 'Defnyddiwch eich cyfeiriad e-bost gwaith.',
  Password: 'Cyfrinair',
  'Forgotten your password?': 'Wedi anghofio eich cyfrinair?',
  'New to Upstream?': 'Yn newydd i Upstream?',
  'Your organisation or Violence Reduction Unit sends you an invitation by email. Open the link in it to set your password.':
    'Mae eich sefydliad neu’ch Uned Lleihau Trais yn anfon gwahoddiad atoch drwy e-bost. Agorwch y ddolen ynddo i osod eich cyfrinair.',
  'Enter your email address': 'Rhowch eich cyfeiriad e-bost',
  'Enter your password': 'Rhowch eich cyfrinair',
  'The email address or password is not right. Check them and try again.':
    "Nid yw'r cyfeiriad e-bost neu'r cyfrinair yn gywir. Gwiriwch nhw a rhowch gynnig arall arni.",
  'There have been too many attempts to sign in. Wait 15 minutes and try again, or reset your password.':
    'Bu gormod o ymdrechion i fewngofnodi. Arhoswch 15 munud a rhowch gynnig arall arni, neu ailosodwch eich cyfrinair.',
  'There have been too many attempts to sign in. Wait an hour and try again, or reset your password.':
    'Bu gormod o ymdrechion i fewngofnodi. Arhoswch awr a rhowch gynnig arall arni, neu ailosodwch eich cyfrinair.',
  'There have been too many attempts to sign in. Try again tomorrow, or reset your password.':
    'Bu gormod o ymdrechion i fewngofnodi. Rhowch gynnig arall arni yfory, neu ailosodwch eich cyfrinair.',
  'You have signed out.': 'Rydych wedi allgofnodi.',
  'Your password has been changed. Sign in with your new password.':
    'Mae eich cyfrinair wedi newid. Mewngofnodwch gyda’ch cyfrinair newydd.',
  // password reset
  'Reset your password': 'Ailosod eich cyfrinair',
  'There have been several requests for a reset link for this address, or from here, in the last hour. Use the newest link you have, or wait an hour and try again.':
    'Bu sawl cais am ddolen ailosod ar gyfer y cyfeiriad hwn, neu oddi yma, yn yr awr ddiwethaf. Defnyddiwch y ddolen fwyaf diweddar sydd gennych, neu arhoswch awr a rhowch gynnig arall arni.',
  'Enter the email address you sign in with. We will send you a link to choose a new password.':
    'Rhowch y cyfeiriad e-bost rydych yn mewngofnodi ag ef. Byddwn yn anfon dolen atoch i ddewis cyfrinair newydd.',
  'Enter your email address in the right format, like name@school.org.uk':
    'Rhowch eich cyfeiriad e-bost yn y fformat cywir, fel enw@ysgol.org.uk',
  'Send reset link': 'Anfon dolen ailosod',
  'Check your email': 'Gwiriwch eich e-bost',
  'If an Upstream account uses {{email}}, we have sent it a link to reset the password. The link works for one hour.':
    'Os oes cyfrif Upstream yn defnyddio {{email}}, rydym wedi anfon dolen ato i ailosod y cyfrinair. Mae’r ddolen yn gweithio am awr.',
  'Back to sign in': "Yn ôl i'r dudalen mewngofnodi",
  'Choose a new password': 'Dewiswch gyfrinair newydd',
  'New password': 'Cyfrinair newydd',
  'At least 10 characters. A few ordinary words strung together make a strong password.':
    'O leiaf 10 nod. Mae ychydig o eiriau cyffredin gyda’i gilydd yn gwneud cyfrinair cryf.',
  'Type the new password again': 'Teipiwch y cyfrinair newydd eto',
  'Save new password': 'Cadw’r cyfrinair newydd',
  'Enter a new password': 'Rhowch gyfrinair newydd',
  'Your password must be at least 10 characters long':
    'Rhaid i’ch cyfrinair fod o leiaf 10 nod o hyd',
  'Your password must be 200 characters or fewer': 'Rhaid i’ch cyfrinair fod yn 200 nod neu lai',
  'Type your new password again': 'Teipiwch eich cyfrinair newydd eto',
  'The two passwords are not the same': "Nid yw'r ddau gyfrinair yr un fath",
  'This link no longer works': "Nid yw'r ddolen hon yn gweithio mwyach",
  'Password reset links work once, for one hour.':
    'Mae dolenni ailosod cyfrinair yn gweithio unwaith, am awr.',
  'Ask for a new link': 'Gofyn am ddolen newydd',
  'This link has expired or has been used. Ask for a new one.':
    "Mae'r ddolen hon wedi dod i ben neu wedi cael ei defnyddio. Gofynnwch am un newydd.",
  // invitations
  'Join Upstream': 'Ymuno ag Upstream',
  'You have been invited as {{role}} at {{place}}.':
    'Rydych wedi cael eich gwahodd fel {{role}} yn {{place}}.',
  'You have been invited as {{role}}.': 'Rydych wedi cael eich gwahodd fel {{role}}.',
  'Your name': 'Eich enw',
  'As you would like it on your certificates.':
    'Fel yr hoffech iddo ymddangos ar eich tystysgrifau.',
  'Enter your name': 'Rhowch eich enw',
  'Join and sign in': 'Ymuno a mewngofnodi',
  'This invitation no longer works': "Nid yw'r gwahoddiad hwn yn gweithio mwyach",
  'Invitations work once, for 14 days. Ask the person who invited you to send a new one.':
    'Mae gwahoddiadau’n gweithio unwaith, am 14 diwrnod. Gofynnwch i’r sawl a’ch gwahoddodd i anfon un newydd.',
  'This invitation has expired or has been used. Ask the person who invited you for a new one.':
    "Mae'r gwahoddiad hwn wedi dod i ben neu wedi cael ei ddefnyddio. Gofynnwch i'r sawl a'ch gwahoddodd am un newydd.",
  Learner: 'Dysgwr',
  'Organisation lead': 'Arweinydd sefydliad',
  Trainer: 'Hyfforddwr',
  'VRU lead': 'Arweinydd Uned Lleihau Trais',
  'Platform administrator': 'Gweinyddwr y platfform',
  // errors
  'Page not found': "Heb ddod o hyd i'r dudalen",
  'You do not have access to this page': "Nid oes gennych fynediad i'r dudalen hon",
  'Sorry, something went wrong': 'Mae’n ddrwg gennym, aeth rhywbeth o’i le',
  'Go to your home page': "Mynd i'ch hafan",
  'If you need this page for your work, ask the person who manages your Upstream account.':
    'Os oes angen y dudalen hon arnoch ar gyfer eich gwaith, gofynnwch i’r sawl sy’n rheoli eich cyfrif Upstream.',
  'Something in the request was not right': 'Roedd rhywbeth o’i le yn y cais',
  'Try again in a moment. If it keeps happening, tell your administrator.':
    'Rhowch gynnig arall arni mewn munud. Os yw’n dal i ddigwydd, dywedwch wrth eich gweinyddwr.',
  'If you typed the web address, check it is correct.':
    "Os teipioch chi'r cyfeiriad gwe, gwiriwch ei fod yn gywir.",
  // used by several areas
  '{{from}} to {{to}}': '{{from}} i {{to}}',
  'Year group': 'Grŵp blwyddyn',
  Continue: 'Parhau',
  'Save changes': 'Cadw’r newidiadau',
  'Online: the joining link is on Upstream from an hour before the start':
    'Ar-lein: mae’r ddolen ymuno ar Upstream o awr cyn y dechrau',
  'In person: {{place}}': 'Wyneb yn wyneb: {{place}}',
  When: 'Pryd',
  Course: 'Cwrs',
  Name: 'Enw',
  Email: 'E-bost',
  'Job role': 'Swydd',
  Status: 'Statws',
  Line: 'Llinell',
  'Choose an organisation': 'Dewiswch sefydliad',
  'Practice level': 'Lefel ymarfer',
  'All units': 'Pob uned',
  'Violence Reduction Unit': 'Uned Lleihau Trais',
  'Local authority area': 'Ardal awdurdod lleol',
  'No area': 'Dim ardal',
  Organisation: 'Sefydliad',
  Module: 'Modiwl',
  'In date': 'Yn ddilys',
  'Download everything Upstream holds about you (JSON)':
    'Lawrlwytho popeth sydd gan Upstream amdanoch chi (JSON)',
  'You do not have access to this page.': 'Nid oes gennych fynediad i’r dudalen hon.',
  'Teach mode is for school staff and the trainers who prepare packs.':
    'Mae’r modd addysgu ar gyfer staff ysgolion a’r hyfforddwyr sy’n paratoi pecynnau.',
  'This form could not be read. Go back to the page, check what you entered and send it again.':
    'Nid oedd modd darllen y ffurflen hon. Ewch yn ôl i’r dudalen, gwiriwch yr hyn a roesoch a’i hanfon eto.',
  'This address only takes a form sent from its page (application/x-www-form-urlencoded or multipart/form-data).':
    'Dim ond ffurflen a anfonwyd o’i thudalen y mae’r cyfeiriad hwn yn ei derbyn (application/x-www-form-urlencoded neu multipart/form-data).',
  'This form is larger than 2 MB, more than any page of Upstream sends. Go back to the page and send less.':
    'Mae’r ffurflen hon yn fwy na 2 MB, sy’n fwy nag y mae unrhyw dudalen yn Upstream yn ei anfon. Ewch yn ôl i’r dudalen ac anfon llai.',
  'This page does not know what you asked it to do. Go back to the page and use one of its buttons.':
    'Nid yw’r dudalen hon yn gwybod beth y gofynnoch iddi ei wneud. Ewch yn ôl i’r dudalen a defnyddio un o’i botymau.',
  'Choose English or Cymraeg (Welsh).': 'Dewiswch English (Saesneg) neu Gymraeg.',
  English: 'Saesneg',
  Welsh: 'Cymraeg',
}
