/**
 * Word lists for finding people's names in staff comments. Written here by hand (common given names
 * in the UK workforce across its many origins), not copied from any NHS data set, and kept short on
 * purpose: a name the list misses can still be found by a title ("Dr", "Sister") or by context.
 */
const GIVEN = `
aaron abdul abdullah abigail abu adam adaeze ade adebayo adeola adrian agnieszka ahmed aidan aisha
alan alex alexander alexandra ali alice alison amal amanda amar amara amber amelia amina amir amit
amy ana anand andrea andrew andy angela anil anita ann anna anne annette anthony antonio anup anwar
arjun arun asha ashley asif aya ayesha barbara barry becky ben benjamin beth bethany bharat bilal
bill bob brenda brian bridget callum carl carla carol caroline catherine charlie charlotte chidi
chloe chris christine christopher chukwu claire clare colin craig dan daniel danielle darren dave
david dawn dean debbie deborah declan deepa denise derek dev diane dimitri dominic donna dorota
ed edward elaine eleanor elena elizabeth ella ellie emeka emily emma eve evelyn faisal farah fatima
fiona florence francesca gail gareth gary gemma geoff george georgia gill gillian grace graham greg
hamza hannah harry harriet hassan hayley heather helen holly ian ibrahim ifeoma imran irene isaac
isabel jack jackie jacob jade james jamie jan jane janet jas jasmine jason jay jayne jean jeff
jennifer jenny jess jessica jill jo joan joanna joanne joe john jon jonathan jordan joseph josh
joy judith julia julie justin kamala karen kate katherine kathryn katie kay keith kelly ken kerry
kevin khalid kim kirsty kofi kwame laura lauren leah lee leila lesley linda lisa liz lorraine louise
lucy luke lydia lynn maciej magda malik mandy manoj margaret maria marie mark martin mary matt
matthew maureen megan mehmet mel melanie michael michelle mike mohamed mohammed molly mona muhammad
nadia naomi natalie nathan neha neil nicola nicole nigel nikhil nina noor olivia oliver olu oluwaseun
omar owen pam pamela patricia paul paula pauline pete peter phil philip piotr pooja priya rachel
rahul raj rajesh ravi rebecca richard rob robert rosa rose ruth ryan sadia sally salma sam samantha
samuel sandra sanjay sara sarah sean shabnam shanice sharon shaun sheila shirley simon siobhan sonia
sophie stacey stephen steph steve steven stuart sue sunil susan suzanne tanya tariq teresa thomas
tim tina tom tomasz tony tracey tracy usha vanessa victoria vikram vivek wayne wendy will william
yasmin yusuf zainab zara zoe
`;

/** Common surnames in the UK workforce, lower case: a capitalised word before one is a given name. */
export const SURNAMES: ReadonlySet<string> = new Set(
  `smith jones williams taylor brown davies evans wilson thomas johnson roberts robinson thompson wright
  walker white edwards hughes green hall lewis harris clarke patel jackson wood turner martin cooper hill
  ward morris moore clark lee king baker harrison morgan allen james scott phillips watson davis parker
  price bennett young griffiths mitchell kelly cook carter richardson bailey collins bell shaw murphy
  miller cox richards khan marshall anderson simpson ellis adams singh begum wilkinson foster chapman
  powell webb rogers gray mason ali hunt hussain campbell matthews owen palmer holmes mills barnes knight
  lloyd butler russell barker fisher stevens jenkins murray dixon harvey graham pearson ahmed fletcher
  walsh kaur gibson howard andrews stewart elliott reynolds saunders payne fox ford pearce day brooks
  west lawrence cole atkinson bradley spencer gill dawson ball burton obrien o'brien watts rose booth
  perry ryan grant wells armstrong francis rees hayes hart hudson newman barrett kennedy robertson
  mcdonald macdonald reid ross okafor nwosu adeyemi mensah osei chen wang li zhang nguyen kowalski nowak
  wisniewski shah mistry desai kumar sharma chaudhry iqbal rahman uddin islam hassan mohamed ibrahim
  omar yusuf o'connor o'neill murphy byrne doyle gallagher`.split(/\s+/).filter(Boolean),
);

/** Given names, lower case. */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(GIVEN.split(/\s+/).filter(Boolean));

/** Words that, before a capitalised word, mark it as a person's name. */
export const TITLES: ReadonlySet<string> = new Set(
  'dr doctor mr mrs ms miss mx prof professor sister nurse matron sr nurse sister consultant registrar'.split(' '),
);

/** Lower-case words after which a capitalised word (or a known given name) is a person. */
export const PERSON_CUES: ReadonlySet<string> = new Set(
  'ask asked thanks thank thanked to with from by called named told tell contact contacted emailed phoned rang speak spoke spoken talk talked and colleague manager'.split(' '),
);

/*
 * Capitalised words staff write that are not people: systems, suppliers, places, wards, days and
 * months, teams, and words people capitalise for emphasis. A capitalised word on this list is never
 * taken for a name, even after a cue ("ask Cerner", "speak to IT").
 */
const NOT_NAMES = `
nhs it ict ehr epr emis systmone cerner epic meditech lorenzo rio careflow medway allscripts teams
microsoft windows outlook excel word office zoom google apple android iphone ipad citrix nhsmail
datix esr healthroster allocate rota trac oracle sap sharepoint onedrive whatsapp facebook wifi
royal marsden general infirmary hospital hospitals trust ward wards unit clinic icu itu ae
a&e ed theatre theatres pharmacy radiology pathology maternity outpatients physio community gp gps
london manchester birmingham leeds bristol liverpool sheffield newcastle nottingham leicester
england scotland wales britain uk
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december christmas easter
the a an i we they he she it you my our your their this that these those there here when
what why how who which if but and or so because also please thanks thank hi hello dear yes no not
all any every some most many more less very really just still even only always never often
great good bad new old please ok okay indeed into onto thereafter digital team service desk support access
`;
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set(NOT_NAMES.split(/\s+/).filter(Boolean));
