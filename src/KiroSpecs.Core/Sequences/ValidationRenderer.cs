using System.Collections.Generic;
using System.Linq;
using KiroSpecs.Core.Common;
using KiroSpecs.Core.UseCases;

namespace KiroSpecs.Core.Sequences;

/// <summary>
/// "## Data Validation Points": the checks usecase.md states (steps that validate, flows taken when a check fails),
/// its business rules and the constraints of its data elements, each with its source. Where a check runs (frontend,
/// API, database) is named only when the text says so; otherwise the check is listed without a place, since a
/// wrong place, or a "not specified" next to a check listed elsewhere, misleads the reader.
/// </summary>
internal static partial class ValidationRenderer
{
    public static void Render(MarkdownBuilder md, DocumentContext context)
    {
        md.Heading(2, "Data Validation Points");
        var silent = new List<string>();
        var stated = SourceItems.OfDocument(context.Document);
        var whole = stated
            .Where(r => (Keywords.Any(r.Text, Keywords.RuleWords) || Keywords.Any(r.Text, Keywords.Validation)) && !Keywords.Any(r.Text, s_notChecks))
            .ToList();
        var documentRules = RuleIds(stated);
        // A rule of the whole document that a use case cites ("checks … (BR-1 to BR-4)", "8a … (BR-5)") is listed under
        // that use case with the places that cite it; only the rules no use case cites apply to every use case.
        // Each rule's id, read once; the use cases each rule names, read in one pass over the rules.
        // Response times, retention and the like are no checks, cited or not.
        var withIds = stated.Where(r => !Keywords.Any(r.Text, s_notChecks)).Select(r => (Rule: r, Id: RuleIds(new[] { r }).FirstOrDefault())).Where(r => r.Id is not null).Select(r => (r.Rule, Id: r.Id!)).ToList();
        var namedBy = new Dictionary<string, List<string>>(System.StringComparer.OrdinalIgnoreCase);
        var useCaseIds = new HashSet<string>(context.UseCases.Select(u => u.Id).Where(id => id.Length > 0), System.StringComparer.OrdinalIgnoreCase);
        foreach (var (rule, id) in withIds)
        {
            // "R2 No new ride while in_debt (checked at RIDE-01 pre)": a rule that names the use case it holds in.
            foreach (var named in useCaseIds.Count > 0 ? CitedRules(rule.Text, useCaseIds) : new List<string>())
            {
                if (!namedBy.TryGetValue(named, out var ids))
                {
                    ids = new List<string>();
                    namedBy.Add(named, ids);
                }

                ids.Add(id);
            }
        }

        var citations = new List<List<(string Id, string Where)>>();
        for (var i = 0; i < context.UseCases.Count; i++)
        {
            var cited = Citations(context.UseCases[i], documentRules);
            var own = context.UseCases[i].Id;
            if (own.Length > 0 && namedBy.TryGetValue(own, out var naming))
            {
                cited.AddRange(naming.Select(id => (id, "\0" + own)));
            }

            citations.Add(cited);
        }

        var citedAnywhere = new HashSet<string>(citations.SelectMany(c => c.Select(x => x.Id)), System.StringComparer.OrdinalIgnoreCase);
        var idOf = withIds.GroupBy(r => r.Rule).ToDictionary(g => g.Key, g => g.First().Id);
        var uncited = whole.Where(r => !idOf.TryGetValue(r, out var id) || !citedAnywhere.Contains(id)).ToList();
        if (uncited.Count > 0)
        {
            md.Heading(3, "Whole Document (applies to every use case)");
            md.Blank();
            if (citedAnywhere.Count > 0)
            {
                md.Line("Rules of the whole document that no use case cites; those a use case cites are listed under it.");
                md.Blank();
            }

            foreach (var rule in uncited)
            {
                md.Line("- " + MarkdownText.Escape(rule.Reference + ": " + rule.Text));
            }
        }

        for (var i = 0; i < context.UseCases.Count; i++)
        {
            var useCase = context.UseCases[i];
            var frontend = new List<string>();
            var input = new List<string>();
            foreach (var (reference, step, interaction) in context.InteractionsOf(i))
            {
                // A step once, even when two participants act in it; it is a person's when only people act in it.
                var head = context.Participants[i].For(step);
                if (!ReferenceEquals(head, interaction))
                {
                    continue;
                }

                // A person entering, ticking or clicking is not validation: only the system (or a component) checks data,
                // unless the step states that what the person gives is required, or checks it against something.
                var required = Keywords.Any(step.Text, s_requiredWords);
                var checksAgainst = Keywords.Any(step.Text, s_checkVerbs) && Keywords.Any(step.Text, s_checkObjects);
                if (!required && !checksAgainst && (head.Clauses().All(clause => clause.From.IsPerson) || !Keywords.Any(WithoutValidationNouns(step.Text), Keywords.Validation)))
                {
                    continue;
                }

                var line = reference + ": " + step.Text;
                (Keywords.Any(step.Text, Keywords.Frontend) || Keywords.FormOnAScreen.IsMatch(step.Text) ? frontend : input).Add(line);
            }

            var validationIndex = System.Array.FindIndex(CoverageCategory.All, c => c.Name == "Validation errors");
            var ruled = new List<string>();
            var measured = new List<string>();
            var outcomes = context.OutcomesOf(i);
            var failureFlows = context.FailureFlowsOf(i);
            for (var b = 0; b < useCase.Branches.Count; b++)
            {
                var branch = useCase.Branches[b];
                var trigger = OutcomeReader.Trigger(branch);
                var outcome = outcomes[b];
                if (FailedCheck(branch, trigger, failureFlows[b], validationIndex) is { } failed)
                {
                    (failed.Rule ? ruled : input).Add(failed.Line);
                }
                else if (outcome is not (FlowOutcome.Success or FlowOutcome.Rejoins) && Durations.Contains(trigger) && Keywords.Any(trigger, s_comparisons)
                    && !Keywords.Any(trigger, TimingRenderer.NoAnswer) && !Keywords.Any(trigger, s_nothingDone))
                {
                    // "If cancellation occurs within a restricted period (less than 24 hours before), a warning is
                    // displayed": a condition with a measure is a rule the use case applies, failing or not.
                    measured.Add(branch.Id + " (a rule applies): " + trigger);
                }
                else if (outcome == FlowOutcome.Rejoins && (branch.Steps.Count == 0 ? trigger : trigger + " " + branch.Steps[0].Text) is var bounded
                    && Keywords.Any(bounded, s_boundedInput) && !Keywords.Any(bounded, TimingRenderer.NoAnswer)
                    && (Keywords.Any(bounded, s_thanThe) || (bounded.Any(char.IsDigit) && !Durations.Find(bounded).Exists(m => m.Kind == MeasureKind.Duration))))
                {
                    // "5b. … enters a quantity larger than the prescribed quantity per fill: System caps the quantity …
                    // Continue at step 6", "more than 25 km from the clinic": a value the flow checks against a bound,
                    // even when the flow goes on.
                    measured.Add(branch.Id + " (a value is checked against a bound): " + (bounded.Length > trigger.Length && !Keywords.Any(trigger, s_boundedInput) ? bounded : trigger));
                }
                else if (outcome is not (FlowOutcome.Success or FlowOutcome.Rejoins) && !Keywords.Any(trigger, s_unexpectedErrors)
                    && (Keywords.Any(trigger, s_already) || Keywords.Any(trigger, s_citedRules) || Keywords.Any(string.Join(" ", branch.Steps.Select(st => st.Text)), s_duplicates)))
                {
                    // "Já matriculado → redireciona, sem duplicar matrícula", "Curso progressivo (RN012) bloqueia aulas
                    // futuras": a check against what exists, or a rule the branch cites, whatever follows.
                    measured.Add(branch.Id + " (a rule applies): " + trigger);
                }
            }

            ruled.AddRange(measured);
            foreach (var step in OutcomeReader.FailingConditionalSteps(useCase))
            {
                // "2.2 Se o código não existir, o aluno é avisado": a check the author wrote inside the flow.
                var line = "step " + step.Number + ": " + step.Text;
                if (!input.Contains(line))
                {
                    input.Add(line);
                }
            }

            // Every business rule is a rule the use case applies; one on time ("must respond within 100 ms") is timing.
            // A business rule on the data (a bound, "unique", "required", "must …") is a check; one on time ("must
            // respond within 100 ms"), caching or storage is not.
            var rules = DataRules(useCase);
            rules.AddRange(ProseFacts.Rules(useCase).Select(r => "prose: " + r));
            var open = useCase.Name.IndexOf('(');
            if (open > 0 && useCase.Name.IndexOf(')', open) is var close and > 0 && Keywords.Any(useCase.Name.Substring(open, close - open), s_restrictions))
            {
                rules.Add("the use case's name: " + useCase.Name.Substring(open + 1, close - open - 1).Trim());
            }
            rules.AddRange(ruled);
            foreach (var item in context.StatementsOf(i).Where(s => s.Kind != SourceItemKind.BusinessRule && !Keywords.Any(s.Reference, TimingRenderer.FrequencyLabels) && TimingRenderer.StatesDataLimit(s.Text)))
            {
                // A bound on the data stated anywhere else ("a preset holds at most 9 sets", "minimum age of 13"),
                // unless its flow is already listed ("1b (a rule is broken): Idade inferior a 13 anos").
                if (!rules.Exists(r => r.StartsWith(item.Reference + " (", System.StringComparison.Ordinal)))
                {
                    rules.Add(item.Reference + ": " + item.Text);
                }
            }

            foreach (var same in useCase.SameAs.Where(s => SectionClassifier.Classify(s.Section) == SectionKind.BusinessRules))
            {
                // Pointed to only when the other use case's rules are listed here.
                var other = context.IndexOf(same.UseCaseId);
                if (other < 0 || DataRules(context.UseCases[other]).Count > 0)
                {
                    rules.Add(same.Section + ": same as " + same.UseCaseId + " (see its rules)");
                }
            }

            var placesOf = citations[i].GroupBy(c => c.Id, System.StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Select(c => c.Where).Distinct().ToList(), System.StringComparer.OrdinalIgnoreCase);
            foreach (var (rule, id) in placesOf.Count == 0 ? new List<(SourceItem, string)>() : withIds)
            {
                // "1. System calculates the refund amount … (BR-11) … (BR-12)": the rules of the whole document the use
                // case cites, with their words and the places that cite them.
                if (placesOf.TryGetValue(id, out var places))
                {
                    // "\0" marks the use case the rule itself names.
                    var where = places.Where(p => p[0] != '\0').ToList();
                    var named = places.Where(p => p[0] == '\0').Select(p => "it names " + p.Substring(1));
                    rules.Add(rule.Reference + " (" + string.Join("; ", (where.Count > 0 ? new[] { "cited in " + string.Join(", ", where) } : System.Array.Empty<string>()).Concat(named)) + "): " + rule.Text);
                }
            }

            // One item under one heading: a step that checks is not listed again as a rule.
            rules.RemoveAll(r => input.Any(c => c.EndsWith(r.Substring(r.IndexOf(": ", System.StringComparison.Ordinal) + 2), System.StringComparison.Ordinal)));
            // A field whose description names its values ("status: "ok", "degraded", "error"") or a constraint.
            var constraints = useCase.DataElements
                .Where(d => d.Name.Length > 0 && (d.Values.Count > 1 || Keywords.Any(d.Description + " " + d.Type, Keywords.DatabaseConstraints) || BoundedType(d.Type)))
                .Select(d => d.Values.Count > 1 ? d.Name + " takes one of " + string.Join(", ", d.Values.Select(v => "\"" + v + "\""))
                    : BoundedType(d.Type) ? d.Name + " (" + d.Type + ")" + (d.Description.Length > 0 ? ": " + d.Description : string.Empty)
                    : d.Name + ": " + d.Description)
                .ToList();
            foreach (var same in useCase.SameAs.Where(s => SectionClassifier.Classify(s.Section) == SectionKind.DataElements))
            {
                var other = context.IndexOf(same.UseCaseId);
                if (other >= 0 && context.UseCases[other].DataElements.Any(d => d.Name.Length > 0 && (d.Values.Count > 1 || Keywords.Any(d.Description + " " + d.Type, Keywords.DatabaseConstraints))))
                {
                    constraints.Add(same.Section + ": same as " + same.UseCaseId + " (see its constraints)");
                }
            }

            var title = PrimarySequencesRenderer.Title(useCase, i);
            if (useCase.Written is not null && frontend.Count + input.Count + rules.Count + constraints.Count == 0)
            {
                md.Heading(3, MarkdownText.Escape(title));
                // A block whose labels or the message before it speak of a check ("valid", "exists"); a person's choice
                // ("approve / send back") is no check on the data.
                var decisions = WrittenFacts.Arms(useCase.Written)
                    .GroupBy(a => (a.Before, a.Block))
                    .Where(g => Keywords.Any(g.Key.Before + " " + string.Join(" ", g.Select(a => a.Label)), s_writtenChecks))
                    .Select(g => (g.Key.Before.Length > 0 ? "after " + g.Key.Before : "at the start") + ", " + g.Key.Block + ": " + string.Join(" / ", g.Select(a => a.Label)))
                    .ToList();
                md.Block(decisions.Count == 0 ? "Written as a Mermaid diagram: none of its conditional blocks names a check on data; its branches are listed under State Transitions."
                    : "Written as a Mermaid diagram. The checks it draws, by the labels of its conditional blocks:");
                md.Blank();
                foreach (var decision in decisions)
                {
                    md.Line("- " + MarkdownText.Escape(decision));
                }

                continue;
            }

            if (frontend.Count + input.Count + rules.Count + constraints.Count == 0)
            {
                silent.Add(title);
                continue;
            }

            md.Heading(3, MarkdownText.Escape(title));
            md.Blank();
            Group(md, "Frontend validation (the step names a form, field or screen)", frontend);
            Group(md, "Checks the steps and flows state", input);
            Group(md, "Business rules", rules);
            Group(md, "Data constraints (data elements)", constraints);
        }

        if (silent.Count == context.UseCases.Count && whole.Count == 0)
        {
            md.Block("No step, flow, business rule or data element of usecase.md is read as a check on the data a use case takes.");
        }
        else if (silent.Count > 0)
        {
            md.Block(MarkdownText.Escape("No step, flow, business rule or data element is read as a check on the data of " + (silent.Count == 1 ? "this use case" : "these use cases") + ": " + string.Join("; ", silent) + "."));
        }

        context.NoteUnread(md, "its sentences that state a rule (SHALL, MUST, required, requires)");
    }

    /// <summary>Words of a rule that governs storage, caching or status codes rather than the data a use case takes.</summary>
    private static readonly string[] s_notChecks =
    {
        "=hashed", "bcrypt", "=cache", "=cached", "=ttl", "http 200", "http 503", "http 500", "status code", "require authentication", "requires authentication",
        "rate limit", "per second", "requests per", "percentile", "=p95", "=p99", "load within", "loads within", "respond within", "responds within",
        "kept for", "retained for", "=retention", "are stored for", "is stored for", "se conservan", "são mantidos", "são guardados",
    };

    /// <summary>Words by which a step says an input is required ("categoria (obrigatória — RN014)").</summary>
    private static readonly string[] s_requiredWords = { "=obrigatória", "=obrigatório", "=obrigatórios", "=obrigatórias", "=mandatory", "(required", "必須", "필수" };

    /// <summary>"string(50)", "decimal(6,2)", "enum (ACTIVE, INACTIVE)": a type that bounds the field's values.</summary>
    private static bool BoundedType(string type) =>
        type.IndexOf("enum", System.StringComparison.OrdinalIgnoreCase) >= 0
        || (type.IndexOf('(') > 0 && type.IndexOf(')') > type.IndexOf('(') && char.IsDigit(type[type.IndexOf('(') + 1]));

    /// <summary>Words by which a condition compares a value with a bound ("larger than the prescribed quantity", "more than 10 %").</summary>
    private static readonly string[] s_boundedInput =
    {
        "more than", "less than", "larger than", "greater than", "smaller than", "higher than", "lower than", "exceeds", "exceed", "over the", "above the", "below the", "outside the",
        "differs", "mais de", "menos de", "maior que", "menor que", "más de", "mayor que", "menor que", "supera", "superen", "superan", "supere", "excede", "excedan",
        "ultrapass",
    };

    private static string WithoutValidationNouns(string text)
    {
        foreach (var noun in Keywords.ValidationNouns)
        {
            var at = text.IndexOf(noun, System.StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                text = text.Remove(at, noun.Length);
            }
        }

        return text;
    }

    /// <summary>
    /// Words by which a condition says that time passed with nothing done ("does not collect within 14 days", "stays in
    /// Pending review for more than 24 hours"): a time-out the flow handles, no check on the data.
    /// </summary>
    private static readonly string[] s_nothingDone =
    {
        "does not", "doesn't", "did not", "has not", "hasn't", "have not", "stays in", "remains in", "no decision", "sem resposta", "sin respuesta", "no ha ", "não foi", "não é",
    };

    private static readonly string[] s_thanThe = { "than the", "que el", "que la", "que o", "que a", "outside the" };

    private static readonly string[] s_comparisons = { "less than", "more than", "within", "exceed", "before", "after", "at least", "at most", "menos de", "mais de", "antes", "以内", "以上", "未満" };

    private static readonly string[] s_duplicates = { "duplic", "重複", "중복" };

    /// <summary>Words by which a written diagram's block is a check ("alt code known", "alt valid", "else 404").</summary>
    private static readonly string[] s_writtenChecks =
    {
        "valid", "invalid", "=known", "unknown", "exist", "found", "=match", "=matches", "=correct", "incorrect", "=400", "=404", "=422", "検証", "有効", "無効", "存在", "válid", "inválid",
    };

    /// <summary>"Already enrolled", "Já matriculado", "既に予約がある": a branch taken when something exists already.</summary>
    private static readonly string[] s_already = { "already", "=já", "=ja", "既に", "すでに", "이미", "=ya" };

    /// <summary>"CDU 07 Listar Postagens (restrito ao administrador)": a restriction the use case's own name states.</summary>
    private static readonly string[] s_restrictions = { "restrit", "apenas", "somente", "=only", "restricted", "のみ", "限定" };

    /// <summary>A rule the branch's steps cite ("(ADR-0018 single-run semantics)", "RN014", "per BR-3").</summary>
    private static readonly string[] s_citedRules = { "adr-", "=br", "br-", "=rn", "rn0", "rn1", "rn2", "semantics", "=policy", "=regra" };

    /// <summary>Words of a limit a rejected branch breaks ("定員超過", "deadline passed", "quota exceeded").</summary>
    private static readonly string[] s_limitWords = { "exceed", "超過", "期限", "deadline", "=limit", "=full", "定員", "prazo", "=limite", "duplic", "重複" };

    /// <summary>"checks the configuration against the specification", "checks the availability": a check, not a lookup ("checks deadlines").</summary>
    private static readonly string[] s_checkVerbs = { "=checks", "=check", "=checked", "=checking", "=confere", "=checa", "=comprueba", "=comprueban", "=comprova", "チェック", "확인한다" };

    private static readonly string[] s_checkObjects =
    {
        "against", "availab", "whether", "=if", "=that", "valid", "allowlist", "whitelist", "blacklist", "permission", "exist", "duplicate", "limit",
        "disponibilidade", "=se", "compatib", "=contra", "disponibilidad", "존재", "有無", "重複",
    };

    /// <summary>
    /// A failure flow (as the failure table lists it) taken when a check fails: its trigger is about the data
    /// ("Required field is null", "empty filename", "invalid") or a limit, or its steps cite a rule; an outage is
    /// none. The step is not cited: the branch departs after it, where the check ran is the step's. Null otherwise.
    /// </summary>
    private static (bool Rule, string Line)? FailedCheck(UseCaseBranch branch, string trigger, bool failureFlow, int validationIndex)
    {
        if (!failureFlow)
        {
            return null;
        }

        var category = CoverageCategory.IndexOf(trigger);
        var identity = category >= 0 && CoverageCategory.All[category].Name is "Authentication failures" or "Authorization failures"
            && !Keywords.Any(trigger, CoverageCategory.All[validationIndex].Keywords);
        if (identity || (category >= 0 && CoverageCategory.All[category].Name is "Database errors" or "Network timeouts" or "Service unavailable" or "Rate limiting"))
        {
            // "Database connection fails or times out": an outage; "the password does not match the account": who
            // the person is, not a check on the data the use case takes.
            return null;
        }

        if (OutcomeReader.IsAbsence(branch) || Keywords.Any(trigger, s_unexpectedErrors))
        {
            // "If no data is available, an error message is displayed": nothing to show, not a failed check; "Error no
            // controlado": something broke, no rule was checked.
            return null;
        }

        var aboutData = (Keywords.Any(trigger, s_dataWords) && !Keywords.Any(trigger, s_vagueWords)) || Keywords.Any(trigger, Keywords.Validation) || category == validationIndex;
        var steps = string.Join(" ", branch.Steps.Select(st => st.Text));
        var aboutLimit = Keywords.Any(trigger, s_limitWords) || Keywords.Any(steps, s_citedRules) || Keywords.Any(steps, s_duplicates);
        if (!(aboutData || aboutLimit))
        {
            return null;
        }

        return (Keywords.Any(trigger, s_ruleWords) || aboutLimit) && !Keywords.Any(trigger, s_inputWords)
            ? (true, branch.Id + " (a rule is broken): " + trigger)
            : (false, branch.Id + " (taken when the check fails): " + trigger);
    }

    /// <summary>The business rules of a use case that bear on its data: not those on time, storage, caching, status codes, access or rates.</summary>
    private static List<string> DataRules(UseCase useCase) =>
        useCase.BusinessRules
            .Where(r => !(Durations.Contains(r.Text) && Keywords.Any(r.Text, s_speedWords)) && !Keywords.Any(r.Text, s_notChecks) && Constrains(r.Text))
            .Select(r => (r.Label.Length > 0 ? r.Label + ": " : string.Empty) + r.Text)
            .ToList();

    /// <summary>
    /// Words by which a rule allows, forbids or bounds something ("may have at most 5", "cannot be placed", "only as
    /// store credit"); a rule without one describes how the process goes ("Queue position is assigned first come, first
    /// served", "kept at the pickup branch for 7 days") and checks no data.
    /// </summary>
    private static readonly string[] s_constraintWords =
    {
        "=may", "=must", "=cannot", "can't", "=only", "at most", "at least", "no more than", "not more than", "maximum", "minimum", "=required", "=requires",
        "=unique", "not allowed", "=exceed", "=exceeds", "=never", "=no", "=not", "=valid", "=invalid", "=up to", "=limit", "=limited", "=deve", "=devem",
        "não pode", "=apenas", "=somente", "=solo", "=sólo", "=debe", "=deben", "no puede", "=máximo", "=mínimo", "obrigat", "=muss", "=darf", "=nur", "=kein",
        "=nunca", "=único", "=única", "access", "permission", "authoriz", "以上", "以下", "まで", "のみ", "必須", "できない", "不可", "최대", "최소", "필수",
    };

    private static bool Constrains(string text) =>
        Keywords.Any(text, s_constraintWords) || Durations.Find(text).Exists(m => m.Kind == MeasureKind.Limit) || TextPatterns.SafeMatch(s_ruleIds, text) is not null;

    /// <summary>"BR-1, BR-2 (team-scoped access control)": a rule that points to other rules is kept with them.</summary>
    private const string RuleIdsPattern =
        @"\b(?:BR|RN|RNF|RG)[-_ ]?\d+";

#if NET
    private static readonly System.Text.RegularExpressions.Regex s_ruleIds = RuleIdsRegex();

    [System.Text.RegularExpressions.GeneratedRegex(RuleIdsPattern, System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex RuleIdsRegex();
#else
    private static readonly System.Text.RegularExpressions.Regex s_ruleIds = new(RuleIdsPattern, System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Value);
#endif

    /// <summary>Words of a rule on speed ("must respond within 100 ms"): timing, not validation.</summary>
    private static readonly string[] s_speedWords = { "respon", "latenc", "timeout", "time-out", "performance", "fast", "tempo de resposta" };

    /// <summary>Words of a branch about the data given ("Required field is empty", "invalid e-mail").</summary>
    private static readonly string[] s_dataWords =
    {
        "field", "input", "value", "format", "data", "required", "empty", "blank", "invalid", "e-mail", "email", "password", "duplic", "expired", "expirad",
        "campo", "dado", "fichero", "archivo", "arquivo", "tamaño", "tamanho", "=file", "file type", "file size", "obrigat", "inválid", "formato", "入力", "形式", "필드", "입력",
    };

    /// <summary>Words that say something is absent, of data or of anything else ("the book is missing").</summary>
    private static readonly string[] s_vagueWords = { "missing", "not found", "unavailable", "not available", "absent", "ausente", "faltando", "não encontrad" };

    /// <summary>Words by which a rejected branch names a business rule rather than an input error.</summary>
    private static readonly string[] s_ruleWords = { "=rule", "=rules", "policy", "regra", "política", "=rn", "ルール", "규칙" };

    /// <summary>Words by which a rule is one on the input ("input validation rule violation").</summary>
    private static readonly string[] s_inputWords = { "=input", "validat", "entrada", "入力", "입력" };

    private static void Group(MarkdownBuilder md, string name, List<string> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        md.Line("- **" + name + "**:");
        foreach (var item in items.Distinct())
        {
            md.Line("  - " + MarkdownText.Escape(item));
        }
    }

    private static readonly string[] s_unexpectedErrors =
    {
        "unhandled", "unexpected error", "uncaught", "internal error", "error no controlado", "error inesperado", "error interno", "erro inesperado",
        "erro não tratado", "erro interno", "unerwarteter fehler",
    };

    /// <summary>The ids the whole document's rules on the data open with ("BR-11 …", "RN-07: …", "NFR-01 | …").</summary>
    private static HashSet<string> RuleIds(IEnumerable<SourceItem> items)
    {
        var ids = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase);
        foreach (var item in items)
        {
            var text = item.Text.TrimStart('*', ' ', '|');
            var end = 0;
            while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '-' or '_' or '.'))
            {
                end++;
            }

            var id = text.Substring(0, end).TrimEnd('.');
            if (id.Length is >= 2 and <= 12 && char.IsLetter(id[0]) && char.IsDigit(id[id.Length - 1]) && id.Any(char.IsUpper))
            {
                ids.Add(id);
            }
        }

        return ids;
    }

    /// <summary>
    /// Where <paramref name="useCase"/> cites the ids of <paramref name="ids"/>: its preconditions, steps, flows and
    /// postconditions, a range ("BR-1 to BR-4") citing every id in it.
    /// </summary>
    private static List<(string Id, string Where)> Citations(UseCase useCase, HashSet<string> ids)
    {
        var found = new List<(string, string)>();
        if (ids.Count == 0)
        {
            return found;
        }

        void Add(string where, string text)
        {
            foreach (var id in CitedRules(text, ids))
            {
                found.Add((id, where));
            }
        }

        foreach (var p in useCase.Preconditions)
        {
            Add("the preconditions", p.Text);
        }

        foreach (var step in useCase.Steps)
        {
            Add("step " + step.Number, step.Text + " " + string.Join(" ", step.SubSteps.Select(st => st.Text)));
        }

        foreach (var branch in useCase.Branches)
        {
            Add(branch.Id, branch.Title + " " + branch.Condition + " " + string.Join(" ", branch.Steps.Select(st => st.Text)) + " " + branch.Ending.Text);
        }

        foreach (var p in useCase.Postconditions)
        {
            Add("the postconditions", p.Text);
        }

        return found;
    }

    private const string RangePattern =
        @"\G\s*(?:to|through|thru|–|—|-|a|até|al|bis|〜|~)\s*(?<prefix>[A-Za-z][A-Za-z_]*-?)(?<to>\d+)\b";

#if NET
    private static readonly System.Text.RegularExpressions.Regex s_range = RangeRegex();

    [System.Text.RegularExpressions.GeneratedRegex(RangePattern, System.Text.RegularExpressions.RegexOptions.CultureInvariant, RegexTimeout.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex RangeRegex();
#else
    private static readonly System.Text.RegularExpressions.Regex s_range = new(RangePattern, System.Text.RegularExpressions.RegexOptions.CultureInvariant, RegexTimeout.Value);
#endif

    /// <summary>The ids of <paramref name="ids"/> the text cites, in the order it cites them, each once; "BR-1 to BR-4" cites BR-2 and BR-3 too.</summary>
    private static List<string> CitedRules(string text, HashSet<string> ids)
    {
        var cited = new List<string>();
        if (ids.Count == 0)
        {
            return cited;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsLetter(text[i]) || (i > 0 && char.IsLetterOrDigit(text[i - 1])))
            {
                continue;
            }

            var end = i;
            while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '-' or '_'))
            {
                end++;
            }

            var word = text.Substring(i, end - i);
            if (ids.Contains(word) && !cited.Contains(word, System.StringComparer.OrdinalIgnoreCase))
            {
                cited.Add(word);
            }

            var digits = word.Length;
            while (digits > 0 && char.IsDigit(word[digits - 1]))
            {
                digits--;
            }

            if (ids.Contains(word) && digits < word.Length && s_range.Match(text, end) is { Success: true } range
                && string.Equals(range.Groups["prefix"].Value, word.Substring(0, digits), System.StringComparison.OrdinalIgnoreCase)
                && int.TryParse(word.Substring(digits), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var from)
                && int.TryParse(range.Groups["to"].Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var to) && to > from && to - from <= 50)
            {
                for (var n = from + 1; n <= to; n++)
                {
                    var id = ids.FirstOrDefault(x => string.Equals(x, word.Substring(0, digits) + n.ToString(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.OrdinalIgnoreCase));
                    if (id is not null && !cited.Contains(id, System.StringComparer.OrdinalIgnoreCase))
                    {
                        cited.Add(id);
                    }
                }
            }

            i = end;
        }

        return cited;
    }
}
