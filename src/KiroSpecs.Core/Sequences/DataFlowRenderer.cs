using System;
using System.Collections.Generic;
using System.Linq;
using KiroSpecs.Core.Common;
using KiroSpecs.Core.UseCases;

namespace KiroSpecs.Core.Sequences;

/// <summary>"## Data Flow Details": request, success-response and error-response payloads from the Data Elements.</summary>
internal static class DataFlowRenderer
{
    public static void Render(MarkdownBuilder md, DocumentContext context)
    {
        md.Heading(2, "Data Flow Details");
        var any = false;
        if (context.Document.DataElements.Count > 0)
        {
            // "## Data we store", "## 6. Datos requeridos": the data of the whole document, as the author lists it.
            any = true;
            md.Heading(3, "Data Elements of the Whole Document");
            md.Blank();
            foreach (var element in context.Document.DataElements.Take(200))
            {
                md.Line("- " + Describe(element, wholeDocument: true));
            }
        }

        md.Heading(3, "Request/Response Payloads");
        for (var i = 0; i < context.UseCases.Count; i++)
        {
            var useCase = context.UseCases[i];
            var title = MarkdownText.Escape(PrimarySequencesRenderer.Title(useCase, i));
            var same = useCase.SameAs.FirstOrDefault(s => SectionClassifier.Classify(s.Section) == SectionKind.DataElements);
            var written = WrittenPayloads(context.StatementsOf(i), useCase);
            if (useCase.DataElements.Count == 0)
            {
                if (same is not null)
                {
                    any = true;
                    md.Heading(4, title);
                    md.Block("Same data elements as " + MarkdownText.Escape(same.UseCaseId) + " (see above).");
                }

                if (written.Count > 0)
                {
                    any = true;
                    md.Heading(4, "Payloads - " + title);
                    RenderWritten(md, written);
                }

                if (useCase.Written is { } diagram && WrittenFacts.Messages(diagram) is { Count: > 0 } messages)
                {
                    // A use case written as a Mermaid diagram: what each message carries, as the author wrote it.
                    any = true;
                    md.Heading(4, "Messages of the Written Diagram - " + title);
                    md.Bullets(messages);
                }

                if (ProseFacts.Data(useCase) is { Count: > 0 } sentences)
                {
                    // A use case written as prose: its sentences that say what data moves, quoted.
                    any = true;
                    md.Heading(4, "Data the Prose Names - " + title);
                    md.Bullets(sentences);
                }

                var named = DataNamedInSteps(context, i);
                if (same is null && named.Count > 0)
                {
                    // No data elements section, but the steps say what the actor gives: quoted, with the step.
                    any = true;
                    md.Heading(4, "Data the Steps Name - " + title);
                    md.Bullets(named);
                }

                continue;
            }

            any = true;
            var input = useCase.DataElements.Where(d => d.Category == "Input").ToList();
            var output = useCase.DataElements.Where(d => d.Category == "Output").ToList();
            var other = useCase.DataElements.Where(d => d.Category is not ("Input" or "Output")).ToList();

            md.Heading(4, "Request - " + title);
            var undirected = input.Count == 0 && output.Count == 0;
            if (undirected && DataNamedInSteps(context, i, InteractionKind.Call) is { Count: > 0 } requests)
            {
                // Data elements without a direction, and steps that say what each message carries ("sends payer ID,
                // member ID and service date"): what the steps name, in their words, instead of "not specified".
                md.Block("usecase.md marks no data element as request or response; the requests of the steps name:").Bullets(requests);
            }
            else
            {
                Payload(md, input, "Request data");
            }

            md.Heading(4, "Success Response - " + title);
            if (undirected && SuccessAnswers(context, i) is { Count: > 0 } answers)
            {
                // "The Gateway returns coverage status, copay and remaining deductible": the answers, quoted.
                md.Block("usecase.md marks no data element as response; the answers of the steps name:").Bullets(answers);
            }
            else
            {
                Payload(md, output, "Response data");
            }

            md.Heading(4, "Error Response - " + title);
            var returned = FailureReturns(useCase, context.GoalsOf(i));
            var flows = returned.Count;
            returned.AddRange(StatedErrorAnswers(context, i));
            if (returned.Count > 0)
            {
                // What the failure flows say they return ("Returns HTTP 500 with error status"): no payload is
                // composed from the output fields, whose values may travel in a successful answer too.
                md.Block(flows == returned.Count ? "usecase.md gives no error payload; its failure flows return:"
                    : flows == 0 ? "usecase.md gives no error payload; its rules state these error answers:"
                    : "usecase.md gives no error payload; its failure flows and rules state these error answers:").Bullets(returned);
            }
            else
            {
                md.Block("Error response format not specified in usecase.md.");
            }

            if (other.Count > 0)
            {
                md.Heading(4, "Other Data - " + title);
                md.Blank();
                foreach (var element in other)
                {
                    md.Line("- " + Describe(element));
                }
            }

            if (written.Count > 0)
            {
                md.Heading(4, "Payloads in the Text - " + title);
                RenderWritten(md, written);
            }
        }

        if (!any)
        {
            md.Block("Data elements not specified in usecase.md.");
        }

        context.NoteUnread(md, "its sentences that say what data moves");
    }

    /// <summary>The answers the steps give, leaving out those of the flows that fail (not a success response).</summary>
    private static List<string> SuccessAnswers(DocumentContext context, int index)
    {
        var useCase = context.UseCases[index];
        var goals = context.GoalsOf(index);
        var failing = new List<string>();
        for (var b = 0; b < useCase.Branches.Count; b++)
        {
            var branch = useCase.Branches[b];
            if (IsFailureFlow(branch, goals[b]))
            {
                failing.Add(branch.Id + " ");
            }
        }

        return DataNamedInSteps(context, index, InteractionKind.Return)
            .Where(line => !failing.Any(id => line.StartsWith(id, StringComparison.Ordinal)))
            .ToList();
    }

    /// <summary>An exception flow, or a branch whose trigger states a failure: its answers are no success response.</summary>
    private static bool IsFailureFlow(UseCaseBranch branch, string goal) => branch.Kind == BranchKind.Exception || OutcomeReader.Fails(branch, goal);

    /// <summary>
    /// The name of the data element one of whose values the text quotes ("the coverage status is "INACTIVE"" and
    /// "coverageStatus | enum (ACTIVE, INACTIVE, UNKNOWN)"), or null.
    /// </summary>
    private static string? NamesAValueOf(string text, UseCase useCase)
    {
        if (useCase.DataElements.IsEmpty || text.IndexOfAny(s_quoteMarks) < 0)
        {
            return null;
        }

        foreach (var element in useCase.DataElements)
        {
            foreach (var value in element.Values.Concat(EnumValues(element.Type)))
            {
                if (value.Length > 1 && (text.IndexOf("\"" + value + "\"", StringComparison.Ordinal) >= 0 || text.IndexOf("“" + value + "”", StringComparison.Ordinal) >= 0
                    || text.IndexOf("`" + value + "`", StringComparison.Ordinal) >= 0))
                {
                    // "Output: "Verified", "Blocked" or …": a list without a field name is the use case's output.
                    return element.Name.Length > 0 ? element.Name : "the " + element.Category.ToLowerInvariant() + " data";
                }
            }
        }

        return null;
    }

    private static readonly char[] s_quoteMarks = { '"', '“', '`' };

    /// <summary>"enum (ACTIVE, INACTIVE, UNKNOWN)": the values a type lists in brackets.</summary>
    private static IEnumerable<string> EnumValues(string type)
    {
        var open = type.IndexOf('(');
        var close = type.LastIndexOf(')');
        return type.StartsWith("enum", StringComparison.OrdinalIgnoreCase) && open > 0 && close > open
            ? type.Substring(open + 1, close - open - 1).Split(',').Select(v => v.Trim().Trim('"', '\'', '`')).Where(v => v.Length > 0)
            : Enumerable.Empty<string>();
    }

    private static readonly string[] s_returnWords = { "return", "respond", "replies", "retorna", "responde", "devuelve", "返す", "返却", "반환" };

    /// <summary>"EF-1.2: Returns HTTP 500 with error status": the answers the failure flows of a use case state.</summary>
    private static readonly string[] s_statusContext = { "http", "status", "error", "retry-after", "=return", "=returns", "respon", "=code", "erro", "fehler" };

    /// <summary>
    /// "NFR-01 (all UCs) | Rate limit | … 429 + Retry-After": an error answer a rule or requirement states (for this
    /// use case, or for the whole document), with its source.
    /// </summary>
    private static IEnumerable<string> StatedErrorAnswers(DocumentContext context, int index)
    {
        foreach (var item in context.RulesAndRequirementsFor(index))
        {
            if (OutcomeReader.HasErrorStatus(item.Text) && Keywords.Any(item.Text, s_statusContext))
            {
                yield return item.Reference + ": " + TimingRenderer.Quote(item.Text, 0, 0);
            }
        }
    }

    private static List<string> FailureReturns(UseCase useCase, string[] goals)
    {
        var lines = new List<string>();
        for (var b = 0; b < useCase.Branches.Count; b++)
        {
            var branch = useCase.Branches[b];
            var goal = goals[b];
            if (!IsFailureFlow(branch, goal) || OutcomeReader.IsActorChoice(branch, goal))
            {
                continue;
            }

            if ((OutcomeReader.HasErrorStatus(branch.Condition) || NamesAValueOf(branch.Condition, useCase) is not null) && lines.Count < 20)
            {
                // "E1 (step 5) – `412 Precondition Failed`": the status is the branch's condition; so is an answer's
                // value that a data element lists ("if the coverage status is "INACTIVE"", coverageStatus: ACTIVE, INACTIVE, …).
                var element = NamesAValueOf(branch.Condition, useCase);
                lines.Add(branch.Id + " (condition): " + branch.Condition.Trim() + (element is null ? string.Empty : " (a value of " + element + ")"));
            }

            foreach (var step in branch.Steps)
            {
                if ((Keywords.Any(step.Text, s_returnWords) || OutcomeReader.HasErrorStatus(step.Text) || ShowsAQuotedMessage(step.Text)) && lines.Count < 20)
                {
                    lines.Add(branch.Id + ": " + step.Text.Trim());
                }
            }
        }

        return lines;
    }

    private static readonly string[] s_showWords = { "=shows", "=displays", "=show", "=display", "=exibe", "=mostra", "=muestra", "=zeigt", "表示", "표시" };

    /// <summary>"The Kiosk shows 'We could not find your appointment – please see the front desk.'": the message, word for word.</summary>
    private static bool ShowsAQuotedMessage(string text)
    {
        foreach (var (open, close) in s_quotes)
        {
            var start = text.IndexOf(open);
            if (start >= 0 && text.IndexOf(close, start + 1) > start + 3)
            {
                return Keywords.Any(text, s_showWords);
            }
        }

        return false;
    }

    private static readonly (char Open, char Close)[] s_quotes = { ('"', '"'), ('“', '”'), ('‘', '’'), ('«', '»'), ('「', '」') };

    private const int MaxInline = 400;

    /// <summary>
    /// "step 1 (Student → System): enters email and password": what each message between two participants carries
    /// (a request, a hand-over to another system, an answer), each step quoted whole. Moving around (logging in,
    /// opening a page, viewing, clicking) carries no data and is left out, as are failures a branch reports.
    /// </summary>
    private static List<string> DataNamedInSteps(DocumentContext context, int index, InteractionKind? only = null)
    {
        var lines = new List<string>();
        foreach (var (reference, step, interaction) in context.InteractionsOf(index))
        {
            // A step heading over its sub-steps ("Step 2: View Payment Options") carries nothing of its own.
            if (interaction.From.Alias == interaction.To.Alias || lines.Count >= 50 || !step.SubSteps.IsEmpty
                || interaction.Kind is not (InteractionKind.Call or InteractionKind.Return) || (only is { } kind && interaction.Kind != kind))
            {
                continue;
            }

            // The whole step in the author's words: the words after the verb alone are often a fragment ("out the
            // form items" of "fills out the form items", "rejected with an error").
            var data = interaction.Text.Trim().TrimEnd('.', ';', '。');
            var words = KiroSpecs.Core.Interactions.Words.Of(data);
            var givesData = KiroSpecs.Core.Interactions.Lexicon.DataVerbs.MatchAt(words, 0) > 0;
            if (data.Length == 0 || (!givesData && Keywords.Any(data, s_movingWords)) || (!reference.StartsWith("step", StringComparison.Ordinal) && FailureWords.LooksLikeFailure(data)))
            {
                continue;
            }

            // Who acts, as the step says: the sender, or the one who "receives" the order.
            // A step without a subject ("Status is updated") names no one: the model's sender is not cited.
            // A later clause of the step ("…; the Workbench sets the status") names its own subject.
            var actor = ReferenceEquals(context.Participants[index].For(step), interaction) ? ParticipantMentions.Subject(step, interaction) : interaction.From;
            var who = actor is null ? string.Empty : " (" + (actor == interaction.From && s_receives.Any(r => data.StartsWith(r, StringComparison.OrdinalIgnoreCase)) ? interaction.To : actor).Name + ")";
            lines.Add(reference + who + ": " + TextClip.Clip(data, MaxInline));
        }

        return lines;
    }

    private static readonly string[] s_receives = { "receives ", "recebe ", "recibe " };

    /// <summary>Words of a step that moves around rather than passes data.</summary>
    private static readonly string[] s_movingWords =
    {
        "logs in", "log in", "logs into", "=navigates", "=navigate", "=opens", "=clicks", "=click", "=accesses", "=visits", "=acessa", "=clica",
        "=abre", "=navega", "=entra", "=entrar", "=acessar", "redirecion", "acknowledges", "corrects the mistake", "chooses to continue", "누른다", "押す", "=aperta", "=pressiona", "=presses", "=press", "=indicates", "=botão", "=button", "=modal", "=encaminha", "=redireciona", "redirect", "リダイレクト", "=continues", "returns to", "return to", "goes back", "go back", "=volta", "retorna ao", "retorna para", "=views", "=view", "=reads", "=browses", "=confirms", "=confirma", "visualiz", "ログイン", "クリック", "開く", "アクセス", "閲覧", "確認", "フィルタ", "ソート", "조회", "로그인", "클릭",
    };

    /// <summary>
    /// Payloads the use case writes outside a data-elements section: code blocks and lines of sections labelled as
    /// input or output ("Expected Output", "Inputs"), and JSON objects or brace lists ("{ name, email }") inside a
    /// statement. Each keeps its source; nothing is filled in.
    /// </summary>
    private static List<(string Source, string Text, bool IsCode, string Info)> WrittenPayloads(List<SourceItem> statements, UseCase useCase)
    {
        var payloads = new List<(string, string, bool, string)>();
        foreach (var note in useCase.Notes)
        {
            var category = DataElementReader.CategoryOf(note.Section);
            var info = note.Info.ToLowerInvariant();
            var kind = SectionClassifier.Classify(note.Section);
            var what = kind == SectionKind.Preconditions ? "Given before the flow" : kind == SectionKind.Postconditions ? "Stated after the flow" : category ?? "Payload";
            if (note.IsCode && (category is "Input" or "Output" || info is "json" or "yaml" or "yml" or "xml"))
            {
                payloads.Add((what + " (" + note.Section + ")", note.Text, true, info));
            }
            else if (!note.IsCode && category is "Input" or "Output")
            {
                payloads.Add((category + " (" + note.Section + ")", note.Text, false, string.Empty));
            }
            else if (!note.IsCode && NamedValue(note.Text))
            {
                // "ENV_NAMES: cluster01/env01" under "Trigger": a parameter the use case is started with, quoted.
                payloads.Add(("Named value (" + note.Section + ")", note.Text, false, "inline"));
            }
        }

        foreach (var step in Interactions.ParticipantCatalog.AllSteps(useCase).Where(s => s.Payload.Length > 0))
        {
            // "4. … assign drone" over an indented ```json block: the payload as the author wrote it, fenced.
            payloads.Add(("step " + step.Number, step.Payload, true, step.PayloadInfo));
        }

        foreach (var item in statements.Where(s => s.Kind is SourceItemKind.Step or SourceItemKind.Alternative or SourceItemKind.Exception or SourceItemKind.Postcondition))
        {
            foreach (var braces in BraceGroups(item.Text))
            {
                payloads.Add((item.Reference, braces, false, "inline"));
            }
        }

        return payloads;
    }

    /// <summary>
    /// "ENV_NAMES: cluster01/env01", "retryCount = 3": a line that is only an identifier (letters, digits, "_", ".",
    /// not a plain word) and one value without spaces; "Domain: Execution" and "UC-7: Borrow a game" are none.
    /// </summary>
    private static bool NamedValue(string text)
    {
        var end = 0;
        while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '_' or '.'))
        {
            end++;
        }

        if (end < 2 || !char.IsLetter(text[0]) || end >= text.Length)
        {
            return false;
        }

        // A plain word ("Domain", "See") is a label; an identifier has "_", "." or a capital after its first letter.
        var name = text.Substring(0, end);
        if (name.IndexOfAny(new[] { '_', '.' }) < 0 && !name.Skip(1).Any(char.IsUpper))
        {
            return false;
        }

        var rest = text.Substring(end).TrimStart();
        var value = rest.Length > 1 && rest[0] is ':' or '=' ? rest.Substring(1).Trim() : string.Empty;
        return value.Length > 0 && value.IndexOf(' ') < 0 && value.Length <= 80;
    }

    /// <summary>Balanced "{…}" groups of a text that hold a name (not "{}" or "{0}"), outermost only.</summary>
    internal static List<string> BraceGroups(string text)
    {
        var groups = new List<string>();
        var depth = 0;
        var start = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '{')
            {
                if (depth++ == 0)
                {
                    start = i;
                }
            }
            else if (text[i] == '}' && depth > 0 && --depth == 0)
            {
                var group = text.Substring(start, i - start + 1);
                if (group.Length <= MaxInline && group.Any(char.IsLetter) && !IsPlaceholder(text, start, group))
                {
                    groups.Add(group);
                }
            }
        }

        return groups;
    }

    /// <summary>
    /// "GET /v2/devices/{id}/schedule", "{home_id}": a name in braces inside a path, or one name alone, stands for a
    /// value in an address or a template, not for a payload.
    /// </summary>
    private static bool IsPlaceholder(string text, int start, string group)
    {
        var end = start + group.Length;
        if ((start > 0 && text[start - 1] == '/') || (end < text.Length && text[end] == '/'))
        {
            return true;
        }

        for (var k = 1; k < group.Length - 1; k++)
        {
            if (!(char.IsLetterOrDigit(group[k]) || group[k] is '_' or '-' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    private static void RenderWritten(MarkdownBuilder md, List<(string Source, string Text, bool IsCode, string Info)> payloads)
    {
        var lines = new List<string>();
        foreach (var (source, text, isCode, info) in payloads)
        {
            if (isCode)
            {
                md.Block(MarkdownText.Escape(source) + ":");
                md.Block(Fence(text, info is "json" or "yaml" or "yml" or "xml" ? info : string.Empty));
            }
            else
            {
                lines.Add("- " + MarkdownText.Escape(source) + ": " + (info == "inline" ? Code(text) : MarkdownText.Escape(text)));
            }
        }

        if (lines.Count > 0)
        {
            md.Blank();
            foreach (var line in lines.Distinct())
            {
                md.Line(line);
            }
        }
    }

    /// <summary>Inline code whose backtick fence is longer than any run in the text.</summary>
    private static string Code(string text)
    {
        var flat = text.Replace('\n', ' ').Replace('\r', ' ');
        var fence = flat.IndexOf('`') >= 0 ? "`` " : "`";
        return fence + flat + (fence.Length > 1 ? " ``" : "`");
    }

    private static void Payload(MarkdownBuilder md, List<DataElement> elements, string what)
    {
        var fields = elements.Where(d => d.Name.Length > 0).ToList();
        var notes = elements.Where(d => d.Name.Length == 0).Select(d => d.Description).ToList();
        if (fields.Count > 0)
        {
            md.Block(Fence(JsonSample.Build(fields)));
            md.Blank();
            foreach (var field in fields)
            {
                md.Line("- " + Describe(field));
            }
        }

        if (notes.Count > 0)
        {
            md.Block(what + ": " + MarkdownText.Escape(string.Join("; ", notes)));
        }
        else if (fields.Count == 0)
        {
            md.Block(what + " not specified in usecase.md.");
        }
    }

    /// <summary>
    /// One data element as a list line; of the whole document's, the entity it belongs to ("- Refill request") but not
    /// the default category.
    /// </summary>
    private static string Describe(DataElement element, bool wholeDocument = false)
    {
        var head = element.Name.Length > 0 ? "`" + element.Name.Replace("`", "'") + "`" : MarkdownText.Escape(element.Category);
        var type = element.Type.Length > 0 ? " (" + MarkdownText.Escape(element.Type) + ")" : string.Empty;
        var description = element.Description.Length > 0 ? ": " + MarkdownText.Escape(element.Description) : string.Empty;
        var category = element.Category is "Input" or "Output" || (wholeDocument && (element.Category == "Data" || head.IndexOf(element.Category, StringComparison.Ordinal) >= 0))
            ? string.Empty : " - " + MarkdownText.Escape(element.Category);
        return head + type + description + category;
    }

    /// <summary>A fenced block whose fence is longer than any backtick run in the content.</summary>
    internal static string Fence(string content, string info = "json")
    {
        var longest = 0;
        var run = 0;
        foreach (var c in content)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', Math.Max(3, longest + 1));
        return fence + info + "\n" + content + "\n" + fence;
    }
}
