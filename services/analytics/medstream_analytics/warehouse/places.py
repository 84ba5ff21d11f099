"""The synthetic warehouse's cities and their real administrative districts, with names.

``name_en`` is the value stored in the warehouse; ``name_ru`` and ``aliases`` are what
people type («СПб», «Питер», «ЦАО»). The generator writes them into the warehouse's
``names`` table, and the question engine learns them from the catalog read from there, as it
would the places of an imported warehouse. Inflected forms («в Санкт-Петербурге») need no
entry: the parser compares word lemmas. Weights are approximate resident populations in thousands
(2021–2024 estimates); the warehouse generator spreads patients by them, and keeping them
in real units makes them easy to check against public figures.
"""

from typing import NamedTuple


class District(NamedTuple):
    name_en: str
    name_ru: str
    population_k: int
    aliases: tuple[str, ...] = ()
    unit: str = "district"


def okrug(name_en: str, name_ru: str, population_k: int, aliases: tuple[str, ...] = ()) -> District:
    """A Moscow administrative okrug: named «… административный округ», "… Okrug"."""
    return District(name_en, name_ru, population_k, aliases, "okrug")


class City(NamedTuple):
    name_en: str
    name_ru: str
    districts: tuple[District, ...]
    aliases: tuple[str, ...] = ()

    @property
    def population_k(self) -> int:
        """A city's weight is the sum of its districts', so the two can never disagree."""
        return sum(district.population_k for district in self.districts)


SAINT_PETERSBURG = City(
    "Saint Petersburg",
    "Санкт-Петербург",
    (
        District("Admiralteysky", "Адмиралтейский", 157),
        District("Vasileostrovsky", "Василеостровский", 209, ("Vasilyevsky Island", "Васька")),
        District("Vyborgsky", "Выборгский", 530),
        District("Kalininsky", "Калининский", 538),
        District("Kirovsky", "Кировский", 340),
        District("Kolpinsky", "Колпинский", 195, ("Kolpino", "Колпино")),
        District("Krasnogvardeysky", "Красногвардейский", 358),
        District("Krasnoselsky", "Красносельский", 420),
        District("Kronshtadtsky", "Кронштадтский", 44, ("Kronstadt", "Кронштадт")),
        District("Kurortny", "Курортный", 82),
        District("Moskovsky", "Московский", 350),
        District("Nevsky", "Невский", 530),
        District("Petrogradsky", "Петроградский", 125, ("Petrogradka", "Петроградка")),
        District("Petrodvortsovy", "Петродворцовый", 145, ("Peterhof", "Петергоф")),
        District("Primorsky", "Приморский", 590),
        District("Pushkinsky", "Пушкинский", 230, ("Pushkin", "Пушкин")),
        District("Frunzensky", "Фрунзенский", 405),
        District("Tsentralny", "Центральный", 210),
    ),
    (
        "St. Petersburg",
        "St Petersburg",
        "Sankt Petersburg",
        "Sankt-Peterburg",
        "Petersburg",
        "SPb",
        "СПб",
        "Питер",
        "Петербург",
        "Санкт Петербург",
    ),
)

MOSCOW = City(
    "Moscow",
    "Москва",
    (
        okrug("Central", "Центральный", 770, ("CAO", "ЦАО")),
        okrug("Northern", "Северный", 1190, ("SAO", "САО")),
        okrug("North-Eastern", "Северо-Восточный", 1420, ("SVAO", "СВАО")),
        okrug("Eastern", "Восточный", 1510, ("VAO", "ВАО")),
        okrug("South-Eastern", "Юго-Восточный", 1430, ("YuVAO", "ЮВАО")),
        okrug("Southern", "Южный", 1790, ("YuAO", "ЮАО")),
        okrug("South-Western", "Юго-Западный", 1440, ("YuZAO", "ЮЗАО")),
        okrug("Western", "Западный", 1400, ("ZAO", "ЗАО")),
        okrug("North-Western", "Северо-Западный", 1000, ("SZAO", "СЗАО")),
        okrug("Zelenogradsky", "Зеленоградский", 250, ("Zelenograd", "Зеленоград", "ЗелАО")),
        okrug("Novomoskovsky", "Новомосковский", 420, ("NAO", "НАО")),
        okrug("Troitsky", "Троицкий", 150, ("TAO", "ТАО", "Troitsk", "Троицк")),
    ),
    ("MSK", "Мск"),
)

NOVOSIBIRSK = City(
    "Novosibirsk",
    "Новосибирск",
    (
        District("Dzerzhinsky", "Дзержинский", 160),
        District("Zheleznodorozhny", "Железнодорожный", 70),
        District("Zayeltsovsky", "Заельцовский", 165),
        District("Kalininsky", "Калининский", 195),
        District("Kirovsky", "Кировский", 195),
        District("Leninsky", "Ленинский", 320),
        District("Oktyabrsky", "Октябрьский", 220),
        District("Pervomaysky", "Первомайский", 85),
        District("Sovetsky", "Советский", 145, ("Akademgorodok", "Академгородок")),
        District("Tsentralny", "Центральный", 80),
    ),
    ("NSK", "Новосиб", "НСК"),
)

YEKATERINBURG = City(
    "Yekaterinburg",
    "Екатеринбург",
    (
        District("Akademichesky", "Академический", 150),
        District("Verkh-Isetsky", "Верх-Исетский", 200),
        District("Zheleznodorozhny", "Железнодорожный", 160),
        District("Kirovsky", "Кировский", 230),
        District("Leninsky", "Ленинский", 140),
        District("Oktyabrsky", "Октябрьский", 150),
        District("Ordzhonikidzevsky", "Орджоникидзевский", 300),
        District("Chkalovsky", "Чкаловский", 220),
    ),
    ("Ekaterinburg", "Yekaterinburg", "EKB", "Екб", "Ебург", "Ёбург"),
)

KAZAN = City(
    "Kazan",
    "Казань",
    (
        District("Aviastroitelny", "Авиастроительный", 120),
        District("Vakhitovsky", "Вахитовский", 90),
        District("Kirovsky", "Кировский", 120),
        District("Moskovsky", "Московский", 130),
        District("Novo-Savinovsky", "Ново-Савиновский", 225),
        District("Privolzhsky", "Приволжский", 270),
        District("Sovetsky", "Советский", 310),
    ),
)

CITIES: tuple[City, ...] = (MOSCOW, SAINT_PETERSBURG, NOVOSIBIRSK, YEKATERINBURG, KAZAN)
CITIES_BY_NAME: dict[str, City] = {city.name_en: city for city in CITIES}
