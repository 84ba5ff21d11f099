"""Words that carry no meaning of their own for the parser, in English and Russian.

A question's words that are neither phrases of the lexicon nor stop words are "content":
the parser tries to recognise them (a misspelt place, an unknown diagnosis). Title words
in ``GENERIC_TITLE_WORDS`` are too common to point at one diagnosis ("acute", «другие»).
"""

from collections.abc import Iterator, Set
from functools import cached_property

from medstream_questions.text import stems_of

_STOPWORDS = """
the a an in on at for of with by and or to from was were is are be been being there their
this that these those what which who whom how many much show me give list tell please i we
you it its do does did have has had year years month months quarter period time during
between among per each any all than more most less also only about as into over under within
across can could would should will get lets let let's us our my your want need know find see
thanks thank general detail details particular order overall whole day days week weeks ever
so such same other there here whose code codes icd10 в во на за по с со от до из у к ко и
или а но что как какой какая какое какие каких каком какую кто где когда был была было были
есть это этот эта эти тот та те все всех весь вся мне нам нас покажи покажите показать
выведи выведите дай дайте скажи скажите назови назовите пожалуйста хочу хотим узнать нужно
надо ли же бы не нет да год года году лет месяц месяца месяце квартал квартала квартале
период периоде время среди для при о об про через между после перед также ещё еще только
самый наиболее больше меньше целом день дня неделю спасибо был каждый каждом каждого их его
ее код коду кодом кода диагнозом диагнозу
highest lowest biggest largest smallest most least care treatment treated sick ill
лечение лечения лечению болел болела болело болели заболел заболела заболело заболели
заболевших болеющих
except excluding exclude apart besides without outside non not counting including
кроме исключением исключая исключив считая учета учёта включая без вне
leaving leave left out anything else исключить вычетом если where if whether
recorded logged documented зафиксировано зафиксированы зафиксирован отмечено
happened happen happens occurred occur took clinic clinics hospital hospitals наш наши наших нашей
нашем клиника клиники клиник клиниках больница больницы больниц больницах разных разные
различных хотя раз once теперь сейчас now but поводу повод account accounted aside
separate individual ever которые который которая которых го often answer percent
everything anything related ones minus instead вместо группы группе группа
брать беря расчет расчёт внимание принимая счет счёт
wat wot wut считать учитывая
went go goes gone came come got getting seen saw made paid medical help медпомощью
медицинской помощью помощь помощи make makes какова каков каковы ones вместе together combined
момент moment pls plz please. включительно inclusive inclusively обращались обратились
обращалось обратилось обращался обратился один одна одно одного одну стоит стоил стоила
both them they themselves такого такой таких такие такая такое такому таким этих них ними
оба обе обоих обеих тех чё чо че вышло вышла вышли
ignoring disregarding barring omitting excepting save убрав убрать выкинув отбросив
включать учитывать
lol lmao haha btw thx pls plz плиз пж спс плз ок ok okay
descending убыванию sorted sort order like possible kindly wondering curious interested
лиц лица смысле имею виду band bands bracket brackets wide network-wide ran up gimme ie eg
yo whats what's hey hi advance pull volume right single singles every everyone pair couple
handled handle traffic quick carried carry some just out пересчете пересчёте выходит attended
уник рубрика рубрики вся знаменатель denominator числитель numerator
возьмите возьми взять берем берём take drop dropping remove removing once led lead
"""

_GENERIC_TITLE_WORDS = """
other unspecified acute chronic disease diseases disorder disorders of and the with without
in due to not elsewhere classified specified certain organism virus identified site sites
multiple malignant neoplasm benign infection infections syndrome syndromes injury fracture
level lower upper including except type origin unknown condition другие другой другая
неуточненный неуточненная неуточненные острый острая острые хронический хроническая болезнь
болезни расстройства нарушения и в с без при не других рубриках классифицированные
уточненные вызванные вызванный вирус злокачественное новообразование доброкачественное
инфекции инфекция синдром синдромы травма перелом уровне локализации типа происхождения
поражения формы состояния области
"""


class Stems(Set[str]):
    """The stems of a word list, worked out on first use.

    Stemming a Russian word loads pymorphy3's dictionaries (~14 MB of RSS); stemming word
    lists at import made every process that imports the question engine hold them, the
    analytics service too, which only reads a question when an event arrives without its
    plan. A set as far as ``in``, iteration and ``len`` go.
    """

    def __init__(self, words: str) -> None:
        self._words = words

    @cached_property
    def _stems(self) -> frozenset[str]:
        return frozenset(stem for word in self._words.split() for stem in stems_of(word))

    def __contains__(self, item: object) -> bool:
        return item in self._stems

    def __iter__(self) -> Iterator[str]:
        return iter(self._stems)

    def __len__(self) -> int:
        return len(self._stems)


STOPWORDS = Stems(_STOPWORDS)
GENERIC_TITLE_WORDS = Stems(_GENERIC_TITLE_WORDS)
