//! Hand-written word lists for mention detection. All entries are lower case.

/// Personal pronouns that can name a speaker, with what they tell about it.
pub fn pronoun_info(word: &str) -> Option<(super::Gender, bool)> {
    use super::Gender::*;
    // (gender, plural)
    Some(match word {
        "he" | "him" => (Male, false),
        "she" | "her" => (Female, false),
        "they" | "them" => (Unknown, true),
        "it" => (Neuter, false),
        "i" | "me" | "we" | "us" | "you" => (Unknown, word == "we" || word == "us"),
        "who" | "which" => (Unknown, false),
        _ => return None,
    })
}

/// Every word [`pronoun_info`] knows.
pub const PRONOUNS: &[&str] = &[
    "he", "him", "she", "her", "they", "them", "it", "i", "me", "we", "us", "you", "who", "which",
];

/// Honorifics and titles that stand before a person's name. Multi-word
/// titles are recognised word by word ("Prime" then "Minister").
#[rustfmt::skip]
pub const PERSON_TITLES: &[&str] = &[
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "rev",
    "reverend", "sen", "senator", "rep", "representative", "gov", "governor", "president", "vice",
    "prime", "minister", "secretary", "chancellor", "premier", "mayor", "judge", "justice", "gen",
    "general", "adm", "admiral", "col", "colonel", "lt", "lieutenant", "capt", "captain", "sgt",
    "sergeant", "maj", "major", "commissioner", "ambassador", "chairman", "chairwoman", "chair",
    "speaker", "leader", "king", "queen", "prince", "princess", "pope", "bishop", "father",
    "sheikh", "chief", "deputy", "attorney", "former", "first", "foreign", "finance", "defence",
    "defense", "interior", "health", "trade", "economy", "education", "justice", "home",
    "spokesman", "spokeswoman", "spokesperson", "congressman", "congresswoman", "councilman",
    "councilwoman", "councillor", "councilor", "councilmember", "alderman", "alderwoman",
    "detective", "inspector", "officer", "executive", "director", "founder", "coach", "candidate",
    "organiser", "organizer", "campaigner", "activist",
    // British police ranks: "Det Insp Clare Moody", "DCI Rob Hall".
    "det", "insp", "dci", "cllr",
    "nominee", "assemblyman", "assemblywoman", "del", "secretary-general", "director-general",
    "delegate", "state", "house", "senate", "minority", "majority", "whip", "white", "sec", "pres",
    "supt", "superintendent", "mp", "mep", "ceo", "cfo", "coo", "sheriff", "chef", "anchor", "host",
    // Sport: "Striker Marcus Rashford", "Arsenal goalkeeper David Raya".
    "striker", "midfielder", "defender", "goalkeeper", "winger", "quarterback", "pitcher",
    "skipper", "batsman", "batter", "bowler", "jockey", "goalie", "manager", "forecaster",
    "meteorologist",
    "gop", "democratic", "republican", "treasurer", "auditor", "comptroller", "provost", "dean",
    "rector", "magistrate", "independent", "labour", "conservative", "us", "u.s", "uk", "u.k", "un",
    "u.n", "eu",
];

/// Titles that are themselves role nouns worth remembering for "the minister".
#[rustfmt::skip]
pub const ROLE_NOUNS: &[&str] = &[
    "president", "minister", "secretary", "chancellor", "premier", "mayor", "judge", "senator",
    "governor", "representative", "congressman", "congresswoman", "spokesman", "spokeswoman",
    "spokesperson", "ambassador", "chairman", "chairwoman", "chair", "speaker", "leader",
    "commissioner", "director", "executive", "founder", "candidate", "nominee", "official", "aide",
    "secretary-general", "director-general", "adviser", "advisor", "analyst", "expert",
    "economist", "lawyer", "attorney", "strategist",
    "pollster", "professor", "researcher", "scientist", "doctor", "officer", "sheriff", "chief",
    "manager", "coach", "king", "queen", "prince", "princess", "pope", "general", "admiral",
    "striker", "midfielder", "defender", "goalkeeper", "winger", "quarterback", "pitcher",
    "skipper", "batsman", "goalie", "forecaster", "meteorologist", "colonel", "captain", "lieutenant", "sergeant", "detective", "inspector", "prosecutor",
    "witness", "resident", "activist", "author", "writer", "reporter", "journalist", "editor",
    "columnist", "historian", "economist", "businessman", "businesswoman", "ceo", "billionaire",
    "mogul", "lawmaker", "legislator", "politician", "congressman", "councillor", "councilor",
    "councilman", "councilwoman", "delegate", "campaigner", "organizer", "organiser", "owner",
    "founder", "head", "boss", "teacher", "student", "nurse", "farmer", "worker", "veteran",
    "mother", "father", "woman", "man", "girl", "boy", "nun", "priest", "bishop", "rabbi", "imam",
    "husband", "wife", "son", "daughter", "brother", "sister", "widow", "widower", "grandmother",
    "grandfather", "uncle", "aunt", "nephew", "niece",
    "host", "anchor", "moderator", "challenger", "incumbent", "rival", "opponent", "frontrunner",
    "front-runner", "victim", "suspect", "defendant", "plaintiff", "survivor", "mp", "mep",
    "surgeon", "physician", "diplomat", "envoy", "negotiator", "regulator", "prosecutor", "senior",
    "treasurer", "auditor", "comptroller", "dean", "magistrate", "actor", "actress", "singer",
    "artist", "comedian", "musician", "player", "athlete", "employee", "attendee", "contestant",
    "voter", "supporter", "critic", "friend", "neighbor", "neighbour", "pastor", "entrepreneur",
    "investor", "donor", "consultant", "volunteer", "protester", "participant", "respondent",
];

/// Nouns that name an organisation when they head a noun phrase ("the ministry").
#[rustfmt::skip]
pub const ORGANIZATION_NOUNS: &[&str] = &[
    "ministry", "department", "agency", "bureau", "office", "committee", "commission", "council",
    "government", "administration", "company", "firm", "bank", "court", "campaign", "party",
    "union", "association", "institute", "university", "center", "centre", "foundation", "group",
    "organization", "organisation", "board", "authority", "police", "army", "military", "navy",
    "house", "senate", "congress", "parliament", "cabinet", "coalition", "federation", "league",
    "network", "newspaper", "paper", "station", "channel", "magazine", "corporation", "corp", "inc",
    "co", "ltd", "llc", "plc", "fund", "service", "services", "times", "post", "journal", "news",
    "tribune", "herald", "press", "gazette", "guardian", "telegraph", "reuters", "agency", "school",
    "college", "hospital", "club", "team", "airline", "airlines", "regulator", "watchdog",
    "embassy", "consulate", "force", "guild", "carrier", "carmaker", "automaker", "chipmaker", "drugmaker", "lender", "insurer",
    "retailer", "manufacturer", "broadcaster", "publisher", "supermarket", "startup", "operator",
    "trust", "charity", "society",
    "pentagon", "kremlin", "treasury", "fbi", "cia", "nasa", "nato", "opec",
    "imf", "cdc", "prosecutors", "study", "poll", "survey", "report", "statement", "research",
    "data", "analysis", "census", "index", "report", "memo", "letter", "website", "blog", "tweet",
    "article", "book", "editorial", "column", "documents", "records", "filing", "lawsuit",
    // Countries named like organisations ("the United States", "the United Kingdom").
    "states", "kingdom", "nations", "republic", "emirates",
];

/// The [`ORGANIZATION_NOUNS`] that name one institution, not a kind of
/// one ("CIA", "the Pentagon", "Congress"): capitalised, they are names.
#[rustfmt::skip]
pub const INSTITUTIONS_AMONG_ORGANIZATION_NOUNS: &[&str] = &[
    "fbi", "cia", "nasa", "nato", "opec", "imf", "cdc", "pentagon", "kremlin", "congress",
    "senate", "parliament", "treasury",
];

/// Last words of a company's name ("Acme Corp.", "Northbridge Capital Group").
pub const COMPANY_NAME_ENDINGS: &[&str] = &[
    "corp",
    "corporation",
    "inc",
    "incorporated",
    "co",
    "company",
    "ltd",
    "limited",
    "llc",
    "plc",
    "group",
    "holdings",
    "ag",
    "sa",
    "gmbh",
    "bank",
    "airlines",
    "motors",
    "industries",
    "technologies",
    "partners",
    "capital",
    "airways",
    "energy",
    "pharmaceuticals",
    "systems",
    "networks",
    "media",
    "entertainment",
    "enterprises",
    "ventures",
    "brands",
    "stores",
    "insurance",
    "petroleum",
    "steel",
    "mining",
    "logistics",
    "telecom",
    "communications",
    "software",
    "resources",
    "semiconductor",
    "electronics",
];

/// Lower-case words that end the phrase after a role noun ("an aide at the
/// time", "voters for whom …"): nouns of time, and relative pronouns.
pub const QUALIFIER_STOP_WORDS: &[&str] = &[
    "time", "moment", "day", "days", "week", "weeks", "month", "months", "year", "years",
    "decades", "start", "end", "whom", "whose",
];

/// Words before a role noun that make it a lower office ("the shadow
/// chancellor", "the deputy mayor", "Vice President Joe Biden"), which
/// neither the plain role nor another rank refers back to. ("Former" does
/// not: "the former governor" most often refers back to a governor named
/// before.)
#[rustfmt::skip]
pub const RANK_MODIFIERS: &[&str] = &[
    "shadow", "deputy", "vice", "assistant", "associate", "junior", "opposition",
];

/// Words before a role noun that name its portfolio ("the prime minister"
/// after "the transport minister"): another office than one with another
/// portfolio, though the plain role ("the minister") refers back to it.
#[rustfmt::skip]
pub const PORTFOLIO_MODIFIERS: &[&str] = &[
    "prime", "foreign", "finance", "health", "defence", "defense", "interior", "home",
    "transport", "education", "justice", "trade", "energy", "environment", "agriculture",
    "labour", "labor", "culture",
];

/// Nouns by which a news text refers back to a company ("the company said").
#[rustfmt::skip]
pub const COMPANY_HEADS: &[&str] = &[
    "company", "firm", "corporation", "group", "business", "airline", "carrier", "carmaker",
    "automaker", "chipmaker", "drugmaker", "lender", "insurer", "retailer", "manufacturer", "broadcaster", "publisher",
    "supermarket", "startup", "operator", "chain",
];

/// Plural or collective nouns that name a group of speakers ("officials said").
#[rustfmt::skip]
pub const GROUP_NOUNS: &[&str] = &[
    "officials", "sources", "critics", "experts", "analysts", "economists", "aides", "advisers",
    "advisors", "lawyers", "attorneys", "voters", "residents", "supporters", "opponents",
    "protesters", "protestors", "activists", "leaders", "lawmakers", "legislators", "politicians",
    "members", "observers", "scientists", "researchers", "doctors", "witnesses", "investigators",
    "prosecutors", "police", "authorities", "democrats", "republicans", "conservatives", "liberals",
    "progressives", "americans", "people", "others", "many", "some", "most", "polls", "surveys",
    "studies", "reports", "insiders", "strategists", "pollsters", "diplomats", "negotiators",
    "spokespeople", "spokesmen", "spokeswomen", "delegates", "donors", "allies", "rivals",
    "candidates", "senators", "governors", "ministers", "executives", "employees", "workers",
    "students", "teachers", "parents", "families", "victims", "survivors", "veterans", "fans",
    "citizens", "campaigners", "organizers", "organisers", "commentators", "pundits", "reporters",
    "journalists", "officers", "troops", "soldiers", "forecasters", "historians", "skeptics",
    "sceptics", "backers", "detractors", "proponents", "advocates", "farmers", "newspapers",
    "attendees", "contestants", "actors", "investors", "consultants", "volunteers", "friends",
    "neighbors", "neighbours", "participants", "respondents", "relatives",
    // Added in the twenty-third session, from articles on central banks,
    // disasters and health.
    "policymakers", "meteorologists", "firefighters", "rescuers",
    "shopkeepers", "traders", "regulators", "medics", "nurses", "physicians", "epidemiologists",
    "colleagues", "classmates", "teammates", "mourners", "onlookers", "bystanders", "passengers",
    "tenants", "locals", "commuters", "shoppers",
];

/// Determiners and possessives that open a common-noun phrase.
pub const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these",
    "those", "some", "many", "most", "several", "other", "another", "two", "three", "four", "five",
    "few", "all", "both", "each", "every", "one", "no", "senior", "top", "former",
];

/// Capitalised words that are not names when they stand at the start of a
/// sentence, or anywhere (months, days, pronouns).
#[rustfmt::skip]
pub const NOT_NAME_WORDS: &[&str] = &[
    "the", "a", "an", "in", "on", "at", "but", "and", "or", "so", "if", "when", "while", "after",
    "before", "as", "it", "its", "this", "that", "these", "those", "there", "then", "he", "she",
    "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "what", "who", "why",
    "how", "where", "which", "yes", "no", "not", "for", "from", "to", "of", "by", "with", "without",
    "about", "asked", "some", "many", "most", "all", "one", "two", "three", "more", "less", "last",
    "another", "several", "certainly", "clearly", "surely", "mostly", "much", "given", "top",
    "next", "this", "since", "until", "because", "although", "though", "still", "yet", "also",
    "even", "now", "today", "yesterday", "tomorrow", "tonight", "here", "according", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "meanwhile", "however", "instead", "indeed", "perhaps", "maybe", "despite",
    "during", "under", "over", "into", "through", "among", "between", "against", "is", "are", "was",
    "were", "will", "would", "can", "could", "should", "do", "does", "did", "has", "have", "had",
    "let", "just", "only", "every", "each", "both", "other", "such", "no", "nor", "any", "said",
    "says", "like", "unlike", "once", "whether", "whatever", "dear", "thanks", "thank", "please",
    "oh", "well", "so", "sure", "okay", "ok", "second", "third", "read", "see", "watch", "update",
    "updated", "photo", "video", "source", "sources", "editor", "note", "breaking", "exclusive",
    "live", "later", "earlier", "shortly", "afterward", "afterwards", "beyond", "throughout",
    "whenever", "having", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec",
];

/// Nationalities and other adjectives of peoples, which a pronoun for one
/// person never means ("Russian institutions …, he said"). ("Christian", a
/// first name too, and the parties' adjectives are left out.)
#[rustfmt::skip]
pub const DEMONYMS: &[&str] = &[
    "american", "russian", "chinese", "mexican", "british", "french", "german", "italian",
    "spanish", "japanese", "korean", "indian", "iranian", "iraqi", "syrian", "israeli",
    "palestinian", "african", "asian", "european", "latino", "latina", "hispanic", "arab",
    "muslim", "jewish", "catholic", "evangelical", "canadian", "cuban", "ukrainian", "turkish",
    "saudi", "egyptian", "afghan", "pakistani", "nigerian", "kenyan", "brazilian", "venezuelan",
    "australian", "irish", "scottish", "dutch", "swiss", "swedish", "polish", "greek", "islamic",
    "western", "eastern", "southern", "northern", "african-american", "asian-american",
    "mexican-american", "latin", "libyan", "yemeni", "lebanese", "jordanian", "kurdish", "somali",
];

/// Adjectives of parties and sides, capitalised, that modify a group
/// ("Republican lawmakers", "Opposition MPs").
#[rustfmt::skip]
pub const PARTY_ADJECTIVES: &[&str] = &[
    "republican", "democratic", "democrat", "conservative", "liberal", "labour", "tory", "gop",
    "opposition", "green", "socialist", "progressive",
];

/// Quantifiers that stand alone for many people, as the source of a survey
/// finding or an opinion ("some say", "most believe"): "they", never "she".
pub const QUANTIFIERS: &[&str] = &["some", "many", "most", "others", "few", "several", "both"];

/// Words that join capitalised words inside one name ("Ministry of Defence").
pub const NAME_CONNECTORS: &[&str] = &[
    "of", "for", "de", "del", "della", "der", "van", "von", "al", "bin", "ibn", "da", "di", "du",
    "la", "le", "and", "&", "on",
];

/// Words after a name that are part of it.
pub const NAME_SUFFIXES: &[&str] = &["jr", "sr", "ii", "iii", "iv"];

/// Common female first names (a small list: it only sets a default gender).
#[rustfmt::skip]
pub const FEMALE_FIRST_NAMES: &[&str] = &[
    "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah",
    "karen", "nancy", "lisa", "betty", "margaret", "sandra", "ashley", "kimberly", "emily", "donna",
    "michelle", "dorothy", "carol", "amanda", "melissa", "deborah", "stephanie", "rebecca",
    "sharon", "laura", "cynthia", "kathleen", "amy", "shirley", "angela", "helen", "anna", "brenda",
    "pamela", "nicole", "emma", "samantha", "katherine", "christine", "debra", "rachel",
    "catherine", "carolyn", "janet", "ruth", "maria", "heather", "diane", "virginia", "julie",
    "joyce", "victoria", "olivia", "kelly", "christina", "lauren", "joan", "evelyn", "judith",
    "megan", "cheryl", "andrea", "hannah", "martha", "jacqueline", "frances", "gloria", "ann",
    "teresa", "kathryn", "sara", "janice", "jean", "alice", "madison", "doris", "abigail", "julia",
    "judy", "grace", "denise", "amber", "marilyn", "beverly", "danielle", "theresa", "sophia",
    "marie", "diana", "brittany", "natalie", "isabella", "charlotte", "rose", "alexis", "kayla",
    "hillary", "nikki", "carly", "sarah", "elizabeth", "kellyanne", "hope", "huma", "melania",
    "ivanka", "michele", "condoleezza", "nancy", "kamala", "amina", "fatima", "aisha", "maya",
    "priya", "mei", "yuki", "sofia", "lucia", "elena", "ana", "ines", "marta", "ingrid", "angela",
    "theresa", "jacinda", "ursula", "christine", "marine", "giorgia", "liz", "liz", "haley",
    "debbie", "dana", "donna", "katie", "kate", "jill", "jane", "janet", "tulsi", "ilhan",
    "alexandria", "elise", "susana", "sheila", "kirsten", "amy", "tammy", "lisa", "barbara",
    "dianne", "claire", "patty", "maxine", "jeanne", "heidi", "joni", "marsha", "cindy", "mia",
    "chloe", "zoe", "leila", "layla", "nadia", "olga", "irina", "svetlana", "chen", "li", "wei",
    "rosa", "carmen", "paula", "monica", "veronica", "erin", "molly",
    // Names of public figures and other common first names (added in the
    // nineteenth session, for pronouns after a subject: "Whitmer … She said").
    "adele", "adeline", "amelia", "aria", "ava", "ayanna", "beatrice", "benazir", "beyonce", "camilla",
    "caroline", "carrie", "chelsea", "christiane", "claudia", "ellen", "eva", "gabriella", "gianna", "golda",
    "gretchen", "gwen", "hailey", "harriet", "hoda", "indira", "isla", "josephine", "kathy", "kayleigh",
    "kellie", "leah", "lily", "lori", "lucy", "madeleine", "madelyn", "meghan", "megyn", "meryl",
    "mika", "nevaeh", "nora", "norah", "oprah", "penelope", "phyllis", "priti", "rashida", "rihanna",
    "robin", "ruby", "sadie", "sanna", "savannah", "serenity", "sheryl", "sophie", "stella", "suella",
    "tiffany", "valentina", "wanda", "yvette", "zoey",
];

/// Common male first names.
#[rustfmt::skip]
pub const MALE_FIRST_NAMES: &[&str] = &[
    "james", "robert", "john", "michael", "david", "william", "richard", "joseph", "thomas",
    "charles", "christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven", "paul",
    "andrew", "joshua", "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward",
    "jason", "jeffrey", "ryan", "jacob", "gary", "nicholas", "eric", "jonathan", "stephen", "larry",
    "justin", "scott", "brandon", "benjamin", "samuel", "gregory", "alexander", "frank", "patrick",
    "raymond", "jack", "dennis", "jerry", "tyler", "aaron", "jose", "adam", "nathan", "henry",
    "douglas", "zachary", "peter", "kyle", "ethan", "walter", "noah", "jeremy", "christian",
    "keith", "roger", "terry", "gerald", "harold", "sean", "austin", "carl", "arthur", "lawrence",
    "dylan", "jesse", "jordan", "bryan", "billy", "joe", "bruce", "gabriel", "logan", "albert",
    "willie", "alan", "juan", "wayne", "elijah", "randy", "roy", "vincent", "ralph", "eugene",
    "russell", "bobby", "mason", "philip", "louis", "barack", "bernie", "ted", "marco", "jeb",
    "ben", "chris", "mike", "rand", "bill", "tim", "mitt", "newt", "rick", "jim", "tom", "bob",
    "dick", "dan", "steve", "rudy", "reince", "corey", "kellyanne", "sean", "jared", "eric",
    "hunter", "beau", "joe", "kamal", "ahmed", "mohammed", "muhammad", "ali", "omar", "hassan",
    "ibrahim", "yusuf", "emmanuel", "olaf", "boris", "vladimir", "xi", "narendra", "justin",
    "emmanuel", "recep", "benjamin", "volodymyr", "keir", "rishi", "tony", "gordon", "nigel",
    "jeremy", "jean", "pierre", "francois", "jacques", "hans", "karl", "klaus", "lars", "sven",
    "pedro", "carlos", "luis", "miguel", "javier", "diego", "marcelo", "andres", "jair", "luiz",
    "hugo", "nicolas", "mauricio", "matteo", "giuseppe", "mario", "sergio", "ivan", "dmitry",
    "sergei", "alexei", "igor", "kim", "shinzo", "fumio", "moon", "lee", "raj", "rahul", "arjun",
    "kwame", "kofi", "uhuru", "william", "cory", "elizabeth", "chuck", "mitch", "kevin", "lindsey",
    "orrin", "harry", "al", "howard", "martin", "luther", "malcolm", "colin", "rex", "jim", "jay",
    "ray", "roy", "leon", "max",
    // Names given to men and women alike, in both lists so that the name
    // tells no gender: "Andrea Pirlo" and "Andrea Leadsom", "Robin".
    "andrea", "robin",
    // Names of public figures and other common first names (added in the
    // nineteenth session, for pronouns after a subject: "Whitmer … She said").
    "beto", "brett", "clarence", "dominic", "elon", "gavin", "jeff", "jerome", "johnny", "julian",
    "kanye", "matt", "neil", "pete", "rahm", "ron", "satya", "sundar", "tucker",
];

/// Role nouns with a gender.
pub fn role_gender(word: &str) -> super::Gender {
    use super::Gender::*;
    match word {
        "spokeswoman" | "congresswoman" | "chairwoman" | "businesswoman" | "councilwoman"
        | "assemblywoman" | "mrs" | "ms" | "miss" | "madam" | "dame" | "lady" | "queen"
        | "princess" | "woman" | "girl" | "mother" | "nun" | "sister" | "wife" | "daughter" => {
            Female
        }
        "spokesman" | "congressman" | "chairman" | "businessman" | "councilman" | "assemblyman"
        | "mr" | "sir" | "lord" | "king" | "prince" | "man" | "boy" | "father" | "brother"
        | "husband" | "son" | "pope" | "priest" | "rabbi" | "imam" => Male,
        _ => Unknown,
    }
}
