using System;
using System.Collections.Generic;

namespace KiroSpecs.Core.Sequences;

/// <summary>Decides whether an actor is a person (Mermaid <c>actor</c>) or a system (<c>participant</c>).</summary>
internal static class ActorKinds
{
    private static readonly string[] s_systemWords =
    {
        "system", "service", "server", "api", "gateway", "balancer", "orchestrator", "platform", "database", "application", "app",
        "bot", "scheduler", "planificador", "agendador", "temporizador", "job", "cron", "timer", "device", "sensor", "browser", "provider", "processor", "queue", "engine",
        "tool", "monitor", "monitoring", "external", "integration", "cache", "storage", "bank", "erp", "crm", "backend", "frontend",
        "portal", "webhook", "cloud", "kubernetes", "ecs", "alb", "lambda", "worker", "daemon", "robot", "camera", "printer",
        "terminal", "registry", "repository", "broker", "meter", "thermostat", "router", "drone", "charger", "firmware", "bootloader", "endpoint", "callback", "directory", "ldap", "idp", "smtp", "stripe", "paypal", "pipeline",
        "client", "sdk", "page", "channel", "dashboard", "website", "module", "component", "microservice", "backoffice", "ci", "github", "slack", "network",
        "servicio", "serviço", "sistema", "plataforma", "servidor",
        "システム", "サービス", "サーバ", "サーバー", "外部", "決済",
    };

    private static readonly string[] s_systemDescriptions = { "automated", "system", "service", "tool", "software", "platform", "machine", "program", "device", "timer", "scheduled", "cron", "firmware", "hardware", "backend", "sistema", "servicio", "serviço" };
    private static readonly string[] s_personDescriptions = { "human", "person", "people", "user", "operator", "staff", "employee", "customer", "teammate", "colleague", "someone", "member", "volunteer", " who ", "persona", "pessoa", "人", "titulaire", "personne", "utilisateur", "utente", "mitarbeiter", "kunde" };

    private static readonly string[] s_personWords =
    {
        "user", "users", "customer", "admin", "administrator", "manager", "clerk", "agent", "staff", "operator", "engineer",
        "member", "officer", "worker", "person", "employee", "owner", "reviewer", "approver", "teacher", "student", "patient",
        "doctor", "nurse", "driver", "buyer", "seller", "shopper", "guest", "visitor", "courier", "recipient", "sender",
        "developer", "tester", "analyst", "auditor", "supervisor", "cashier", "librarian", "author", "editor", "reader",
        "applicant", "candidate", "recruiter", "accountant", "merchant", "practitioner", "dentist", "physician", "clinician", "therapist",
        "pharmacist", "receptionist", "secretary", "coach", "host", "instructor", "lecturer", "aluno", "professor", "estudante", "visitante", "usuário", "cliente", "partner", "vendor", "supplier", "lead", "head", "director",
        "stakeholder", "citizen", "resident", "traveler", "traveller", "ceo", "usuario", "administrador", "gestor", "utilizador",
        "moderator", "moderador", "instrutor", "coordinator", "coordinador", "coordenador", "passenger", "rider", "volunteer", "tenant", "landlord", "parent", "guardian", "veterinarian", "vet",
        "technician", "inspector", "contractor", "assessor", "adjuster", "dispatcher", "borrower", "lender", "donor", "surgeon", "caregiver",
        "pasajero", "pasajera", "paciente", "estudiante", "alumno", "alumna", "secretario", "secretaria", "evaluador", "evaluadora", "rector",
        "vicerrector", "vicerrectora", "médico", "médica", "enfermero", "enfermera", "enfermeiro", "enfermeira", "passageiro", "atendente", "recepcionista", "jefe", "jefa", "técnico", "técnica", "funcionario", "funcionaria", "solicitante", "utente", "utenti", "bibliotecario", "bibliotecaria", "operatore", "operatrice", "impiegato", "impiegata", "studente",
        "conseiller", "conseillère", "utilisateur", "utilisatrice", "gestionnaire", "titulaire", "kunde", "kundin", "fahrer", "fahrerin", "mitarbeiter",
        "mitarbeiterin", "benutzer", "nutzer", "sachbearbeiter", "koordinator", "ユーザー", "利用者", "社員", "顧客", "管理者", "사용자",
    };

    /// <summary>The same words, looked up by hash: a name's words are checked against them for every step and actor.</summary>
    private static readonly HashSet<string> s_systemWordSet = new(s_systemWords, StringComparer.Ordinal);

    private static readonly HashSet<string> s_personWordSet = new(s_personWords, StringComparer.Ordinal);

    /// <summary>Words that name software whatever role word stands beside them.</summary>
    private static readonly HashSet<string> s_technicalWordSet = new(new[] { "webhook", "webhooks", "api", "endpoint", "queue", "cron", "sdk", "http", "callback", "bot", "daemon" }, StringComparer.Ordinal);

    /// <summary>
    /// Primary actors are people unless their name or description says system; secondary actors are systems
    /// unless their name or description names a person (supporting actors are mostly other systems).
    /// </summary>
    public static bool IsPerson(string name, string description, ParticipantRule? rule, bool isSecondary)
    {
        if (rule is not null)
        {
            return rule.IsPerson;
        }

        if (!isSecondary)
        {
            return IsPerson(name, description, null);
        }

        if (WordIndex.AnyWordIn(name, s_personWordSet) || HeadNamesAPerson(name))
        {
            return IsPerson(name, description, null);
        }

        var lower = description.ToLowerInvariant();
        return IndexOfAny(lower, s_personDescriptions) >= 0 && IsPerson(name, description, null);
    }

    private static readonly string[] s_germanRoleEndings = { "fahrer", "fahrerin", "mitarbeiter", "mitarbeiterin", "koordinator", "koordinatorin", "leiter", "leiterin", "bearbeiter", "bearbeiterin", "arbeiter" };

    /// <summary>"Staplerfahrer", "Wareneingangsmitarbeiter", "Torkoordinator": one German word ending in a person's role.</summary>
    private static bool IsGermanRoleCompound(string name)
    {
        if (name.Length < 9 || name.IndexOf(' ') >= 0)
        {
            return false;
        }

        var lower = name.ToLowerInvariant();
        foreach (var ending in s_germanRoleEndings)
        {
            if (lower.Length > ending.Length + 2 && lower.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Baggage Service Agent", "Help Desk Operator": an English name whose last word is a person's names a person.</summary>
    private static bool EndsWithAPerson(string name)
    {
        var words = WordIndex.Tokenize(name);
        return words.Length >= 2 && s_personWordSet.Contains(words[words.Length - 1]);
    }

    /// <summary>
    /// "Jefe/a de Servicio", "Head of Service": the name's first word (either gender of it) is a person's and a
    /// "de"/"of" follows, so the system word after it ("Servicio") names what the person heads.
    /// </summary>
    private static bool HeadNamesAPerson(string name)
    {
        var words = name.Split(' ');
        if (words.Length < 3 || words[1].ToLowerInvariant() is not ("de" or "of" or "do" or "da" or "del" or "des"))
        {
            return false;
        }

        var head = words[0].Split('/')[0];
        return head.Length > 0 && WordIndex.AnyWordIn(head, s_personWordSet);
    }

    /// <summary>True when a word of the name says person ("Store Manager", "Aluno").</summary>
    public static bool NamesAPerson(string name) => WordIndex.AnyWordIn(name, s_personWordSet);

    /// <summary>True when a word of the name says system ("Payment Service", "Scheduler Bot").</summary>
    public static bool IsSystemName(string name) => WordIndex.AnyWordIn(name, s_systemWordSet);

    public static bool IsPerson(string name, string description, ParticipantRule? rule)
    {
        if (rule is not null)
        {
            return rule.IsPerson;
        }

        if (WordIndex.AnyWordIn(name, s_technicalWordSet))
        {
            // "Webhook Dispatcher", "API Consumer", "Customer Endpoint": a word only software has outweighs a role.
            return false;
        }

        if (EndsWithAPerson(name) || IsGermanRoleCompound(name))
        {
            return true;
        }

        if (name.Equals("client", StringComparison.OrdinalIgnoreCase) && IndexOfAny(description.ToLowerInvariant(), s_personDescriptions) >= 0)
        {
            // "Client : titulaire d'un compte" is the bank's customer, not a software client.
            return true;
        }

        if (WordIndex.AnyWordIn(name, s_systemWordSet) && !HeadNamesAPerson(name))
        {
            return false;
        }

        foreach (var word in s_systemWords)
        {
            if (word[0] > 127 && name.IndexOf(word, StringComparison.Ordinal) >= 0)
            {
                return false;
            }
        }

        var lower = description.ToLowerInvariant();
        var person = IndexOfAny(lower, s_personDescriptions);
        var system = IndexOfAny(lower, s_systemDescriptions);
        if (system >= 0 && (person < 0 || system < person))
        {
            return false;
        }

        return true;
    }

    private static int IndexOfAny(string text, string[] words)
    {
        var best = -1;
        foreach (var word in words)
        {
            var i = text.IndexOf(word, StringComparison.Ordinal);
            if (i >= 0 && (best < 0 || i < best))
            {
                best = i;
            }
        }

        return best;
    }
}
