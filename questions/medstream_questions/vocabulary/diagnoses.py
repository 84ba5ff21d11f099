"""The ICD-10 codes the suite knows, with their English and Russian titles.

Titles follow the WHO ICD-10 (2019) and the Russian МКБ-10. This table is the one list of
codes: the warehouse generator gives each code its statistical behaviour (keyed by code)
and writes these titles into ``diagnoses``; the question parser matches questions against
them. Everyday names («грипп», "flu") live in ``everyday``.
"""

from typing import NamedTuple

from medstream_shared.language import Language, pick

from medstream_questions.vocabulary.icd10 import Chapter, chapter_of


class DiagnosisName(NamedTuple):
    code: str
    title_en: str
    title_ru: str

    @property
    def chapter(self) -> Chapter:
        return chapter_of(self.code)

    def title_in(self, language: Language) -> str:
        return pick((self.title_en, self.title_ru), language)


DIAGNOSIS_NAMES: tuple[DiagnosisName, ...] = (
    # I. Certain infectious and parasitic diseases
    DiagnosisName("A02", "Other salmonella infections", "Другие сальмонеллезные инфекции"),
    DiagnosisName("A03", "Shigellosis", "Шигеллез"),
    DiagnosisName(
        "A04",
        "Other bacterial intestinal infections",
        "Другие бактериальные кишечные инфекции",
    ),
    DiagnosisName(
        "A08",
        "Viral and other specified intestinal infections",
        "Вирусные и другие уточненные кишечные инфекции",
    ),
    DiagnosisName(
        "A09",
        "Other gastroenteritis and colitis of infectious and unspecified origin",
        "Диарея и гастроэнтерит предположительно инфекционного происхождения",
    ),
    DiagnosisName(
        "A15",
        "Respiratory tuberculosis, bacteriologically and histologically confirmed",
        "Туберкулез органов дыхания, подтвержденный бактериологически и гистологически",
    ),
    DiagnosisName("A37", "Whooping cough", "Коклюш"),
    DiagnosisName("A38", "Scarlet fever", "Скарлатина"),
    DiagnosisName("A41", "Other sepsis", "Другой сепсис"),
    DiagnosisName("A46", "Erysipelas", "Рожа"),
    DiagnosisName(
        "A56",
        "Other sexually transmitted chlamydial diseases",
        "Другие хламидийные болезни, передающиеся половым путем",
    ),
    DiagnosisName("A69.2", "Lyme disease", "Болезнь Лайма"),
    DiagnosisName("A84", "Tick-borne viral encephalitis", "Клещевой вирусный энцефалит"),
    DiagnosisName("A87", "Viral meningitis", "Вирусный менингит"),
    DiagnosisName(
        "B00",
        "Herpesviral [herpes simplex] infections",
        "Инфекции, вызванные вирусом простого герпеса [herpes simplex]",
    ),
    DiagnosisName("B01", "Varicella [chickenpox]", "Ветряная оспа [varicella]"),
    DiagnosisName("B02", "Zoster [herpes zoster]", "Опоясывающий лишай [herpes zoster]"),
    DiagnosisName("B05", "Measles", "Корь"),
    DiagnosisName("B15", "Acute hepatitis A", "Острый гепатит A"),
    DiagnosisName("B18", "Chronic viral hepatitis", "Хронический вирусный гепатит"),
    DiagnosisName(
        "B24",
        "Unspecified human immunodeficiency virus [HIV] disease",
        "Болезнь, вызванная вирусом иммунодефицита человека [ВИЧ], неуточненная",
    ),
    DiagnosisName("B27", "Infectious mononucleosis", "Инфекционный мононуклеоз"),
    DiagnosisName(
        "B34",
        "Viral infection of unspecified site",
        "Вирусная инфекция неуточненной локализации",
    ),
    DiagnosisName("B35", "Dermatophytosis", "Дерматофития"),
    DiagnosisName("B37", "Candidiasis", "Кандидоз"),
    DiagnosisName("B80", "Enterobiasis", "Энтеробиоз"),
    DiagnosisName("B86", "Scabies", "Чесотка"),
    # II. Neoplasms
    DiagnosisName(
        "C16",
        "Malignant neoplasm of stomach",
        "Злокачественное новообразование желудка",
    ),
    DiagnosisName(
        "C18",
        "Malignant neoplasm of colon",
        "Злокачественное новообразование ободочной кишки",
    ),
    DiagnosisName(
        "C20",
        "Malignant neoplasm of rectum",
        "Злокачественное новообразование прямой кишки",
    ),
    DiagnosisName(
        "C25",
        "Malignant neoplasm of pancreas",
        "Злокачественное новообразование поджелудочной железы",
    ),
    DiagnosisName(
        "C34",
        "Malignant neoplasm of bronchus and lung",
        "Злокачественное новообразование бронхов и легкого",
    ),
    DiagnosisName("C43", "Malignant melanoma of skin", "Злокачественная меланома кожи"),
    DiagnosisName(
        "C44",
        "Other malignant neoplasms of skin",
        "Другие злокачественные новообразования кожи",
    ),
    DiagnosisName(
        "C50",
        "Malignant neoplasm of breast",
        "Злокачественное новообразование молочной железы",
    ),
    DiagnosisName(
        "C53",
        "Malignant neoplasm of cervix uteri",
        "Злокачественное новообразование шейки матки",
    ),
    DiagnosisName(
        "C54",
        "Malignant neoplasm of corpus uteri",
        "Злокачественное новообразование тела матки",
    ),
    DiagnosisName("C56", "Malignant neoplasm of ovary", "Злокачественное новообразование яичника"),
    DiagnosisName(
        "C61",
        "Malignant neoplasm of prostate",
        "Злокачественное новообразование предстательной железы",
    ),
    DiagnosisName(
        "C64",
        "Malignant neoplasm of kidney, except renal pelvis",
        "Злокачественное новообразование почки, кроме почечной лоханки",
    ),
    DiagnosisName("C67", "Malignant neoplasm of bladder", "Злокачественное новообразование пузыря"),
    DiagnosisName(
        "C73",
        "Malignant neoplasm of thyroid gland",
        "Злокачественное новообразование щитовидной железы",
    ),
    DiagnosisName("C91", "Lymphoid leukaemia", "Лимфоидный лейкоз [лимфолейкоз]"),
    DiagnosisName(
        "D12",
        "Benign neoplasm of colon, rectum, anus and anal canal",
        "Доброкачественное новообразование ободочной кишки, прямой кишки, заднего прохода "
        "[ануса] и анального канала",
    ),
    DiagnosisName("D22", "Melanocytic naevi", "Меланоформный невус"),
    DiagnosisName(
        "D24",
        "Benign neoplasm of breast",
        "Доброкачественное новообразование молочной железы",
    ),
    DiagnosisName("D25", "Leiomyoma of uterus", "Лейомиома матки"),
    # III. Diseases of the blood and immune mechanism
    DiagnosisName("D50", "Iron deficiency anaemia", "Железодефицитная анемия"),
    DiagnosisName("D64", "Other anaemias", "Другие анемии"),
    # IV. Endocrine, nutritional and metabolic diseases
    DiagnosisName("E03", "Other hypothyroidism", "Другие формы гипотиреоза"),
    DiagnosisName("E04", "Other nontoxic goitre", "Другие формы нетоксического зоба"),
    DiagnosisName("E05", "Thyrotoxicosis [hyperthyroidism]", "Тиреотоксикоз [гипертиреоз]"),
    DiagnosisName("E06", "Thyroiditis", "Тиреоидит"),
    DiagnosisName("E10", "Type 1 diabetes mellitus", "Сахарный диабет 1 типа"),
    DiagnosisName("E11", "Type 2 diabetes mellitus", "Сахарный диабет 2 типа"),
    DiagnosisName("E28", "Ovarian dysfunction", "Дисфункция яичников"),
    DiagnosisName("E55", "Vitamin D deficiency", "Недостаточность витамина D"),
    DiagnosisName("E66", "Obesity", "Ожирение"),
    DiagnosisName(
        "E78",
        "Disorders of lipoprotein metabolism and other lipidaemias",
        "Нарушения обмена липопротеинов и другие липидемии",
    ),
    # V. Mental and behavioural disorders
    DiagnosisName("F03", "Unspecified dementia", "Деменция неуточненная"),
    DiagnosisName(
        "F10",
        "Mental and behavioural disorders due to use of alcohol",
        "Психические и поведенческие расстройства, вызванные употреблением алкоголя",
    ),
    DiagnosisName(
        "F17",
        "Mental and behavioural disorders due to use of tobacco",
        "Психические и поведенческие расстройства, вызванные употреблением табака",
    ),
    DiagnosisName("F20", "Schizophrenia", "Шизофрения"),
    DiagnosisName("F31", "Bipolar affective disorder", "Биполярное аффективное расстройство"),
    DiagnosisName("F32", "Depressive episode", "Депрессивный эпизод"),
    DiagnosisName("F33", "Recurrent depressive disorder", "Рекуррентное депрессивное расстройство"),
    DiagnosisName("F41", "Other anxiety disorders", "Другие тревожные расстройства"),
    DiagnosisName(
        "F43",
        "Reaction to severe stress, and adjustment disorders",
        "Реакция на тяжелый стресс и нарушения адаптации",
    ),
    DiagnosisName("F45", "Somatoform disorders", "Соматоформные расстройства"),
    DiagnosisName("F51", "Nonorganic sleep disorders", "Расстройства сна неорганической этиологии"),
    DiagnosisName(
        "F84",
        "Pervasive developmental disorders",
        "Общие расстройства психологического развития",
    ),
    DiagnosisName("F90", "Hyperkinetic disorders", "Гиперкинетические расстройства"),
    # VI. Diseases of the nervous system
    DiagnosisName("G20", "Parkinson disease", "Болезнь Паркинсона"),
    DiagnosisName("G30", "Alzheimer disease", "Болезнь Альцгеймера"),
    DiagnosisName("G35", "Multiple sclerosis", "Рассеянный склероз"),
    DiagnosisName("G40", "Epilepsy", "Эпилепсия"),
    DiagnosisName("G43", "Migraine", "Мигрень"),
    DiagnosisName("G44", "Other headache syndromes", "Другие синдромы головной боли"),
    DiagnosisName(
        "G45",
        "Transient cerebral ischaemic attacks and related syndromes",
        "Преходящие транзиторные церебральные ишемические приступы [атаки] и родственные синдромы",
    ),
    DiagnosisName("G47", "Sleep disorders", "Расстройства сна"),
    DiagnosisName("G51", "Facial nerve disorders", "Поражения лицевого нерва"),
    DiagnosisName("G56", "Mononeuropathies of upper limb", "Мононевропатии верхней конечности"),
    DiagnosisName("G62", "Other polyneuropathies", "Другие полиневропатии"),
    DiagnosisName(
        "G90",
        "Disorders of autonomic nervous system",
        "Расстройства вегетативной [автономной] нервной системы",
    ),
    DiagnosisName("G93", "Other disorders of brain", "Другие поражения головного мозга"),
    # VII. Diseases of the eye and adnexa
    DiagnosisName("H00", "Hordeolum and chalazion", "Ячмень и халязион"),
    DiagnosisName("H10", "Conjunctivitis", "Конъюнктивит"),
    DiagnosisName("H25", "Senile cataract", "Старческая катаракта"),
    DiagnosisName("H26", "Other cataract", "Другие катаракты"),
    DiagnosisName("H35", "Other retinal disorders", "Другие болезни сетчатки"),
    DiagnosisName("H40", "Glaucoma", "Глаукома"),
    DiagnosisName(
        "H52",
        "Disorders of refraction and accommodation",
        "Нарушения рефракции и аккомодации",
    ),
    # VIII. Diseases of the ear and mastoid process
    DiagnosisName("H60", "Otitis externa", "Наружный отит"),
    DiagnosisName("H61", "Other disorders of external ear", "Другие болезни наружного уха"),
    DiagnosisName("H65", "Nonsuppurative otitis media", "Негнойный средний отит"),
    DiagnosisName(
        "H66",
        "Suppurative and unspecified otitis media",
        "Гнойный и неуточненный средний отит",
    ),
    DiagnosisName("H81", "Disorders of vestibular function", "Нарушения вестибулярной функции"),
    DiagnosisName(
        "H90",
        "Conductive and sensorineural hearing loss",
        "Кондуктивная и нейросенсорная потеря слуха",
    ),
    # IX. Diseases of the circulatory system
    DiagnosisName(
        "I10",
        "Essential (primary) hypertension",
        "Эссенциальная [первичная] гипертензия",
    ),
    DiagnosisName(
        "I11",
        "Hypertensive heart disease",
        "Гипертензивная болезнь сердца [гипертоническая болезнь с преимущественным поражением "
        "сердца]",
    ),
    DiagnosisName("I20", "Angina pectoris", "Стенокардия [грудная жаба]"),
    DiagnosisName("I21", "Acute myocardial infarction", "Острый инфаркт миокарда"),
    DiagnosisName(
        "I25",
        "Chronic ischaemic heart disease",
        "Хроническая ишемическая болезнь сердца",
    ),
    DiagnosisName("I26", "Pulmonary embolism", "Легочная эмболия"),
    DiagnosisName(
        "I34",
        "Nonrheumatic mitral valve disorders",
        "Неревматические поражения митрального клапана",
    ),
    DiagnosisName(
        "I35",
        "Nonrheumatic aortic valve disorders",
        "Неревматические поражения аортального клапана",
    ),
    DiagnosisName("I42", "Cardiomyopathy", "Кардиомиопатия"),
    DiagnosisName("I47", "Paroxysmal tachycardia", "Пароксизмальная тахикардия"),
    DiagnosisName("I48", "Atrial fibrillation and flutter", "Фибрилляция и трепетание предсердий"),
    DiagnosisName("I49", "Other cardiac arrhythmias", "Другие нарушения сердечного ритма"),
    DiagnosisName("I50", "Heart failure", "Сердечная недостаточность"),
    DiagnosisName("I61", "Intracerebral haemorrhage", "Внутримозговое кровоизлияние"),
    DiagnosisName("I63", "Cerebral infarction", "Инфаркт мозга"),
    DiagnosisName("I67", "Other cerebrovascular diseases", "Другие цереброваскулярные болезни"),
    DiagnosisName(
        "I69",
        "Sequelae of cerebrovascular disease",
        "Последствия цереброваскулярных болезней",
    ),
    DiagnosisName("I70", "Atherosclerosis", "Атеросклероз"),
    DiagnosisName("I80", "Phlebitis and thrombophlebitis", "Флебит и тромбофлебит"),
    DiagnosisName(
        "I83",
        "Varicose veins of lower extremities",
        "Варикозное расширение вен нижних конечностей",
    ),
    DiagnosisName("I95", "Hypotension", "Гипотензия"),
    # X. Diseases of the respiratory system
    DiagnosisName("J00", "Acute nasopharyngitis [common cold]", "Острый назофарингит [насморк]"),
    DiagnosisName("J01", "Acute sinusitis", "Острый синусит"),
    DiagnosisName("J02", "Acute pharyngitis", "Острый фарингит"),
    DiagnosisName("J03", "Acute tonsillitis", "Острый тонзиллит"),
    DiagnosisName("J04", "Acute laryngitis and tracheitis", "Острый ларингит и трахеит"),
    DiagnosisName(
        "J05",
        "Acute obstructive laryngitis [croup] and epiglottitis",
        "Острый обструктивный ларингит [круп] и эпиглоттит",
    ),
    DiagnosisName(
        "J06",
        "Acute upper respiratory infections of multiple and unspecified sites",
        "Острые инфекции верхних дыхательных путей множественной и неуточненной локализации",
    ),
    DiagnosisName(
        "J09",
        "Influenza due to identified zoonotic or pandemic influenza virus",
        "Грипп, вызванный выявленным зоонозным или пандемическим вирусом гриппа",
    ),
    DiagnosisName(
        "J10",
        "Influenza due to other identified influenza virus",
        "Грипп, вызванный идентифицированным вирусом гриппа",
    ),
    DiagnosisName("J11", "Influenza, virus not identified", "Грипп, вирус не идентифицирован"),
    DiagnosisName(
        "J12",
        "Viral pneumonia, not elsewhere classified",
        "Вирусная пневмония, не классифицированная в других рубриках",
    ),
    DiagnosisName(
        "J15",
        "Bacterial pneumonia, not elsewhere classified",
        "Бактериальная пневмония, не классифицированная в других рубриках",
    ),
    DiagnosisName("J18", "Pneumonia, organism unspecified", "Пневмония без уточнения возбудителя"),
    DiagnosisName("J20", "Acute bronchitis", "Острый бронхит"),
    DiagnosisName("J21", "Acute bronchiolitis", "Острый бронхиолит"),
    DiagnosisName("J30", "Vasomotor and allergic rhinitis", "Вазомоторный и аллергический ринит"),
    DiagnosisName(
        "J31",
        "Chronic rhinitis, nasopharyngitis and pharyngitis",
        "Хронический ринит, назофарингит и фарингит",
    ),
    DiagnosisName("J32", "Chronic sinusitis", "Хронический синусит"),
    DiagnosisName(
        "J34",
        "Other disorders of nose and nasal sinuses",
        "Другие болезни носа и носовых синусов",
    ),
    DiagnosisName(
        "J35",
        "Chronic diseases of tonsils and adenoids",
        "Хронические болезни миндалин и аденоидов",
    ),
    DiagnosisName(
        "J40",
        "Bronchitis, not specified as acute or chronic",
        "Бронхит, не уточненный как острый или хронический",
    ),
    DiagnosisName("J42", "Unspecified chronic bronchitis", "Хронический бронхит неуточненный"),
    DiagnosisName(
        "J44",
        "Other chronic obstructive pulmonary disease",
        "Другая хроническая обструктивная легочная болезнь",
    ),
    DiagnosisName("J45", "Asthma", "Астма"),
    DiagnosisName(
        "J84",
        "Other interstitial pulmonary diseases",
        "Другие интерстициальные легочные болезни",
    ),
    # XI. Diseases of the digestive system
    DiagnosisName("K21", "Gastro-oesophageal reflux disease", "Гастроэзофагеальный рефлюкс"),
    DiagnosisName("K25", "Gastric ulcer", "Язва желудка"),
    DiagnosisName("K26", "Duodenal ulcer", "Язва двенадцатиперстной кишки"),
    DiagnosisName("K29", "Gastritis and duodenitis", "Гастрит и дуоденит"),
    DiagnosisName("K30", "Functional dyspepsia", "Функциональная диспепсия"),
    DiagnosisName("K35", "Acute appendicitis", "Острый аппендицит"),
    DiagnosisName("K40", "Inguinal hernia", "Паховая грыжа"),
    DiagnosisName("K42", "Umbilical hernia", "Пупочная грыжа"),
    DiagnosisName(
        "K50",
        "Crohn disease [regional enteritis]",
        "Болезнь Крона [регионарный энтерит]",
    ),
    DiagnosisName("K51", "Ulcerative colitis", "Язвенный колит"),
    DiagnosisName(
        "K52",
        "Other noninfective gastroenteritis and colitis",
        "Другие неинфекционные гастроэнтериты и колиты",
    ),
    DiagnosisName(
        "K56",
        "Paralytic ileus and intestinal obstruction without hernia",
        "Паралитический илеус и непроходимость кишечника без грыжи",
    ),
    DiagnosisName("K57", "Diverticular disease of intestine", "Дивертикулярная болезнь кишечника"),
    DiagnosisName("K58", "Irritable bowel syndrome", "Синдром раздраженного кишечника"),
    DiagnosisName(
        "K59",
        "Other functional intestinal disorders",
        "Другие функциональные кишечные нарушения",
    ),
    DiagnosisName(
        "K64",
        "Haemorrhoids and perianal venous thrombosis",
        "Геморрой и перианальный венозный тромбоз",
    ),
    DiagnosisName("K70", "Alcoholic liver disease", "Алкогольная болезнь печени"),
    DiagnosisName("K74", "Fibrosis and cirrhosis of liver", "Фиброз и цирроз печени"),
    DiagnosisName("K76", "Other diseases of liver", "Другие болезни печени"),
    DiagnosisName("K80", "Cholelithiasis", "Желчнокаменная болезнь [холелитиаз]"),
    DiagnosisName("K81", "Cholecystitis", "Холецистит"),
    DiagnosisName("K85", "Acute pancreatitis", "Острый панкреатит"),
    DiagnosisName("K86", "Other diseases of pancreas", "Другие болезни поджелудочной железы"),
    DiagnosisName(
        "K92",
        "Other diseases of digestive system",
        "Другие болезни органов пищеварения",
    ),
    # XII. Diseases of the skin and subcutaneous tissue
    DiagnosisName(
        "L02",
        "Cutaneous abscess, furuncle and carbuncle",
        "Абсцесс кожи, фурункул и карбункул",
    ),
    DiagnosisName("L03", "Cellulitis", "Флегмона"),
    DiagnosisName("L20", "Atopic dermatitis", "Атопический дерматит"),
    DiagnosisName("L21", "Seborrhoeic dermatitis", "Себорейный дерматит"),
    DiagnosisName("L23", "Allergic contact dermatitis", "Аллергический контактный дерматит"),
    DiagnosisName("L30", "Other dermatitis", "Другие дерматиты"),
    DiagnosisName("L40", "Psoriasis", "Псориаз"),
    DiagnosisName("L50", "Urticaria", "Крапивница"),
    DiagnosisName("L70", "Acne", "Угри"),
    DiagnosisName(
        "L72",
        "Follicular cysts of skin and subcutaneous tissue",
        "Фолликулярные кисты кожи и подкожной клетчатки",
    ),
    DiagnosisName(
        "L89",
        "Decubitus ulcer and pressure area",
        "Декубитальная язва и область давления",
    ),
    # XIII. Diseases of the musculoskeletal system and connective tissue
    DiagnosisName("M05", "Seropositive rheumatoid arthritis", "Серопозитивный ревматоидный артрит"),
    DiagnosisName("M06", "Other rheumatoid arthritis", "Другие ревматоидные артриты"),
    DiagnosisName("M10", "Gout", "Подагра"),
    DiagnosisName("M15", "Polyarthrosis", "Полиартроз"),
    DiagnosisName(
        "M16",
        "Coxarthrosis [arthrosis of hip]",
        "Коксартроз [артроз тазобедренного сустава]",
    ),
    DiagnosisName(
        "M17",
        "Gonarthrosis [arthrosis of knee]",
        "Гонартроз [артроз коленного сустава]",
    ),
    DiagnosisName("M19", "Other arthrosis", "Другие артрозы"),
    DiagnosisName("M23", "Internal derangement of knee", "Внутренние поражения колена"),
    DiagnosisName("M41", "Scoliosis", "Сколиоз"),
    DiagnosisName("M42", "Spinal osteochondrosis", "Остеохондроз позвоночника"),
    DiagnosisName("M47", "Spondylosis", "Спондилез"),
    DiagnosisName(
        "M51",
        "Other intervertebral disc disorders",
        "Поражения межпозвоночных дисков других отделов",
    ),
    DiagnosisName(
        "M53",
        "Other dorsopathies, not elsewhere classified",
        "Другие дорсопатии, не классифицированные в других рубриках",
    ),
    DiagnosisName("M54", "Dorsalgia", "Дорсалгия"),
    DiagnosisName("M65", "Synovitis and tenosynovitis", "Синовиты и теносиновиты"),
    DiagnosisName("M75", "Shoulder lesions", "Поражения плеча"),
    DiagnosisName("M77", "Other enthesopathies", "Другие энтезопатии"),
    DiagnosisName(
        "M79",
        "Other soft tissue disorders, not elsewhere classified",
        "Другие болезни мягких тканей, не классифицированные в других рубриках",
    ),
    DiagnosisName(
        "M81",
        "Osteoporosis without pathological fracture",
        "Остеопороз без патологического перелома",
    ),
    # XIV. Diseases of the genitourinary system
    DiagnosisName(
        "N10",
        "Acute tubulo-interstitial nephritis",
        "Острый тубулоинтерстициальный нефрит",
    ),
    DiagnosisName(
        "N11",
        "Chronic tubulo-interstitial nephritis",
        "Хронический тубулоинтерстициальный нефрит",
    ),
    DiagnosisName("N18", "Chronic kidney disease", "Хроническая болезнь почек"),
    DiagnosisName("N20", "Calculus of kidney and ureter", "Камни почки и мочеточника"),
    DiagnosisName("N30", "Cystitis", "Цистит"),
    DiagnosisName(
        "N39",
        "Other disorders of urinary system",
        "Другие болезни мочевыделительной системы",
    ),
    DiagnosisName("N40", "Hyperplasia of prostate", "Гиперплазия предстательной железы"),
    DiagnosisName(
        "N41",
        "Inflammatory diseases of prostate",
        "Воспалительные болезни предстательной железы",
    ),
    DiagnosisName("N46", "Male infertility", "Мужское бесплодие"),
    DiagnosisName("N60", "Benign mammary dysplasia", "Доброкачественная дисплазия молочной железы"),
    DiagnosisName("N70", "Salpingitis and oophoritis", "Сальпингит и оофорит"),
    DiagnosisName(
        "N76",
        "Other inflammation of vagina and vulva",
        "Другие воспалительные болезни влагалища и вульвы",
    ),
    DiagnosisName("N80", "Endometriosis", "Эндометриоз"),
    DiagnosisName(
        "N83",
        "Noninflammatory disorders of ovary, fallopian tube and broad ligament",
        "Невоспалительные болезни яичника, маточной трубы и широкой связки матки",
    ),
    DiagnosisName("N86", "Erosion and ectropion of cervix uteri", "Эрозия и эктропион шейки матки"),
    DiagnosisName(
        "N91",
        "Absent, scanty and rare menstruation",
        "Отсутствие менструаций, скудные и редкие менструации",
    ),
    DiagnosisName(
        "N92",
        "Excessive, frequent and irregular menstruation",
        "Обильные, частые и нерегулярные менструации",
    ),
    DiagnosisName(
        "N95",
        "Menopausal and other perimenopausal disorders",
        "Нарушения менопаузы и другие нарушения в околоменопаузном периоде",
    ),
    DiagnosisName("N97", "Female infertility", "Женское бесплодие"),
    # XV. Pregnancy, childbirth and the puerperium
    DiagnosisName("O03", "Spontaneous abortion", "Самопроизвольный аборт"),
    DiagnosisName(
        "O13",
        "Gestational [pregnancy-induced] hypertension",
        "Вызванная беременностью гипертензия",
    ),
    DiagnosisName("O14", "Pre-eclampsia", "Преэклампсия"),
    DiagnosisName(
        "O20",
        "Haemorrhage in early pregnancy",
        "Кровотечение в ранние сроки беременности",
    ),
    DiagnosisName("O21", "Excessive vomiting in pregnancy", "Чрезмерная рвота беременных"),
    DiagnosisName("O24", "Diabetes mellitus in pregnancy", "Сахарный диабет при беременности"),
    DiagnosisName(
        "O26",
        "Maternal care for other conditions predominantly related to pregnancy",
        "Медицинская помощь матери при других состояниях, связанных преимущественно с "
        "беременностью",
    ),
    DiagnosisName("O47", "False labour", "Ложные схватки"),
    DiagnosisName(
        "O80",
        "Single spontaneous delivery",
        "Роды одноплодные, самопроизвольное родоразрешение",
    ),
    DiagnosisName(
        "O82",
        "Single delivery by caesarean section",
        "Роды одноплодные, родоразрешение посредством кесарева сечения",
    ),
    DiagnosisName(
        "O99",
        "Other maternal diseases classifiable elsewhere but complicating pregnancy, childbirth "
        "and the puerperium",
        "Другие болезни матери, классифицированные в других рубриках, но осложняющие "
        "беременность, деторождение и послеродовой период",
    ),
    # XVI–XVII. Perinatal conditions and congenital malformations
    DiagnosisName(
        "P07",
        "Disorders related to short gestation and low birth weight, not elsewhere classified",
        "Расстройства, связанные с укорочением срока беременности и малой массой тела при "
        "рождении, не классифицированные в других рубриках",
    ),
    DiagnosisName(
        "P59",
        "Neonatal jaundice from other and unspecified causes",
        "Неонатальная желтуха, обусловленная другими и неуточненными причинами",
    ),
    DiagnosisName(
        "Q21",
        "Congenital malformations of cardiac septa",
        "Врожденные аномалии [пороки развития] сердечной перегородки",
    ),
    DiagnosisName("Q65", "Congenital deformities of hip", "Врожденные деформации бедра"),
    # XVIII. Symptoms, signs and abnormal findings
    DiagnosisName("R05", "Cough", "Кашель"),
    DiagnosisName("R07", "Pain in throat and chest", "Боль в горле и в груди"),
    DiagnosisName("R10", "Abdominal and pelvic pain", "Боль в области живота и таза"),
    DiagnosisName("R42", "Dizziness and giddiness", "Головокружение и нарушение устойчивости"),
    DiagnosisName("R50", "Fever of other and unknown origin", "Лихорадка неясного происхождения"),
    DiagnosisName("R51", "Headache", "Головная боль"),
    DiagnosisName("R53", "Malaise and fatigue", "Недомогание и утомляемость"),
    # XIX. Injury, poisoning and certain other consequences of external causes
    DiagnosisName("S00", "Superficial injury of head", "Поверхностная травма головы"),
    DiagnosisName("S01", "Open wound of head", "Открытая рана головы"),
    DiagnosisName("S06", "Intracranial injury", "Внутричерепная травма"),
    DiagnosisName(
        "S22",
        "Fracture of rib(s), sternum and thoracic spine",
        "Перелом ребра (ребер), грудины и грудного отдела позвоночника",
    ),
    DiagnosisName(
        "S32",
        "Fracture of lumbar spine and pelvis",
        "Перелом пояснично-крестцового отдела позвоночника и костей таза",
    ),
    DiagnosisName(
        "S42",
        "Fracture of shoulder and upper arm",
        "Перелом на уровне плечевого пояса и плеча",
    ),
    DiagnosisName("S52", "Fracture of forearm", "Перелом костей предплечья"),
    DiagnosisName(
        "S60",
        "Superficial injury of wrist and hand",
        "Поверхностная травма запястья и кисти",
    ),
    DiagnosisName("S61", "Open wound of wrist and hand", "Открытая рана запястья и кисти"),
    DiagnosisName("S62", "Fracture at wrist and hand level", "Перелом на уровне запястья и кисти"),
    DiagnosisName("S72", "Fracture of femur", "Перелом бедренной кости"),
    DiagnosisName(
        "S82",
        "Fracture of lower leg, including ankle",
        "Перелом голени, включая голеностопный сустав",
    ),
    DiagnosisName(
        "S83",
        "Dislocation, sprain and strain of joints and ligaments of knee",
        "Вывих, растяжение и перенапряжение суставов и связок коленного сустава",
    ),
    DiagnosisName(
        "S93",
        "Dislocation, sprain and strain of joints and ligaments at ankle and foot level",
        "Вывих, растяжение и перенапряжение капсульно-связочного аппарата голеностопного "
        "сустава и стопы",
    ),
    DiagnosisName("T14", "Injury of unspecified body region", "Травма неуточненной локализации"),
    DiagnosisName("T15", "Foreign body on external eye", "Инородное тело в наружной части глаза"),
    DiagnosisName("T33", "Superficial frostbite", "Поверхностное отморожение"),
    DiagnosisName("T51", "Toxic effect of alcohol", "Токсическое действие алкоголя"),
    DiagnosisName(
        "T78",
        "Adverse effects, not elsewhere classified",
        "Неблагоприятные эффекты, не классифицированные в других рубриках",
    ),
    # XXI. Factors influencing health status and contact with health services
    DiagnosisName(
        "Z00",
        "General examination and investigation of persons without complaint and reported diagnosis",
        "Общий осмотр и обследование лиц, не имеющих жалоб или установленного диагноза",
    ),
    DiagnosisName(
        "Z01",
        "Other special examinations and investigations of persons without complaint or "
        "reported diagnosis",
        "Другие специальные осмотры и обследования лиц, не имеющих жалоб или установленного "
        "диагноза",
    ),
    DiagnosisName(
        "Z02",
        "Examination and encounter for administrative purposes",
        "Обследование и обращение в административных целях",
    ),
    DiagnosisName(
        "Z27",
        "Need for immunization against combinations of infectious diseases",
        "Необходимость иммунизации против комбинаций инфекционных болезней",
    ),
    DiagnosisName(
        "Z30",
        "Contraceptive management",
        "Наблюдение за применением противозачаточных средств",
    ),
    DiagnosisName(
        "Z34",
        "Supervision of normal pregnancy",
        "Наблюдение за течением нормальной беременности",
    ),
    DiagnosisName("Z51", "Other medical care", "Другие виды медицинской помощи"),
    # XXII. Codes for special purposes
    DiagnosisName("U07.1", "COVID-19, virus identified", "COVID-19, вирус идентифицирован"),
    DiagnosisName("U07.2", "COVID-19, virus not identified", "COVID-19, вирус не идентифицирован"),
    DiagnosisName(
        "U09.9",
        "Post COVID-19 condition, unspecified",
        "Состояние после COVID-19 неуточненное",
    ),
)

DIAGNOSES_BY_CODE: dict[str, DiagnosisName] = {entry.code: entry for entry in DIAGNOSIS_NAMES}
