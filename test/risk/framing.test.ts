/**
 * Reporting frames (issue 13): news, statistics, films, sayings and prayers, awareness
 * campaigns, general questions and calm past events that mention suicide or chemotherapy are
 * not the writer at risk, so a keyword alone must stay below urgent inside them; the same
 * keywords with the writer (or the person they look after) in them stay urgent or emergency.
 * Written before the frames were tuned: the cases are general kinds of phrasing, one table per
 * language.
 */
import { expect } from 'chai';
import { assessRisk } from '../../risk/index';
import { combine } from '../../risk/assess';
import { emptyFinding } from '../../risk/engine';
import { engine } from '../../risk/engine';
import { compileRuleSet, loadRuleSetData } from '../../risk/rules';
import { riskRank, type RiskLevel } from '../../core/risk';
import type { ModelOpinion } from '../../risk/model/model';

interface Table {
  /** Talk about suicide / chemo that is not the writer at risk: below urgent. */
  reporting: string[];
  /** The writer or the person cared for, same keywords: urgent or higher. */
  personal: string[];
  /** The person cared for on chemo now with a fever: emergency. */
  emergency: string[];
}

const TABLES: Record<string, Table> = {
  en: {
    reporting: [
      'the news said suicide rates rose again last year',
      'a man died by suicide on the bridge yesterday, police said',
      'suicide rates among young men are the highest in 20 years',
      'the film is about a girl who wants to kill herself after the war',
      'may God protect us all from suicide',
      'suicide is never the answer, as the saying goes',
      'how do you support someone who is suicidal?',
      "we're running a 10k for suicide prevention, please sponsor us",
      'book club this month: a novel about a family after a suicide',
      'research shows self harm among teenagers has doubled',
      'there was a documentary last night about men and suicide',
      'what are the side effects of chemo? can it give you a fever?',
      'can chemo cause a high temperature?',
      'what should we do if someone on chemo gets a fever?',
    ],
    personal: [
      'I saw a documentary about suicide and now I keep thinking about killing myself',
      'the news about suicide rates... me too, I have been thinking about suicide',
      'my mum keeps talking about suicide since the diagnosis',
      "honestly I'm suicidal",
      'read an article about suicide, i feel the same, i want to die',
      'fuckin suicidal again tonight',
      'sucidal thoughts all day',
      'watched a film about suicide last night. i have saved up all my tablets',
    ],
    emergency: [
      'my husband is on chemo and his temperature is 38.5',
      "she's on chemo and now she has a fever and she's shivering",
      "what are the side effects of chemo? he's on it now and his temp is 38.4",
    ],
  },
  cy: {
    reporting: [
      'roedd y newyddion yn dweud bod cyfradd hunanladdiad wedi codi',
      "bu farw dyn drwy hunanladdiad ger y bont ddoe, meddai'r heddlu",
      'mae ffigurau newydd yn dangos bod hunanladdiad ymysg dynion ifanc yn codi',
      "mae'r ffilm am ferch sy'n ystyried hunanladdiad",
      "Duw a'n gwaredo rhag hunanladdiad",
      "sut mae cefnogi rhywun sy'n meddwl am hunanladdiad?",
      "rydyn ni'n rhedeg ras i godi arian at atal hunanladdiad",
      'llyfr am deulu ar ôl hunanladdiad',
      "beth yw sgil effeithiau cemotherapi? ydy o'n achosi gwres?",
    ],
    personal: [
      "dw i'n meddwl am hunanladdiad bob nos",
      'gwelais raglen am hunanladdiad a dw i isio marw hefyd',
      'mae mam yn sôn am hunanladdiad ers y diagnosis',
      'dw i isio marw',
      'fi hefyd, dw i wedi meddwl am hunanladdiad',
      "dwi'n teimlo fel hunanladdiad heno",
    ],
    emergency: ['mae fy ngŵr ar gemotherapi ac mae ei dymheredd yn 38.5'],
  },
  pl: {
    reporting: [
      'w wiadomościach mówili, że liczba samobójstw wzrosła',
      'mężczyzna popełnił samobójstwo na moście, podała policja',
      'statystyki samobójstw wśród młodych mężczyzn są alarmujące',
      'film opowiada o dziewczynie po samobójstwie brata',
      'Boże, chroń nas przed samobójstwem',
      'jak wspierać kogoś, kto myśli o samobójstwie?',
      'biegniemy w maratonie na rzecz zapobiegania samobójstwom',
      'książka o rodzinie po samobójstwie ojca',
      'jakie są skutki uboczne chemii? czy może być gorączka?',
    ],
    personal: [
      'myślę o samobójstwie każdej nocy',
      'widziałam film o samobójstwie i też chcę umrzeć',
      'mama mówi o samobójstwie od diagnozy',
      'chcę się zabić',
      'ja też, myślałem o samobójstwie',
      'kurwa, mam myśli samobójcze',
    ],
    emergency: ['mąż jest na chemii i ma gorączkę 38,5'],
  },
  ro: {
    reporting: [
      'la știri au zis că rata sinuciderilor a crescut',
      'un bărbat s-a sinucis ieri pe pod, anunță poliția',
      'statisticile arată că sinuciderile în rândul tinerilor au scăzut',
      'filmul e despre o fată care se gândește la sinucidere',
      'Doamne ferește-ne de sinucidere',
      'cum poți sprijini pe cineva care se gândește la sinucidere?',
      'campanie de prevenire a sinuciderii în școli',
      'o carte despre o familie după o sinucidere',
      'care sunt efectele secundare ale chimioterapiei? poate da febră?',
    ],
    personal: [
      'mă gândesc la sinucidere în fiecare noapte',
      'am văzut un film despre sinucidere și și eu vreau să mor',
      'mama vorbește despre sinucidere de la diagnostic',
      'vreau să mă sinucid',
      'și eu, m-am gândit la sinucidere',
      'nu mai vreau să trăiesc, mă gândesc la sinucidere',
    ],
    emergency: ['soțul meu face chimioterapie și are febră 38,5'],
  },
  pa: {
    reporting: [
      'ਖ਼ਬਰਾਂ ਵਿੱਚ ਦੱਸਿਆ ਕਿ ਖੁਦਕੁਸ਼ੀ ਦੀ ਦਰ ਵਧ ਗਈ',
      'ਪਿੰਡ ਵਿੱਚ ਇੱਕ ਕਿਸਾਨ ਨੇ ਖੁਦਕੁਸ਼ੀ ਕਰ ਲਈ, ਪੁਲਿਸ ਨੇ ਦੱਸਿਆ',
      'ਕਿਸਾਨਾਂ ਦੀਆਂ ਖੁਦਕੁਸ਼ੀਆਂ ਦੇ ਅੰਕੜੇ ਬਹੁਤ ਡਰਾਉਣੇ ਹਨ',
      'ਇਹ ਫ਼ਿਲਮ ਇੱਕ ਕੁੜੀ ਬਾਰੇ ਹੈ ਜੋ ਖੁਦਕੁਸ਼ੀ ਬਾਰੇ ਸੋਚਦੀ ਹੈ',
      'ਰੱਬ ਸਾਨੂੰ ਖੁਦਕੁਸ਼ੀ ਤੋਂ ਬਚਾਵੇ',
      'ਜੋ ਕੋਈ ਖੁਦਕੁਸ਼ੀ ਬਾਰੇ ਸੋਚ ਰਿਹਾ ਹੋਵੇ ਉਸ ਦੀ ਮਦਦ ਕਿਵੇਂ ਕਰੀਏ?',
      'ਖੁਦਕੁਸ਼ੀ ਰੋਕਣ ਲਈ ਜਾਗਰੂਕਤਾ ਮੁਹਿੰਮ',
      'ਖੁਦਕੁਸ਼ੀ ਪਾਪ ਹੈ',
      'ਕੀਮੋ ਦੇ ਮਾੜੇ ਅਸਰ ਕੀ ਹਨ? ਕੀ ਬੁਖਾਰ ਹੋ ਸਕਦਾ ਹੈ?',
    ],
    personal: [
      'ਮੈਂ ਖੁਦਕੁਸ਼ੀ ਬਾਰੇ ਸੋਚਦੀ ਹਾਂ',
      'ਮੇਰੀ ਮਾਂ ਖੁਦਕੁਸ਼ੀ ਦੀਆਂ ਗੱਲਾਂ ਕਰਦੀ ਹੈ',
      'ਮੈਂ ਮਰਨਾ ਚਾਹੁੰਦੀ ਹਾਂ',
      'ਖ਼ਬਰ ਦੇਖ ਕੇ ਮੈਂ ਵੀ ਖੁਦਕੁਸ਼ੀ ਬਾਰੇ ਸੋਚਿਆ',
      'ਕਦੇ ਕਦੇ ਖੁਦਕੁਸ਼ੀ ਕਰਨ ਦਾ ਦਿਲ ਕਰਦਾ ਹੈ',
      'ਮੈਂ ਆਤਮਹੱਤਿਆ ਕਰ ਲਵਾਂਗਾ',
    ],
    emergency: ['ਮੇਰੇ ਪਤੀ ਦੀ ਕੀਮੋ ਚੱਲ ਰਹੀ ਹੈ ਤੇ ਹੁਣ ਬੁਖਾਰ 102 ਹੈ'],
  },
  ur: {
    reporting: [
      'خبروں میں بتایا کہ خودکشی کی شرح بڑھ گئی',
      'کل ایک نوجوان نے پل سے کود کر خودکشی کر لی، پولیس کے مطابق',
      'نوجوانوں میں خودکشی کے اعداد و شمار تشویشناک ہیں',
      'یہ ڈرامہ ایک لڑکی کے بارے میں ہے جو خودکشی کا سوچتی ہے',
      'اللہ ہم سب کو خودکشی جیسے گناہ سے بچائے',
      'خودکشی حرام ہے',
      'کسی ایسے شخص کی مدد کیسے کریں جو خودکشی کا سوچ رہا ہو؟',
      'خودکشی کی روک تھام کے لیے آگاہی مہم',
      'کیمو کے مضر اثرات کیا ہیں؟ کیا بخار ہو سکتا ہے؟',
    ],
    personal: [
      'میں خودکشی کا سوچتی ہوں',
      'میری امی خودکشی کی باتیں کرتی ہیں',
      'خبر دیکھ کر میں نے بھی خودکشی کا سوچا',
      'میں اب اور نہیں جینا چاہتا',
      'دل کرتا ہے خودکشی کر لوں',
      'میں خود کو ختم کر دوں گی',
    ],
    emergency: ['میرے شوہر کی کیمو چل رہی ہے اور اب بخار 102 ہے'],
  },
  'ur-latn': {
    reporting: [
      'news mein bataya ke khudkushi ki sharah barh gayi hai',
      'kal ek larke ne pul se kood kar khudkushi kar li, police ke mutabiq',
      'naujawano mein khudkushi ke adad o shumar bohat zyada hain',
      'ye drama ek larki ke baare mein hai jo khudkushi ka sochti hai',
      'Allah sab ko khudkushi se bachaye',
      'khudkushi haraam hai',
      'kisi aise shakhs ki madad kaise karein jo khudkushi ka soch raha ho?',
      'chemo ke side effects kya hain? kya bukhar ho sakta hai?',
    ],
    personal: [
      'main khudkushi ka sochti hoon',
      'meri ammi khudkushi ki baatein karti hain',
      'news dekh kar maine bhi khudkushi ka socha',
      'mar jana chahti hoon',
      'yaar sach mein khudkushi kar lunga',
      'mujhe khudkushi ke khayal aate hain',
      'kabhi kabhi sochti hoon sab khatam kar doon',
    ],
    emergency: ['mere shohar ki chemo chal rahi hai aur ab bukhar 102 hai'],
  },
  bn: {
    reporting: [
      'খবরে বলল আত্মহত্যার হার বেড়েছে',
      'গতকাল এক যুবক সেতু থেকে ঝাঁপ দিয়ে আত্মহত্যা করেছে, পুলিশ জানিয়েছে',
      'তরুণদের মধ্যে আত্মহত্যার পরিসংখ্যান উদ্বেগজনক',
      'সিনেমাটা এক মেয়েকে নিয়ে যে আত্মহত্যার কথা ভাবে',
      'আল্লাহ সবাইকে আত্মহত্যা থেকে রক্ষা করুন',
      'আত্মহত্যা মহাপাপ',
      'কেউ আত্মহত্যার কথা ভাবলে তাকে কীভাবে সাহায্য করা যায়?',
      'আত্মহত্যা প্রতিরোধে সচেতনতা অভিযান',
      'কেমোর পার্শ্বপ্রতিক্রিয়া কী? জ্বর হতে পারে?',
    ],
    personal: [
      'আমি আত্মহত্যার কথা ভাবছি',
      'আমার মা আত্মহত্যার কথা বলছে',
      'খবরটা দেখে আমিও আত্মহত্যার কথা ভেবেছি',
      'আমি মরে যেতে চাই',
      'মাঝে মাঝে মনে হয় আত্মহত্যা করি',
      'আমি নিজেকে শেষ করে দেব',
    ],
    emergency: ['স্বামীর কেমো চলছে, এখন জ্বর ১০২ ডিগ্রি'],
  },
  ar: {
    reporting: [
      'نشرت الاخبار ان معدلات الانتحار ارتفعت',
      'انتحر شاب في القرية امس حسب الشرطة',
      'احصائيات الانتحار بين الشباب مقلقة',
      'الفيلم عن فتاة تفكر في الانتحار',
      'اللهم احفظنا من الانتحار',
      'الانتحار حرام وكبيرة من الكبائر',
      'كيف نساعد شخصا يفكر في الانتحار؟',
      'حملة توعية للوقاية من الانتحار',
      'لا حول ولا قوة الا بالله، انتحر لاعب كرة مشهور',
      'ما هي الاعراض الجانبية للكيماوي؟ هل يسبب حرارة؟',
    ],
    personal: [
      'افكر في الانتحار كل ليلة',
      'انا بفكر انتحر',
      'امي تتكلم عن الانتحار من يوم التشخيص',
      'شفت الخبر وانا كمان بفكر بالانتحار',
      'بدي موت',
      'والله تعبت، ودي انتحر',
    ],
    emergency: ['زوجي ياخذ الكيماوي وحرارته 38.5'],
  },
  gu: {
    reporting: [
      'સમાચારમાં કહ્યું કે આત્મહત્યાનો દર વધ્યો છે',
      'ગઈકાલે એક યુવાને પુલ પરથી કૂદીને આત્મહત્યા કરી, પોલીસે જણાવ્યું',
      'યુવાનોમાં આત્મહત્યાના આંકડા ચિંતાજનક છે',
      'આ ફિલ્મ એક છોકરી વિશે છે જે આત્મહત્યાનો વિચાર કરે છે',
      'ભગવાન સૌને આત્મહત્યાથી બચાવે',
      'આત્મહત્યા પાપ છે',
      'કોઈ આત્મહત્યાનું વિચારતું હોય તો તેને કેવી રીતે મદદ કરવી?',
      'આત્મહત્યા નિવારણ માટે જાગૃતિ અભિયાન',
      'કીમોની આડઅસર શું છે? તાવ આવી શકે?',
    ],
    personal: [
      'હું આત્મહત્યાનો વિચાર કરું છું',
      'મારી મમ્મી આત્મહત્યાની વાતો કરે છે',
      'સમાચાર જોઈને મને પણ આત્મહત્યાનો વિચાર આવ્યો',
      'મારે મરી જવું છે',
      'ક્યારેક થાય છે કે જીવન ટૂંકાવી દઉં',
      'હું આત્મહત્યા કરી લઈશ',
    ],
    emergency: ['મારા પતિની કીમો ચાલે છે અને હવે તાવ 102 છે'],
  },
  pt: {
    reporting: [
      'a notícia diz que a taxa de suicídio aumentou',
      'um homem cometeu suicídio ontem na ponte, segundo a polícia',
      'estatísticas de suicídio entre jovens preocupam especialistas',
      'o filme é sobre uma menina que pensa em suicídio',
      'que Deus nos livre do suicídio',
      'como ajudar alguém que pensa em suicídio?',
      'campanha do setembro amarelo sobre prevenção do suicídio',
      'livro sobre uma família depois de um suicídio',
      'quais os efeitos colaterais da quimio? pode dar febre?',
    ],
    personal: [
      'penso em suicídio todas as noites',
      'vi a reportagem sobre suicídio e eu também quero morrer',
      'minha mãe fala em suicídio desde o diagnóstico',
      'às vezes penso em me matar',
      'eu também, já pensei em suicídio',
      'porra, tô pensando em suicídio de novo',
    ],
    emergency: ['meu marido está na quimio e está com febre de 38,5'],
  },
  es: {
    reporting: [
      'las noticias dicen que la tasa de suicidio subió',
      'un hombre se suicidó ayer en el puente, según la policía',
      'las estadísticas de suicidio entre jóvenes preocupan',
      'la película trata de una chica que piensa en el suicidio',
      'que Dios nos libre del suicidio',
      '¿cómo ayudar a alguien que piensa en el suicidio?',
      'campaña de prevención del suicidio en colegios',
      'un libro sobre una familia después de un suicidio',
      '¿cuáles son los efectos secundarios de la quimio? ¿puede dar fiebre?',
    ],
    personal: [
      'pienso en el suicidio todas las noches',
      'vi el reportaje sobre el suicidio y yo también quiero morirme',
      'mi madre habla de suicidio desde el diagnóstico',
      'quiero matarme',
      'yo también, he pensado en suicidarme',
      'joder, otra vez pensando en el suicidio',
    ],
    emergency: ['mi marido está con quimio y tiene fiebre de 38,5'],
  },
  zh: {
    reporting: [
      '新闻报道说自杀率又上升了',
      '昨天一名男子在桥上跳楼自杀，警方说',
      '青少年自杀的统计数据令人担忧',
      '这部电影讲的是一个想自杀的女孩',
      '愿上天保佑大家远离自杀',
      '怎么帮助一个有自杀念头的人？',
      '自杀预防宣传周活动',
      '一本关于自杀者家庭的小说',
      '化疗有什么副作用？会发烧吗？',
    ],
    personal: ['我想自杀', '我最近总是想到自杀', '看了新闻，我也想自杀', '我妈妈经常说要自杀', '真他妈不想活了', '我真的想一了百了'],
    emergency: ['我老公在化疗，现在发烧38.6度'],
  },
};

/**
 * Added while tuning (after the tables above were committed): phrasings that probed the frames'
 * edges — the writer reading the news ("I read an article about..."), "me too" and "that was me",
 * code-switching (romanised Urdu with English, Spanish with swearing), typos and text-speak, and
 * Arabic "dying of tiredness", which is strain (concern), not a wish to die; someone else's suicide
 * long ago, a nurse's shift, a general question — and a recent attempt or a method question, which
 * stay urgent.
 */
const PROBES = {
  below: [
    'my daughter has to write an essay about suicide prevention for school',
    "there's a charity walk for suicide prevention on Saturday, anyone coming?",
    'the coroner said the man took his own life',
    'teen suicide rates are rising in Wales according to a new report',
    'How can I support a friend who self harms? asking for my course',
    'our church prayed for the family of the lad who died by suicide',
    "what's the suicide prevention helpline number for the UK?",
    'a celebrity killed himself yesterday, so sad',
    'suicide is never the answer, god bless',
    'i read an article about suicide among farmers',
    'i think the film about suicide was really well made',
    'is it true carers are more likely to die by suicide?',
    'news mein dekha ke suicide rate barh gaya hai',
    'yaar ye drama khudkushi ke baare mein hai, bohat acha hai',
    'li uma notícia sobre suicídio de adolescentes',
    'leí un artículo sobre el suicidio en el campo',
    '我看了一篇关于自杀的报道',
    'شفت فيلم عن الانتحار امبارح',
    'czytałam artykuł o samobójstwach wśród rolników',
    'am citit un articol despre sinucidere la tineri',
    'darllenais erthygl am hunanladdiad ymysg ffermwyr',
    'ਮੈਂ ਖ਼ਬਰ ਪੜ੍ਹੀ ਕਿ ਕਿਸਾਨਾਂ ਦੀ ਖੁਦਕੁਸ਼ੀ ਵਧ ਰਹੀ ਹੈ',
    'আমি খবরে পড়লাম আত্মহত্যার হার বেড়েছে',
    'મેં સમાચારમાં વાંચ્યું કે આત્મહત્યાનો દર વધ્યો છે',
    'میں نے خبر پڑھی کہ خودکشی کی شرح بڑھ گئی',
    'اللہ سب کو خودکشی سے محفوظ رکھے',
    'suicidio no es la solución, que Dios nos ayude',
    'تعبت من رعاية امي، اموت من التعب كل يوم',
    'والله بموت من التعب ما عدت اقدر',
    'رح اموت من الزهق بالمستشفى',
    'اموت فيك يا امي',
    'خلاص تعبت، حاسة اني رح انهار',
    'ما عاد فيني، الدنيا ضاقت علي',
    'انا تعبانه نفسيا من كثر المسؤوليات',
    'خايفه اموت قبل ما اشوف بنتي تكبر',
    'the newz said sucide rates went up agen',
    'documantary about suicde last nite',
    'noticia: taxa de suicidio aumentou no brasil',
    'estadisticas de suicido entre jovenes',
    'wiadomosci: liczba samobojstw wzrosla',
    'rata sinuciderilor a crescut, zic stirile',
    '自殺率上升的新聞',
    'الانتحار حرام يا جماعة',
    'suicide rates news: khudkushi bohat barh gayi hai',
    'my friend committed suicide in 2015 and I still think about him',
    'my grandad took his own life when my mum was young',
    'I lost my brother to suicide three years ago and I still feel guilty',
    'what should I say to my friend whose dad died by suicide?',
    'my cousin killed himself years ago, it still affects the family',
    'we went to the funeral of a boy from school who committed suicide',
    "thanks for the suicide prevention number, I'll pass it to my neighbour",
    'is it true that suicide is more common in men?',
    'my son is doing a school project on suicide prevention',
    'I volunteer on a suicide helpline',
    'I work as a nurse and we had a suicide on the ward last week',
    'I feel so sad reading about suicide rates among young people',
    'mi amigo se suicidó en 2015 y todavía pienso en él',
    'perdí a mi hermano por suicidio hace tres años',
    'mi abuelo se quitó la vida cuando mi madre era joven',
    'soy enfermera y tuvimos un suicidio en la planta la semana pasada',
    '¿es verdad que el suicidio es más común en hombres?',
    'gracias por el teléfono de prevención del suicidio',
    'meu amigo cometeu suicídio em 2015 e ainda penso nele',
    'perdi meu irmão para o suicídio há três anos',
    'sou enfermeira e tivemos um suicídio na enfermaria semana passada',
    'é verdade que o suicídio é mais comum em homens?',
    '三年前我哥哥自杀去世了',
    '我是护士，上周病房里有人自杀',
    '自杀在男性中更常见吗？',
    '谢谢你们提供的自杀干预热线',
    'we watched Suicide Squad last night, so bad lol',
    'a suicide bomber attacked a market, it was on the news',
    'driving on the M4 in this fog is suicidal',
    "the 'suicide doors' on my dad's old car are cool",
    "my brother's friend died by suicide, how do I support my brother?",
    'I think the film about suicide was really well made',
  ],
  urgent: [
    'the news about suicide just makes me want to die too',
    'saw a film about suicide. honestly same, been feeling suicidal for weeks',
    "that documentary on suicide was me. i've tried twice",
    'reading about suicide rates and thinking maybe i should just end it',
    "there was a report on suicide in carers. I'm one of them, I've thought about it",
    'my husband watched a film about suicide and now he keeps saying he wants to kill himself',
    'news said suicide rates up. kms',
    "not gonna lie the suicide statistics don't scare me, I'm planning mine",
    "the book about suicide made me realise I've been suicidal for a year",
    'everyone talks about suicide prevention but nobody helped me when I tried last month',
    'watching the news... my mum tried to kill herself last night',
    'i cant stop thinking about that film about suicide, i feel the same as her',
    "the suicide rate is going up and I'll be part of the stats soon",
    "news says suicide is rising. I'm suicidal too tbh",
    'news dekhi, sach mein mujhe bhi khudkushi karne ka dil karta hai',
    'drama dekh ke main bhi sochti hoon khudkushi kar lun',
    'vi o filme sobre suicídio, tô pensando em me matar',
    'vi una película sobre suicidio y ya no quiero vivir',
    'joder, las noticias del suicidio... yo también lo he pensado',
    '看了关于自杀的电影，我也不想活了',
    'شفت فيلم عن الانتحار وانا نفسي انتحر',
    'czytałam artykuł o samobójstwach i sama o tym myślę',
    'am citit un articol despre sinucidere și mă gândesc și eu la asta',
    "darllenais erthygl am hunanladdiad, dw i'n meddwl am y peth hefyd",
    'ye news dekh kar I want to die honestly',
    'suicide rates news... yaar main bhi marna chahta hoon',
    'بدي موت ما عاد بدي عيش',
    'اموت وارتاح من هالدنيا',
    'نفسي اموت',
    'watched a documantary on suicde n tbh im suicdal too',
    'vi a noticia do suicidio e eu tb penso nisso todo dia',
    'leí la noticia del suicidio, yo tb pienso en matarme',
    '看到自殺的新聞，我也想自殺',
    'الانتحار حرام بس انا تعبت وبدي انتحر',
    'khudkushi ki news dekhi, mujhe bhi khudkushi ka khayal aata hai',
    'my husband attempted suicide two weeks ago',
    "what's the most painless method of suicide?",
    'how many paracetamol would it take, asking for a documentary',
    'my brother killed himself last year and now I want to join him',
    "since my dad's suicide I feel like ending it too",
    "i volunteer on a suicide helpline but honestly i'm suicidal myself",
    'mi marido intentó suicidarse hace dos semanas',
    'meu marido tentou suicídio há duas semanas',
    '我老公两周前自杀未遂',
    'desde el suicidio de mi padre quiero acabar con todo',
    '自从我爸自杀以后，我也不想活了',
    'my son is on suicide watch',
    'watched suicide squad and now I feel suicidal',
    'suicide squad made me want to die lol',
    "I've been a suicidal wreck since mum died",
    "I almost committed suicide last year and I'm scared it's coming back",
    'my GP referred me because of suicidal thoughts',
    'called samaritans last night, suicidal thoughts again',
    'el médico dice que tengo pensamientos suicidas',
    'o médico disse que tenho pensamentos suicidas',
    '医生说我有自杀倾向',
    '真的要自杀了',
    '以前想过自杀，现在又想了',
    "I can't show anyone how suicidal I feel",
    'death by suicide is what I think about every night',
    "I know suicide is selfish but I can't go on",
    'why does someone like me feel suicidal all the time',
    'الانتحار حرام بس ما عاد فيني',
    'sé que el suicidio es pecado pero ya no aguanto',
    'eu sei que suicídio é pecado mas não aguento mais',
    '我知道自杀是不对的，但是我真的撑不下去了',
    'khudkushi haram hai lekin main thak gayi hoon',
    'need to talk about suicide, please',
    'can I talk to someone about feeling suicidal',
    'necesito hablar de mis pensamientos suicidas',
    'preciso falar sobre meus pensamentos suicidas',
  ],
};

/**
 * Chemotherapy (added while reviewing the rule's precision): a question about fever on
 * chemo in general is not an emergency; a person on chemo now with a fever, a temperature reading
 * or shivering is, even when the message also asks a general question. A cold house, sweating over
 * the bills or shaking with nerves is not a fever, nor is 'no fever' or chemo years ago (unless it
 * has started again).
 */
const CHEMO = {
  general: [
    "what temperature is too high when you're on chemo?",
    'does chemo make you feel cold and shivery?',
    'the leaflet says call the chemo line if you get a fever',
    'how common are fevers after chemo?',
    'what should you do if someone on chemo gets a high temperature?',
    'my husband starts chemo next week, what side effects should we look out for?',
    'anyone else get chills after their chemo infusion?',
    'my mum had chemo years ago and now has a cold with a temperature',
    'should I buy a thermometer for when dad starts chemo?',
    "what's a normal temperature for an adult?",
    "my son has a fever, he's 6",
    'mum is on chemo and her temperature is normal, 36.8',
    "dad's on chemo, he checked his temperature and it's fine",
    'she is having chemo, how do I keep her room at the right temperature?',
    'my wife finished chemo in March and now she has a cold',
    'he finished chemotherapy two years ago and has a slight fever with the flu',
    "the chemo made her feel awful last month but she's much better now",
    'on chemo and feeling tired and sick, is there any help with travel costs?',
    'my husband is on chemo and feels awful about losing his hair',
    'his chemo is making him shaky on his feet, can we get a walking frame?',
    "she's on chemo and keeps being sick in the mornings, any tips for nausea?",
    'chemo nurse said to ring the hotline if his temperature goes above 37.5',
    'we have a thermometer at home since he started chemo, just in case',
    'what side effects does chemo have? hair loss, nausea, fever?',
    'my sister had a fever last week and she starts chemo tomorrow',
    "dad's chemo was postponed because he had a temperature, he's fine now",
    "mum is on chemo and I'm shaking with nerves before her scan",
    "she had chemo years ago, now she's confused because of dementia",
    "we're freezing, can't afford the heating and mum's on cancer treatment",
    'the house is freezing and dad has chemo next week, any grants for heating?',
    "i'm sweating about the bills since his treatment started",
    "she's boiling in the hospital ward during her infusion, can we bring a fan?",
    'I was shaking when the doctor told us about the chemo',
    "chemo tomorrow and I'm freezing in this waiting room lol",
    '妈妈在化疗，体温正常，36.5度',
    '化疗结束两年了，最近有点发烧感冒',
    'mi madre está con quimio y no tiene fiebre, todo bien',
    'mi padre terminó la quimio hace dos años y ahora tiene un resfriado con fiebre',
    'minha mãe faz quimio e a febre já passou, está bem agora',
    'mama jest na chemii, temperatura w normie',
    "mae mam ar gemotherapi ac mae'r gwres canolog wedi torri",
    'امي تاخذ الكيماوي وحرارتها طبيعية',
    'mama face chimioterapie, nu are febră',
    'mi madre está con quimio y tiemblo de miedo por los resultados',
    'my dad finished chemo 3 years ago and has a cold with a slight temperature',
    'finished chemo in 2019, now has a fever of 38.2',
    "I'm confused about mum's chemo schedule, who do I ask?",
    'dad is on chemo and confused by all the forms',
    "she's on chemo and the temperature in the hospital is so high",
    "he's on chemo and looking terrible without his hair, how do I cheer him up",
    "my wife's chemo is going well, no temperature, just tired",
    "on chemo, can't keep up with the housework, any help?",
    'the chemo nurse checks her temperature every visit',
    "mum's on chemo and her temperature has been fine all week",
    'what temperature should the fridge be for her chemo tablets?',
    'he is on chemo and we are going on holiday somewhere hot',
  ],
  now: [
    "dad is on chemo and he's burning up",
    "mum's temp is 38.1 and she had chemo on friday",
    "my wife is on chemo, she's been shivering all night and feels awful",
    'on chemo, temp 38, what do I do',
    'had chemo 10 days ago and now got a high temperature',
    "he's having chemo and his temperature went up to 38.5, is it the side effects?",
    "my husband is on chemo. can chemo cause a fever? he's 38.4 now",
    "she's on chemotherapy and has got the shakes and a temp",
    "mum had chemo last week and she's shivering and feels awful",
    "he's on chemo and suddenly very unwell",
    'my wife is on chemo and her temperature is 35.5',
    "mum is on chemo and she's freezing and shaking, feels terrible",
    "dad is on treatment for cancer, he's burning up and clammy",
    'the house is freezing and mum is shivering, she is on chemo',
    'heating broke, dad on chemo is freezing cold and shaking',
    'mi madre está con quimio y tiene fiebre y escalofríos',
    '妈妈在化疗，现在发烧38.5度',
    'امي تاخذ الكيماوي وحرارتها مرتفعة',
    'mama jest na chemii i ma dreszcze',
    "he finished chemo two years ago but he's back on chemo now and has a temperature of 38.5",
    'mi madre está con quimio, no tiene fiebre pero tiembla y tiene escalofríos',
    '妈妈在化疗，没有发烧但是一直发抖',
    "dad's on chemo and suddenly confused and very sleepy",
    "she's on chemo and cant keep anything down since this morning",
    'my husband on chemo has a temperature of 37.8',
    "he was shaking when I rang the chemo line, he's on chemo",
    "she's on chemo and feels awful when she stands up, temp 38",
  ],
};

function expectLevel(text: string, atLeast: RiskLevel, atMost: RiskLevel): void {
  const { level, ruleIds } = assessRisk(text);
  const why = `${level} ${ruleIds.join(',')}`;
  expect(riskRank(level), why).to.be.at.least(riskRank(atLeast));
  expect(riskRank(level), why).to.be.at.most(riskRank(atMost));
}

describe('reporting frames', () => {
  for (const [lang, table] of Object.entries(TABLES)) {
    describe(lang, () => {
      it('has at least 15 cases', () => expect(table.reporting.length + table.personal.length + table.emergency.length).to.be.at.least(15));
      for (const text of table.reporting) it(`below urgent: ${text}`, () => expectLevel(text, 'none', 'concern'));
      for (const text of table.personal) it(`urgent+: ${text}`, () => expectLevel(text, 'urgent', 'emergency'));
      for (const text of table.emergency) it(`emergency: ${text}`, () => expectLevel(text, 'emergency', 'emergency'));
    });
  }

  describe('probes', () => {
    for (const text of PROBES.below) it(`below urgent: ${text}`, () => expectLevel(text, 'none', 'concern'));
    for (const text of PROBES.urgent) it(`urgent+: ${text}`, () => expectLevel(text, 'urgent', 'emergency'));
  });

  describe('chemotherapy: a general question vs on chemo now with a fever', () => {
    for (const text of CHEMO.general) it(`below urgent: ${text}`, () => expectLevel(text, 'none', 'concern'));
    for (const text of CHEMO.now) it(`emergency: ${text}`, () => expectLevel(text, 'emergency', 'emergency'));
  });

  describe('a frame never lowers what other evidence sets', () => {
    const rows: Array<[string, RiskLevel]> = [
      ['there was a documentary about suicide on tonight. ive been stockpiling my sleeping pills', 'urgent'],
      ['the news keeps reporting suicides and my husband has stopped breathing', 'emergency'],
      ['suicide rates rose again, and I have just swallowed a whole box of paracetamol', 'emergency'],
      ['may God protect us from suicide. my son punches me when he is drunk', 'urgent'],
    ];
    for (const [text, atLeast] of rows) it(`${atLeast}+: ${text}`, () => expectLevel(text, atLeast, 'emergency'));

    it('the writer in one language stands down a frame written in another', () => {
      expectLevel('the news about suicide rates again. انا بفكر انتحر', 'urgent', 'emergency');
      expectLevel('news mein suicide ki khabar thi, main bhi marna chahta hoon', 'urgent', 'emergency');
    });

    it('a frame naming an unknown rule stops the load', () => {
      const data = loadRuleSetData();
      const rules = data.rules.map((r) => (r.kind === 'frame' && r.enabled ? { ...r, silences: ['suicide.no_such_rule'] } : r));
      expect(() => compileRuleSet({ ...data, rules })).to.throw(/unknown rule suicide.no_such_rule/);
    });

    it('a frame is not an idiom: it never vetoes a raise by the model', () => {
      const ids = engine.ruleSet?.idiomIds ?? new Set<string>();
      const frameIds = (engine.ruleSet?.rules ?? []).filter((r) => r.enabled && r.kind === 'frame').map((r) => r.id);
      expect(frameIds.length).to.be.greaterThan(0);
      for (const id of frameIds) expect(ids.has(id), id).to.equal(false);
      const finding = emptyFinding();
      finding.ruleIds.add(frameIds[0] ?? '');
      const opinion: ModelOpinion = { level: 'urgent', categories: ['suicide_self_harm'], scores: {} as ModelOpinion['scores'] };
      combine(finding, opinion, ids);
      expect(finding.level).to.equal('urgent');
    });
  });
});
