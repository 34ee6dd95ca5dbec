"""Per-language words: units, compass points, qualifiers, number words, words never places.

Everything here is data; :mod:`geomap.lang.relations` builds its patterns
from it. Compass words are read by their stems in order ("sud-est",
"северо-востоку", "شمال شرق", "kuzeybatısında" -> two stems -> a bearing).
"""
from __future__ import annotations

LANGS = ("es", "fr", "de", "pt", "it", "ru", "uk", "ar", "fa", "tr")

# unit word (regex, lower case) -> metres; longest alternatives first when joined
UNITS: dict[str, float] = {
    # nautical miles first: the adjective stands between the number and "miles" ("200 морских милях")
    r"морск(?:их|ие|ая|ой|ую|ими)\s+мил(?:ь|и|я|ях|ям|ями)|морськ(?:их|і|а|ої|у|ими)\s+мил(?:ь|і|я|ях|ям|ями)"
    r"|milles?\s+nautiques?|millas?\s+náuticas?|miglia\s+nautiche|miglio\s+nautico|milhas?\s+náuticas?"
    r"|seemeilen?|deniz\s+mil(?:i|lik)?|(?:ميلا?|أميال)\s+بحري(?:ا|ة)?|مایل\s+دریایی": 1852.0,
    r"km|kms|kilom[eè]tres?|kil[oó]metros?|quil[oó]metros?|quil[ôó]metros?|chilometri|chilometro|kilometern?"
    r"|kilometre|kilometreden|kilometrelik|км|кілометр(?:и|ів|а|ах)?|километр(?:а|ов|ах)?|كم|كلم"
    r"|كيلومترا?ت?|كيلو\s?مترا?ت?|کیلومتر(?:ی)?|كيلومتري": 1000.0,
    r"m|mètres?|metros?|metri|metro|metern?|metre|метр(?:а|ов|ах)?|м|متر(?:ا|ات)?|متری|mt": 1.0,
    r"mil": 10000.0,  # Norwegian and Swedish "mil" is 10 km
    r"miles?|millas?|milles?|miglia|meilen?|мил(?:ь|и|і|я|ях|ям|ями)|ميلا?|مایل": 1609.344,
}

# compass stems per language (lower case) -> n/s/e/w, matched in order inside a direction word
COMPASS: dict[str, dict[str, str]] = {
    "fr": {"nord": "n", "sud": "s", "est": "e", "ouest": "w"},
    "es": {"norte": "n", "nor": "n", "sur": "s", "sud": "s", "este": "e", "oeste": "w", "oriente": "e",
           "poniente": "w"},
    "pt": {"norte": "n", "nor": "n", "sul": "s", "sud": "s", "leste": "e", "este": "e", "oeste": "w"},
    "it": {"nord": "n", "sud": "s", "est": "e", "ovest": "w"},
    "de": {"nord": "n", "nörd": "n", "süd": "s", "sued": "s", "ost": "e", "öst": "e", "west": "w"},
    "ru": {"север": "n", "юг": "s", "южн": "s", "восто": "e", "запад": "w"},
    "uk": {"північ": "n", "півден": "s", "південь": "s", "схід": "e", "сход": "e", "захід": "w", "заход": "w"},
    "ar": {"شمال": "n", "جنوب": "s", "شرق": "e", "غرب": "w"},
    "fa": {"شمال": "n", "جنوب": "s", "شرق": "e", "غرب": "w"},
    "tr": {"kuzey": "n", "güney": "s", "doğu": "e", "batı": "w"},
}

# direction words as written (regex) per language
DIRECTION: dict[str, str] = {
    # three-part points ("nord-nord-est", "северо-северо-западу", "batı-güneybatısı") take a leading part;
    # the Romance languages also write compass letters ("a 1.9 km a S da"), O for the west
    "fr": r"(?:(?:nord|sud|est|ouest)-)?(?:nord|sud)(?:[-\s]?(?:est|ouest))?|est|ouest|(?-i:[NSEO]{1,3})(?!\w)",
    "es": r"(?:(?:nor|norte|sur|este|oeste)-?)?(?:nor(?:te|-?este|-?oeste|deste)|su(?:r|r-?este|r-?oeste|deste|doeste))"
          r"|(?:(?:este|oeste)-)?(?:este|oeste)|oriente|poniente|(?-i:[NSEO]{1,3})(?!\w)",
    "pt": r"(?:(?:nor|norte|sul|su|leste|este|oeste)-?)?(?:nor(?:te|deste|oeste)|su(?:l|deste|doeste))|leste|este|oeste"
          r"|(?-i:[NSEOL]{1,3})(?!\w)",
    "it": r"(?:(?:nord|sud|est|ovest)-)?(?:nord|sud)(?:[-\s]?(?:est|ovest))?|est|ovest|(?-i:[NSEO]{1,3})(?!\w)",
    "de": r"(?:(?:nord|nörd|süd|ost|öst|west)-?){1,3}lich(?:en|e)?|nord|süd|ost|west",
    "ru": r"(?:(?:северо|юго|восточно|западно)-){0,2}(?:север|юг|восток|запад)[уаеи]?"
          r"|(?:северо-|юго-)?(?:восточнее|западнее)|севернее|южнее",
    "uk": r"(?:(?:північ|південь|схід|захід)-|(?:північн|південн|східн|західн)о-)?"
          r"(?:(?:північн(?:ий|о)|південн(?:ий|о))[-\s](?:схід|захід)|північ|південь|схід|захід)"
          r"|північніше|південніше|східніше|західніше",
    "ar": r"(?:(?:ال)?(?:شمال|جنوب|شرق|غرب)\s)?(?:(?:ال)?(?:شمال|جنوب)(?:\s?(?:ال)?(?:شرق|غرب)(?:ي|ى)?)?(?:ي|ى)?"
          r"|(?:ال)?(?:شرق|غرب)(?:ي|ى)?)",
    "fa": r"(?:(?:شمال|جنوب|شرق|غرب)\s)?(?:(?:شمال|جنوب)(?:\s?(?:شرق|غرب)(?:ی)?)?(?:ی)?|(?:شرق|غرب)(?:ی)?)",
    "tr": r"(?:(?:kuzey|güney|doğu|batı)-)?(?:(?:kuzey|güney)(?:doğu|batı)?\w*|(?:doğu|batı)\w*)",
}

# the word between the two ends of a range ("de 10 à 15 km", "від 7 до 8 км", "۱۰ تا ۱۵ کیلومتری");
# a dash joins them in every language
RANGE_WORDS: dict[str, str] = {"fr": "à", "es": "a", "pt": "a", "it": "a", "de": "bis", "ru": "до", "uk": "до",
                               "tr": "ila", "ar": "إلى|الى|و", "fa": "تا"}

# a depth right before the number ("на глубине 10 км", "على عمق 10 كم", "در عمق ۱۰ کیلومتری"): no distance
DEPTH: dict[str, str] = {
    "es": r"profundidad(?:\s+de)?", "fr": r"profondeur(?:\s+de)?", "pt": r"profundidade(?:\s+de)?",
    "it": r"profondità(?:\s+di)?", "de": r"Tiefe(?:\s+von)?", "ru": r"глубин[еаыу](?:\s+(?:в|около))?",
    "uk": r"глибин[іиау](?:\s+(?:в|у|близько))?", "ar": r"عمق", "fa": r"عمق", "tr": r"derinli\w*",
}

# compass letters as written in the Romance languages ("a S da", "NE di"): O and L are west and east
LETTERS = {"N": "n", "S": "s", "E": "e", "O": "w", "L": "e"}

# words and abbreviations for the kind of place, written between "from" and the name ("от пгт. Старый
# Крым", "від міста Варна", "عن العاصمة بيروت"): not counted as distance to the anchor, and their full
# stop does not end the sentence
PLACE_WORDS: dict[str, str] = {
    "ru": r"(?:г|с|пгт|пос|дер|ст|о|обл|р-н)\.|пгт|(?:город|посёл|посел|сел|деревн|станиц|остров|район|област|префектур"
          r"|провинци|штат|столиц|курорт|аул|хутор|округ)\w*",
    "uk": r"(?:м|с|смт|сел|обл|о)\.|смт|(?:міст|селищ|сел|сіл|острів|остров|район|област|префектур|провінці|штат"
          r"|столиц)\w*",
    "ar": r"(?:ال)?(?:مدينة|بلدة|قرية|جزيرة|منطقة|محافظة|ولاية|عاصمة)",
    "fa": r"شهرستان|شهر|روستای?|استان|بخش|جزیره|منطقه|پایتخت",
    # Turkish names the kind after the place, with the genitive or dative: "Hanya kentinin", "Çeşme İlçesi`nin"
    "tr": r"(?!ile(?!\w))(?:il|ilçe|köy|belde|kasaba|kent|şehir|şehr|bölge|ada|eyalet|mahalle|semt|vilayet)\w*(?:[`'’]\w+)?",
}

# compass points abbreviated in capitals, as seismological agencies write them ("a 1.9 km a S da",
# "al NE de"): the letters per language (German "O" is Ost, the others' is west)
ABBREVIATIONS: dict[str, dict[str, str]] = {
    "fr": {"N": "n", "S": "s", "E": "e", "O": "w"},
    "es": {"N": "n", "S": "s", "E": "e", "O": "w"},
    "pt": {"N": "n", "S": "s", "L": "e", "E": "e", "O": "w"},
    "it": {"N": "n", "S": "s", "E": "e", "O": "w", "W": "w"},
    "de": {"N": "n", "S": "s", "O": "e", "W": "w"},
}
for _lang, _letters in ABBREVIATIONS.items():
    _ns = "".join(c for c in _letters if _letters[c] in "ns")
    _ew = "".join(c for c in _letters if _letters[c] in "ew")
    DIRECTION[_lang] += rf"|(?-i:[{_ns}][{_ew}]?|[{_ew}])(?![^\W\d_])"

QUALIFIERS: dict[str, str] = {  # regex -> the English qualifier distance_range knows
    r"environ|quelque|quelques|près\s+de|unos|unas|cerca\s+de|alrededor\s+de|aproximadamente|aprox\.?"
    r"|cerca\s+di|circa|etwa|rund|ca\.|gut|около|примерно|приблизительно|близько|приблизно|حوالي|نحو|قرابة"
    r"|حدود|حدود\s+|حدوداً|yaklaşık|tahminen": "about",
    r"moins\s+de|menos\s+de|meno\s+di|weniger\s+als|менее|меньше|менш\s+ніж|أقل\s+من|کمتر\s+از": "less than",
    r"plus\s+de|más\s+de|mais\s+de|più\s+di|mehr\s+als|более|больше|понад|більше|أكثر\s+من|بیش\s+از|بیشتر\s+از"
    r"|fazla": "more than",
}

# number words (lower case) per language; digits are read in every script
NUMBER_WORDS: dict[str, dict[str, float]] = {
    "fr": {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
           "neuf": 9, "dix": 10, "dizaine de": 10, "vingtaine de": 20, "centaine de": 100, "quinze": 15, "vingt": 20, "trente": 30, "cinquante": 50, "cent": 100},
    "es": {"un": 1, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
           "ocho": 8, "nueve": 9, "diez": 10, "quince": 15, "veinte": 20, "treinta": 30, "cincuenta": 50,
           "cien": 100},
    "pt": {"um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5, "seis": 6, "sete": 7,
           "oito": 8, "nove": 9, "dez": 10, "quinze": 15, "vinte": 20, "trinta": 30, "cinquenta": 50, "cem": 100},
    "it": {"un": 1, "uno": 1, "una": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7,
           "otto": 8, "nove": 9, "dieci": 10, "sei": 6, "quindici": 15, "venti": 20, "trenta": 30, "cinquanta": 50,
           "cento": 100},
    "de": {"ein": 1, "einen": 1, "einem": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6,
           "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "fünfzehn": 15, "zwanzig": 20, "dreißig": 30,
           "fünfzig": 50, "hundert": 100},
    "ru": {"один": 1, "одного": 1, "два": 2, "двух": 2, "три": 3, "трех": 3, "трёх": 3, "пять": 5, "пяти": 5,
           "десять": 10, "десяти": 10, "двадцать": 20, "двадцати": 20, "тридцать": 30, "тридцати": 30,
           "пятьдесят": 50, "ста": 100, "сто": 100},
    "uk": {"один": 1, "одного": 1, "два": 2, "двох": 2, "три": 3, "трьох": 3, "п'ять": 5, "п’ять": 5,
           "десять": 10, "десяти": 10, "двадцять": 20, "двадцяти": 20, "тридцять": 30, "тридцяти": 30,
           "сто": 100},
    "ar": {"واحد": 1, "اثنين": 2, "ثلاثة": 3, "خمسة": 5, "عشرة": 10, "عشرين": 20, "ثلاثين": 30, "خمسين": 50,
           "مئة": 100, "مائة": 100},
    "fa": {"یک": 1, "دو": 2, "سه": 3, "پنج": 5, "ده": 10, "بیست": 20, "سی": 30, "پنجاه": 50, "صد": 100},
    "tr": {"bir": 1, "iki": 2, "üç": 3, "beş": 5, "on": 10, "yirmi": 20, "otuz": 30, "elli": 50, "yüz": 100},
}

# languages whose decimal mark is a comma ("2,5 km")
DECIMAL_COMMA = {"fr", "es", "pt", "it", "de", "ru", "uk", "tr"}

# common words that are also names of some town somewhere: never a place in that language
NOT_PLACES: dict[str, str] = {
    "fr": "un une le la les de des du et est au aux en sur ville nord sud ouest selon mais pour par dans après"
          " avant lors vers plus bien tout tous elle il ils on nous très cette ces son sa ses leur",
    "es": "un una el la los las de del y en al por con para sur norte este oeste ciudad según pero más este"
          " esta donde tras san santa hoy",
    "pt": "um uma o a os as de do da dos das e em no na ao sul norte leste oeste cidade segundo mas pelo pela"
          " mais hoje",
    "it": "un una il lo la le gli di del della e in a al da nord sud est ovest città secondo ma per più oggi"
          " come",
    "de": "ein eine der die das den dem des und in im am an von vom zu zur zum nord süd ost west stadt laut"
          " aber nach mehr heute wie bei mit",
    "ru": "в во на от к по у за из до с со при город север юг восток запад около более",
    "uk": "в у на від до по за з із біля місто північ південь схід захід понад",
    "ar": "العاصمة عاصمة في من إلى على عن مع بعد قبل شمال جنوب شرق غرب مدينة حوالي نحو كم كيلومتر متر أن إن هذا هذه التي"
          " الذي بين منطقة مركز كان كانت هزة جديد جديدة أنه رصد بيان وقع زلزال قوة عمق سكان حيث",
    "fa": "پایتخت در از به با که این آن شمال جنوب شرق غرب شهر استان کیلومتر متر حدود بین تا را و مرکز بوده زلزله"
          " عمق شده است نیز گزارش",
    "tr": "bir ve bu da de ile için il ilçe kuzey güney doğu batı merkez yaklaşık km",
}


def not_places(lang: str) -> frozenset[str]:
    """Folded words never taken as places in ``lang``."""
    from .fold import fold

    return frozenset(fold(w) for w in NOT_PLACES.get(lang, "").split())
