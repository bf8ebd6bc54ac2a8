// What a page says to its reader rather than about the story: sign-ups, follow boxes, paywalls,
// appeals, notices about the browser, toolbars and their controls, invitations to read more.
import { dateLine } from '../../dates.ts';
import { LINK_ROW, linkLabels } from './links.ts';
import { countMatches, isOwnParagraph } from './text.ts';
import { wordCount } from '../../words.ts';

// Invitations to follow the outlet elsewhere: a network or feed named beside follow/subscribe/join.
const SOCIAL_NETWORK = /(?<!\p{L})(?:telegram|facebook|twitter|x \(twitter\)|on x|linkedin|whatsapp|youtube|instagram|tiktok|viber|google news|rss|threads|bluesky|mastodon|телеграм\p{L}*|фейсбук\p{L}*)(?!\p{L})/iu;
const FOLLOW_WORD = /(?<!\p{L})(?:follow|following|subscribe|join|stay updated|stay informed|channel|folge\p{L}*|abonn\p{L}+|suivez|síguenos|seguici|подпис\p{L}+|підпис\p{L}+|приєдну\p{L}+|присоедин\p{L}+|канал\p{L}*)(?!\p{L})/iu;
// A call for money speaks to the reader too: "Support Example News or become our patron!",
// "Підтримайте нас", "Unterstützen Sie uns mit einer Spende": it asks for "us", or for money
// ("Support our troops" in a speech is neither).
const SUPPORT_CALL = /^\W*(?:support|donate|become (?:a|an|our) (?:patron|member|supporter|donor)|підтрима\p{L}*|поддерж\p{L}*|unterstütz\p{L}*|soutenez|apoy\p{L}*|sostieni|wesprzyj|podpořte)(?!\p{L})/iu;
// "Us" as a site calls itself, in the dossier's languages; a call for money and a follow box both say it.
const US = String.raw`us|нас|uns|nous|nos`;
const SUPPORT_WHAT = new RegExp(String.raw`(?<!\p{L})(?:${US}|noi|nas|nás|patron\p{L}*|donat\p{L}*|donor|membership|spende\p{L}*|don|пожертв\p{L}*|донат\p{L}*)(?!\p{L})`, 'iu');
// How to comment, said to the reader: "With your current subscription plan you can comment on
// stories… please create a display name". It speaks of commenting, to "you", and of an account.
const COMMENTING = /(?<!\p{L})comment(?:s|ing)?(?!\p{L})/iu;
const YOU = 'you|your';
const TO_THE_READER = new RegExp(String.raw`(?<!\p{L})(?:${YOU})(?!\p{L})`, 'iu');
const ACCOUNT_WORDS = /(?<!\p{L})(?:subscri\p{L}*|account|display name|sign(?:ed)? in|log(?:ged)? in|register\p{L}*|profile|guidelines|community standards)(?!\p{L})/iu;
const COMMENT_PROMPT_WORDS = 60;
// Or the site's rules for comments, which run longer: "… will be removed … any of our posting
// standards, terms of use or privacy policies … You are fully responsible for the content that you post."
const RULES_WORDS = /(?<!\p{L})(?:posting standards|terms of (?:use|service)|privacy polic(?:y|ies)|discussion polic(?:y|ies))(?!\p{L})/iu;
const COMMENT_RULES_WORDS = 90;
// A notice about the reader's browser: "This page is best viewed in an up-to-date web browser with
// style sheets enabled…", "Please enable JavaScript to view the comments". It names the browser or
// what it runs, asks for something to be enabled or upgraded, and says please or speaks to "you"
// of this page: a report on browsers ("your browser will update itself") does neither.
const BROWSER_WORDS = /(?<!\p{L})(?:(?:web )?browsers?|navigateurs?|navegador(?:es)?|javascript|style ?sheets|css|cookies|flash(?: player)?|plug-?ins?|браузер\p{L}*)(?!\p{L})/iu;
const BROWSER_ASK = /(?<!\p{L})(?:enabl\p{L}*|upgrad\p{L}*|up-to-date|turn(?:ed)? on|switch(?:ed)? on|best viewed|activat\p{L}*|activ(?:ez|er|ar|e)|aktivier\p{L}*|включ\p{L}*|увімкн\p{L}*|обнов\p{L}*|онов\p{L}*)(?!\p{L})/iu;
const THIS_PAGE = /(?<!\p{L})(?:this (?:page|site|website|content|video|feature))(?!\p{L})/iu;
const PLEASE = /(?<!\p{L})(?:please|bitte|veuillez|пожалуйста|будь ласка)(?!\p{L})/iu;
const READER_ADDRESSED = /(?<!\p{L})(?:you|your|ihr\p{L}*|sie|vous|votre|ваш\p{L}*|вы|ви)(?!\p{L})/iu;
const BROWSER_NOTICE_WORDS = 80;
// …or states what the site needs, to no one in particular: "Site Requirements: Internet Explorer 6.0+,
// Flash Player 9.0. Site best viewed in 1024x768 resolution".
const SITE_NEEDS = /(?<!\p{L})(?:site|system|minimum) requirements(?!\p{L})|(?<!\p{L})best viewed (?:in|at|with) (?:a )?\d{3,4}\s?[x×]\s?\d{3,4}/iu;
// What a video or audio player prints where it cannot play: "Your browser doesn't support HTML5
// video.", "Ihr Browser unterstützt dieses Video nicht.", "Ваш браузер не поддерживает видео."
const PLAYER_FALLBACK = /(?<!\p{L})(?:does\s?n[o’']?t|do\s?n[o’']?t|cannot|can[’']t|не)\s+(?:support|поддерживает|підтримує)|unterstützt\s+(?:\p{L}+\s+)*?(?:kein|nicht)|ne\s+(?:prend|supporte)\s+pas/iu;
const PLAYER_MEDIA = /(?<!\p{L})(?:html5|video\p{L}*|vidéo|audio|iframes?|видео|відео|ال?فيديو)(?!\p{L})|(?:동?영상)/iu;
const PLAYER_FALLBACK_WORDS = 15;
// Or it sends the reader elsewhere to watch: "If you have trouble viewing the video, click on the
// source link…", "Wenn das Video nicht angezeigt wird, klicken Sie hier". A report says what a video
// shows; it never asks its reader to click.
const CLICK_ASK = /(?<!\p{L})(?:click|tap|klick\p{L}*|cliqu\p{L}*|haga clic|pulse|clicca|kliknij|klikněte|нажмите|натисніть|кликните|[اإ]ضغط|انقر)(?!\p{L})|클릭/iu;
const PLAYER_ELSEWHERE_WORDS = 25;
// A follow box speaks to the reader: it opens on the invitation ("Subscribe to …", "Folgen Sie …")
// or names the site as us ("follow us", "our channel", "наш канал"). News names channels too,
// in the third person: "Russian Telegram channel Astra reported a fire" is the article.
const FOLLOW_INVITATION = new RegExp(
  String.raw`^\W*(?:follow|subscribe|join|stay|folg\p{L}*|abonn\p{L}+|suivez|síguenos|seguici|seguí|подпис\p{L}+|підпис\p{L}+|приєдну\p{L}+|присоедин\p{L}+|читайте|читай)(?!\p{L})` +
    String.raw`|(?<!\p{L})(?:${US}|${YOU}|our|наш\p{L}*|unser\p{L}*|notre|vous|nuestr\p{L}*|nostr\p{L}*|naš\p{L}*|nasz\p{L}*)(?!\p{L})`,
  'iu',
);
// Words that only name controls of the page (share, print, text size, reading mode); a line of nothing else is a toolbar.
// The link under a teaser card, in the dossier's languages ("Číst článek", "Artikel lesen", "Читать далее") is one too.
const CONTROL_WORDS = new Set(
  ('číst článek čítať článok czytaj artykuł lesen artikel weiterlesen lire leggi articolo leer artículo читать статью далее читати статтю далі '
  // The links to the posts before and after: "Articolo precedente", "Vorheriger Artikel", "Article suivant".
  + 'precedente successivo vorheriger nächster précédent suivant anterior siguiente poprzedni następny předchozí další предыдущая следующая попередня наступна '
  + 'print printer friendly version format email e-mail mail send share this article story page font size text read reading mode reader listen save bookmark bookmarks copy link links comment comments post posts tweet facebook twitter whatsapp telegram linkedin pinterest reddit digg delicious rss feed feeds close open menu search advanced arrow right left up down back top next previous prev more less zoom increase decrease reset end of light dark theme language toggle view gallery image images photos video videos audio click enlarge to a the on editor friend friends rate login log in out register sign normal large larger small smaller bigger resize type '
  // A share row's buttons: "Like Tweet +1 Share Pin It".
  + 'like pin tumblr stumbleupon instapaper pocket flipboard plus').split(' '),
);
// A comment box's count and prompt, in words of its own: "Be the first to comment", "Comments (9) Add a comment",
// "{ 10 comments… read them below or add one }", "No comments yet".
const COMMENT_BOX_WORDS = new Set('comment comments reply replies responses discussion add leave post write join the a to be first no yet read them below or one your view all show'.split(' '));
const COMMENT_BOX_NOUN = /(?<!\p{L})(?:comments?|repl(?:y|ies)|responses|discussion)(?!\p{L})/iu;

/** True for a comment box's count or prompt: every word a word of commenting, or a count. (Its shape stays a label's: the thread's label ends the article.) */
export function isCommentBox(text: string, words: number): boolean {
  if (words < 2 || words > 12 || !COMMENT_BOX_NOUN.test(text)) return false;
  return controlTokens(text).every((w) => COMMENT_BOX_WORDS.has(w) || /^\d+$/.test(w));
}
// A comment box with no comments, or its prompt, in the dossier's other languages: "Non ci sono commenti",
// "Keine Kommentare", "Нет комментариев", "有话要说…" (something to say?).
const NO_COMMENTS_YET = /^(?:(?:non ci sono|nessun) commenti|keine kommentare(?: vorhanden)?|aucun commentaire|(?:no hay|sin) comentarios|(?:sem|nenhum) comentários?|brak komentarzy|žádné komentáře|нет комментариев|комментариев (?:пока )?нет|немає коментарів|коментарів (?:поки )?немає|有话要说|发表评论|我要评论)\s*[.!…]*$/iu;

// The site's copyright line: "Copyright 2008 The Example Gazette. All rights reserved."
const COPYRIGHT_LINE = /^(?:©|\(c\)|copyright(?!\p{L}))|(?<!\p{L})all rights reserved(?!\p{L})|(?<!\p{L})(?:tous droits réservés|alle rechte (?:vorbehalten|sind geschützt)|все права защищены|всі права захищені|todos los derechos reservados|todos os direitos reservados|tutti i diritti riservati|wszelkie prawa zastrzeżone|všechna práva vyhrazena|všetky práva vyhradené|minden jog fenntartva|toate drepturile rezervate|alle rechten voorbehouden|kaikki oikeudet pidätetään|alle rettigheter reservert|alle rettigheder forbeholdes|med ensamrätt)(?!\p{L})/iu;
// The software or the designer a site credits in its footer: "Powered by WordPress", "Proudly powered by …", "Theme by …".
// …and the company that keeps the site: "Maintained and developed by …", "Designed and hosted by …".
const SITE_ENGINE = /^(?:proudly )?powered by\s+\S|^(?:theme|site design|website) by\s+\S|^(?:(?:site|website) )?(?:maintained|(?:designed|developed|hosted|maintained) and (?:designed|developed|hosted|maintained)) by\s+\S/iu;
const SITE_ENGINE_WORDS = 8;
// A whole line in square brackets is an editor's or a tool's note ("[Short citation of 8% of the original article]").
const BRACKET_NOTE = /^\[[^\]]{3,120}\]$/u;
// A republisher's note on a wire story ("(Except for the headline, this story has not been edited
// by … staff and is published from a syndicated feed.)"): about the page, not the story.
// A platform's notice that its users posted the page, not the platform: "Notice: The content above … is
// uploaded and posted by a user of NAME, which is a social media platform and only provides information
// storage services", "特别声明：以上内容…为自媒体平台…用户上传并发布，本平台仅提供信息存储服务".
const USER_CONTENT_NOTICE = /(?:the content above|以上内容).{0,160}(?:uploaded|posted|上传|發布|发布).{0,160}(?:platform|平台)/isu;
const USER_CONTENT_NOTICE_WORDS = 80;
// A feed's footer under a post it carries: "The post TITLE appeared first on NAME."
const FEED_FOOTER = /^the post .{3,200} appeared first on .{2,60}\.?$/iu;
const SYNDICATION_NOTE = /^\(?(?:except for the headline, )?this (?:story|article|report) (?:has not been edited|is (?:auto-)?generated|is published from) [^()]{0,160}(?:syndicated|agency|wire|news service) (?:feed|copy)[^()]{0,40}\.?\)?$/iu;
// The page asking its reader to comment, as a sentence ("Kindly drop a comment below.", "Leave your thoughts in
// the comments"); the label over a comment form ("Leave a Comment") is the thread's, and ends the article there.
const COMMENT_ASK = /^(?:kindly |please )?(?:drop|leave|share|post|add) (?:a|your|us a) (?:comment|thoughts|views|opinion)s?(?:(?: below| in the comments?(?: section)?(?: below)?)\s*[.!]?|\s*[.!])$/iu;
// The page asking its reader to report a mistake: "Found an error? Contact us", "Spotted a typo?",
// "Нашли ошибку? Выделите текст и нажмите Ctrl+Enter". A question to the reader, so a short line
// with its question mark; the story's own sentences about errors are statements.
const ERROR_REPORT = /^(?:(?:have you )?(?:found|spotted|noticed|see) (?:an? )?(?:error|mistake|typo)|encontrou (?:algum|um) erro|¿?(?:encontraste|has encontrado|encontró|viste) (?:algún|un) error|(?:einen )?fehler gefunden|vous avez (?:trouvé|repéré|vu) une (?:erreur|faute)|hai trovato un errore|(?:вы )?(?:нашли|заметили) ошибку|(?:ви )?(?:знайшли|помітили) помилку|(?:znalazłeś|zauważyłeś|znalazłaś|zauważyłaś) błąd|našli jste chybu)\s*\?/iu;
const ERROR_REPORT_WORDS = 15;
// Who may comment: "Comments are exclusive to subscribers", "Os comentários são exclusivos para
// assinantes", "Les commentaires sont réservés aux abonnés". The comment box's note, not the story's.
const COMMENTS_FOR_SUBSCRIBERS = /(?<!\p{L})(?:comments?|comentários|comentarios|commentaires|kommentare|commenti|komentarze|комментарии|коментарі)(?!\p{L}).*(?<!\p{L})(?:subscribers|members|assinantes|suscriptores|abonnés|abonnenten|abbonati|prenumeratorów|subskrybentów|подписчик\p{L}*|передплатник\p{L}*)(?!\p{L})/iu;
const COMMENTS_FOR_SUBSCRIBERS_WORDS = 15;
const ONLY_FOR = /(?<!\p{L})(?:exclusiv\p{L}*|only|reserved|réservés?|reservados?|vorbehalten|riservati|tylko|wyłącznie|только|лише|тільки)(?!\p{L})/iu;
// The site telling the reader that a part of the page failed ("We're sorry, this feature is
// currently unavailable. … Please try again later.") or how old the page is ("This was published
// 18 years ago"): the page's state, not the story's.
const SITE_NOTICE = /(?<!\p{L})(?:this|the) (?:feature|content|video|service|player|widget|page) is (?:currently|temporarily) unavailable(?!\p{L})|(?<!\p{L})unavailable(?!\p{L}).*(?<!\p{L})please try again(?!\p{L})|^(?:this|the) (?:article|story|page|post)? ?(?:was|is) (?:first )?published (?:more than |over |about )?(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten) (?:years?|months?) ago\.?$/iu;
const SITE_NOTICE_WORDS = 25;
// A pointer to the whole story on another outlet: "For more on this story, go to NBC News."
const MORE_ELSEWHERE = /^for more (?:on this (?:story|report)|of this story|details|coverage),? (?:go to|visit|see|read|head to)\s+\S/iu;
const MORE_ELSEWHERE_WORDS = 15;
// Invitations to the outlet's own pages: "For the latest updates …, visit our dedicated page", "Read this story in Russian at …".
const OWN_PAGES = /^our (?:standards|principles|editorial (?:standards|principles|policy|guidelines)|ethics policy|corrections policy)\s*:|(?<!\p{L})(?:visit|see|check out|explore) our (?:\p{L}+ ){0,2}(?:page|coverage|website|site|live blog|hub|section)|^read (?:a version of |the \p{L}+ version of )?this (?:story|article) in (?:\p{L}+)(?!\p{L})/iu;
// A salutation that opens an appeal to the readers ("Dear readers,", "Дорогие читатели!").
const APPEAL = /^(?:dear (?:readers?|friends|subscribers)|liebe (?:leserinnen|leser)\p{L}*|chers lecteurs|chères lectrices|queridos lectores|cari lettori|дорогие читатели|уважаемые читатели|дорогі читачі|шановні читачі)\s*[,!:.]?$/iu;
// The opening of an appeal that asks before it addresses anyone: "… we have a small favour to
// ask.", "Before you go, …". An article's own sentence does not open this way.
const APPEAL_OPENER = /^[\s.…]*(?:we have a small favou?r to ask|before you (?:go|leave|continue)\s*[,.…:—–-])/iu;
const READING_TIME =
  /^(?:\d+\s*(?:[-–]\s*\d+\s*)?(?:min(?:ute)?s?\.?|мин(?:ут[аы]?)?\.?|хв(?:илин[аи]?)?\.?)\s*(?:read|reading|de lectura|de lecture|lesezeit|lesedauer|di lettura|чтения|читання|czytania)?|(?:lesezeit|lesedauer|reading time|temps de lecture|tiempo de lectura)\s*:?\s*\d+\s*min\.?)$/iu;
// \b is ASCII-only in JavaScript even with the u flag, so word edges are written as look-arounds.
const NEWSLETTER =
  /(?<!\p{L})(?:subscri\p{L}*|newsletters?|sign(?:ing)?\s*up|(?:your|ihr|votre|tu|su|sua)\s+(?:inbox|postfach|bo[iî]te (?:mail|de réception)|bandeja de entrada|caixa de entrada)|indicates required|(?:in)?valid e-?mail|e-?mail address|enter your e-?mail|confirmation e-?mail|abonn\p{L}+|anmelden|inscri\p{L}+|suscr\p{L}+|подпис\p{L}+|підпис\p{L}+|рассылк\p{L}*|розсилк\p{L}*|nyhetsbrev\p{L}*|nyhedsbrev\p{L}*|uutiskirje\p{L}*|hírlevel\p{L}*|hírlevél\p{L}*|meld deg på|tilmeld dig|prenumerera\p{L}*)(?!\p{L})/iu;
// The same stems tell of signing in news ("Путин подписал указ", "Зеленський підписав закон", "a
// inscrit"): a verb's past or present, not a call to subscribe ("Подписаться", "Підписуйтесь").
const SIGNED = /(?<!\p{L})(?:подписа(?:л|ла|ли|ло|н|на|ны|но|ние|ния|нии|нию)|подписыва(?:ет|ют)|підписа(?:в|ла|ли|ло|ний|на|ні|но|ння|нню)|підпису(?:є|ють)|inscrit(?:e|s|es)?|suscribi(?:ó|eron)|suscrit[oa]s?)(?!\p{L})/giu;
// A paywall's notice, in place of the article or after its first lines: "To read this article in full
// you must be registered", "This story is available to subscribers only", "Il vous reste 80 % de
// cet article à lire", "Dieser Artikel ist nur für Abonnenten". It says what reading takes, not what happened.
const PAYWALL =
  /(?<!\p{L})(?:to (?:read|continue reading|view|access|unlock) (?:(?:this|the full|the rest of (?:this|the)) (?:article|story|content|piece|report)|the (?:article|story) in full)|(?:this|the) (?:article|story|content|piece) is (?:only )?(?:available|reserved|exclusive|accessible) (?:only )?(?:to|for) (?:our )?(?:paid |premium |digital )?(?:subscribers|members|registered users)|you(?:'ve| have) reached (?:your|the) (?:limit|maximum|monthly limit) of (?:free )?(?:articles|stories)|il vous reste \d+\s*% de cet article|(?:article|contenu) réservé aux abonnés|nur für (?:abonnenten|abonnentinnen|abonnierende)|exclusivo para (?:suscriptores|suscritores)|riservato agli abbonati|(?:доступ\p{L}* )?только для подписчиков|лише для передплатників)(?!\p{L})/iu;
const PAYWALL_MAX_WORDS = 40;
// A registration wall's invitation: "Register now for FREE unlimited access to NAME", "Sign up for free to keep reading".
const REGISTER_WALL = /^(?:register|sign up|create (?:a|an|your) (?:free )?account)(?: now| today)? (?:for|to get|and get) (?:free|unlimited)\b/iu;
const REGISTER_WALL_WORDS = 16;
// The tail of an embedded post, a line ending on its picture's address ("(59.48, 32.05). pic.twitter.com/ID"),
// and perhaps the post's date, its signature's last words, glued on ("… pic.twitter.com/ID August 14, 2025").
// A post is at most a few sentences (280 characters); no paragraph of an article ends on such an address.
// (Or the whole signature: "… pic.twitter.com/ID — Jane Roe (@janeroe) September 4, 2025".)
const EMBED_TAIL = /\bpic\.twitter\.com\/\w+(?:\s+[—–-]\s*[^@]{1,80}\(@\w{1,30}\))?(?:\s+[^()]{0,30}\d{4})?$/u;
const EMBED_TAIL_WORDS = 60;
// A sign-up form's own words, which no article prints: "Invalid email", "Enter your email address".
const SIGN_UP_FORM = /(?<!\p{L})(?:invalid e-?mail|enter your e-?mail|your e-?mail address|e-?mail address is required)(?!\p{L})/iu;
const WIDGET_SHORT =
  /^(?:edit(?: post)?|share(?: this)?(?: article| story| post| page)?|print|copy link|link copied|comments?|listen|save|bookmark|follow(?: us)?|tweet|whatsapp|facebook|telegram|linkedin|email|teilen|drucken|merken|vorlesen|anhören|partager|imprimer|offrir l['’]article|lire plus tard|écouter|compartir|imprimir|guardar|escuchar|condividi|поделиться|поділитися|зберегти|поширити|advertisement|(?:article |inline |sidebar )?(?:ad|advert|advertisement) (?:box|slot|space|unit|container|placeholder|banner)|anzeige|werbung|publicité|реклама|sponsored|loading(?:\.\.\.|…)?|завантаження(?:\.\.\.|…)?|загрузка(?:\.\.\.|…)?)$/iu;
// An advertisement's slot tells the reader where the article goes on: "Advertisement - scroll to continue with
// content", "Story continues below advertisement", "La suite après cette publicité", "Mainos - sisältö jatkuu alla".
const AD_SLOT_NOTICE =
  /^(?:(?:advertisement|ad|anzeige|werbung|publicité|pubblicità|publicidad|реклама|reklama|mainos|annonse|annons)\s*[-–—:|.]?\s*)?(?:scroll (?:down )?to (?:continue|keep reading)(?: (?:with (?:the )?content|reading))?|(?:the )?(?:article|story|content|text) continues (?:below|after (?:this |the )?(?:ad|advert|advertisement))(?: (?:this |the )?(?:ad|advert|advertisement))?|continue reading (?:below|after (?:the )?(?:ad|advertisement))|la suite (?:de l['’]article )?après (?:cette|la) publicité|weiterlesen nach der (?:anzeige|werbung)|(?:sisältö|artikkeli|juttu) jatkuu (?:alla|mainoksen (?:alla|jälkeen))|artikkelen fortsetter under (?:annonsen|reklamen)|artikeln fortsätter under annonsen|artiklen fortsætter under annoncen|продолжение (?:ниже|после рекламы)|продовження (?:нижче|після реклами))\s*[.…]*$/iu;
const AD_SLOT_NOTICE_WORDS = 12;
// A placeholder that says the page is still loading: "Hold tight - we're checking permissions before loading more content".
const LOADING_NOTICE = /^(?:hold (?:on|tight)|please wait|one moment)\b.{0,80}(?<!\p{L})loading(?: (?:more |the )?(?:content|page|article|story|comments|results|data))?\s*(?:\.{3}|…)?$/iu;
const LOADING_NOTICE_WORDS = 16;
// A call to allow the site's notifications: "Allow notifications to get the latest news", Turkish "Masaüstü bildirimlerimize izin vererek…".
// (Asked of the reader: "Allow …" opening the line, or "by allowing …", "to enable …".)
const NOTIFICATION_PROMPT = /(?:(?:^(?:please\s+)?|(?<!\p{L})(?:by|to)\s+)(?:allow(?:ing)?|enabl(?:e|ing)|turn(?:ing)? on|activat(?:e|ing)) (?:our |desktop |push |browser )*notifications|(?<!\p{L})(?:bildirim\p{L}* izin|benachrichtigungen (?:aktivieren|erlauben|zulassen)|activer les notifications|activa(?:r)? (?:las )?notificaciones|ative as notificações|(?:включите|разрешите) уведомления|(?:увімкніть|дозвольте) сповіщення))(?!\p{L})/iu;
const NOTIFICATION_PROMPT_WORDS = 30;
// The note a translated page keeps of its original headline: "原題：…", "Original title: …".
const ORIGINAL_TITLE = /^(?:原題|原标题|原標題|original (?:title|headline))\s*[:：]/iu;
// A comment box's invitation with no "comment" in it: "Voice your opinion!", "To join the conversation, … create an account today!"
const JOIN_CONVERSATION = /^(?:voice your opinion|join the (?:conversation|discussion)|have your say)\s*[!.]?$|(?<!\p{L})join the (?:conversation|discussion)(?!\p{L}).*(?<!\p{L})(?:account|sign (?:in|up)|log in|register)(?!\p{L})/iu;
const JOIN_CONVERSATION_WORDS = 30;
const AI_AUDIO = /^(?:this )?(?:audio|voice-?over) (?:is|was) (?:created|generated|produced|read)\b.*\b(?:AI|artificial intelligence)\b|^listen to (?:this|the) (?:article|story)\b/iu;
const READ_ALSO =
  /^(?:read (?:also|more)|also (?:read|see|watch)|(?:watch|listen)(?= ?\|)|watch (?:the )?video(?=\s*:\s*\S)|see also|related(?: articles?| stories| coverage)?|(?:next|previous|prev|older|newer) (?:post|article|story|entry)|more on this(?: story)?|(?:other )?topics of interest|you (?:may|might) also like|more from (?:my|this|our) (?:site|blog)|more stories|most read|lire aussi|à lire aussi|voir aussi|lesen sie auch|mehr zum thema|auch interessant|leer también|lee también|ver también|leggi anche|читайте также|читайте також|також читайте|дивіться також|смотрите также|mohli jste přehlédnout|přečtěte si (?:také|též)|čtěte také|czytaj (?:też|także|również|dalej|więcej)|zobacz (?:też|także|również))(?!\p{L})\s*[:|–-]?/iu;
/** True when a line asks the reader to sign up or subscribe ("Click here to sign up for the free digest"). */
export function asksToSignUp(text: string): boolean {
  return NEWSLETTER.test(text);
}

/** "RELATED: The candidates it endorsed fared badly. …": a blogger's aside under a label, not a link to another story. */
function paragraphAfterLabel(text: string): boolean {
  const label = READ_ALSO.exec(text);
  return label !== null && isOwnParagraph(text.slice(label[0].length));
}

/** A line's words as the control rules read them: lower case, with figures and percentages ("100%"). */
function controlTokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}%-]+/gu) ?? [];
}

/** True when most words of a line of three or more name controls of the page ("E-mail article Print view Share: Digg Newsvine"): a toolbar, whatever else it holds. */
export function mostlyControlWords(text: string): boolean {
  const words = controlTokens(text);
  const controls = words.filter((w) => CONTROL_WORDS.has(w) && !['a', 'the', 'on', 'this', 'to', 'of', 'in', 'out', 'up', 'down', 'more', 'top', 'back', 'next', 'view', 'open', 'close', 'type', 'like', 'plus'].includes(w));
  return words.length >= 3 && controls.length >= 2 && controls.length / words.length > 0.5;
}

/**
 * True for a row of a page's controls between separators, longer than a bare list of control
 * words: "Printer Friendly | Email | Add to My News | Post comments Font Size: a a A A | Rank: # 2 of 8".
 * Most of its words are controls or figures; a headline's words between bars are not. Unlike
 * mostlyControlWords, figures and the font size's letters ("a a A A") count, since the bars
 * already say it is a row of links.
 */
function toolbarRow(text: string): boolean {
  if (!LINK_ROW.test(text) || linkLabels(text).length < TOOLBAR_MIN_ITEMS) return false;
  const words = controlTokens(text);
  const controls = words.filter((w) => (CONTROL_WORDS.has(w) && !['the', 'on', 'this', 'to', 'of'].includes(w)) || /^\d+%?$/.test(w)).length;
  // (A date's figures are no controls: "Published | 13.01.2025 12:14 | Updated | …" is the page's stamp.)
  return controls >= words.length * TOOLBAR_CONTROL_SHARE && !dateLine(text);
}

const TOOLBAR_MIN_ITEMS = 3;
const TOOLBAR_CONTROL_SHARE = 0.6;

// A live page's note that the story is still being written ("Developing story", "Доповнюється..."): the page's state, not the article's text.
const LIVE_STATUS = /^(?:this (?:story|article|page) is (?:being updated|developing)|developing(?: story)?|updating|доповнюється|дополняется|обновляется|оновлюється|wird aktualisiert|mise à jour en cours|en desarrollo|in aggiornamento|aktualizujemy|aktualizujeme|more to (?:follow|come)|details to follow|(?:more )?details (?:soon|to come)|developing(?: story)?\s*[–—-]\s*more to (?:follow|come)|podrobnosti připravujeme|подробности позже|подробнее позже|деталі згодом|подробиці згодом)\s*(?:\.{1,3}|…)?$/iu;

/** True when every word of the line names a control of the page ("100% Font Size", "Print this article Email this article"). */
function onlyControlWords(text: string): boolean {
  const words = controlTokens(text);
  // ("Pin It" is one button; "it" alone is a word of a sentence, "Like it?".)
  return words.every((w, i) => CONTROL_WORDS.has(w) || /^\d+%?$/.test(w) || (w === 'it' && words[i - 1] === 'pin')) && words.some((w) => CONTROL_WORDS.has(w) && !['a', 'the', 'on', 'this'].includes(w));
}

/** The shape of what the page says to its reader before the credits (a reading time, a sign-up, a follow box, a notice), or null. */
export function readerNoticeShape(text: string, bare: string, words: number): 'reading-time' | 'newsletter' | 'widget' | null {
  if (READING_TIME.test(text)) return 'reading-time';
  if (words <= 25 && (AI_AUDIO.test(text) || WIDGET_SHORT.test(bare))) return 'widget';
  if ((words <= AD_SLOT_NOTICE_WORDS && AD_SLOT_NOTICE.test(bare)) || (words <= LOADING_NOTICE_WORDS && LOADING_NOTICE.test(text))) return 'widget';
  if ((words <= JOIN_CONVERSATION_WORDS && JOIN_CONVERSATION.test(text)) || NO_COMMENTS_YET.test(text)) return 'widget';
  if ((words <= NOTIFICATION_PROMPT_WORDS && NOTIFICATION_PROMPT.test(text)) || ORIGINAL_TITLE.test(text)) return 'widget';
  if ((words <= 6 || (words <= 25 && (countMatches(text, NEWSLETTER) >= 2 || SIGN_UP_FORM.test(text)))) && NEWSLETTER.test(text.replace(SIGNED, ' '))) return 'newsletter';
  if ((words <= PAYWALL_MAX_WORDS && PAYWALL.test(text)) || (words <= REGISTER_WALL_WORDS && REGISTER_WALL.test(text))) return 'newsletter';
  if (words <= 25 && SOCIAL_NETWORK.test(text) && FOLLOW_WORD.test(text) && FOLLOW_INVITATION.test(text)) return 'widget';
  if (words <= 15 && SUPPORT_CALL.test(text) && SUPPORT_WHAT.test(text.replace(SUPPORT_CALL, ''))) return 'widget';
  if (COMMENTING.test(text) && TO_THE_READER.test(text) && ((words <= COMMENT_PROMPT_WORDS && ACCOUNT_WORDS.test(text)) || (words <= COMMENT_RULES_WORDS && RULES_WORDS.test(text)))) return 'widget';
  if (words <= PLAYER_FALLBACK_WORDS && BROWSER_WORDS.test(text) && READER_ADDRESSED.test(text) && PLAYER_FALLBACK.test(text) && PLAYER_MEDIA.test(text)) return 'widget';
  if (words <= PLAYER_ELSEWHERE_WORDS && PLAYER_MEDIA.test(text) && CLICK_ASK.test(text)) return 'widget';
  if (words <= BROWSER_NOTICE_WORDS && BROWSER_WORDS.test(text) && BROWSER_ASK.test(text) && (PLEASE.test(text) || (READER_ADDRESSED.test(text) && THIS_PAGE.test(text)) || SITE_NEEDS.test(text))) return 'widget';
  return null;
}

/** True for a note about the page, not the story: an editor's note in brackets, the copyright line, a syndication note, a call to comment. */
export function isPageNote(text: string, words: number): boolean {
  if (words <= ERROR_REPORT_WORDS && ERROR_REPORT.test(text)) return true;
  if (words <= SITE_NOTICE_WORDS && SITE_NOTICE.test(text)) return true;
  if (words <= COMMENTS_FOR_SUBSCRIBERS_WORDS && COMMENTS_FOR_SUBSCRIBERS.test(text) && ONLY_FOR.test(text)) return true;
  return BRACKET_NOTE.test(text) || (words <= SITE_ENGINE_WORDS && SITE_ENGINE.test(text)) || (words <= 25 && COPYRIGHT_LINE.test(text)) || (words <= 45 && SYNDICATION_NOTE.test(text)) || (words <= 60 && FEED_FOOTER.test(text)) || (words <= USER_CONTENT_NOTICE_WORDS && USER_CONTENT_NOTICE.test(text)) || (words <= 12 && COMMENT_ASK.test(text));
}

/** True for an appeal to the readers: "Dear readers, …", "We have a small favour to ask." */
export function isAppeal(text: string): boolean {
  return APPEAL.test(text) || APPEAL_OPENER.test(text);
}

/** True for an invitation to the outlet's own pages ("Our Standards: …", "visit our dedicated page"). */
export function invitesToOwnPages(text: string, words: number): boolean {
  if (words <= COVERAGE_PROMO_WORDS && COVERAGE_PROMO.test(text)) return true;
  return words <= 30 && (OWN_PAGES.test(text) || (words <= FULL_STORY_LINK_WORDS && FULL_STORY_LINK.test(text)) || (words <= MORE_ELSEWHERE_WORDS && MORE_ELSEWHERE.test(text)));
}

// A promotion of the outlet's coverage, ending on its link: "… maps. For all of NAME's coverage of the war, click here."
const COVERAGE_PROMO = /(?:^|[.!?]\s+)for (?:all|more) (?:of )?(?:our|(?:\S+ ){0,2}\S+['’]s?) (?:\p{L}+ ){0,2}coverage(?: of [^,.!?]{1,40})?,? (?:click|tap) here\s*[.!]?$/iu;
const COVERAGE_PROMO_WORDS = 60;
// A link to the whole story elsewhere, under a summary or an excerpt: "Read the full article here", "See the original report".
const FULL_STORY_LINK = /^(?:read|see|view|continue reading) the (?:full|complete|whole|original|entire) (?:article|story|report|text|interview|piece)(?:\s+(?:here|online)|\s+(?:at|on|in)\s+[^,;.!?]{1,40})?\s*[.!:…]?$/iu;
// (The link's words and the outlet's name: a longer line is a sentence about the story.)
const FULL_STORY_LINK_WORDS = 10;

/** True for a link to more reading ("Read also: …"), not a blogger's aside under the label. */
export function isReadAlso(text: string): boolean {
  return (READ_ALSO.test(text) && !paragraphAfterLabel(text)) || (wordCount(text) <= GALLERY_TEASER_WORDS && GALLERY_TEASER.test(text));
}

// Another story's headline with its gallery's link glued on: "Banksy mural stolen hours after unveiling View Gallery".
const GALLERY_TEASER = /\p{L}\s+(?:view|see|open) (?:gallery|photos|pictures|slideshow|all photos)$/iu;
const GALLERY_TEASER_WORDS = 25;

/** True for a line of the page's controls: their names alone, a live page's status, or a toolbar's row. */
export function isControlLine(text: string, words: number): boolean {
  return (words >= 2 && words <= 12 && onlyControlWords(text)) || LIVE_STATUS.test(text) || toolbarRow(text);
}

/** True for the tail of an embedded post: a short line ending on its picture's address. */
export function isEmbedTail(text: string, words: number): boolean {
  return words <= EMBED_TAIL_WORDS && EMBED_TAIL.test(text);
}
