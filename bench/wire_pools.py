"""Word pools of the synthetic wire corpus: what stories are about, and the pieces of
generated company and institute names. Templates name a pool as `{pool}`."""

from __future__ import annotations

from wire_vocab import words


def _pool(text: str) -> tuple[str, ...]:
    return tuple(item.strip() for item in text.split(";") if item.strip())


POOLS: dict[str, tuple[str, ...]] = {
    "sector": _pool(
        "manufacturing; high-tech manufacturing; services; new energy vehicle; "
        "semiconductor; tourism; logistics; agriculture; steel; textile; "
        "shipbuilding; software; catering; real estate; consumer electronics"
    ),
    "product": _pool(
        "electric vehicles; lithium batteries; solar panels; industrial robots; "
        "smartphones; integrated circuits; home appliances; agricultural products; "
        "medical equipment; green hydrogen; wind turbines; drones; coffee beans; "
        "cross-border parcels; processed seafood"
    ),
    "coop_area": _pool(
        "trade; investment; energy; infrastructure; agriculture; education; "
        "public health; tourism; the digital economy; green development; "
        "science and technology; culture; people-to-people exchanges; "
        "law enforcement; climate change; poverty reduction"
    ),
    "issue": _pool(
        "the situation in the Middle East; food security; climate financing; "
        "the reform of global governance; maritime security; refugee protection; "
        "nuclear non-proliferation; debt relief for developing countries; "
        "the humanitarian situation in Gaza; artificial intelligence governance; "
        "water scarcity; cross-border data flows"
    ),
    "value": _pool(
        "multilateralism; free trade; world peace; the UN Charter; "
        "an open world economy; regional stability; common development"
    ),
    "tech_thing": _pool(
        "catalyst; gene-editing tool; battery material; imaging technique; "
        "quantum sensor; rice variety; deep-learning model; biodegradable "
        "plastic; superconducting material; vaccine candidate; water filter"
    ),
    "tech_goal": _pool(
        "cut the cost of green hydrogen; detect cancer earlier; "
        "store solar energy for weeks; raise grain yields in saline soil; "
        "forecast typhoons more accurately; recycle plastic waste; "
        "monitor air quality in real time; speed up drug discovery"
    ),
    "journal": _pool(
        "Nature; Science; Cell; The Lancet; Nature Energy; "
        "Physical Review Letters; Science Advances; PNAS"
    ),
    "tech_product": _pool(
        "a reusable rocket; a commercial quantum computer; an autonomous "
        "cargo ship; a large language model; a hydrogen-powered train; "
        "a remote-sensing satellite; a deep-sea submersible; a humanoid robot"
    ),
    "tech_method": _pool(
        "machine learning; satellite imagery; genome sequencing; "
        "high-throughput screening; computer simulations; field experiments"
    ),
    "tech_application": _pool(
        "cheaper electric cars; new cancer therapies; climate-resilient "
        "crops; safer nuclear power; faster mobile networks; "
        "early warning of earthquakes"
    ),
    "competition": _pool(
        "Chinese Super League; World Cup qualifier; Asian Games; "
        "Diamond League meeting; World Table Tennis Championships; "
        "Premier League; Africa Cup of Nations; Copa Libertadores; "
        "World Aquatics Championships; Shanghai Masters"
    ),
    "event_sport": _pool(
        "women's 100m; men's 400m hurdles; women's singles; men's marathon; "
        "women's 10m platform; men's high jump; mixed doubles; women's shot put"
    ),
    "sport_mark": _pool(
        "10.89 seconds; 47.6 seconds; 2:05:41; 2.33 meters; 20.15 meters; "
        "4:01.32; 9.87 seconds; 21-17, 21-15"
    ),
    "disease": _pool(
        "dengue fever; cholera; malaria; measles; influenza; tuberculosis; "
        "mpox; hand, foot and mouth disease; diabetes; hepatitis B"
    ),
    "species": _pool(
        "giant pandas; Tibetan antelopes; snow leopards; crested ibises; "
        "Siberian tigers; Asian elephants; black-necked cranes; finless porpoises; "
        "Przewalski's horses; golden snub-nosed monkeys"
    ),
    "env_issue": _pool(
        "extreme heat; drought; coral bleaching; air pollution; "
        "glacier retreat; desertification; plastic pollution; sea level rise"
    ),
    "disaster": _pool(
        "a magnitude-5.8 earthquake; torrential rain; a landslide; a typhoon; "
        "flash floods; a gas explosion; a wildfire; a bus crash; a mine accident"
    ),
    "culture_thing": _pool(
        "Dunhuang murals; Ming Dynasty porcelain; Peking Opera; "
        "African textiles; Renaissance paintings; Silk Road artifacts; "
        "Tang Dynasty poetry; Latin American folk music; intangible heritage"
    ),
    "culture_award": _pool(
        "Golden Rooster Awards; Shanghai International Film Festival; "
        "Mao Dun Literature Prize; Silk Road International Arts Festival; "
        "Beijing International Book Fair"
    ),
    "era": _pool(
        "Han Dynasty; Song Dynasty; 18th century; Bronze Age; Qing Dynasty; early 20th century"
    ),
    "crime": _pool(
        "telecom fraud; illegal fund-raising; drug trafficking; wildlife smuggling; "
        "bribery; online gambling; counterfeit medicines; money laundering"
    ),
    "court": _pool("Intermediate People's Court; High People's Court; district court"),
    "field": _pool(
        "engineering; agriculture; nursing; computer science; "
        "vocational skills; Chinese language; renewable energy; public health"
    ),
    "known_for": _pool(
        "tea plantations; silk industry; historic canals; car factories; "
        "seafood; mountain scenery; tech companies; ancient city walls; "
        "hot springs; textile markets"
    ),
    "team_suffix": _pool(
        "United; Rovers; FC; Dragons; Lions; Tigers; Stars; Sharks; City; Athletic"
    ),
    "period": _pool(
        "the first three quarters; the first half of the year; the third quarter; "
        "the first 10 months; January-August; the first quarter; the past year"
    ),
}

# Pieces of generated company and institute names, e.g. `Sinova Robotics Group (SRG)`.
BRAND_HEADS = words("Hua Zhong Xin Tian Jin Long Sino Hai Guo Bei Nan Ming Kun Rui Tai Yun")
BRAND_TAILS = words("nova tek wei xing feng lian tong sheng da yuan heng kang")
INDUSTRIES = words(
    "Technologies, Energy, Logistics, Pharmaceutical, Automotive, Semiconductor, Steel, Shipping, "
    "Robotics, Biotech, New Materials, Aviation, Agriculture, Digital, Optics",
    sep=", ",
)
COMPANY_KINDS = words("Group, Co., Ltd., Corporation, Holdings, Inc.", sep=", ")
FIELDS = words(
    "Marine Biology, Materials Science, Artificial Intelligence, Agricultural Sciences, "
    "Quantum Information, Geology, Ecology, Public Health, Economics, Modern Physics, Astronomy, "
    "Hydrology, Urban Planning",
    sep=", ",
)
