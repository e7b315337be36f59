/**
 * English word classes for the labeller (`label-en.ts`): closed classes tell a noun phrase from what surrounds it,
 * verbs of change and trade point to a figure's subject or object. Data only.
 */

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

/** Determiners open a noun phrase and never end one. */
export const DETERMINERS = set(
  'a an the this that these those its their his her our your my some any each every all both no another either ' +
    'neither such whose last next past',
);
/** Determiners that may open a noun phrase read after `of` (`of the district's`, `of its workforce`). */
export const ARTICLES = set(
  'a an the this that these those its their his her our your my some any each every all both another',
);
/** Prepositions end a noun phrase; a few (`of`, `in`, `for`) tie the next one to a figure. */
export const PREPOSITIONS = set(
  'of in on at by to for from with into onto over under about around between against across after before during ' +
    'since until till via through throughout within without among amongst toward towards upon per than like despite ' +
    'including amid beyond behind near along off out up down past plus versus vs',
);
/** Pronouns stand for a noun phrase without naming anything a card could show. */
export const PRONOUNS = set(
  'it they he she we you i them him us me who whom which what there here itself themselves himself herself ' +
    'anyone everyone someone nobody everything something anything nothing this that these those',
);
/** Auxiliaries: a noun phrase ends before its verb. */
export const AUXILIARIES = set(
  'is are was were be been being am has have had do does did will would shall should can could may might must ' +
    "isn't aren't wasn't weren't hasn't haven't hadn't won't wouldn't can't couldn't didn't doesn't don't 's 're",
);
/** Conjunctions end a phrase (`and` may join two, see the chunker). */
export const CONJUNCTIONS = set(
  'and or but nor so yet if though although because whereas whether while when where as then how why',
);
/** Adverbs, including those that hedge or date a figure (`about`, `ago`, `annually`): never part of a label. */
export const ADVERBS = set(
  'not never very too also still even just only already now again ago later earlier soon today yesterday tomorrow ' +
    'tonight almost nearly about roughly approximately around more less fewer most least much many further instead ' +
    'respectively alone apiece each year-on-year year-over-year annually overall altogether else away ahead back ' +
    'here there thereafter so such rather quite once twice',
);
/** Comparatives and adjectives that follow a measure as its complement (`five points clear`, `10ft tall`). */
export const COMPLEMENTS = set(
  'higher lower bigger larger smaller greater better worse cheaper faster slower longer shorter older younger ' +
    'stronger weaker more less fewer tall long high deep wide thick clear behind ahead old away apart short big ' +
    'heavy late early off times',
);
/** Verbs that report speech or thought: a phrase never runs into one. */
export const REPORTING = set(
  'say says said saying tell tells told telling suggest suggests suggested suggesting indicate indicates indicated ' +
    'predict predicts predicted reveal reveals revealed believe believes believed think thinks thought insist ' +
    'insists insisted argue argues argued admit admits admitted explain explains explained know knows knew warn ' +
    'warns warned confirm confirms confirmed expect expects expected announce announces announced add adds added ' +
    'according claimed noted reported estimated stated showed shown meant forecast forecasts',
);
/**
 * Common irregular past forms, which no ending gives away. A phrase ends at one: `a 20-year-old suspect swore`.
 */
export const IRREGULAR_PAST = set(
  'went came took made gave got found left saw lost ran fell rose grew kept held brought bought sold paid met ' +
    'put spent built sent began became broke wrote spoke drove flew threw knew felt fought caught taught stood sat ' +
    'led fled shot struck stole hid chose froze woke wore tore sang drank sank swam rang ate forgot understood ' +
    'swore shook slid sought sped spun split spread stuck stung swept swung won withdrew overtook undertook beat ' +
    'bore bit blew dealt dug drew fed forbade forgave hung heard hurt laid lay lit meant quit rode rid sent shut ' +
    'slept stank strove thrust wept wound seen done gone given taken known shown written driven broken chosen ' +
    'spoken stolen beaten eaten forgotten hidden ' +
    // Third-person forms that are hardly ever nouns: `25% of the station's traffic comes from Spain`.
    'comes goes seems becomes remains means takes gives gets keeps lets puts',
);
/**
 * Verbs linking a subject to its figure (`Revenue rose 12%`, `The plant will cost £40m`, `The trial lasted six
 * weeks`, `The bank was fined $2m`): irregular verbs by base, past and participle, regular ones by base; the labeller
 * adds the other forms.
 */
export const LINK_VERBS_IRREGULAR = [
  'rise rose risen',
  'fall fell fallen',
  'grow grew grown',
  'shrink shrank shrunk',
  'cost cost cost',
  'hit hit hit',
  'stand stood stood',
  'hold held held',
  'pay paid paid',
  'spend spent spent',
  'sell sold sold',
  'make made made',
  'have had had',
  'see saw seen',
  'lose lost lost',
];
/** Regular linking verbs by base: `-s`, `-ed`, `-ing` (and British `-lled`) are derived. */
export const LINK_VERBS_REGULAR =
  'increase decrease decline drop jump climb slip slide plunge soar surge gain reach total top exceed number ' +
  'amount expand lift earn raise employ receive attract generate record post last double triple halve ' +
  'quadruple fine award charge value price tumble slump sink rebound recover edge dip widen narrow';
/** Forms of linking verbs that no rule derives: the copula, and pasts the regular rule would miss. */
export const LINK_VERBS_OTHER = set('is are was were be been am slid sank shrank');
/** Base forms among them that are as often nouns (`his Republic record`, `the sale price`). */
export const NOUN_LIKE_BASES = set(
  'record total number amount value price cost post top edge fine charge award stand hold last hit',
);
/** Verbs whose object is what was bought or sold for a sum: `bought the grocer for $13.7bn`. */
export const TRADE_VERBS_IRREGULAR = ['buy bought bought', 'sell sold sold', 'pay paid paid'];
/** Regular trading verbs by base, inflected like the linking ones. */
export const TRADE_VERBS_REGULAR = 'acquire purchase sign snap offer value';
/** Hedges a figure's own reading leaves before it (`a price of just $3`). */
export const HEDGES = set('just only nearly almost about around some roughly approximately barely');
/** Words a leftward search steps over between a figure and its verb (`rose 12% to $3.2bn`, `is worth £5m`). */
export const LEFT_SKIP = set(
  'to by at from a an the up down about around nearly almost some over under roughly approximately than more ' +
    'less fewer just only least estimated an worth per cent percent million billion trillion thousand hundred bn m ' +
    'k mn tn',
);
/** Between a subject and its verb, besides auxiliaries: `has more than doubled`, `will also cost`. */
export const VERB_SKIP_WORDS = set(
  'also now already still more than just nearly almost not never set expected likely due going reportedly once again further to',
);
/** Words before `to` + verb that keep the subject in view (`is to rise`, `are set to reach`). */
export const TO_OPENERS = set('is are was were be been set expected due going likely able about forecast projected');
/**
 * Nouns that say nothing about what a figure is: `in the region of £40m`, `in excess of`, `an average of $950m`,
 * `a total of £21m`; and verbs that end in `-s` like a plural before `of` (`the installation consists of 1.000`).
 */
export const EMPTY_HEADS = set(
  'region area order excess vicinity neighbourhood neighborhood range tune average total sum maximum minimum figure ' +
    'number amount level value consists comprises front',
);
/** Nouns of time: a figure `in` or `for` one is dated, not labelled (`$5m in 2017`, `£64 for the year`). */
export const TIME_NOUNS = set(
  'time times year years month months week weeks day days quarter quarters decade decades hour hours minute ' +
    'minutes second seconds season seasons period periods night nights morning mornings afternoon evening weekend ' +
    'weekends today yesterday tomorrow tonight summer winter spring autumn fall january february march april may ' +
    'june july august september october november december monday tuesday wednesday thursday friday saturday sunday',
);
/** Nouns that end in `-ly`, `-ing` or `-ed` and are still nouns. */
export const NOUN_EXCEPTIONS = set(
  'family supply assembly rally ally monopoly anomaly reply italy july belly jelly lily bully fly holly ' +
    'thing king ring spring string wing evening morning ceiling wedding sibling pudding clothing ' +
    'hundred bed red shed sled sacred naked wicked need speed seed feed deed weed breed greed creed steed reed',
);
/** Scale words after a count inside `of its last 14 million …`: stepped over with the count. */
export const SCALES = set('hundred thousand million billion trillion m bn k mn tn');
/** Words that open a verb's object: a lone word before one is a verb (`60% support the plan`, `takes her`). */
export const OBJECTS = set('it them him her us me you a an the its their his her our your my');
/** Plurals without an `-s`. */
export const PLURALS = set('people children men women staff police personnel cattle data media feet teeth mice geese');
/** Modifiers that never head a noun phrase (`16 other Lib Dem MPs`). */
export const NOT_HEADS = set('other another same own various several certain additional extra former latter new old');
/** Verbs of being: `took 20bn yen to become the biggest film` says what followed, not what the money was for. */
export const COPULAS = set('be become becoming became seem remain appear stay');
/** Particles of phrasal verbs: `buying out minority shareholders`, `setting up a fund`. */
export const PARTICLES = set('out up off down back over');
/** Determiners and possessives that open an object. */
export const OBJECT_OPENERS = set('a an the its their his her our your my this that these those');

// Context phrases (`label-context.ts`), for figures no noun phrase labels.
/** Words that open a new clause: a context phrase stops at one. */
export const CLAUSE_WORDS = set(
  'and but or nor so then while whereas which who whom whose that after before when where because although though if as since',
);
/**
 * Prepositions that tie a following phrase to a span or a measure: `10 years in prison`, `62 minutes into the game`.
 * Not `on` or `at`, which say where (`13.3 inches on the new laptop`).
 */
export const TIED_AFTER = set('in into of for behind ahead');
/** Lead-ins that are idioms, saying nothing of their figure: `to the tune of`, `over the course of`. */
export const EN_IDIOM_LEADS = /^(?:tune|course)\s+of$/i;
/** Lead-ins that are no context at all: the figure's own hedge, or a copula with nothing before it. */
export const EMPTY_LEAD = set(
  'a an the of to by at in on for from with about around nearly almost some over under up is was are were be been it this that they he she we',
);
/** A lead-in ending here makes the figure a time frame (`over the next three days`), not a fact of the story. */
export const FRAMES = set('next past last coming first final previous following recent');
/**
 * A person spoken to or of (`In that case you pay only …`, `Afterwards you'll pay …`, `you'd be paying …`): the
 * figure is what someone does, told to a reader, and no card can name whose it is.
 */
export const PERSONAL_PRONOUNS = set('you we they he she i');
/** A verb glued on a pronoun (`you'd`, `they're`, `it's`): the word is still the pronoun. */
export const CONTRACTION = /['’](?:s|re|ve|ll|d|m)$/;
/**
 * A share whose measure the clause states before it (`vehicles contribute 40 percent of the region's pollution`,
 * `fatal in up to 90 per cent of people infected`): the phrase after `of` is the whole, not what the share measures.
 */
export const SHARE_MEASURED_BEFORE =
  /\b(?:contribut(?:e|es|ed|ing)|represent(?:s|ed|ing)?|(?:account(?:s|ed|ing)?|responsible) for|(?:make|makes|made|making) up|cover(?:s|ed|ing)?|compris(?:e|es|ed|ing)|constitut(?:e|es|ed|ing)|(?:fatal|deadly|common|rare|prevalent|present|found|seen|detected) (?:in|among))\s+(?:(?:up to|about|around|nearly|almost|some|over|more than|less than|roughly|approximately|just|only)\s+)*$/i;
/** Where or how a price is offered (`at just …`, `for …`): what is left before them must say what is priced. */
export const OFFER_TRAIL = set('at for from to just only as low');
/** After the figure, a word of comparison belongs to its meaning: `$50 off`, `20% cheaper`, `3 points behind`. */
export const COMPARATIVE =
  /^\s+(off|cheaper|more|less|fewer|higher|lower|above|below|short|behind|ahead|over budget|under budget)\b/i;

// What a card may show (`exclude-shown.ts`).
/** A unit of time as the label (`23 percent [month]`) says when a share was measured, not of what. */
/** Between a counted noun and what happened to it: `300 school districts were closed`. */
export const PASSIVE_AUXILIARIES = set('were was are is');
/** Past participles no ending gives away: `12 people hurt`, `3 children taken`. */
export const IRREGULAR_PARTICIPLES = set(
  'hurt killed taken held shot struck left lost stuck caught built sold sent found bitten stolen hidden',
);
/** Participles that describe rather than report: `employees based in Ohio`, `people aged 65`, `users called…`. */
export const STATIVE_PARTICIPLES = set(
  'based aged related used needed called named located dedicated involved interested concerned',
);

/** Verbs of change: a share after one is how much something changed (`rose 12%`), not how big it is. */
export const CHANGE_VERBS = set(
  'rise rises rose risen rising fall falls fell fallen falling grow grows grew grown growing increase increases increased ' +
    'decrease decreases decreased decline declines declined drop drops dropped jump jumps jumped climb climbs climbed ' +
    'soar soars soared plunge plunges plunged surge surges surged slip slips slipped slide slides slid tumble tumbles ' +
    'tumbled gain gains gained shrink shrinks shrank lose loses lost losing slump slumps slumped sink sinks sank ' +
    'dip dips dipped edge edges edged rebound rebounds rebounded',
);
/** After a copula, the direction of a change: `the stock was down 5%` is the change (`stock was down …`). */
export const DIRECTIONS = set('up down higher lower');

/** Verbs by which a subject earns, pays or raises money: the amount is what it did, not what it is. */
export const TRANSACTION_VERBS = set(
  'earn earns earned earning make makes made making pay pays paid paying spend spends spent spending sell sells sold ' +
    'selling lose loses lost losing raise raises raised raising receive receives received receiving generate ' +
    'generates generated generating post posts posted posting charge charges charged charging fined ' +
    'fetch fetches fetched fetching',
);

/** Plurals without an `s`: a count of `people` or `staff` counts something. */
export const IRREGULAR_PLURALS = new Set(
  'people men women children staff police personnel cattle sheep fish data media feet teeth mice geese aircraft deer series species crew'.split(
    ' ',
  ),
);
export const TIME_ONLY_LABEL = /^(?:year|month|week|day|quarter|season|decade|year-to-date|period|time)s?$/i;
/** A count before a superlative (`the 10 best deals`) numbers a list, not a fact. */
export const LISTICLE_LABEL =
  /^(?:best|worst|top|greatest|biggest|largest|most|least|highest|lowest|favou?rite|essential|must-\w+)\b/i;

/**
 * What makes an ordinal a standing in a ranking rather than a place in a sequence (`the world's third-largest
 * economy`, `No. 1`, `ranked 66th`) — `her second album`, `first place in the 100 yard freestyle`, `the 30th opponent`
 * name an item, they report nothing. Before the ordinal, then right after it.
 */
export const EN_RANKED_WRITTEN = /^No\.|(?:est|most|least)$/i;
export const EN_RANKED_BEFORE = /\b(?:No\.|number|ranked|ranks|ranking)\s*$/i;
export const EN_RANKED_AFTER = /^[-\s]?(?:\p{L}+est|most|least)\b/iu;
/** Before an earlier value in `from A to B`: the card would show A as if it were the news, B is. */
export const EN_FROM_BEFORE = /\bfrom\s+$/i;
/** After the earlier value: its `to` and the later value, within the clause. */
export const EN_TO_AFTER =
  /^[^,;.:()]{0,12}?\bto\s+(?:about |around |roughly |nearly |almost |just |some )?[$£€¥₹]?\d/i;
/** A count right before a number (`five 787 Dreamliners`, `two 737s`): the number after it is a name. */
export const EN_COUNT_BEFORE =
  /(?:\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|several|many|\d+)\s+)$/i;
/** Parts of the text's own argument (`three reasons`, `7 key questions`, `5 ways`): counting them numbers the article. */
export const EN_DISCOURSE_PARTS =
  /^(?:(?:key|main|big|simple|easy|important|top)\s+)?(?:reasons?|ways?|things?|steps?|tips?|questions?|lessons?|signs?|facts?|takeaways?|rules?)$/i;
/**
 * A doer, what it means to do, and the bare verb before a count: `WeWork is preparing to cut`, `Apple could hire`.
 * Groups: the doer's last word, the chain, the verb.
 */
export const EN_INTENDED =
  /(\S+)\s+((?:is|are|was|were)\s+(?:preparing|planning|set|poised|expected|due|going|about|looking)\s+to|(?:plans?|planned|aims?|aimed|intends?|intended|expects?|agreed|agrees|decided|decides|voted|votes|promised|promises|pledged|pledges|threatened|threatens|wants?|wanted|hopes?|hoped|seeks?|sought|proposed|proposes)\s+to|will|would|could|may|might|must|should)\s+(\p{Ll}+)\s+$/u;
/** Chains that say only that a plan is under way: a headline's `to` says the same (`WeWork to cut … jobs`). */
export const EN_PLANNED_TO =
  /^(?:(?:is|are|was|were) (?:preparing|planning|set|poised|expected|due|going|about|looking)|plans?|planned|aims?|aimed|intends?|intended|expects?) to$/;
/** Bare verbs common before a count, that are hardly nouns there: `to cut 4,000 jobs`, `faces 18 charges`. */
export const EN_OBJECT_VERBS = set(
  'cut cuts face faces hire hires employ employs kill kills shed sheds add adds lose loses',
);
/**
 * A player's line: a name opening its clause, a verb of tallying, then the tallies (`Tuukka Rask made 25 saves`,
 * `Chris Paul had four points, 10 assists and five rebounds`), or the tallies alone in a box score (`Armani Sheffield
 * 19 points and 3 steals`). Each tally is the player's; alone (`10 assists`) it
 * could be anyone's in the game.
 */
export const EN_STAT_LINE =
  /(?:^|[,;:]\s+|\b(?:and|while|as)\s+)((?:[A-Z][\w'’.-]+\s+){0,2}[A-Z][\w'’.-]+)(?:\s+(had|made|recorded|posted|collected|added|finished\s+with|totaled|totalled|scored))?\s+(?:(?:a\s+)?(?:season|career|game)-high\s+)?(?:(?:\d[\d,.]*|[a-z]+)\s+[a-z-]+(?:,\s+|\s+and\s+)(?:(?:a\s+)?(?:season|career|game)-high\s+)?)*$/;
/**
 * Verbs of measure that also take what they count as an object: `both teams received … fines`,
 * `attracted … visitors`, `recorded … cases` (not `rose`, `reached`, `has`, which a count's noun can't tell from a level).
 */
export const EN_TALLYING = /^(?:receiv|attract|award|record|post|generat)/;
/**
 * A tally named before `to` + a figure (`the death toll to 28`, `their unbeaten streak to 15`, `the total number of
 * deaths to 46`), with its modifiers.
 */
export const EN_TALLY_TO =
  /\b(?:the|its|their|his|her|our)\s+((?:[a-z-]+\s+){0,2}(?:toll|streak|run|lead|total|tally|count|record|deficit|surplus|margin|workforce|headcount|majority)|(?:total\s+)?number\s+of(?:\s+[\w'’-]+){1,5})\s+to\s+(?:(?:about|around|nearly|almost|some|roughly|more than|over|at least)\s+)?$/;
/** Word forms of a verb's shape that are not what happened to a count: prepositions, hedges, `have`, verbs that open a clause (`learned 75 people visited`). */
export const NOT_DOING = set(
  'including excluding during according regarding following concerning involving totalling totaling nothing something ' +
    'estimated reported expected additional combined staggering whopping record bring bringing having being had ' +
    'learned learnt realised realized noticed feared believed thought hoped',
);
/**
 * Nouns that measure something named after them: a `chance`, a `risk` of what (`of`), a `rise`, a `cut` in what
 * (`in`).
 */
export const EN_MEASURE_OF: ReadonlyMap<string, string> = new Map([
  ...'chance chances risk risks likelihood probability odds share proportion'.split(' ').map((w) => [w, 'of'] as const),
  ...'increase decrease rise fall drop jump growth decline gain cut'.split(' ').map((w) => [w, 'in'] as const),
]);
/** `on average`, `on top`: how an amount was reckoned, not what it is spent on. */
export const EN_RECKONED_ON = new Set(['average', 'top', 'balance', 'paper']);
/** Conjunctions opening a clause whose subject may be a count's doer (`, and Semyon Varlamov stopped …`). */
export const EN_CLAUSE_CONJUNCTIONS = /(?:and|but|while|whereas|after|when|as|since|that)/u;
/** Adverbs that may open a sentence before its subject (`Now Assange faces …`, `Meanwhile, Wild goalie …`). */
export const EN_SENTENCE_ADVERBS = /(?:\p{Lu}\p{Ll}+ly|Now|Also|Still|Then|Meanwhile|Later)/u;
/** Openers of an example or a supposition: the numbers of such a sentence illustrate (`centrality.ts`). */
export const EN_ASIDE_OPENERS = /^\W*(?:for example|for instance|suppose|imagine|hypothetically|let's say|say you)\b/i;
/** What a distance names as an event: `200m champion`, `100m silver medallist`, `400m runners`, `5000m gold`. */
export const EN_EVENT_AFTER_DISTANCE =
  /(?:^|\s)(?:[\p{Ll}'’]+\s+){0,2}(?:champions?|medall?ists?|gold|silver|bronze|titles?|finals?|records?|race|runners?|hurdles|relay|freestyle|backstroke|breaststroke|butterfly|medley|specialists?|events?|sprint(?:er)?s?)(?:\s+…)?$/u;
/** A label that is only an adverb of where or how many: `almost $1.6bn worldwide`, `£5 apiece`. */
export const EN_ADVERB_LABEL =
  /^(?:worldwide|nationwide|globally|overall|apiece|each|altogether|annually|respectively)$/i;
/**
 * A list of bare nouns going on after a noun (`, fuel, oxygen`), which the figure counts with it; or, after a name, of
 * figures whose noun comes last (`Muslim, 100 Evangelical Christian and 50 Jewish schools`).
 */
export const EN_LIST_AFTER = /^,\s+(?:(?!(?:a|an|the)\b)\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?(?:,|\s+and\s))/u;
export const EN_LIST_OF_FIGURES_AFTER = /^,\s+\d/;
/** A place right after a figure, closing its item of a list: ` in England;`, ` in Wales,`. */
export const EN_PLACE_LISTED = /^\s+in\s+((?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})\s*[;,]/u;
/** Verbs that keep someone from something, whose `from` says what (`would prevent … home-buyers from paying the tax`). */
export const EN_PREVENTING =
  /^(?:prevent|prevents|prevented|stop|stops|stopped|bar|bars|barred|ban|bans|banned|exempt|exempts|exempted|spare|spares|spared|keep|keeps|kept)$/;
/** A person a fee may stand before: `former Ajax skipper`, `new signing`, `Brazilian striker`. */
export const EN_PERSON_HEAD =
  /(?:^|\s)(?:skipper|captain|striker|midfielder|defender|winger|goalkeeper|keeper|forward|signing|recruit|player|star|boss|manager|coach)$/i;
/** A sentence opening on what it leaves out: `Excluding the car sector, …`, `Not counting bonuses, …`. */
export const EN_EXCLUDING = /^\W*(excluding|not counting|not including|except for)\s+([^,;:]{1,60}?),\s/i;
/** A period closing a figure's phrase, over which it was counted: `this year`, `year to date`, `a year earlier`. */
export const EN_PERIOD_AFTER =
  /^\s+((?:so far )?this (?:year|month|week|quarter|season)|last (?:year|month|week|quarter|season)|year[- ]to[- ]date|a year (?:ago|earlier)|year[- ](?:on|over)[- ]year|in the (?:first|second|third|fourth|last) quarter)(?![\p{L}\p{N}])/u;
/** `Europa, one of Jupiter’s 79 moons`: the figure counts a set the thing belongs to, told to place it. */
export const EN_ONE_OF = /\bone of\s+(?:(?:the|its|their|his|her|our|\p{Lu}[\p{L}.]*['’]s?)\s+)?(?:[a-z]+\s+)?$/u;
/** Words a year after them dates instead of a figure (`born in 1990`, `built in 1912`, any `-ed` form), or is the base a figure is compared with (`30% more than in 2003`). */
export const EN_WHEN_BLOCKERS = set(
  'born built made held set begun began won written taken grown known seen shown sold bought paid run ' +
    'elected founded since until than',
);
/** What a span of time is the length of, when written `a … of 10 years`: a term served, agreed or awaited. */
export const SPAN_HEADS = set(
  'sentence term jail prison contract deal lease ban suspension delay wait career tenure stint reign marriage ' +
    'moratorium freeze extension warranty guarantee mortgage loan sentences terms',
);
/** Adverbs between a counted noun and what is said of it: `are now eligible`, `were initially quarantined`. */
export const PREDICATE_ADVERBS = set('now still also already all then later currently initially reportedly each');
/** A particle that completes a verb of motion: `Indians returned home`, `staff walked out`. */
export const PREDICATE_PARTICLES = set('home abroad overseas away back out');
/** Prepositions whose phrase says where a counted noun is: `people at the rally`, `vacancies at the facility`. */
export const PLACE_PREPOSITIONS = set('in on at from across under inside outside near');
/** …or where its verb took it: `live in settlements`, `fled to Jordan`. */
export const PREDICATE_PREPOSITIONS = set(
  [...PLACE_PREPOSITIONS, 'to', 'toward', 'towards', 'into', 'without'].join(' '),
);
/** Verbs after a counted noun that say nothing of it: saying, having, being part of a total. */
export const NOT_PREDICATES = set(
  'said say says told think thought believe believed have had got get make made take took include included ' +
    'including remain remained become became seem seemed appear appeared per versus',
);
/**
 * The whole a part is counted from (`11 of the 12 cities`, `Ten of the 18 staffers`): the
 * part is the news, the whole only what it is out of.
 */
export const EN_WHOLE_OF_PART =
  /\b(?:\d[\d,.]*%?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|none) of (?:the|their|its|his|her|our|my|your|these|those)\s+(?:[a-z-]+\s+)?$/i;
/** `in his first 18 games`, `over the past 10 seasons`: a run of events that frames a tally, not a tally. */
export const EN_RUN_BEFORE = /\b(?:first|last|past|previous|next|opening|final)\s+$/i;
export const EN_RUN_LABEL =
  /^(?:games|matches|starts|outings|appearances|races|rounds|innings|seasons|fixtures|tries)$/i;
/**
 * A market instrument named by its term: `10-year notes`, `Three-month aluminum on the LME`, `the two-year yield`.
 * The term is part of the instrument's name, as `16-inch` is of a laptop's.
 */
export const EN_INSTRUMENT_TERM = /-(?:year|month|week|day)$/i;
export const EN_INSTRUMENTS =
  /^(?:U\.?S\.?\s+)?(?:notes?|bonds?|bunds?|gilts?|bills?|yields?|treasur(?:y|ies)|futures|aluminium|aluminum|copper|nickel|zinc|tin|lead|libor|paper)\b/i;
/** `a cup and a half`, `two hours and a half`: the half of a quantity written before it, not a figure of its own. */
export const EN_AND_A_HALF = /\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+[a-z]+\s+and\s+$/i;
/** `for the first time in (nearly) 25 years`: how rare an event is, said with a span. */
export const EN_FIRST_TIME_IN = /\bfirst time in\s+(?:nearly|almost|more than|over|about|around|some)?\s*$/i;
/**
 * A clause that forecasts its figure rather than reports it: `is expected to reach`, `is forecast to hit`, `predicts`.
 * Not `will`: a plan (`will spend $90m on new buses`) is the story's fact as it stands.
 */
export const EN_OUTLOOK =
  /\b(?:forecasts?|forecast to|predicts?|predicted|projected to|projects|is expected to|are expected to|expected to|expects?|expecting|on course to|on track to)\b/i;
/** A figure named as the one expected: `the expected 4.8 percent gain`, `a forecast $2 billion`. */
export const EN_OUTLOOK_BEFORE = /\b(?:the|an?)\s+(?:expected|forecast|predicted|projected)\s+$/i;
/** Who forecasts an amount, and the verbs they forecast it with. */
const EXPECTERS = 'analysts|economists|investors|traders|experts|forecasters';
const EXPECTING = 'expected|forecast|predicted|projected|anticipated';
/** A figure's noun, then who or what expected it: `the 4.8 percent gain that was expected`, `gain analysts had forecast`. */
export const EN_OUTLOOK_AFTER = new RegExp(
  `^(?:\\s+[\\p{L}-]+){0,3}?\\s+(?:(?:that|which)\\s+(?:was|were|had\\s+been|is|are)|(?:${EXPECTERS})\\s+(?:had\\s+)?)\\s*(?:${EXPECTING})\\b(?!\\s+to\\b)`,
  'iu',
);
/** A span counted from what follows its `of`: `within 24 hours of the onset` (but `after two years of talks` is of talks). */
export const EN_SPAN_FROM = /\bwithin\s+(?:about\s+|around\s+|roughly\s+)?$/i;
/**
 * `$300 Beats headphones for just $164.99`: the offer price the thing sells for follows, and the first is what it used
 * to cost (not `The $300 million stadium was sold for $50 million`).
 */
export const EN_SALE_PRICE_AFTER = /^\s+(?:[\w'’-]+\s+){1,6}for\s+(?:just|only|as\s+(?:little|low)\s+as)\s+[$£€¥]\d/i;
/**
 * Who expected, paid or spent an amount, right after it: `the $4.8 billion analysts had expected`, `analysts polled by
 * Refinitiv expected`, `the $0 people pay for most mobile games`. The noun is the subject of a clause about the amount.
 */
export const EN_EXPECTERS_AFTER = new RegExp(
  `^\\s+(?:${EXPECTERS}|people|consumers|customers|users|buyers|shoppers|players|fans|families|households|taxpayers|patients|students|readers|viewers)\\s+(?:(?:polled|surveyed)(?:\\s+by(?:\\s+[\\p{L}&.-]+){1,2})?\\s+)?(?:(?:had|have|were|typically|usually|often|would|will)\\s+)?(?:${EXPECTING}|estimated|expecting|pay|paid|spend|spent|owe|owed|save|saved|earn|earned)\\b(?!\\s+to\\b)`,
  'iu',
);
/** Nouns that name a tally or a reading (`death toll`, `air quality index`): a singular before a count is what it measures. */
export const EN_MEASURE_HEADS = set(
  'toll total tally count number index estimate score reading level turnout attendance headcount',
);
/** Modal verbs: what they govern may happen, not what happened; the word after one is a verb. */
export const EN_MODALS = set('could would may might will can should must');
/** Auxiliaries and modals: the first finite verb of a clause, which its subject ends before. */
export const EN_AUXILIARIES = set(
  'is are was were has have had did does do could would may might will can should must',
);

/* A thin label widened to its clause (`label-clause.ts`). */
/**
 * Words that list or add (`including … deaths`, `alongside … Palestinians`, `A further … manufacturers`): a clause led
 * by one alone says no more than the label, and the list it opens after the label is another subject's.
 */
export const EN_LISTING = set('including alongside among plus besides further also');
/** Words that hedge or negate the figure (`just … lines`, `not … flights`) and say nothing of what it counts. */
export const EN_CLAUSE_HEDGES = set('just only even still roughly not');
/** `the first stop of …`, `one of …`: a part of the figure's whole, which the card would read as the whole. */
export const EN_PART_OF = /\b(?:first|second|third|last|final|one|part|each|any|none|most|some|all)(?:\s+\w+)?\s+of$/i;
/** `300 Indians, including one woman, were deported`: an aside between a counted noun and its verb. */
export const EN_ASIDE_AFTER_NOUN =
  /^(\s*[\w'’-]+(?:\s+[\w'’-]+)?)\s*,\s*(?:including|among them|mostly|such as)\s[^,;:()]{1,50},\s*(?=(?:were|was|are|is|have|has|had|will|would|could|can|\w+ed)\b)/i;
/** Prepositions that open an adjunct a long clause may end before (`… authorities | for illegally entering`). */
export const EN_ADJUNCTS = set('for in on at from with after during since over into across amid under near');
/* A share's group and what it does (`label-share.ts`). */
/** Verbs of a survey's findings, in the present, that end a share's group (`… of Germans now consider …`). */
export const EN_SHARE_VERBS = set(
  'say think believe consider want support oppose agree disagree expect prefer feel use own live',
);
/** Words a survey's report opens a share's clause with (`A YouGov poll suggested 75% of …`). */
export const EN_SHARE_LEADS = set(
  'suggested suggests showed shows revealed reveals estimated estimates found finds according',
);
/** Words that open a preposition of two with the `to` after them (`due to`, `thanks to`): cut before `to`, they dangle. */
export const EN_PREPOSITION_HEADS = set('due owing thanks according prior next close');
/** The writer or the reader (`I lost …`, `… rate you'll find`): no one a card can name. */
export const EN_SPEAKERS = set('i we you me us');
/** The writer's or the reader's (`our project`, `my 1,000 followers`): no one a card can name. */
export const EN_POSSESSIVES = set('my our your');
/** Pronouns that stand for someone named elsewhere, as objects (`truncates them at …`). */
export const EN_OBJECT_PRONOUNS = set('them him her us me');
/** Words that open a relative clause, whose subject is the noun before them. */
export const EN_RELATIVES = set('which who whom that');
/** Relatives that define the noun before them (`laborers who work on water mains`), not add an aside about it. */
export const EN_DEFINING = set('who that');
/**
 * `there have been`, `there are`: an opener that only says something exists; `Of the …` opens a sentence about a
 * part of the figure's whole, and the card names the whole.
 */
export const EN_EXISTENTIAL = /^(?:there (?:is|are|was|were|will be|have been|has been|had been)|of the)\b\s*/i;
/** `CAIRO —`, `SAN FRANCISCO (AP) —`: a dateline before a sentence's first clause. */
export const EN_DATELINE = /^[A-Z][A-Z .,'’-]*(?:\([^)]*\))?\s*[—–-]\s*/;
/** A sentence opening on a frame (`This year,`, `Meanwhile,`, `In 1998,`, `Of the seven largest cities,`). */
export const EN_INTRO =
  /^(?:in|on|at|of|this|last|meanwhile|however|after|before|since|during|for|with|by|over|amid|earlier|later|also|still|yet|then|now|today|yesterday|moreover|overall)\b[^,]{0,40},\s/i;

/** Verbs of saying that open a reported clause, which has its own subject. */
export const EN_SAYING =
  /^(?:said|says|say|told|tells|added|adds|claimed|claims|insisted|explained|noted|argued|reported|found|believes?|believed|thinks?|thought|feared|fears)$/i;

/** Words before a span that make it a rate's (`for 15 minutes`, `every 10 days`), not another figure. */
export const EN_RATE_BEFORE = set('for per every each');
/** Prepositions that make a year after them a time (`by 2030`, `since 2015`), not another figure. */
export const EN_YEAR_BEFORE = set('by in since until till before after from');
/** Demonstratives, which before a word of time say when (`this morning`), not point back. */
export const EN_DEMONSTRATIVES = set('this that these those');
/** Words that open a subordinate clause with a subject of its own (`when Braun's Ithaca Holdings purchased …`). */
export const EN_SUBORDINATORS = set('when after before because if while since although though once until whereas');
/** `In addition to`, `Apart from`: a frame that only says there is more, opening a clause. */
export const EN_ADDITIVE = /^(?:in addition to|apart from|besides|on top of|along with)\s+/i;
/** `Jr., 55, `: an age set off by commas after a name, at the end of what comes before a verb. */
export const EN_AGE_ASIDE = /\.?,\s*\d{1,3},?\s*$/;
