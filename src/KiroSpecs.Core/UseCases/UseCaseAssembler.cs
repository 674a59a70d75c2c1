using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace KiroSpecs.Core.UseCases;

/// <summary>
/// Groups outline entries into use cases and their labelled sections: a use case starts at a label with an
/// id (<c>UC-1</c>, <c>UC001</c>, <c>Use Case 1:</c>, <c>Use case: Name</c>), else at each heading under a
/// "Use Cases" heading, else the whole document is one use case when it has a flow.
/// </summary>
internal sealed partial class UseCaseAssembler
{
    private readonly List<OutlineEntry> _entries;
    private readonly List<UseCaseBuffer> _useCases = new();
    private readonly List<SectionBuffer> _documentSections = new();
    private UseCaseBuffer? _current;
    private SectionBuffer? _section;
    private SectionKind _groupKind;
    private int _groupLevel;
    private int _branchLevel;
    private int _sectionLevel;

    /// <summary>The heading level of the document section being read outside any use case.</summary>
    private int _documentSectionLevel;

    /// <summary>True while every field of the current use case sits below its title (bold lines, deeper headings).</summary>
    private bool _deepestOnly;

    /// <summary>An earlier use case had sections of its own, all below its heading.</summary>
    private bool _earlierDeep;

    private UseCaseAssembler(List<OutlineEntry> entries) => _entries = entries;

    public string Title { get; private set; } = string.Empty;

    public IReadOnlyList<UseCaseBuffer> UseCases => _useCases;

    public IReadOnlyList<SectionBuffer> DocumentSections => _documentSections;

    public static UseCaseAssembler Assemble(List<OutlineEntry> entries)
    {
        var assembler = new UseCaseAssembler(entries);
        assembler.Run();
        return assembler;
    }

    private void Run()
    {
        foreach (var entry in _entries)
        {
            if (entry.Kind == OutlineKind.Label && entry.Level == 1)
            {
                Title = entry.Text;
                break;
            }
        }

        var starts = FindStarts();
        for (var i = 0; i < _entries.Count; i++)
        {
            var entry = _entries[i];
            if (starts.TryGetValue(i, out var header))
            {
                _earlierDeep |= _current is not null && _current.Sections.Count > 1 && _deepestOnly;
                _current = new UseCaseBuffer(header.Id, header.Name, entry.Level, entry.Position);
                _deepestOnly = true;
                _useCases.Add(_current);
                _section = _current.Preamble;
                _groupKind = SectionKind.Unknown;
                continue;
            }

            if (entry.Kind == OutlineKind.Label)
            {
                OnLabel(entry);
            }
            else
            {
                CurrentSection().Content.Add(entry);
            }
        }
    }

    private SectionBuffer CurrentSection()
    {
        if (_section is null)
        {
            _section = new SectionBuffer(SectionKind.FreeText, string.Empty, new SourcePosition(1, 1), false, BranchKind.Alternative, false);
            _documentSections.Add(_section);
        }

        return _section;
    }

    private void OnLabel(OutlineEntry entry)
    {
        var kind = SectionClassifier.Classify(entry.Text);
        if (IsSubHeading(entry, kind))
        {
            // "### BR-001: Unique Username" under "## Business Rules", "### Failure Postconditions" under
            // "## Postconditions": a heading inside the section labels what follows it.
            _section!.Content.Add(entry);
            return;
        }

        // A use case started by a bold line or a field is not closed by the headings of its own branches
        // ("### A1: …" under "## Alternative Flows").
        var ownBranch = _current is not null && _current.Level >= 7 && _groupKind != SectionKind.Unknown && entry.Level > _groupLevel
            && TextPatterns.SafeMatch(TextPatterns.BranchHeader, entry.Text) is not null;
        // "## Business Rules" at the level of "## Use Case 3" whose own fields were all bold lines or deeper
        // headings (or, for a last use case written as a paragraph, those of an earlier one were): the rules of the
        // whole document, collected after its last use case.
        var afterTheUseCases = _current is not null && entry.Level <= 6 && entry.Level == _current.Level && kind is SectionKind.BusinessRules or SectionKind.Requirements
            && (_current.Sections.Count > 1 || _earlierDeep) && _deepestOnly;
        // "## Rules" or "## Data we store" after "### UC-4" under "## Use cases": a heading above the use case's own
        // level is a part of the document beside the use cases, whatever it holds.
        afterTheUseCases |= _current is not null && _current.Level <= 6 && entry.Level < _current.Level;
        // "#### Use Case #4: Query by Known Identifier" then "#### Query by Known Identifier Description" at the same
        // level: a heading that repeats the use case's name is the use case's own.
        var repeatsTheName = _current is not null && entry.Level == _current.Level && _current.Name.Length >= 12
            && entry.Text.IndexOf(_current.Name, StringComparison.OrdinalIgnoreCase) >= 0 && TextPatterns.SafeMatch(TextPatterns.UseCaseHeader, entry.Text) is null;
        if (repeatsTheName && kind == SectionKind.Unknown)
        {
            // Its own name and "Description": the use case's text, read as the prose of a description section is.
            kind = SectionKind.FreeText;
        }
        if (_current is not null && entry.Level <= 6 && entry.Level <= _current.Level && (!IsUseCaseSection(kind) || afterTheUseCases) && !ownBranch && !repeatsTheName
            && !(_current.Level == 7 && kind == SectionKind.FreeText && SectionClassifier.IsUseCaseField(entry.Text)))
        {
            _current = null;
            _groupKind = SectionKind.Unknown;
        }

        if (_current is null)
        {
            if (_section is { IsBranch: false } && entry.Level > _documentSectionLevel
                && _section.Kind is SectionKind.DataElements or SectionKind.BusinessRules or SectionKind.Requirements
                && kind is SectionKind.Unknown or SectionKind.FreeText && TextPatterns.SafeMatch(TextPatterns.UseCaseHeader, entry.Text) is null)
            {
                // "**Refill request**" under "## Data Elements": a label inside the document's list, not a section.
                _section.Content.Add(entry);
                return;
            }

            _section = new SectionBuffer(kind, entry.Text, entry.Position, false, BranchKind.Alternative, false);
            _documentSectionLevel = entry.Level;
            _documentSections.Add(_section);
            return;
        }

        var branchId = TextPatterns.SafeMatch(TextPatterns.BranchHeader, entry.Text);
        if (_section is { IsBranch: true } && _branchLevel <= 6 && entry.Level > _branchLevel && branchId is null
            && kind is SectionKind.Unknown or SectionKind.FreeText or SectionKind.BasicFlow)
        {
            // "**Trigger:** … (step 5)", "**Flow:**" under "### A1: …": parts of that branch, not new sections.
            return;
        }

        if (_section is { IsBranch: true } && _branchLevel == 7 && entry.Level == 7 && branchId is null && kind is SectionKind.FreeText
            && SectionClassifier.IsUseCaseField(entry.Text))
        {
            // "**A1 Locker full**" then "**Description:** …": the flow's own field, not a flow of its own.
            return;
        }

        var extension = _groupKind == SectionKind.Extensions ? TextPatterns.SafeMatch(TextPatterns.ExtensionHeader, entry.Text) : null;
        var inGroup = _groupKind != SectionKind.Unknown;
        var deeper = entry.Level > _groupLevel || entry.Level >= 7;
        // A metadata field after the extensions ("**Priority:** High") describes the use case, never a branch.
        // So is a bold field line ("**Frequency:** ~40,000 a day") under a heading of extensions written as list items,
        // where no bold-labelled branch is open that it could belong to.
        var field = branchId is null && extension is null && (entry.Level <= _groupLevel || (_groupLevel <= 6 && entry.Level >= 7 && _section is { IsBranch: false }))
            && SectionClassifier.IsUseCaseField(entry.Text);
        var isBranch = branchId is not null
            || (inGroup && deeper && !field && !IsRemarkLabel(entry.Text) && (extension is not null || kind is SectionKind.Unknown or SectionKind.FreeText or SectionKind.BasicFlow));
        if (isBranch && kind is SectionKind.AlternativeFlows or SectionKind.ExceptionFlows && branchId is null)
        {
            isBranch = false;
        }

        if (isBranch)
        {
            var branchKind = BranchKindOf(branchId, entry.Text);
            _section = new SectionBuffer(SectionKind.Unknown, entry.Text, entry.Position, true, branchKind, _groupKind == SectionKind.Extensions);
            _branchLevel = entry.Level;
            _current.Sections.Add(_section);
            return;
        }

        if (kind is SectionKind.AlternativeFlows or SectionKind.ExceptionFlows or SectionKind.Extensions)
        {
            _groupKind = kind;
            _groupLevel = entry.Level;
        }
        else
        {
            _groupKind = SectionKind.Unknown;
        }

        _section = new SectionBuffer(kind, entry.Text, entry.Position, false, BranchKind.Alternative, false);
        _sectionLevel = entry.Level;
        _deepestOnly &= entry.Level > _current.Level;
        _current.Sections.Add(_section);
    }

    /// <summary>
    /// A heading one level or more below the heading of a list section of the use case (preconditions,
    /// postconditions, rules, requirements, data), that names no section or branch of its own.
    /// </summary>
    private bool IsSubHeading(OutlineEntry entry, SectionKind kind) =>
        _current is not null && _section is { IsBranch: false } && entry.Level <= 6 && entry.Level > _sectionLevel
        && _section.Kind is SectionKind.Preconditions or SectionKind.Postconditions or SectionKind.BusinessRules or SectionKind.Requirements or SectionKind.DataElements
        && (kind is SectionKind.Unknown or SectionKind.FreeText || kind == _section.Kind)
        && TextPatterns.SafeMatch(TextPatterns.BranchHeader, entry.Text) is null;

    private BranchKind BranchKindOf(Match? branchId, string text)
    {
        if (branchId is not null)
        {
            var id = branchId.Groups["id"].Value.TrimStart();
            if (id.Length > 0 && (char.ToUpperInvariant(id[0]) == 'E' || id.StartsWith("例外", StringComparison.Ordinal)))
            {
                return BranchKind.Exception;
            }

            if (id.Length > 0 && (char.ToUpperInvariant(id[0]) == 'A' || id.StartsWith("代替", StringComparison.Ordinal)))
            {
                return BranchKind.Alternative;
            }
        }

        return _groupKind switch
        {
            SectionKind.ExceptionFlows => BranchKind.Exception,
            SectionKind.Extensions => FailureWords.LooksLikeFailure(Sequences.Keywords.Unquoted(text)) ? BranchKind.Exception : BranchKind.Alternative,
            _ => BranchKind.Alternative,
        };
    }

    /// <summary>True when a label of a use case's section (preconditions, actors, a flow) stands under the heading at <paramref name="heading"/>.</summary>
    private bool HoldsAUseCaseSection(int heading)
    {
        var level = _entries[heading].Level;
        for (var j = heading + 1; j < _entries.Count; j++)
        {
            var entry = _entries[j];
            if (entry.Kind != OutlineKind.Label)
            {
                continue;
            }

            if (entry.Level <= 6 && entry.Level <= level)
            {
                return false;
            }

            if (IsUseCaseSection(SectionClassifier.Classify(entry.Text)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUseCaseSection(SectionKind kind) => kind is SectionKind.Actors or SectionKind.Preconditions
        or SectionKind.Postconditions or SectionKind.BasicFlow or SectionKind.AlternativeFlows or SectionKind.ExceptionFlows
        or SectionKind.Extensions or SectionKind.DataElements or SectionKind.BusinessRules or SectionKind.Requirements;

    /// <summary>The level-1 "Use Case: Name" title of a document with exactly one basic flow, else null.</summary>
    private (int Index, string Name)? NamedTitleOfOneFlow()
    {
        var title = -1;
        var flows = 0;
        for (var i = 0; i < _entries.Count; i++)
        {
            var entry = _entries[i];
            if (entry.Kind != OutlineKind.Label)
            {
                continue;
            }

            if (entry.Level == 1 && title < 0)
            {
                title = i;
            }

            flows += SectionClassifier.Classify(entry.Text) == SectionKind.BasicFlow ? 1 : 0;
        }

        var named = title >= 0 && flows == 1 ? TextPatterns.SafeMatch(TextPatterns.UseCaseNamedHeader, _entries[title].Text) : null;
        return named is null ? null : (title, named.Groups["name"].Value.Trim());
    }

    private const string NumberedTitlePattern =
        @"^\s*\d+(?:[.:]\d+)+\.?\s+(?=\D)";

#if NET
    private static readonly Regex s_numberedTitle = NumberedTitleRegex();

    [GeneratedRegex(NumberedTitlePattern, RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Milliseconds)]
    private static partial Regex NumberedTitleRegex();
#else
    private static readonly Regex s_numberedTitle = new(NumberedTitlePattern, RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Value);
#endif

    private Dictionary<int, (string Id, string Name)> FindStarts()
    {
        var starts = new Dictionary<int, (string Id, string Name)>();
        for (var i = 0; i < _entries.Count; i++)
        {
            var entry = _entries[i];
            if (entry.Kind != OutlineKind.Label || SectionClassifier.Classify(entry.Text) is not (SectionKind.Unknown or SectionKind.FreeText))
            {
                continue;
            }

            // "1:38.4.2.1 Use Case #1: …": the document's section number is not part of the title.
            var title = s_numberedTitle.Replace(entry.Text, string.Empty);
            var match = TextPatterns.SafeMatch(TextPatterns.UseCaseHeader, title);
            if (match is not null)
            {
                starts[i] = (NormalizeId(match.Groups["id"].Value), match.Groups["name"].Value.Trim());
                continue;
            }

            var named = entry.Level > 1 ? TextPatterns.SafeMatch(TextPatterns.UseCaseNamedHeader, title) : null;
            if (named is not null)
            {
                starts[i] = (string.Empty, named.Groups["name"].Value.Trim());
            }
        }

        if (starts.Count > 0)
        {
            PruneStarts(starts);
            return starts;
        }

        if (NamedTitleOfOneFlow() is { } titled)
        {
            // "# Use Case: Validating configuration" over "## Summary" and "## Scenarios": the title names the one
            // use case; the headings under it are its sections.
            starts[titled.Index] = (string.Empty, titled.Name);
            return starts;
        }

        // No ids: every heading one level under a "Use Cases" heading is a use case.
        for (var i = 0; i < _entries.Count; i++)
        {
            var entry = _entries[i];
            if (entry.Kind != OutlineKind.Label || entry.Level > 6 || SectionClassifier.Classify(entry.Text) != SectionKind.UseCaseList)
            {
                continue;
            }

            var childLevel = 0;
            for (var j = i + 1; j < _entries.Count; j++)
            {
                var child = _entries[j];
                if (child.Kind != OutlineKind.Label || child.Level > 6)
                {
                    continue;
                }

                if (child.Level <= entry.Level)
                {
                    break;
                }

                childLevel = childLevel == 0 ? child.Level : childLevel;
                if (child.Level == childLevel && SectionClassifier.Classify(child.Text) is SectionKind.Unknown or SectionKind.FreeText)
                {
                    starts[j] = (string.Empty, child.Text.Trim());
                }
            }
        }

        if (starts.Count > 0)
        {
            return KeepNumbered(starts);
        }

        // "## LOCK-01 Rent a locker", "## LOCK-02 …": headings that open with an id of the author's own, two or more
        // with the same prefix, are the use cases.
        // One such heading counts too when a use case's section (preconditions, actors, a flow) is written under it.
        foreach (var group in OwnIdHeadings().GroupBy(h => h.Prefix, StringComparer.Ordinal).Where(g => g.Count() >= 2 || HoldsAUseCaseSection(g.First().Index)))
        {
            foreach (var (index, id, name, _) in group)
            {
                starts[index] = (id, name);
            }
        }

        if (starts.Count > 0)
        {
            return starts;
        }

        // No ids, no "Use Cases" children: the nearest heading above each flow section is a use case.
        for (var i = 0; i < _entries.Count; i++)
        {
            var entry = _entries[i];
            if (entry.Kind != OutlineKind.Label || SectionClassifier.Classify(entry.Text) != SectionKind.BasicFlow)
            {
                continue;
            }

            for (var j = i - 1; j >= 0; j--)
            {
                var candidate = _entries[j];
                if (candidate.Kind == OutlineKind.Label && candidate.Level <= 6 && candidate.Level < entry.Level
                    && (SectionClassifier.Classify(candidate.Text) == SectionKind.Unknown
                        || (SectionClassifier.Classify(candidate.Text) == SectionKind.FreeText && !SectionClassifier.IsUseCaseField(candidate.Text)))
                    && !(candidate.Level == 1 && HasHeadingBetween(j, i)))
                {
                    starts[j] = (string.Empty, candidate.Text.Trim());
                    break;
                }
            }
        }

        if (starts.Count > 0)
        {
            return starts;
        }

        // One unlabelled use case: from the first flow-like label's enclosing start, named after the title.
        for (var i = 0; i < _entries.Count; i++)
        {
            var entry = _entries[i];
            if (entry.Kind == OutlineKind.Label && SectionClassifier.Classify(entry.Text) == SectionKind.BasicFlow)
            {
                var startIndex = 0;
                for (var j = 0; j < i; j++)
                {
                    if (_entries[j].Kind == OutlineKind.Label && _entries[j].Level == 1)
                    {
                        startIndex = j;
                        break;
                    }
                }

                if (_entries[startIndex].Kind == OutlineKind.Label && _entries[startIndex].Level == 1)
                {
                    // "# Use Case Specification: Register for courses" names its one use case.
                    var title = _entries[startIndex].Text.Trim();
                    var named = TextPatterns.SafeMatch(TextPatterns.UseCaseNamedHeader, title);
                    starts[startIndex] = (string.Empty, named is not null ? named.Groups["name"].Value.Trim() : title);
                }
                else
                {
                    // No title heading: the flow label itself is handled inside a synthetic use case.
                    _current = new UseCaseBuffer(string.Empty, string.Empty, 0, new SourcePosition(1, 1));
                    _useCases.Add(_current);
                    _section = _current.Preamble;
                }

                break;
            }
        }

        return starts;
    }

    private const string OwnIdPattern =
        @"^\s*(?<id>\p{Lu}[\p{Lu}\d]{0,11}[-_]\d{1,4}[a-z]?|\p{Lu}{2,12}\d{1,4})(?![\w-])\s*[:.\-–—]?\s*(?<name>.*)$";

#if NET
    private static readonly Regex s_ownId = OwnIdRegex();

    [GeneratedRegex(OwnIdPattern, RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Milliseconds)]
    private static partial Regex OwnIdRegex();
#else
    private static readonly Regex s_ownId = new(OwnIdPattern, RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Value);
#endif

    /// <summary>Prefixes of ids that number rules and requirements, never use cases.</summary>
    private static readonly string[] s_notUseCasePrefixes = { "FR", "NFR", "RF", "RNF", "BR", "RN", "REQ", "R", "NF", "AC", "US", "TC", "CT", "RQ" };

    /// <summary>Headings (levels 1–6, not the title) that open with an id such as "LOCK-01" and a name after it.</summary>
    private List<(int Index, string Id, string Name, string Prefix)> OwnIdHeadings()
    {
        var found = new List<(int, string, string, string)>();
        for (var i = 0; i < _entries.Count; i++)
        {
            var entry = _entries[i];
            if (entry.Kind != OutlineKind.Label || entry.Level is < 2 or > 6 || SectionClassifier.Classify(entry.Text) is not (SectionKind.Unknown or SectionKind.FreeText))
            {
                continue;
            }

            if (TextPatterns.SafeMatch(s_ownId, entry.Text) is { } match && match.Groups["name"].Value.Trim() is { Length: > 0 } name)
            {
                var id = match.Groups["id"].Value;
                var prefix = new string(id.TakeWhile(char.IsLetter).ToArray());
                if (Array.IndexOf(s_notUseCasePrefixes, prefix) < 0)
                {
                    found.Add((i, id, name, prefix));
                }
            }
        }

        return found;
    }

    /// <summary>
    /// "## RIDE-01 Unlock a scooter" beside "## Ride status" and "## Open questions" under a "Use cases" title: where
    /// the author numbers the use cases with an id of their own, a heading without one is another part of the
    /// document, and the id is the use case's.
    /// </summary>
    private static Dictionary<int, (string Id, string Name)> KeepNumbered(Dictionary<int, (string Id, string Name)> starts)
    {
        var numbered = new Dictionary<int, (string Id, string Name)>();
        foreach (var start in starts)
        {
            if (TextPatterns.SafeMatch(s_ownId, start.Value.Name) is { } match && match.Groups["name"].Value.Trim().Length > 0)
            {
                numbered[start.Key] = (match.Groups["id"].Value, match.Groups["name"].Value.Trim());
            }
        }

        return numbered.Count > 0 ? numbered : starts;
    }

    /// <summary>
    /// Keeps one start per use case the author wrote: a field right under a use-case heading that repeats its id
    /// or name ("**Use Case ID:** UC-1", "* **Use Case Name:** …") describes that use case; an index line (a
    /// list item with nothing under it before the next start: a table of contents) is no use case; of two
    /// starts with one id, the one with the use case's content is kept.
    /// </summary>
    private void PruneStarts(Dictionary<int, (string Id, string Name)> starts)
    {
        var order = starts.Keys.OrderBy(k => k).ToList();
        var content = new Dictionary<int, int>();
        for (var k = 0; k < order.Count; k++)
        {
            var end = k + 1 < order.Count ? order[k + 1] : _entries.Count;
            content[order[k]] = CountContent(order[k] + 1, end);
        }

        for (var k = 0; k + 1 < order.Count; k++)
        {
            var start = order[k];
            var next = order[k + 1];
            if (!starts.ContainsKey(start) || CountContent(start + 1, next) > 0)
            {
                continue;
            }

            if (_entries[start].Level <= 6 && _entries[next].Level >= 7)
            {
                // The field belongs to the heading: the heading's use case takes what follows the field.
                starts.Remove(next);
                content[start] = content[next];
                order.RemoveAt(k + 1);
                k--;
            }
        }

        foreach (var start in order.ToList())
        {
            if (starts.ContainsKey(start) && _entries[start].Level >= 7 && !HasFlowContent(start, order) && IsIndexLine(start, starts))
            {
                // A list item or bold line with an id and no use-case content before the next start or heading:
                // an index line (a table of contents, a list of related use cases), not a use case.
                starts.Remove(start);
                order.Remove(start);
            }
        }

        // "**Use Case Name:** …" or "Use Case ID: …" inside a use case that a heading already started describes
        // that use case (even with other fields before it).
        var lastHeading = -1;
        foreach (var start in order.ToList())
        {
            if (!starts.ContainsKey(start))
            {
                continue;
            }

            if (_entries[start].Level <= 6)
            {
                lastHeading = start;
            }
            else if (lastHeading >= 0 && IsNameField(_entries[start].Text) && !HasHeadingBetween(lastHeading, start, _entries[lastHeading].Level))
            {
                starts.Remove(start);
                order.Remove(start);
            }
        }

        var byId = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var start in order.Where(starts.ContainsKey))
        {
            var id = starts[start].Id;
            if (id.Length == 0)
            {
                continue;
            }

            if (!byId.TryGetValue(id, out var other))
            {
                byId.Add(id, start);
            }
            else if (content[start] == 0 || content[other] == 0)
            {
                var drop = content[start] > content[other] ? other : start;
                starts.Remove(drop);
                byId[id] = drop == other ? start : other;
            }
        }
    }

    private static readonly string[] s_remarkLabels = { "note", "notes", "remark", "remarks", "comment", "comments", "nota", "notas", "observação", "observações", "observacao", "observación", "observaciones", "obs", "hinweis", "anmerkung", "remarque", "注", "注記", "備考" };

    /// <summary>"Note: the counter is per organization …" among the alternatives: the author's remark, not a flow.</summary>
    private static bool IsRemarkLabel(string text) =>
        Array.IndexOf(s_remarkLabels, text.Trim().Trim('*', '_', ':', '：', ' ').ToLowerInvariant()) >= 0;

    private const string UseCaseFieldPattern =
        @"^\s*(?:use[-\s]?case|uc)\s*(?:name|id|title|nome|nombre)\b";

#if NET
    private static readonly Regex s_useCaseField = UseCaseFieldRegex();

    [GeneratedRegex(UseCaseFieldPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Milliseconds)]
    private static partial Regex UseCaseFieldRegex();
#else
    private static readonly Regex s_useCaseField = new(UseCaseFieldPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Value);
#endif

    private static bool IsNameField(string text) =>
        s_useCaseField.IsMatch(text);

    /// <summary>The entry after the start is another start, a heading, or a sibling item: nothing describes it.</summary>
    private bool IsIndexLine(int start, Dictionary<int, (string Id, string Name)> starts)
    {
        if (start + 1 >= _entries.Count)
        {
            return false;
        }

        var next = _entries[start + 1];
        return starts.ContainsKey(start + 1)
            || (next.Kind == OutlineKind.Label && next.Level <= ParentLevel(start) && !IsUseCaseSection(SectionClassifier.Classify(next.Text)))
            || (next.Kind == OutlineKind.Item && next.Depth <= _entries[start].Depth);
    }

    /// <summary>The level of the heading the entry sits under (6 when there is none): a heading at that level or above ends its section.</summary>
    private int ParentLevel(int index)
    {
        for (var k = index - 1; k >= 0; k--)
        {
            if (_entries[k].Kind == OutlineKind.Label && _entries[k].Level <= 6)
            {
                return _entries[k].Level;
            }
        }

        return 6;
    }

    private bool HasFlowContent(int start, List<int> order)
    {
        var next = order.IndexOf(start) + 1 < order.Count ? order[order.IndexOf(start) + 1] : _entries.Count;
        for (var k = start + 1; k < next; k++)
        {
            var entry = _entries[k];
            if (entry.Kind == OutlineKind.Label && entry.Level <= ParentLevel(start) && !IsUseCaseSection(SectionClassifier.Classify(entry.Text)))
            {
                return false;
            }

            if ((entry.Kind == OutlineKind.Label && IsUseCaseSection(SectionClassifier.Classify(entry.Text)))
                || (entry.Kind == OutlineKind.Item && entry.Marker.Length > 0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Entries that are not labels between two positions, plus labels of known use-case sections.</summary>
    private int CountContent(int from, int to)
    {
        var count = 0;
        for (var k = from; k < to; k++)
        {
            if (_entries[k].Kind != OutlineKind.Label || IsUseCaseSection(SectionClassifier.Classify(_entries[k].Text)))
            {
                count++;
            }
        }

        return count;
    }

    private bool HasHeadingBetween(int from, int to, int level = 6)
    {
        for (var k = from + 1; k < to; k++)
        {
            if (_entries[k].Kind == OutlineKind.Label && _entries[k].Level <= level)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"uc 001" → "UC-001", "UC1" stays, "use case 2" → "Use Case 2"; other ids as written.</summary>
    internal static string NormalizeId(string id)
    {
        var trimmed = id.Trim();
        if (trimmed.Length > 2 && trimmed.StartsWith("uc", StringComparison.OrdinalIgnoreCase))
        {
            var separator = trimmed[2];
            var rest = trimmed.Substring(2).TrimStart(' ', '_', '-');
            return "UC" + (separator is '-' or '_' or ' ' ? "-" : string.Empty) + rest.ToUpperInvariant();
        }

        if (trimmed.StartsWith("use", StringComparison.OrdinalIgnoreCase))
        {
            var digit = trimmed.IndexOfAny("0123456789".ToCharArray());
            return digit >= 0 ? "Use Case " + trimmed.Substring(digit) : trimmed;
        }

        return trimmed;
    }
}
