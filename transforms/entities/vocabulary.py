"""The words of wire copy that the entity rules read: titles that mark a person, head
words that mark an organization, an event, a facility or a natural feature, nouns that
mark a company, and the capitalized words that open sentences without being names."""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Titles that stand before or after a person's name; `the <title>` later refers to them.
TITLES = _words("""
president premier chancellor minister secretary-general director-general secretary director
chairman chairwoman chairperson chair spokesperson spokesman spokeswoman ambassador envoy
governor mayor senator congressman congresswoman assemblyman assemblywoman assemblymember
councilman councilwoman councillor councilor alderman lawmaker legislator representative deputy
professor researcher scientist economist analyst expert engineer official officer commissioner
ceo founder co-founder head chief executive manager editor correspondent coordinator adviser
advisor counselor consul delegate leader king queen prince princess pope emir sultan sheikh
general colonel commander captain coach judge prosecutor lawyer attorney dean curator farmer
teacher doctor nurse resident vendor trader driver student chef owner architect archaeologist
president-elect vice-president vice-chairman vice-premier librarian writer author novelist poet
translator artist singer actor actress filmmaker producer photographer journalist reporter
musician rapper composer athlete player striker activist candidate volunteer historian
scholar lecturer controller supervisor co-ordinator administrator
entrepreneur investor banker designer sociologist biologist epidemiologist villager fisherman
co-author treasurer breeder grower rancher visitor tourist worker employee retiree shopkeeper
sergeant constable inspector detective superintendent dj msp mep comedian broadcaster presenter
sprinter cinematographer bookmaker cardinal archbishop rabbi imam cleric pastor ayatollah
boss keeper goalkeeper midfielder defender winger hooker flanker fly-half scrum-half full-back
skipper wing financier speaker magistrate referee umpire accountant auditor trainer
attorney-general governor-general solicitor-general prosecutor-general procurator-general
undersecretary under-secretary consultant strategist taoiseach tanaiste solicitor barrister
""")
# Titles only where written with a capital inside a name's run (`Research Fellow Martin
# How`); in lower case they are common words (`fellow American Robby Ginepri`).
CAPITAL_TITLES = frozenset(["Fellow"])
# Lower-case words before a name that read as occupations by their ending (`glaciologist
# Wang Ninglian`, `rancher Olman Quesada`), except these common words.
OCCUPATION_ENDINGS = ("ist", "er", "or", "ian")
NOT_OCCUPATIONS = _words("""
another whether together however rather either neither further former latter under after
other over order border center member winter summer water power paper number quarter
daughter mother father brother sister partner neighbor neighbour
""")
# Titles held in an organization, so that what stands before them names it (`Codelco
# Chairman`); a minister's or a secretary's prefix is a portfolio (`Housing Minister`).
CORPORATE_TITLES = _words("""
ceo chairman chairwoman chairperson chair chief executive president director director-general
secretary-general founder co-founder spokesperson spokesman spokeswoman head manager economist
analyst editor researcher scientist professor
""")
# Nouns that, right before a name or in the phrase after it, make it an organization.
ORG_CUES = _words("""
company firm group maker manufacturer producer developer platform brand startup start-up
retailer exporter importer operator giant carrier airline miner miners lender insurer broker
conglomerate automaker carmaker chipmaker drugmaker steelmaker planemaker supplier distributor
marketer organization organisation charity agency union label studio publisher broadcaster
newspaper paper outlet app daily concern
rival subsidiary regulator watchdog association body alliance coalition consortium tank
nonprofit non-profit ngo institute university bank fund exchange club magazine tabloid
""")
# A trade's people named together before a name, which is then their firm's
# (`analysts Ovum`, `consultancy Analysys`; but `economists John Hilke and ...`).
FIRM_PEOPLE = _words("""
analysts consultants consultancy brokers stockbrokers advisers accountants auditors pollsters
""")
# One of a firm's people, before `with` and the firm (`an economist with UFJ Bank`).
FIRM_ROLES = _words("""
analyst analysts economist economists strategist strategists consultant consultants dealer
dealers broker brokers attorney attorneys
""")
# Words that make a title another office: `shadow chancellor Oliver Letwin` is not whom
# `the chancellor` means, nor is a former or deputy president `the president`.
OTHER_OFFICE = frozenset(
    ["shadow", "former", "ex", "deputy", "vice", "assistant", "junior", "associate"]
)
# Words that make a title longer without being one: `prime minister`, `foreign minister`.
TITLE_MODIFIERS = _words("""
prime foreign vice deputy chief executive acting former senior general assistant associate
interim first secretary state finance defense defence trade health education culture commerce
""")
HONORIFICS = _words(
    "Mr. Mrs. Ms. Dr. Gov. Sen. Rep. Gen. Prof. Col. Capt. Lt. Sgt. Rev. Atty. Mr Mrs Ms Dr Prof"
    " Lt Col Gen Capt Sgt Maj Adm Brig"  # (`Lt Col Eric Schnaible`: British copy drops stops)
)
ABBREVIATIONS = HONORIFICS | _words("St. Mt. Ft. Co. Corp. Inc. Ltd. Jr. Sr. No. Bros.")
# Social platforms people speak on (`on Twitter West accused`).
PLATFORMS = _words("Twitter Facebook Instagram YouTube TikTok Weibo WeChat Telegram Reddit")
NEWS_AGENCIES = _words("""
Xinhua Reuters AP AFP TASS Kyodo Yonhap Bloomberg dpa DPA ANSA EFE Bernama Anadolu PTI IANS
Interfax Sputnik IRNA Antara KUNA WAM MENA APA Tass ITAR-TASS Itar-Tass
""") | {"Associated Press", "Agence France-Presse", "Xinhua News Agency", "Kyodo News",
       "Prensa Latina", "RIA Novosti", "Press Trust of India"}  # fmt: skip

ORG_HEADS = _words("""
Organization Organisation Association Agency Ministry Department Committee Commission Council
Bank University Institute Institution Academy Company Corporation Corp. Inc. Ltd. Co. Group
Party Union Federation Fund Office Bureau Administration Authority Court Parliament Congress
Assembly Senate Army Navy Police Network Alliance Centre Center Society Foundation School
College Hospital Club Secretariat Service Board Coalition Movement Chamber Exchange Airlines
Airways Times News Post Daily Press Media Conference Forum Industries Holdings Motors Energy
Power Steel Telecom Technologies Cabinet Government Team League Tribunal Guard Brigade
Command Reserve Trust Partners Capital Minerals Resources Mining Pharmaceuticals Films
Pictures Studios Records Entertainment Labs Motors Automotive Electric Petroleum Oil Gas
Inc Corp Ltd Co Plc PLC LLC Bancorp Treasury Herald Tribune Journal Gazette Chronicle Telegraph
Magazine Weekly Companies Gazeta Zeitung Shimbun Broadcasting Concern Insurance Securities
Investments Newsdesk Newsroom Standard Review
""")
EVENT_HEADS = _words("""
Summit Games Olympics Olympiad Expo Exposition Festival Fair Cup Championship Championships
Tournament Marathon Gala Biennale Carnival War Revolution Uprising Massacre Earthquake
Election Elections Awards
""")
EVENT_OPENERS = _words("Hurricane Typhoon Cyclone Storm Operation")
# Laws, programmes and agreements: entities of type OTHER.
OTHER_HEADS = _words("""
Act Law Regulation Directive Treaty Agreement Convention Initiative Goals Protocol Accord
Deal Pact Declaration Resolution Framework Doctrine Amendment Bill Code Award Prize Trophy
Medal
""")
# Events only when an edition number opens them: `2023 WIC Wuzhen Summit`, `28th Session`.
EDITION_HEADS = _words("Conference Forum Session Meeting Congress Assembly")
# Head words of built places, which lie in the article's country (`Clarksville Street`)...
FACILITY_HEADS = _words("""
Airport Square Bridge Stadium Palace Station Port Harbor Harbour Park Street Avenue Road
Boulevard Tower Temple Cathedral Mosque Church Hall County District Prefecture Village Town
Township Corridor Zone Dam Furnaces Mine Highway Theater Theatre Arena
""")
# ...and of natural features, which may cross borders (`Mekong River`).
FEATURE_HEADS = _words("""
River Lake Sea Ocean Bay Gulf Strait Plain Plateau Valley Desert Island Islands Peninsula
Basin Canal Coast Mountain Mountains Mount Pass Falls Glacier Reef Region Province
""")
PLACE_HEADS = FACILITY_HEADS | FEATURE_HEADS
# Seas and oceans belong to no one country; valleys and rivers of a datelined story are
# most often the dateline country's.
OPEN_WATERS = _words("Ocean Sea Gulf Strait")
LOCAL_FEATURES = _words("River Valley Peninsula Plain Plateau Island Islands Bay Coast Basin")
WORK_WORDS = _words("""
Report Book Plan Strategy Paper Outlook Index Review Guidelines Guide Declaration Programme
Program Agenda Blueprint Manifesto Charter Handbook Yearbook Survey Study Atlas Film Novel
Album Song Opera Documentary Symphony Vision Roadmap Assessment
""")
# Capitalized words that open sentences or precede names without being part of them.
OPENERS = _words("""
The A An In On At For But And As With This That These Those It Its He She They We I You His
Her Their Our My If When While After Before Since Although Though According Noting Meanwhile
However Therefore Also Yet So By From To Of Under Over Among Amid During Despite Last Next
Earlier Later Other Some Many More Most All Both Each Every No Not Only Such What Which Where
Why How Here There Then Now Today Yesterday Tomorrow Speaking Asked Like Unlike Besides
Commenting Referring Responding Reacting Replying Addressing Testifying Explaining Answering
Including Following Through Without Within Against Between Beyond Toward Towards Upon Once
Even Still Just Instead Rather Overall Currently Recently Previously Finally Several Few
Another Any Whether Because Unless Until Whereas Whose Whom Who Do Does Did Is Are Was Were
Be Been Has Have Had Will Would Can Could May Might Must Shall Should Let Please Yes Thank
""")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
CALENDAR = frozenset(WEEKDAYS) | _words("""
January February March April May June July August September October November December Jan.
Feb. Mar. Apr. Jun. Jul. Aug. Sept. Sep. Oct. Nov. Dec.
""")
# Lower-case particles inside people's names (`de Blasio`, `van Gaal`, `bin Laden`).
# Letters after a name for an office or an honour (`Kama Melly QC`, `Jo Cox MP`): no part
# of the person's name.
POSTNOMINALS = _words("QC KC MP MEP MSP MLA TD OBE MBE CBE KBE DBE")
NAME_PARTICLES = _words(
    "de la du des del della dal dalla da dos das di van von der den ter ten bin ibn al el le arap"
)
# Capital letters a name may open with, for a regex character class: Latin-1's and Latin
# Extended's (`Şahin`, `İlber`, `Łukasz`), which `[A-Z]` misses.
UPPER_LETTERS = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
# The Arabic article a surname opens with, joined by a hyphen (`al-Majid`, `ash-Shater`).
ARABIC_ARTICLES = _words("al el ad ud ash as an ar at az")
CONNECTORS = NAME_PARTICLES | _words("of for and on the y wa &")
# Capitalized abbreviations that are not organizations.
COMMON_ABBREVIATIONS = _words("""
GDP GNP PPI CEO CFO AI COVID LNG EV EVs PM AM TV IT OK GMT UTC CPI PMI IPO ETF USD RMB EUR
GBP JPY CNY HK SAR DNA RNA HIV AIDS SUV SUVs ID IDs PhD MBA VIP FAQ LED GPS CCTV PC PCs HDTV
DVD DVDs CD CDs MP3 SMS PDA PDAs DJ DJs MC VAT ATM ATMs USB
""")
# `Oslo-based`, `Beijing-born`: the name is the part before the hyphen.
COMPOUND_SUFFIXES = (
    "-based",
    "-born",
    "-led",
    "-backed",
    "-owned",
    "-listed",
    "-made",
    "-bound",
    "-published",
    "-run",
    "-funded",
)
# Words after a name that make it the subject of a verb (`Mitsubishi said`, `Ferruzzi
# announced`), the owner of a business noun (`Ferruzzi unit`) or the leader of an
# administration (`the Reagan administration`), not an adjective of a people or a language
# (`Swahili translation`).
VERB_OR_BUSINESS_AFTER = _words("""
said says is was has had have will would could can may might must should did does rose fell
told sold bought made won lost took gave paid set cut put saw expects plans spokesman
spokeswoman spokesperson chairman president unit units subsidiary subsidiaries shares stock
stake group executives officials management board administration presidency
""")
# `Kenyan`, `Chinese`, `British`: a word before a title that is a nationality, not an org.
DEMONYM_ENDINGS = ("an", "ese", "ish", "ch", "i", "ic")
# What ends a firm's name after `and` (`Fahnestock and Co`, `Pemberton and Sons`).
FIRM_PARTNERS = _words("Co Co. Company Cie Sons Partners Associates")
# Company endings, written with or without the full stop (`Acme Corp`, `Globex Inc.`):
# a name ending in one is an organization whatever the model says.
COMPANY_ENDINGS = _words("""
Inc Inc. Corp Corp. Ltd Ltd. Co Co. Cos Cos. Plc PLC plc LLC L.L.C. LP L.P. AG SA S.A. NV N.V.
GmbH Bhd Pty Limited Incorporated Corporation Bancorp Holdings A/S
""")
# Institutions named by their head word alone stay names: `Congress`, `Parliament`.
LONE_HEADS = (ORG_HEADS | EVENT_HEADS | EVENT_OPENERS | PLACE_HEADS | OTHER_HEADS) - _words(
    "Congress Parliament Senate Cabinet Treasury"
)
# A company's ending alone is no name either (`A/S` cut from `Den Danske Bank af 1871
# A/S` by the year), unless it is also a word of its own (`SA`, `AG`).
LONE_HEADS |= frozenset(e for e in COMPANY_ENDINGS if not (e.isalpha() and e.isupper()))
# Words that make a business's name in the languages of wire copy, whatever the model says
# (it calls `Gruppo Ferruzzi` or `Banque Paribas` a person): a name opening with one of
# these (`Groupe Bull`, `Societe Generale`, `Credit Lyonnais`)...
CORPORATE_FIRST_WORDS = _words("""
Gruppo Groupe Grupo Gruppe Banca Banco Banque Banka Bankhaus Caisse Sparkasse Credit
Credito Societe Société Societa Società Sociedad Compagnie Compania Compañia Companhia Cie
Kabushiki Industrias Industrie Assicurazioni Cementos Petroles Petroleos Financiere
Financière Finanziaria NV N.V. Koninklijke
""")
# ...or ending with one of these (`Home Insurance`, `Teleo SpA`, `Citibank NA`).
CORPORATE_LAST_WORDS = COMPANY_ENDINGS | _words("""
SpA Spa S.p.A. NA N.A. BV B.V. AB ASA Oy KK Srl SARL Cie Holding Holdings Group Gruppe
Bancorp Bancorporation Bancshares Bank Banken Insurance Assurance Assurances Reinsurance
Securities Brothers Bros Industries Industrie Investments Financial Partners Associates Trust
Bankiers International
""")
# Words for a business's trade that its short name leaves out (`Dome` for `Dome Petroleum
# Ltd`, `Nova` for `Nova Mining Corp`).
TRADE_WORDS = _words("""
Petroleum Petroleums Oil Oils Gas Energy Resources Mining Minerals Metals Steel Motor Motors
Airlines Airways Chemical Chemicals Electric Electronics Pipeline Pipelines Foods Stores
Communications Telecommunications Telephone Utilities Utility Systems Technologies Technology
Pharmaceuticals Textiles Shipping Power Equipment Instruments Computer Computers Software
Semiconductor Semiconductors Machines Products
""")
# Last words of an award's name (`World Player of the Year`, `Man of the Match`).
AWARD_PERIODS = _words("Year Decade Century Season Month Match")
# Briefs of government offices, written before the office (`Home Secretary`, `Transport
# Commissioner`, `Children's Minister`): there no name of a body or a place. `Treasury`,
# `Europe` and `Labour` are left out: before an office they still name one.
PORTFOLIOS = _words("""
Home Foreign Transport Health Education Culture Trade Defence Defense Environment Energy
Agriculture Finance Justice Interior Employment Work Pensions Children Schools Sport Sports
Industry Housing Communities Science Technology Tourism Fisheries Development Welfare
Immigration Skills Competition
""")
# What an office is `of` that names no body or place of its own (`Secretary of State`,
# `Chief of Staff`, `Minister of Foreign Affairs`): part of the title. PORTFOLIOS stand
# before the office; these after it, and `State` or `Exchequer` only there.
OFFICE_PORTFOLIOS = frozenset(
    ["State", "Staff", "Exchequer", "Defence", "Defense", "Finance", "Foreign Affairs",
     "Home Affairs", "Commerce", "Agriculture", "Health", "Education", "Justice", "Labour", "Labor",
     "Transport", "Transportation", "Energy", "Interior", "Trade", "Culture", "Housing",
     "Environment", "Police", "Industry", "Communications", "Tourism"]
)  # fmt: skip
# Parts of a business name written as one word with an inner capital (`BankAmerica`,
# `CenTrust`, `InterFirst`, `MCorp`); surnames in that shape (`McDonald`, `DeVries`,
# `LaRouche`) have none of these parts.
CORPORATE_FIRST_STEMS = _words("Bank Banc Fin Inter Ameri Tele Petro Trans Tech Micro Compu Data")
CORPORATE_LAST_STEMS = _words("Corp Trust Bank Banc Bancorp Tech Soft Tel Com Net Fin Care First")
# Words that make a sports club's name (general knowledge): the last word of `Manchester
# United`, `Bristol Rovers`, `Glasgow Rangers`; the first of `FC Porto`, `Real Madrid`,
# `Ajax Amsterdam`, `Dynamo Kiev`.
CLUB_LAST_WORDS = _words("""
United Rovers Wanderers Athletic Athletico Albion Hotspur Rangers Celtic Argyle Hibernian
FC F.C. AFC CF SC
""")
CLUB_FIRST_WORDS = _words("""
FC AC AS SC SV VfB VfL TSV RC CD CF SK FK NK Real Atletico Athletic Dynamo Dinamo Spartak
Lokomotiv Locomotiv CSKA Sporting Olympique Olympiakos Olympiacos Borussia Eintracht
Fortuna Hertha Werder Racing Inter Ajax PSV Slavia Sparta Steaua Partizan Rapid Legia
Galatasaray Fenerbahce Besiktas Benfica Juventus Lazio
""")
# Plural last words that name places, not teams: `Golan Heights`, `Cayman Islands`.
PLACE_PLURALS = _words("""
Islands Isles Heights Mountains Hills Falls Lakes Springs Plains Highlands Keys Alps
Territories States Emirates Lands Fields Gardens Rapids Downs Moors Narrows Sands Rocks
""")
# Time zones, currencies and units: never entities, and never part of one (`GMT March 22`
# is a time, `48 mln U.S. Dlrs` leaves `U.S.`).
TIME_ZONES = _words("""
GMT UTC EST EDT CST CDT MST MDT PST PDT CET CEST BST JST IST HKT SGT AEST AEDT WIB
""")
CURRENCIES = _words("""
Euro Euros Dollar Dollars Dlr Dlrs Yen Yuan Renminbi Rupee Rupees Ruble Rubles Rouble
Roubles Peso Pesos Franc Francs Sterling Lira Lire Dinar Dinars Riyal Riyals Baht Ringgit
Rupiah Naira Shilling Shillings Dirham Dirhams Hryvnia Zloty Forint Krona Krone Kroner Kronor
Guilders Guilder Bitcoin
""")
UNITS = _words("""
Mln Bln Btu Btus Cwt Cwts CWTs Lbs Kg Kgs Km Kms Kwh Mw Bpd Oz Ozs Pct Cts Tonnes Bushels
""")
# Words that are never entities by themselves however they are capitalized: time zones,
# currencies, units, the labels of earnings tables (`Shr`, `Revs`, `Avg`), and nationality or
# group adjectives and nouns (`Chinese`, `Kenyan`, `Palestinians`), which the model calls
# NORP and the guideline leaves out.
NOT_ENTITIES = (
    TIME_ZONES
    | CURRENCIES
    | UNITS
    | _words("""
NOTE Avg Revs Shr Shrs CTS Qtr
""")
)

# Short forms every reader knows, and the organization they stand for when the article
# never spells it out (written from general knowledge; `(WIC)`-style definitions in the
# article itself come first). Short forms with two common readings (`CPC`, `ICC`) are
# left out.
KNOWN_SHORT_FORMS = {
    "UN": "United Nations", "U.N.": "United Nations", "EU": "European Union",
    "E.U.": "European Union", "NATO": "North Atlantic Treaty Organization",
    "IMF": "International Monetary Fund", "WHO": "World Health Organization",
    "OPEC": "Organization of the Petroleum Exporting Countries",
    "WTO": "World Trade Organization", "UNESCO": "United Nations Educational, Scientific "
    "and Cultural Organization", "UNICEF": "United Nations Children's Fund",
    "UNHCR": "United Nations High Commissioner for Refugees",
    "UNDP": "United Nations Development Programme", "UNEP": "United Nations Environment "
    "Programme", "FAO": "Food and Agriculture Organization", "IAEA": "International Atomic "
    "Energy Agency", "ASEAN": "Association of Southeast Asian Nations",
    "APEC": "Asia-Pacific Economic Cooperation", "AU": "African Union",
    "OECD": "Organisation for Economic Co-operation and Development",
    "ECB": "European Central Bank", "Fed": "Federal Reserve", "NASA": "National Aeronautics "
    "and Space Administration", "FBI": "Federal Bureau of Investigation",
    "CIA": "Central Intelligence Agency",
    "ICJ": "International Court of Justice", "WFP": "World Food Programme",
    "ILO": "International Labour Organization", "SCO": "Shanghai Cooperation Organisation",
    "G7": "Group of Seven", "G20": "Group of 20", "FIFA": "FIFA", "IOC": "International Olympic "
    "Committee", "OSCE": "Organization for Security and Co-operation in Europe",
    "ECOWAS": "Economic Community of West African States", "SEC": "Securities and Exchange "
    "Commission", "EPA": "Environmental Protection Agency", "BOJ": "Bank of Japan",
    "PBOC": "People's Bank of China",
    "ANC": "African National Congress", "PLO": "Palestine Liberation Organization",
    "OAS": "Organization of American States", "IEA": "International Energy Agency",
    "IPCC": "Intergovernmental Panel on Climate Change",
    "UEFA": "UEFA", "USDA": "United States Department of Agriculture",
    "FDA": "Food and Drug Administration", "FTC": "Federal Trade Commission",
    "FCC": "Federal Communications Commission", "IRS": "Internal Revenue Service",
    "FAA": "Federal Aviation Administration", "NHS": "National Health Service",
    "CFTC": "Commodity Futures Trading Commission",
}  # fmt: skip
# British style writes a short form said as a word in title case (`Opec`, `Nato`, `Fifa`).
KNOWN_SHORT_FORMS |= {
    form.title(): KNOWN_SHORT_FORMS[form]
    for form in str.split("OPEC NATO UNESCO UNICEF NASA FIFA UEFA ASEAN APEC")
}
# Parties by the short names and nicknames papers use (general knowledge): bodies, though
# the model reads `Lib Dems` or `Tories` as people. `Labour` and `Conservatives` are left
# to the article's own evidence (`Labour MP`): both are also common words.
PARTIES = frozenset(
    ["Lib Dems", "Lib Dem", "Liberal Democrats", "Tories", "Tory", "SNP", "UKIP", "Plaid Cymru"]
)
# Nicknames of one party link to its name, so an analyst counts one party, not three.
KNOWN_SHORT_FORMS |= {
    # Reuters writes `&` out: `Standard and Poor's Corp`, `S and P said`.
    "S&P": "Standard & Poor's", "S and P": "Standard & Poor's",
    "Standard and Poor's": "Standard & Poor's",
    "Lib Dems": "Liberal Democrats", "Lib Dem": "Liberal Democrats",
    "Tories": "Conservative Party", "Tory": "Conservative Party",
}  # fmt: skip
# Firms named after their founders, which the rules would read as people (`Smith Barney
# said`): banks, brokers, auditors and retailers news copy names often. Written from
# general knowledge.
FIRMS = frozenset([
    "Merrill Lynch", "Morgan Stanley", "Goldman Sachs", "Smith Barney", "Bear Stearns",
    "Lehman Brothers", "Salomon Brothers", "Dean Witter", "Dean Witter Reynolds",
    "Shearson Lehman", "Paine Webber", "PaineWebber", "Kidder Peabody", "Drexel Burnham",
    "Drexel Burnham Lambert", "Charles Schwab", "Morgan Grenfell", "Kleinwort Benson",
    "Cazenove", "Warburg", "Lazard", "Rothschild", "Ernst & Young", "Price Waterhouse",
    "Arthur Andersen", "Deloitte", "Coopers & Lybrand", "Peat Marwick", "KPMG Peat Marwick",
    "Marks & Spencer", "Procter & Gamble", "Johnson & Johnson", "Sotheby's", "Christie's",
    "Standard & Poor's", "Moody's", "Lloyd's", "J.P. Morgan", "JP Morgan",
])  # fmt: skip
# Online platforms and companies news copy names on their own as actors (`Facebook said`,
# `posted on Twitter`), which the small model often leaves out: written from general
# knowledge, names that are no common word or place.
PLATFORMS = frozenset([
    "Facebook", "Twitter", "Instagram", "YouTube", "WhatsApp", "TikTok", "Snapchat",
    "LinkedIn", "Reddit", "Wikipedia", "GitHub", "Google", "Microsoft", "Netflix", "Spotify",
    "PayPal", "eBay", "Uber", "Airbnb", "WeChat", "Weibo", "Baidu", "Alibaba", "Tencent",
    "Huawei", "Samsung", "Yahoo",
])  # fmt: skip
KNOWN_LONG_FORMS = frozenset(KNOWN_SHORT_FORMS.values()) | PARTIES | FIRMS | PLATFORMS
# Parties named by a word that is never a person's name, though the model reads it so.
PARTY_WORDS = frozenset(["Labour", "Conservatives"])
# Awards and their ceremonies, which the model reads as people (`an Oscar`) or bodies (`the
# Oscars`): an award is OTHER, its ceremony an EVENT. Written from general knowledge.
AWARDS = {
    **dict.fromkeys(["Oscar", "Grammy", "Bafta", "Emmy", "Golden Globe", "Brit Award",
                     "Tony Award", "Academy Award", "Golden Bear", "Palme d'Or"], "OTHER"),
    **dict.fromkeys(["Oscars", "Grammys", "Baftas", "Emmys", "Golden Globes", "Brit Awards",
                     "Tony Awards", "Academy Awards", "Brits"], "EVENT"),
}  # fmt: skip
# Nationality and group adjectives and nouns (`Chinese`, `Kenyan`, `Palestinians`,
# `Kurdish`): never entities by themselves, and not part of a person's name (`American
# Dennis Mitchell` is Dennis Mitchell). Written from general knowledge.
DEMONYMS = _words("""
Afghan Albanian Algerian American Andorran Angolan Argentine Argentinian Armenian Australian
Austrian Azerbaijani Azeri Bahraini Bangladeshi Belarusian Belgian Bolivian Bosnian Brazilian
British Bulgarian Burmese Burundian Cambodian Cameroonian Canadian Chadian Chilean Chinese
Colombian Congolese Croatian Cuban Cypriot Czech Danish Dutch Ecuadorean Ecuadorian Egyptian
Emirati English Eritrean Estonian Ethiopian European Filipino Finnish French Gabonese
Georgian German Ghanaian Greek Guatemalan Guinean Haitian Honduran Hungarian Icelandic
Indian Indonesian Iranian Iraqi Irish Israeli Italian Ivorian Jamaican Japanese Jordanian
Kazakh Kazakhstani Kenyan Korean Kosovar Kuwaiti Kyrgyz Laotian Latvian Lebanese Liberian
Libyan Lithuanian Luxembourgish Macedonian Malagasy Malawian Malaysian Malian Maltese
Mauritanian Mexican Moldovan Mongolian Montenegrin Moroccan Mozambican Namibian Nepali
Nepalese Nicaraguan Nigerian Nigerien Norwegian Omani Pakistani Palestinian Panamanian
Paraguayan Peruvian Polish Portuguese Qatari Romanian Russian Rwandan Salvadoran Saudi
Scottish Senegalese Serbian Singaporean Slovak Slovenian Somali Somalian Spanish
Sudanese Swedish Swiss Syrian Taiwanese Tajik Tanzanian Thai Togolese Tunisian Turkish
Turkmen Ugandan Ukrainian Uruguayan Uzbek Venezuelan Vietnamese Welsh Yemeni Zambian
Zimbabwean African Asian Arab Arabian Nordic Scandinavian Balkan Caribbean Western
Kurdish Kurd Kurds Basque Catalan Tibetan Uighur Uyghur Pashtun Tamil Sikh Hindu
Muslim Muslims Christians Jewish Jew Jews Sunni Shi'ite Shiite Catholic Catholics
Scot Scots Briton Britons Dutchman Frenchman Englishman Irishman Welshman Scotsman Dane Swede
Spaniard
Aussie Kiwi
Protestant Buddhist Islamic Bosnians Serbs Croats Palestinians Israelis Americans Russians
Chinese Africans Europeans Asians Arabs Iraqis Iranians Afghans Pakistanis Indians Kenyans
Britons Germans Italians Spaniards Japanese Koreans Mexicans Canadians Australians
Republican Republicans Democrat Democrats Communist Communists Socialist Socialists
Conservative Conservatives Liberal Liberals Shia Sunnis Hutu Tutsi Hutus Tutsis
""")


# Common given names whose gender is all but certain (a small list from general knowledge):
# they give a pronoun its person, and make `Nikki Haley` a person the model calls a body.
MALE_GIVEN_NAMES = _words(
    "john james robert michael william david richard joseph thomas charles christopher daniel"
    " matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george edward"
    " ronald timothy jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin"
    " scott brandon benjamin samuel frank gregory raymond alexander patrick jack dennis jerry"
    " peter henry carl arthur roger harry ivan vladimir sergei dmitry boris igor alexei yuri"
    " mohammed muhammad mohamed ahmed ali hassan hussein omar abdullah ibrahim mahmoud khalid"
    " jean pierre jacques michel francois philippe hans klaus helmut wolfgang juergen jurgen"
    " giuseppe giovanni marco luca antonio carlos jose juan luis manuel pedro miguel"
    " akbar bill tony jim tom bob joe mike nick ben sam dan ken steve rafael"
    " vikram rahul rajesh narendra kenji hiroshi takeshi yoshihiko shinzo"
)
FEMALE_GIVEN_NAMES = _words(
    "mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa"
    " margaret betty sandra ashley dorothy kimberly emily donna michelle carol amanda melissa"
    " deborah stephanie rebecca laura sharon cynthia kathleen amy shirley angela helen anna"
    " brenda pamela nicole samantha katherine emma ruth christine catherine debra rachel"
    " carolyn janet virginia maria heather diane julie joyce victoria kelly christina joan"
    " evelyn lauren judith olivia martha cheryl megan andrea hannah jacqueline ann teresa"
    " gloria sara janice julia marie madison grace judy theresa beverly denise marilyn"
    " amber danielle rose brittany diana abigail jane natalie lori tiffany alexis kayla"
    " hillary ursula kamala golda indira benazir sonia"
    " fatima aisha olga natalia natasha tatiana svetlana irina yelena elena ludmila"
    " marine segolene francoise isabelle sophie monique brigitte giorgia ines carmen"
    " yoko keiko akiko priya sunita nikki regina"
)
# Adverbs that stand between a speaker and the verb (`a foreign banker here recently told`,
# `Mr Donofrio recently said`): no part of the speaker's phrase or title.
SPEECH_ADVERBS = _words("also later then further once again earlier recently here there")
# Given names borne by men and women alike: a person, no pronoun's gender (not those that
# open firms' or places' names too, such as `Morgan`, `Jordan` or `Alex` of `Alex Brown`).
UNISEX_GIVEN_NAMES = _words("chris pat terry jamie jackie jesse jody tracy robin")
GIVEN_NAMES = MALE_GIVEN_NAMES | FEMALE_GIVEN_NAMES | UNISEX_GIVEN_NAMES
