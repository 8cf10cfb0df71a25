"""Generate a seeded, realistic catalogue source folder for the search benchmarks.

The output follows docs/spec/catalogue-source.md exactly (catalogue.yaml, resources/**/*.md,
documents/**/*.txt) so `refdesk publish check` / `install_source` accept it as-is.

Text model:
- English: a Zipf-Mandelbrot stream over ~45,000 entries: real function words at the top ranks,
  real common content words, this domain's vocabulary (single words and multi-word terms such
  as "debt bondage" that phrase queries can find), Asian country names, and ~40,000 generated
  English-like words for the long tail.
- ~10% of resources are Vietnamese (with diacritics), Thai (no spaces between words),
  Bahasa Indonesia or Chinese, in their titles, summaries and documents.
- A set of "page-only" words (real technical words and generated ones) appears only in
  document pages, never in titles, summaries or facet labels: the full-text-only queries.
- Documents are plain text with a form feed between pages (350-500 words a page) and a
  heavy-tailed length: most 5-40 pages, some 40-200, a few 200-400.

Deterministic for a given (seed, resources, words): every random choice comes from
random.Random instances seeded with strings (Python hashes str seeds with SHA-512, so the
result does not depend on PYTHONHASHSEED). Run:

    python benchmarks/generate.py OUT_DIR --resources 1000 [--words 5000000] [--seed 1]
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import random
import shutil
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

#: Bump when the output for a given (seed, resources, words) changes, so caches are rebuilt.
GENERATOR_VERSION = 2
#: Default words of document text per resource (1k -> 5M, 5k -> 25M, 20k -> 100M).
DEFAULT_WORDS_PER_RESOURCE = 5000
ZIPF_S = 1.07
ZIPF_Q = 2.7
NON_ENGLISH_SHARE = 0.10

# --------------------------------------------------------------------------------------------
# Word lists
# --------------------------------------------------------------------------------------------

FUNCTION_WORDS = """
the of and to in a is that for be as on with by are this it or was from at which an not have
has their they been were can its may should also more other these such all who but than would
there any into when if each them where what under must one two those including between before
after during both about only how some most no our within through while without against because
however further whether same so then over will out being do up does could new first used often
well where even many three very both often per upon among because although already still less
""".split()

COMMON_WORDS = """
work worker workers employer employers job jobs family families people person persons woman women
man men girl girls boy boys community communities country countries government agency agencies
service services support case cases information report reports data study survey research
result results evidence practice practices example examples approach approaches process
processes system systems level levels need needs risk risks issue issues group groups training
guide guidance tool tools step steps time times year years month months day days place places
home house city village area areas region regional national local international public private
sector law laws right rights health safety education school money payment payments debt loan
loans contract contracts document documents card cards form forms record records list lists
question questions answer answers sign signs situation situations condition conditions access
control role roles response responses action actions plan plans programme programmes project
projects partner partners organisation organisations office officer officers staff team teams
member members leader leaders authority authorities ministry court courts judge judges lawyer
lawyers policy policies rule rules standard standards principle principles framework frameworks
model models method methods measure measures number numbers age ages gender health medical
mental legal social economic political cultural financial physical psychological basic key
main important common specific particular general different similar possible likely clear
available appropriate relevant effective necessary additional current recent early late long
short high low large small good better best poor safe free full open young old formal informal
provide provides provided identify identified identifying include includes included ensure
ensures develop developed help helps make made take taken give given use using find found show
shows shown know known ask asked tell told keep kept leave left return returned move moved
travel travelled live lived pay paid receive received report reported describe described
explain explained consider considered require required assess assessed review reviewed
follow followed apply applied protect protected respond responded refer referred contact
contacted record recorded collect collected share shared understand understood recognise
recognised prevent prevented address addressed improve improved increase increased reduce
reduced remain remained become became continue continued begin began change changed decide
decided allow allowed offer offered face faced lead led seek sought meet met hold held
particularly especially generally usually directly together however therefore also already
""".split()

DOMAIN_TERMS = """
trafficking|human trafficking|trafficking in persons|forced labour|debt bondage|recruitment fee
|recruitment fees|recruitment agency|recruitment agencies|fishing vessel|fishing vessels
|passport|passports|broker|brokers|shelter|shelters|referral|referrals|indicators|indicator
|screening|interview|interviews|child|children|migrant|migrants|migrant worker|migrant workers
|wages|overtime|deception|victim|victims|identification|victim identification|exploitation
|sexual exploitation|labour exploitation|coercion|abuse|smuggling|border|immigration|police
|prosecution|protection|reintegration|repatriation|rescue|domestic worker|domestic workers
|construction|garment factory|palm oil|seafood|plantation|brick kiln|forced marriage
|child labour|begging|online scam|scam compound|confiscation|identity documents
|withheld wages|isolation|threats|violence|physical violence|restriction of movement
|excessive overtime|abusive working conditions|abuse of vulnerability|intimidation
|labour inspection|labour inspector|labour inspectors|social worker|social workers
|case management|interpreter|interpreters|trauma|trauma-informed|informed consent
|confidentiality|non-punishment|national referral mechanism|standard operating procedures
|hotline|outreach|frontline|checklist|questionnaire|memorandum of understanding|bilateral
|convention|protocol|Palermo Protocol|legislation|law enforcement|anti-trafficking|survivor
|survivors|compensation|remedy|grievance|ethical recruitment|due diligence|supply chain
|supply chains|audit|transit|destination|origin|sending country|deployment
|contract substitution|visa|work permit|undocumented|irregular migration|stateless|refugee
|refugees|seafarer|seafarers|crew|skipper|captain|port|at sea|vulnerability|consent
|exploiter|exploiters|recruiter|recruiters|employment|labour|labor|trafficker|traffickers
|safeguarding|best interests|unaccompanied|minors|adolescent|orphanage|exit|recovery
|first contact|risk assessment|safety planning|legal aid|residence permit|reflection period
""".replace("\n", "").split("|")

COUNTRY_NAMES = [
    "Thailand",
    "Viet Nam",
    "Vietnam",
    "Cambodia",
    "Lao PDR",
    "Myanmar",
    "Malaysia",
    "Indonesia",
    "Philippines",
    "Singapore",
    "China",
    "Nepal",
    "India",
    "Bangladesh",
    "Pakistan",
    "Sri Lanka",
    "Japan",
    "Republic of Korea",
    "Mongolia",
    "Timor-Leste",
    "Brunei",
    "Afghanistan",
    "Kazakhstan",
    "Kyrgyzstan",
    "Tajikistan",
    "Uzbekistan",
    "Maldives",
    "Bhutan",
    "Taiwan",
    "Hong Kong",
    "Saudi Arabia",
    "Qatar",
    "United Arab Emirates",
    "Kuwait",
    "Oman",
    "Jordan",
    "Lebanon",
]

#: Real technical words that occur only in document pages (never in titles or summaries).
PAGE_ONLY_REAL = """
payslip payslips logbook logbooks crewlist bunkhouse timesheet timesheets subcontractor
subcontractors middleman moneylender cashbook dormitory transshipment gangmaster kafala
remittance remittances bonded deductions debriefing disembarkation embarkation manifest
paystub quayside wharf trawler trawlers longliner longline purse-seine deckhand deckhands
""".split()

# --- Vietnamese ---------------------------------------------------------------------------
VI_FUNCTION = """
của và các là có được cho trong với những một không để này khi đã từ theo về như tại đến do bị cần
phải nếu hoặc
""".split()
VI_TERMS = [
    "mua bán người",
    "nạn nhân",
    "lao động cưỡng bức",
    "nợ",
    "môi giới",
    "hộ chiếu",
    "tàu cá",
    "người di cư",
    "trẻ em",
    "bóc lột",
    "lừa đảo",
    "tiền lương",
    "làm thêm giờ",
    "nhà tạm lánh",
    "chuyển tuyến",
    "sàng lọc",
    "phỏng vấn",
    "dấu hiệu",
    "xác định",
    "bảo vệ",
    "hỗ trợ",
    "tái hòa nhập",
    "biên giới",
    "công an",
    "lao động",
    "phụ nữ",
    "cưỡng ép",
    "kết hôn",
    "giấy tờ tùy thân",
    "hướng dẫn",
    "quy trình",
    "cán bộ",
    "xã hội",
    "tư vấn",
    "pháp luật",
    "điều tra",
    "truy tố",
    "người lao động",
    "chủ sử dụng lao động",
    "ngư dân",
    "Việt Nam",
    "Trung Quốc",
    "Campuchia",
    "Lào",
    "Thái Lan",
    "đường dây",
    "cơ quan",
    "gia đình",
    "an toàn",
]
VI_ONSETS = [
    "b",
    "c",
    "ch",
    "d",
    "đ",
    "g",
    "gi",
    "h",
    "k",
    "kh",
    "l",
    "m",
    "n",
    "ng",
    "nh",
    "ph",
    "qu",
    "r",
    "s",
    "t",
    "th",
    "tr",
    "v",
    "x",
]
VI_VOWELS = [
    "aàáảãạ",
    "ăằắẳẵặ",
    "âầấẩẫậ",
    "eèéẻẽẹ",
    "êềếểễệ",
    "iìíỉĩị",
    "oòóỏõọ",
    "ôồốổỗộ",
    "ơờớởỡợ",
    "uùúủũụ",
    "ưừứửữự",
]
VI_CODAS = ["", "", "n", "ng", "m", "c", "t", "p", "nh", "ch", "i", "o", "u"]

# --- Thai -----------------------------------------------------------------------------------
TH_FUNCTION = "และ ของ ที่ ใน เป็น ให้ ได้ มี ไม่ จะ กับ ว่า โดย จาก หรือ ต้อง เพื่อ ซึ่ง นี้ แต่ ถ้า แล้ว".split()
TH_TERMS = [
    "การค้ามนุษย์",
    "ผู้เสียหาย",
    "แรงงานบังคับ",
    "หนี้",
    "นายหน้า",
    "หนังสือเดินทาง",
    "เรือประมง",
    "แรงงานข้ามชาติ",
    "เด็ก",
    "การแสวงประโยชน์",
    "การหลอกลวง",
    "ค่าจ้าง",
    "ทำงานล่วงเวลา",
    "สถานคุ้มครอง",
    "การส่งต่อ",
    "การคัดกรอง",
    "การสัมภาษณ์",
    "ตัวชี้วัด",
    "การคัดแยกผู้เสียหาย",
    "ตำรวจ",
    "พนักงานตรวจแรงงาน",
    "นักสังคมสงเคราะห์",
    "ล่าม",
    "ประเทศไทย",
    "เมียนมา",
    "กัมพูชา",
    "ชายแดน",
    "คู่มือ",
    "แนวทาง",
    "กฎหมาย",
    "การคุ้มครอง",
    "ความช่วยเหลือ",
    "การฟื้นฟู",
    "แรงงาน",
    "นายจ้าง",
    "สัญญาจ้าง",
    "ค่าธรรมเนียมการจัดหางาน",
    "ลูกเรือ",
    "ท่าเรือ",
    "บัตรคัดกรอง",
]
TH_CONSONANTS = "กขคงจฉชซญดตถทธนบปผพฟภมยรลวศษสหอ"
TH_PATTERNS = [
    "{c}า",
    "{c}ิ{d}",
    "{c}ี",
    "{c}ุ{d}",
    "{c}ู",
    "เ{c}",
    "แ{c}{d}",
    "โ{c}",
    "ไ{c}",
    "{c}ั{d}",
    "{c}ำ",
    "เ{c}า",
    "{c}่า",
    "{c}้า{d}",
    "{c}{d}",
    "{c}ร{d}",
    "ใ{c}",
]

# --- Bahasa Indonesia -----------------------------------------------------------------------
ID_FUNCTION = """
yang dan di ke dari untuk dengan dalam ini itu tidak akan pada adalah atau oleh sebagai juga dapat
harus bagi karena telah tersebut
""".split()
ID_TERMS = [
    "perdagangan orang",
    "korban",
    "kerja paksa",
    "jeratan utang",
    "biaya penempatan",
    "kapal penangkap ikan",
    "paspor",
    "calo",
    "rumah aman",
    "rujukan",
    "indikator",
    "penyaringan",
    "wawancara",
    "anak",
    "pekerja migran",
    "upah",
    "lembur",
    "penipuan",
    "eksploitasi",
    "perlindungan",
    "pemulangan",
    "reintegrasi",
    "polisi",
    "pengawas ketenagakerjaan",
    "pekerja sosial",
    "penerjemah",
    "Indonesia",
    "Malaysia",
    "pekerja rumah tangga",
    "awak kapal",
    "pedoman",
    "panduan",
    "prosedur",
    "identifikasi",
    "pelaku",
    "pemerintah",
    "masyarakat",
]
ID_CONSONANTS = ["b", "c", "d", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "w", "y", "ng", "ny"]
ID_VOWELS = ["a", "i", "u", "e", "o", "a", "a", "i"]
ID_AFFIX = [
    ("", ""),
    ("", ""),
    ("ber", ""),
    ("me", "kan"),
    ("pe", "an"),
    ("di", "kan"),
    ("", "an"),
    ("ke", "an"),
]

# --- Chinese --------------------------------------------------------------------------------
ZH_FUNCTION = "的 是 在 和 了 有 与 对 为 及 中 等 将 被 或 由 其 该 应 可以 进行 相关".split()
ZH_TERMS = [
    "人口贩卖",
    "受害者",
    "强迫劳动",
    "债务奴役",
    "招聘费",
    "渔船",
    "护照",
    "中介",
    "庇护所",
    "转介",
    "指标",
    "筛查",
    "面谈",
    "儿童",
    "移民工人",
    "工资",
    "加班",
    "欺骗",
    "剥削",
    "保护",
    "识别",
    "警察",
    "劳动监察员",
    "社会工作者",
    "翻译",
    "中国",
    "泰国",
    "缅甸",
    "越南",
    "柬埔寨",
    "老挝",
    "边境",
    "指南",
    "手册",
    "法律",
    "援助",
    "遣返",
    "重返社会",
    "雇主",
    "合同",
    "性剥削",
    "强迫婚姻",
    "网络诈骗",
]
ZH_CHARS = (
    "一是不了人这大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产"
    "种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机"
    "当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数"
    "正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提"
    "直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见"
    "计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处府研南"
)

# --- Facets ---------------------------------------------------------------------------------
TYPE_WEIGHTS = {
    "guidance": 14,
    "research": 14,
    "handbook": 10,
    "training": 9,
    "policy": 8,
    "awareness": 8,
    "indicators": 7,
    "screening-tool": 6,
    "sop": 6,
    "referral": 6,
    "methodology": 4,
    "digital-tool": 4,
    "data-standard": 2,
}
TOPICS = """
victim-identification forced-labour debt-bondage child-trafficking sexual-exploitation
labour-migration fishing domestic-work recruitment referral screening interviewing shelter
reintegration repatriation legal-framework prosecution victim-protection gender online-scams
forced-marriage child-labour supply-chains labour-inspection border-management data-collection
trauma-informed-care interpretation case-management compensation smuggling statelessness
refugees construction agriculture manufacturing palm-oil seafood garment-industry begging
organ-removal
""".split()
AUDIENCES = """
frontline-responders labour-inspectors police prosecutors judges social-workers ngo-staff
policymakers immigration-officers health-workers employers trade-unions researchers interpreters
teachers consular-staff legal-practitioners migrants
""".split()
COUNTRY_WEIGHTS = {
    "TH": 12,
    "VN": 9,
    "KH": 8,
    "MM": 8,
    "LA": 5,
    "MY": 7,
    "ID": 7,
    "PH": 7,
    "SG": 2,
    "CN": 4,
    "NP": 5,
    "IN": 5,
    "BD": 5,
    "PK": 3,
    "LK": 3,
    "JP": 2,
    "KR": 2,
    "MN": 1,
    "TL": 1,
    "BN": 1,
    "AF": 1,
    "KZ": 1,
    "KG": 1,
    "TJ": 1,
    "UZ": 1,
    "MV": 1,
    "BT": 1,
    "TW": 1,
    "HK": 1,
}
COUNTRY_REGION = {
    **dict.fromkeys(["TH", "VN", "KH", "MM", "LA", "MY", "ID", "PH", "SG", "TL", "BN"], "southeast-asia"),
    **dict.fromkeys(["NP", "IN", "BD", "PK", "LK", "AF", "MV", "BT"], "south-asia"),
    **dict.fromkeys(["CN", "JP", "KR", "MN", "TW", "HK"], "east-asia"),
    **dict.fromkeys(["KZ", "KG", "TJ", "UZ"], "central-asia"),
}
MEKONG = {"TH", "VN", "KH", "LA", "MM", "CN"}
COUNTRY_EN = {
    "TH": "Thailand",
    "VN": "Viet Nam",
    "KH": "Cambodia",
    "MM": "Myanmar",
    "LA": "Lao PDR",
    "MY": "Malaysia",
    "ID": "Indonesia",
    "PH": "the Philippines",
    "SG": "Singapore",
    "CN": "China",
    "NP": "Nepal",
    "IN": "India",
    "BD": "Bangladesh",
    "PK": "Pakistan",
    "LK": "Sri Lanka",
    "JP": "Japan",
    "KR": "the Republic of Korea",
    "MN": "Mongolia",
    "TL": "Timor-Leste",
    "BN": "Brunei",
    "AF": "Afghanistan",
    "KZ": "Kazakhstan",
    "KG": "Kyrgyzstan",
    "TJ": "Tajikistan",
    "UZ": "Uzbekistan",
    "MV": "Maldives",
    "BT": "Bhutan",
    "TW": "Taiwan",
    "HK": "Hong Kong",
}
#: Non-English resources: language -> share of all resources (total NON_ENGLISH_SHARE).
OTHER_LANGUAGES = {"vi": 0.03, "th": 0.03, "id": 0.025, "zh": 0.015}
LANGUAGE_COUNTRY = {"vi": "VN", "th": "TH", "id": "ID", "zh": "CN"}

PUBLISHERS = [
    ("International Labour Organization (ILO)", "ilo"),
    ("International Organization for Migration (IOM)", "iom"),
    ("United Nations Office on Drugs and Crime (UNODC)", "unodc"),
    ("UNICEF", "unicef"),
    ("ASEAN Secretariat", "asean"),
    ("ASEAN Commission on the Promotion and Protection of the Rights of Women and Children (ACWC)", "acwc"),
    ("NEXUS Institute", "nexus"),
    ("Liberty Shared", "liberty-shared"),
    ("Issara Institute", "issara"),
    ("Verité", "verite"),
    ("Walk Free", "walk-free"),
    ("Bali Process Regional Support Office", "bali-process"),
    ("UN-ACT", "un-act"),
    ("Office of the High Commissioner for Human Rights (OHCHR)", "ohchr"),
    ("UN Women", "un-women"),
    ("Save the Children", "save-the-children"),
    ("World Vision", "world-vision"),
    ("Environmental Justice Foundation", "ejf"),
    ("Human Rights Watch", "hrw"),
    ("La Strada International", "la-strada"),
    ("Global Alliance Against Traffic in Women (GAATW)", "gaatw"),
    ("ECPAT International", "ecpat"),
    ("Blue Dragon Children's Foundation", "blue-dragon"),
    ("Pacific Links Foundation", "pacific-links"),
    ("Hagar International", "hagar"),
    ("Chab Dai", "chab-dai"),
    ("Stella Maris Seafarers' Centre", "stella-maris"),
    ("Migrant Working Group", "mwg"),
    ("Labour Rights Promotion Network Foundation (LPN)", "lpn"),
    ("Tenaganita", "tenaganita"),
    ("Migrant Forum in Asia", "mfa"),
    ("Shakti Samuha", "shakti-samuha"),
    ("Maiti Nepal", "maiti-nepal"),
    ("Justice and Care", "justice-and-care"),
    ("International Justice Mission (IJM)", "ijm"),
    ("Winrock International", "winrock"),
    ("American Bar Association Rule of Law Initiative", "aba-roli"),
    ("Asia Foundation", "asia-foundation"),
    ("Mekong Migration Network", "mmn"),
    ("Ministry of Social Development and Human Security (Thailand)", "msdhs-th"),
    ("Department of Labour Protection and Welfare (Thailand)", "dlpw-th"),
    ("Royal Thai Police", "rtp"),
    ("Ministry of Labour, Invalids and Social Affairs (Viet Nam)", "molisa"),
    ("Ministry of Public Security (Viet Nam)", "mps-vn"),
    ("National Committee for Counter Trafficking (Cambodia)", "ncct"),
    ("Ministry of Home Affairs (Malaysia)", "moha-my"),
    ("Inter-Agency Council Against Trafficking (Philippines)", "iacat"),
    ("Ministry of Manpower (Indonesia)", "kemnaker"),
    ("National Human Rights Commission of Nepal", "nhrc-np"),
    ("Ministry of Women and Child Development (India)", "mwcd-in"),
    ("Bangladesh Police", "bd-police"),
    ("Central Committee for Drug Abuse Control and Anti-Trafficking (Myanmar)", "ccdac"),
    ("Lao Women's Union", "lwu"),
    ("Ministry of Human Resources and Social Security (China)", "mohrss"),
]

DOC_TITLES = [
    "Full report",
    "Field guide",
    "Handbook",
    "Training manual",
    "Annex",
    "Summary report",
    "Toolkit",
    "Facilitator guide",
    "Screening form",
    "Technical brief",
]


# --------------------------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------------------------


def zipf_weights(n: int, s: float = ZIPF_S, q: float = ZIPF_Q) -> list[float]:
    return [1.0 / (rank + q) ** s for rank in range(n)]


@dataclass
class Language:
    """One language's vocabulary: entries by rank, with cumulative weights for sampling."""

    code: str
    entries: list[str]
    cum: list[float]
    spaced: bool = True
    #: Same entries without the page-only ones (titles, summaries), domain terms boosted.
    field_entries: list[str] = field(default_factory=list)
    field_cum: list[float] = field(default_factory=list)

    @property
    def total(self) -> float:
        return self.cum[-1]


@dataclass
class Vocabulary:
    seed: str
    languages: dict[str, Language]
    #: English entry -> probability per page-text entry (for picking queries that have hits).
    english_prob: dict[str, float]
    domain: list[str]
    common: list[str]
    generated: list[str]  # by rank, most frequent first
    page_only: list[str]
    all_words: set[str]  # every folded surface word any language can produce (for misspellings)


def _pseudo_english(rng: random.Random, count: int, taken: set[str]) -> list[str]:
    onsets = [
        "",
        "b",
        "c",
        "d",
        "f",
        "g",
        "h",
        "j",
        "k",
        "l",
        "m",
        "n",
        "p",
        "r",
        "s",
        "t",
        "v",
        "w",
        "y",
        "z",
        "bl",
        "br",
        "ch",
        "cl",
        "cr",
        "dr",
        "fl",
        "fr",
        "gl",
        "gr",
        "pl",
        "pr",
        "sc",
        "sh",
        "sk",
        "sl",
        "sm",
        "sn",
        "sp",
        "st",
        "str",
        "sw",
        "th",
        "tr",
        "wh",
    ]
    nuclei = ["a", "e", "i", "o", "u", "a", "e", "i", "o", "ai", "ea", "ee", "ie", "oa", "oo", "ou", "y"]
    codas = [
        "",
        "",
        "",
        "n",
        "r",
        "s",
        "t",
        "l",
        "m",
        "nd",
        "nt",
        "st",
        "ng",
        "ck",
        "rd",
        "rt",
        "ld",
        "x",
        "sh",
        "th",
    ]
    suffixes = [
        "",
        "",
        "",
        "",
        "ing",
        "ed",
        "er",
        "tion",
        "ment",
        "ness",
        "ly",
        "al",
        "ive",
        "ity",
        "ous",
        "able",
        "ism",
        "ist",
        "s",
        "s",
    ]
    out: list[str] = []
    while len(out) < count:
        syllables = rng.choices((1, 2, 3, 4), weights=(2, 5, 4, 1))[0]
        word = "".join(rng.choice(onsets) + rng.choice(nuclei) + rng.choice(codas) for _ in range(syllables))
        word += rng.choice(suffixes)
        if 3 <= len(word) <= 16 and word not in taken:
            taken.add(word)
            out.append(word)
    # Shorter words are more frequent, as in real text (with noise).
    out.sort(key=lambda w: len(w) + rng.random() * 6)
    return out


def _vi_syllable(rng: random.Random) -> str:
    return rng.choice(VI_ONSETS) + rng.choice(rng.choice(VI_VOWELS)) + rng.choice(VI_CODAS)


def _th_syllable(rng: random.Random) -> str:
    return rng.choice(TH_PATTERNS).format(c=rng.choice(TH_CONSONANTS), d=rng.choice(TH_CONSONANTS))


def _id_word(rng: random.Random) -> str:
    n = rng.choice((2, 2, 3, 3, 4))
    stem = "".join(rng.choice(ID_CONSONANTS) + rng.choice(ID_VOWELS) for _ in range(n))
    if rng.random() < 0.4:
        stem += rng.choice(["n", "r", "t", "k", "ng", "s", "l"])
    pre, suf = rng.choice(ID_AFFIX)
    return pre + stem + suf


def _unique(rng: random.Random, make, count: int, taken: set[str]) -> list[str]:
    out = []
    tries = 0
    while len(out) < count and tries < count * 50:
        tries += 1
        word = make(rng)
        if word not in taken:
            taken.add(word)
            out.append(word)
    return out


def _ranked(rng: random.Random, top: list[str], middle: list[list[str]], tail: list[str]) -> list[str]:
    """top first, then the middle lists shuffled together, then the tail."""
    mid = [w for group in middle for w in group]
    rng.shuffle(mid)
    return top + mid + tail


def _fold(word: str) -> str:
    import unicodedata

    word = word.replace("đ", "d").replace("Đ", "d").lower()
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def build_vocabulary(seed: int | str = 1) -> Vocabulary:
    """The seeded vocabularies of every language (independent of the catalogue size)."""
    rng = random.Random(f"refdesk-bench-vocab-{seed}")
    taken = {w.lower() for w in FUNCTION_WORDS + COMMON_WORDS + PAGE_ONLY_REAL}
    for term in DOMAIN_TERMS + COUNTRY_NAMES:
        taken.update(t.lower() for t in term.replace("-", " ").split())
    generated = _pseudo_english(rng, 40_000, taken)
    # Page-only generated words: a spread of ranks, so some are frequent and some rare.
    page_only_generated = [generated[i] for i in range(300, 20_000, 50)]
    page_only = PAGE_ONLY_REAL + page_only_generated

    # English ranks: function words, then common + domain + countries + the first generated
    # words mixed, then the generated tail. Domain terms get a second, boosted copy further up.
    function = list(dict.fromkeys(FUNCTION_WORDS))
    common = [w for w in dict.fromkeys(COMMON_WORDS) if w not in function]
    domain = list(dict.fromkeys(DOMAIN_TERMS))
    middle = [common, domain, COUNTRY_NAMES, generated[:1500], PAGE_ONLY_REAL]
    entries = _ranked(rng, function, middle, generated[1500:])
    weights = zipf_weights(len(entries))
    index = {w: i for i, w in enumerate(entries)}
    for term in domain:  # this corpus is about trafficking: domain terms are 4x more common
        weights[index[term]] *= 4.0
    total = sum(weights)
    english_prob = {w: weights[i] / total for i, w in enumerate(entries)}
    page_only_set = set(page_only)
    field_entries, field_weights = [], []
    for w, wt in zip(entries, weights, strict=True):
        if w in page_only_set:
            continue
        field_entries.append(w)
        field_weights.append(wt * (3.0 if w in DOMAIN_TERMS or w in COUNTRY_NAMES else 1.0))
    english = Language(
        "en",
        entries,
        list(itertools.accumulate(weights)),
        field_entries=field_entries,
        field_cum=list(itertools.accumulate(field_weights)),
    )
    languages = {"en": english}

    def other(code: str, function_words: list[str], terms: list[str], tail: list[str], spaced: bool) -> None:
        lang_entries = _ranked(rng, function_words, [terms, tail[:300]], tail[300:])
        lang_weights = zipf_weights(len(lang_entries))
        for i, w in enumerate(lang_entries):
            if w in terms:
                lang_weights[i] *= 3.0
        cum = list(itertools.accumulate(lang_weights))
        languages[code] = Language(code, lang_entries, cum, spaced, lang_entries, cum)

    other_taken: set[str] = set(
        VI_FUNCTION + VI_TERMS + TH_FUNCTION + TH_TERMS + ID_FUNCTION + ID_TERMS + ZH_FUNCTION + ZH_TERMS
    )
    vi_tail = _unique(
        rng,
        lambda r: _vi_syllable(r) + (" " + _vi_syllable(r) if r.random() < 0.6 else ""),
        6000,
        other_taken,
    )
    th_tail = _unique(
        rng, lambda r: "".join(_th_syllable(r) for _ in range(r.choice((1, 2, 2, 3)))), 6000, other_taken
    )
    id_tail = _unique(rng, _id_word, 8000, other_taken | taken)
    zh_tail = _unique(
        rng,
        lambda r: "".join(r.choice(ZH_CHARS) for _ in range(r.choice((2, 2, 2, 3, 4)))),
        6000,
        other_taken,
    )
    other("vi", VI_FUNCTION, VI_TERMS, vi_tail, True)
    other("th", TH_FUNCTION, TH_TERMS, th_tail, False)
    other("id", ID_FUNCTION, ID_TERMS, id_tail, True)
    other("zh", ZH_FUNCTION, ZH_TERMS, zh_tail, False)

    all_words: set[str] = set()
    for lang in languages.values():
        for entry in lang.entries:
            all_words.update(_fold(t) for t in entry.replace("-", " ").split())
    for name, _slug in PUBLISHERS:
        all_words.update(_fold(t.strip("(),'")) for t in name.split())
    for slug in TOPICS + AUDIENCES + list(TYPE_WEIGHTS):
        all_words.update(slug.split("-"))
    return Vocabulary(
        seed=str(seed),
        languages=languages,
        english_prob=english_prob,
        domain=domain,
        common=common,
        generated=generated,
        page_only=page_only,
        all_words=all_words,
    )


# --------------------------------------------------------------------------------------------
# Text
# --------------------------------------------------------------------------------------------

_SENTENCE_LENGTHS = list(range(6, 31))
_SENTENCE_WEIGHTS = [math.exp(-((n - 16) ** 2) / 60.0) for n in _SENTENCE_LENGTHS]


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:]


def _sentences(rng: random.Random, lang: Language, entries: list[str]) -> list[str]:
    """Cut a stream of entries into sentences, in the language's writing conventions."""
    lengths = rng.choices(_SENTENCE_LENGTHS, weights=_SENTENCE_WEIGHTS, k=len(entries) // 6 + 2)
    out = []
    pos = 0
    for n in lengths:
        if pos >= len(entries):
            break
        chunk = entries[pos : pos + n]
        pos += n
        if lang.code == "en" or lang.code == "vi" or lang.code == "id":
            if len(chunk) > 8 and rng.random() < 0.3:
                cut = rng.randrange(3, len(chunk) - 3)
                chunk[cut] += ","
            out.append(_cap(chunk[0]) + (" " + " ".join(chunk[1:]) if len(chunk) > 1 else "") + ".")
        elif lang.code == "th":
            # Thai: no spaces between words, a space between clauses, no full stop.
            cut = max(1, len(chunk) // 2)
            out.append("".join(chunk[:cut]) + " " + "".join(chunk[cut:]))
        else:  # zh
            cut = max(1, len(chunk) // 2)
            out.append("".join(chunk[:cut]) + "，" + "".join(chunk[cut:]) + "。")
    return out


def _words_in(lang: Language, text: str, entries: int) -> int:
    return len(text.split()) if lang.spaced else entries


def page_texts(rng: random.Random, lang: Language, page_words: list[int]) -> tuple[list[str], int]:
    """The text of each page of one document, and its word count."""
    total = sum(page_words)
    # Multi-word entries make an entry about 1.05 words on average: sample a little fewer.
    stream = rng.choices(lang.entries, cum_weights=lang.cum, k=int(total / 1.05) + 1)
    pages = []
    words = 0
    pos = 0
    for n in page_words:
        k = max(1, int(n / 1.05))
        entries = stream[pos : pos + k]
        pos += k
        sentences = _sentences(rng, lang, entries)
        paragraphs = []
        i = 0
        while i < len(sentences):
            step = rng.randint(3, 7)
            paragraphs.append(" ".join(sentences[i : i + step]))
            i += step
        if lang.spaced and rng.random() < 0.35:
            heading = " ".join(
                _cap(w)
                for w in rng.choices(lang.field_entries, cum_weights=lang.field_cum, k=rng.randint(2, 5))
            )
            paragraphs.insert(0, f"{rng.randint(1, 12)}.{rng.randint(1, 9)} {heading}")
        text = "\n\n".join(paragraphs)
        pages.append(text)
        words += _words_in(lang, text, len(entries))
    return pages, words


def field_text(rng: random.Random, lang: Language, n: int) -> list[str]:
    return rng.choices(lang.field_entries, cum_weights=lang.field_cum, k=n)


# --------------------------------------------------------------------------------------------
# Resources
# --------------------------------------------------------------------------------------------


def _weighted(rng: random.Random, weights: dict[str, float], k: int) -> list[str]:
    keys = list(weights)
    cum = list(itertools.accumulate(weights.values()))
    chosen: list[str] = []
    for _ in range(k * 4):
        if len(chosen) == k:
            break
        pick = rng.choices(keys, cum_weights=cum)[0]
        if pick not in chosen:
            chosen.append(pick)
    return chosen


def _zipf_pick(rng: random.Random, items: list, k: int, s: float = 1.0) -> list:
    weights = zipf_weights(len(items), s, 1.0)
    return _weighted(rng, dict(zip(range(len(items)), weights, strict=True)), k)


def _slug(text: str, limit: int = 40) -> str:
    out = []
    for ch in _fold(text):
        out.append(ch if ch.isascii() and ch.isalnum() else "-")
    slug = "-".join(p for p in "".join(out).split("-") if p)
    return slug[:limit].strip("-")


_FUNCTION_SET = set(FUNCTION_WORDS)
ENGLISH_TITLES = [
    "{Domain}: {Words} for {Audience}",
    "Guidelines on {domain} in {Country}",
    "{Domain} and {domain}: {Words}",
    "Handbook for {audience} on {domain}",
    "Identifying victims of {domain} in {Country}",
    "Standard operating procedures for {domain}",
    "{Country}: {Words} on {domain}",
    "{Words} {Domain} {Words}",
    "Screening for {domain} among {audience}",
    "Assessment of {domain} in {Country} ({year})",
]
OTHER_TITLES = {
    "vi": ["Hướng dẫn {t} cho {a}", "{T} và {t} tại {c}", "Sổ tay {t}", "Quy trình {t} {t}"],
    "th": ["คู่มือ{t}สำหรับ{a}", "แนวทาง{t}และ{t}", "{T}ใน{c}", "บัตรคัดกรอง{t}"],
    "id": ["Pedoman {t} bagi {a}", "Panduan {t} dan {t} di {c}", "Prosedur {t}", "{T} di {c}"],
    "zh": ["{t}指南", "{c}{t}和{t}手册", "关于{t}的{t}", "{t}识别工具"],
}
OTHER_COUNTRY = {
    "vi": ["Việt Nam", "Trung Quốc", "Campuchia", "Lào", "Thái Lan"],
    "th": ["ประเทศไทย", "เมียนมา", "กัมพูชา", "ลาว"],
    "id": ["Indonesia", "Malaysia", "Singapura", "Arab Saudi"],
    "zh": ["中国", "泰国", "缅甸", "越南", "柬埔寨"],
}
OTHER_AUDIENCE = {
    "vi": ["cán bộ công an", "cán bộ xã hội", "người lao động"],
    "th": ["พนักงานตรวจแรงงาน", "ตำรวจ", "นักสังคมสงเคราะห์"],
    "id": ["polisi", "pekerja sosial", "pengawas ketenagakerjaan"],
    "zh": ["警察", "社会工作者", "劳动监察员"],
}
OTHER_TERMS = {"vi": VI_TERMS, "th": TH_TERMS, "id": ID_TERMS, "zh": ZH_TERMS}


def _english_title(rng: random.Random, vocab: Vocabulary, country: str | None, year: int) -> str:
    lang = vocab.languages["en"]
    template = rng.choice(ENGLISH_TITLES)
    if "{Country}" in template and country is None:
        template = "{Domain}: {Words} ({year})"

    def words(n: int) -> str:
        content = [w for w in field_text(rng, lang, n * 4) if w not in _FUNCTION_SET][:n]
        return " ".join(_cap(w) for w in content or ["Guide"])

    values = {
        "Domain": _cap(rng.choice(vocab.domain)),
        "domain": rng.choice(vocab.domain),
        "Words": words(rng.randint(1, 3)),
        "Audience": _cap(rng.choice(AUDIENCES).replace("-", " ")),
        "audience": rng.choice(AUDIENCES).replace("-", " "),
        "Country": COUNTRY_EN.get(country or "", ""),
        "year": str(year),
    }
    out = template
    for key, value in values.items():
        while "{" + key + "}" in out:
            out = out.replace("{" + key + "}", value, 1)
            if key in ("domain", "Domain"):
                value = rng.choice(vocab.domain)
                value = _cap(value) if key == "Domain" else value
    return out


def _other_title(rng: random.Random, code: str) -> str:
    template = rng.choice(OTHER_TITLES[code])
    terms = OTHER_TERMS[code]
    out = template
    while "{t}" in out:
        out = out.replace("{t}", rng.choice(terms), 1)
    out = out.replace("{T}", _cap(rng.choice(terms)))
    out = out.replace("{c}", rng.choice(OTHER_COUNTRY[code]))
    out = out.replace("{a}", rng.choice(OTHER_AUDIENCE[code]))
    return out


def _summary(
    rng: random.Random, vocab: Vocabulary, code: str, type_: str, publisher: str, country: str | None
) -> str:
    lang = vocab.languages[code]
    sentences = []
    if code == "en":
        where = f" in {COUNTRY_EN[country]}" if country else ""
        sentences.append(
            f"A {type_.replace('-', ' ')} resource from {publisher} on {rng.choice(vocab.domain)}{where}."
        )
    n = rng.randint(2, 6) - len(sentences)
    for _ in range(n):
        entries = field_text(rng, lang, rng.randint(10, 24))
        sentences.extend(_sentences(rng, lang, entries)[:1])
    if code == "en" and rng.random() < 0.2:
        sentences[-1] = f"*{sentences[-1]}*"
    sep = "" if code in ("zh",) else " "
    return sep.join(sentences)


@dataclass
class Stats:
    resources: int = 0
    documents: int = 0
    pages: int = 0
    document_words: int = 0
    words_by_language: dict[str, int] = field(default_factory=dict)
    documents_by_language: dict[str, int] = field(default_factory=dict)
    resources_by_language: dict[str, int] = field(default_factory=dict)
    page_count_histogram: dict[str, int] = field(default_factory=dict)
    field_words: int = 0


def _page_count(rng: random.Random) -> int:
    roll = rng.random()
    if roll < 0.85:
        return min(40, max(5, round(math.exp(rng.gauss(math.log(14), 0.55)))))
    if roll < 0.97:
        return round(math.exp(rng.uniform(math.log(41), math.log(199))))
    return rng.randint(200, 400)


def plan_documents(seed: int | str, resources: int, words: int) -> list[list[int]]:
    """Word counts of the pages of each document, until the word budget is used."""
    rng = random.Random(f"refdesk-bench-docs-{seed}-{resources}-{words}")
    docs: list[list[int]] = []
    used = 0
    while used < words:
        pages = [rng.randint(350, 500) for _ in range(_page_count(rng))]
        room = words - used
        if sum(pages) > room:  # the last document takes what is left
            trimmed = []
            for n in pages:
                if sum(trimmed) + n > room:
                    break
                trimmed.append(n)
            pages = trimmed or [max(1, room)]
        docs.append(pages)
        used += sum(pages)
    return docs


def _bucket(pages: int) -> str:
    for bound in (4, 10, 20, 40, 100, 200, 400):
        if pages <= bound:
            return f"<={bound}"
    return ">400"


def generate(out: Path, resources: int, words: int, seed: int | str = 1, *, quiet: bool = False) -> dict:
    """Write the catalogue source folder; returns its manifest (also written as generator.json)."""
    started = time.perf_counter()
    vocab = build_vocabulary(seed)
    if out.exists():
        shutil.rmtree(out)
    (out / "resources").mkdir(parents=True)
    (out / "documents").mkdir(parents=True)
    plans = plan_documents(seed, resources, words)
    rng = random.Random(f"refdesk-bench-assign-{seed}-{resources}-{words}")
    # Which resources hold documents: a random sample; more documents than resources means two.
    holders = rng.sample(range(resources), min(resources, len(plans)))
    while len(holders) < len(plans):
        holders.append(rng.randrange(resources))
    docs_of: dict[int, list[list[int]]] = {}
    for plan, holder in zip(plans, holders, strict=True):
        docs_of.setdefault(holder, []).append(plan)

    # Languages: NON_ENGLISH_SHARE of resources, chosen by a seeded shuffle.
    order = list(range(resources))
    rng.shuffle(order)
    language_of: dict[int, str] = {}
    start = 0
    for code, share in OTHER_LANGUAGES.items():
        n = round(resources * share)
        for i in order[start : start + n]:
            language_of[i] = code
        start += n

    (out / "catalogue.yaml").write_text(
        "id: refdesk-benchmark\n"
        f'title: "RefDesk benchmark catalogue ({resources} resources, seed {seed})"\n'
        "publisher: RefDesk benchmarks\n"
        "languages: [en, vi, th, id, zh]\n"
        "licence: CC-BY-4.0\n"
        "labels:\n"
        "  topics:\n"
        "    forced-labour: Forced labour\n"
        "    debt-bondage: Debt bondage\n"
        "    online-scams: Online scam compounds\n"
        "  audiences:\n"
        "    ngo-staff: NGO staff\n",
        encoding="utf-8",
    )
    stats = Stats()
    facts = []  # one line per resource: what the query mix needs to pick filters that exist
    ids_by_publisher: dict[str, list[str]] = {}
    english_ids: list[str] = []
    publisher_names = [p for p, _ in PUBLISHERS]
    years = list(range(1995, 2027))
    year_weights = [1 + (y - 1995) ** 1.5 for y in years]
    for i in range(resources):
        r = random.Random(f"refdesk-bench-res-{seed}-{i}")
        code = language_of.get(i, "en")
        type_ = _weighted(r, TYPE_WEIGHTS, 1)[0]
        year = r.choices(years, weights=year_weights)[0]
        n_countries = r.choices((0, 1, 2, 3), weights=(20, 55, 17, 8))[0]
        countries = _weighted(r, COUNTRY_WEIGHTS, n_countries)
        if code != "en" and LANGUAGE_COUNTRY[code] not in countries:
            countries = [LANGUAGE_COUNTRY[code], *countries[:1]]
        regions = sorted({COUNTRY_REGION[c] for c in countries})
        if not countries:
            regions = [r.choice(["global", "asia", "asia", "asia-pacific", "southeast-asia"])]
        elif MEKONG & set(countries) and r.random() < 0.3:
            regions.append("greater-mekong")
        elif r.random() < 0.15:
            regions.append("asia")
        publishers = [
            publisher_names[j] for j in _zipf_pick(r, publisher_names, r.choices((1, 2), weights=(85, 15))[0])
        ]
        topics = [TOPICS[j] for j in _zipf_pick(r, TOPICS, r.randint(1, 4), 0.8)]
        audiences = [AUDIENCES[j] for j in _zipf_pick(r, AUDIENCES, r.randint(1, 3), 0.8)]
        if code == "en":
            languages = ["en"]
            title = _english_title(r, vocab, countries[0] if countries else None, year)
        else:
            languages = [code] if r.random() < 0.7 else [code, "en"]
            title = _other_title(r, code)
        summary = _summary(r, vocab, code, type_, publishers[0], countries[0] if countries else None)
        rid = f"r{i:05d}-{_slug(publishers[0], 16)}-{year}-{_slug(title, 40) or code}".rstrip("-")
        documents = []
        for d, plan in enumerate(docs_of.get(i, [])):
            doc_lang = code
            rel = f"{doc_lang}/{rid[:6]}/{rid}-{d + 1}.txt"
            pages, n_words = page_texts(r, vocab.languages[doc_lang], plan)
            path = out / "documents" / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text("\f".join(pages) + "\n", encoding="utf-8")
            documents.append({"path": rel, "language": doc_lang, "title": r.choice(DOC_TITLES)})
            stats.documents += 1
            stats.pages += len(pages)
            stats.document_words += n_words
            stats.words_by_language[doc_lang] = stats.words_by_language.get(doc_lang, 0) + n_words
            stats.documents_by_language[doc_lang] = stats.documents_by_language.get(doc_lang, 0) + 1
            bucket = _bucket(len(pages))
            stats.page_count_histogram[bucket] = stats.page_count_histogram.get(bucket, 0) + 1
        stats.resources += 1
        stats.resources_by_language[code] = stats.resources_by_language.get(code, 0) + 1
        stats.field_words += len(title.split()) + len(summary.split())
        front = {
            "id": rid,
            "title": title,
            "type": type_,
            "publishers": publishers,
            "year": year,
            "topics": topics,
            "audiences": audiences,
            "countries": countries,
            "regions": regions,
            "languages": languages,
        }
        if r.random() < 0.5:
            front["url"] = f"https://example.org/{rid}"
        if documents:
            front["documents"] = documents
        # Editions: a new edition supersedes an older resource of the same publisher; a
        # non-English resource is often the translation of an English one.
        same_publisher = ids_by_publisher.setdefault(publishers[0], [])
        if same_publisher and r.random() < 0.04:
            front["supersedes"] = [r.choice(same_publisher)]
        if code != "en" and english_ids and r.random() < 0.5:
            front["translations"] = [r.choice(english_ids)]
        same_publisher.append(rid)
        if code == "en":
            english_ids.append(rid)
        if r.random() < 0.1:
            front["stage"] = sorted(
                set(r.choices(["recruitment", "transit", "exploitation", "exit", "reintegration"], k=2))
            )
        facts.append(
            {
                k: front[k]
                for k in (
                    "id",
                    "title",
                    "type",
                    "year",
                    "countries",
                    "languages",
                    "topics",
                    "regions",
                    "publishers",
                )
            }
        )
        lines = ["---"]
        for key, value in front.items():
            if key == "documents":
                lines.append("documents:")
                for doc in value:
                    lines.append(f"  - path: {json.dumps(doc['path'])}")
                    lines.append(f"    language: {json.dumps(doc['language'])}")
                    lines.append(f"    title: {json.dumps(doc['title'])}")
            else:
                lines.append(f"{key}: {json.dumps(value, ensure_ascii=False)}")
        lines.append("---")
        lines.append(summary)
        folder = out / "resources" / type_
        folder.mkdir(exist_ok=True)
        (folder / f"{rid}.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
        if not quiet and (i + 1) % max(1, resources // 10) == 0:
            print(
                f"  generated {i + 1}/{resources} resources, {stats.document_words:,} words", file=sys.stderr
            )

    with (out / "facts.jsonl").open("w", encoding="utf-8") as handle:
        for fact in facts:
            handle.write(json.dumps(fact, ensure_ascii=False) + "\n")
    manifest = {
        "generator_version": GENERATOR_VERSION,
        "seed": str(seed),
        "resources": resources,
        "target_words": words,
        "stats": stats.__dict__,
        "documents_share": round(len(docs_of) / resources, 3),
        "seconds": round(time.perf_counter() - started, 1),
    }
    (out / "generator.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False), encoding="utf-8")
    return manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="folder to write (replaced if it exists)")
    parser.add_argument("--resources", type=int, default=1000)
    parser.add_argument(
        "--words",
        type=int,
        default=None,
        help=f"total words of document text (default {DEFAULT_WORDS_PER_RESOURCE} per resource)",
    )
    parser.add_argument("--seed", default="1")
    args = parser.parse_args(argv)
    words = args.words if args.words is not None else args.resources * DEFAULT_WORDS_PER_RESOURCE
    manifest = generate(args.out, args.resources, words, args.seed)
    print(json.dumps(manifest, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
