using System.Collections.Generic;

namespace KiroSpecs.Core.Interactions;

/// <summary>
/// The words the interaction model knows, as data: one set a role, one matching rule (<see cref="PhraseSet"/>),
/// and no phrase in two sets that could both apply to one word (a test holds this). The lexicon classifies
/// what the author wrote; it never creates a participant: every participant's name is text of usecase.md.
/// </summary>
internal static class Lexicon
{
    /// <summary>Words that name the system under design when they are the subject of a step.</summary>
    public static readonly PhraseSet SystemNames = new(
        "system names",
        "system", "sistema", "système", "sistem", "システム", "시스템", "系统", "hệ thống");

    /// <summary>Words for the software itself that are not a name for it: they say a system exists, not what it is called.</summary>
    public static readonly PhraseSet ApplicationWords = new(
        "application words",
        "application", "app", "aplicação", "aplicativo", "aplicación", "アプリ", "앱");

    /// <summary>Verbs whose object is the one told ("notifies the team", "asks the clerk"), not what is shown.</summary>
    public static readonly PhraseSet RecipientVerbs = new(
        "recipient verbs",
        "notifies", "notify", "informs", "inform", "alerts", "warns", "emails", "messages", "asks", "prompts", "tells", "reminds",
        "notifica", "informa", "avisa", "alerta",
        // German, French and Italian: "benachrichtigt das Elternteil", "informe le client", "avvisa l'utente".
        "benachrichtigt", "informiert", "fragt", "bittet", "erinnert", "warnt", "informe", "notifie", "avertit", "prévient", "demande à",
        "rappelle", "avvisa", "notifica a", "chiede", "ricorda", "avverte");

    /// <summary>Saving or sending what was just entered: the person's click right after their own input step.</summary>
    public static readonly PhraseSet CommitVerbs = new(
        "commit verbs",
        "save", "saves", "salva", "salvar", "send", "sends", "envia", "enviar", "publish", "publishes", "publica", "publicar",
        "submit", "submits", "保存", "送信", "返信", "公開", "저장", "전송");

    /// <summary>A pronoun and a modal in front of a person's verb ("they can click …", "you may cancel …").</summary>
    public static readonly PhraseSet PersonPronouns = new(
        "person pronouns",
        "they", "he", "she", "you", "they can", "they may", "you can", "you may", "he can", "she can", "he or she", "he or she can");

    /// <summary>Articles and possessives skipped in front of a name.</summary>
    public static readonly PhraseSet Determiners = new(
        "determiners",
        "the", "a", "an", "any", "another", "its", "their", "his", "her", "our", "your", "this", "that", "o", "os", "as", "um", "uma", "el", "la", "los", "las", "le", "les", "der", "die", "das", "l", "il", "lo", "gli", "un", "une", "uno", "una", "des", "du", "ein", "eine", "den", "dem");

    /// <summary>
    /// Verbs of the system answering or informing someone: the step goes to the person it names, else back to
    /// the actor who is waiting (the primary actor).
    /// </summary>
    public static readonly PhraseSet ReplyVerbs = new(
        "reply verbs",
        "displays", "display", "shows", "show", "returns", "return", "presents", "present", "renders", "responds", "respond",
        "replies", "answers", "redirects", "redirect", "prompts", "prompt", "informs", "inform", "notifies", "notify", "alerts",
        "warns", "confirms", "sends", "suggests", "suggest", "recommends", "reflects", "thanks", "send", "emails", "messages", "asks", "navigates", "outputs", "reports", "lists", "offers", "offer",
        "provides", "gives", "hands", "pays", "delivers", "highlights", "requests", "rejects", "denies", "grants", "prints",
        "tells", "tell", "e-mails", "mails", "texts", "explains", "refers", "lets", "allows", "directs", "invites", "refreshes the page", "reloads the page", "updates the page",
        "atualiza a página", "recarrega a página", "actualiza la página", "recarga la página", "closes the modal", "closes the dialog",
        "closes the popup", "fecha o modal", "fecha a janela", "cierra el modal", "cierra el diálogo",
        "exibe", "exibir", "mostra", "mostrar", "apresenta", "apresentar", "retorna", "retornar", "notifica", "notificar",
        "envia", "enviar", "solicita", "solicitar", "encaminha", "pede", "sugere", "oferece", "avisa", "informa que", "informa ao", "informa a", "informa del", "informa de", "pide", "redireciona", "redirecionar", "lista", "listar", "muestra", "devuelve", "envía", "exhibe", "responde", "contesta",
        "zeigt", "zeigt an", "meldet", "sendet", "schickt", "benachrichtigt", "informiert", "bestätigt", "schlägt vor", "fordert", "gibt aus",
        "affiche", "présente", "renvoie", "retourne", "envoie", "informe", "notifie", "propose", "confirme", "signale", "demande",
        "mostra", "visualizza", "restituisce", "invia", "notifica", "propone", "conferma", "segnala", "chiede", "presenta",
        "表示", "通知", "返却", "返す", "提示", "送信", "リダイレクト", "遷移", "促す", "案内", "보여", "표시", "알림", "안내", "반환");

    /// <summary>Verbs of work the system does on its own whatever it names ("skips the database ping", "marks the order").</summary>
    public static readonly PhraseSet InternalVerbs = new(
        "internal verbs",
        "skips", "ignores", "omits", "marks", "sets", "calculates", "computes", "generates", "formats", "builds", "parses", "sorts",
        "filters", "hashes", "encrypts", "decrypts", "increments", "decrements", "derives", "normalizes", "normalises");

    /// <summary>What the system shows, named without a verb ("Error message", "mensagem de erro, sem sessão").</summary>
    public static readonly PhraseSet MessageNouns = new(
        "message nouns",
        "message", "messages", "mensagem", "mensagens", "mensaje", "mensajes", "メッセージ", "메시지", "warning", "aviso", "alert", "alerta");

    /// <summary>
    /// Verbs of the system's own work: a step that opens with one and names no subject is the system's, even
    /// right after a person's step ("Valida os campos").
    /// </summary>
    public static readonly PhraseSet SystemVerbs = new(
        "system verbs",
        "validates", "checks", "verifies", "stores", "saves", "creates", "calculates", "records", "registers", "updates",
        "persists", "processes", "loads", "computes", "deletes", "valida", "verifica", "armazena", "cria", "gera", "calcula",
        "registra", "atualiza", "persiste", "processa", "grava", "salva", "carrega", "exclui", "remove", "guarda", "almacena",
        "comprueba", "actualiza", "elimina");

    /// <summary>Verbs of showing something to a person (a subset of the replies, by meaning).</summary>
    public static readonly PhraseSet DisplayVerbs = new(
        "display verbs",
        "displays", "display", "shows", "show", "presents", "renders", "highlights", "prints", "exibe", "mostra", "apresenta",
        "muestra", "streams", "表示", "표시");

    /// <summary>Verbs of a person giving data to the system ("enters email and password"): what follows is data.</summary>
    public static readonly PhraseSet DataVerbs = new(
        "data verbs",
        "enters", "enter", "inputs", "input", "types", "type", "fills", "fill", "submits", "submit", "provides", "uploads", "upload",
        "insere", "inserir", "informa", "informar", "digita", "digitar", "preenche", "preencher", "ingresa", "introduce", "入力", "입력");

    /// <summary>Participles of the system answering, in a passive sentence ("Confirmation is displayed").</summary>
    public static readonly PhraseSet ReplyParticiples = new(
        "reply participles",
        "displayed", "shown", "presented", "returned", "sent", "redirected", "granted", "notified", "informed", "warned", "alerted", "asked", "told", "reminded", "emailed", "prompted", "denied",
        "submitted", "forwarded", "escalated", "routed", "referred", "blocked", "avisado", "avisada", "alertado", "alertada", "notificada", "bloqueado", "bloqueada", "negado", "negada", "recusado", "recusada",
        "rejected", "exibido", "exibida", "exibidos", "exibidas", "mostrado", "mostrada", "apresentado", "apresentada", "redirecionado",
        "redirecionada", "direcionado", "direcionada", "enviado", "enviada", "encaminhado", "encaminhada", "informado", "notificado", "redirigido");

    /// <summary>
    /// Verbs of a person working a user interface: a step that starts with one and names no subject is the
    /// primary actor's ("Click Pay", "Enter the card number").
    /// </summary>
    public static readonly PhraseSet PersonVerbs = new(
        "person verbs",
        "click", "clicks", "press", "presses", "tap", "taps", "select", "selects", "choose", "chooses", "enter", "enters", "type",
        "types", "fill", "fills", "submit", "submits", "upload", "uploads", "scroll", "scrolls", "log in", "logs in", "sign in",
        "signs in", "log out", "logs out", "sign out", "signs out", "drag", "drags", "browse", "browses", "go to", "goes to",
        "navigate to", "navigates to", "add", "adds", "input", "inputs", "view", "place", "accepts", "accept", "declines", "approves", "approve", "tick", "ticks", "confirm", "pick", "picks", "open", "opens",
        "clica", "clicar", "seleciona", "selecionar", "insere", "inserir", "preenche", "preencher", "digita", "digitar",
        "escolhe", "escolher", "acessa", "acessar", "informa", "informar", "pressiona", "selecciona", "ingresa", "hace clic",
        "入力", "クリック", "選択", "押下", "編集", "アクセス", "閲覧", "フォームを送信", "ボタンをクリック", "確認", "設定", "操作を行う", "フィルタ",
        "フィルタリング", "ソート", "입력", "클릭", "선택", "누른", "확인", "설정");

    /// <summary>
    /// Head nouns of a component a step can address by name ("queries the database", "through the payment
    /// gateway"): the participant is the noun phrase as the author wrote it, never a name from this list.
    /// </summary>
    public static readonly PhraseSet ComponentHeads = new(
        "component heads",
        "database", "databases", "db", "cache", "queue", "storage", "repository", "server", "gateway", "api", "registry",
        "broker", "bucket", "datastore", "service", "backend", "provider", "portal", "banco de dados", "base de datos", "データベース", "데이터베이스");

    /// <summary>Properties of a component: "database status" is the system's own data, not a call to the database.</summary>
    public static readonly PhraseSet ComponentProperties = new(
        "component properties",
        "status", "state", "settings", "setting", "config", "configuration", "schema", "version", "name", "type", "mode", "flag",
        "url", "credentials", "password", "size", "count", "health", "timeout");

    /// <summary>Prepositions that put the noun after them in the role of whom a step addresses.</summary>
    public static readonly PhraseSet Prepositions = new(
        "prepositions",
        "to", "from", "in", "into", "on", "onto", "with", "against", "via", "through", "using", "at", "by", "for", "within",
        "no", "na", "ao", "à", "aos", "às", "em", "para", "com", "en", "al", "con", "por", "pelo", "pela", "pelos", "pelas", "do", "da", "dos", "das", "del");

    /// <summary>Openings of a step that is not an action but a condition or a remark: drawn as a note.</summary>
    public static readonly PhraseSet NoteOpeners = new(
        "note openers",
        "if", "when", "whenever", "otherwise", "note", "unless", "in case", "use case ends", "the use case ends", "use case continues",
        "the use case continues", "flow ends", "end of use case", "se", "caso", "senão", "si", "wenn", "falls", "もし", "만약",
        "the flow", "the use case", "use case", "uc", "el caso de uso", "o caso de uso", "el flujo", "o fluxo", "der anwendungsfall", "der ablauf",
        "continúa en", "continua en", "continua no", "sigue en", "continues in", "weiter in", "control returns", "control passes", "control goes back",
        "the control returns", "el control vuelve", "el control regresa", "o controle volta", "o controle retorna");

    /// <summary>Words that make a name a person's (a declared actor is a person unless its name says system).</summary>
    public static readonly PhraseSet PersonWords = new(
        "person words",
        "user", "users", "customer", "admin", "administrator", "manager", "clerk", "agent", "staff", "operator", "engineer",
        "member", "officer", "worker", "person", "employee", "owner", "reviewer", "approver", "teacher", "student", "patient",
        "doctor", "nurse", "driver", "buyer", "seller", "shopper", "guest", "courier", "recipient", "developer",
        "tester", "analyst", "auditor", "supervisor", "cashier", "librarian", "author", "editor", "reader", "applicant",
        "candidate", "recruiter", "accountant", "merchant", "practitioner", "physician", "clinician", "therapist", "pharmacist",
        "receptionist", "secretary", "coach", "host", "visitor", "stakeholder", "citizen", "resident", "traveler", "traveller",
        "instructor", "lecturer", "dentist", "ceo", "aluno", "professor", "usuário",
        "usuario", "cliente", "administrador", "gestor", "jefe", "jefa", "técnico", "técnica", "funcionario", "funcionaria", "solicitante", "utilizador", "ユーザー", "利用者", "社員", "顧客", "管理者", "사용자");

    /// <summary>Words of the generic person a step may name instead of the actor's full name ("the user").</summary>
    public static readonly PhraseSet GenericPersons = new(
        "generic persons",
        "actor", "actors", "ator", "user", "users", "usuário", "usuario", "utilizador", "ユーザー", "利用者", "사용자");

    /// <summary>Every set, for the lexicon's own tests.</summary>
    public static IReadOnlyList<PhraseSet> All { get; } = new[]
    {
        SystemNames, ApplicationWords, PersonPronouns, CommitVerbs, RecipientVerbs, Determiners, ReplyVerbs, ReplyParticiples, InternalVerbs, SystemVerbs, MessageNouns, DataVerbs, PersonVerbs, ComponentHeads, ComponentProperties, Prepositions, NoteOpeners, PersonWords, GenericPersons,
    };

    /// <summary>Pairs of sets that decide the same question and must not share a phrase.</summary>
    public static IReadOnlyList<(PhraseSet First, PhraseSet Second)> Exclusive { get; } = new[]
    {
        (ReplyVerbs, PersonVerbs),
        (ReplyVerbs, InternalVerbs),
        (PersonVerbs, InternalVerbs),
        (PersonVerbs, SystemVerbs),
        (ReplyVerbs, SystemVerbs),
        (SystemNames, PersonWords),
        (ApplicationWords, PersonWords),
        (ComponentHeads, PersonWords),
        (SystemNames, ComponentHeads),
        (ReplyVerbs, NoteOpeners),
        (PersonVerbs, NoteOpeners),
    };
}
