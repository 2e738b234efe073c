/**
 * The resolved_medical frames in Spanish, Portuguese, Polish, Romanian, Welsh and romanised Urdu
 * (data/risk/frames/resolved-<lang>.json, resolved-ur-latn.json): an event told as over or asked
 * as a what-if is no emergency now; the same event now, again, or a present symptom after a 'but'
 * still is. Rules alone.
 */
import { describeRuleLevels, type LevelTables } from './ruleLevels';

/** [text, the rules' level]. */
const TABLES: LevelTables = {
  es: [
    ['mi madre tuvo dolor en el pecho el mes pasado, en el hospital dijeron que era ansiedad', 'none'],
    ['mi padre se desmayó en marzo y desde entonces está bien', 'none'],
    ['tuvo fiebre después de la quimio la semana pasada pero le bajó, ya está bien', 'none'],
    ['¿qué hago si se desmaya?', 'none'],
    ['hace años se desmayó una vez, desde entonces nada', 'none'],
    ['tuvo una convulsión hace una hora y ahora no dice nada con sentido', 'emergency'],
    ['el mes pasado tuvo dolor en el pecho, ya estaba bien, pero ha vuelto otra vez y no puede respirar', 'emergency'],
    ['se desmayó en marzo y todavía no está bien, ahora no responde', 'emergency'],
    ['¿qué hago? está teniendo una convulsión ahora mismo', 'emergency'],
    ['está con quimio y ahora tiene fiebre de 38,5', 'emergency'],
    ['el médico dijo que era ansiedad pero se ha desmayado otra vez', 'emergency'],
    ['el mes pasado le bajó la fiebre, pero la quimio sigue y tiene 39 de fiebre', 'emergency'],
  ],
  pt: [
    ['a minha mãe teve uma pressão no peito no mês passado, no hospital disseram que era ansiedade', 'none'],
    ['o meu pai desmaiou em março e desde então está bem', 'none'],
    ['teve febre depois da quimio na semana passada mas já baixou, já está bem', 'none'],
    ['o que faço se ele tiver dificuldade em respirar?', 'none'],
    ['teve uma convulsão há uma hora e agora não diz coisa com coisa', 'emergency'],
    ['no mês passado teve dores no peito, já estava bem, mas voltou outra vez e não consegue respirar', 'emergency'],
    ['desmaiou em março e ainda não está bem, agora não responde', 'emergency'],
    ['está a fazer quimio e agora tem febre de 38,5', 'emergency'],
    ['o médico disse que era ansiedade mas desmaiou outra vez', 'emergency'],
    ['no ano passado recuperou, mas agora está a sangrar muito', 'emergency'],
  ],
  pl: [
    ['mama miała ból w klatce piersiowej w zeszłym miesiącu, w szpitalu powiedzieli, że to nerwica', 'none'],
    ['tata zemdlał w marcu, od tamtej pory nic się nie działo', 'none'],
    ['po chemii w zeszłym tygodniu miała gorączkę, ale gorączka spadła i już jest dobrze', 'none'],
    ['co robić, jeśli straci przytomność?', 'none'],
    ['godzinę temu miała atak padaczki, a teraz mówi bez sensu', 'emergency'],
    ['w zeszłym miesiącu miał ból w klatce piersiowej, już było dobrze, ale wróciło znowu i nie może oddychać', 'emergency'],
    ['tata zemdlał w marcu i wciąż nie jest dobrze, teraz nie reaguje', 'emergency'],
    ['jest na chemii i teraz ma gorączkę 38,5', 'emergency'],
    ['lekarz powiedział, że to nerwica, ale znowu zemdlał', 'emergency'],
    ['w zeszłym roku wyzdrowiał, ale ma silny ucisk w klatce piersiowej', 'emergency'],
  ],
  ro: [
    ['mama a avut dureri în piept luna trecută, la spital au spus că a fost anxietate', 'none'],
    ['tata a leșinat în martie și de atunci e bine', 'none'],
    ['a avut febră după chimio săptămâna trecută, dar i-a trecut, e bine acum', 'none'],
    ['ce fac dacă nu mai poate să respire?', 'none'],
    ['a avut o criză de epilepsie acum o oră și acum vorbește fără sens', 'emergency'],
    ['luna trecută a avut dureri în piept, era bine, dar acum iar îl doare și nu poate respira', 'emergency'],
    ['tata a leșinat în martie și tot nu e bine, acum nu răspunde', 'emergency'],
    ['face chimioterapie și acum are febră 38,5', 'emergency'],
    ['medicul a spus că a fost anxietate, dar a leșinat din nou', 'emergency'],
    ['luna trecută și-a revenit, dar are o durere puternică în piept', 'emergency'],
  ],
  cy: [
    ['roedd gan dad bwysau trwm yn ei frest fis diwethaf, ond dywedodd y meddyg mai gorbryder oedd', 'none'],
    ["cafodd dad ffit ym mis Mawrth, mae e'n iawn ers hynny", 'none'],
    ["roedd ganddi dymheredd ar ôl y cemo wythnos diwethaf ond aeth i lawr, mae hi'n iawn nawr", 'none'],
    ["beth ddylwn i wneud os ydy e'n cael trafferth anadlu?", 'none'],
    ["cafodd hi ffit awr yn ôl a nawr mae hi'n siarad yn ddryslyd", 'emergency'],
    ["cafodd boen yn ei frest fis diwethaf, roedd yn iawn, ond mae'r boen yn ôl eto a mae'n methu anadlu", 'emergency'],
    ["cafodd dad ffit ym mis Mawrth ac mae e'n dal ddim yn iawn, dyw e ddim yn ymateb", 'emergency'],
    ['mae hi ar gemotherapi a nawr mae ganddi dymheredd o 38.5', 'emergency'],
    ['dywedodd y meddyg mai gorbryder oedd, ond gafodd ffit eto bore ma', 'emergency'],
    ['mae e wedi gwella ers llynedd ond mae ganddo bwysau trwm yn ei frest', 'emergency'],
  ],
  ur: [
    ['ammi ko pichle mahine seene mein dard hua tha, hospital mein doctor ne kaha gas thi', 'none'],
    ['abbu march mein behosh ho gaye the, tab se theek hain', 'none'],
    ['pichle hafte chemo ke baad bukhar hua tha lekin utar gaya, ab theek hain', 'none'],
    ['agar unko daura pade to kya karun', 'none'],
    ['ek ghante pehle ammi ko daura para aur ab woh ajeeb baatein kar rahi hain', 'emergency'],
    ['pichle mahine seene mein dard hua tha, theek ho gaye the, ab phir se dard hai aur saans nahi aa rahi', 'emergency'],
    ['abbu march mein behosh hue the aur abhi bhi hosh mein nahi aa rahe', 'emergency'],
    ['ammi ki chemo chal rahi hai aur abhi tez bukhar hai 38.5', 'emergency'],
    ['doctor ne kaha gas thi lekin abbu phir se behosh ho gaye', 'emergency'],
    ['doctor ne kaha gas thi magar saans ukhar rahi hai', 'emergency'],
  ],
};

describeRuleLevels('a medical event told as over is no emergency now, Latin-script languages (frames resolved_medical)', TABLES);
