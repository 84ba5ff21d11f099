"""Cities and their real administrative districts, weighted by population.

English names are the values stored in the warehouse (and what users type in questions);
Russian names let the question parser match «Невский район» to ``Nevsky``. Weights are
approximate resident populations in thousands (2021–2024 estimates): only their ratios
matter, but keeping them in real units makes them easy to check against public figures.
"""

from typing import NamedTuple


class District(NamedTuple):
    name_en: str
    name_ru: str
    population_k: int


class City(NamedTuple):
    name_en: str
    name_ru: str
    districts: tuple[District, ...]

    @property
    def population_k(self) -> int:
        """A city's weight is the sum of its districts', so the two can never disagree."""
        return sum(district.population_k for district in self.districts)


SAINT_PETERSBURG = City(
    "Saint Petersburg",
    "Санкт-Петербург",
    (
        District("Admiralteysky", "Адмиралтейский", 157),
        District("Vasileostrovsky", "Василеостровский", 209),
        District("Vyborgsky", "Выборгский", 530),
        District("Kalininsky", "Калининский", 538),
        District("Kirovsky", "Кировский", 340),
        District("Kolpinsky", "Колпинский", 195),
        District("Krasnogvardeysky", "Красногвардейский", 358),
        District("Krasnoselsky", "Красносельский", 420),
        District("Kronshtadtsky", "Кронштадтский", 44),
        District("Kurortny", "Курортный", 82),
        District("Moskovsky", "Московский", 350),
        District("Nevsky", "Невский", 530),
        District("Petrogradsky", "Петроградский", 125),
        District("Petrodvortsovy", "Петродворцовый", 145),
        District("Primorsky", "Приморский", 590),
        District("Pushkinsky", "Пушкинский", 230),
        District("Frunzensky", "Фрунзенский", 405),
        District("Tsentralny", "Центральный", 210),
    ),
)

MOSCOW = City(
    "Moscow",
    "Москва",
    (
        District("Central", "Центральный", 770),
        District("Northern", "Северный", 1190),
        District("North-Eastern", "Северо-Восточный", 1420),
        District("Eastern", "Восточный", 1510),
        District("South-Eastern", "Юго-Восточный", 1430),
        District("Southern", "Южный", 1790),
        District("South-Western", "Юго-Западный", 1440),
        District("Western", "Западный", 1400),
        District("North-Western", "Северо-Западный", 1000),
        District("Zelenogradsky", "Зеленоградский", 250),
        District("Novomoskovsky", "Новомосковский", 420),
        District("Troitsky", "Троицкий", 150),
    ),
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
        District("Sovetsky", "Советский", 145),
        District("Tsentralny", "Центральный", 80),
    ),
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
