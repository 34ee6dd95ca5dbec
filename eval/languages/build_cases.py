"""Writes cases.jsonl: real distance statements quoted exactly from public news pages (see README.md)."""
import json
from pathlib import Path

C = []


def case(lang, url, quote, anchor, km, bearing):
    C.append({"lang": lang, "url": url, "quote": quote, "anchor": anchor, "distance_m": round(km * 1000, 3),
              "bearing_deg": bearing})


u = "https://www.atlasinfo.fr/Un-seisme-de-magnitude-71-frappe-le-sud-de-l-ocean-Indien_a67262.html?print=1"
case("fr", u, "La terre a tremblé samedi à 06H24 (22H24 GMT vendredi), à environ 3.100 km au sud-ouest de la ville australienne de Perth et un millier de km de l’archipel inhabité des îles Heard-et-MacDonald, selon l’USGS.", "Perth", 3100, 225.0)
u = "https://www.rtbf.be/info/monde/detail_plusieurs-tremblements-de-terre-ont-eu-lieu-aux-quatre-coins-du-monde-ces-derniers-jours?id=10622378"
case("fr", u, "Rahmat Triyono, responsable du centre des tremblements de terre et des tsunamis de l’agence, a déclaré que l’épicentre était situé à environ 234 kilomètres à l’ouest de Saumlaki, une ville de l’île de Yamdena dans la province de Maluku, et s’est produit à une profondeur de 197 kilomètres dans la mer de Banda, dans l’est de l’Indonésie.", "Saumlaki", 234, 270.0)
u = "https://www.rtn.ch/rtn/Actualites/Internationale/Ocean-Indien-ephemere-alerte-au-tsunami-apres-un-tres-fort-seisme.html"
case("fr", u, "Le séisme a eu lieu à 10h38 (heure suisse), à 23 km de profondeur et à environ 430 km au sud-ouest de Banda Aceh, selon l'Institut américain de géophysique (USGS).", "Banda Aceh", 430, 225.0)
u = "https://atlasinfo.fr/?p=56643"
case("fr", u, "Le dépôt de munitions de Vimy, dit de la Gueule d’Ours, situé à une dizaine de kilomètres au sud de la ville de Lens, sert de stockage à plusieurs calibres de munitions, dont certaines à caractère chimique.", "Lens", 10, 180.0)

u = "https://meganoticias.cl/nacional/460308-temblor-sismo-epicentro-hoy-magnitud-zona-norte-region-tarapaca-brk-28-09-2024.html"
case("es", u, "De acuerdo a los datos entregados por el organismo, el epicentro del temblor se ubicó a 41 km al suroeste de Patache, en la región de Tarapacá, con una profundidad de 69 km.", "Patache", 41, 225.0)
u = "https://www.meganoticias.cl/nacional/413344-sismo-epicentro-zona-norte-pais-07-05-2023.html"
case("es", u, "De acuerdo a los datos entregados por el organismo, el epicentro se ubicó a 19 km al este de Calama, en la región de Antofagasta, con una profundidad de 114 km.", "Calama", 19, 90.0)
u = "https://radioceleste.cl/2013/05/fuerte-sismo-afecto-la-region-de.html"
case("es", u, "Según el Servicio Geológico de Estados Unidos (USGS), el epicentro del movimiento telúrico se ubicó a 167 kilómetros al noroeste de Vallenar y a una profundidad de 9,9 kilómetros.", "Vallenar", 167, 315.0)
u = "https://www.24horas.cl/regiones/zona-norte/antofagasta/sismo-se-registra-en-la-zona-norte-del-pais-antofagasta-temblor"
case("es", u, "En cuanto al epicentro, estuvo localizado en zona continental y, según Sismología, a 55 kilómetros al sureste de la ciudad de Antofagasta.", "Antofagasta", 55, 135.0)
u = "https://www.larepublica.ec/blog/2018/01/21/temblor-35-grados-sacudio-tabacundo/"
case("es", u, "Quito (EFE).- Un temblor de 3,5 grados de magnitud sacudió hoy la zona andina de Tabacundo, situada a unos 60 kilómetros al norte de Quito, sin que hasta el momento se haya informado de víctimas ni daños materiales.", "Quito", 60, 0.0)
u = "https://meganoticias.cl/amp/nacional/459735-temblor-sismo-chile-norte-epicentro-socaire-brk-24-9-2024.html"
case("es", u, "De acuerdo a los datos entregados por el organismo, el epicentro del temblor se ubicó a 57 km al sur de Socaire, en la región de Antofagasta, con una profundidad de 225 km.", "Socaire", 57, 180.0)
u = "http://www.elmostrador.cl/noticias/pais/2007/12/16/fuerte-sismo-62-grados-de-magnitud-richter-afecto-al-norte-chileno/"
q = "Según el Instituto de Sismología de la Universidad de Chile, el sismo de este domingo ocurrió a las 05:09:17 horas (08:09:17 GMT) y su epicentro fue situado a 42,2 kilómetros de profundidad y a 33 kilómetros al noreste de Mejillones, a 1.433 kilómetros al norte de Santiago."
case("es", u, q, "Mejillones", 33, 45.0)
case("es", u, q, "Santiago", 1433, 0.0)
u = "https://www.elpais.com.co/mundo/sismo-de-5-1-grados-sacudio-la-region-de-antofagasta-en-chile.html"
case("es", u, "El temblor se produjo a las 08:42 a.m. hora local y su epicentro se localizó a 76 kilómetros al noroeste de la localidad de Baquedano, en Chile, sin ocasionar víctimas o daños visibles, según informaron las autoridades.", "Baquedano", 76, 315.0)
u = "https://www.meganoticias.cl/nacional/505292-temblor-sismo-epicentro-magnitud-hoy-jueves-zona-norte-region-atacama-13-11-2025.html"
case("es", u, "De acuerdo a los datos entregados por el organismo, el epicentro del temblor se ubicó a 106 km al noreste de Alto del Carmen, en la región de Atacama, con una profundidad de 114 km.", "Alto del Carmen", 106, 45.0)
u = "https://eltiempomx.com/a/379274-sismo-de-magnitud-62-remece-la-zona-centro-y-norte-de-chile"
case("es", u, "El organismo indicó que el epicentro se registró a las 20:48 hora local del miércoles, 11 kilómetros al sur-este de Tongoy, a unos 430 kilómetros al norte de la capital, en la costa chilena.", "Tongoy", 11, 135.0)

u = "https://www.vulkane.net/blogmobil/category/erdbeben/page/102"
case("de", u, "Das Epizentrum befand sich 11 km östlich von La Bourboule und 27 km süd-süd-westlich des bekannteren Ortes Clermont-Ferrand.", "La Bourboule", 11, 90.0)
u = "https://www.vulkane.net/blogmobil/tag/tonga/page/3"
case("de", u, "Das Epizentrum wurde 274 km südlich von Vaini lokalisiert.", "Vaini", 274, 180.0)
case("de", u, "Das Epizentrum wurde 10 km nord-nordwestlich von Acireale festgestellt.", "Acireale", 10, 337.5)
u = "https://www.vulkane.net/blogmobil/page/192/"
case("de", u, "Das Epizentrum wurde 5 km südöstlich von Vaduz in Liechtenstein lokalisiert.", "Vaduz", 5, 135.0)
u = "https://seismoblog.de/2013/04/05/starkes-erdbeben-an-der-ostkueste-von-russland-in-der-naehe-zur-chinesischen-grenze"
q = "Das Epizentrum lag ca. 9 km nördlich von Zarubino (Russland), ca. 28 km südwestlich von Slavyanka (Russland), ca. 62 km ostnordöstlich von Aoji-ri (Nordkorea) und ca. 63 km ostsüdöstlich von Hunchun (China) entfernt."
case("de", u, q, "Zarubino", 9, 0.0)
case("de", u, q, "Hunchun", 63, 112.5)
u = "https://seismoblog.de/?p=11763"
q = "Das Epizentrum lag ca. 3 km nordwestlich von Castelmassa (Italien), ca. 16 km südwestlich von Badia Polesine (Italien), ca. 34 km nordwestlich von Ferrara (Italien), ca. 55 km nördlich von Bologna (Italien) entfernt."
case("de", u, q, "Ferrara", 34, 315.0)
case("de", u, q, "Bologna", 55, 0.0)
u = "https://www.vulkane.net/blogmobil/tag/kermadec/page/2/"
case("de", u, "Das Epizentrum wurde 117 km östlich von Cuenca verortet.", "Cuenca", 117, 90.0)
case("de", u, "Das Epizentrum lag 37 km nördlich von Sola auf der Insel Vanua Lava.", "Sola", 37, 0.0)

u = "https://tvoi-noski.ru/y-kyril-zafiksirovali-zemletriasenie-magnitydoi-5-7-svejie-novosti"
case("ru", u, "Это в 263 километрах севернее города Северо-Курильск (райцентр на острове Парамушир).", "Северо-Курильск", 263, 0.0)
u = "https://service-kms.ru/y-poberejia-severnyh-kyril-proizoshlo-zemletriasenie-magnitydoi-5-4"
case("ru", u, "Эпицентр располагался в 78 километрах к юго-востоку от Северо-Курильска.", "Северо-Курильска", 78, 135.0)
u = "https://1news.az/news/20250830094202900-Zemletryasenie-magnitudoi-5-2-proizoshlo-vblizi-severnykh-Kuril"
case("ru", u, "Эпицентр располагался в 94 км восточнее города Северо-Курильска на острове Парамушир", "Северо-Курильска", 94, 90.0)
u = "https://kp.ua./politics/371394-sylnoe-zemletriasenye-proyzoshlo-vozle-severnykh-kuryl"
case("ru", u, "Эпицентр землетрясения, находился примерно в 400 километрах к югу от Петропавловска-Камчатского и в 140 километрах от ближайшего населенного пункта — Северо-Курильска Сахалинской области.", "Петропавловска-Камчатского", 400, 180.0)
u = "https://iinews.ru/zemletryasenie-magnitudoj-54-proizoshlo-u-severnyx-kuril-iinews"
case("ru", u, "Это в 165 километрах южнее города Северо-Курильска (райцентр на Итурупе.", "Северо-Курильска", 165, 180.0)
u = "https://argumenti.mirtesen.ru/blog/43201007021/U-poberezhya-Severnyih-Kuril-proizoshlo-zemletryasenie-magnitudo?utm_referrer=mirtesen.ru"
case("ru", u, "Очаг землетрясения залегал на глубине 41 км, эпицентр находился в Тихом океане в 158 км южнее города Северо-Курильск на острове Парамушир.", "Северо-Курильск", 158, 180.0)
u = "http://zonalife.ru/priroda/zemletryaseniya/silnoe-zemletryasenie-ostavilo-bez-sveta-zhitelej-severo-kurilska.html"
case("ru", u, "Эпицентр землетрясения находился примерно в 130 км восточнее города Северо-Курильска, очаг залегал на глубине почти 19 км под морским дном.", "Северо-Курильска", 130, 90.0)

u = "https://unn.ua/news/zemletrus-stavsya-na-uzberezhzhi-dagestanu"
case("uk", u, "Епіцентр підземних поштовхів знаходився в 47 кілометрах на північний захід від міста Джаяпура.", "Джаяпура", 47, 315.0)
u = "https://24tv.ua/krimu-pivdenno-shidniy-chastini-ukrayini-vidchuli-zemletrus_n3000966"
q = "Розташований він був приблизно за 78 кілометрів від Керчі та 35 кілометрів від міста Щолкіне."
case("uk", u, q, "Керчі", 78, None)
case("uk", u, q, "Щолкіне", 35, None)

u = "https://www.libyaakhbar.com/libya-news/1187701.html"
case("ar", u, "اليوم الثلاثاء، تسجيل هزة أرضية في البحر المتوسط على بعد 250 كلم شمال شرق مدينة\n\nطبرق بلغت قوتها 4.5 درجة على مقياس ريختر، مشيرا إلى أن الهزة الأرضية سجلتها محطات", "طبرق", 250, 45.0)
u = "https://www.samapress.org/?p=35636&amp=1"
case("ar", u, "وأوضحت أن مركز الزلزال كان في المحيط الهادئ على عمق 40 كيلومترا، وعلى بعد 187 كيلومترا جنوب شرق جزيرة سيموشير.", "سيموشير", 187, 135.0)
case("ar", u, "من جهته، أعلن مركز رصد الزلازل الأوروبي المتوسطي (EMSC) وقوع زلزال أقوى قبالة سواحل فيجي بقوة 6.7 درجة، على عمق 18 كيلومترا ويقع على بعد 588 كيلومترا جنوب غربي مدينة سوفا، دون ورود تقارير عن أضرار أو ضحايا أو احتمال تسونامي.", "سوفا", 588, 225.0)
case("ar", u, "وأشار المركز إلى وقوع زلزال آخر يوم 27 مارس الجاري، قبالة سواحل جزيرة فانواتو في المحيط الهادئ بقوة 6.7 درجة، وعمق 18 كيلومترا ويبعد 496 كيلومترا عن مدينة إيسانجيل، دون ورود تقارير عن تسونامي أو ضحايا.", "إيسانجيل", 496, None)
u = "https://www.aljazeera.net/news/2023/1/2/%D8%B2%D9%84%D8%B2%D8%A7%D9%84-%D8%A8%D9%82%D9%88%D8%A9-5-4-%D8%AF%D8%B1%D8%AC%D8%A9-%D9%8A%D8%B6%D8%B1%D8%A8-%D8%B4%D9%85%D8%A7%D9%84-%D9%83%D8%A7%D9%84%D9%8A%D9%81%D9%88%D8%B1%D9%86%D9%8A%D8%A7"
case("ar", u, "ضرب زلزال جديد بقوة 5.4 درجات شمال ولاية كاليفورنيا الأميركية، على بعد 15 كيلومترا جنوب شرقي منطقة ريو دل، وهي منطقة لا تزال تتعافى من آثار زلزال قوي وقع قبل 10 أيام.", "ريو دل", 15, 135.0)
u = "https://www.masralaaan.com/302413"
q = "وأوضح مركز رصد الزلازل الأوروبي المتوسطي، أنه تم تسجيل الزلزال على بعد 301 كيلومترًا غرب مدينة تشيكو التي يبلغ عدد سكانها 121 ألف نسمة و97 كيلومترًا جنوب غرب مدينة فورتونا التي يبلغ عدد سكانها 12 ألف نسمة."
case("ar", u, q, "تشيكو", 301, 270.0)
case("ar", u, q, "فورتونا", 97, 225.0)
u = "https://kiosque24.com/%d8%b2%d9%84%d8%b2%d8%a7%d9%84-%d8%a8%d9%82%d9%88%d8%a9-5-%d8%af%d8%b1%d8%ac%d8%a7%d8%aa-%d9%8a%d8%b6%d8%b1%d8%a8-%d8%b4%d9%85%d8%a7%d9%84-%d8%aa%d8%b4%d9%8a%d9%84%d9%8a/"
case("ar", u, "وأفادت هيئة المسح الجيولوجي الأمريكية في بيان، أن مركز الزلزال وقع على بعد 54 كيلومترا من مدينة لا سيرينا في الإقليم، وعلى عمق 40.7 كيلومترا .", "لا سيرينا", 54, None)
u = "https://arabkhabar.com/a/587654"
case("ar", u, "وأفادت هيئة المسح الجيولوجي الأمريكية، في بيان لها، بأن الزلزال وقع على بعد 246 كيلومترًا من سايبن وعلى عمق عشرة كيلومترات.", "سايبن", 246, None)
case("ar", u, "وضرب الزلزال منطقة تقع على بعد 16 كيلومترًا شمال غرب مدينة ساغاينغ على عمق 10 كيلومترات، قرابة الساعة 06:20 بتوقيت غرينتش، بحسب الهيئة.", "ساغاينغ", 16, 315.0)

u = "https://vaghtesobh.ir/fa/amp/news-5910"
q = "نزدیکترین شهرها به محل این زلزله: ۲۲ کیلومتری مردهک، ۲۵ کیلومتری رودبار و ۲۶ کیلومتری عنبرآباد از توابع استان کرمان بوده است."
case("fa", u, q, "مردهک", 22, None)
case("fa", u, q, "رودبار", 25, None)
case("fa", u, q, "عنبرآباد", 26, None)
q = "نزدیکترین مراکز استان به این زلزله نیز ۲۰۳ کیلومتری بندرعباس و ۲۴۱ کیلومتری کرمان گزارش شده است."
case("fa", u, q, "بندرعباس", 203, None)
case("fa", u, q, "کرمان", 241, None)
u = "https://bartarinha.ir/بخش-%D8%A7%D8%AE%D8%A8%D8%A7%D8%B1-%D8%B1%D9%88%D8%B2-20/1118966-%D8%B2%D9%84%D8%B2%D9%84%D9%87-%D9%86%D8%B3%D8%A8%D8%AA%D8%A7-%D8%B4%D8%AF%DB%8C%D8%AF%DB%8C-%D8%AE%D8%B1%D8%A7%D8%B3%D8%A7%D9%86-%D8%B4%D9%85%D8%A7%D9%84"
case("fa", u, "نزدیکترین شهرها به محل وقوع این زمین لرزه، سنخواست واقع در ۱۵ کیلومتری، شوقان در ۲۱ کیلومتری و نیز قاضی در ۳۳ کیلومتری در استان خراسان شمالی گزارش شده است.", "سنخواست", 15, None)
u = "https://idman.ir/?p=13710"
q = "نزدیکترین شهرها به محل وقوع این زلزله ۱۰ کیلومتری خانوک  و ۱۴ کیلومتری زرند بودند."
case("fa", u, q, "خانوک", 10, None)
case("fa", u, q, "زرند", 14, None)
u = "https://iribnews.ir/fa/amp/news/2702437"
case("fa", u, "نزدیکترین شهر به مرکز این زمین لرزه کلات در ۱۲ کیلومتری مرکز وقوع آن است.", "کلات", 12, None)
u = "https://fardanews.com/بخش-%D8%AC%D8%A7%D9%85%D8%B9%D9%87-80/436077-%D8%B2%D9%84%D8%B2%D9%84%D9%87-%D8%B1%DB%8C%D8%B4%D8%AA%D8%B1%DB%8C-%D9%88%D8%B1%D8%B2%D9%82%D8%A7%D9%86-%D8%B1%D8%A7-%D9%84%D8%B1%D8%B2%D8%A7"
q = "مرکزیت این زلزله، 13 کیلومتر با مرکز شهر ورزقان، 28 کیلومتر با مرکز شهر خواجه و 35 کیلومتر با مرکز شهر اهر آذربایجان شرقی فاصله داشته است."
case("fa", u, q, "ورزقان", 13, None)
case("fa", u, q, "اهر", 35, None)

u = "https://samsunbulten.com/amp/karadenizde-4-5-buyuklugunde-deprem_1702.html"
case("tr", u, "Depremin merkez üssünün İstanbul'un 134 kilometre kuzeyi olduğu açıklandı.", "İstanbul", 134, 0.0)
u = "https://www.cumhuriyet.com.tr/haber/karadenizde-deprem-410352"
case("tr", u, "Boğaziçi Üniversitesi (BÜ) Kandilli Rasathanesi ve Deprem Araştırma Enstitüsü'ne (KRDAE) bağlı Ulusal Deprem İzleme Merkezi Müdürü Doğan Kalafat, İstanbul Boğazı açıklarında Kilyos'a yaklaşık 97 kilometre uzaklıkta Karadeniz'de saat 14.44'te hafif şiddette deprem meydana geldiğini hatırlattı.", "Kilyos", 97, None)
case("tr", u, "''Depremin dış merkezi Karadeniz olup, İstanbul'a yaklaşık 116 kilometre uzaklıktadır.", "İstanbul", 116, None)

u = "http://larampadinapoli.com/2017/09/11/terremoto-scossa-nel-centro-italia/"
case("it", u, "Il terremoto è stato registrato dalle stazioni della rete sismica dell'Istituto nazionale di Geofisica ed è stato localizzato con epicentro a sei chilometri a nord di Morfasso.", "Morfasso", 6, 0.0)
q = "Nonostante la comprensibile paura degli abitanti della zona, non sarebbero stati segnalati al momento danni a cose e/o persone e nel dettaglio il terremoto era stato localizzato a 21 km a Nord Ovest di Ravenna, a 39 km a Nord Est di faenza e a 41 Km a Nord Est di Imola."
case("it", u, q, "Ravenna", 21, 315.0)
case("it", u, q, "faenza", 39, 45.0)
case("it", u, q, "Imola", 41, 45.0)
u = "https://www.95047.it/fortissima-scossa-di-terremoto-con-epicentro-santa-maria-di-licodia-i-dati"
case("it", u, "L'evento risulta localizzato a 1.9 km a S da Santa Maria di Licodia.", "Santa Maria di Licodia", 1.9, 180.0)
u = "https://www.ilredattore.it/mappa-mondo/13102-terremoto-ancora-una-forte-scossa-nella-notte.html"
case("it", u, "L'epicentro è stato localizzato a 2 km di distanza da Pieve Torina; 11-12 km da Visso, Ussita e Camerino; 17 da Preci (Perugia).", "Pieve Torina", 2, None)
u = "https://urbanpost.it/terremoto-in-centro-italia-scossa-magnitudo-3-7-a-teramo/"
case("it", u, "L’epicentro del sisma, come rilevato dall’Istituto Nazionale di Geofisica e Vulcanologia (INGV), a 3,46 km dal comune di Valle Castellana e 5,07 da quello di Rocca Santa Maria.", "Valle Castellana", 3.46, None)

u = "https://g1.globo.com/go/goias/noticia/2022/04/15/moradores-se-assustam-com-tremor-de-terra-em-mara-rosa-e-estrela-do-norte-em-goias.ghtml"
q = "Segundo o professor da UnB, o epicentro do terremoto foi a 11 km de distância do centro de Estrela do Norte e 30 km de Mara Rosa."
case("pt", u, q, "Estrela do Norte", 11, None)
case("pt", u, q, "Mara Rosa", 30, None)
u = "http://gcnoticias.com.br/geral/terremoto-de-39-graus-e-registrado-no-nortao/2794184"
case("pt", u, "O Observatório Sismológico da Universidade de Brasília (UnB) confirmou um tremor de terra com magnitude de 3,9 graus na Escala Richter, próximo ao município de Tabaporã (150 km de Sinop).", "Sinop", 150, None)
u = "http://www.cearaagora.com.br/site/terremoto-na-bolivia-e-sentido-em-cidades-do-sudeste-e-centro-oeste-do-brasil/"
case("pt", u, "Conforme o serviço sismológico dos EUA, o USGS, o terremoto aconteceu às 9h40 pela hora local (10h40 de Brasília) e teve epicentro no sul boliviano, a 13 km de uma localidade chamada Carandayti, com uma profundidade de 557 km.", "Carandayti", 13, None)

u = "https://catnat.net/veille-catastrophes-naturelles/veille-des-catastrophes-naturelles/en-bref/26370-seisme-sous-marin-de-magnitude-6-6-en-extreme-orient-russe"
case("fr", u, "L’épicentre a été localisé à 152 km au nord-ouest de Nikolskoïe, dans les îles du Commandeur, à une profondeur d’environ 33 km.", "Nikolskoïe", 152, 315.0)
u = "https://fr.sputniknews.africa/20201220/puissant-seisme-pres-des-cotes-japonaises--1044962344.html"
case("fr", u, "Un tremblement de terre de magnitude 6,2 s'est produit ce dimanche 20 décembre, à 17h23 UTC, près de l'île japonaise de Honshu, à 151 km à l'ouest de la ville d'Aomori, a annoncé l'Institut d'études géologiques des États-Unis (USGS).", "Aomori", 151, 270.0)
u = "https://kutluhaber.com/4-buyuklugunde-yeni-bir-deprem-yasandi.html"
case("tr", u, "Depremin merkez üssü olan Demre’ye 267,88 kilometre mesafede gerçekleştiği ve derinliğinin 7,6 kilometre olduğu kaydedildi.", "Demre", 267.88, None)
case("tr", u, "Dün de Akdeniz’de Mersin’in Silifke ilçesine 60 kilometre uzaklıkta 3.8 büyüklüğünde bir deprem gerçekleşmişti.", "Silifke", 60, None)

out = Path(__file__).with_name("cases.jsonl")
out.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in C), encoding="utf-8")
print(len(C), "cases")
