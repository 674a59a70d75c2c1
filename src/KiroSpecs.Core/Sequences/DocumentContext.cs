using System.Collections.Generic;
using System.Linq;
using KiroSpecs.Core.UseCases;

using KiroSpecs.Core.Interactions;

namespace KiroSpecs.Core.Sequences;

/// <summary>What every section renderer needs: the parsed document and each use case's participants.</summary>
internal sealed partial class DocumentContext
{
    public DocumentContext(UseCaseDocument document, string featureName, List<InteractionModel> participants)
    {
        Document = document;
        FeatureName = featureName;
        Participants = participants;
        // Boxed once: every section reads it per item.
        UseCases = document.UseCases;
    }

    public UseCaseDocument Document { get; }

    public string FeatureName { get; }

    /// <summary>Participants per use case, same order as <see cref="UseCaseDocument.UseCases"/>.</summary>
    public List<InteractionModel> Participants { get; }

    public IReadOnlyList<UseCase> UseCases { get; }

    private List<SourceItem>?[]? _sourceItems;
    private List<SourceItem>?[]? _statements;
    private List<(string Reference, UseCaseStep Step, Interaction Interaction)>?[]? _interactions;

    /// <summary>
    /// <see cref="SourceItems.Of"/> for use case <paramref name="index"/>, built once per document: five derived
    /// sections read it. Callers only read the list.
    /// </summary>
    public List<SourceItem> SourceItemsOf(int index)
    {
        _sourceItems ??= new List<SourceItem>?[UseCases.Count];
        return _sourceItems[index] ??= SourceItems.Of(UseCases[index]);
    }

    /// <summary>
    /// The business rules and requirements of use case <paramref name="index"/>, then those of the whole document that
    /// concern it (<see cref="WholeDocumentItemsFor"/>): the statements a rule-stated limit or answer is read from.
    /// </summary>
    public IEnumerable<SourceItem> RulesAndRequirementsFor(int index) =>
        StatementsOf(index).Where(s => s.Kind is SourceItemKind.BusinessRule or SourceItemKind.Requirement).Concat(WholeDocumentItemsFor(index));

    /// <summary>
    /// The requirements of the whole document that concern use case <paramref name="index"/>, each cited as "whole
    /// document (…)": all of them, except one that names a declared system the use case does not involve ("WeatherAPI:
    /// max 1 call / home / 30 min" concerns only the use cases that call the WeatherAPI).
    /// </summary>
    public IEnumerable<SourceItem> WholeDocumentItemsFor(int index)
    {
        HashSet<string>? involved = null;
        foreach (var (item, names) in WholeDocumentItems())
        {
            if (names.Count > 0)
            {
                involved ??= Involved(index);
                if (!names.Exists(involved.Contains))
                {
                    continue;
                }
            }

            yield return item;
        }
    }

    /// <summary>The names of the participants the use case's arrows reach or start from, and those its text names.</summary>
    private HashSet<string> Involved(int index)
    {
        var involved = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase);
        foreach (var (_, _, interaction) in InteractionsOf(index))
        {
            involved.Add(interaction.From.Name);
            involved.Add(interaction.To.Name);
        }

        return involved;
    }

    private const int MaxSystemsNamed = 300;

    private List<(SourceItem Item, List<string> Names)>? _wholeItems;

    /// <summary>The whole document's requirements, cited, each with the declared systems it names: read once per document.</summary>
    private List<(SourceItem Item, List<string> Names)> WholeDocumentItems()
    {
        if (_wholeItems is null)
        {
            _wholeItems = new List<(SourceItem, List<string>)>();
            // A table of the document's figures ("## Numbers we keep referring to") is quoted under Timing Constraints; it
            // states no requirement of any one use case.
            var items = SourceItems.OfDocument(Document).Where(i => !SourceItems.IsFiguresSection(i.Reference)).ToList();
            var systems = new List<string>();
            if (items.Count > 0)
            {
                // The systems the document declares or its use cases draw (not people), the first few hundred.
                var seen = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase);
                foreach (var actor in Document.Actors)
                {
                    if (seen.Count < MaxSystemsNamed && actor.Name.Length >= 3 && !ActorKinds.IsPerson(actor.Name, actor.Description, null, actor.Role == ActorRole.Secondary) && seen.Add(actor.Name))
                    {
                        systems.Add(actor.Name);
                    }
                }

                for (var i = 0; i < Participants.Count && seen.Count < MaxSystemsNamed; i++)
                {
                    foreach (var participant in Participants[i].Actors)
                    {
                        if (!participant.IsPerson && participant.Name.Length >= 3 && !ReferenceEquals(participant, Participants[i].System) && seen.Add(participant.Name))
                        {
                            systems.Add(participant.Name);
                        }
                    }
                }
            }

            foreach (var item in items)
            {
                var names = systems.FindAll(name => NamesWhole(item.Text, name));
                _wholeItems.Add((item with { Reference = "whole document (" + item.Reference + ")" }, names));
            }
        }

        return _wholeItems;
    }

    /// <summary>True when <paramref name="name"/> stands in <paramref name="text"/> as whole words (any case).</summary>
    internal static bool NamesWhole(string text, string name)
    {
        for (var at = text.IndexOf(name, System.StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(name, at + 1, System.StringComparison.OrdinalIgnoreCase))
        {
            var end = at + name.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <see cref="SourceItems.Statements"/> for use case <paramref name="index"/>, built once per document from
    /// <see cref="SourceItemsOf"/> (not a second <see cref="SourceItems.Of"/>). Callers only read the list.
    /// </summary>
    public List<SourceItem> StatementsOf(int index)
    {
        _statements ??= new List<SourceItem>?[UseCases.Count];
        return _statements[index] ??= SourceItems.Statements(UseCases[index], SourceItemsOf(index));
    }

    private Dictionary<string, int>? _byId;
    private Dictionary<string, int>? _byExactId;
    private FlowOutcome[]?[]? _outcomes;
    private string[]?[]? _goals;

    /// <summary>The index of the first use case with id <paramref name="id"/> (any case), -1 when none: one lookup per "same as UC-n".</summary>
    public int IndexOf(string id)
    {
        var found = Lookup(ref _byId, System.StringComparer.OrdinalIgnoreCase, id);
        if (found >= 0 || Canonical(id) is not { } canonical)
        {
            return found;
        }

        // "UC 3" for "Use Case 3", "UC-1" for "UC-01": the same use case written another way.
        if (_byNumber is null)
        {
            _byNumber = new Dictionary<string, int>(System.StringComparer.Ordinal);
            for (var i = 0; i < UseCases.Count; i++)
            {
                if (Canonical(UseCases[i].Id) is { } key && !_byNumber.ContainsKey(key))
                {
                    _byNumber[key] = i;
                }
            }
        }

        return _byNumber.TryGetValue(canonical, out var index) ? index : -1;
    }

    private Dictionary<string, int>? _byNumber;

    private const string NumberedPattern =
        @"^\s*(?:uc|cu|use[-\s]?case|caso\s+de\s+uso)\s*[-_ #]?\s*0*(?<n>\d+(?:\.\d+)*)\s*$";

#if NET
    private static readonly System.Text.RegularExpressions.Regex s_numbered = NumberedRegex();

    [System.Text.RegularExpressions.GeneratedRegex(NumberedPattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex NumberedRegex();
#else
    private static readonly System.Text.RegularExpressions.Regex s_numbered = new(NumberedPattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Value);
#endif

    /// <summary>The number a use-case id stands for ("Use Case 3", "UC 3", "UC-03" → "3"), else null.</summary>
    private static string? Canonical(string id) =>
        KiroSpecs.Core.UseCases.TextPatterns.SafeMatch(s_numbered, id) is { } m ? m.Groups["n"].Value : null;

    /// <summary>As <see cref="IndexOf"/>, the id compared exactly.</summary>
    public int IndexOfExact(string id) => Lookup(ref _byExactId, System.StringComparer.Ordinal, id);

    private int Lookup(ref Dictionary<string, int>? index, System.StringComparer comparer, string id)
    {
        if (index is null)
        {
            index = new Dictionary<string, int>(comparer);
            for (var i = 0; i < UseCases.Count; i++)
            {
                // The first use case with an id wins.
                if (!index.TryGetValue(UseCases[i].Id, out _))
                {
                    index[UseCases[i].Id] = i;
                }
            }
        }

        return index.TryGetValue(id, out var found) ? found : -1;
    }

    /// <summary>
    /// <see cref="OutcomeReader.Of(UseCaseBranch, string)"/> for each branch of use case <paramref name="index"/>, in
    /// branch order, found once per document: State Transitions, Error Scenario Coverage and Data Validation read it.
    /// </summary>
    public FlowOutcome[] OutcomesOf(int index) =>
        PerBranch(ref _outcomes, index, static (context, i, b) => OutcomeReader.Of(context.UseCases[i].Branches[b], context.GoalsOf(i)[b]));

    /// <summary>
    /// <see cref="OutcomeReader.GoalOf"/> for each branch of use case <paramref name="index"/>, in branch order, found
    /// once per document: the outcomes and the sections that read a branch's failure words against its goal use it.
    /// </summary>
    public string[] GoalsOf(int index) =>
        PerBranch(ref _goals, index, static (context, i, b) => OutcomeReader.GoalOf(context.UseCases[i], context.UseCases[i].Branches[b]));

    private bool[]?[]? _failureFlows;

    /// <summary>
    /// <see cref="OutcomeReader.IsFailureFlow(UseCase, UseCaseBranch, FlowOutcome)"/> for each branch of use case
    /// <paramref name="index"/>, in branch order, found once per document: Error Scenario Coverage and Data Validation read it.
    /// </summary>
    public bool[] FailureFlowsOf(int index) =>
        PerBranch(ref _failureFlows, index, static (context, i, b) =>
            OutcomeReader.IsFailureFlow(context.UseCases[i], context.UseCases[i].Branches[b], context.OutcomesOf(i)[b], context.GoalsOf(i)[b]));

    /// <summary>One value per branch of use case <paramref name="index"/>, in branch order, found once per document.</summary>
    private T[] PerBranch<T>(ref T[]?[]? cache, int index, System.Func<DocumentContext, int, int, T> of)
    {
        cache ??= new T[]?[UseCases.Count];
        if (cache[index] is { } known)
        {
            return known;
        }

        var values = new T[UseCases[index].Branches.Count];
        for (var b = 0; b < values.Length; b++)
        {
            values[b] = of(this, index, b);
        }

        return cache[index] = values;
    }

    private readonly Dictionary<string, string> _unread = new(System.StringComparer.Ordinal);

    /// <summary>
    /// One line naming the use cases the derived sections cannot read (prose without steps, or a Mermaid diagram
    /// the author wrote), so that a section's "not specified" is not taken to cover them; nothing when there are none.
    /// </summary>
    public void NoteUnread(MarkdownBuilder md, string proseRead = "")
    {
        if (!_unread.TryGetValue(proseRead, out var line))
        {
            _unread.Add(proseRead, line = Unread(proseRead));
        }

        if (line.Length > 0)
        {
            md.Block(line);
        }
    }

    private string Unread(string proseRead)
    {
        var prose = new List<string>();
        var drawn = new List<string>();
        for (var i = 0; i < UseCases.Count; i++)
        {
            var useCase = UseCases[i];
            if (useCase.Steps.Count == 0)
            {
                (useCase.Written is null ? prose : drawn).Add(PrimarySequencesRenderer.Title(useCase, i));
            }
        }

        var parts = new List<string>();
        if (prose.Count > 0)
        {
            parts.Add((proseRead.Length > 0 ? "written as prose without steps, read here only for " + proseRead.Replace("its ", "their ") : "written as prose without steps, which this section does not read") + ": " + string.Join("; ", prose));
        }

        if (drawn.Count > 0)
        {
            parts.Add("written as a Mermaid diagram, read here only for what its messages, notes and blocks say: " + string.Join("; ", drawn));
        }

        return parts.Count == 0 ? string.Empty : MarkdownText.Escape((prose.Count + drawn.Count == 1 ? "One use case is " : "Use cases ") + string.Join("; and ", parts) + ".");
    }

    /// <summary><see cref="InteractionIndex.Of"/> for use case <paramref name="index"/>, built once per document. Callers only read the list.</summary>
    public List<(string Reference, UseCaseStep Step, Interaction Interaction)> InteractionsOf(int index)
    {
        _interactions ??= new List<(string, UseCaseStep, Interaction)>?[UseCases.Count];
        return _interactions[index] ??= InteractionIndex.Of(UseCases[index], Participants[index]);
    }
}
