"""Sentence templates of the synthetic wire corpus, one set per news topic.

`{slot}` is filled from the story (people, organizations, places, figures, dates) or from
`POOLS`; `[a|b|c]` picks one alternative. Quotes are written without their closing
punctuation: the quote builder adds the wire pattern around them.
"""

# ruff: noqa: E501 - templates stay one sentence a line so that they read as prose.

from __future__ import annotations

import wire_vocab as vocab


def _lines(block: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in block.strip().splitlines() if line.strip())


def _topic(lead: str, body: str, quote: str, headline: str, roles: str, scenes: str) -> dict:
    return {
        "lead": _lines(lead),
        "body": _lines(body),
        "quote": _lines(quote),
        "headline": _lines(headline),
        "roles": tuple(tuple(r.split(" / ")) if " / " in r else (r, "") for r in roles.split("; ")),
        "scenes": tuple(scenes.split("; ")),
    }


TOPICS: dict[str, dict] = {
    "economy": _topic(
        lead="""
        {ADJ} {sector} output [rose|grew|increased|climbed] {pct} year on year in {period}, [data from|figures released by] {O} showed on {weekday}.
        {O} on {weekday} [unveiled|announced|rolled out] a {money} plan to [support|boost|upgrade] the {sector} sector {WHERE}, as [policymakers|officials] seek to [shore up|sustain|revive] growth.
        [Exports|Imports|Retail sales|Industrial profits] {WHERE} [reached|hit|totaled] {money} in {period}, up {pct} from a year earlier, {P} said on {weekday}.
        """,
        body="""
        The {sector} industry accounted for {pct} of the total, [according to|said] {O}.
        [Analysts|Economists|Market watchers] [attributed|linked] the [growth|rebound|slowdown] to [stronger demand for|rising prices of|a pickup in] {product} and [policy support|lower borrowing costs|improving consumer confidence].
        Some {big} [companies|firms|small businesses] have [registered|signed up|applied] for the program since {recent_date}, {O} said.
        In {past_year}, the {sector} sector [employed|supported] {big} people and [generated|contributed] {money} in [revenue|tax revenue|value added].
        The [figures|data] [came as|followed news that] {O2} [lowered|raised|kept] its [growth forecast|outlook] for {COUNTRY} [to|at] {pct}.
        [Investment in|Spending on] {product} [jumped|rose|expanded] {pct}, [outpacing|lagging behind] the [overall|national] average by {num2} percentage points.
        {P} said the [region|city|company] [plans to|aims to|is expected to] [double|expand|upgrade] its {product} capacity by {future_year}.
        A total of {num} [projects|deals|agreements] worth {money} were signed during the [fair|expo|forum] in {CITY} [last week|this week|on {weekday}].
        [Online sales|Cross-border e-commerce|Services trade] [grew|expanded|surged] {pct} in the same period, [while|and] [prices|costs] of {product} [edged up|fell|held steady].
        """,
        quote="""
        [Demand|Consumption|Trade] is [recovering|picking up|stabilizing] [steadily|faster than expected|across the board], and we [expect|see] [further gains|more momentum|a stronger second half] in {future_year}
        The {sector} sector [remains|is still] the [backbone|engine|cornerstone] of [our|the local|the regional] economy
        [We have seen|There has been] a [clear|marked|steady] [shift|increase] in [orders|inquiries|investment] from [overseas|foreign|domestic] [buyers|partners|clients]
        [Our factory|Our company|The plant] [now ships|exports|sells] {product} to {num} countries, [up from|compared with] {num2} [five years ago|in {past_year}]
        """,
        headline="""
        {ADJ} {sector} output up {pct_short} in {period}
        {O} unveils {money} plan for {sector} sector
        [Trade|Investment|Retail sales] in {CITY} [hits|reaches] record high
        """,
        roles="chief economist; director of the research department; chairman; vice president; general manager; commerce minister / Commerce Minister; finance minister / Finance Minister; spokesperson",
        scenes="workers at a production line of a factory; containers at a port; customers shopping at a mall; visitors at an expo",
    ),
    "politics": _topic(
        lead="""
        {P} [held talks with|met with] {P2} in {CITY} on {weekday}, with both sides pledging to [deepen|expand|strengthen] cooperation in {coop_area} and {coop_area}.
        {O} on {weekday} [adopted|passed|endorsed] a resolution on {issue}, with {num} members voting in favor and {num2} abstaining.
        {ADJ} officials [called for|urged] [restraint|dialogue|closer coordination] on {issue} at a [meeting|summit|forum] {WHERE} that [drew|brought together] delegates from {num} countries.
        """,
        body="""
        The two sides [agreed to|vowed to|pledged to] [boost|enhance|expand] {coop_area}, [according to|said] a statement released after the talks.
        {P} [noted|stressed|said] that [the relationship|ties between the two countries] had [grown|developed] [steadily|rapidly] since diplomatic relations were established in {past_year}.
        [Bilateral trade|Two-way trade] [reached|totaled|stood at] {money} in {past_year}, up {pct} year on year.
        The [meeting|visit|summit] is the first of its kind since {monthyear}, when leaders [met|gathered] in {OTHER_CITY}.
        {O} [will hold|is scheduled to hold] its next [session|ministerial meeting|summit] in {OTHER_CITY} in {month}.
        Delegates also [discussed|exchanged views on] {issue} and {coop_area}.
        [During the visit|On the sidelines of the meeting], {P2} [signed|witnessed the signing of] {num2} [agreements|memorandums of understanding] covering {coop_area} and {coop_area}.
        {P} [reaffirmed|reiterated] [support for|commitment to] {value}, [adding|saying] that [differences|disputes] should be [resolved|settled] through [dialogue|consultation].
        """,
        quote="""
        [Dialogue|Cooperation] [is the only way|remains the best way] to [address|resolve|tackle] {issue}
        We [stand ready to|are willing to|will] work with [all parties|our partners|the international community] to [promote|safeguard|uphold] {value}
        [This visit|The agreement|Today's meeting] [opens|marks] a new chapter in our [relations|partnership]
        [No country|Nobody] can [meet|face|solve] these challenges alone
        """,
        headline="""
        {ADJ} and [visiting|partner] leaders pledge closer ties
        {O} adopts resolution on {issue}
        Officials urge dialogue on {issue}
        """,
        roles="foreign minister / Foreign Minister; president / President; prime minister / Prime Minister; vice premier / Vice Premier; ambassador to China; spokesperson for the foreign ministry; secretary-general; member of parliament",
        scenes="delegates attending the opening of the meeting; a view of the venue of the summit",
    ),
    "science": _topic(
        lead="""
        [Chinese|{ADJ}] [scientists|researchers] have [developed|discovered|identified] a [new|novel] {tech_thing} that could [help|make it possible to] {tech_goal}, according to a study published in the journal {journal}.
        {O} on {weekday} [launched|unveiled|tested] {tech_product}, [which|a system that] [can|is designed to] {tech_goal}.
        """,
        body="""
        The [team|researchers] [used|combined|trained] {tech_method} [on|with] [more than|nearly|about] {big} [samples|images|data points|observations].
        [The findings|The results|The breakthrough] [could|may] [pave the way for|lead to|accelerate] {tech_application}, said {P}, [who led|a co-author of|the lead author of] the study.
        [The project|The research] was [funded|supported] by {O} and [took|lasted] {num} [months|years] to complete.
        [Similar|Earlier] [studies|experiments] [had|have] [achieved|reported] an accuracy of {pct}, [compared with|well below] the new [approach|method].
        {O2} [plans to|expects to] [put|bring] the [technology|system] into [commercial use|mass production|clinical trials] by {future_year}.
        The [lab|facility|center] in {CITY} [employs|houses] {num} [researchers|engineers|scientists] and [holds|has filed] {num2} patents.
        [Since|As of] {recent_date}, the [platform|satellite|network] has [collected|transmitted|processed] {big} [gigabytes|records|images] of data.
        """,
        quote="""
        [This is|It is] the first time [anyone|a team] has [shown|demonstrated|achieved] this at such a scale
        The next step is to [test|validate|scale up] the [method|device|approach] in [real-world|clinical|field] conditions
        [Young|Our] researchers [bring|have brought] [fresh ideas|new energy|remarkable creativity] to [this field|the project]
        [Open|International] [cooperation|exchange] is [essential|indispensable] for [science|innovation|progress]
        """,
        headline="""
        Scientists develop {tech_thing} to {tech_goal}
        {O} tests {tech_product}
        """,
        roles="researcher; professor; chief scientist; director of the laboratory; chief engineer; science and technology minister / Science and Technology Minister",
        scenes="researchers working in a laboratory; a robot on display at an exhibition",
    ),
    "sports": _topic(
        lead="""
        {TEAM} [beat|defeated|edged] {TEAM2} {score} in the {competition} in {CITY} on {weekday}, [moving|climbing] to {ordinal} place in the standings.
        {P} [won|clinched|claimed] the {event_sport} title at the {competition} {WHERE} on {weekday}, [setting|equaling] a [personal best|season best|championship record] of {sport_mark}.
        """,
        body="""
        {P} [scored|netted|struck] [twice|in the {num}th minute|a late winner] [to seal|to secure|for] the [victory|win].
        The [result|win|defeat] [leaves|puts] {TEAM} {num2} points [behind|ahead of|clear of] the [leaders|second-placed side|relegation zone].
        [More than|Nearly|About] {big} [fans|spectators] [packed|filled|attended] the [stadium|arena|venue] for the [match|final|event].
        {TEAM} [will face|next play|host] {TEAM2} on {weekday} [before|ahead of] the {competition} [break|final|semifinals].
        [It was|This was] the [team's|club's] {ordinal} [straight|consecutive] [win|defeat|draw] [this season|in all competitions].
        {P2} [finished|came] {ordinal} in {sport_mark}, [while|and] [the defending champion|last year's winner] [withdrew|pulled out] with [an injury|illness].
        """,
        quote="""
        [We showed|The players showed] [great character|real determination|a lot of quality] [today|tonight|in the second half]
        [It's|This is] a [special|big|huge] [moment|win|result] for [me|us|the team] and for [our fans|everyone at the club|the whole country]
        We [need to|have to] [keep working|stay focused|improve] [before|ahead of] the next [game|round|tournament]
        """,
        headline="""
        {TEAM} [beat|edge] {TEAM2} in {competition}
        {P} wins {event_sport} title
        """,
        roles="head coach; captain; striker; president of the federation; sports minister / Sports Minister",
        scenes="athletes competing in a race; players celebrating after a match",
    ),
    "health": _topic(
        lead="""
        {O} on {weekday} [reported|confirmed] {num} new cases of {disease} {WHERE}, [bringing|raising] the total this year to {big}.
        [Health authorities|The health ministry] {WHERE} [launched|began|expanded] a [vaccination|screening|prevention] campaign against {disease} on {weekday}, [aiming|seeking] to [reach|cover] {big} people by {month}.
        """,
        body="""
        [Most|The majority] of the [cases|patients] were [reported|recorded|detected] in {CITY} and [surrounding|nearby|rural] areas, {O} said.
        {P} [urged|advised|called on] [residents|the public|parents] to [get vaccinated|seek medical help early|wash their hands frequently] and [avoid|limit] [crowded places|unnecessary travel].
        [Hospitals|Clinics|Health centers] in {num} [districts|counties|provinces] have [set up|opened|prepared] [isolation wards|fever clinics|mobile testing units].
        {disease} [remains a major public health concern|is among the leading causes of death] in {COUNTRY}, according to {O2}.
        The [campaign|program|initiative] is [supported|funded|backed] by {O2}, which has [pledged|committed|provided] {money}.
        [Life expectancy|The vaccination rate|Hospital capacity] in the [region|country] [rose|climbed|increased] to {pct} in {past_year}, [up from|compared with] {pct} in {past_year}.
        """,
        quote="""
        Early [detection|diagnosis|treatment] [saves lives|makes a huge difference|is key]
        We [are working|have been working] [around the clock|closely with local authorities] to [contain|control|track] the [outbreak|spread|disease]
        [Every|Each] [child|family|community] [deserves|should have] access to [quality|affordable|basic] health care
        """,
        headline="""
        {CITY} reports new {disease} cases
        Campaign against {disease} [launched|expanded] {WHERE}
        """,
        roles="health minister / Health Minister; epidemiologist; director-general; chief physician; head of the disease control center",
        scenes="a medical worker vaccinating a child; doctors treating a patient at a hospital",
    ),
    "environment": _topic(
        lead="""
        [The population of|The number of] {species} in {REGION_PLACE} has [risen|grown|recovered] to {big}, [up|an increase of] {pct} from {past_year}, [local authorities|forestry officials|conservationists] said on {weekday}.
        {O} [warned|said|reported] on {weekday} that {env_issue} [could|is likely to|may] [worsen|intensify|persist] [this year|over the coming decade|by {future_year}] without [urgent action|stronger policies|deeper cuts in emissions].
        """,
        body="""
        [Over|In] the past {num} years, the [region|province|country] has [planted|restored|protected] {big} hectares of [forest|grassland|wetland].
        [Rangers|Volunteers|Researchers] [recorded|spotted|counted] {num} {species} [during|in] a [survey|patrol|census] in {month}.
        {ADJ} [carbon emissions|coal consumption|water usage] [fell|declined|dropped] {pct} in {past_year}, according to {O2}.
        The [reserve|park|project] [covers|spans] {big} square km and is home to {num} [species|kinds] of [wild animals|plants|birds].
        {P} said [solar|wind|hydro] power now [accounts for|makes up|provides] {pct} of the [region's|country's|city's] electricity.
        [Average temperatures|Rainfall levels|Sea levels] in {CITY} [have risen|were up|climbed] {pct} [above|compared with] the [long-term|historical] average, {O} said.
        """,
        quote="""
        [Protecting|Restoring] [nature|the ecosystem|biodiversity] is [not only our responsibility|an investment in the future]
        [We can no longer|No country can] afford to [ignore|delay action on] [climate change|the warning signs]
        The [return|recovery|growth] of {species} [shows|proves] that [conservation|protection efforts|our work] [is paying off|works]
        """,
        headline="""
        {species} population recovers in {REGION_PLACE}
        {O} warns of {env_issue}
        """,
        roles="climate envoy; ecologist; director of the forestry bureau; environment minister / Environment Minister; ranger",
        scenes="{species} in a nature reserve; wind turbines on a hillside",
    ),
    "disaster": _topic(
        lead="""
        [At least|More than|A total of] {num} people were [killed|injured|reported missing] after {disaster} [hit|struck|swept through] [parts of |]{PLACE_NAME} on {weekday}, [local authorities|officials] said.
        [Rescuers|Emergency teams] [were searching for survivors|have evacuated {big} residents] after {disaster} {WHERE} [on {weekday}|late {weekday}|early {weekday}].
        """,
        body="""
        The [disaster|storm|flooding] [damaged|destroyed|cut off] {big} [homes|houses|buildings] and [knocked out|disrupted|blocked] [power|roads|water supply] in {num} [villages|towns|counties].
        {O} [dispatched|sent|deployed] {num} [rescue teams|helicopters|medical workers] and [allocated|earmarked] {money} for [relief|recovery|reconstruction].
        {P} said [search and rescue|relief] [operations|efforts] would [continue|be stepped up] [through the night|over the weekend|until all missing people are found].
        [An investigation into the cause of the disaster is under way|The cause of the accident remains unclear|Authorities have launched an investigation into the incident].
        [Schools|Offices|Railway services] in {CITY} [were closed|were suspended|remained shut] on {weekday}, and [residents|tourists] were [told|advised] to [stay indoors|avoid travel].
        """,
        quote="""
        [We are doing|Everyone is doing] [everything we can|our best] to [reach|help|find] [those affected|the missing|people in need]
        [I have never seen|We have not seen] [anything like this|rain like this|such damage] in {num} years
        """,
        headline="""
        {num} [killed|missing|injured] as {disaster} hits {CITY}
        Rescuers search for survivors after {disaster}
        """,
        roles="rescue official; governor / Governor; spokesperson for the emergency management department; head of the fire brigade",
        scenes="rescuers searching for survivors; a flooded road",
    ),
    "culture": _topic(
        lead="""
        [An exhibition|A festival|A concert] [featuring|showcasing|celebrating] {culture_thing} [opened|kicked off|began] {WHERE} on {weekday}, [attracting|drawing] {big} visitors on its first day.
        {O} on {weekday} [announced|unveiled] [the winners of|the shortlist for|plans for] the {culture_award}, [honoring|recognizing] [artists|writers|filmmakers] from {num} countries.
        """,
        body="""
        The [exhibition|show|event] [brings together|features|displays] [more than|over|nearly] {num} [works|pieces|artifacts] [dating back to|from] the {era}.
        {P} said the [event|festival|project] [aims to|hopes to|seeks to] [promote|foster|deepen] [cultural exchanges|mutual understanding|people-to-people ties] between {COUNTRY} and [the world|other countries|its neighbors].
        [Tickets|Admission] [sold out|was free] [within|for] {num} [hours|days], [organizers|the museum|the organizing committee] said.
        The {culture_award} was [first held|established|launched] in {past_year} and has [become|grown into] one of the [region's|country's|world's] [leading|most popular] [cultural events|arts festivals].
        [A documentary|A series|A book] about {culture_thing} [will premiere|will be released|is scheduled to open] in {OTHER_CITY} in {month}.
        """,
        quote="""
        [Art|Music|Culture] [speaks a universal language|connects people across borders|brings people together]
        [Visitors|Young people|Audiences] [can|will] [experience|discover|learn about] [history|traditional culture|our heritage] in a [new|fresh|vivid] way
        """,
        headline="""
        Exhibition of {culture_thing} opens in {CITY}
        {O} announces {culture_award} winners
        """,
        roles="curator; director of the museum; festival director; culture minister / Culture Minister; author",
        scenes="visitors viewing exhibits at a museum; artists performing on stage",
    ),
    "law": _topic(
        lead="""
        [A court|The {court}] in {CITY} on {weekday} [sentenced|jailed] {num} [people|defendants|former executives] [for|over] {crime}, [handing down|imposing] [terms|sentences] of up to {num2} years.
        [Police|Authorities] {WHERE} have [arrested|detained|charged] {num} [suspects|people] [in connection with|over] {crime}, {O} said on {weekday}.
        """,
        body="""
        [Prosecutors|Investigators] said the [group|suspects|defendants] had [allegedly|illegally] [made|obtained|moved] {money} [through|via] [fake|illegal|fraudulent] [accounts|websites|investment schemes].
        {P} said the case [was|had been] [uncovered|detected|flagged] [after|following] [a tip-off|complaints from residents|a routine audit] in {month}.
        [More than|Nearly] {big} [victims|investors|customers] in {num} [provinces|states|countries] were [affected|involved].
        The [defendants|suspects] [have|were given] {num2} days to [appeal|file an appeal], [the court said|according to the court].
        """,
        quote="""
        [No one|Nobody] is above the law, and [those responsible|the perpetrators|offenders] will be held [accountable|to account]
        We [will continue to|must] [crack down on|fight|step up efforts against] {crime}
        """,
        headline="""
        {num} [jailed|sentenced] over {crime}
        Police in {CITY} arrest {num} suspects
        """,
        roles="prosecutor; judge; police spokesperson; justice minister / Justice Minister; lawyer",
        scenes="a courtroom during a hearing",
    ),
    "education": _topic(
        lead="""
        [A record|More than|Some] {big} [students|candidates|graduates] [took|sat for|registered for] the [national college entrance exam|final exams|admission tests] {WHERE} [this week|on {weekday}], {O} said.
        {O} on {weekday} [launched|opened|expanded] [a program|a scholarship|an exchange initiative] [to train|to support] {big} [teachers|students|young engineers] in {COUNTRY} by {future_year}.
        """,
        body="""
        The [program|initiative|scheme] [covers|includes|offers] [courses|training|scholarships] in {field} and {field}.
        {P} said [schools|universities|colleges] in {CITY} had [hired|added|recruited] {num} [teachers|lecturers|counselors] [this year|since {monthyear}].
        [Enrollment|Admissions|Applications] [rose|increased|jumped] {pct} [from|compared with] {past_year}, [according to|said] {O2}.
        [Students|Graduates|Trainees] [from|in] the program [have found|went on to find] jobs in {num} [industries|countries|provinces].
        """,
        quote="""
        [Education|Knowledge|Learning] is the [key|foundation|best investment] for [the future|development|a better life]
        [Our students|These young people|They] [will|can] [become|serve as] [bridges|ambassadors|builders] of [friendship|cooperation|progress]
        """,
        headline="""
        {big} students sit exams {WHERE}
        {O} launches scholarship program
        """,
        roles="principal; professor; education minister / Education Minister; dean of the school; teacher",
        scenes="students attending a class; graduates at a ceremony",
    ),
}

GENERIC_BODY = _lines("""
[The|This] [move|initiative|development] [comes as|follows|came after] {O2} [reported|said] that [demand|interest|participation] had [doubled|grown sharply|risen] since {past_year}.
[Last year|In {past_year}|In {monthyear}], {P2} [visited|toured|inspected] {CITY} [and met|to meet] with [local officials|business leaders|residents].
[A|The] [report|survey|study] [released|published] by {O2} on {recent_date} [found|showed|indicated] that {pct} of [respondents|residents|companies] [support|expect|plan] [further|more] [reforms|investment|cooperation].
{CITY} is home to [about|some|more than] {millions} [residents|people] and is [known|famous] for its {known_for}.
[Officials|Observers|Experts] [say|noted] the [outcome|decision|trend] [will|could|may] [have|carry] [far-reaching|significant|lasting] [implications|effects] for the [region|sector|economy].
[Details of the plan are|Further information on the agreement is|The full program is] [expected to be|due to be] [released|announced|made public] [later this month|in {month}|by the end of the year].
[According to|Citing] {O2}, [the number of|the share of] [participants|visitors|applicants] has [doubled|tripled|risen sharply] since {past_year}.
{P} [is|was] [scheduled|expected|set] to [attend|address|speak at] a [forum|conference|ceremony] in {OTHER_CITY} on {weekday}.
[This year's|The latest] [event|edition|round] [attracted|involved|drew] [participants|delegates|exhibitors] from {num} [countries and regions|provinces|cities].
[Over|During] the past {num2} years, {P2} has [led|overseen|coordinated] [several|dozens of|a series of] [projects|programs|exchanges] [in|across] {COUNTRY}.
""")

GENERIC_QUOTES = _lines("""
We [have made|are making] [good|solid|steady] progress, but [there is still a lot to do|more work remains|challenges remain]
[This|It] is [a win-win|an important|a practical] [step|outcome|solution] for [everyone|both sides|all parties involved]
[The past|These] {num2} years have [shown|proved] that [openness|cooperation|innovation] [pays off|is the key|matters]
[Our goal|The aim] is to [make sure|ensure] that [everyone|every household|ordinary people] [benefits|can benefit] from [this|these changes|development]
""")

ORDINARY_ROLES = [
    "farmer",
    "shop owner",
    "villager",
    "resident",
    "student",
    "tour guide",
    "engineer",
    "teacher",
    "delivery driver",
    "retiree",
    "nurse",
    "fisherman",
    "volunteer",
]

FRENCH = {
    "lead": _lines("""
    {P} a [rencontré|reçu] {P2} [lundi|mardi|mercredi|jeudi|vendredi] à {CITY}, les deux parties s'engageant à renforcer leur coopération dans [le commerce|l'énergie|l'éducation|la santé].
    Les [exportations|importations|ventes] [du pays|de la région] ont [progressé|augmenté|reculé] de {num},{num2} % sur un an, selon les chiffres publiés par {O}.
    """),
    "body": _lines("""
    Selon {O}, plus de {num} [entreprises|projets|délégations] [participent|ont participé] à [cette initiative|ce forum|cette rencontre].
    {P} a souligné l'importance [du dialogue|de la coopération|des échanges] entre les deux pays.
    Les deux parties ont signé {num2} accords [de coopération|commerciaux] à l'issue de la rencontre.
    La prochaine [réunion|session|édition] se tiendra à {OTHER_CITY} en [mars|juin|septembre|décembre].
    [Les experts|Les observateurs|Les analystes] estiment que [cette tendance|cette décision] aura des effets durables sur l'économie régionale.
    """),
    "headline": _lines("""
    {CITY} : [ouverture d'un forum international|signature de {num2} accords de coopération]
    [Hausse|Recul] des exportations, selon {O}
    """),
    "roles": tuple(
        (role, "")
        for role in (
            "le ministre des Affaires étrangères",
            "la porte-parole du gouvernement",
            "le directeur général de l'agence",
            "le président de la commission",
            "l'ambassadeur",
            "la ministre du Commerce",
        )
    ),
    "orgs": tuple(
        vocab.Organization(name, None, the=False)
        for name in (
            "la Banque mondiale",
            "le Fonds monétaire international",
            "l'Union africaine",
            "l'Organisation mondiale du commerce",
            "l'Union européenne",
        )
    ),
    "quote": _lines("""
    Nous sommes prêts à travailler avec tous nos partenaires pour [promouvoir|renforcer] [la paix|le développement|la coopération]
    [Cette visite|Cet accord] ouvre un nouveau chapitre dans nos relations
    """),
}
