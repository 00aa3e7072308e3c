"""Vocabulary of the synthetic wire corpus: people, places and organizations.

Names are combined from first-name and surname pools per country, so the corpus holds
thousands of distinct people; places and international bodies are the ones wire stories
name every day.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class NamePool:
    """Given names and surnames of one naming tradition."""

    given: tuple[str, ...]
    surnames: tuple[str, ...]
    surname_first: bool = False


def words(text: str, sep: str = " ") -> tuple[str, ...]:
    """The items of a word list written as one string."""
    return tuple(text.split(sep))


def _pool(given: str, surnames: str, surname_first: bool = False) -> NamePool:
    return NamePool(tuple(given.split(", ")), tuple(surnames.split(", ")), surname_first)


_CN_SYLLABLES = words(
    "Wei Fang Jing Min Jun Yang Lei Tao Ming Yan Hui Xin Hong Yu Jian Ping Hai Xiao Zhi Qiang Guo "
    "Li Yi Fan Zi Bo Chen Rui Kai Lan Mei Na Ting Jie Hao Yun Xue Qing Song Peng Long"
)

NAMES: dict[str, NamePool] = {
    "chinese": NamePool(
        tuple(a + b.lower() for a in _CN_SYLLABLES[:24] for b in _CN_SYLLABLES[12:])
        + tuple(_CN_SYLLABLES),
        words(
            "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo "
            "Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai "
            "Jiang Du Ye Cheng Su Lu Ding Ren Shen Yao Qin Fu"
        ),
        surname_first=True,
    ),
    "english": _pool(
        "James, Mary, Robert, Patricia, John, Jennifer, Michael, Linda, David, Elizabeth, "
        "William, Barbara, Richard, Susan, Joseph, Jessica, Thomas, Sarah, Daniel, Emily, "
        "Matthew, Hannah, Andrew, Olivia, Mark, Laura, Paul, Rachel, Kevin, Megan, Brian, Grace",
        "Smith, Johnson, Williams, Brown, Jones, Miller, Davis, Wilson, Anderson, Taylor, "
        "Moore, Jackson, Martin, Thompson, White, Harris, Clark, Lewis, Walker, Hall, Allen, "
        "Young, King, Wright, Scott, Green, Baker, Adams, Nelson, Carter, Mitchell, Roberts, "
        "Turner, Phillips, Campbell, Parker, Evans, Edwards, Collins, Morgan, Hughes, Bennett",
    ),
    "french": _pool(
        "Jean, Marie, Pierre, Sophie, Luc, Camille, Nicolas, Claire, Julien, Élodie, François, "
        "Amélie, Thomas, Léa, Antoine, Chloé, Mathieu, Isabelle",
        "Dubois, Martin, Bernard, Lefèvre, Moreau, Laurent, Girard, Rousseau, Fontaine, "
        "Mercier, Chevalier, Gauthier, Faure, Garnier, Lambert, Bonnet",
    ),
    "spanish": _pool(
        "María, José, Carlos, Lucía, Juan, Ana, Luis, Carmen, Diego, Sofía, Javier, Isabel, "
        "Andrés, Valentina, Alejandro, Gabriela",
        "García, Rodríguez, Martínez, López, González, Pérez, Sánchez, Ramírez, Torres, Flores, "
        "Rivera, Gómez, Díaz, Morales, Ortiz, Castillo, Herrera, Mendoza",
    ),
    "portuguese": _pool(
        "João, Ana, Pedro, Beatriz, Rafael, Mariana, Lucas, Fernanda, Tiago, Camila",
        "Silva, Santos, Oliveira, Souza, Costa, Pereira, Almeida, Ferreira, Ribeiro, Carvalho",
    ),
    "italian": _pool(
        "Marco, Giulia, Luca, Francesca, Alessandro, Chiara, Matteo, Elena",
        "Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco",
    ),
    "german": _pool(
        "Hans, Anna, Klaus, Petra, Stefan, Katrin, Jürgen, Sabine, Matthias, Ursula, Lukas, Lena",
        "Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Hoffmann, Schäfer, "
        "Koch, Richter, Neumann, Krüger",
    ),
    "polish": _pool(
        "Piotr, Agnieszka, Tomasz, Katarzyna, Marek, Magdalena",
        "Kowalski, Nowak, Wiśniewski, Wójcik, Kamiński, Lewandowski",
    ),
    "russian": _pool(
        "Sergei, Olga, Dmitry, Natalia, Alexei, Irina, Vladimir, Tatiana, Mikhail, Yelena, "
        "Andrei, Svetlana",
        "Ivanov, Petrov, Smirnov, Volkov, Sokolov, Kuznetsov, Popov, Lebedev, Kozlov, Novikov, "
        "Morozov, Orlov",
    ),
    "arabic": _pool(
        "Mohamed, Ahmed, Fatima, Omar, Aisha, Khaled, Layla, Youssef, Mona, Hassan, Nour, Tarek",
        "Hassan, Ibrahim, Abdullah, Mahmoud, Saleh, Mansour, Haddad, Khalil, Nasser, Farouk, "
        "Al-Rashid, Said",
    ),
    "turkish": _pool(
        "Mehmet, Ayşe, Mustafa, Elif, Emre, Zeynep", "Yılmaz, Kaya, Demir, Şahin, Çelik, Öztürk"
    ),
    "iranian": _pool(
        "Ali, Maryam, Reza, Zahra, Hossein, Narges", "Ahmadi, Hosseini, Rezaei, Karimi, Moradi"
    ),
    "pakistani": _pool(
        "Imran, Ayesha, Bilal, Sana, Usman, Hira", "Khan, Malik, Qureshi, Chaudhry, Butt, Raza"
    ),
    "indian": _pool(
        "Rahul, Priya, Amit, Anjali, Vikram, Sunita, Arjun, Deepa, Rajesh, Kavita",
        "Sharma, Patel, Singh, Kumar, Gupta, Reddy, Iyer, Nair, Mehta, Chatterjee",
    ),
    "japanese": _pool(
        "Hiroshi, Yuki, Takeshi, Aiko, Kenji, Naomi, Satoshi, Haruka, Daisuke, Emi",
        "Sato, Suzuki, Takahashi, Tanaka, Watanabe, Ito, Yamamoto, Nakamura, Kobayashi, Kato",
    ),
    "korean": _pool(
        "Min-jun, Seo-yeon, Ji-ho, Ha-eun, Dong-hyun, Soo-jin, Jae-won, Eun-ji",
        "Kim, Lee, Park, Choi, Jung, Kang, Cho, Yoon, Jang, Lim",
        surname_first=True,
    ),
    "vietnamese": _pool(
        "Van Anh, Thi Mai, Minh Tuan, Thu Trang, Duc Minh, Thanh Huong",
        "Nguyen, Tran, Le, Pham, Hoang, Vu",
        surname_first=True,
    ),
    "indonesian": _pool(
        "Budi, Siti, Agus, Dewi, Rizky, Putri", "Santoso, Wijaya, Hidayat, Pratama, Saputra"
    ),
    "african": _pool(
        "Chinedu, Amina, Oluwaseun, Ngozi, Kwame, Wanjiru, Thabo, Nomvula, Kofi, Achieng, Emeka, "
        "Zanele",
        "Okafor, Adeyemi, Mwangi, Otieno, Nkosi, Mensah, Okonkwo, Kamau, Dlamini, Abubakar, "
        "Ochieng, Boateng",
    ),
}


@dataclass(frozen=True)
class Country:
    """A country as wire copy names it, with the cities its datelines use."""

    name: str
    adjective: str
    names: str  # key of NAMES
    capital: str  # upper case, as printed in a dateline
    cities: tuple[str, ...] = ()  # other dateline cities, printed with the country


def _country(name: str, adjective: str, names: str, capital: str, cities: str = "") -> Country:
    return Country(name, adjective, names, capital, tuple(c for c in cities.split(", ") if c))


COUNTRIES: tuple[Country, ...] = (
    _country("the United States", "U.S.", "english", "WASHINGTON", "CHICAGO, HOUSTON, SEATTLE"),
    _country("Britain", "British", "english", "LONDON", "MANCHESTER, EDINBURGH, BIRMINGHAM"),
    _country("Canada", "Canadian", "english", "OTTAWA", "TORONTO, VANCOUVER, WINNIPEG"),
    _country("Australia", "Australian", "english", "CANBERRA", "SYDNEY, MELBOURNE, BRISBANE"),
    _country("France", "French", "french", "PARIS", "LYON, MARSEILLE, BORDEAUX"),
    _country("Germany", "German", "german", "BERLIN", "MUNICH, HAMBURG, FRANKFURT"),
    _country("Italy", "Italian", "italian", "ROME", "MILAN, NAPLES"),
    _country("Spain", "Spanish", "spanish", "MADRID", "BARCELONA, VALENCIA"),
    _country("Poland", "Polish", "polish", "WARSAW", "KRAKOW"),
    _country("Mexico", "Mexican", "spanish", "MEXICO CITY", "GUADALAJARA, MONTERREY"),
    _country("Argentina", "Argentine", "spanish", "BUENOS AIRES", "CORDOBA, ROSARIO"),
    _country("Brazil", "Brazilian", "portuguese", "BRASILIA", "RIO DE JANEIRO, SAO PAULO"),
    _country("Russia", "Russian", "russian", "MOSCOW", "ST. PETERSBURG, VLADIVOSTOK"),
    _country("Egypt", "Egyptian", "arabic", "CAIRO", "ALEXANDRIA"),
    _country("Saudi Arabia", "Saudi", "arabic", "RIYADH", "JEDDAH"),
    _country("the United Arab Emirates", "Emirati", "arabic", "ABU DHABI", "DUBAI"),
    _country("Türkiye", "Turkish", "turkish", "ANKARA", "ISTANBUL, IZMIR"),
    _country("Iran", "Iranian", "iranian", "TEHRAN", "ISFAHAN"),
    _country("Pakistan", "Pakistani", "pakistani", "ISLAMABAD", "KARACHI, LAHORE"),
    _country("India", "Indian", "indian", "NEW DELHI", "MUMBAI, BENGALURU"),
    _country("Japan", "Japanese", "japanese", "TOKYO", "OSAKA, KYOTO"),
    _country("South Korea", "South Korean", "korean", "SEOUL", "BUSAN, INCHEON"),
    _country("Vietnam", "Vietnamese", "vietnamese", "HANOI", "HO CHI MINH CITY, DA NANG"),
    _country("Indonesia", "Indonesian", "indonesian", "JAKARTA", "SURABAYA, BALI"),
    _country("Nigeria", "Nigerian", "african", "ABUJA", "LAGOS"),
    _country("Kenya", "Kenyan", "african", "NAIROBI", "MOMBASA"),
    _country("South Africa", "South African", "african", "PRETORIA", "JOHANNESBURG, CAPE TOWN"),
    _country("Ghana", "Ghanaian", "african", "ACCRA", "KUMASI"),
)

COUNTRY_BY_NAME = {country.name: country for country in COUNTRIES}

# US cities AP and Reuters datelines print without a state or country.
US_DATELINES = words(
    "WASHINGTON, NEW YORK, LOS ANGELES, CHICAGO, HOUSTON, SAN FRANCISCO, BOSTON, ATLANTA, MIAMI, "
    "DENVER, SEATTLE, DETROIT, PHOENIX",
    sep=", ",
)

# How Xinhua locates a province (`east China's Zhejiang Province`), by direction.
_PROVINCES_BY_DIRECTION = {
    "east": "Zhejiang, Jiangsu, Shandong, Anhui, Jiangxi",
    "southeast": "Fujian",
    "north": "Hebei, Shanxi, Inner Mongolia Autonomous Region, Tianjin Municipality",
    "northeast": "Liaoning, Jilin, Heilongjiang",
    "central": "Henan, Hubei, Hunan",
    "south": "Guangdong, Guangxi Zhuang Autonomous Region, Hainan",
    "southwest": "Sichuan, Guizhou, Yunnan, Xizang Autonomous Region, Chongqing Municipality",
    "northwest": "Shaanxi, Gansu, Qinghai, Ningxia Hui Autonomous Region, "
    "Xinjiang Uygur Autonomous Region",
}
_KINDS = (
    " Zhuang Autonomous Region",
    " Hui Autonomous Region",
    " Uygur Autonomous Region",
    " Autonomous Region",
    " Municipality",
)


def _province_key(full: str) -> str:
    for kind in _KINDS:
        if full.endswith(kind):
            return full.removesuffix(kind)
    return full


PROVINCES: dict[str, str] = {
    _province_key(full): f"{direction} China's {full}"
    + ("" if full.endswith(_KINDS) else " Province")
    for direction, names in _PROVINCES_BY_DIRECTION.items()
    for full in names.split(", ")
} | {"Beijing": "Beijing", "Shanghai": "Shanghai"}

# Chinese dateline cities: capitals and big cities stand alone, smaller places carry the
# province in parentheses (`BEIDAIHE (Hebei)`).
_CN_CITIES = (
    "Beijing: BEIJING; Shanghai: SHANGHAI; Tianjin: TIANJIN; Chongqing: CHONGQING; "
    "Zhejiang: HANGZHOU, NINGBO; Jiangsu: NANJING, SUZHOU; Guangdong: GUANGZHOU, SHENZHEN; "
    "Sichuan: CHENGDU; Hubei: WUHAN; Shaanxi: XI'AN; Hunan: CHANGSHA; Yunnan: KUNMING; "
    "Heilongjiang: HARBIN; Liaoning: SHENYANG, DALIAN; Shandong: JINAN, QINGDAO; "
    "Henan: ZHENGZHOU; Fujian: FUZHOU, XIAMEN; Anhui: HEFEI; Jiangxi: NANCHANG; "
    "Guizhou: GUIYANG; Guangxi: NANNING; Hainan: HAIKOU; Gansu: LANZHOU; Qinghai: XINING; "
    "Ningxia: YINCHUAN; Xinjiang: URUMQI; Xizang: LHASA; Inner Mongolia: HOHHOT; "
    "Shanxi: TAIYUAN; Hebei: SHIJIAZHUANG; Jilin: CHANGCHUN"
)
CN_CITIES: tuple[tuple[str, str], ...] = tuple(
    (city, province)
    for entry in _CN_CITIES.split("; ")
    for province, cities in [entry.split(": ")]
    for city in cities.split(", ")
)

CN_TOWNS: tuple[tuple[str, str], ...] = (
    ("WUZHEN", "Zhejiang"),
    ("YIWU", "Zhejiang"),
    ("HUZHOU", "Zhejiang"),
    ("BEIDAIHE", "Hebei"),
    ("XIONG'AN", "Hebei"),
    ("DUNHUANG", "Gansu"),
    ("JIUQUAN", "Gansu"),
    ("KASHGAR", "Xinjiang"),
    ("SANYA", "Hainan"),
    ("WENCHANG", "Hainan"),
    ("GUILIN", "Guangxi"),
    ("JINGDEZHEN", "Jiangxi"),
    ("YAN'AN", "Shaanxi"),
    ("DATONG", "Shanxi"),
    ("ZHANGJIAJIE", "Hunan"),
    ("LIJIANG", "Yunnan"),
    ("QUFU", "Shandong"),
    ("NINGDE", "Fujian"),
    ("LUOYANG", "Henan"),
    ("YICHANG", "Hubei"),
    ("MOHE", "Heilongjiang"),
    ("ERENHOT", "Inner Mongolia"),
    ("NYINGCHI", "Xizang"),
    ("ZUNYI", "Guizhou"),
)


@dataclass(frozen=True)
class Organization:
    """An organization: full name, acronym (or None) and whether prose puts `the` first."""

    name: str
    acronym: str | None
    the: bool = True


def _orgs(lines: str) -> tuple[Organization, ...]:
    out = []
    for line in lines.strip().splitlines():
        name, _, acronym = line.strip().partition(" | ")
        out.append(Organization(name, acronym or None))
    return tuple(out)


ORGS: dict[str, tuple[Organization, ...]] = {
    "economy": _orgs("""
        National Bureau of Statistics | NBS
        People's Bank of China | PBOC
        National Development and Reform Commission | NDRC
        Ministry of Commerce | MOFCOM
        International Monetary Fund | IMF
        World Trade Organization | WTO
        Asian Infrastructure Investment Bank | AIIB
        New Development Bank | NDB
        China Association of Automobile Manufacturers | CAAM
        General Administration of Customs | GAC
        Organisation for Economic Co-operation and Development | OECD
        World Bank
    """),
    "politics": _orgs("""
        United Nations | UN
        UN Security Council
        Shanghai Cooperation Organisation | SCO
        Association of Southeast Asian Nations | ASEAN
        Asia-Pacific Economic Cooperation | APEC
        African Union | AU
        European Union | EU
        North Atlantic Treaty Organization | NATO
        Ministry of Foreign Affairs | MFA
        National People's Congress | NPC
        League of Arab States | LAS
    """),
    "science": _orgs("""
        Chinese Academy of Sciences | CAS
        China National Space Administration | CNSA
        National Aeronautics and Space Administration | NASA
        European Space Agency | ESA
        Ministry of Industry and Information Technology | MIIT
        World Internet Conference | WIC
        Chinese Academy of Engineering | CAE
        International Telecommunication Union | ITU
    """),
    "health": _orgs("""
        World Health Organization | WHO
        National Health Commission | NHC
        Chinese Center for Disease Control and Prevention | China CDC
        Africa Centres for Disease Control and Prevention | Africa CDC
        United Nations Children's Fund | UNICEF
        Joint United Nations Programme on HIV/AIDS | UNAIDS
        Gavi, the Vaccine Alliance | Gavi
    """),
    "environment": _orgs("""
        United Nations Environment Programme | UNEP
        Intergovernmental Panel on Climate Change | IPCC
        World Meteorological Organization | WMO
        International Energy Agency | IEA
        National Forestry and Grassland Administration | NFGA
        Ministry of Ecology and Environment | MEE
        International Union for Conservation of Nature | IUCN
    """),
    "disaster": _orgs("""
        Ministry of Emergency Management | MEM
        China Meteorological Administration | CMA
        Red Cross Society of China | RCSC
        World Food Programme | WFP
        UN High Commissioner for Refugees | UNHCR
        International Federation of Red Cross and Red Crescent Societies | IFRC
    """),
    "culture": _orgs("""
        United Nations Educational, Scientific and Cultural Organization | UNESCO
        Palace Museum
        National Museum of China | NMC
        China Film Administration | CFA
        International Council of Museums | ICOM
    """),
    "sports": _orgs("""
        International Olympic Committee | IOC
        Federation Internationale de Football Association | FIFA
        Chinese Football Association | CFA
        Olympic Council of Asia | OCA
        World Athletics
        Badminton World Federation | BWF
    """),
    "law": _orgs("""
        Supreme People's Procuratorate | SPP
        Ministry of Public Security | MPS
        International Criminal Police Organization | Interpol
        Supreme People's Court | SPC
        United Nations Office on Drugs and Crime | UNODC
    """),
    "education": _orgs("""
        Ministry of Education | MOE
        China Scholarship Council | CSC
        Confucius Institute Headquarters
        International Labour Organization | ILO
        Tsinghua University
        Peking University
    """),
}

EDITORS: dict[str, tuple[str, ...]] = {
    "Xinhua": words(
        "huaxia, Yamei, Liangyu, Lu Hui, Shi Yinglun, Zhang Dongmiao, Mu Xuequan, Xu Haiyan, "
        "Li Xia, wangyi, Hu Xiaoming, Wang Ruiqi, Chen Huizhi",
        sep=", ",
    ),
    "China Daily": ("Li Yan", "Wang Qian", "Zhang Yu", "Liu Jia", "Cao Yin"),
    "Global Times": ("Zhang Rui", "Sun Wei", "Hu Yuwei", "Lin Xiaoyi"),
    "AP": ("AP", "apnews"),
    "Reuters": ("Reuters Staff", "reuters-desk"),
    "AFP": ("AFP", "afp-en"),
}
