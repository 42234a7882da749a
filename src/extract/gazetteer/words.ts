/**
 * Closed word classes the extractor reasons with: titles and roles, the words organization
 * names are built from, cue verbs. All general English; lower case. Titles resolve reads too
 * (honorifics, abbreviations, leader roles) live in src/lexicon/titles.ts.
 */
import { COMMON_CORPORATE_SUFFIXES } from "../../lexicon/organizations.js";
import { RARE_TITLE_ABBREVIATIONS, SUFFIX_ABBREVIATIONS, TITLE_ABBREVIATIONS } from "../../lexicon/titles.js";

/**
 * Titles and roles that stand before a person's name. Multi-word ones are matched as a whole
 * ("secretary of state", "foreign minister"); a modifier before a role word is kept with it.
 */
export const ROLES: string[] = [
  "president", "vice president", "vice-president", "president-elect", "prime minister", "deputy prime minister",
  "chancellor", "premier", "king", "queen", "prince", "princess", "emperor", "pope", "sheikh", "emir", "sultan",
  "secretary of state", "secretary-general", "secretary general", "secretary", "foreign secretary", "home secretary",
  "defence secretary", "defense secretary", "health secretary", "press secretary", "under secretary", "undersecretary",
  "minister", "foreign minister", "defence minister", "defense minister", "interior minister", "finance minister",
  "health minister", "prime minister", "deputy minister", "deputy foreign minister", "economy minister", "energy minister",
  "messrs", "mmes", "publisher", "ambassador", "envoy", "special envoy", "ambassador-at-large", "consul", "diplomat",
  "spokesman", "spokeswoman", "spokesperson", "press secretary", "adviser", "advisor", "aide",
  "senator", "sen", "sens", "reps", "congressman", "congresswoman", "representative", "rep", "lawmaker", "legislator", "mp", "mep",
  "governor", "gov", "mayor", "deputy mayor", "councillor", "councilman", "councilwoman",
  "judge", "justice", "chief justice", "attorney general", "prosecutor", "lawyer", "attorney",
  "atty", "general", "gen", "lieutenant", "lt", "colonel", "col", "major", "maj", "captain", "capt", "admiral", "adm", "sergeant", "sgt",
  "commander", "field marshal", "marshal", "chief of staff",
  "chief", "head", "leader", "director", "director-general", "director general", "chairman", "chairwoman", "chair",
  "ceo", "chief executive", "founder", "co-founder", "president and ceo", "executive director", "manager", "coach", "captain",
  "professor", "prof", "dr", "doctor", "researcher", "scientist", "analyst", "economist", "author", "writer", "journalist",
  "reporter", "correspondent", "editor", "columnist", "actor", "actress", "singer", "player", "striker", "midfielder",
  "defender", "goalkeeper", "forward", "chief rabbi", "rabbi", "bishop", "archbishop", "cardinal", "reverend", "rev",
  "father", "sister", "imam", "ayatollah", "mr", "mrs", "ms", "miss", "sir", "dame", "lord", "lady", "st",
  "student", "officer", "official", "activist", "spokesperson", "member", "deputy", "commissioner", "inspector",
  "detective", "sheriff", "police chief", "superintendent", "headmaster", "principal", "teacher",  
  "dictator", "strongman", "opposition leader", "candidate", "nominee",
  "comedian", "artist", "host", "anchor", "chef", "designer", "producer", "director", "filmmaker", "musician",
];

/** Abbreviations written with a dot inside a name: "Mr. Smith", "Gen. Smith", "John Smith Jr.". */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([...TITLE_ABBREVIATIONS, ...RARE_TITLE_ABBREVIATIONS, ...SUFFIX_ABBREVIATIONS]);

/** Words that open a name as an organization in other languages ("Instituto Cervantes", "Banco Santander"). */
export const ORG_FIRSTS = new Set([
  "instituto", "istituto", "institut", "universidad", "università", "universita", "université", "universite", "universität",
  "universitat", "colegio", "collegio", "escuela", "scuola", "école", "ecole", "banco", "banca", "banque", "partido",
  "partito", "parti", "partei", "ministerio", "ministero", "ministère", "ministerium", "fundación", "fondazione",
  "fondation", "stiftung", "asociación", "associazione", "verein", "gruppo", "grupo", "compagnie", "compañía",
]);

/** Words that make the rest of a place name a region, not the country it contains ("South Australia", "North America"). */
export const COMPASS = new Set(["north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "latin", "new", "greater", "upper", "lower", "mainland"]);

/** Lower-case nouns that say the name after them is an organization: "the magazine MicroMega", "team Cloud9". */
export const ORG_CUES = new Set([
  "magazine", "newspaper", "journal", "daily", "weekly", "tabloid", "broadcaster", "channel", "network", "website",
  "site", "outlet", "publisher", "agency", "company", "firm", "corporation", "conglomerate", "startup", "start-up",
  "retailer", "carrier", "airline", "bank", "lender", "insurer", "manufacturer", "maker", "brand", "group", "charity",
  "organization", "organisation", "nonprofit", "non-profit", "foundation", "party", "club", "team", "band", "union",
  "militia", "faction", "movement", "think-tank", "institute", "university", "school", "college", "studio", "label",
]);

/** Words an organization name ends with ("Defense Ministry", "Sky News", "Acme Inc."). */
export const ORG_HEADS = new Set([
  "ministry", "department", "agency", "office", "council", "committee", "commission", "court", "parliament",
  "assembly", "congress", "senate", "party", "union", "association", "federation", "league", "organization",
  "organisation", "institute", "institution", "university", "college", "school", "academy", "foundation", "fund",
  "bank", "church", "society", "group",
  "airlines", "airways", "news", "times", "post", "journal", "magazine", "herald", "tribune", "gazette", "press",
  "radio", "television", "tv", "network", "service", "services", "authority", "administration", "bureau", "force",
  "forces", "army", "navy", "police", "guard", "club", "team", "coalition", "alliance", "front", "movement",
  "center", "centre", "board", "trust", "conference", "forum", "legion", "corps", "secretariat", "cabinet",
  "government", "directorate", "inspectorate", "division", "unit", "brigade", "battalion", "regiment", "command",
  "laboratory", "laboratories", "labs", "systems", "technologies", "industries", "holdings", "partners", "media",
  "studios", "records", "entertainment", "motors", "energy", "oil", "gas", "pharmaceuticals", "bureau", "observatory",
  "council", "tribunal", "commission", "registry", "exchange", "reserve", "fc", "cf", "ac", "org", "programme", "program", "district",
  ...COMMON_CORPORATE_SUFFIXES,
]);

/** Words a place name ends with: "Constitution Hall", "Volgograd Arena" are places, not organizations. */
export const PLACE_HEADS = new Set([
  "hall", "arena", "stadium", "square", "station", "airport", "street", "avenue", "road", "park", "bridge", "palace",
  "tower", "building", "plaza", "mall", "harbour", "harbor", "island", "islands", "river", "lake", "mountain",
  "mountains", "valley", "bay", "beach", "county", "province", "city", "memorial", "cathedral", "temple", "mosque",
  "hotel", "motel", "av", "ave", "blvd", "boulevard", "hills", "heights", "springs",
]);

/** Determiners a mid-sentence capital may carry ("against The Church of …"): never part of a name. */
export const DETERMINERS = new Set(["the", "a", "an"]);

/** Words that open an organization name before "of" ("Ministry of Defence", "University of Texas"). */
export const ORG_LEADS = new Set([
  "ministry", "department", "university", "church", "bank", "council", "institute", "court", "municipality",
  "union", "society", "association", "federation", "organization", "organisation", "league", "board", "office",
  "commission", "committee", "journal", "academy", "college", "school", "order", "house", "chamber", "party",
  "agency", "bureau", "congress", "assembly", "parliament", "government", "daughters", "sons", "friends",
  "museum", "institution", "corporation",
]);

/** Lower-case words that may sit inside a name between capitalised words. */
export const NAME_PARTICLES = new Set(["van", "von", "der", "den", "de", "du", "des", "del", "della", "di", "da", "dos", "das", "bin", "ibn", "al", "el", "la", "le", "y", "ter", "zu"]);
/** Lower-case words that may sit inside an organization's name ("Council on Foreign Relations"). */
export const ORG_CONNECTORS = new Set(["of", "for", "on", "and", "&", "the", "in"]);

/**
 * Verbs and modals after which a capital city acts for its state ("Moscow said", "Moscow could
 * invade"). No copula: "Paris is beautiful" is the city.
 */
export const ACTOR_VERBS = new Set([
  "said", "says", "say", "told", "tells", "warned", "warns", "insisted", "insists", "announced", "announces", "denied",
  "denies", "accused", "accuses", "claimed", "claims", "demanded", "demands", "rejected", "rejects", "wants", "wanted",
  "will", "would", "could", "must", "should", "views",
  "viewed", "believes", "believed", "hopes", "hoped", "agreed", "agrees", "refused", "refuses", "responded", "threatened",
  "threatens", "urged", "urges", "condemned", "condemns", "criticized", "criticised", "sees", "saw", "plans", "planned",
  "decided", "imposed", "imposes", "expelled", "recalled", "summoned", "sent", "sends", "pledged", "vowed",
]);
/** Prepositions after which a capital acts for its state ("warnings by Washington"); not "from": "flew from Paris". */
export const ACTOR_PREPOSITIONS = new Set(["by", "for"]);
/** Nouns of message and pressure: "signs from Moscow", "pressure from Beijing" come from the state. */
export const SIGNAL_NOUNS = new Set([
  "sign", "signs", "signal", "signals", "indication", "indications", "message", "messages", "word", "response",
  "reaction", "pressure", "demand", "demands", "threat", "threats", "warning", "warnings", "statement", "statements",
  "support", "aid", "assistance", "request", "requests", "offer", "offers", "proposal", "proposals", "invitation",
  "order", "orders", "approval", "objection", "objections", "criticism", "opposition", "backing", "funding",
]);

/** Verbs that attribute speech: a bare capitalised word before them is probably a person. */
export const SPEECH_VERBS = new Set(["said", "says", "told", "tells", "added", "adds", "asked", "asks", "explained", "explains", "wrote", "writes", "noted", "notes", "argued", "argues", "stated", "states", "recalled", "recalls", "replied", "replies", "commented"]);

/** Words hardly used outside a sports report: a report needs at least one. */
export const SPORTS_WORDS = new Set([
  "striker", "strikers", "midfielder", "midfielders", "goalkeeper", "goalkeepers", "referee", "referees", "kick-off",
  "half-time", "halftime", "stoppage", "equaliser", "equalizer", "offside", "wicket", "wickets", "innings",
  "touchdown", "touchdowns", "quarterback", "scorer", "hat-trick", "free-kick",
]);
/** Words common in sports reports but used elsewhere too ("policy goals", "a tax penalty"). */
export const SPORTS_HINTS = new Set([
  "goal", "goals", "scored", "penalty", "penalties", "defender", "defenders", "match", "coach", "tournament", "league",
  "cup", "squad", "header", "fixture",
]);

/** Words that look like names in a capitalised run but never are one. */
export const NOT_NAMES = new Set([
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "i", "i'm", "i've", "i'll", "i'd", "ok", "okay", "tv", "am", "pm", "ad", "bc", "ceo", "cfo", "gdp", "covid-19", "covid",
  "internet", "web", "image", "photo", "video", "watch", "read", "more", "update", "updated", "breaking", "exclusive",
  // Everyday abbreviations that are not organizations.
  "vip", "gmt", "utc", "est", "iq", "html", "http", "https", "url", "pdf", "dna", "hiv", "aids", "gdp", "cto", "pc",
  "usb", "faq", "diy", "rip", "mvp", "suv", "atm", "id", "pin", "sms", "ai", "vr", "lgbt", "lgbtq", "sars", "kg", "km",
  "mph", "mp3", "dvd", "cd", "ufo", "phd", "mba", "bbq", "asap", "fyi", "tba", "n/a", "q&a",
]);

/** Nations that field their own teams without being states. */
export const HOME_NATIONS = new Map([["england", "England"], ["scotland", "Scotland"], ["wales", "Wales"], ["northern ireland", "Northern Ireland"]]);

/** Prepositions after which a country name is a place, even in a sports report ("played in Russia"). */
export const LOCATIVES = new Set(["in", "at", "from", "across", "throughout", "into", "inside", "near", "around"]);
